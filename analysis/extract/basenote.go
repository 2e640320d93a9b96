package extract

import (
	"strings"
	"unicode/utf8"
)

// baseNote is the rule for a note that defines the base of a ratio or index
// at s[i:] (性别比(以女性为100，男性对女性的比例)为104.33, 指数（以上年为100）):
// an opening bracket, 以, at most 30 further characters that state what is
// taken as 100 (为100) without another bracket, and the closing bracket.
// The note defines the figure's scale; its 100 is no figure and its comma
// ends no clause, so the text is read without it (stripReadingNotes). It
// returns the note's byte length, 0 if there is none at i.
func baseNote(s string, i int) int {
	j := i
	closing := ")"
	switch {
	case strings.HasPrefix(s[i:], "(以"):
		j += len("(以")
	case strings.HasPrefix(s[i:], "（以"):
		j += len("（以")
		closing = "）"
	default:
		return 0
	}
	hundred := false
	for n := 0; j < len(s) && n <= 30; n++ {
		if strings.HasPrefix(s[j:], closing) {
			if !hundred {
				return 0
			}
			return j + len(closing) - i
		}
		if strings.HasPrefix(s[j:], "为100") || strings.HasPrefix(s[j:], "為100") {
			hundred = true
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if r == '(' || r == '（' || r == ')' || r == '）' || r == '\n' || sentenceEnd(r) {
			return 0
		}
		j += size
	}
	return 0
}
