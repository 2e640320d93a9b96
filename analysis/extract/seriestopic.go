package extract

import (
	"strings"
	"unicode/utf8"
)

// seriesTopic is the rule for a series of counts a sentence announces
// before giving them (公布了一组全国法院受理案件数量的数据，2018年受理2803.5万件、
// 2019年受理3160.5万件…): a bare verb written before each count (受理) says
// only which of the announced quantities it is, so a count whose name is
// a verb the announced quantity holds takes the quantity's name (全国法院
// 受理案件数量). The announcement is 一组, the quantity, then 的数据 or 数据,
// in a clause of its own before the number at sa. "" when the rule does
// not apply.
func (x *extractor) seriesTopic(st *sentenceState, name string, sa int) string {
	if n := runeCountUpTo(name, 5); n < 1 || n > 4 {
		return ""
	}
	if !st.seriesRead {
		st.seriesRead = true
		st.series, st.seriesEnd = announcedSeries(x.s, st.a, st.b)
	}
	if st.series == "" || st.seriesEnd > sa || !strings.Contains(st.series, name) || st.series == name {
		return ""
	}
	return st.series
}

// announcedSeries finds in the sentence s[a:b] the quantity a clause
// announces a series of data for (一组X的数据, 一组X数据) and the offset
// after the announcement; "" when there is none. The quantity is two to
// twenty characters without punctuation.
func announcedSeries(s string, a, b int) (string, int) {
	t := s[a:b]
	k := strings.Index(t, "一组")
	if k < 0 {
		return "", 0
	}
	rest := t[k+len("一组"):]
	e := strings.Index(rest, "数据")
	if e < 0 {
		return "", 0
	}
	q := strings.TrimSuffix(rest[:e], "的")
	if n := utf8.RuneCountInString(q); n < 2 || n > 20 || !isHanString(q) {
		return "", 0
	}
	return q, a + k + len("一组") + e + len("数据")
}
