package trim

import (
	"strings"
	"testing"
)

// TestSpace: Space is strings.TrimSpace on texts that start or end
// with each kind of white space, Chinese characters, full-width marks and
// broken UTF-8.
func TestSpace(t *testing.T) {
	ends := []string{"", " ", "\t", "\n", "\r\n", "\v", "\f", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000",
		"x", "中", "。", "、", "（", "）", "\u00a9", "\u2013", "\u1681", "\u3001", "\xe2\x80", "\xc2", "\xe3", "\x80", "\xff", "5"}
	for _, a := range ends {
		for _, b := range ends {
			for _, mid := range []string{"", "营业收入", "a b", " "} {
				s := a + mid + b
				if got, want := Space(s), strings.TrimSpace(s); got != want {
					t.Errorf("Space(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}
