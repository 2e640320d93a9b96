package analysis

import (
	"errors"
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/stat"
)

// Summary describes the values of a multi-year series.
type Summary struct {
	N      int     // number of values
	Min    float64 // smallest value
	Max    float64 // largest value
	Mean   float64 // arithmetic mean
	StdDev Figure  // sample standard deviation; undefined (OutOfRange) for N < 2
	CV     Figure  // coefficient of variation StdDev/Mean × 100; undefined for Mean ≤ 0
}

// ErrTooFewValues is returned when a statistic needs more values than given.
var ErrTooFewValues = errors.New("too few values")

// Describe returns the descriptive statistics of values, computed with
// gonum's stat package:
//
//	mean = Σx/n,  sd = sqrt(Σ(x − mean)² / (n − 1)),  cv = sd/mean × 100
func Describe(values []float64) (Summary, error) {
	if len(values) == 0 {
		return Summary{}, ErrTooFewValues
	}
	for _, v := range values {
		if !finite(v) {
			return Summary{}, errors.New("describe: value is not a finite number")
		}
	}
	s := Summary{N: len(values), Min: floats.Min(values), Max: floats.Max(values), Mean: stat.Mean(values, nil)}
	if len(values) < 2 {
		s.StdDev, s.CV = undefined(OutOfRange), undefined(OutOfRange)
		return s, nil
	}
	s.StdDev = defined(stat.StdDev(values, nil))
	switch {
	case s.Mean == 0:
		s.CV = undefined(ZeroBase)
	case s.Mean < 0:
		s.CV = undefined(NegativeBase)
	default:
		s.CV = defined(s.StdDev.Value / s.Mean * 100)
	}
	return s, nil
}

// Trend is a least-squares line through a series, value = Intercept +
// Slope·year.
type Trend struct {
	Intercept float64
	Slope     float64 // change per year, in the indicator's unit
	R2        float64 // coefficient of determination, in [0, 1]
	N         int
}

// At returns the trend value at year.
func (t Trend) At(year float64) float64 { return t.Intercept + t.Slope*year }

// LinearTrend fits value = α + β·year by least squares with gonum's
// stat.LinearRegression and reports R² (stat.RSquared). It needs at least
// two distinct years.
func LinearTrend(years, values []float64) (Trend, error) {
	if len(years) != len(values) {
		return Trend{}, errors.New("linear trend: years and values differ in length")
	}
	if len(years) < 2 {
		return Trend{}, ErrTooFewValues
	}
	for i := range years {
		if !finite(years[i]) || !finite(values[i]) {
			return Trend{}, errors.New("linear trend: value is not a finite number")
		}
	}
	if floats.Max(years) == floats.Min(years) {
		return Trend{}, errors.New("linear trend: all values are of one year")
	}
	// Centre the years: regressing on 2015…2024 directly loses precision in
	// the intercept.
	x0 := stat.Mean(years, nil)
	xs := make([]float64, len(years))
	for i, y := range years {
		xs[i] = y - x0
	}
	alpha, beta := stat.LinearRegression(xs, values, nil, false)
	r2 := stat.RSquared(xs, values, nil, alpha, beta)
	if math.IsNaN(r2) { // constant series: the line fits perfectly
		r2 = 1
	}
	return Trend{Intercept: alpha - beta*x0, Slope: beta, R2: r2, N: len(years)}, nil
}

// SeriesTrend fits LinearTrend to an indicator's values.
func SeriesTrend(ind *Indicator) (Trend, error) {
	ys := make([]float64, len(ind.Points))
	vs := make([]float64, len(ind.Points))
	for i, p := range ind.Points {
		ys[i], vs[i] = float64(p.Year), p.Value
	}
	return LinearTrend(ys, vs)
}

// SeriesCAGR is the compound annual growth of an indicator between its
// first and last values (CAGR over last.Year − first.Year years).
func SeriesCAGR(ind *Indicator) Figure {
	if len(ind.Points) < 2 {
		return undefined(MissingPrevious)
	}
	first, last := ind.Points[0], ind.Points[len(ind.Points)-1]
	return CAGR(first.Value, last.Value, last.Year-first.Year)
}
