package extract

import (
	"strings"
	"unicode/utf8"
)

// unitAlternativeBracket is the rule for the name of an administrative unit
// with its alternatives in brackets (120个村(社区), 86个县(市), 12个县(市、区),
// 900个村(居)委会, 980个村(居)民小组): a bulletin counts the units of one
// level under one name, the bracket listing what else stands at that level,
// so the bracket is part of the noun after the count. s[j:b] starts at the
// bracket; prev is the unit character before it, which must name a level
// (省市县区乡镇村街居组). It returns the bracket's length, 0 when s[j:b] is
// no such bracket: up to four parts of one or two Han characters between
// 、.
func unitAlternativeBracket(s string, j, b int, prev rune) int {
	if !strings.ContainsRune("省市县縣区區乡鄉镇鎮村街居组組", prev) {
		return 0
	}
	open, n := utf8.DecodeRuneInString(s[j:b])
	if open != '(' && open != '（' {
		return 0
	}
	k, parts, runes := j+n, 1, 0
	for k < b {
		r, n := utf8.DecodeRuneInString(s[k:b])
		switch {
		case r == ')' || r == '）':
			if runes == 0 {
				return 0
			}
			return k + n - j
		case r == '、':
			if runes == 0 || parts == 4 {
				return 0
			}
			parts, runes = parts+1, 0
		case isHan(r) && runes < 2:
			runes++
		default:
			return 0
		}
		k += n
	}
	return 0
}

// unitBracketTails are the words that go on a unit's name after its
// bracketed alternatives (村(居)委会, 村(居)民小组); after any other word the
// name ends at the bracket (12个县(市、区)抽取了: 县(市、区)).
var unitBracketTails = []string{"委会", "委會", "民委员会", "民委員會", "委员会", "委員會", "民小组", "民小組", "小组", "小組"}
