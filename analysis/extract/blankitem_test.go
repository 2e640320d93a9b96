package extract

import "testing"

// TestBlankLineItem: a budget table's line items left blank (契税 | | |
// between two taxes with values) are no headings of the rows below them;
// a heading that names a class of the rows (高等教育 over 普通高等学校)
// still is one.
func TestBlankLineItem(t *testing.T) {
	text := "单位:万元\n" +
		"项目 | 2022年决算数 | 2023年执行数 |\n" +
		"增值税 | 310 | 335 |\n" +
		"契税 | | |\n" +
		"印花税 | 12 | 14 |\n" +
		"罚没收入 | | |\n" +
		"其他收入 | 40 | 38 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	if len(figs) != 6 {
		t.Fatalf("%d figures, want 6", len(figs))
	}
	for _, f := range figs {
		switch f.Indicator {
		case "增值税", "印花税", "其他收入":
		default:
			t.Errorf("subject %q: a blank line item joined the label", f.Indicator)
		}
	}
	for _, c := range []struct {
		label string
		head  rune
	}{{"国有资源(资产)有偿使用收入", '入'}, {"资源税", '税'}, {"学校数", 0}, {"增长率(%)", 0}, {"2023", 0}} {
		if got := labelHead(c.label); got != c.head {
			t.Errorf("labelHead(%q) = %q, want %q", c.label, got, c.head)
		}
	}
	rows := func(labels ...string) []trow {
		var out []trow
		for _, l := range labels {
			out = append(out, trow{cells: []tcell{{text: l}, {text: ""}}})
		}
		return out
	}
	if blankLineItem(rows("项目", "高等教育", "普通高等学校"), 1, 1) {
		t.Errorf("高等教育 over 普通高等学校 read as a blank line item")
	}
	if !blankLineItem(rows("项目", "个人所得税", "资源税", "城市维护建设税"), 2, 1) {
		t.Errorf("资源税 between two taxes not read as a blank line item")
	}
}
