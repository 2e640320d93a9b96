package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// prepassPieces are the bytes the prepass tests build texts of: digits,
// separators and points of every form scanNumber reads, Han characters,
// and bytes that are no UTF-8.
var prepassPieces = []string{"0", "1", "7", "9", "12", "305", ",", ".", " ", "\u2009", "\u202f", "\u00a0", "．", "﹒", "１", "９",
	"年", "万元", "%", "億", "長", "增", "a", "\n", "\xe5", "\xe5\x41", "\xed\xa0\x80", "\xe0\x80\x80", "\xc0", "\xff", "\xf0\x9f\x98\x80", "€", "\xef\xbf\xbd", "0000000000000001"}

func prepassText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for k := 0; k < n; k++ {
		b.WriteString(prepassPieces[rng.Intn(len(prepassPieces))])
	}
	return b.String()
}

// TestDigitRuns: digitRuns counts what a byte-by-byte count does, at every
// alignment of the eight-byte words.
func TestDigitRuns(t *testing.T) {
	naive := func(text []byte) int {
		n, in := 0, false
		for _, c := range text {
			d := c >= '0' && c <= '9'
			if d && !in {
				n++
			}
			in = d
		}
		return n
	}
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 3000; k++ {
		s := []byte(prepassText(rng, rng.Intn(40)))
		for off := 0; off < 8 && off <= len(s); off++ {
			if got, want := digitRuns(s[off:]), naive(s[off:]); got != want {
				t.Fatalf("digitRuns(%q) = %d, want %d", s[off:], got, want)
			}
		}
	}
	for _, s := range []string{"", "1", "12345678", "123456789", "a1234567b1", "/0:9 ", "1234567\xb0"} {
		if got, want := digitRuns([]byte(s)), naive([]byte(s)); got != want {
			t.Errorf("digitRuns(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestValidText: validText agrees with utf8.Valid.
func TestValidText(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for k := 0; k < 5000; k++ {
		s := []byte(prepassText(rng, rng.Intn(30)))
		for off := 0; off < 4 && off <= len(s); off++ {
			if got, want := validText(s[off:]), utf8.Valid(s[off:]); got != want {
				t.Fatalf("validText(%q) = %v, want %v", s[off:], got, want)
			}
		}
	}
	for _, s := range []string{"", "abcdefgh", "abcdefghi年", "全年增长5%", "\xed\x9f\xbf", "\xed\xa0\x80", "\xe0\xa0\x80", "\xe0\x9f\xbf", "\xef\xbf\xbd", "年\xe5", "年\xe5\xb9"} {
		if got, want := validText([]byte(s)), utf8.Valid([]byte(s)); got != want {
			t.Errorf("validText(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPlainNumber: where plainNumber reads a number, scanNumber's general
// walk reads the same one; it reads the plain forms.
func TestPlainNumber(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	read := 0
	for k := 0; k < 20000; k++ {
		s := prepassText(rng, 1+rng.Intn(8))
		for i := 0; i < len(s); i++ {
			got, ok := plainNumber(s, i)
			if !ok {
				continue
			}
			read++
			want, wok := scanAnyNumber(s, i)
			if !wok || got != want {
				t.Fatalf("plainNumber(%q, %d) = %+v, scanAnyNumber = %+v, %v", s, i, got, want, wok)
			}
		}
	}
	if read < 1000 {
		t.Errorf("plainNumber read %d numbers", read)
	}
	for _, c := range []struct {
		s  string
		ok bool
	}{{"1234件", true}, {"56.78%", true}, {"0506号", true}, {"0.5亿", true}, {"1,234件", false}, {"12 345件", false}, {"3．5", false}, {"1234567890123456元", false}, {"5.", false}} {
		if _, ok := plainNumber(c.s, 0); ok != c.ok {
			t.Errorf("plainNumber(%q): ok %v, want %v", c.s, ok, c.ok)
		}
	}
}

// TestFoldTraditionalBits: foldTraditional folds exactly the characters
// of foldTable, wherever they stand in UTF-8 text, and leaves other text
// (and a stray byte at the end) as it is.
func TestFoldTraditionalBits(t *testing.T) {
	ref := func(s string) (string, bool) {
		var b strings.Builder
		changed := false
		for _, r := range s {
			if r >= cjkBase && r <= 0x9FFF && foldTable[r-cjkBase] != 0 {
				b.WriteRune(foldTable[r-cjkBase])
				changed = true
				continue
			}
			b.WriteRune(r)
		}
		return b.String(), changed
	}
	rng := rand.New(rand.NewSource(4))
	for k := 0; k < 5000; k++ {
		s := strings.ReplaceAll(prepassText(rng, rng.Intn(30)), "\xe5", "")
		s = strings.ToValidUTF8(s, "")
		got, gok := foldTraditional(s)
		want, wok := ref(s)
		if got != want || gok != wok {
			t.Fatalf("foldTraditional(%q) = %q, %v; want %q, %v", s, got, gok, want, wok)
		}
	}
	if got, ok := foldTraditional("億元\xe5"); got != "亿元\xe5" || !ok {
		t.Errorf("foldTraditional with a stray byte = %q, %v", got, ok)
	}
}
