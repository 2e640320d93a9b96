package extract

import "strings"

// restatedLevel is the rule for an absolute change stated in a later
// sentence with the level's name repeated (全国医疗卫生机构床位975.0万张。…
// 与上年比较，床位增加30.0万张): when the sentence has no figure before the
// change, names a comparison (与上年比较, 比上年, 同比 …, or the change's
// own base), and the change's subject is the end of the name of a recent
// level in the same base unit that has no absolute change yet, that level
// is the figure the change belongs to. It returns the level's index, -1
// if none. Only the last maxRestated figures are looked at.
func (x *extractor) restatedLevel(st *sentenceState, name, unit, base string, nameStart int) int {
	if len(st.figs) > 0 || name == "" {
		return -1
	}
	if base == "" && !hasComparison(x.s[st.a:nameStart]) {
		return -1
	}
	for k := len(x.figs) - 1; k >= 0 && k >= len(x.figs)-maxRestated; k-- {
		f := &x.figs[k]
		if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms > 0 || f.Range || f.Source.Table != 0 {
			continue
		}
		if !strings.HasSuffix(f.Indicator, name) || unitBase(f.Unit) != unitBase(unit) {
			continue
		}
		if f.hasChangeKind(Abs) {
			return -1
		}
		return k
	}
	return -1
}

// maxRestated bounds how many figures back restatedLevel looks.
const maxRestated = 12

// hasComparison reports a comparison with an earlier period in t: 与上年
// 比较, 与上年相比, 比上年, 较上年, 同比.
func hasComparison(t string) bool {
	for _, w := range []string{"比较", "相比", "比上年", "较上年", "比去年", "较去年", "同比"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// restatedChange is the rule for an absolute change restated in brackets
// in another unit (比上年增产6.2万吨（1.2亿斤）, 增加45公斤/公顷（3公斤/亩）):
// the number opens a bracket right after the unit of the sentence's last
// figure, an absolute change's own figure in another unit. It returns that
// figure, -1 when the rule does not apply.
func (x *extractor) restatedChange(st *sentenceState, numStart int, unit string) int {
	if len(st.figs) == 0 || unit == "" || unit == "%" {
		return -1
	}
	k := st.figs[len(st.figs)-1]
	f := &x.figs[k]
	if f.ChangeOf == "" || f.Missing || f.Unit == unit || f.Span[1] > numStart {
		return -1
	}
	between := strings.TrimSpace(x.s[f.Span[1]:numStart])
	if between != "（" && between != "(" {
		return -1
	}
	return k
}

// restatedChangeFigure adds the change restated in another unit as a
// figure of its own, named as the change it restates, and as a change of
// the sentence's level in that unit when there is one (粮食总产量285.3万吨
// （57.1亿斤），比上年增产6.2万吨（1.2亿斤）: 1.2亿斤 is a change of 57.1亿斤).
func (x *extractor) restatedChangeFigure(st *sentenceState, k int, value float64, numText string, m unitMatch, approx bool, qual string, numStart int) {
	c := x.figs[k]
	of := c.ChangeOf
	sign := 1.0
	for j := len(st.figs) - 1; j >= 0 && sign > 0; j-- {
		g := &x.figs[st.figs[j]]
		if g.Indicator != c.ChangeOf || g.ChangeOf != "" || g.Unit != c.Unit {
			continue
		}
		for _, ch := range g.Changes {
			if ch.Kind == Abs && ch.Value < 0 {
				sign = -1 // 减少12千公顷（18万亩）
			}
		}
	}
	for j := len(st.figs) - 1; j >= 0; j-- {
		g := &x.figs[st.figs[j]]
		if g.Unit == m.unit && g.ChangeOf == "" && !g.Prior && !g.Missing && !g.hasChangeKind(Abs) {
			g.addChange(Change{Kind: Abs, Value: sign * value, Text: x.s[numStart:m.end], Number: numText, Unit: m.unit})
			of = g.Indicator
			break
		}
	}
	f := Figure{Indicator: c.Indicator, Section: c.Section, Value: value, Unit: m.unit, Period: c.Period, Year: c.Year,
		ChangeOf: of, Number: numText, Parent: c.Parent, parent: c.parent,
		Sentence: c.Sentence, SentenceSpan: c.SentenceSpan, Span: [2]int{numStart, m.end}, Source: c.Source}
	if approx {
		f.Flags |= Approx
		f.Qualifier = qual
	}
	x.pushInSentence(st, f, m.end)
}
