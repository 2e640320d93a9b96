package extract

import (
	"strings"
)

// Toneless reading notes. Some converters leave the pinyin of characters
// without tone marks (張家界市(shi)實(shi)現, 增(zeng)長(chang)(chang)), at
// times twice over. A bracket of lowercase letters after a Han character
// may also be a unit ((kg), (km)), so a toneless note is read as a note
// only in a text that carries many (minTonelessNotes), each a whole
// pinyin syllable.

// minTonelessNotes is how many toneless pinyin brackets after Han
// characters a text must carry for them to be read as reading notes.
const minTonelessNotes = 5

// pinyinFinals are the finals of Mandarin syllables (ü written v or u).
var pinyinFinals = map[string]bool{
	"a": true, "o": true, "e": true, "i": true, "u": true, "v": true, "ai": true, "ei": true, "ui": true, "ao": true, "ou": true,
	"iu": true, "ie": true, "ue": true, "ve": true, "er": true, "an": true, "en": true, "in": true, "un": true, "vn": true,
	"ang": true, "eng": true, "ing": true, "ong": true, "ia": true, "iao": true, "ian": true, "iang": true, "iong": true,
	"ua": true, "uo": true, "uai": true, "uan": true, "uang": true, "van": true,
}

// pinyinSyllable reports a toneless Mandarin syllable: an initial (or
// none) and a final, 2 to 6 letters (zhuang, shi, qu; not kg, km, ha…
// the single-vowel syllables and those of two letters without an
// initial are left out, as units and abbreviations take their shapes).
func pinyinSyllable(t string) bool {
	if len(t) < 2 || len(t) > 6 {
		return false
	}
	rest := t
	for _, in := range []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"} {
		if strings.HasPrefix(t, in) {
			rest = t[len(in):]
			break
		}
	}
	if rest == t {
		return false // no initial: an, er, ou … are too like abbreviations
	}
	if t == "ha" || t == "mm" || t == "cm" {
		return false // units
	}
	return pinyinFinals[rest]
}

// tonelessNote is the rule for a toneless reading note at s[i:]: ( or
// （, a pinyin syllable of lowercase letters, ) or ）, right after a Han
// character or after another note (after is set). It returns the note's
// byte length, 0 if there is none.
func tonelessNote(s string, i int, after bool) int {
	j := noteOpen(s, i)
	if j == i {
		return 0
	}
	if !after {
		if r, _ := runeBefore(s, i); !isHan(r) {
			return 0
		}
	}
	k := j
	for k < len(s) && k-j <= 6 && s[k] >= 'a' && s[k] <= 'z' {
		k++
	}
	if !pinyinSyllable(s[j:k]) {
		return 0
	}
	switch {
	case strings.HasPrefix(s[k:], ")"):
		return k + 1 - i
	case strings.HasPrefix(s[k:], "）"):
		return k + len("）") - i
	}
	return 0
}

// manyTonelessNotes reports a text carrying at least minTonelessNotes
// toneless reading notes after Han characters.
func manyTonelessNotes(s string) bool {
	n := 0
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '(')
		if k < 0 {
			break
		}
		i += k
		if i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z' && tonelessNote(s, i, false) > 0 {
			if n++; n >= minTonelessNotes {
				return true
			}
		}
		i++
	}
	return false
}
