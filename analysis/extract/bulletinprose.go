package extract

import "strings"

// ratioTopic is the rule for a ratio structure stated in a clause that
// names nothing before it (城乡收入比持续缩小，由上年同期的2.05:1下降为2.02:1):
// the ratio is of the topic of the clause before, which says how it moved
// and states no figure (城乡收入比), and a later ratio of the same clause
// (为2.02:1) is of the ratio before it. seg is the clause's text before
// the ratio; it returns "" when the clause does not open with 由 or 为, or
// no topic is known.
func (x *extractor) ratioTopic(st *sentenceState, seg string) string {
	if t := x.colonRatioTopic(st, seg); t != "" {
		return t // 三次产业结构为：2.1:40.9:57.0
	}
	if !strings.HasPrefix(seg, "由") && !strings.HasPrefix(seg, "为") {
		return ""
	}
	if st.clauseFigs > 0 && len(st.figs) > 0 {
		if f := x.figs[st.figs[len(st.figs)-1]]; f.Terms > 0 {
			return f.Indicator
		}
	}
	if t := x.prevClauseTopic(st); strings.Contains(t, "比") || strings.Contains(t, "结构") {
		return t
	}
	return ""
}
