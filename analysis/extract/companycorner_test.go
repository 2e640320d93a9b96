package extract

import "testing"

func TestCornerUnit(t *testing.T) {
	for h, want := range map[string]string{
		"项目（万元）":     "万元",
		"单位：人民币千元":   "人民币千元",
		"以人民币千元列示":   "人民币千元",
		"以千元计":       "千元",
		"人民币百万元":     "人民币百万元",
		"项目":         "",
		"指标":         "",
		"2023年":      "",
		"增长率（%）":     "",
		"以下数据均为合并口径": "",
	} {
		if got := cornerUnit(h); got != want {
			t.Errorf("cornerUnit(%q) = %q, want %q", h, got, want)
		}
	}
}

func TestSourceNoteHeading(t *testing.T) {
	for _, h := range []string{"数据摘录自合并损益表", "摘自年度报告", "资料来源：公司公告", "合并利润表"} {
		if !sourceNoteHeading(h) {
			t.Errorf("sourceNoteHeading(%q) = false", h)
		}
	}
	for _, h := range []string{"营业收入", "学校数", "每股指标", "利润总额"} {
		if sourceNoteHeading(h) {
			t.Errorf("sourceNoteHeading(%q) = true", h)
		}
	}
}

func TestCornerUnitTable(t *testing.T) {
	text := "| 以人民币千元列示 | 2024年度 | 2023年度 |\n" +
		"| 数据摘录自合并损益表 |  |  |\n" +
		"| 收入 | 1,200 | 1,100 |\n" +
		"| 毛利 | 300 | 280 |\n"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(figs) != 4 {
		t.Fatalf("got %d figures, want 4: %+v", len(figs), figs)
	}
	for _, f := range figs {
		if f.Unit != "人民币千元" || (f.Indicator != "收入" && f.Indicator != "毛利") {
			t.Errorf("figure %s %v %q, want 收入 or 毛利 in 人民币千元", f.Indicator, f.Value, f.Unit)
		}
	}
}
