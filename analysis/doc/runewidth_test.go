package doc

import "testing"

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
