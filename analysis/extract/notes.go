package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// abbreviationWords open a note that sets up a short form for the rest of
// the text (以下简称“增长”) or says a phrase holds for what follows (下同).
var abbreviationWords = []string{"以下简称", "以下称", "以下同", "下同"}

// abbreviationNote is the rule for a note of abbreviation at s[i:]
// (比2021年增长（以下简称“增长”）7.2%, 为调整预算（以下简称“预算”）的97.9%,
// 预计（下同）地区生产总值680亿元): an opening bracket, one of
// abbreviationWords, at most 20 further characters without a bracket and
// the closing bracket. Such a note stands between a verb and its number or
// inside a subject and is no part of either, so the text is read without it
// (stripReadingNotes). It returns the note's byte length, 0 if there is none
// at i.
func abbreviationNote(s string, i int) int {
	j := i
	closing := ")"
	switch {
	case strings.HasPrefix(s[i:], "("):
		j++
	case strings.HasPrefix(s[i:], "（"):
		j += len("（")
		closing = "）"
	default:
		return 0
	}
	w := hasPrefixAny(s[j:], abbreviationWords)
	if w == "" {
		return 0
	}
	j += len(w)
	for n := 0; j < len(s) && n <= 20; n++ {
		if strings.HasPrefix(s[j:], closing) {
			return j + len(closing) - i
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if r == '(' || r == '（' || r == ')' || r == '）' || r == '\n' || sentenceEnd(r) {
			return 0
		}
		j += size
	}
	return 0
}

// comparableWords say that a change is taken on a comparable basis, right
// before its verb (可比增长15.3%, 同口径下降4.9%).
var comparableWords = []string{"按可比口径", "可比口径", "按同口径", "同口径", "可比"}

// comparableBasis is the rule for a second change of a level taken on a
// comparable basis (73.84亿元，增长7.2%，剔除留抵退税因素，可比增长15.3%): t,
// the clause's words before the verb, ends in one of comparableWords that
// opens the clause or follows a comma (不可比 is no basis). It returns the
// byte length of those words at the end of t, 0 if none. The words join the
// change's base; they name no figure of their own, and the change is the
// level's, kept beside its first.
func comparableBasis(t string) int {
	u := strings.TrimRight(t, " ,，")
	w := hasSuffixAny(u, comparableWords)
	if w == "" {
		return 0
	}
	head := strings.TrimRight(u[:len(u)-len(w)], " ")
	if r, _ := utf8.DecodeLastRuneInString(head); head != "" && r != '，' && r != ',' && r != '、' {
		return 0
	}
	return len(t) - len(u) + len(w)
}

// growthRateWords name the rate of growth of a level.
var growthRateWords = []string{"增幅", "增速", "增长率"}

// rateOfGrowth is the rule for a change of a level's rate of growth named
// only as the rate (地方财政支出21405万元，同比增长44.53%，增幅同比提高了30.93个
// 百分点): the rate is the level's, and the figure stated as its change in
// percentage points takes the level's name (地方财政支出增幅). name is the
// clause's subject; "" when it is no such word, the change is no pp change,
// or the sentence's last level has no growth.
func (x *extractor) rateOfGrowth(st *sentenceState, name string, ch *Change) string {
	if ch.Kind != PP || !slices.Contains(growthRateWords, name) {
		return ""
	}
	k := attachTarget(x.figs, st.figs)
	if k < 0 || !x.figs[k].hasChangeKind(GrowthPct) || x.figs[k].Unit == "%" {
		return ""
	}
	return x.figs[k].Indicator + name
}

// otherComparison is the rule for a second change of a figure's kind that
// names a comparison of its own (占财政收入比重为73.5%，比去年同期提升4.8个
// 百分点，比去年全年提升2.4个百分点): the base is a comparison and differs
// from that of every change of the kind the figure has, each of which names
// one too. Such a change is stated against another period, so it is the
// figure's as well; a second change without a comparison (实际增长 after 增长)
// is not.
func otherComparison(f *Figure, ch *Change) bool {
	b := strings.TrimSpace(ch.base)
	if b == "" || comparisonSuffix(b) != len(b) {
		return false
	}
	for _, c := range f.Changes {
		if c.Kind != ch.Kind {
			continue
		}
		cb := strings.TrimSpace(c.base)
		if cb == "" || cb == b || comparisonSuffix(cb) != len(cb) {
			return false
		}
	}
	return true
}

// topicOfChange is the rule for a change in a clause without a subject
// after a clause that names its topic and no figure, in a sentence without
// a figure yet (学前三年毛入园率从2010年以来，提高了39.6个百分点): the change is
// the topic's, not a figure's of the sentence before; a clause of a rank
// (位居全省第13位) names no such topic. The topic is the
// clause's subject up to its predicate (clauseTopic) and before a span it
// is measured over (从2010年以来, 自2018年以来). It returns the topic's span,
// an empty one when the rule does not apply.
func (x *extractor) topicOfChange(st *sentenceState) (int, int) {
	if st.prevClause[0] < 0 || len(st.figs) > 0 {
		return 0, 0
	}
	pa, pb := stripSubject(x.s, st.prevClause[0], st.prevClause[1])
	if pa >= pb || isPeriodText(x.s[pa:pb]) || strings.Contains(x.s[pa:pb], "第") {
		return 0, 0 // 支出规模位居全省第13位，同比持平: a rank's change
	}
	t := sinceTopic(clauseTopic(x.s[pa:pb]))
	if utf8.RuneCountInString(t) < 2 || !strings.HasPrefix(x.s[pa:pb], t) || isPeriodText(t) {
		return 0, 0
	}
	return pa, pa + len(t)
}

// sinceTopic is t without a span it is measured over at its end (从2010年以
// 来, 自2018年以来, 2018年以来); t as is when it has none.
func sinceTopic(t string) string {
	rest, ok := strings.CutSuffix(t, "以来")
	if !ok {
		return t
	}
	if k := max(strings.LastIndex(rest, "从"), strings.LastIndex(rest, "自")); k > 0 {
		return rest[:k]
	}
	k := len(rest)
	for k > 0 && (rest[k-1] >= '0' && rest[k-1] <= '9' || strings.HasSuffix(rest[:k], "年")) {
		if strings.HasSuffix(rest[:k], "年") {
			k -= len("年")
		} else {
			k--
		}
	}
	return rest[:k]
}

// monthRangeCompared is the rule for a comparison with the months of the
// year to date before (增速比1-4月提高2.2个百分点, 较1—3月份回落0.5个百分点):
// 比 or 较, a month, a dash and a month, 月 and perhaps 份 at the end of t.
// It returns the byte length of the comparison, 0 if there is none.
func monthRangeCompared(t string) int {
	u := strings.TrimSuffix(t, "份")
	u, ok := strings.CutSuffix(u, "月")
	if !ok {
		return 0
	}
	k := trailingDigits(u, 2)
	if k == len(u) {
		return 0
	}
	d := hasSuffixAny(u[:k], []string{"-", "—", "－", "–", "至", "~"})
	if d == "" {
		return 0
	}
	j := trailingDigits(u[:k-len(d)], 2)
	if j == k-len(d) {
		return 0
	}
	v := hasSuffixAny(u[:j], []string{"比", "较"})
	if v == "" {
		return 0
	}
	return len(t) - (j - len(v))
}

// trailingDigits is the offset in t where its last run of at most max ASCII
// digits begins (len(t) when t does not end in a digit).
func trailingDigits(t string, max int) int {
	k := len(t)
	for n := 0; k > 0 && t[k-1] >= '0' && t[k-1] <= '9' && n < max; n++ {
		k--
	}
	return k
}

// growthRateBefore is the figure of a level's growth rate (rateOfGrowth)
// that the sentence's last figure is, when ch is a change in percentage
// points: a further such change without a subject of its own is the rate's.
// -1 otherwise.
func (x *extractor) growthRateBefore(st *sentenceState, ch *Change) int {
	if ch.Kind != PP || len(st.figs) == 0 {
		return -1
	}
	k := st.figs[len(st.figs)-1]
	f := &x.figs[k]
	if !f.Missing || !f.hasChangeKind(PP) || hasSuffixAny(f.Indicator, growthRateWords) == "" {
		return -1
	}
	return k
}

// namedAgain is the rule for a change whose clause names again a figure of
// the sentence (结案率为55.88%，结案率同比提高了5.2个百分点; 结案406件，…，结案数
// 同比上升13.73%): name is that figure's name, or it and 数; the figure is a
// level (not a prior, a share's part or stated only as a change) whose unit
// fits the change (pp for a rate in %, a percent growth for a level not in
// %). It returns the figure, -1 if there is none. An absolute change is left
// to its own rules.
func (x *extractor) namedAgain(st *sentenceState, name string, ch *Change) int {
	if name == "" || ch.Kind == Abs || ch.Kind == Multiple {
		return -1
	}
	for j := len(st.figs) - 1; j >= 0 && j >= len(st.figs)-maxLookback; j-- {
		f := &x.figs[st.figs[j]]
		if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms != 0 {
			continue
		}
		if f.Indicator != name && f.Indicator+"数" != name && !scopedCaseCount(f.Indicator, name) {
			continue
		}
		if ch.Kind == PP && f.Unit != "%" || ch.Kind == GrowthPct && f.Unit == "%" {
			return -1
		}
		return st.figs[j]
	}
	return -1
}

// scopedCaseCount is the rule for a court's count named again by its verb
// alone after the body it was counted for (省高院收案1.2万件，结案1.3万件，结案
// 数同比上升13.3%: 结案数 is 省高院结案's): name, less a trailing 数, is a
// verb of a case count that indicator ends with.
func scopedCaseCount(indicator, name string) bool {
	base := strings.TrimSuffix(name, "数")
	return len(base) < len(indicator) && isCaseVerb(base) && strings.HasSuffix(indicator, base)
}
