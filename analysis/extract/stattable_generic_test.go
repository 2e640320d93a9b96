package extract

import (
	"strings"
	"testing"
)

// TestLineCellsShortChangeRow: a month table copied one cell per line
// with blank lines between and no bars, its label header written with
// spaces (项    目), a row of rates whose change cell is left empty (the
// copy drops it, so the row has two values under three headers), and #
// parts under that row that take its unit, not the 单位 line's.
func TestLineCellsShortChangeRow(t *testing.T) {
	text := "  1-6月              单位:万元\n\n" + strings.Join([]string{
		"项    目", "本期", "上年同期", "同比增长(%)",
		"工业总产值", "5000", "4000", "25.0",
		"  #纺织业", "1200", "1000", "20.0",
		"工业产销率(%)", "98.8", "102.4",
		"  #纺织业", "97.5", "99.0",
	}, "\n\n") + "\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "short change row", figs, []wantFig{
		{ind: "工业总产值", value: 5000, unit: "万元", changes: []string{"growth_pct 25"}},
		{ind: "工业总产值", value: 4000, unit: "万元", prior: true},
		{ind: "纺织业", value: 1200, unit: "万元", changes: []string{"growth_pct 20"}},
		{ind: "纺织业", value: 1000, unit: "万元", prior: true},
		{ind: "工业产销率", value: 98.8, unit: "%"},
		{ind: "工业产销率", value: 102.4, unit: "%", prior: true},
		{ind: "纺织业", value: 97.5, unit: "%"},
		{ind: "纺织业", value: 99, unit: "%", prior: true},
	})
	if figs[6].Parent != "工业产销率" {
		t.Errorf("part 纺织业 97.5: parent %q, want 工业产销率", figs[6].Parent)
	}
}

// TestEmptyChangeCells: a short row is whole only when the headers over
// the cells it lacks head changes.
func TestEmptyChangeCells(t *testing.T) {
	hdr := func(ts ...string) []tcell {
		var out []tcell
		for _, t := range ts {
			out = append(out, tcell{text: t})
		}
		return out
	}
	for _, c := range []struct {
		hdr  []tcell
		have int
		want bool
	}{
		{hdr("项目", "本期", "上年同期", "同比增长(%)"), 2, true},
		{hdr("项目", "本期", "上年同期", "同比增长(%)"), 3, false},
		{hdr("项目", "本期", "上年同期", "同比增长(%)"), 1, false},
		{hdr("项目", "本期", "上年同期", "同比增长(%)"), 0, false},
		{hdr("项目", "本月", "增长(%)", "累计", "增长(%)"), 3, true},
		{hdr("项目", "本月", "增长(%)", "累计", "增长(%)"), 2, false},
	} {
		if got := emptyChangeCells(c.hdr, c.have); got != c.want {
			t.Errorf("emptyChangeCells(%v, %d) = %v, want %v", cellTexts(c.hdr), c.have, got, c.want)
		}
	}
}
