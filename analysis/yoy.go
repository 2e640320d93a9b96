package analysis

import (
	"errors"
	"fmt"
	"slices"
)

// DefaultPrecision is the number of decimals growth, shares and percentage
// points are shown with unless Options.Precision says otherwise.
const DefaultPrecision = 2

// Options controls Analyze. The zero value compares the latest year in the
// data with the previous year present and shows 2 decimals.
type Options struct {
	Year         int // the current year; 0: the latest year in the data
	PreviousYear int // the comparison year; 0: the latest year before Year present in the data
	// Precision is the number of decimals growth, shares and percentage
	// points are shown with. 0 selects DefaultPrecision; a negative value
	// shows whole numbers (the CLI's --precision 0).
	Precision int
}

// Decimals returns the shown precision the options select.
func (o Options) Decimals() int {
	switch {
	case o.Precision == 0:
		return DefaultPrecision
	case o.Precision < 0:
		return 0
	}
	return o.Precision
}

// Row is one indicator's year-over-year comparison.
type Row struct {
	Indicator    *Indicator
	Kind         Kind // the effective kind
	Year         int
	PreviousYear int
	Current      Point // valid when HasCurrent
	Previous     Point // valid when HasPrevious
	HasCurrent   bool
	HasPrevious  bool
	Change       Figure // c − p
	Growth       Figure // percent growth; NotApplicable for rates
	PP           Figure // percentage points; NotApplicable for non-rates
	Multiple     Figure // c / p
	Statement    string // the Chinese sentence, e.g. "实有各类市场主体28716户,比上年增长12.33%"
}

// Flags returns the row's flags in the fixed order of the JSON output:
// why figures are undefined (no_level, period_mismatch, zero_base,
// negative_base, missing_previous, missing_current) followed by the value flags (approx, derived, estimated)
// of the current and previous values.
func (r *Row) Flags() []string {
	var out []string
	switch {
	case r.HasCurrent && r.Current.NoLevel:
		out = append(out, NoLevel.String())
	case r.Change.Reason == PeriodMismatch:
		out = append(out, PeriodMismatch.String())
	case !r.HasCurrent && !r.HasPrevious:
		out = append(out, MissingPrevious.String(), MissingCurrent.String())
	case !r.HasPrevious:
		out = append(out, MissingPrevious.String())
	case !r.HasCurrent:
		out = append(out, MissingCurrent.String())
	default:
		for _, f := range []Figure{r.Growth, r.Multiple} {
			if f.Reason == ZeroBase || f.Reason == NegativeBase {
				out = append(out, f.Reason.String())
				break
			}
		}
	}
	var vf Flag
	if r.HasCurrent {
		vf |= r.Current.Flags
	}
	if r.HasPrevious {
		vf |= r.Previous.Flags
	}
	return append(out, vf.Names()...)
}

// Undefined returns the reason the row's main figure (growth for
// non-rates, percentage points for rates) is undefined, or Defined.
func (r *Row) Undefined() Reason {
	if r.Kind == KindRate {
		return r.PP.Reason
	}
	return r.Growth.Reason
}

// Table is the year-over-year comparison of a dataset.
type Table struct {
	Dataset      *Dataset
	Year         int
	PreviousYear int // 0 when the data has a single year
	Decimals     int // shown precision of growth and percentage points
	Rows         []Row
}

// ErrNoData is returned by Analyze for a dataset without values.
var ErrNoData = errors.New("dataset has no values")

// Analyze compares each indicator's value in the current year with its value
// in the comparison year, in dataset order, and writes each row's statement.
func Analyze(d *Dataset, opt Options) (*Table, error) {
	if d == nil {
		return nil, ErrNoData
	}
	years := d.Years()
	if len(years) == 0 {
		return nil, ErrNoData
	}
	year := opt.Year
	if year == 0 {
		year = d.Year
	}
	if year == 0 {
		year = years[len(years)-1]
	}
	if !slices.Contains(years, year) {
		return nil, fmt.Errorf("year %d has no values (the data has %v)", year, yearsText(years))
	}
	prev := opt.PreviousYear
	if prev == 0 {
		for i := len(years) - 1; i >= 0; i-- {
			if years[i] < year {
				prev = years[i]
				break
			}
		}
	} else if prev >= year {
		return nil, fmt.Errorf("comparison year %d is not before year %d", prev, year)
	}
	t := &Table{Dataset: d, Year: year, PreviousYear: prev, Decimals: opt.Decimals(), Rows: make([]Row, 0, len(d.Indicators))}
	for _, ind := range d.Indicators {
		t.Rows = append(t.Rows, compare(ind, year, prev, t.Decimals))
	}
	return t, nil
}

func yearsText(ys []int) string {
	if len(ys) > 6 {
		return fmt.Sprintf("%d–%d", ys[0], ys[len(ys)-1])
	}
	return fmt.Sprint(ys)
}

func compare(ind *Indicator, year, prev, decimals int) Row {
	r := Row{Indicator: ind, Kind: ind.EffectiveKind(), Year: year, PreviousYear: prev}
	r.Current, r.HasCurrent = ind.At(year)
	if prev != 0 {
		r.Previous, r.HasPrevious = ind.At(prev)
	}
	if r.HasPrevious && r.Previous.NoLevel {
		r.HasPrevious = false
	}
	switch {
	case r.HasCurrent && r.Current.NoLevel:
		// A figure stated only as a change (居民消费价格比上年上涨0.3%): a
		// row of its own, shown with its stated change.
		r.HasPrevious = false
		r.Change, r.Growth, r.PP, r.Multiple = undefined(NoLevel), undefined(NoLevel), undefined(NoLevel), undefined(NoLevel)
	case r.HasCurrent && r.HasPrevious && !SamePeriod(r.Current.Period, r.Previous.Period):
		// Comparisons only between like periods: 1-11月 is not a year.
		r.Change, r.Growth, r.PP, r.Multiple = undefined(PeriodMismatch), undefined(PeriodMismatch), undefined(PeriodMismatch), undefined(PeriodMismatch)
	case !r.HasCurrent:
		r.Change, r.Growth, r.PP, r.Multiple = undefined(MissingCurrent), undefined(MissingCurrent), undefined(MissingCurrent), undefined(MissingCurrent)
	case !r.HasPrevious:
		r.Change, r.Growth, r.PP, r.Multiple = undefined(MissingPrevious), undefined(MissingPrevious), undefined(MissingPrevious), undefined(MissingPrevious)
	default:
		c, p := r.Current.Value, r.Previous.Value
		r.Change = Change(c, p)
		r.Growth = GrowthRate(c, p)
		r.PP = PercentagePoints(c, p)
		r.Multiple = Multiple(c, p)
	}
	if keep := r.Change.Reason == NoLevel || r.Change.Reason == PeriodMismatch; r.Kind == KindRate && !keep {
		r.Growth = undefined(NotApplicable)
	} else if r.Kind != KindRate && !keep {
		r.PP = undefined(NotApplicable)
	}
	r.Statement = Statement(&r, decimals)
	return r
}

// GrowthOrPP returns the row's main relative figure: percentage points for
// rates, percent growth otherwise.
func (r *Row) GrowthOrPP() Figure {
	if r.Kind == KindRate {
		return r.PP
	}
	return r.Growth
}
