package extract

import (
	"strings"
	"unicode/utf8"
)

// afterUnclosedOpen is the rule for a subject whose figure stands inside a
// bracket opened in its clause and not yet closed (一季度开局良好(GDP增长5.9%):
// the bracket states the figure of the words before it, and names it by
// the words after the open bracket, GDP). It returns the offset after the
// last open bracket of s[a:b] that no close bracket matches, a unchanged
// when every open bracket is closed or when fewer than two characters
// follow it.
func afterUnclosedOpen(s string, a, b int) int {
	depth, cut := 0, -1
	var opens []int
	for i := a; i < b; i++ {
		// By bytes: ( and ) are ASCII, （ and ） are EF BC 88 and EF BC 89,
		// and EF only starts a character.
		switch n := bracketAt(s, i, b); {
		case n > 0:
			opens = append(opens[:depth], i+n)
			depth++
			i += n - 1
		case n < 0:
			if depth > 0 {
				depth--
			}
			i += -n - 1
		}
	}
	if depth > 0 {
		cut = opens[depth-1]
	}
	if cut < 0 || cut >= b {
		return a
	}
	if utf8.RuneCountInString(trimText(s[cut:b])) < 2 {
		return a
	}
	return cut
}

// bracketAt reports a bracket at s[i] (before b): its byte length for an
// open bracket (( or （), minus its length for a close bracket () or ）),
// 0 for none.
func bracketAt(s string, i, b int) int {
	switch c := s[i]; {
	case c == '(':
		return 1
	case c == ')':
		return -1
	case c == 0xEF && i+2 < b && s[i+1] == 0xBC && s[i+2] == 0x88:
		return 3
	case c == 0xEF && i+2 < b && s[i+1] == 0xBC && s[i+2] == 0x89:
		return -3
	}
	return 0
}

// durationTail is the rule for a subject that ends in how long its
// figure has held (审结、执结案件数量已经连续两年 before 超过3000万件, 粮食产量已
// 连续8年 before 稳定在…): 连续 and a span of years (isDuration), after 已经
// or 已 when written, says how long, not what; it returns the byte length
// of that tail, 0 when the subject does not end so.
func durationTail(t string) int {
	k := strings.LastIndex(t, "连续")
	if k <= 0 || !isDuration(t[k:]) {
		return 0
	}
	for _, w := range []string{"已经", "已"} {
		if strings.HasSuffix(t[:k], w) {
			return len(t) - k + len(w)
		}
	}
	return len(t) - k
}
