package extract

import (
	"strings"
	"unicode/utf8"
)

// bracketNoteName is the rule for a count a court writes in a bracketed
// note inside a count of cases (收案120件（含旧存5件）, 审结民商事案件480件
// (含再审3件), 受理各类案件3881件(含执行1568件，…)): the note's count is a
// figure of its own, named by the note's words with the noun the count it
// sits in carries (旧存案件, 再审案件, 执行案件), as the eval guidelines
// settle it; its parent is that count. raw is the figure's subject words as
// the clause writes them, from at; it must open the bracket with 含 and
// name a stage or kind in Han characters (a list with 、 too), or name a
// stage alone (（旧存240件）: bracketStages), the unit
// must count cases (件) and the count before the bracket must be one of
// cases (its name holds 案). "" and -1 otherwise; else the name and the
// index of the parent.
func (x *extractor) bracketNoteName(st *sentenceState, raw string, at int, unit string) (string, int) {
	w, ok := strings.CutPrefix(raw, "含")
	if !ok && bracketStages[raw] {
		w, ok = raw, true
	}
	if !ok || w == "" || at <= 0 || unitBase(unit) != "件" {
		return "", -1
	}
	r, _ := utf8.DecodeLastRuneInString(x.s[:at])
	if r != '(' && r != '（' {
		return "", -1
	}
	if n := utf8.RuneCountInString(w); n > 8 || strings.Contains(w, "的") || !isHanString(strings.ReplaceAll(w, "、", "")) {
		return "", -1
	}
	k := x.sameUnitOutsideBrackets(st, unit)
	if k < 0 || !strings.Contains(x.figs[k].Indicator, "案") {
		return "", -1
	}
	if strings.HasSuffix(w, "案件") {
		return w, k
	}
	return strings.TrimSuffix(w, "案") + "案件", k
}

// bracketStages are the stages of a court's cases a bracket may name
// without 含 (收案1803件（旧存240件）).
var bracketStages = map[string]bool{"旧存": true, "新收": true, "未结": true}
