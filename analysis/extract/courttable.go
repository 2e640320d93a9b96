package extract

import (
	"strings"
	"unicode/utf8"
)

// partOfYearQuantity is the rule for the words after a header's year that
// write a part of the year and then the quantity the column counts, in one
// cell (2021年上半年新收, 2022年1-6月民事案件收案, 2023年前三季度审结): the
// part of the year (上半年, 1-6月, 前三季度; partOfYearHeader) belongs to
// the column's period, the words after it name the quantity. It returns
// those words, "" when rest starts with no part of the year or what follows
// it is no name of two Han characters or more (a period, a generic word, a
// change, a unit).
func partOfYearQuantity(rest string) string {
	name := ""
	for i := range rest {
		if i == 0 || !partOfYearHeader(rest[:i]) {
			continue
		}
		if n := quantityWords(rest[i:]); n != "" {
			name = n // the longest part of the year wins: 1-6月份 over 1-6月
		}
	}
	return name
}

// quantityWords is s when it reads as the name of a quantity after a
// period: Han characters only, two or more, and neither a period, a
// generic word nor a change; "" otherwise.
func quantityWords(s string) string {
	if utf8.RuneCountInString(s) < 2 || isPeriodHeader(s) || isGenericHeader(s) || changeHeader(s, "") != "" {
		return ""
	}
	for _, r := range s {
		if !isHan(r) {
			return ""
		}
	}
	if strings.HasPrefix(s, "份") || strings.HasPrefix(s, "末") || strings.HasPrefix(s, "累计") {
		return "" // the rest of a longer period (1-6月份, 3月末, 1-3月累计)
	}
	return s
}

// caseCountSuffixes are how the name of a court's or procuratorate's count
// of cases ends (新收, 收案, 结案, 审结, 执结, 旧存, 未结, 民事案件新收, 案件数).
var caseCountSuffixes = []string{"新收", "收案", "旧存", "结案", "审结", "执结", "办结", "未结", "已结", "存案",
	"收案数", "结案数", "新收数", "审结数", "执结数", "案件", "案件数"}

// caseCountUnit is the rule for the unit of a table column that counts
// cases and whose table writes no unit (案由 | 2021年上半年新收 over 民间借贷纠纷
// | 4159): courts and procuratorates count cases in 件, so a column named
// by a case count (caseCountSuffixes) has the implied unit 件. It returns
// "" for any other name; a rate or a share (结案率, 占新收比例) is no count.
func caseCountUnit(name string) string {
	if name == "" || strings.HasSuffix(name, "率") || strings.Contains(name, "占") {
		return ""
	}
	for _, s := range caseCountSuffixes {
		if strings.HasSuffix(name, s) {
			return "件"
		}
	}
	return ""
}

// reviewTemplatePath reports a column under the 行政复议 or 行政诉讼 group of
// the national 政府信息公开 annual report template (结果维持, 尚未审结 …),
// whose counts the template writes without a unit, as they are read:
// caseCountUnit is not applied to them.
func reviewTemplatePath(path []string) bool {
	for _, h := range path {
		if strings.HasPrefix(h, "行政复议") || strings.HasPrefix(h, "行政诉讼") {
			return true
		}
	}
	return false
}

// receivedPartName is the rule for the parts of what a court received:
// its cases received (受理) are those carried over (旧存) and those newly
// filed (新收), so a bare 旧存 or 新收 after a count of 受理 (受理刑事案件139件，
// 其中旧存47件，新收92件) is named as the verb-final counts are, object
// first and verb last, the object as the count writes it (刑事案件旧存,
// 各类案件新收, 审判类案件旧存). prev is the name of the count received; ""
// when name is no such part or prev no such count. inheritSubject applies
// it to the parts a 其中 lists; 受理…，旧存…，办结… without it keeps the
// old reading.
func receivedPartName(prev, name string) string {
	if name != "旧存" && name != "新收" {
		return ""
	}
	i := strings.LastIndex(prev, "受理")
	if i < 0 {
		return ""
	}
	object := prev[i+len("受理"):]
	if !strings.HasSuffix(object, "案件") || !isHanString(object) || utf8.RuneCountInString(object) > 10 || hasPrefixAny(object, caseVerbs) != "" {
		return ""
	}
	return object + name
}

