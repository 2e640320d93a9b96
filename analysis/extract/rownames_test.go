package extract

import (
	"testing"
	"time"
)

func TestRowNamesCounters(t *testing.T) {
	figs := []Figure{
		{Indicator: "刑拘", Unit: "人", Year: 2023},
		{Indicator: "刑拘", Unit: "人", Year: 2023},
		{Indicator: "刑拘(2)", Unit: "人", Year: 2023},
		{Indicator: "刑拘", Unit: "人", Year: 2023},
		{Indicator: "刑拘", Unit: "件", Year: 2023},
	}
	got := RowNames(figs)
	want := []string{"刑拘", "刑拘(2)", "刑拘(2)(2)", "刑拘(3)", "刑拘"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("name %d = %q, want %q (all %q)", i, got[i], want[i], got)
		}
	}
}

// TestRowNamesLinear: 200,000 figures of one name used to take minutes
// (each probed the counters from 2 up).
func TestRowNamesLinear(t *testing.T) {
	figs := make([]Figure, 200000)
	for i := range figs {
		figs[i] = Figure{Indicator: "受理案件", Unit: "件", Year: 2023}
	}
	t0 := time.Now()
	names := RowNames(figs)
	if d := time.Since(t0); d > 20*time.Second {
		t.Errorf("RowNames of %d figures took %v", len(figs), d)
	}
	if names[len(names)-1] != "受理案件(200000)" {
		t.Errorf("last name %q", names[len(names)-1])
	}
}
