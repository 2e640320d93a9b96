package analysis

import (
	"bytes"
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

// FormatPoint formats a point's value as a report shows it: with the
// decimals it was written with when they are known (0.3200元/股, 43.40万宗;
// a prior back-computed from 449.5万户 to 0.1万户), else as FormatValue.
func FormatPoint(p Point, kind Kind) string {
	var scratch [64]byte
	return string(AppendPoint(scratch[:0], p, kind))
}

// AppendPoint appends FormatPoint(p, kind) to dst.
func AppendPoint(dst []byte, p Point, kind Kind) []byte {
	if d, ok := p.Precision.Decimals(); ok {
		return AppendFixed(dst, p.Value, d)
	}
	return AppendValue(dst, p.Value, kind)
}

// appendValueText appends the value with its unit and the qualifier the
// source wrote, in its place (540多个, 近1900家次, 约2.25亿元, 1000人左右).
// A value flagged approximate without its word gets 约.
func appendValueText(dst []byte, p Point, unit string, kind Kind) []byte {
	q := p.Qualifier
	if q == "" && p.Flags&FlagApprox != 0 {
		q = "约"
	}
	var num [64]byte
	return q.Append(dst, string(AppendPoint(num[:0], p, kind)), unit)
}

// Statement returns the Chinese sentence the national statistical bulletins
// would print for a row, with growth and percentage points shown to decimals
// places:
//
//	实有各类市场主体28716户，比上年增长12.33%
//	网办率100%，比上年提高1.20个百分点
//	…，与上年持平            (|g| below the shown precision)
//	…，比上年增长1.50倍      (growth ≥ 100%: c = 2.5p; never "下降N倍")
//	…，上年为0              (zero base)
//	…，比上年增加1200万元    (negative base: the absolute change)
//
// The period of a part-year or point-in-time value leads the sentence
// (1-11月归集上报数据11737条) and the comparison says 比上年同期 or 比上年末.
// The qualifier the source wrote is kept (540多个). When the source stated
// the change itself (Point.Changes), the statement repeats it as written,
// whether or not the previous value is known,
// with its own decimals and base (比上年增长4.6%，比上年末减少1.2万人;
// 同比下降2.60%，减少7件), rather than a figure we computed; a figure
// stated only as a change (Point.NoLevel) is said with its change alone
// (居民消费价格比上年上涨0.3%). A row without a current value has no
// statement; a row without a previous value and no stated change states the
// current value alone.
func Statement(r *Row, decimals int) string {
	if !r.HasCurrent {
		return ""
	}
	var scratch [192]byte
	return string(appendStatement(scratch[:0], r, decimals))
}

func appendStatement(b []byte, r *Row, decimals int) []byte {
	ind := r.Indicator
	b = appendPeriod(b, r.Current.Period, ind.Name)
	sayable := false
	for _, st := range r.Current.Changes {
		sayable = sayable || !st.Ambiguous
	}
	if r.Current.NoLevel {
		b = append(b, ind.Name...)
		if !sayable {
			return b
		}
		return appendStatedChanges(b, r, false)
	}
	b = appendSubject(b, ind.Name)
	b = appendValueText(b, r.Current, ind.Unit, r.Kind)
	if sayable {
		// The source's own statement of the change, as written, even when
		// both values are known: 比上年末减少1.2万人 stays absolute (a
		// contradiction between the two is Check's to report).
		return appendStatedChanges(append(b, "，"...), r, false)
	}
	if !r.HasPrevious || r.Change.Reason == PeriodMismatch {
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
			b = append(appendBase(b, r, nil, false), "提高"...)
		default:
			b = append(appendBase(b, r, nil, false), "下降"...)
		}
		return append(append(b, shown...), pointsUnit(ind)...)
	}
	switch r.Growth.Reason {
	case ZeroBase:
		return append(appendBase(b, r, nil, true), "为0"...)
	case NegativeBase:
		d := r.Change.Value
		switch {
		case d > 0:
			b = append(appendBase(b, r, nil, false), "增加"...)
		case d < 0:
			b = append(appendBase(b, r, nil, false), "减少"...)
		default:
			return appendSame(b, r)
		}
		// At the decimals of the values compared: a derived prior never
		// brings 13 decimals into the sentence.
		return append(AppendFixed(b, math.Abs(d), max(r.Current.Decimals(), r.Previous.Decimals())), ind.Unit...)
	}
	g := r.Growth.Value
	shown := AppendFixed(num[:0], math.Abs(g), decimals)
	switch {
	case allZeroDigits(shown):
		return appendSame(b, r)
	case g >= 100:
		// 增长N倍 means c = (N+1)·p, so N is the growth divided by 100.
		b = append(appendBase(b, r, nil, false), "增长"...)
		return append(AppendFixed(b, g/100, decimals), "倍"...)
	case g > 0:
		b = append(appendBase(b, r, nil, false), "增长"...)
	default:
		// A decline is at most 100% and is never said in 倍.
		b = append(appendBase(b, r, nil, false), "下降"...)
	}
	return append(append(b, shown...), '%')
}

// pointsUnit is 个百分点, or 个千分点 for ‰.
func pointsUnit(ind *Indicator) string {
	if ind.EffectiveClass() == ClassPerMille {
		return "个千分点"
	}
	return "个百分点"
}

