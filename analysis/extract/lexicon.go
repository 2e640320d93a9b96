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

// lexFirstRune is the first rune of s for a look-up: a three-byte sequence
// (the Han characters and the full-width marks) is put together inline,
// anything else decoded by utf8.DecodeRuneInString. An invalid three-byte
// sequence may give a rune other than utf8.RuneError; the words are valid
// UTF-8 and compared byte by byte, so it matches none of them either.
func lexFirstRune(s string) rune {
	if len(s) >= 3 && s[0]&0xF0 == 0xE0 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lexLastRune is lexFirstRune for the last rune of s: three bytes from the end
// that start a three-byte sequence end s with its rune.
func lexLastRune(s string) rune {
	if n := len(s); n >= 3 && s[n-3]&0xF0 == 0xE0 {
		return rune(s[n-3]&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F)
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// prefix returns the longest word s starts with, "" if none.
func (lx *lexicon) prefix(s string) string {
	r := lexFirstRune(s)
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
	r := lexLastRune(s)
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

// Lexicons of the word lists every number asks (the clause, change, prior
// and subject rules): the same longest match as hasPrefixAny and
// hasSuffixAny over the list, looking only at the words that share the
// text's first or last rune.
var (
	periodLex       = newLexicon(periodWords)
	reachLex        = newLexicon(reachVerbs)
	totalLex        = newLexicon(totalWords)
	topicLex        = newLexicon(topicVerbs)
	approxInfixLex  = newLexicon(approxInfix)
	approxPrefixLex = newLexicon(approxPrefixes)
	upLex           = newLexicon(upVerbs)
	downLex         = newLexicon(downVerbs)
	budgetStageLex  = newLexicon(budgetStages)
	fromLex         = newLexicon(fromWords)
	inheritFlowLex  = newLexicon(inheritFlowVerbs)
	// changeVerbLex: the change verbs changeThenLevel looks for before a
	// level.
	changeVerbLex = newLexicon([]string{"增加", "减少", "新增", "净增", "增长", "下降", "缩短", "延长", "缩减", "降低", "提高"})
	// toLevelLex: the verbs of reaching a level stripSubject cuts from a
	// subject's end (增长到, 控制在, 降至).
	toLevelLex = newLexicon([]string{"增长到", "增长至", "增加到", "增加至", "提高到", "提高至", "提升到", "提升至", "压缩至", "压缩到", "缩短至", "缩短到", "控制在", "保持在", "稳定在", "上升到", "上升至", "下降到", "下降至", "减少到", "减少至", "降低到", "降低至", "增至", "降至", "减至", "升至", "降到", "升到", "提到", "增到", "减到"})
	// lastYearLex: the prior-year words fromToParts cuts (上年, 去年末).
	lastYearLex = newLexicon([]string{"上年", "去年", "上年末", "去年末"})
	// declineRateLex: the words of a rate of decline readChange reads
	// (降幅为, 减幅).
	declineRateLex = newLexicon([]string{"降幅为", "降幅达", "降幅", "减幅为", "减幅达", "减幅"})
	// priorPeriodLex: the periods a prior stated inline is of (上年同期为,
	// 去年末, 同期), readPrior's.
	priorPeriodLex = newLexicon([]string{"上年同期", "去年同期", "上年末", "去年末", "上年底", "去年底", "上年", "去年", "上一年", "同期"})
	distributeLex  = newLexicon(distributeWords)
	// growthRateLex: the words of a growth rate readChange reads (增幅为,
	// 增速, 增长率).
	growthRateLex = newLexicon([]string{"增幅为", "增幅达", "增幅", "增速为", "增速达", "增速", "增长率为", "增长率"})
)
