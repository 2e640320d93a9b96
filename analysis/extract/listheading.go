package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// bulletMarks open the items of a bulleted list copied as text (- 学校21.26万所,
// • 招生3507.89万人).
var bulletMarks = []string{"- ", "-", "• ", "•", "· ", "·", "● ", "●", "▪ ", "▪"}

// bulletItem reports a line that is an item of a bulleted list.
func bulletItem(line string) bool {
	return hasPrefixAny(strings.TrimLeft(line, " \t"), bulletMarks) != ""
}

// listHeadingMeasures are the bare school measures a bulleted list under a
// level of schooling names its items by: those of a paragraph
// (bareSchoolMeasures) and 学校 and 教学点 themselves.
var listHeadingMeasures = append([]string{"学校", "教学点"}, bareSchoolMeasures...)

// headingLevel is the level of schooling a heading line names (小学;
// 义务教育总体情况 → 义务教育; 学前教育：幼儿园数量保持增长 → 学前教育): the
// heading before a colon, without 总体情况, 基本情况 or 情况, of at most
// eight characters, no digit and ending in a level (schoolLevels); "" when
// the line is no such heading.
func headingLevel(line string) string {
	t := strings.TrimSpace(line)
	if k := strings.IndexAny(t, ":："); k > 0 {
		t = t[:k]
	}
	// The fold of traditional script maps 總 and 發 but not 體 and 況:
	// both spellings are listed.
	for _, w := range []string{"总体情况", "总體情況", "基本情况", "基本情況", "发展情况", "发展情況", "情况", "情況"} {
		if v, ok := strings.CutSuffix(t, w); ok {
			t = v
			break
		}
	}
	if t == "" || utf8.RuneCountInString(t) > 8 || strings.ContainsAny(t, "0123456789，,。；;") || !isHanString(t) {
		return ""
	}
	if hasSuffixAny(t, schoolLevels) == "" || t == "学校" {
		return ""
	}
	return t
}

// bulletHeadingLevel is the rule for a bare school measure that is an
// item of a bulleted list under a heading naming a level of schooling
//
//	小学
//	学校数量连续减少
//	- 学校16.01万所
//	- 招生1869.04万人
//
// → 小学学校, 小学招生: the level of the nearest heading above the list,
// looked for over at most three lines that are no list items (a subheading
// may stand between). "" when the name is no such measure, its line no
// item, or no heading names a level. nameStart is where the name starts.
func (x *extractor) bulletHeadingLevel(name string, nameStart int) string {
	if !slices.Contains(listHeadingMeasures, name) || nameStart < 0 || nameStart > len(x.s) {
		return ""
	}
	s := x.s
	ls := strings.LastIndexByte(s[:nameStart], '\n') + 1
	if !bulletItem(s[ls:nameStart]) {
		return ""
	}
	end := ls - 1 // the newline before the item's line
	for seen := 0; end > 0 && seen < 3; {
		start := strings.LastIndexByte(s[:end], '\n') + 1
		line := s[start:end]
		end = start - 1
		if strings.TrimSpace(line) == "" {
			continue
		}
		if bulletItem(line) {
			continue // the items above this one
		}
		if lv := headingLevel(line); lv != "" {
			if strings.HasPrefix(name, lv) {
				return ""
			}
			return lv + name
		}
		seen++
	}
	return ""
}

// sinceWords name the span a cumulative count runs over (历年累计, 多年来累计).
var sinceWords = []string{"历年", "历年来", "多年来", "多年", "历史"}

// cumulativeSince is the rule for a cumulative count over the years after
// the year's figure of the same thing (主动公开政府信息1127条，历年累计25800条 →
// 主动公开政府信息历年累计): a name that is only a span word (sinceWords), with
// 累计 written before the number (rawPre, the clause's words as written),
// takes the name of the sentence's last figure in the same unit and the
// span. "" when the rule does not apply.
func (x *extractor) cumulativeSince(st *sentenceState, name, rawPre, unit string) string {
	if !slices.Contains(sinceWords, name) || !strings.Contains(rawPre, "累计") {
		return ""
	}
	k := x.sameUnitBefore(st, unit)
	if k < 0 {
		return ""
	}
	return x.figs[k].Indicator + name + "累计"
}
