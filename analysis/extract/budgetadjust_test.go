package extract

import "testing"

// TestBudgetAdjustedFromStage reads a budget adjusted from the stage it
// started from (由年初的…调整为…, 由年初预算的…调整为…): the first number is
// the prior of the budget named before 由, the second its level, and an
// adjustment stated after it (调增, 调减) is the level's absolute change
// and a figure of its own.
func TestBudgetAdjustedFromStage(t *testing.T) {
	figs := mustExtract(t, "经市人大常委会批准，全市一般公共预算支出由年初的412.6亿元调整为436.1亿元，调增23.5亿元；政府性基金预算收入由年初预算的88亿元调整为71.2亿元，调减16.8亿元。", Options{Year: 2021})
	type want struct {
		name     string
		value    float64
		prior    bool
		abs      float64
		changeOf string
	}
	wants := []want{
		{"一般公共预算支出", 412.6, true, 0, ""},
		{"一般公共预算支出", 436.1, false, 23.5, ""},
		{"一般公共预算支出调增", 23.5, false, 0, "一般公共预算支出"},
		{"政府性基金预算收入", 88, true, 0, ""},
		{"政府性基金预算收入", 71.2, false, -16.8, ""},
		{"政府性基金预算收入调减", 16.8, false, 0, "政府性基金预算收入"},
	}
	if len(figs) != len(wants) {
		for _, f := range figs {
			t.Logf("%q %v prior=%v changes=%v", f.Indicator, f.Value, f.Prior, f.Changes)
		}
		t.Fatalf("got %d figures, want %d", len(figs), len(wants))
	}
	for i, w := range wants {
		f := figs[i]
		abs := 0.0
		for _, c := range f.Changes {
			if c.Kind == Abs {
				abs = c.Value
			}
		}
		if f.Indicator != w.name || f.Value != w.value || f.Prior != w.prior || abs != w.abs || f.ChangeOf != w.changeOf {
			t.Errorf("figure %d: got %q %v prior=%v abs=%v changeOf=%q, want %+v", i, f.Indicator, f.Value, f.Prior, abs, f.ChangeOf, w)
		}
	}
}
