package extract

import "testing"

// TestMainPartLeading: 主要是 and 主要为 before a share or a count say what
// the main part is; the subject is the part (其他支出占), not the phrase.
func TestMainPartLeading(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"一般公共预算支出增长较快，主要是教育支出占35%。", []wantFig{
			{ind: "教育支出占", value: 35, unit: "%"}}},
	})
}
