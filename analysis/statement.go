package analysis

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FormatValue writes a value the way a report prints it: counts as whole
// numbers, amounts, scores and rates as given (shortest decimal form, no
// float noise), without thousands separators, as the national bulletins do.
// A count that is not whole (an average, a derived estimate) keeps its
// decimals.
func FormatValue(v float64, kind Kind) string {
	if !finite(v) {
		return ""
	}
	if kind == KindCount && v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatInt(int64(v), 10)
	}
	// Shortest decimal form, trimmed to 10 decimals to hide binary noise of
	// computed values (0.1+0.2), then trailing zeros removed.
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if _, frac, ok := strings.Cut(s, "."); ok && len(frac) > 10 {
		s = strings.TrimRight(strings.TrimRight(FormatFixed(v, 10), "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// comparisonPhrase is "比上年" for consecutive years and "比2019年" otherwise.
func comparisonPhrase(year, prev int) string {
	if prev == 0 || prev == year-1 {
		return "比上年"
	}
	return "比" + strconv.Itoa(prev) + "年"
}

// valueText is the value with its unit, prefixed 约 when approximate.
func valueText(p Point, unit string, kind Kind) string {
	s := FormatValue(p.Value, kind) + unit
	if p.Flags&FlagApprox != 0 {
		s = "约" + s
	}
	return s
}

// Statement returns the Chinese sentence the national statistical bulletins
// would print for a row, with growth and percentage points shown to decimals
// places:
//
//	实有各类市场主体28716户,比上年增长12.33%
//	网办率100%,比上年提高1.20个百分点
//	…,与上年持平            (|g| below the shown precision)
//	…,比上年增长1.50倍      (growth ≥ 100%: c = 2.5p; never "下降N倍")
//	…,上年为0              (zero base)
//	…,比上年增加1200万元    (negative base: the absolute change)
//
// A row without a current value has no statement; a row without a previous
// value states the current value alone.
func Statement(r *Row, decimals int) string {
	if !r.HasCurrent {
		return ""
	}
	ind := r.Indicator
	var b strings.Builder
	b.WriteString(subject(ind.Name))
	b.WriteString(valueText(r.Current, ind.Unit, r.Kind))
	if !r.HasPrevious {
		return b.String()
	}
	b.WriteString(",")
	cmp := comparisonPhrase(r.Year, r.PreviousYear)
	if r.Kind == KindRate {
		pp := r.PP.Value
		shown := FormatFixed(math.Abs(pp), decimals)
		switch {
		case isZeroText(shown):
			b.WriteString("与上年持平")
			if cmp != "比上年" {
				b.Reset()
				b.WriteString(subject(ind.Name) + valueText(r.Current, ind.Unit, r.Kind) + ",与" + strings.TrimPrefix(cmp, "比") + "持平")
			}
		case pp > 0:
			b.WriteString(cmp + "提高" + shown + "个百分点")
		default:
			b.WriteString(cmp + "下降" + shown + "个百分点")
		}
		return b.String()
	}
	switch r.Growth.Reason {
	case ZeroBase:
		if cmp == "比上年" {
			b.WriteString("上年为0")
		} else {
			b.WriteString(strings.TrimPrefix(cmp, "比") + "为0")
		}
		return b.String()
	case NegativeBase:
		d := r.Change.Value
		shown := FormatValue(math.Abs(d), r.Kind)
		switch {
		case d > 0:
			b.WriteString(cmp + "增加" + shown + ind.Unit)
		case d < 0:
			b.WriteString(cmp + "减少" + shown + ind.Unit)
		default:
			b.WriteString(samePhrase(cmp))
		}
		return b.String()
	}
	g := r.Growth.Value
	shown := FormatFixed(math.Abs(g), decimals)
	switch {
	case isZeroText(shown):
		b.WriteString(samePhrase(cmp))
	case g >= 100:
		// 增长N倍 means c = (N+1)·p, so N is the growth divided by 100.
		b.WriteString(cmp + "增长" + FormatFixed(g/100, decimals) + "倍")
	case g > 0:
		b.WriteString(cmp + "增长" + shown + "%")
	default:
		// A decline is at most 100% and is never said in 倍.
		b.WriteString(cmp + "下降" + shown + "%")
	}
	return b.String()
}

// subject is the indicator's name as the subject of a statement. A name
// that ends in a digit or a Latin letter ("指标000001", "PM2.5") would run
// into the value ("指标00000119.84%"), so it gets 为 before the value.
func subject(name string) string {
	r, _ := utf8.DecodeLastRuneInString(name)
	if r < utf8.RuneSelf && (unicode.IsDigit(r) || unicode.IsLetter(r)) || unicode.Is(unicode.Nd, r) {
		return name + "为"
	}
	return name
}

func samePhrase(cmp string) string {
	return "与" + strings.TrimPrefix(cmp, "比") + "持平"
}

func isZeroText(s string) bool {
	for _, r := range s {
		if r != '0' && r != '.' {
			return false
		}
	}
	return true
}
