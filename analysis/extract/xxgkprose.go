package extract

// Rules for the prose of a 政府信息公开工作年度报告 (一、总体情况): the counts
// of applications are written before what became of them (1件结转下年度继续
// 办理, 另有103件顺延到下年度答复) and documents are counted inside a
// disposal construction (将我县4件行政规范性文件公开).

import (
	"strings"
	"unicode/utf8"
)

// carryVerbs open a clause after a count that says the counted
// applications were carried into the next year.
var carryVerbs = []string{"结转", "顺延", "转入", "延期至", "延期到", "延转"}

// maxCarriedRunes bounds the words a carried-over count's subject takes.
const maxCarriedRunes = 14

// countedAction returns the subject after a classifier at s[a:b] (the
// unit's end to the clause's): the noun after it (postNoun), or, when
// the words after the count are a carrying over (1件结转下年度继续办理,
// 103件顺延到下年度答复: carryVerbs), the whole of them up to the clause's
// end: the subject is what became of the counted applications, not a noun
// cut at 下.
func countedAction(s string, a, b int, name string) (int, int) {
	pa, pb := postNoun(s, a, b)
	if disposalObject(name) {
		return pa, disposalNounEnd(s, pa, pb, b)
	}
	if pa != a || hasPrefixAny(s[a:b], carryVerbs) == "" {
		return pa, pb
	}
	j, runes := a, 0
	for j < b {
		r, n := utf8.DecodeRuneInString(s[j:b])
		if breakRune(r) || sentenceEnd(r) {
			break
		}
		if !isHan(r) && !(r >= '0' && r <= '9') || runes >= maxCarriedRunes {
			return pa, pb // digits: the year carried into (结转至2024年继续办理)
		}
		j += n
		runes++
	}
	return a, j
}

// disposalActions are the words that start the action of a disposal
// construction after its object (将我县4件行政规范性文件集中公开): the
// adverbs and verbs a report writes of documents and information.
var disposalActions = []string{"集中", "全部", "统一", "及时", "依法", "予以", "公开", "发布", "印发", "废止",
	"清理", "上传", "报送", "办结", "归档", "录入", "纳入", "挂网"}

// disposalNounEnd cuts the noun s[a:b] after a disposal construction's
// count before its action (disposalActions, looked for up to the clause's
// end): 行政规范性文件 of 行政规范性文件集中公开.
func disposalNounEnd(s string, a, b, end int) int {
	for j := a; j < b; {
		if j > a && hasPrefixAny(s[j:end], disposalActions) != "" {
			return j
		}
		_, n := utf8.DecodeRuneInString(s[j:end])
		j += n
	}
	return b
}

// disposalObject reports a name that is a disposal construction's marker
// and scope before a count (将我县4件行政规范性文件公开, 把全区12项): the
// count is of the noun after it, not of 将我县.
func disposalObject(name string) bool {
	for _, p := range []string{"将", "把"} {
		if rest, ok := strings.CutPrefix(name, p); ok && utf8.RuneCountInString(rest) <= 4 {
			return true
		}
	}
	return false
}
