package extract

import "testing"

// TestSlashRestatement: counts restated in brackets by their numbers, a
// slash between them, take the changes after the bracket in order; a
// figure read after them closes the restatement.
func TestSlashRestatement(t *testing.T) {
	text := "上半年,共受理审查起诉案件320件410人。受理数(320/410)同比上升4.20%和下降1.50%。"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, text, figs, []wantFig{
		{ind: "受理审查起诉案件", value: 320, unit: "件"},
		{ind: "受理审查起诉案件", value: 410, unit: "人"},
		{ind: "受理数", value: 320, unit: "", changes: []string{"growth_pct 4.2"}},
		{ind: "受理数", value: 410, unit: "", changes: []string{"growth_pct -1.5"}},
	})
	text = "受理数（12/15）同比上升2.5%,办结30件,增长4%。"
	figs = mustExtract(t, text, Options{Year: 2023})
	if len(figs) < 3 || len(figs[1].Changes) != 0 || figs[1].Value != 15 {
		for _, f := range figs {
			t.Logf("%q %v %q %v", f.Indicator, f.Value, f.Unit, changeStrings(f))
		}
		t.Errorf("the change after another figure went to the restatement")
	}
}

// TestSlashRestatementNot: a bracket of words is no
// restatement.
func TestSlashRestatementNot(t *testing.T) {
	for _, text := range []string{
		"受理数(一季度/二季度)同比上升2.5%。",
		"受理数(件/人)同比上升2.5%。",
	} {
		for _, f := range mustExtract(t, text, Options{Year: 2023}) {
			if !f.Missing {
				t.Errorf("%s: figure %q %v", text, f.Indicator, f.Value)
			}
		}
	}
}
