package extract

import "testing"

// TestComparisonNote: a note explaining the comparison is no subject of
// the change after it.
func TestComparisonNote(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"办理审查起诉案件1520件，同比（与上年同期相比）上升8.2%。", []wantFig{
			{ind: "办理审查起诉案件", value: 1520, unit: "件", changes: []string{"growth_pct 8.2"}}}},
	})
	if comparisonNote("同比(和去年同期相比)") != len("(和去年同期相比)") || comparisonNote("生产总值(现价)") != 0 || comparisonNote("同比") != 0 {
		t.Error("comparisonNote: want the note of 同比 only")
	}
}
