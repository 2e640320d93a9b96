package extract

import (
	"strings"
	"unicode/utf8"
)

// isRatioChain reports a ratio structure: numbers joined by colons in a
// clause that names a ratio or structure (三次产业结构为15.3:31.3:53.4,
// 性别比为105.23:100, 城乡收入比2.5:1). Times (09:25) and other colon chains
// are not.
func isRatioChain(s string, st *sentenceState, t token) bool {
	if !isRatioColon(t.sep) || t.num.leadZero || t.last.leadZero {
		return false
	}
	clause := s[st.clauseStart:t.start]
	return strings.Contains(clause, "比") || strings.Contains(clause, "结构") || strings.Contains(clause, "比例") || distributedChain(clause, t)
}

// distributedChain is the rule for a ratio chain written after 分别为 over
// names listed before it (三次产业对经济增长的贡献率分别为26.0:6.1:67.9): three
// or more terms joined by colons right after 分别为, 分别是 or 各为 are one
// term a name, a ratio structure though the clause names no 比 or 结构. Two
// terms (分别为9:30) stay out: a time reads so.
func distributedChain(clause string, t token) bool {
	if t.parts < 3 {
		return false
	}
	c := strings.TrimRight(clause, " ")
	return strings.HasSuffix(c, "分别为") || strings.HasSuffix(c, "分别是") || strings.HasSuffix(c, "各为")
}

// isRatioColon reports a colon that joins the terms of a ratio: the ASCII
// and full-width colons (: ：), the ratio sign ∶ (U+2236) and the vertical
// presentation colon ︰ (U+FE30) that Chinese fonts and copies use.
func isRatioColon(r rune) bool {
	switch r {
	case ':', '：', '∶', '︰':
		return true
	}
	return false
}

// ratio reads the terms of a ratio structure as figures of their own: one
// per term, with Term and Terms set, the subject named before 由 or the
// number (三次产业结构由上年的14.9:33.2:51.9调整为15.3:31.3:53.4: the first
// chain is the prior year's, the second the current). The unit is "", as
// written.
func (x *extractor) ratio(st *sentenceState, t token) int {
	s := x.s
	var terms []number
	for j := t.start; j < t.end; {
		n, ok := scanNumber(s[:t.end], j)
		if !ok {
			return 0
		}
		terms = append(terms, n)
		j = n.end
		if j < t.end {
			_, sn := utf8.DecodeRuneInString(s[j:])
			j += sn
		}
	}
	seg := s[st.clauseStart:t.start]
	nameEnd := t.start
	if k := strings.Index(seg, "由"); k > 0 {
		nameEnd = st.clauseStart + k
	}
	start := st.clauseStart
	if st.periodEnd > start && st.periodEnd <= nameEnd {
		start = st.periodEnd // 2015年三次产业结构比为…
	}
	sa, sb := stripSubject(s, start, nameEnd)
	name := s[sa:sb]
	name = strings.TrimSuffix(strings.TrimSuffix(name, "之比"), "的")
	priorOf := x.priorRatioTopic(st, seg, t.parts)
	if priorOf != "" {
		name = priorOf // 与上年的15.7:29.6:54.7相比
	} else if name == "" || strings.HasPrefix(seg, "由") {
		// 城乡收入比持续缩小，由…的2.05:1下降为2.02:1 (bulletinprose.go)
		if t := x.ratioTopic(st, seg); t != "" {
			name = t
		}
	}
	if name == "" {
		return 0
	}
	before := strings.TrimSuffix(strings.TrimRight(seg, " "), "的")
	prior := priorOf != "" || hasSuffixAny(before, []string{"上年", "去年", "上年末", "去年末", "上年同期"}) != ""
	year := x.year
	if st.periodYear > 0 {
		year = st.periodYear
	}
	if prior && year > 0 {
		year--
	}
	// The text writes no unit: the terms keep none (shares summing to 100
	// or an index against a base of 100 alike).
	unit := ""
	for k, n := range terms {
		f := Figure{Indicator: name, Section: x.section, Value: n.value, Unit: unit, Period: st.period, Year: year,
			Term: k + 1, Terms: len(terms), Prior: prior, Number: s[n.start:n.end],
			Sentence: s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{sa, t.end}, Source: x.source()}
		x.push(f)
		st.figs = append(st.figs, len(x.figs)-1)
	}
	st.subjStart = t.end
	st.clauseFigs++
	return 0
}
