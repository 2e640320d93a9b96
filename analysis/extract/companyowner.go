package extract

import (
	"strings"
	"unicode/utf8"
)

// Results news names a company once before the measures it lists for it
// (甲银行营业收入和净利润分别达到…) and says what holds for all of them
// before the values (营业收入和净利润增速均最低，分别为0.11%和5.65%).

// ownerSuffixes end the name of a company that owns the measures after it.
var ownerSuffixes = []string{"银行", "公司", "集团", "股份", "证券", "保险", "控股"}

// companyOwnedParts is the rule for coordinated measures written after the
// one company they are of (甲银行营业收入和净利润 → 甲银行营业收入, 甲银行净利润):
// when the first part starts with a company's name (ending in 银行, 公司,
// 集团 …) and a measure of at least two characters follows it, a later
// part that names no company takes the name in front. The parts are
// completed in place, and a measure word written once after the last
// (增速, 规模) is each one's (sharedMeasureTail); companies listed before
// the one measure of all of them take it first (ownersShareMeasure).
func companyOwnedParts(parts []string) []string {
	if len(parts) < 2 {
		return parts
	}
	ownersShareMeasure(parts)
	owner := ""
	for _, w := range ownerSuffixes {
		if k := strings.Index(parts[0], w); k > 0 {
			e := k + len(w)
			if utf8.RuneCountInString(parts[0][e:]) >= 2 && (owner == "" || e < len(owner)) {
				owner = parts[0][:e]
			}
		}
	}
	if owner == "" {
		return parts
	}
	sharedMeasureTail(parts)
	for j := 1; j < len(parts); j++ {
		p := parts[j]
		if utf8.RuneCountInString(p) < 2 || strings.HasPrefix(p, owner) || containsAny(p, ownerSuffixes) {
			continue
		}
		parts[j] = owner + p
	}
	return parts
}

// containsAny reports whether s contains one of ws.
func containsAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// sharedPredicateCut is the rule for coordinated names followed by what
// holds for all of them, before a clause that lists their values (营业收入
// 和净利润增速均最低，分别为…; 营业收入和净利润规模均为第一，分别达到…): 均 after
// the coordination and at most four characters after it (均最低, 均为第一,
// 均居首; a 均 left alone where the topic dropped the rest) are no part of
// the names; the 均 of an average (人均, 平均, 年均, 户均, 日均, 月均) is the
// name's. The name without them; the name as it is when the rule does not
// apply.
func sharedPredicateCut(name string) string {
	k := strings.LastIndex(name, "均")
	if k <= 0 || !strings.ContainsAny(name[:k], "和、与及") {
		return name
	}
	if r, _ := utf8.DecodeLastRuneInString(name[:k]); strings.ContainsRune("人平年户日月", r) {
		return name
	}
	rest := name[k+len("均"):]
	if n := utf8.RuneCountInString(rest); n > 4 || n > 0 && !isHanString(rest) {
		return name
	}
	return name[:k]
}

// predicatedParts is the rule for a clause that lists values (分别为,
// 分别达到: pre) after a clause of coordinated names and what holds for all
// of them (营业收入和净利润增速均最低): the names the values are of, without
// the predicate (sharedPredicateCut) and each of its company
// (companyOwnedParts); nil unless the predicate was there and at least two
// names are.
func predicatedParts(topic, pre string) []string {
	if !distributesOver(pre) {
		return nil
	}
	cut := sharedPredicateCut(topic)
	if cut == topic {
		return nil
	}
	parts := coordinatedParts(cut)
	if len(parts) < 2 {
		return nil
	}
	return companyOwnedParts(parts)
}

// measureTails are the words a list of a company's measures writes once,
// after the last (营业收入和净利润增速: the growth of each).
var measureTails = []string{"增速", "增幅", "规模", "占比", "余额"}

// sharedMeasureTail is the rule for such a word: the last part ends in it
// (净利润增速) and an earlier part that does not takes it (营业收入 →
// 营业收入增速). The parts are completed in place.
func sharedMeasureTail(parts []string) {
	last := parts[len(parts)-1]
	w := hasSuffixAny(last, measureTails)
	if w == "" || utf8.RuneCountInString(last) <= utf8.RuneCountInString(w)+1 {
		return
	}
	for j := 0; j < len(parts)-1; j++ {
		if hasSuffixAny(parts[j], measureTails) == "" {
			parts[j] += w
		}
	}
}

// ownersShareMeasure is the rule for companies listed before the one
// measure they are compared by (甲银行和乙银行不良贷款率 → 甲银行不良贷款率,
// 乙银行不良贷款率): the last part is a company's name and a measure of at
// least two characters, and an earlier part that is a company's name alone
// (ends in 银行, 公司 …) takes that measure. The parts are completed in
// place.
func ownersShareMeasure(parts []string) {
	last := parts[len(parts)-1]
	measure := ""
	for _, w := range ownerSuffixes {
		if k := strings.Index(last, w); k > 0 {
			if m := last[k+len(w):]; utf8.RuneCountInString(m) >= 2 && (measure == "" || len(m) > len(measure)) {
				measure = m
			}
		}
	}
	if measure == "" {
		return
	}
	for j := 0; j < len(parts)-1; j++ {
		if hasSuffixAny(parts[j], ownerSuffixes) != "" && utf8.RuneCountInString(parts[j]) >= 3 {
			parts[j] += measure
		}
	}
}
