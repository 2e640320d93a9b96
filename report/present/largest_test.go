package present

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
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
