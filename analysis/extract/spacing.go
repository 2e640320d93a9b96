package extract

import (
	"strings"
	"unicode/utf8"
)

// spacedUnit is the rule for a unit the copy set apart from its number by a
// space (地区生产总值 369 亿元, 当年支出526.91 亿元 ，): copies of PDF and Word
// reports put spaces around Latin digits among ideographs. At s[i], right
// after the number that starts at start, one or two spaces and then a
// quantity unit (a base, or a scale and a base; a spaced % is read by
// readUnit) are the number's unit when the number is set apart on its other
// side too (a space before it) or the unit ends its word (a space, a break
// or the end of the text follows it); a classifier followed by its noun (15 个
// 项目) must end its word. A number after 第, 图 or 表 (第 3 页,
// 表 2) is no quantity. It returns the unit as readUnit reads it there, or a
// match of kind unitNone.
func spacedUnit(s string, start, i int) unitMatch {
	none := unitMatch{end: i}
	k := i
	for k < len(s) && k-i < 2 && s[k] == ' ' {
		k++
	}
	if k == i || k < len(s) && s[k] == ' ' {
		return none
	}
	m := readUnit(s, k)
	if m.kind != unitQuantity {
		return none
	}
	before := strings.TrimRight(s[:start], " ")
	if hasSuffixAny(before, []string{"第", "图", "表"}) != "" {
		return none
	}
	spacedBefore := len(before) < start
	r, _ := utf8.DecodeRuneInString(s[m.end:])
	endsWord := m.end >= len(s) || r == ' ' || breakRune(r) || !isHan(r) && r != '/' || listJoinAfterUnit(r, m.unit)
	if !endsWord && (!spacedBefore || nounClassifiers[m.unit] && !spacedClassifierCount(before)) {
		return none // 15 个项目 after 2023 年: a classifier before its noun names the count only spaced on both sides
	}
	return m
}

// spacedClassifierCount is the rule for a count the copy spaced on both
// sides before a classifier and its noun (设定的 18 项指标中, 有 14 项指标同比
// 趋优): the number counts the noun, as it does unspaced, unless what it
// follows is a date's year, month or day (2023 年 15 个项目: a copy's digits
// of a date may run on). before is the text before the number, its spaces
// trimmed.
func spacedClassifierCount(before string) bool {
	return hasSuffixAny(before, []string{"年", "月", "日", "第"}) == ""
}

// listJoinAfterUnit is the rule for a spaced unit that a list's joining
// word follows (分别为62.29 亿元和3.81 亿元, 1.2 万吨及0.8 万吨): 和, 及, 与
// and 或 end the unit's word as a comma does, unless the unit is a
// classifier, which may lead a noun of its own.
func listJoinAfterUnit(r rune, unit string) bool {
	return (r == '和' || r == '及' || r == '与' || r == '或') && !nounClassifiers[unit]
}
