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

// distribute hands "分别增长22.9%、20.1%" to the preceding figures in order.
func (x *extractor) distribute(st *sentenceState, toks []token, i int, first *Change, m unitMatch) int {
	s := x.s
	changes := []*Change{first}
	consumed := 0
	for k := i + 1; k+1 < len(toks); k += 2 {
		if toks[k].kind != tokBreak || toks[k].r != '、' || toks[k+1].kind != tokNum || toks[k+1].start != toks[k].end {
			break
		}
		nt := toks[k+1]
		if nt.parts > 1 {
			break
		}
		um := readUnit(s[:st.b], nt.end)
		if um.kind != m.kind || um.unit != m.unit {
			break
		}
		c := &Change{Kind: first.Kind, Decimals: nt.num.decimals, Text: s[nt.start:um.end]}
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
		consumed = k + 1 - i
	}
	var targets []int
	for k := len(st.figs) - 1; k >= 0 && len(targets) < len(changes); k-- {
		f := &x.figs[st.figs[k]]
		if !f.Prior && !f.Missing && f.Change == nil {
			targets = append(targets, st.figs[k])
		}
	}
	if len(targets) == len(changes) {
		for j, c := range changes {
			x.figs[targets[len(targets)-1-j]].Change = c
		}
	}
	return consumed
}
