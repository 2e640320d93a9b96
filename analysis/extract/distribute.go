package extract

import (
	"math"
	"strings"
)

var distributeWords = []string{"分别为", "分别是", "分别达", "分别达到", "分别"}

// splitNames splits "A、B和C" into names.
func splitNames(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '和' || r == '及' || r == '与' })
	out := f[:0]
	for _, p := range f {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// distribute hands "分别增长22.9%、20.1%" and "同比分别上升3.6%和3.1%" to
// the preceding figures in order: the changes are joined by 、 or by 和, 及,
// 与 and must have one unit.
func (x *extractor) distribute(st *sentenceState, toks []token, i int, first *Change, m unitMatch) int {
	s := x.s
	changes := []*Change{first}
	consumed := 0
	prevEnd := m.end
	for k := i + 1; k < len(toks); k++ {
		if toks[k].kind == tokBreak && toks[k].r == '、' && toks[k].start == prevEnd {
			continue
		}
		nt := toks[k]
		if nt.kind != tokNum || nt.parts > 1 {
			break
		}
		if gap := s[prevEnd:nt.start]; gap != "、" && gap != "和" && gap != "及" && gap != "与" && gap != "、和" {
			break
		}
		um := readUnit(s[:st.b], nt.end)
		if um.kind != m.kind || um.unit != m.unit {
			break
		}
		c := &Change{Kind: first.Kind, Decimals: nt.num.decimals, Text: s[nt.start:um.end], Number: s[nt.start:nt.end], Unit: um.unit,
			verb: first.verb, base: first.base}
		switch {
		case first.Kind == Multiple:
			// Same reading as the first: 分别增长2倍、3倍 → 3, 4.
			c.Value = nt.num.value + (first.Value - toks[i].num.value)
		case first.Value < 0 || first.Value == 0 && math.Signbit(first.Value):
			c.Value = -nt.num.value
		default:
			c.Value = nt.num.value
		}
		changes = append(changes, c)
		consumed = k - i
		prevEnd = um.end
	}
	var targets []int
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback && len(targets) < len(changes); k-- {
		f := &x.figs[st.figs[k]]
		if !f.Prior && !f.Missing && f.ChangeOf == "" && f.Terms == 0 && !f.hasChangeKind(first.Kind) {
			targets = append(targets, st.figs[k])
		}
	}
	if len(targets) == len(changes) {
		for j, c := range changes {
			x.figs[targets[len(targets)-1-j]].addChange(*c)
		}
	}
	return consumed
}
