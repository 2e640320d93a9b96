package analysis

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// Kind is what sort of quantity an indicator measures. It decides which
// year-over-year figures apply: counts, amounts and scores change by percent
// growth; rates change by percentage points.
type Kind uint8

// The kinds of SPEC §2. The zero value, KindAuto, means "derive the kind from
// the unit" (see KindOf).
const (
	KindAuto   Kind = iota // derive from the unit
	KindCount              // 户 件 项 条 个 人 人次 批 宗 份 台 …
	KindAmount             // 元 万元 亿元 …
	KindScore              // 分
	KindRate               // %: changes in percentage points, never percent growth
)

var kindNames = [...]string{"auto", "count", "amount", "score", "rate"}

// String returns the kind's name as used in CSV and JSON outputs.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// ParseKind is the inverse of Kind.String. The empty string is KindAuto.
func ParseKind(s string) (Kind, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return KindAuto, nil
	}
	for i, n := range kindNames {
		if n == s {
			return Kind(i), nil
		}
	}
	return KindAuto, fmt.Errorf("unknown kind %q (want count, amount, score or rate)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// KindOf derives an indicator's coarse kind from its unit as written,
// through its class (ParseUnit, KindOfClass): "%", "％" and "‰" are rates,
// "分" and 指数 scores, an unscaled count (户 件 人次 …) a count, and
// everything else (元, 万元, 元/股, 万吨, 449.5万户 …) an amount-like
// quantity shown as given. Without a name, % cannot be told a proportion:
// use ClassOf for the class.
func KindOf(unit string) Kind {
	u := ParseUnit(unit)
	return KindOfClass(u.Class, u.Scaled())
}

// Flag marks how a value came to be. Flags travel with the value into every
// output.
type Flag uint8

// Value flags.
const (
	FlagApprox    Flag = 1 << iota // the source qualified the value (多/约/近/余/超); Point.Qualifier keeps the word
	FlagDerived                    // computed by us, e.g. back-computed from a stated growth
	FlagEstimated                  // an estimate supplied by the user
)

var flagNames = []struct {
	f    Flag
	name string
}{{FlagApprox, "approx"}, {FlagDerived, "derived"}, {FlagEstimated, "estimated"}}

// Names returns the flag names in a fixed order ("approx", "derived",
// "estimated").
func (f Flag) Names() []string {
	var out []string
	for _, fn := range flagNames {
		if f&fn.f != 0 {
			out = append(out, fn.name)
		}
	}
	return out
}

// String joins the flag names with "|", the form of the CSV flag column.
func (f Flag) String() string { return strings.Join(f.Names(), "|") }

// ParseFlags reads flag names separated by "|", "," , ";" or spaces. The
// empty string is no flag.
func ParseFlags(s string) (Flag, error) {
	var f Flag
	for _, part := range strings.FieldsFunc(s, func(r rune) bool {
		return r == '|' || r == ',' || r == ';' || r == ' ' || r == '，'
	}) {
		p := strings.ToLower(strings.TrimSpace(part))
		found := false
		for _, fn := range flagNames {
			if p == fn.name {
				f |= fn.f
				found = true
			}
		}
		if !found {
			return 0, fmt.Errorf("unknown flag %q (want approx, derived or estimated)", part)
		}
	}
	return f, nil
}

// Stated is a change as the source text stated it, kept so the consistency
// checks can compare it with the values and the statements can repeat it as
// written ("比上年增长12.33%", "比上年末减少1.2万人").
type Stated struct {
	Kind  ChangeKind // growth %, percentage points, multiple or absolute change
	Value float64    // the stated figure; a decline is negative
	Text  string     // the figure as written, e.g. "12.33"; its decimals give the rounding
	// Precision is the decimals Text was written with; the zero value is
	// unknown (then Decimals(Text) is used). See Precision.
	Precision Precision
	// Base is the comparison as written: "比上年", "比上年同期", "比上年末",
	// "比2019年", "同比"; "" when the text gave none (the previous year).
	Base string
	// Verb is the word of the change as written: 增长 上升 上涨 提高 下降
	// 减少 增加 回落 …; "" lets statements choose (增长/下降 for growth,
	// 提高/下降 for points, 增加/减少 for absolute changes).
	Verb string
	// Unit is the unit of an absolute change as written ("万人" in
	// 减少1.2万人); "" when it is the indicator's unit or the change is
	// relative.
	Unit string
	// Ambiguous marks a change the text may attach to another figure of
	// its sentence (SPEC §3): the checks then report a contradiction as a
	// warning that this reading is not the one the arithmetic supports.
	Ambiguous bool
}

// Decimals returns the decimals the change was written with: Precision when
// known, else the decimals of Text, else those of the shortest form of Value.
func (s Stated) Decimals() int {
	if d, ok := s.Precision.Decimals(); ok {
		return d
	}
	if s.Text != "" {
		return Decimals(s.Text)
	}
	return Decimals(FormatValue(s.Value, KindAmount))
}

// Precision is the number of decimals a figure was written with, stored as
// decimals + 1 so that the zero value means "unknown" (a value set by a
// program, or read from a number cell): PrecisionOf(0) is a whole number as
// written ("28716"), PrecisionOf(2) two decimals ("43.40"). Use Decimals to
// read it and PrecisionOfText to get it from written text.
type Precision int8

// PrecisionOf returns the precision of a figure written with d decimals
// (d < 0 is taken as 0; d above 30 as 30).
func PrecisionOf(d int) Precision { return Precision(min(max(d, 0), 30) + 1) }

// PrecisionOfText returns the precision of a number as written:
// PrecisionOfText("43.40") is PrecisionOf(2), "28716" PrecisionOf(0). Text
// that holds no digit gives the unknown precision.
func PrecisionOfText(text string) Precision {
	if !strings.ContainsAny(text, "0123456789０１２３４５６７８９") {
		return 0
	}
	return PrecisionOf(Decimals(text))
}

// Decimals returns the decimals and true, or 0 and false when unknown.
func (p Precision) Decimals() (int, bool) {
	if p <= 0 {
		return 0, false
	}
	return int(p) - 1, true
}

// Known reports whether the precision is known.
func (p Precision) Known() bool { return p > 0 }

// ChangeKind says what a stated change measures.
type ChangeKind uint8

// Change kinds, with the names used in JSON.
const (
	ChangeNone      ChangeKind = iota
	ChangeGrowthPct            // "growth_pct": percent growth
	ChangePP                   // "pp": percentage points
	ChangeMultiple             // "multiple": current / previous
	ChangeAbs                  // "abs": current − previous
)

var changeKindNames = [...]string{"", "growth_pct", "pp", "multiple", "abs"}

// String returns the JSON name of the change kind.
func (k ChangeKind) String() string {
	if int(k) < len(changeKindNames) {
		return changeKindNames[k]
	}
	return fmt.Sprintf("ChangeKind(%d)", k)
}

// ParseChangeKind is the inverse of ChangeKind.String.
func ParseChangeKind(s string) (ChangeKind, error) {
	for i, n := range changeKindNames {
		if n == s {
			return ChangeKind(i), nil
		}
	}
	return ChangeNone, fmt.Errorf("unknown change kind %q", s)
}

// Point is one value of a series: an indicator's value for one year.
// A year with no Point is missing.
type Point struct {
	Year int // the reporting year
	// Period is the span as written: "" for the whole year, "1-11月",
	// "一季度", "年末", "截至9月20日" (PeriodKindOf classifies it). Points
	// are compared only with points of the same period (SamePeriod).
	Period string
	Value  float64 // always finite; 0 and meaningless when NoLevel
	Note   string
	// Qualifier is the word the source qualified the value with, as
	// written (多, 近, 约, 左右 …); "" for an exact value. FlagApprox is set
	// as well whenever it is not empty.
	Qualifier Qualifier
	// Flags are next to Precision and NoLevel, which keeps a point, of
	// which a dataset has millions, 8 bytes smaller.
	Flags Flag
	// Precision is the decimals Value was written with ("43.40" → 2); the
	// zero value means unknown (see Precision).
	Precision Precision
	// NoLevel marks a figure the source stated only as a change
	// (居民消费价格比上年上涨0.3%): Value is not a level and Changes holds
	// what was stated. The zero value is a figure with a level.
	NoLevel bool
	// Changes are the changes the source stated for this value, in the
	// order written (同比下降2.60%，同比减少7件: two changes).
	Changes []Stated
	// Share is the share of a whole the source stated for this value
	// (58件，占比5.4%), or nil. See StatedShare.
	Share *StatedShare
}

// StatedShare is a share the source stated for a figure: "行政许可数据10685条，
// 占比91%" gives the point 10685 the share {Of: "归集上报数据", Value: 91,
// Text: "91"}. The checks compare it with part ÷ whole when the whole is
// known and, when the whole is not stated, with the whole the other shares
// of the list agree on (58件占比5.4% when the others imply 1113).
type StatedShare struct {
	// Of names the whole (an indicator of the same section). "" means the
	// figure's Parent; when neither is set, the shares of one section with
	// no whole are taken as one list.
	Of        string
	Value     float64   // the share in %: 91 for 91%
	Text      string    // as written: "91"; its decimals give the rounding
	Precision Precision // decimals of Text; zero: unknown (Decimals(Text) is used)
}

// Breakdown says how the parts of an indicator (the indicators whose Parent
// is its name) relate to it (SPEC §9).
type Breakdown uint8

// Breakdowns. The zero value, BreakdownExhaustive, is what a user's
// declared parent means: the parts add up to the total.
const (
	// BreakdownExhaustive: the parts sum to the total, within the rounding
	// of their decimals (三次产业, a list the text closes with 分别为…, a
	// parent column given by a user).
	BreakdownExhaustive Breakdown = iota
	// BreakdownSubset: a 其中 list; the parts may not exceed the total and
	// need not reach it.
	BreakdownSubset
	// BreakdownRatio: a ratio structure (三次产业结构为15.3:31.3:53.4): the
	// parts, in % of a whole, sum to 100; the indicator itself has no
	// values.
	BreakdownRatio
)

var breakdownNames = [...]string{"exhaustive", "subset", "ratio"}

// String returns the breakdown's name as used in CSV and JSON
// ("exhaustive", "subset", "ratio").
func (b Breakdown) String() string {
	if int(b) < len(breakdownNames) {
		return breakdownNames[b]
	}
	return fmt.Sprintf("Breakdown(%d)", b)
}

// ParseBreakdown is the inverse of Breakdown.String; "" is
// BreakdownExhaustive.
func ParseBreakdown(s string) (Breakdown, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return BreakdownExhaustive, nil
	}
	for i, n := range breakdownNames {
		if n == s {
			return Breakdown(i), nil
		}
	}
	return BreakdownExhaustive, fmt.Errorf("unknown breakdown %q (want exhaustive, subset or ratio)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (b Breakdown) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (b *Breakdown) UnmarshalText(t []byte) error {
	v, err := ParseBreakdown(string(t))
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// Change returns the first stated change of the given kind.
func (p *Point) Change(kind ChangeKind) (Stated, bool) {
	for _, c := range p.Changes {
		if c.Kind == kind {
			return c, true
		}
	}
	return Stated{}, false
}

// FirstChange returns the first stated change, or nil when there is none.
func (p *Point) FirstChange() *Stated {
	if len(p.Changes) == 0 {
		return nil
	}
	return &p.Changes[0]
}

// Decimals returns the decimals the value was written with: Precision when
// known, else those of its shortest decimal form.
func (p *Point) Decimals() int {
	if d, ok := p.Precision.Decimals(); ok {
		return d
	}
	if p.Value == math.Trunc(p.Value) && math.Abs(p.Value) < 1e15 {
		return 0
	}
	return Decimals(FormatValue(p.Value, KindAmount))
}

// PeriodKind classifies the point's period.
func (p *Point) PeriodKind() PeriodKind { return PeriodKindOf(p.Period) }

// Indicator is a named quantity with its unit, section and series.
// The zero value is an empty indicator of kind KindAuto and class ClassAuto.
type Indicator struct {
	Section string
	Name    string
	Unit    string
	Kind    Kind      // KindAuto: derived from Class, Name and Unit (legacy, coarse)
	Class   UnitClass // ClassAuto: derived from Name and Unit (ClassOf); set by a user to override
	Parent  string    // name of the indicator (same section) this one is a part of
	// Breakdown says how this indicator's parts relate to it: the zero
	// value requires them to sum to it (a declared parent); an extractor
	// sets BreakdownSubset for a 其中 list and BreakdownRatio for a ratio
	// structure.
	Breakdown Breakdown
	// Numerator and Denominator name the indicators (same section) this
	// one is the rate of, for a proportion stated with its figures
	// (审结1033件，纠错250件，纠错率24.2%: Numerator "纠错", Denominator
	// "审结"); "" when unknown. The checks compare the stated rate with
	// Numerator ÷ Denominator × 100.
	Numerator, Denominator string
	// InferredRate marks Numerator and Denominator set by InferRates from
	// the order of the figures rather than stated: a contradiction of
	// such a rate is a warning.
	InferredRate bool
	Note         string
	Points       []Point // sorted by Year, at most one per year
}

// EffectiveKind is Kind, or the kind of the effective class when Kind is
// KindAuto (KindOfClass).
func (ind *Indicator) EffectiveKind() Kind {
	if ind.Kind != KindAuto {
		return ind.Kind
	}
	return KindOfClass(ind.EffectiveClass(), ParseUnit(ind.Unit).Scaled())
}

// IsRate reports whether the indicator's changes are in percentage points
// (or 千分点 for ‰).
func (ind *Indicator) IsRate() bool { return ind.EffectiveKind() == KindRate }

// At returns the point of the given year.
func (ind *Indicator) At(year int) (Point, bool) {
	i, ok := slices.BinarySearchFunc(ind.Points, year, func(p Point, y int) int { return p.Year - y })
	if !ok {
		return Point{}, false
	}
	return ind.Points[i], true
}

// Set adds the point p, keeping Points sorted by year. It is an error to
// set a year twice or a non-finite value.
func (ind *Indicator) Set(p Point) error {
	if !finite(p.Value) {
		return fmt.Errorf("%s %d: value is not a finite number", ind.Name, p.Year)
	}
	i, ok := slices.BinarySearchFunc(ind.Points, p.Year, func(q Point, y int) int { return q.Year - y })
	if ok {
		return fmt.Errorf("%w: %s/%s (%s) year %d", ErrDuplicate, ind.Section, ind.Name, ind.Unit, p.Year)
	}
	ind.Points = slices.Insert(ind.Points, i, p)
	return nil
}

// Years returns the years that have a value, ascending.
func (ind *Indicator) Years() []int {
	ys := make([]int, len(ind.Points))
	for i, p := range ind.Points {
		ys[i] = p.Year
	}
	return ys
}

// Key identifies an indicator within a dataset: two indicators with the same
// section, name and unit are the same indicator.
type Key struct{ Section, Name, Unit string }

// Key returns the indicator's identity.
func (ind *Indicator) Key() Key { return Key{ind.Section, ind.Name, ind.Unit} }

// Dataset is the indicators of one report, in the order the user gave them.
// The zero value is an empty dataset ready to use.
type Dataset struct {
	Title  string // e.g. "2022年法治政府建设年度报告"
	Org    string // reporting body
	Year   int    // reporting year; 0 means the latest year in the data
	Source string // where the figures come from
	// Indicators in user order. Add through Add or Indicator so that the
	// lookup index stays right; appending directly is allowed but then call
	// Reindex before Lookup.
	Indicators []*Indicator

	index map[Key]*Indicator
}

// ErrDuplicate is wrapped by errors about a (section, indicator, unit, year)
// given twice.
var ErrDuplicate = fmt.Errorf("duplicate value")

// Reindex rebuilds the lookup index after Indicators was changed directly.
// It returns an error if two indicators share a key.
func (d *Dataset) Reindex() error {
	d.index = make(map[Key]*Indicator, len(d.Indicators))
	for _, ind := range d.Indicators {
		k := ind.Key()
		if _, dup := d.index[k]; dup {
			return fmt.Errorf("%w: indicator %s/%s (%s) appears twice", ErrDuplicate, k.Section, k.Name, k.Unit)
		}
		d.index[k] = ind
	}
	return nil
}

// Lookup returns the indicator with the given key, or nil.
func (d *Dataset) Lookup(k Key) *Indicator {
	if d.index == nil || len(d.index) != len(d.Indicators) {
		if err := d.Reindex(); err != nil {
			// Fall back to a scan: the first match wins.
			for _, ind := range d.Indicators {
				if ind.Key() == k {
					return ind
				}
			}
			return nil
		}
	}
	return d.index[k]
}

// Indicator returns the indicator with the given key, adding an empty one at
// the end when it is new.
func (d *Dataset) Indicator(section, name, unit string) *Indicator {
	k := Key{section, name, unit}
	if ind := d.Lookup(k); ind != nil {
		return ind
	}
	ind := &Indicator{Section: section, Name: name, Unit: unit}
	d.Indicators = append(d.Indicators, ind)
	if d.index == nil {
		d.index = make(map[Key]*Indicator)
	}
	d.index[k] = ind
	return ind
}

// Add appends ind. It is an error if an indicator with the same key exists.
func (d *Dataset) Add(ind *Indicator) error {
	k := ind.Key()
	if d.Lookup(k) != nil {
		return fmt.Errorf("%w: indicator %s/%s (%s) appears twice", ErrDuplicate, k.Section, k.Name, k.Unit)
	}
	d.Indicators = append(d.Indicators, ind)
	if d.index == nil {
		d.index = make(map[Key]*Indicator)
	}
	d.index[k] = ind
	return nil
}

// Sections returns the section names in order of first appearance.
func (d *Dataset) Sections() []string {
	seen := map[string]bool{}
	var out []string
	for _, ind := range d.Indicators {
		if !seen[ind.Section] {
			seen[ind.Section] = true
			out = append(out, ind.Section)
		}
	}
	return out
}

// Years returns every year with at least one value, ascending.
func (d *Dataset) Years() []int {
	// Data has a few years and a great many values: the years seen are
	// looked up in a short list (a map only when there are many), without
	// copying the points.
	var ys []int
	var seen map[int]bool
	for _, ind := range d.Indicators {
		for i := range ind.Points {
			y := ind.Points[i].Year
			if seen != nil {
				if !seen[y] {
					seen[y] = true
					ys = append(ys, y)
				}
				continue
			}
			if !slices.Contains(ys, y) {
				ys = append(ys, y)
				if len(ys) > 32 {
					seen = make(map[int]bool, 2*len(ys))
					for _, y := range ys {
						seen[y] = true
					}
				}
			}
		}
	}
	if ys == nil {
		ys = []int{}
	}
	sort.Ints(ys)
	return ys
}

// Len returns the number of values in the dataset.
func (d *Dataset) Len() int {
	n := 0
	for _, ind := range d.Indicators {
		n += len(ind.Points)
	}
	return n
}

// Children returns the indicators declared as parts of parent (same
// section, Parent == parent.Name), in order.
func (d *Dataset) Children(parent *Indicator) []*Indicator {
	var out []*Indicator
	for _, ind := range d.Indicators {
		if ind != parent && ind.Parent == parent.Name && ind.Section == parent.Section {
			out = append(out, ind)
		}
	}
	return out
}
