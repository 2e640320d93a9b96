package extract

import (
	"math"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestIndexAnyOf: indexAnyOf and containsAnyOf agree with strings.IndexAny
// and strings.ContainsAny on texts of Han characters, punctuation, bars and
// bytes that are no UTF-8, for the sets the rules look for.
func TestIndexAnyOf(t *testing.T) {
	sets := []string{"|｜", "月季年", "。；;", "│┃║", ",，", ".．", ".,%", "年", "a"}
	pieces := []string{"月", "季", "年", "。", "；", ";", "|", "｜", "│", "┃", "║", ",", "，", ".", "．", "%", "增", "长", "1", " ", "\xe6", "\x9c", "\x88", "\xe6\x9c", "期", "朋"}
	rng := rand.New(rand.NewSource(5))
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for n := rng.Intn(12); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		for _, set := range sets {
			if got, want := indexAnyOf(s, set), strings.IndexAny(s, set); got != want {
				t.Fatalf("indexAnyOf(%q, %q) = %d, want %d", s, set, got, want)
			}
			if got, want := containsAnyOf(s, set), strings.ContainsAny(s, set); got != want {
				t.Fatalf("containsAnyOf(%q, %q) = %v, want %v", s, set, got, want)
			}
		}
	}
}

// TestRuneSet: a runeSet holds exactly the characters of its text, for
// every rune and a few that are none.
func TestRuneSet(t *testing.T) {
	for _, chars := range []string{colonYearRunes, "减增缩至不最很稀许", "a|", "", "\ufffd年"} {
		rs := newRuneSet(chars)
		for r := rune(-2); r <= 0x10FFFF+2; r++ {
			if got, want := rs.has(r), strings.ContainsRune(chars, r); got != want {
				t.Fatalf("newRuneSet(%q).has(%U) = %v, want %v", chars, r, got, want)
			}
		}
	}
}

// TestDecimalsOfHalfUnit: decimalsOf finds the point strings.IndexAny
// finds, and halfUnit is half the last digit's unit as math.Pow gives it.
func TestDecimalsOfHalfUnit(t *testing.T) {
	for _, s := range []string{"", "12", "3.60", "105,222", "1.2.3", "３．６０", "7．", "．5", "\xef\xbc", "12.5万元", "0.000000000000000000000000001"} {
		want := 0
		if k := strings.IndexAny(s, ".．"); k >= 0 {
			for _, r := range s[k+1:] {
				if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
					want++
				}
			}
		}
		if got := decimalsOf(s); got != want {
			t.Errorf("decimalsOf(%q) = %d, want %d", s, got, want)
		}
		if s != "" {
			if got, want := halfUnit(s, 1), 0.5*math.Pow(10, -float64(want)); got != want {
				t.Errorf("halfUnit(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// TestNoSpaceRunes: where noSpaceRunes is true, strings.Map dropping the
// isSpace runes returns the text unchanged.
func TestNoSpaceRunes(t *testing.T) {
	pieces := []string{"营业", "收入", "a", "1", " ", "\t", "\v", "\u3000", "\u00a0", "\ufeff", "\ufffd", "\xe5", "\xbc", "（", "│", "é", "\U0001F600"}
	drop := func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}
	rng := rand.New(rand.NewSource(6))
	yes := 0
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for n := rng.Intn(6); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if noSpaceRunes(s) {
			yes++
			if m := strings.Map(drop, s); m != s {
				t.Fatalf("noSpaceRunes(%q) but strings.Map gives %q", s, m)
			}
		}
	}
	if yes < 1000 || !noSpaceRunes("营业收入（万元）") || noSpaceRunes("营业 收入") {
		t.Errorf("noSpaceRunes: %d texts without spaces", yes)
	}
}

// TestBoxLineCellsBytes: boxLineCells splits as strings.FieldsFunc at the
// bars, after the text before the first bar.
func TestBoxLineCellsBytes(t *testing.T) {
	bar := func(r rune) bool { return r == '|' || r == '│' || r == '┃' || r == '║' }
	ref := func(line string) []string {
		t := strings.TrimSpace(line)
		if k := strings.IndexFunc(t, bar); k > 0 {
			t = t[k:]
		}
		var out []string
		for _, c := range strings.FieldsFunc(t, bar) {
			out = append(out, strings.TrimSpace(c))
		}
		return out
	}
	pieces := []string{"|", "│", "┃", "║", "┼", "─", " ", "营业收入", "12.5", "\xe2", "\xe2\x94", "\xe5", "　"}
	rng := rand.New(rand.NewSource(7))
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for n := rng.Intn(8); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		got, want := boxLineCells(s), ref(s)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) || (got == nil) != (want == nil) {
			t.Fatalf("boxLineCells(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestRuneCountUpTo: runeCountUpTo is utf8.RuneCountInString capped.
func TestRuneCountUpTo(t *testing.T) {
	pieces := []string{"营", "a", "1", "é", "\U0001F600", "\xe5", "\xe5\xb9", "\xed\xa0\x80", "\xe0\x80\x80", "\xff", "（"}
	rng := rand.New(rand.NewSource(8))
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for n := rng.Intn(10); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		for max := 0; max < 12; max++ {
			if got, want := runeCountUpTo(s, max), min(utf8.RuneCountInString(s), max); got != want {
				t.Fatalf("runeCountUpTo(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
	}
}
