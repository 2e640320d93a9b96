package extract

import "testing"

// TestCourtCountRules: a bare verb after a count per head takes its scope;
// absolute changes distributed over levels are figures of their own; a
// count named again by its verb is the nearest count of that verb.
func TestCourtCountRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"员额检察官人均办理案件120.5件，结案110.2件。", []wantFig{
			{ind: "员额检察官人均办理案件", value: 120.5, unit: "件"},
			{ind: "员额检察官人均结案", value: 110.2, unit: "件"}}},
		{"受理案件860件，审结802件，同比分别增加40件和35件。", []wantFig{
			{ind: "受理案件", value: 860, unit: "件", changes: []string{"abs 40"}},
			{ind: "审结案件", value: 802, unit: "件", changes: []string{"abs 35"}},
			{ind: "受理案件增加", value: 40, unit: "件", changeOf: "受理案件"},
			{ind: "审结案件增加", value: 35, unit: "件", changeOf: "审结案件"}}},
		{"全市法院结案9.2万件；其中，市中院收案0.8万件，结案0.9万件，结案数同比上升6.1%。", []wantFig{
			{ind: "法院结案", value: 9.2, unit: "万件"},
			{ind: "市中院收案", value: 0.8, unit: "万件"},
			{ind: "市中院结案", value: 0.9, unit: "万件", changes: []string{"growth_pct 6.1"}}}},
		// Measures named with their comparison before 分别.
		{"受理审查起诉案件80件110人，件数和人数同比分别下降12.5%、8.3%。", []wantFig{
			{ind: "受理审查起诉案件", value: 80, unit: "件", changes: []string{"growth_pct -12.5"}},
			{ind: "受理审查起诉案件", value: 110, unit: "人", changes: []string{"growth_pct -8.3"}}}},
	})
	if !scopedCaseCount("省高院结案", "结案数") || scopedCaseCount("结案", "结案数") || scopedCaseCount("税收收入", "收入") {
		t.Error("scopedCaseCount: want 省高院结案~结案数 only")
	}
}
