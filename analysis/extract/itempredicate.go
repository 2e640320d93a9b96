package extract

import (
	"strings"
	"unicode/utf8"
)

// itemPredicateEnd is the rule for a count of items named by what they
// achieved (最高检52项指标中，有25项位居全国前15，其中16项位居前10; 我省56项优于
// 全国平均水平; 9项工作在全国作经验交流): after a count in 项 the predicate of
// a rank or comparison (位居, 优于, 进入, 名列 …: itemRankVerbs), or the
// predicate after a noun of work items (工作, 做法: itemNouns) that opens
// with 在, 被 or 获, names what is counted up to the end of the clause, its
// rank (前15) and places (全国、全省) with it. s[a:b] is the noun read after
// the count, end the sentence's end; it returns the end of the name, b when
// the words after are no such predicate, run past 20 characters or hold
// anything but characters, digits and 、.
func itemPredicateEnd(s string, a, b, end int, unit string) int {
	if unit != "项" || a >= b {
		return b
	}
	if hasPrefixAny(s[a:end], itemRankVerbs) == "" {
		if !itemNouns[s[a:b]] || hasPrefixAny(s[b:end], []string{"在", "被", "获"}) == "" {
			return b
		}
	}
	j, runes := a, 0
	for j < end {
		r, n := utf8.DecodeRuneInString(s[j:end])
		if r != '、' && (breakRune(r) || sentenceEnd(r)) {
			break
		}
		if !isHan(r) && !(r >= '0' && r <= '9') && r != '、' || runes >= 20 {
			return b
		}
		j += n
		runes++
	}
	if strings.HasSuffix(s[a:j], "、") {
		return b
	}
	return j
}

// itemRankVerbs open the predicate of a rank or a comparison of counted
// items (位居全国前15, 优于全国平均水平, 进入全区前4名).
var itemRankVerbs = []string{"位居", "位列", "名列", "优于", "高于", "进入", "排名", "排在", "居全", "處於", "位於", "優於"}

// itemNouns are the nouns of counted work items whose predicate names them
// (9项工作在全国作经验交流).
var itemNouns = map[string]bool{"工作": true, "做法": true, "经验": true, "经验做法": true, "經驗": true}
