package analysis

import (
	"errors"
	"fmt"
	"math"
)

// PriorInterval is the set of prior values consistent with a current value
// and a growth rate that was rounded when it was stated.
type PriorInterval struct {
	Current  float64 // the current value c
	Growth   float64 // the stated growth g, in percent
	Decimals int     // decimals g was rounded to
	Low      float64 // c / (1 + (g + ½·10⁻ᵈ)/100)
	High     float64 // c / (1 + (g − ½·10⁻ᵈ)/100)
	Estimate float64 // c / (1 + g/100)
}

// ErrNoPrior is returned when no prior value can produce the stated growth
// (growth of −100% or less).
var ErrNoPrior = errors.New("no prior value can give this growth")

// BackCompute returns the interval of prior values p for which the growth
// (c − p)/p × 100, rounded to decimals places, equals g:
//
//	p ∈ [c / (1 + (g + h)/100), c / (1 + (g − h)/100)],  h = ½·10⁻ᵈ
//
// For g − h ≤ −100 the interval has no upper bound and ErrNoPrior is
// returned. c must be positive: a growth rate says nothing about a prior of
// a zero or negative current value.
func BackCompute(current, growth float64, decimals int) (PriorInterval, error) {
	iv := PriorInterval{Current: current, Growth: growth, Decimals: decimals}
	if !finite(current) || !finite(growth) {
		return iv, fmt.Errorf("back-compute: current %v, growth %v: %w", current, growth, errors.New("not a finite number"))
	}
	if decimals < 0 || decimals > 12 {
		return iv, fmt.Errorf("back-compute: %d decimals out of range 0..12", decimals)
	}
	if current <= 0 {
		return iv, fmt.Errorf("back-compute: current value %v is not positive", current)
	}
	h := 0.5 * math.Pow(10, -float64(decimals))
	if growth-h <= -100 {
		return iv, fmt.Errorf("back-compute: growth %v%%: %w", growth, ErrNoPrior)
	}
	iv.Low = current / (1 + (growth+h)/100)
	iv.High = current / (1 + (growth-h)/100)
	iv.Estimate = current / (1 + growth/100)
	return iv, nil
}

// Reproduces reports whether prior value p, put through the growth formula
// and rounded half away from zero to the interval's decimals, gives the
// stated growth back.
func (iv PriorInterval) Reproduces(p float64) bool {
	g := GrowthRate(iv.Current, p)
	if !g.OK() {
		return false
	}
	return FormatFixed(g.Value, iv.Decimals) == FormatFixed(iv.Growth, iv.Decimals)
}

// WholeCandidates returns the whole numbers p in the interval that reproduce
// the stated growth (28716 at 12.33% → 25563, 25564, 25565), at most limit
// of them (limit ≤ 0: 1000). The second result is false when more whole
// numbers qualify than were returned.
func (iv PriorInterval) WholeCandidates(limit int) ([]float64, bool) {
	if limit <= 0 {
		limit = 1000
	}
	if iv.High <= 0 || !finite(iv.Low) || !finite(iv.High) {
		return nil, true
	}
	if iv.High >= maxExactWhole {
		// Above 2⁵³ consecutive whole numbers are no longer distinct
		// float64 values: p++ would not move.
		return nil, false
	}
	var out []float64
	// Widen by one on each side: the open/closed ends are decided by
	// Reproduces, on the decimal rounding, not by float comparisons.
	for p := math.Ceil(iv.Low) - 1; p <= math.Floor(iv.High)+1; p++ {
		if p <= 0 || !iv.Reproduces(p) {
			continue
		}
		if len(out) == limit {
			return out, false
		}
		out = append(out, p)
	}
	return out, true
}

// maxExactWhole is 2⁵³, above which float64 cannot hold every whole number.
const maxExactWhole = 1 << 53

