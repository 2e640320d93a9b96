package textwidth

import "testing"

func TestOf(t *testing.T) {
	for s, want := range map[string]int{"": 0, "abc": 3, "实有": 4, "实有a": 5, "（一）": 6, "１２": 4, "½": 1, "1-11月": 6, "（注）": 6} {
		if got := Of(s); got != want {
			t.Errorf("Of(%q) = %d, want %d", s, got, want)
		}
	}
}
