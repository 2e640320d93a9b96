package analysis

import (
	"fmt"
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

// amountUnits are the currency units; anything else that is not a rate or a
// score is a count. Compound units such as 元/股 are amounts per thing.
var amountPrefixes = []string{"元", "万元", "亿元", "千元", "百万元", "万亿元", "美元", "万美元", "亿美元", "欧元", "港元"}

// KindOf derives an indicator's kind from its unit as written:
// "%" or "％" is a rate, "分" a score, a currency unit (元, 万元, 亿元,
// 亿美元, 元/股 …) an amount, and anything else (户 件 人次 …) a count.
func KindOf(unit string) Kind {
	u := strings.TrimSpace(unit)
	switch {
	case u == "%" || u == "％" || u == "百分比" || u == "percent":
		return KindRate
	case u == "分":
		return KindScore
	}
	head, _, _ := strings.Cut(u, "/")
	for _, a := range amountPrefixes {
		if head == a {
			return KindAmount
		}
	}
	if strings.HasSuffix(head, "元") {
		return KindAmount
	}
	return KindCount
}

// Flag marks how a value came to be. Flags travel with the value into every
// output.
type Flag uint8

// Value flags.
const (
	FlagApprox    Flag = 1 << iota // the source said 多/约/近/余/超: an approximate value
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
// checks can compare it with the values ("比上年增长12.33%").
type Stated struct {
	Kind  ChangeKind // growth %, percentage points, multiple or absolute change
	Value float64    // the stated figure; a decline is negative
	Text  string     // the figure as written, e.g. "12.33"; its decimals give the rounding
	// Ambiguous marks a change the text may attach to another figure of
	// its sentence (SPEC §3): the checks then report a contradiction as a
	// warning that this reading is not the one the arithmetic supports.
	Ambiguous bool
}

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
	Year   int     // the reporting year
	Period string  // a part of the year such as "1-11月"; "" for the whole year
	Value  float64 // always finite
	Flags  Flag
	Note   string
	Stated *Stated // the change the source stated for this value, if any
}

// Indicator is a named quantity with its unit, section and series.
// The zero value is an empty indicator of kind KindAuto.
type Indicator struct {
	Section string
	Name    string
	Unit    string
	Kind    Kind   // KindAuto: derived from Unit
	Parent  string // name of the indicator (same section) this one is a part of
	Note    string
	Points  []Point // sorted by Year, at most one per year
}

// EffectiveKind is Kind, or the kind derived from Unit when Kind is KindAuto.
func (ind *Indicator) EffectiveKind() Kind {
	if ind.Kind != KindAuto {
		return ind.Kind
	}
	return KindOf(ind.Unit)
}

// IsRate reports whether the indicator's changes are in percentage points.
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
	seen := map[int]bool{}
	for _, ind := range d.Indicators {
		for _, p := range ind.Points {
			seen[p.Year] = true
		}
	}
	ys := make([]int, 0, len(seen))
	for y := range seen {
		ys = append(ys, y)
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
