package extract

import (
	"github.com/annualstat/annualstat/analysis"
	"math"
)

// attach attaches a change to the figure it belongs to (SPEC §3).
func (x *extractor) attach(st *sentenceState, ch *Change, textStart, lead int, m unitMatch, approx bool) {
	s := x.s
	// A change whose clause names its own subject is about that subject.
	sa, sb := stripSubject(s, st.subjStart, textStart)
	if sa < sb {
		name := s[sa:sb]
		unit := ""
		switch ch.Kind {
		case PP:
			unit = "%"
		case Abs:
			unit = m.unit
		}
		f := Figure{Indicator: name, Section: x.section, Missing: true, Unit: unit, Period: st.period, Year: x.year,
			Change: ch, Sentence: s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{sa, m.end}}
		if st.periodYear > 0 {
			f.Year = st.periodYear
		}
		x.figs = append(x.figs, f)
		st.figs = append(st.figs, len(x.figs)-1)
		return
	}
	target := -1
	for k := len(st.figs) - 1; k >= 0; k-- {
		f := &x.figs[st.figs[k]]
		if !f.Prior && !f.Missing {
			target = st.figs[k]
			break
		}
	}
	if target < 0 {
		return
	}
	f := &x.figs[target]
	if f.Change != nil {
		return
	}
	if ch.Kind == Abs && f.Unit != m.unit {
		return
	}
	f.Change = ch
	if ch.Kind != GrowthPct || approx {
		return
	}
	// SPEC §3: when the nearest figure cannot have the stated growth in
	// whole numbers and exactly one other count of the sentence can, keep
	// both readings and flag them.
	if !wholeCount(f) || hasWholePrior(f.Value, ch) {
		return
	}
	other := -1
	for _, k := range st.figs {
		g := &x.figs[k]
		if k == target || g.Prior || g.Missing || g.Change != nil || !wholeCount(g) {
			continue
		}
		if hasWholePrior(g.Value, ch) {
			if other >= 0 {
				return
			}
			other = k
		}
	}
	if other < 0 {
		return
	}
	f.Flags |= Ambiguous
	g := &x.figs[other]
	c := *ch
	g.Change = &c
	g.Flags |= Ambiguous
}

// wholeCount reports a figure that must be a whole number: a count written
// without decimals and not approximate.
func wholeCount(f *Figure) bool {
	return analysis.KindOf(f.Unit) == analysis.KindCount && f.Value == math.Trunc(f.Value) && f.Flags&Approx == 0 &&
		f.Value > 0 && f.Value <= maxWhole
}

// maxWhole bounds the counts and prior intervals searched for whole
// numbers: beyond it float64 steps exceed 1 and the search would not end.
const maxWhole = 1e12

func hasWholePrior(c float64, ch *Change) bool {
	iv, err := analysis.BackCompute(c, ch.Value, ch.Decimals)
	if err != nil || iv.High > maxWhole || iv.High-iv.Low > 1e9 {
		return false
	}
	cands, _ := iv.WholeCandidates(1)
	return len(cands) > 0
}
