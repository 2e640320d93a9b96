package extract

import (
	"math/rand"
	"strings"
	"testing"
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
