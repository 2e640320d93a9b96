package analysis

import (
	"fmt"
	"math"
	"strconv"
)

// Reason says why a figure is undefined.
type Reason uint8

// Reasons a figure can be undefined. The zero value, Defined, means the
// figure has a value.
const (
	Defined         Reason = iota
	ZeroBase               // the base (previous value, total, first value) is 0
	NegativeBase           // the base is negative
	MissingPrevious        // no previous value
	MissingCurrent         // no current value
	NotApplicable          // the figure does not apply (growth % of a rate)
	OutOfRange             // the result would not be a finite number
	NoLevel                // the source stated only a change, not the value (Point.NoLevel)
	PeriodMismatch         // the two values cover different periods (1-11月 vs the whole year)
)

var reasonNames = [...]string{"", "zero_base", "negative_base", "missing_previous", "missing_current", "not_applicable", "out_of_range", "no_level", "period_mismatch"}

// String returns the reason's name as used in output flags ("zero_base" …).
func (r Reason) String() string {
	if int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return fmt.Sprintf("Reason(%d)", r)
}

// Chinese returns the reason as a footnote would print it.
func (r Reason) Chinese() string {
	switch r {
	case ZeroBase:
		return "上年为0，增速无意义"
	case NegativeBase:
		return "基期为负，增速无意义"
	case MissingPrevious:
		return "缺少上年数据"
	case MissingCurrent:
		return "缺少本年数据"
	case NotApplicable:
		return "不适用"
	case OutOfRange:
		return "数值超出范围"
	case NoLevel:
		return "原文仅述变化，无绝对数"
	case PeriodMismatch:
		return "两年数据期间不同，不可比"
	}
	return ""
}

// Figure is a computed figure: either a finite value (Reason == Defined) or
// undefined with a reason. The zero value is the defined figure 0.
type Figure struct {
	Value  float64
	Reason Reason
}

// OK reports whether the figure has a value.
func (f Figure) OK() bool { return f.Reason == Defined }

// Float returns the value and whether it is defined.
func (f Figure) Float() (float64, bool) { return f.Value, f.Reason == Defined }

func defined(v float64) Figure {
	if !finite(v) {
		return Figure{Reason: OutOfRange}
	}
	return Figure{Value: v}
}

func undefined(r Reason) Figure { return Figure{Reason: r} }

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// Change is the absolute change c − p.
//
// The difference is exact in decimal: it has no more decimals than c and p
// as written (16345175.09 − 15865274.14 = 479900.95, not the float
// 479900.9499999993).
func Change(c, p float64) Figure { return defined(decimalDiff(c, p)) }

// GrowthRate is the percent growth (c − p) / p × 100.
// It is undefined for p = 0 (ZeroBase: report "new", not ∞) and p < 0
// (NegativeBase: the sign of the ratio would mislead).
func GrowthRate(c, p float64) Figure {
	switch {
	case p == 0:
		return undefined(ZeroBase)
	case p < 0:
		return undefined(NegativeBase)
	}
	return defined((c - p) / p * 100)
}

// PercentagePoints is the change of a rate, c − p, in percentage points.
// Like Change, it is exact in decimal (98.06 − 96.86 = 1.2).
func PercentagePoints(c, p float64) Figure { return defined(decimalDiff(c, p)) }

// decimalDiff is c − p rounded to the larger number of decimals of c and p
// as written: the exact decimal difference, without binary noise. Values
// with more than 12 decimals are left to float arithmetic.
func decimalDiff(c, p float64) float64 {
	d := c - p
	if !finite(d) {
		return d
	}
	dec := max(decimalsOf(c), decimalsOf(p))
	if dec > 12 {
		return d
	}
	var buf [64]byte
	r, err := strconv.ParseFloat(string(AppendFixed(buf[:0], d, dec)), 64)
	if err != nil {
		return d
	}
	return r
}

// Multiple is c / p, how many times the previous value the current one is.
// It is undefined for p ≤ 0.
func Multiple(c, p float64) Figure {
	switch {
	case p == 0:
		return undefined(ZeroBase)
	case p < 0:
		return undefined(NegativeBase)
	}
	return defined(c / p)
}

// Share is part / total × 100, the share (占比) of a part in percent.
// It is undefined for total = 0, and for a negative total.
func Share(part, total float64) Figure {
	switch {
	case total == 0:
		return undefined(ZeroBase)
	case total < 0:
		return undefined(NegativeBase)
	}
	return defined(part / total * 100)
}

// CAGR is the compound annual growth rate over n years, in percent:
//
//	((last / first)^(1/n) − 1) × 100
//
// It is undefined for first ≤ 0, last < 0 or n ≤ 0.
func CAGR(first, last float64, n int) Figure {
	switch {
	case first == 0:
		return undefined(ZeroBase)
	case first < 0:
		return undefined(NegativeBase)
	case last < 0 || n <= 0:
		return undefined(OutOfRange)
	}
	return defined((math.Pow(last/first, 1/float64(n)) - 1) * 100)
}

// Index is v / base × 100, the value as an index with the base year = 100.
// It is undefined for base ≤ 0.
func Index(v, base float64) Figure {
	switch {
	case base == 0:
		return undefined(ZeroBase)
	case base < 0:
		return undefined(NegativeBase)
	}
	return defined(v / base * 100)
}
