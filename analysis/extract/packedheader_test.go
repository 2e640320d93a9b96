package extract

import "testing"

func TestPackedLowerHeader(t *testing.T) {
	text := "单位:万元\n" +
		"项目 | 上年决算数 | 本年预算数 | 本年完成数 | | |\n" +
		"金额 | 占预算% | 比上年增长% | | | |\n" +
		"税收收入 | 520 | 560 | 588 | 105 | 13.08 |\n" +
		"契税 | 40 | 50 | 45 | 90 | 12.50 |\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "packed lower header", figs, []wantFig{
		{ind: "税收收入", value: 520, unit: "万元", prior: true},
		{ind: "税收收入本年预算数", value: 560, unit: "万元"},
		{ind: "税收收入本年完成数", value: 588, unit: "万元", changes: []string{"growth_pct 13.08"}},
		{ind: "税收收入本年完成数占预算", value: 105, unit: "%"},
		{ind: "契税", value: 40, unit: "万元", prior: true},
		{ind: "契税本年预算数", value: 50, unit: "万元"},
		{ind: "契税本年完成数", value: 45, unit: "万元", changes: []string{"growth_pct 12.5"}},
		{ind: "契税本年完成数占预算", value: 90, unit: "%"},
	})

	mk := func(cells ...string) trow {
		r := trow{}
		for _, c := range cells {
			r.cells = append(r.cells, tcell{text: c})
		}
		return r
	}
	for _, c := range []struct {
		name         string
		upper, lower trow
		width        int
		moved        bool
	}{
		{"packed", mk("项目", "甲", "乙", "丙", "", ""), mk("金额", "占比", "增长", "", "", ""), 6, true},
		{"placed already", mk("项目", "甲", "乙", "丙", "", ""), mk("", "", "", "金额", "占比", "增长"), 6, false},
		{"too many lower cells", mk("项目", "甲", "乙", "丙", "", ""), mk("金额", "占比", "增长", "差额", "", ""), 6, false},
		{"a gap in the upper row", mk("项目", "", "乙", "丙", "", ""), mk("金额", "占比", "增长", "", "", ""), 6, false},
		{"a corner word first", mk("项目", "甲", "乙", "丙", "", ""), mk("指标", "占比", "增长", "", "", ""), 6, false},
	} {
		got := packedLowerHeader([]trow{c.upper, c.lower}, c.width)
		moved := trimText(c.lower.cells[0].text) != "" && trimText(got[1].cells[0].text) == ""
		if moved != c.moved {
			t.Errorf("%s: moved %v, want %v", c.name, moved, c.moved)
		}
		if moved && trimText(got[1].cells[3].text) != "金额" {
			t.Errorf("%s: lower cell 3 = %q, want 金额", c.name, got[1].cells[3].text)
		}
	}
}
