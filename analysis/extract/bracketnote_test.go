package extract

import "testing"

// TestBracketNoteName: a count in a bracketed note inside a count of cases
// is named by the note's words and the noun 案件, its parent the count it
// sits in; notes of other counts and of persons keep their words.
func TestBracketNoteName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"全年收案120件（含旧存5件），结案110件。", []wantFig{
			{ind: "全年收案", value: 120, unit: "件"},
			{ind: "旧存案件", value: 5, unit: "件"},
			{ind: "结案", value: 110, unit: "件"}}},
		{"全院共受理各类案件1803件(旧存240件)，结案894件。", []wantFig{
			{ind: "受理各类案件", value: 1803, unit: "件"},
			{ind: "旧存案件", value: 240, unit: "件"},
			{ind: "全院结案", value: 894, unit: "件"}}},
		{"受理执行案件900件(含执恢案件30件)。", []wantFig{
			{ind: "受理执行案件", value: 900, unit: "件"},
			{ind: "执恢案件", value: 30, unit: "件"}}},
		// Not a count of cases: the note keeps its words.
		{"主动公开规章13件(含新制定5件)。", []wantFig{
			{ind: "主动公开规章", value: 13, unit: "件"},
			{ind: "含新制定", value: 5, unit: "件"}}},
		{"不起诉278人(含附条件不起诉93人)。", []wantFig{
			{ind: "不起诉", value: 278, unit: "人"},
			{ind: "含附条件不起诉", value: 93, unit: "人"}}},
	})
	figs := mustExtract(t, "全市法院受理案件3200件(含旧存218件)，审结3050件。", Options{Year: 2023})
	if len(figs) < 2 || figs[1].Indicator != "旧存案件" || figs[1].Parent != figs[0].Indicator {
		t.Errorf("want 旧存案件 with parent %q, got %+v", figs[0].Indicator, figs)
	}
}