// carriedAgent is the rule for the court or procuratorate a count named
// before its adverb (全省法院共受理案件490560件，审执结478102件; 全院共受理各类
// 案件…，办结…): the count's own name drops it (dropCaseAgent), but the
// bare verb after it that inherits the count's object inherits its agent
// too (全省法院审执结案件, 全院办结案件), as it does an agent written right
// before its verb (全市法院受理…，办结… → 全市法院办结案件). at is where the
// count's name starts; "" when no agent was dropped there (droppedAgent)
// or the verb is a stage of its own (旧存, 新收: the cases carried over
// and filed are the court's whatever it is named).
func carriedAgent(s string, at int, verb string) string {
	if verb == "旧存" || verb == "新收" {
		return ""
	}
	return droppedAgent(s, at)
}

// suspectsCounted is the rule for the persons a procuratorate's counts
// count: every count in persons of a run (批准逮捕犯罪嫌疑人356人，起诉412人，
// 不起诉35人) counts suspects, so a bare verb after the count that names
// them is named by the verb alone (起诉), the unit 人 saying whom, as
// reports and their readers write it; head is the object the verb would
// inherit, unit the verb's figure's. A kind of suspect named (涉黑犯罪
// 嫌疑人) is a topic, and passes on.
func suspectsCounted(head, unit string) bool {
	switch head {
	case "犯罪嫌疑人", "嫌疑人", "刑事犯罪嫌疑人":
		return unitBase(unit) == "人" || unitBase(unit) == "人次"
	}
	return false
}

// withoutKindWord is a count's name without the word of every kind inside
// it (受理各类案件 → 受理案件, 审结各类民商事案件 → 审结民商事案件), as a
// clause after it names the count again (全市法院受理各类案件148895件、审结
// 135893件，受理案件下降8.14%: shortNameAgain); name itself when it has none
// after its first word.
func withoutKindWord(name string) string {
	for _, w := range kindWords {
		if i := strings.Index(name, w); i > 0 && i+len(w) < len(name) {
			return name[:i] + name[i+len(w):]
		}
	}
	return name
}

// countEventVerbs are verbs that alone name a count of events of a year
// (全年死亡5369人, 全年脱贫324户), beside the case verbs (收案, 结案).
var countEventVerbs = []string{"死亡", "出生", "脱贫", "返贫", "落户", "迁入", "迁出"}

// wholeYearCount is the rule for a count of the whole year named by a bare
// verb (全年收案3902件, 全年脱贫324户, 全年死亡5369人; 全年受理案件45722件，
// 结案41916件): the verb alone says too little, so 全年, the whole year the
// text writes right before it (共, 累计 between them dropped) or before the
// count of the sentence it inherits from, is kept in its name (全年收案,
// 全年结案), as 全年 opens the name of any count the text writes so. It
// returns "" for a name of four characters or more, or no bare verb.
func (x *extractor) wholeYearCount(st *sentenceState, name string, sa int, unit string) string {
	if runeCountUpTo(name, 4) >= 4 || hasPrefixAny(name, caseVerbs) != name && hasPrefixAny(name, countEventVerbs) != name {
		return ""
	}
	if wholeYearBefore(x.s, sa) {
		return "全年" + name
	}
	if k := x.sameUnitBefore(st, unit); k >= 0 && (strings.HasPrefix(x.figs[k].Indicator, "全年") || wholeYearBefore(x.s, x.figs[k].Span[0])) && isCaseVerb(name) {
		return "全年" + name
	}
	return ""
}

// wholeYearBefore reports 全年 written right before byte offset at, 共, 共计
// or 累计 between them, after the start of its clause.
func wholeYearBefore(s string, at int) bool {
	if at <= 0 || at > len(s) {
		return false
	}
	end := at
	for _, w := range []string{"共计", "累计", "共"} {
		if strings.HasSuffix(s[:end], w) {
			end -= len(w)
			break
		}
	}
	if !strings.HasSuffix(s[:end], "全年") {
		return false
	}
	head := s[:end-len("全年")]
	r, _ := utf8.DecodeLastRuneInString(head)
	return head == "" || !isHan(r)
}

// caseNamingVerb reports a case verb that names the case it counts in its
// own last character (立案, 收案, 结案, 存案, 受案): it inherits no other noun
// from the count before it (其中诉前化解纠纷3354件，立案16455件 → 立案, not
// 立案纠纷), as it inherits no 案件.
func caseNamingVerb(name string) bool {
	switch name {
	case "立案", "收案", "结案", "存案", "受案", "销案", "撤案":
		return true
	}
	return false
}