// Nearest returns the whole candidate closest to Estimate, and false when
// there is none.
func (iv PriorInterval) Nearest() (float64, bool) {
	if iv.High <= 0 || iv.High >= maxExactWhole || !finite(iv.Estimate) {
		return 0, false
	}
	// The candidates form a run of whole numbers around the estimate: search
	// outwards from it rather than listing them all.
	e := math.Round(iv.Estimate)
	for k := 0.0; e-k >= math.Floor(iv.Low)-1 || e+k <= math.Ceil(iv.High)+1; k++ {
		lo, hi := e-k, e+k
		loOK := lo > 0 && iv.Reproduces(lo)
		hiOK := k > 0 && iv.Reproduces(hi)
		switch {
		case loOK && hiOK:
			if math.Abs(hi-iv.Estimate) < math.Abs(lo-iv.Estimate) {
				return hi, true
			}
			return lo, true
		case loOK:
			return lo, true
		case hiOK:
			return hi, true
		}
	}
	return 0, false
}

// BackComputePP returns the interval of prior rates consistent with a current
// rate c and a stated change of pp percentage points rounded to decimals:
// p ∈ [c − pp − h, c − pp + h].
func BackComputePP(current, pp float64, decimals int) (low, high float64) {
	h := 0.5 * math.Pow(10, -float64(decimals))
	return current - pp - h, current - pp + h
}

// DeriveFromStated adds, for each value that states its growth over the
// previous year (Point.Changes of kind growth_pct) where the previous year has
// no value, the back-computed prior flagged FlagDerived: for counts the whole
// candidate nearest c / (1 + g/100), otherwise c / (1 + g/100) itself. It
// does the same for stated percentage points (p = c − pp) and absolute
// changes (p = c − Δ). It returns how many values it added; a count whose
// stated growth has no whole-number prior is left alone (Check reports it).
func DeriveFromStated(d *Dataset) int {
	n := 0
	for _, ind := range d.Indicators {
		kind := ind.EffectiveKind()
		// Collect first: Set inserts into the slice being walked.
		var add []Point
		for _, p := range ind.Points {
			if len(p.Changes) == 0 || p.NoLevel {
				continue
			}
			if _, ok := ind.At(p.Year - 1); ok {
				continue
			}
			var prior float64
			var st Stated
			ok := false
			for _, st = range p.Changes {
				if prior, ok = priorFromStated(p, st, kind, ind.Unit); ok {
					break
				}
			}
			if !ok {
				continue
			}
			// Shown at the precision of the value it was derived from (a
			// prior of 449.5万户 to 0.1万户), never with 13 decimals; the
			// stored value keeps full precision.
			prec := PrecisionOf(p.Decimals())
			if kind == KindCount {
				prec = PrecisionOf(0)
			}
			add = append(add, Point{Year: p.Year - 1, Period: p.Period, Value: prior, Flags: FlagDerived | p.Flags&FlagApprox,
				Precision: prec, Note: fmt.Sprintf("由%d年数值及所述变化%s反推", p.Year, st.Text)})
		}
		for _, p := range add {
			if ind.Set(p) == nil {
				n++
			}
		}
	}
	return n
}

func priorFromStated(p Point, st Stated, kind Kind, unit string) (float64, bool) {
	dec := st.Decimals()
	switch st.Kind {
	case ChangeGrowthPct:
		iv, err := BackCompute(p.Value, st.Value, dec)
		if err != nil {
			return 0, false
		}
		if kind == KindCount {
			return iv.Nearest()
		}
		return iv.Estimate, true
	case ChangePP:
		v := p.Value - st.Value
		return v, finite(v)
	case ChangeAbs:
		// An absolute change may be written in another scale of the unit
		// (粮食产量1.37万亿斤，增产74亿斤).
		delta := st.Value
		if st.Unit != "" && st.Unit != unit {
			f, ok := ConvertScale(1, ParseUnit(st.Unit), ParseUnit(unit))
			if !ok {
				return 0, false
			}
			delta *= f
		}
		v := round15(p.Value - delta)
		return v, finite(v)
	case ChangeMultiple:
		if st.Value <= 0 {
			return 0, false
		}
		v := p.Value / st.Value
		return v, finite(v)
	}
	return 0, false
}
