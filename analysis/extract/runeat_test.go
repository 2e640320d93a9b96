package extract

import (
	"testing"
	"unicode/utf8"
)

// TestRuneAt: runeAt decodes as utf8.DecodeRuneInString does, for ASCII,
// the characters of every lead byte, broken and cut sequences and the
// empty text.
func TestRuneAt(t *testing.T) {
	cases := []string{"", "a", "中", "，", "\u3000", "\uffff", "\ud7ff", "\ue000", "é", "𠀀", "\xe4\xb8", "\xe4x\xad", "\xed\xa0\x80", "\xe0\x80\x80", "\xef\xbc", "\xff"}
	for r := rune(0x800); r < 0x10000; r += 7 {
		cases = append(cases, string(r)+"x")
	}
	for _, s := range cases {
		for i := 0; i <= len(s); i++ {
			r, n := runeAt(s[i:])
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Errorf("runeAt(%q) = %U %d, want %U %d", s[i:], r, n, wr, wn)
			}
		}
	}
}
