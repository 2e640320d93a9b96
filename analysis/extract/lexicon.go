package extract

import (
	"slices"
	"unicode/utf8"
)

// lexicon is a word list indexed by first and last rune, so that finding
// the longest word a text starts or ends with looks only at the words that
// share that rune (the unit and subject lists have about a hundred words,
// and every number of the text asks them).
type lexicon struct {
	words   []string
	byFirst map[rune][]string // longest first
	byLast  map[rune][]string // longest first
	// first and last have bit r%lexBits set for every first and last
	// rune r of a word: most texts asked start and end with a rune no
	// word has there, and the bit says so without a map look-up.
	first, last [lexBits / 64]uint64
}

// lexBits is the size of a lexicon's rune filters.
const lexBits = 4096

// mayHave reports whether bit r%lexBits of the filter f is set.
func mayHave(f *[lexBits / 64]uint64, r rune) bool {
	b := uint32(r) % lexBits
	return f[b/64]&(1<<(b%64)) != 0
}

// mark sets bit r%lexBits of the filter f.
func mark(f *[lexBits / 64]uint64, r rune) {
	b := uint32(r) % lexBits
	f[b/64] |= 1 << (b % 64)
}

func newLexicon(words ...[]string) *lexicon {
	lx := &lexicon{byFirst: map[rune][]string{}, byLast: map[rune][]string{}}
	for _, ws := range words {
		for _, w := range ws {
			if w == "" || slices.Contains(lx.words, w) {
				continue
			}
			lx.words = append(lx.words, w)
			f, _ := utf8.DecodeRuneInString(w)
			l, _ := utf8.DecodeLastRuneInString(w)
			lx.byFirst[f] = append(lx.byFirst[f], w)
			lx.byLast[l] = append(lx.byLast[l], w)
			mark(&lx.first, f)
			mark(&lx.last, l)
		}
	}
	longest := func(a, b string) int { return len(b) - len(a) }
	for _, ws := range lx.byFirst {
		slices.SortStableFunc(ws, longest)
	}
	for _, ws := range lx.byLast {
		slices.SortStableFunc(ws, longest)
	}
	return lx
}

// prefix returns the longest word s starts with, "" if none.
func (lx *lexicon) prefix(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	if !mayHave(&lx.first, r) {
		return ""
	}
	for _, w := range lx.byFirst[r] {
		if len(w) <= len(s) && s[:len(w)] == w {
			return w
		}
	}
	return ""
}

// suffix returns the longest word s ends with, "" if none.
func (lx *lexicon) suffix(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	if !mayHave(&lx.last, r) {
		return ""
	}
	for _, w := range lx.byLast[r] {
		if len(w) <= len(s) && s[len(s)-len(w):] == w {
			return w
		}
	}
	return ""
}

// has reports whether w is one of the words.
func (lx *lexicon) has(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return mayHave(&lx.first, r) && slices.Contains(lx.byFirst[r], w)
}
