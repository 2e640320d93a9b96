package analysis

import (
	"bytes"
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// FormatValue writes a value the way a report prints it: counts as whole
// numbers, amounts, scores and rates as given (shortest decimal form, no
// float noise), without thousands separators, as the national bulletins do.
// A count that is not whole (an average, a derived estimate) keeps its
// decimals.
func FormatValue(v float64, kind Kind) string {
	var scratch [64]byte
	return string(AppendValue(scratch[:0], v, kind))
}

// AppendValue appends FormatValue(v, kind) to dst.
func AppendValue(dst []byte, v float64, kind Kind) []byte {
	if !finite(v) {
		return dst
	}
	if kind == KindCount && v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.AppendInt(dst, int64(v), 10)
	}
	// Computed values carry binary noise in their last digits
	// (5966580.03 − 6102483.06 = −135903.0299999993): keep 15 significant
	// digits, as spreadsheets do, which leaves every value as written alone.
	var sig [32]byte
	if v15, err := strconv.ParseFloat(string(strconv.AppendFloat(sig[:0], v, 'g', 15, 64)), 64); err == nil {
		v = v15
	}
	start := len(dst)
	dst = strconv.AppendFloat(dst, v, 'f', -1, 64)
	// More than 10 decimals is binary noise of a computed value (0.1+0.2):
	// round to 10 and drop the trailing zeros.
	if dot := bytes.IndexByte(dst[start:], '.'); dot >= 0 && len(dst)-start-dot-1 > 10 {
		dst = AppendFixed(dst[:start], v, 10)
		dst = bytes.TrimRight(dst, "0")
		dst = bytes.TrimSuffix(dst, []byte("."))
	}
	if string(dst[start:]) == "-0" {
		dst = append(dst[:start], '0')
	}
	return dst
}

// appendComparison appends "比上年" for consecutive years and "比2019年"
// otherwise; without the leading 比 when bare is set ("上年", "2019年").
func appendComparison(dst []byte, year, prev int, bare bool) []byte {
	if !bare {
		dst = append(dst, "比"...)
	}
	if prev == 0 || prev == year-1 {
		return append(dst, "上年"...)
	}
	return append(strconv.AppendInt(dst, int64(prev), 10), "年"...)
}

// appendValueText appends the value with its unit, prefixed 约 when
// approximate.
func appendValueText(dst []byte, p Point, unit string, kind Kind) []byte {
	if p.Flags&FlagApprox != 0 {
		dst = append(dst, "约"...)
	}
	return append(AppendValue(dst, p.Value, kind), unit...)
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
	var scratch [192]byte
	return string(appendStatement(scratch[:0], r, decimals))
}

func appendStatement(b []byte, r *Row, decimals int) []byte {
	ind := r.Indicator
	b = appendSubject(b, ind.Name)
	b = appendValueText(b, r.Current, ind.Unit, r.Kind)
	if !r.HasPrevious {
		return b
	}
	b = append(b, "，"...)
	var num [64]byte
	if r.Kind == KindRate {
		pp := r.PP.Value
		shown := AppendFixed(num[:0], math.Abs(pp), decimals)
		switch {
		case allZeroDigits(shown):
			return appendSame(b, r)
		case pp > 0:
			b = append(appendComparison(b, r.Year, r.PreviousYear, false), "提高"...)
		default:
			b = append(appendComparison(b, r.Year, r.PreviousYear, false), "下降"...)
		}
		return append(append(b, shown...), "个百分点"...)
	}
	switch r.Growth.Reason {
	case ZeroBase:
		return append(appendComparison(b, r.Year, r.PreviousYear, true), "为0"...)
	case NegativeBase:
		d := r.Change.Value
		switch {
		case d > 0:
			b = append(appendComparison(b, r.Year, r.PreviousYear, false), "增加"...)
		case d < 0:
			b = append(appendComparison(b, r.Year, r.PreviousYear, false), "减少"...)
		default:
			return appendSame(b, r)
		}
		return append(AppendValue(b, math.Abs(d), r.Kind), ind.Unit...)
	}
	g := r.Growth.Value
	shown := AppendFixed(num[:0], math.Abs(g), decimals)
	switch {
	case allZeroDigits(shown):
		return appendSame(b, r)
	case g >= 100:
		// 增长N倍 means c = (N+1)·p, so N is the growth divided by 100.
		b = append(appendComparison(b, r.Year, r.PreviousYear, false), "增长"...)
		return append(AppendFixed(b, g/100, decimals), "倍"...)
	case g > 0:
		b = append(appendComparison(b, r.Year, r.PreviousYear, false), "增长"...)
	default:
		// A decline is at most 100% and is never said in 倍.
		b = append(appendComparison(b, r.Year, r.PreviousYear, false), "下降"...)
	}
	return append(append(b, shown...), '%')
}

// appendSame appends "与上年持平" ("与2019年持平").
func appendSame(b []byte, r *Row) []byte {
	b = append(b, "与"...)
	return append(appendComparison(b, r.Year, r.PreviousYear, true), "持平"...)
}

// appendSubject appends the indicator's name as the subject of a statement.
// A name that ends in a digit or a Latin letter ("指标000001", "ＡＢ２")
// would run into the value ("指标00000119.84%"), so it gets 为 before the
// value.
func appendSubject(b []byte, name string) []byte {
	b = append(b, name...)
	r, _ := utf8.DecodeLastRuneInString(name)
	if r < utf8.RuneSelf && (unicode.IsDigit(r) || unicode.IsLetter(r)) || unicode.Is(unicode.Nd, r) ||
		r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ' {
		b = append(b, "为"...)
	}
	return b
}
