package present

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/annualstat/annualstat/analysis"
)

// largest keeps the limit largest, the first of equal sizes, in index order.
func TestLargest(t *testing.T) {
	sizes := []float64{3, 9, 1, 9, 5, math.NaN(), 5, 2}
	size := func(i int) float64 { return sizes[i] }
	idx := []int{0, 1, 2, 3, 4, 5, 6, 7}
	for limit, want := range map[int][]int{1: {1}, 2: {1, 3}, 3: {1, 3, 4}, 4: {1, 3, 4, 6}, 5: {0, 1, 3, 4, 6}, 8: idx} {
		if got := largest(idx, limit, size); !slices.Equal(got, want) {
			t.Errorf("limit %d: %v, want %v", limit, got, want)
		}
	}
	// The same choice as a stable sort by decreasing size, on many ties.
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		idx := r.Perm(n + 20)
		sz := make([]float64, len(idx))
		for i := range sz {
			sz[i] = float64(r.IntN(6))
		}
		size := func(i int) float64 { return sz[i] }
		ref := slices.Clone(idx)
		slices.SortStableFunc(ref, func(a, b int) int { return cmp.Compare(size(b), size(a)) })
		ref = ref[:7]
		slices.Sort(ref)
		if got := largest(idx, 7, size); !slices.Equal(got, ref) {
			t.Fatalf("%v: %v, want %v", idx, got, ref)
		}
	}
}

// WrittenDecimals: the stated precision when known, else the decimals of
// the shortest exact form, capped at 6.
func TestWrittenDecimals(t *testing.T) {
	for _, c := range []struct {
		p    analysis.Point
		kind analysis.Kind
		want int
	}{
		{analysis.Point{Value: 4.6, Precision: analysis.PrecisionOf(2)}, analysis.KindAmount, 2},
		{analysis.Point{Value: 2.25}, analysis.KindAmount, 2},
		{analysis.Point{Value: 28716}, analysis.KindCount, 0},
		{analysis.Point{Value: -0.5}, analysis.KindRate, 1},
		{analysis.Point{Value: 1.0 / 3}, analysis.KindAmount, 6},
		{analysis.Point{Value: 0.1 + 0.2}, analysis.KindAmount, 1},
		{analysis.Point{Value: 12, NoLevel: true}, analysis.KindAmount, 0},
	} {
		if got := WrittenDecimals(c.p, c.kind); got != c.want {
			t.Errorf("WrittenDecimals(%v) = %d, want %d", c.p.Value, got, c.want)
		}
	}
}
