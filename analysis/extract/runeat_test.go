package extract

import (
	"fmt"
	"strings"
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

// TestPlainDecimal: plainDecimal reads what scanNumber reads, the same
// value, or leaves the text to it.
func TestPlainDecimal(t *testing.T) {
	for _, s := range []string{"0", "7", "12", "01", "0.5", "00.5", "1234.56", "1.", ".5", "1.2.3", "1,234", "123456789012345", "1234567890123456", "12345678901234.5", "1 234", "１２", "3e5", "-1", "99.990", "0.0000001"} {
		v, ok := plainDecimal(s)
		if !ok {
			continue
		}
		n, nok := scanNumber(s, 0)
		if !nok || n.end != len(s) || n.leadZero || n.value != v {
			t.Errorf("plainDecimal(%q) = %v, scanNumber gives %+v %v", s, v, n, nok)
		}
	}
	for i := 0; i < 200000; i += 7 {
		for _, s := range []string{fmt.Sprint(i), fmt.Sprintf("%d.%d", i/100, i%100), fmt.Sprintf("%d.%03d", i/1000, i%1000), fmt.Sprintf("0.%06d", i)} {
			v, ok := plainDecimal(s)
			n, nok := scanNumber(s, 0)
			if !ok || !nok || n.value != v {
				t.Errorf("plainDecimal(%q) = %v %v, scanNumber %v %v", s, v, ok, n.value, nok)
			}
		}
	}
	for _, s := range []string{"01", "1.", ".5", "1,234", "1234567890123456"} {
		if _, ok := plainDecimal(s); ok {
			t.Errorf("plainDecimal(%q) read it", s)
		}
	}
}

// TestIndexBar: indexBar is strings.IndexAny(t, "|｜").
func TestIndexBar(t *testing.T) {
	for _, s := range []string{"", "a", "|", "｜", "a|b｜c", "a｜b|c", "指标 | 2023", "全年｜", "中文"} {
		if got, want := indexBar(s), strings.IndexAny(s, "|｜"); got != want {
			t.Errorf("indexBar(%q) = %d, want %d", s, got, want)
		}
	}
}
