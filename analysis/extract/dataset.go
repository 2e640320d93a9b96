package extract

import (
	"fmt"
	"strconv"

	"github.com/annualstat/annualstat/analysis"
)

// stated converts a change to the analysis package's form: Text is the
// number with the decimals it was written with (which give the rounding),
// Base the comparison as written (比上年, 同比), Unit the unit of an absolute
// change when it differs from the figure's (万人 on a figure in 人).
func stated(ch *Change, figUnit string) (*analysis.Stated, error) {
	if ch == nil {
		return nil, nil
	}
	k, err := analysis.ParseChangeKind(ch.Kind)
	if err != nil {
		return nil, err
	}
	if !finite(ch.Value) {
		return nil, fmt.Errorf("change %q is not a finite number", ch.Text)
	}
	st := &analysis.Stated{Kind: k, Value: ch.Value, Text: strconv.FormatFloat(ch.Value, 'f', max(ch.Decimals, 0), 64),
		Precision: analysis.PrecisionOf(ch.Decimals), Base: ch.base, Verb: ch.verb}
	if ch.Kind == Abs && ch.Unit != figUnit {
		st.Unit = ch.Unit
	}
	return st, nil
}

// statedAll converts all the changes of a figure, leaving out changes over
// several years (年均增长: isMultiYearBase), a second change at comparable
// prices (Change.aside) and those whose back-computation
// cannot run on the value (see safeToDerive).
func statedAll(f *Figure) ([]analysis.Stated, error) {
	var out []analysis.Stated
	for i := range f.Changes {
		if isMultiYearBase(f.Changes[i].base) || f.Changes[i].aside {
			// 年均增长6.2%: not a change over the year before.
			continue
		}
		st, err := stated(&f.Changes[i], f.Unit)
		if err != nil {
			return nil, err
		}
		if !f.Missing && !safeToDerive(f.Value, f.Unit, st) {
			continue
		}
		st.Ambiguous = f.Flags&Ambiguous != 0 && st.Kind == analysis.ChangeGrowthPct
		out = append(out, *st)
	}
	return out, nil
}

func pointFlags(f Flags) analysis.Flag {
	var out analysis.Flag
	if f&Approx != 0 {
		out |= analysis.FlagApprox
	}
	if f&Derived != 0 {
		out |= analysis.FlagDerived
	}
	return out
}

// ToDataset builds the dataset of the figures: one indicator per
// (section, name, unit) with the names of RowNames, one point per figure,
// the parent of each part, and for each value its qualifier as written
// (Point.Qualifier), its precision as written (Point.Precision) and all its
// stated changes (Point.Changes) for the consistency checks. A figure stated
// only as a change (Missing) is a point with NoLevel set. It then adds the
// prior-year values that the stated changes imply, flagged derived
// (analysis.DeriveFromStated), unless the text states them. Ranges (3-5个)
// and the figures of stated absolute changes (ChangeOf, already a change of
// their figure) are left out. A figure with no year takes opt.Year; with
// neither it is an error. Dataset.Year is opt.Year, or the latest year of
// the figures.
func ToDataset(figs []Figure, opt Options) (*analysis.Dataset, error) {
	// The names are unique per year the dataset gives the figures: a
	// figure with no year takes opt.Year, so it must not clash with one
	// that states it.
	named := figs
	if opt.Year != 0 {
		named = make([]Figure, len(figs))
		copy(named, figs)
		for i := range named {
			if named[i].Year == 0 {
				named[i].Year = opt.Year
			}
		}
	}
	names := RowNames(named)
	d := &analysis.Dataset{Year: opt.Year}
	for i := range figs {
		f := &figs[i]
		if f.Range || f.ChangeOf != "" {
			continue
		}
		year := f.Year
		if year == 0 {
			year = opt.Year
		}
		if year == 0 {
			return nil, fmt.Errorf("extract: figure %d (%s, byte %d): no year; set Options.Year", i, f.Indicator, f.Span[0])
		}
		if !finite(f.Value) {
			return nil, fmt.Errorf("extract: figure %d (%s, byte %d): value is not a finite number", i, f.Indicator, f.Span[0])
		}
		sts, err := statedAll(f)
		if err != nil {
			return nil, fmt.Errorf("extract: figure %d (%s, byte %d): %w", i, f.Indicator, f.Span[0], err)
		}
		if f.Missing && len(sts) == 0 {
			continue
		}
		ind := d.Indicator(f.Section, names[i], f.Unit)
		if f.Parent != "" && ind.Parent == "" {
			parent := f.Parent
			if f.parent > 0 && f.parent <= len(figs) && figs[f.parent-1].Indicator == f.Parent {
				parent = names[f.parent-1]
			}
			ind.Parent = parent
		}
		note := ""
		if f.Flags&Ambiguous != 0 && f.Change != nil {
			note = "所述变化“" + f.Change.Text + "”也可能属于同句的另一数字"
		}
		p := analysis.Point{Year: year, Period: periodOf(f.Period), Value: f.Value, Flags: pointFlags(f.Flags), Note: note,
			Changes: sts, NoLevel: f.Missing}
		if f.Missing {
			p.Value = 0
		} else {
			p.Precision = analysis.PrecisionOfText(f.Number)
		}
		if q, ok := analysis.ParseQualifier(f.Qualifier); ok && q != "" {
			p.Qualifier = q
			p.Flags |= analysis.FlagApprox
		}
		if err := ind.Set(p); err != nil {
			return nil, fmt.Errorf("extract: figure %d (%s, byte %d): %w", i, f.Indicator, f.Span[0], err)
		}
		if opt.Year == 0 && year > d.Year && !f.Prior {
			d.Year = year
		}
	}
	markSubsets(d)
	analysis.DeriveFromStated(d)
	return d, nil
}

