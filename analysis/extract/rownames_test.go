package extract

import (
	"strconv"
	"testing"
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

// TestRowNamesMany: 200,000 figures of one name used to take minutes
// (each probed the counters from 2 up); the last gets the count as its
// suffix. BenchmarkRowNames measures the cost at two sizes.
func TestRowNamesMany(t *testing.T) {
	names := RowNames(sameNameFigures(200000))
	if names[len(names)-1] != "受理案件(200000)" {
		t.Errorf("last name %q", names[len(names)-1])
	}
}

func sameNameFigures(n int) []Figure {
	figs := make([]Figure, n)
	for i := range figs {
		figs[i] = Figure{Indicator: "受理案件", Unit: "件", Year: 2023}
	}
	return figs
}

// BenchmarkRowNames names 20,000 and 200,000 figures of one name: ns/op
// should grow about tenfold (linear in the figures).
func BenchmarkRowNames(b *testing.B) {
	for _, n := range []int{20000, 200000} {
		figs := sameNameFigures(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				RowNames(figs)
			}
		})
	}
}