// appendPeriod appends a part-year or point-in-time period that leads the
// statement (1-11月, 年末, 截至9月20日), unless the name already says it.
func appendPeriod(b []byte, period, name string) []byte {
	if period == "" || PeriodKindOf(period) == PeriodAnnual || strings.Contains(name, period) {
		return b
	}
	return append(b, period...)
}

// appendBase appends the comparison of a change: the base the source wrote
// (st.Base: 比上年末, 同比 …), else 比上年 / 比2019年, with 同期 for a
// part of a year and 末 for a point in time (比上年同期, 比上年末). Bare
// drops the leading 比 (上年为0).
func appendBase(dst []byte, r *Row, st *Stated, bare bool) []byte {
	if st == nil && r.Previous.Flags&FlagDerived != 0 && len(r.Current.Changes) > 0 {
		// The prior was derived from a stated change: its comparison as
		// written (比去年同期) is the one to say.
		st = &r.Current.Changes[0]
	}
	if st != nil && st.Base != "" {
		base := st.Base
		if bare {
			base = strings.TrimPrefix(base, "比")
		}
		return append(dst, base...)
	}
	prev := r.PreviousYear
	if st != nil {
		prev = baseYear(*st, r.Year)
	}
	dst = appendComparison(dst, r.Year, prev, bare)
	switch PeriodKindOf(r.Current.Period) {
	case PeriodPartial:
		dst = append(dst, "同期"...)
	case PeriodPoint:
		dst = append(dst, "末"...)
	}
	return dst
}

// appendStatedChanges appends the point's stated changes as written, joined
// by "，"; the base is said once unless a later change has its own.
//
// A change the text may attach to another figure (Ambiguous) is left out:
// the statement says only what the source says of this figure. A multiple
// keeps its phrasing: 增长5倍 and 提升5倍 (c = 6p) stay so; 提升到5倍 and a
// multiple without a verb are said 为上年的5倍 (c = 5p).
func appendStatedChanges(b []byte, r *Row, _ bool) []byte {
	lastBase := "\x00"
	n := 0
	for i := range r.Current.Changes {
		st := &r.Current.Changes[i]
		if st.Ambiguous {
			continue
		}
		if n > 0 {
			b = append(b, "，"...)
		}
		n++
		if st.Kind == ChangeMultiple {
			b = appendMultiple(b, r, st, i == 0 || st.Base != "" && st.Base != lastBase)
			lastBase = st.Base
			continue
		}
		if st.Value == 0 && st.Kind != ChangeMultiple {
			b = append(b, "与"...)
			b = append(appendBase(b, r, st, true), "持平"...)
			lastBase = st.Base
			continue
		}
		if n == 1 || st.Base != "" && st.Base != lastBase {
			b = appendBase(b, r, st, false)
		}
		lastBase = st.Base
		b = append(b, changeVerb(st, r.Indicator)...)
		b = append(b, statedNumber(st)...)
		switch st.Kind {
		case ChangeGrowthPct:
			b = append(b, '%')
		case ChangePP:
			b = append(b, pointsUnit(r.Indicator)...)
		case ChangeMultiple:
			b = append(b, "倍"...)
		case ChangeAbs:
			if st.Unit != "" {
				b = append(b, st.Unit...)
			} else {
				b = append(b, r.Indicator.Unit...)
			}
		}
	}
	return b
}

// appendMultiple appends a stated multiple (Value is c/p) as the source
// phrased it.
func appendMultiple(b []byte, r *Row, st *Stated, withBase bool) []byte {
	v := strings.TrimSuffix(st.Verb, "了")
	d := st.Decimals()
	if v != "" && !strings.HasSuffix(v, "到") && !strings.HasSuffix(v, "至") && v != "是" && v != "为" {
		// 增长5倍, 提升5倍: the growth in multiples, c/p − 1.
		if withBase {
			b = appendBase(b, r, st, false)
		}
		b = append(b, v...)
		return append(AppendFixed(b, st.Value-1, d), "倍"...)
	}
	if v != "" {
		// 提升到5倍.
		b = append(b, v...)
		return append(AppendFixed(b, st.Value, d), "倍"...)
	}
	b = append(b, "为"...)
	b = append(appendBase(b, r, st, true), "的"...)
	return append(AppendFixed(b, st.Value, d), "倍"...)
}

// changeVerb is the verb the source wrote, or the bulletins' default.
func changeVerb(st *Stated, ind *Indicator) string {
	if st.Verb != "" {
		return st.Verb
	}
	up := st.Value > 0
	switch st.Kind {
	case ChangeGrowthPct:
		if up {
			return "增长"
		}
		return "下降"
	case ChangePP:
		if up {
			return "提高"
		}
		return "下降"
	case ChangeAbs:
		if up {
			return "增加"
		}
		return "减少"
	}
	return ""
}

// statedNumber is the stated change's magnitude as written (its Text
// without a sign), or its value at its own decimals.
func statedNumber(st *Stated) string {
	if t := strings.TrimLeft(strings.TrimSpace(st.Text), "+-−"); t != "" && strings.ContainsAny(t, "0123456789") {
		return t
	}
	return FormatFixed(math.Abs(st.Value), st.Decimals())
}

// appendSame appends "与上年持平" ("与2019年持平", "与上年同期持平").
func appendSame(b []byte, r *Row) []byte {
	b = append(b, "与"...)
	return append(appendBase(b, r, nil, true), "持平"...)
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
