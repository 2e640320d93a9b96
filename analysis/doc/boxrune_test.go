package doc

import (
	"testing"
	"unicode/utf8"
)

// TestBoxRuneAt: boxRuneAt decodes as utf8.DecodeRuneInString does, for
// every box-drawing character, ASCII, other characters and broken bytes.
func TestBoxRuneAt(t *testing.T) {
	var cases []string
	for r := rune(0x2480); r < 0x2600; r++ {
		cases = append(cases, string(r)+"x", string(r))
	}
	cases = append(cases, "", "a", "│ 本年 │", "\xe2\x94", "\xe2\x94x", "\xe2\x95\xc0", "\xe2", "中", "\u3000", "\xff")
	for _, s := range cases {
		for i := 0; i <= len(s); i++ {
			r, n := boxRuneAt(s[i:])
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Errorf("boxRuneAt(%q) = %U %d, want %U %d", s[i:], r, n, wr, wn)
			}
		}
	}
}
