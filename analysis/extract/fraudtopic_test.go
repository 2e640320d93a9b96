package extract

import "testing"

// TestFraudTopic: a fraud named without 犯罪 (医保诈骗, 电信网络诈骗) is a
// kind of crime whose topic passes to the bare verb counts after it
// (crimeNouns).
func TestFraudTopic(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"严厉打击养老诈骗，起诉41件57人。", []wantFig{
			{ind: "养老诈骗起诉", value: 41, unit: "件"},
			{ind: "养老诈骗起诉", value: 57, unit: "人"}}},
	})
}
