package extract

import "testing"

// TestDocumentParts: the count of a report's parts where the sentence
// presents it gives no figure; parts counted as things done stay figures.
func TestDocumentParts(t *testing.T) {
	for _, text := range []string{
		"本年报包括机构概况、财政收支、绩效评价和其他事项4个部分。全年一般公共预算收入32亿元。",
		"《年鉴》分为经济、社会、文化等9个部分，收录统计数据一万余条。全年一般公共预算收入32亿元。",
	} {
		for _, f := range mustExtract(t, text, Options{Year: 2023}) {
			if f.Unit == "个" {
				t.Errorf("%s: a count of the document's parts read as a figure %q %v", text, f.Indicator, f.Value)
			}
		}
	}
	var saw bool
	for _, f := range mustExtract(t, "全年完成老旧小区改造，其中3个部分进行了外立面翻新。", Options{Year: 2023}) {
		saw = saw || f.Value == 3
	}
	if !saw {
		t.Error("3个部分进行了外立面翻新: want the count kept")
	}
	m := unitMatch{kind: unitQuantity, unit: "个"}
	if documentParts("全年完成改造", "部分。", m) || documentParts("报告包括", "部门，", m) || documentParts("报告包括", "部分进行修订", m) {
		t.Error("documentParts: want none without 包括/包含/分为, before another word, or when the clause goes on")
	}
	if !documentParts("报告包括总体情况等", "部分。", m) {
		t.Error("documentParts(报告包括总体情况等6个部分。): want the parts' count")
	}
}
