package extract

import "strings"

// priorRatioTopic is the rule for a ratio structure compared with the year
// before in a clause of its own (三次产业比为14.7:30.9:54.4，与上年的
// 15.7:29.6:54.7相比; 较上年的…, 上年为…): the clause names only the year
// compared with, so its chain is the prior of the ratio the sentence stated
// last, with as many terms, three or more (a per-one ratio, 14.93:1, is
// read otherwise). seg is the clause's text before the chain,
// parts the chain's number of terms; it returns that ratio's name, "" when
// seg is no such comparison or no such ratio comes before.
func (x *extractor) priorRatioTopic(st *sentenceState, seg string, parts int) string {
	if len(st.figs) == 0 || len(seg) > 24 || parts < 3 {
		return ""
	}
	t := strings.TrimSuffix(strings.TrimSpace(seg), "的")
	t = strings.TrimSuffix(t, "为")
	if w := hasPrefixAny(t, []string{"与", "和", "同", "较", "比"}); w != "" {
		t = t[len(w):]
	}
	if hasSuffixAny(t, []string{"上年", "去年", "上年末", "去年末", "上年同期", "去年同期"}) != t {
		return ""
	}
	f := &x.figs[st.figs[len(st.figs)-1]]
	if f.Terms != parts || f.Term != f.Terms || f.Prior {
		return ""
	}
	return f.Indicator
}

// colonRatioTopic is the rule for a ratio structure written after a colon
// that ends the clause naming it (三次产业结构为：2.1:40.9:57.0, 三次产业结构:
// 0.1:7.9:92.0): the colon breaks the clause, so the chain's own clause
// names nothing, and the structure is the one the clause before names, a
// ratio or structure (比, 结构, 比例). seg is the chain's clause before it;
// "" when it is not empty, no colon comes before, or the clause before
// names no ratio.
func (x *extractor) colonRatioTopic(st *sentenceState, seg string) string {
	if strings.TrimSpace(seg) != "" || st.clauseStart == 0 {
		return ""
	}
	r, _ := runeBefore(x.s, st.clauseStart)
	if r != ':' && r != '：' {
		return ""
	}
	t := strings.TrimSuffix(x.prevClauseTopic(st), "为")
	if !strings.Contains(t, "比") && !strings.Contains(t, "结构") && !strings.Contains(t, "結構") {
		return ""
	}
	return t
}
