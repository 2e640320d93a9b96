package doc

import (
	"strings"
	"testing"
)

// TestTrimSpace: trimSpace is strings.TrimSpace on texts that start or end
// with each kind of white space, Chinese characters, full-width marks and
// broken UTF-8.
func TestTrimSpace(t *testing.T) {
	ends := []string{"", " ", "\t", "\n", "\r\n", "\v", "\f", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000",
		"x", "中", "。", "、", "（", "）", "\u00a9", "\u2013", "\u1681", "\u3001", "\xe2\x80", "\xc2", "\xe3", "\x80", "\xff", "5"}
	for _, a := range ends {
		for _, b := range ends {
			for _, mid := range []string{"", "营业收入", "a b", " "} {
				s := a + mid + b
				if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
					t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}

// TestRuneWidthHan: the quick answers of RuneWidth and runeWidths (every
// CJK Unified Ideograph wide, the box-drawing block from its table) are
// the East Asian width tables' for every rune.
func TestRuneWidthHan(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		n, w := runeWidths(r)
		ln, lw := lookupRuneWidths(r)
		if r == '\t' {
			ln, lw = 2, 2
		} else if r < 0x1100 {
			ln, lw = 1, 1
		}
		if n != ln || w != lw {
			t.Fatalf("runeWidths(%U) = %d, %d, want %d, %d", r, n, w, ln, lw)
		}
		for _, o := range []GridOptions{{}, {AmbiguousWide: true}} {
			want := ln
			if o.AmbiguousWide {
				want = lw
			}
			if got := RuneWidth(r, o); got != want {
				t.Fatalf("RuneWidth(%U, %+v) = %d, want %d", r, o, got, want)
			}
		}
	}
}
