package extract

import "strings"

// Rules learnt from fresh real texts (issue 11, precision): forms that made
// the extractor split one figure in two or read a figure that is none.

// measureUnit is the rule for a subject that names the measure of the
// figures before it rather than a quantity of its own: 件数 and 人数 after
// 审结案件50件54人 (同比件数下降54.55%、人数下降61.43%; 件数和人数分别同比
// 下降…) count in 件 and 人. It returns that unit, "" for any other subject;
// a leading 同比 is no part of the name.
func measureUnit(name string) string {
	switch strings.TrimPrefix(name, "同比") {
	case "件数":
		return "件"
	case "人数":
		return "人"
	case "户数":
		return "户"
	case "次数":
		return "次"
	case "人次数":
		return "人次"
	}
	return ""
}

// measuredLevel is the figure of the sentence a change whose subject is a
// measure word (measureUnit) belongs to: the latest level before it in
// that unit, -1 when the subject is no measure word or no such level came
// before.
func (x *extractor) measuredLevel(st *sentenceState, name string) int {
	u := measureUnit(name)
	if u == "" {
		return -1
	}
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		f := &x.figs[st.figs[k]]
		if f.Unit == u && !f.Prior && !f.Missing && f.ChangeOf == "" && f.Terms == 0 {
			return st.figs[k]
		}
	}
	return -1
}

// measureTargets is the rule for a 分别 list whose names are measure words
// (件数和人数分别同比下降47.06%、56.52% after 18件20人): the levels each
// names, in the order of the names; nil unless every name is a measure
// word with a level of its own before it.
func (x *extractor) measureTargets(st *sentenceState, names []string) []int {
	out := make([]int, 0, len(names))
	for _, n := range names {
		k := x.measuredLevel(st, n)
		if k < 0 {
			return nil
		}
		for _, o := range out {
			if o == k {
				return nil
			}
		}
		out = append(out, k)
	}
	return out
}

// yearPriorPeriod is the period of a prior named by its year alone
// (受理案件1200件，2022年为1100件; 2022年末为124.1万人): the year as
// written with 同期, 末 or 底 after it, "" when p, the clause's text before
// the prior's number, is no such form (yearPrior).
func yearPriorPeriod(p string) string {
	if _, _, ok := yearPrior(p); !ok {
		return ""
	}
	n := len("2022年")
	if w := hasPrefixAny(p[n:], []string{"同期", "末", "底"}); w != "" {
		n += len(w)
	}
	return p[:n]
}

// pairedPrior is the rule for the second count of a prior written as a
// pair (去年同期为30件42人 after 受理案件25件31人): a number right after a
// prior, with nothing between (pre, the text before it, is empty), in
// another unit, is the prior of the sentence's latest level in its own
// unit, of the same period and year as the prior before it. It returns that
// level, the year and the period, and false when the form does not hold.
func (x *extractor) pairedPrior(st *sentenceState, pre string, lead int, unit string) (int, int, string, bool) {
	if strings.TrimSpace(pre) != "" || len(st.figs) == 0 || unit == "" {
		return 0, 0, "", false
	}
	last := &x.figs[st.figs[len(st.figs)-1]]
	if !last.Prior || last.Span[1] != lead || last.Unit == unit {
		return 0, 0, "", false
	}
	for k := len(st.figs) - 2; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		f := &x.figs[st.figs[k]]
		if f.Unit == unit && !f.Prior && !f.Missing && f.ChangeOf == "" && f.Terms == 0 {
			return st.figs[k], last.Year, last.Period, true
		}
	}
	return 0, 0, "", false
}

// termsWord is the rule for 实际 and 名义 between a comparison and its verb
// of change (同比实际增长8.3%, 同比名义增长2.7%, 比上年实际增长5%): they say
// in which terms the change is taken, so they join its base and name no
// figure of their own. It returns their byte length at the end of t, 0 if
// t does not end in one right after a comparison (扣除价格因素实际增长 is
// read by its price basis).
func termsWord(t string) int {
	if w := hasSuffixAny(t, []string{"实际", "名义"}); w != "" && comparisonSuffix(t[:len(t)-len(w)]) > 0 {
		return len(w)
	}
	return 0
}
