package extract

import "testing"

// TestFirstCaseVerb: the first case verb after the first rune; a verb the
// name starts with does not count, even where it occurs again.
func TestFirstCaseVerb(t *testing.T) {
	for _, c := range []struct {
		name string
		want int
	}{
		{"市法院受理案件", len("市法院")},
		{"受理案件", -1},
		{"受理办结受理", len("受理")},
		{"检察院不批捕", len("检察院")},
		{"院共审执结案件", len("院共")},
		{"各类案件", -1},
		{"", -1},
	} {
		if got := firstCaseVerb(c.name); got != c.want {
			t.Errorf("firstCaseVerb(%q) = %d, want %d", c.name, got, c.want)
		}
	}
}