// markSubsets marks the totals of the parts found in the text as 其中
// lists (analysis.BreakdownSubset, SPEC §9): their parts may not exceed the
// total and need not reach it.
func markSubsets(d *analysis.Dataset) {
	type sn struct{ section, name string }
	parents := map[sn]bool{}
	for _, ind := range d.Indicators {
		if ind.Parent != "" {
			parents[sn{ind.Section, ind.Parent}] = true
		}
	}
	for _, ind := range d.Indicators {
		if parents[sn{ind.Section, ind.Name}] && ind.Breakdown == analysis.BreakdownExhaustive {
			ind.Breakdown = analysis.BreakdownSubset
		}
	}
}

// periodOf is the part-of-year period of a figure's period text: "" for a
// whole year ("2022年", "2022年度").
func periodOf(p string) string {
	if isYearOnly(p) {
		return ""
	}
	return p
}

// Derive returns figs followed by the prior-year values their stated
// changes imply, flagged Derived, as the analysis package computes them
// (analysis.DeriveFromStated: for a count the whole-number candidate
// nearest c/(1+g/100), otherwise c/(1+g/100); c − Δ for percentage points
// and absolute changes; c/m for a multiple). A derived figure keeps the
// sentence and span of the figure it was computed from. No prior is derived
// where the text states one, where the stated growth has no whole-number
// prior, or for a figure without a year.
func Derive(figs []Figure) []Figure {
	if len(figs) == 0 {
		return nil // as append([]Figure(nil), figs...) gives
	}
	// Room for a prior of every figure with a change: the figures are
	// copied once, not again when the priors are appended.
	changed := 0
	for i := range figs {
		if figs[i].Change != nil {
			changed++
		}
	}
	out := make([]Figure, len(figs), len(figs)+changed)
	copy(out, figs)
	names := RowNames(figs)
	type key struct {
		section, name, unit string
		year                int
	}
	have := make(map[key]bool, len(figs))
	for i := range figs {
		have[key{figs[i].Section, names[i], figs[i].Unit, figs[i].Year}] = true
	}
	for i := range figs {
		f := &figs[i]
		if f.Missing || f.Change == nil || f.Year == 0 || f.Prior || f.Range || f.ChangeOf != "" || have[key{f.Section, names[i], f.Unit, f.Year - 1}] {
			continue
		}
		sts, err := statedAll(f)
		if err != nil || len(sts) == 0 {
			continue
		}
		ind := &analysis.Indicator{Section: f.Section, Name: names[i], Unit: f.Unit}
		if ind.Set(analysis.Point{Year: f.Year, Value: f.Value, Flags: pointFlags(f.Flags), Changes: sts}) != nil {
			continue
		}
		d := &analysis.Dataset{Indicators: []*analysis.Indicator{ind}}
		if analysis.DeriveFromStated(d) == 0 {
			continue
		}
		p, ok := ind.At(f.Year - 1)
		if !ok || !finite(p.Value) {
			continue
		}
		g := *f
		g.Year = f.Year - 1
		g.Value = p.Value
		g.Flags = Derived | f.Flags&Approx
		g.Change, g.Changes = nil, nil
		g.Prior = true
		g.Qualifier = ""
		g.Number = ""
		if isYearOnly(f.Period) {
			g.Period = ""
		}
		out = append(out, g)
		have[key{f.Section, names[i], f.Unit, f.Year - 1}] = true
	}
	return out
}

// safeToDerive reports whether analysis.DeriveFromStated can back-compute
// from the statement: for a count with a stated growth, the interval of
// priors must stay within the range where whole numbers can be stepped
// through (|p| ≤ 10¹²) and be narrow enough to search.
func safeToDerive(value float64, unit string, st *analysis.Stated) bool {
	if st.Kind != analysis.ChangeGrowthPct || analysis.KindOf(unit) != analysis.KindCount {
		return true
	}
	iv, err := analysis.BackCompute(value, st.Value, analysis.Decimals(st.Text))
	if err != nil {
		return true // DeriveFromStated skips it too
	}
	return iv.High <= maxWhole && iv.High-iv.Low <= 1e9
}
