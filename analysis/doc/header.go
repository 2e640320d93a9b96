package doc

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Column is what a column's header path says about its cells.
type Column struct {
	// Path is the header path (Table.ColumnPath).
	Path []string
	// Label is the path without units and pure period words, joined by
	// "/": 产量 for [产量(吨)], 营业收入 for [营业收入 本报告期]; empty when
	// the headers are only periods (2023年) or changes.
	Label string
	// Unit is the unit the headers name (产量(吨) → 吨, 增减(%) → %),
	// the deepest header first; empty if none.
	Unit string
	// Period is the period of the column's values (本报告期, 上年同期,
	// 2023年, 本报告期末), the deepest header naming one; zero if none.
	// For a change column it is the period the change is of.
	Period Period
	// Change says whether the column holds changes, and of which kind.
	Change ChangeKind
	// Base is, for a change column, the period it compares with when the
	// header names one (比上年增长 → the prior year); zero otherwise.
	Base Period
}

// ChangeKind is the kind of change a column holds.
type ChangeKind uint8

const (
	// NoChange: the column holds levels, not changes.
	NoChange ChangeKind = iota
	// ChangePercent: a growth rate in percent (同比增减(%), 增长率).
	ChangePercent
	// ChangeAbsolute: a difference in the figure's unit (增减额, 增减(万元)).
	ChangeAbsolute
	// ChangePoints: a difference in percentage points (增减(百分点)).
	ChangePoints
)

// String returns the kind's name.
func (k ChangeKind) String() string {
	switch k {
	case NoChange:
		return "none"
	case ChangePercent:
		return "percent"
	case ChangeAbsolute:
		return "absolute"
	case ChangePoints:
		return "points"
	}
	return "unknown"
}

// Rel is a period named relative to the report's own.
type Rel uint8

const (
	// RelNone: the header names no relative period.
	RelNone Rel = iota
	// RelCurrent: the report's period (本报告期, 本年, 本期).
	RelCurrent
	// RelPrior: the one before (上年, 上年同期, 上期, 去年).
	RelPrior
)

// Point says whether a period is a point in time.
type Point uint8

const (
	// PointNone: a flow over the period (本报告期, 2023年).
	PointNone Point = iota
	// PointStart: the period's start (本报告期初, 年初, 期初).
	PointStart
	// PointEnd: the period's end (本报告期末, 年末, 上年末).
	PointEnd
)

// Period is a period a header names.
type Period struct {
	// Year is a year the header writes (2023年), 0 if none.
	Year int
	// Rel is a period named relative to the report's.
	Rel Rel
	// Point tells a point in time (期初, 期末) from a flow.
	Point Point
	// SamePeriod is set for 同期: the same part of the other year.
	SamePeriod bool
}

// IsZero reports whether the header named no period.
func (p Period) IsZero() bool { return p == Period{} }

// YearIn returns the period's year in a report for year report: the year
// written, else report for the current period and report-1 for the prior
// one; 0 when the period names neither.
func (p Period) YearIn(report int) int {
	switch {
	case p.Year != 0:
		return p.Year
	case p.Rel == RelCurrent:
		return report
	case p.Rel == RelPrior && report != 0:
		return report - 1
	}
	return 0
}

// String returns a short description, e.g. "2023 end", "prior same-period".
func (p Period) String() string {
	var parts []string
	if p.Year != 0 {
		parts = append(parts, strconv.Itoa(p.Year))
	}
	switch p.Rel {
	case RelCurrent:
		parts = append(parts, "current")
	case RelPrior:
		parts = append(parts, "prior")
	}
	if p.SamePeriod {
		parts = append(parts, "same-period")
	}
	switch p.Point {
	case PointStart:
		parts = append(parts, "start")
	case PointEnd:
		parts = append(parts, "end")
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, " ")
}

// ParseColumn interprets a header path, deepest header first for the unit,
// the period and the change.
func ParseColumn(path []string) Column {
	col := Column{Path: path}
	var labels []string
	for i := len(path) - 1; i >= 0; i-- {
		h := path[i]
		label, unit, ok := UnitInBrackets(h)
		if !ok {
			if u, isLine := UnitLine(h); isLine {
				unit, ok, label = u, true, ""
			}
		}
		if ok && col.Unit == "" {
			col.Unit = unit
		}
		ch := ChangeOf(h)
		if ch != NoChange && col.Change == NoChange {
			col.Change = ch
			if b, has := ComparisonBase(h); has {
				col.Base = b
			}
		}
		if p := PeriodOf(h); !p.IsZero() && col.Period.IsZero() {
			col.Period = p
		}
		if label != "" && ch == NoChange && !IsPeriodOnly(label) {
			labels = append(labels, label)
		}
	}
	for i, j := 0, len(labels)-1; i < j; i, j = i+1, j-1 {
		labels[i], labels[j] = labels[j], labels[i]
	}
	col.Label = strings.Join(labels, "/")
	return col
}

// UnitInBrackets is the rule for a unit in brackets at the end of a
// header: 产量(吨) → (产量, 吨); 增减变动幅度（%） → (增减变动幅度, %);
// 金额[万元] → (金额, 万元); 收入(单位：万元) → (收入, 万元). Brackets that hold
// no unit (纲要(2021—2025年), 其中(含)) are not a unit: ok is false and
// label is the header as given.
func UnitInBrackets(h string) (label, unit string, ok bool) {
	h = trimSpace(h)
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}, {"(", "）"}, {"（", ")"}} {
		if strings.HasSuffix(h, p[1]) {
			if i := strings.LastIndex(h[:len(h)-len(p[1])], p[0]); i >= 0 {
				inner := h[i+len(p[0]) : len(h)-len(p[1])]
				if u, isLine := UnitLine(inner); isLine {
					return trimSpace(h[:i]), u, true
				}
				if IsUnit(inner) {
					return trimSpace(h[:i]), NormalizeUnit(inner), true
				}
			}
		}
	}
	return h, "", false
}

// UnitLine is the rule for a unit line: 单位：万元, 单位:元, 金额单位：万元,
// 计量单位：吨, （单位：亿元）, 单位：万元、% → the unit after the colon; a
// currency after it (单位：元 币种：人民币, as company reports write it) is
// left out.
func UnitLine(s string) (unit string, ok bool) {
	s = trimSpace(s)
	s = trimBrackets(s)
	i := strings.Index(s, "单位")
	if i < 0 {
		return "", false
	}
	switch s[:i] {
	case "", "金额", "计量", "货币", "数量", "价格", "面积", "人数", "数值":
	default:
		return "", false
	}
	rest := trimSpace(s[i+len("单位"):])
	switch {
	case strings.HasPrefix(rest, "："):
		rest = rest[len("："):]
	case strings.HasPrefix(rest, ":"):
		rest = rest[1:]
	default:
		return "", false
	}
	rest = trimSpace(rest)
	if i := strings.IndexAny(rest, "(（"); i > 0 && isLatinNote(rest[i:]) {
		// 单位：人、所 (person, unit): the translation is no part of it.
		rest = trimSpace(rest[:i])
	}
	if i := strings.Index(rest, "币种"); i > 0 {
		// 单位：元 币种：人民币: the currency is no part of the unit.
		rest = strings.TrimRight(trimSpace(rest[:i]), "，,；;、 \u3000")
	}
	rest = strings.TrimRight(rest, "。.；;")
	if rest == "" || utf8.RuneCountInString(rest) > 12 {
		return "", false
	}
	for _, part := range strings.FieldsFunc(rest, func(r rune) bool { return r == '、' || r == '，' || r == ',' || r == '；' }) {
		if !IsUnit(part) {
			return "", false
		}
	}
	return NormalizeUnit(rest), true
}

// isLatinNote reports a bracketed note in Latin letters ((person, unit)).
func isLatinNote(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			return false
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			letters++
		}
	}
	return letters >= 2
}

// trimBrackets removes one pair of brackets around s.
func trimBrackets(s string) string {
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}, {"(", "）"}, {"（", ")"}, {"[", "]"}, {"【", "】"}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) >= len(p[0])+len(p[1]) {
			return trimSpace(s[len(p[0]) : len(s)-len(p[1])])
		}
	}
	return s
}

// NormalizeUnit writes a unit as the model keeps it: full-width ％ and ‰
// as %, ‰, white space removed.
func NormalizeUnit(u string) string {
	u = strings.Map(func(r rune) rune {
		switch {
		case r == '％':
			return '%'
		case r == '／':
			return '/'
		case isSpace(r):
			return -1
		}
		return r
	}, u)
	return u
}

// IsUnit is the rule for what may be a unit in a header's brackets: %, ‰,
// 百分点, or a short word of Han characters or Latin letters (吨, 万元,
// 千公顷, 元/股, 人/10万人口, kWh) without period words (年, 月, 季, 期) or
// change words. Digits are allowed only after a slash (/10万).
func IsUnit(s string) bool {
	s = NormalizeUnit(trimSpace(s))
	if s == "" || utf8.RuneCountInString(s) > 8 {
		return false
	}
	switch s {
	case "%", "‰", "百分点", "个百分点", "倍":
		return true
	}
	for _, w := range []string{"年", "月", "季", "期", "增", "减", "含", "注", "其中", "合计", "比", "占", "率"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	slash := false
	for _, r := range s {
		switch {
		case r == '/':
			slash = true
		case r >= '0' && r <= '9':
			if !slash {
				return false
			}
		case r == '%' || r == '‰' || r == '·' || r == '²' || r == '³':
		case unicode.Is(unicode.Han, r), unicode.IsLetter(r):
		default:
			return false
		}
	}
	return true
}

// IsUnitHeader is the rule for a unit column's header: 单位, 计量单位.
func IsUnitHeader(h string) bool {
	switch NormalizeUnit(h) {
	case "单位", "计量单位", "unit", "Unit":
		return true
	}
	return false
}

// ChangeOf is the rule for a change column: 同比增减(%), 增减变动幅度(%),
// 比上年增长(%), 增长率, 增速 → ChangePercent; 增减(百分点), 增减百分点 →
// ChangePoints; 增减额, 增减(万元), 比上年增加, 增减变动 → ChangeAbsolute;
// anything else (占比(%), 本报告期) → NoChange.
func ChangeOf(h string) ChangeKind {
	_, unit, _ := UnitInBrackets(h)
	s := NormalizeUnit(h)
	words := []string{"增减", "增长", "下降", "变动", "增幅", "降幅", "增速", "同比", "环比", "增加", "减少", "变化", "涨跌", "升降"}
	found := false
	for _, w := range words {
		if strings.Contains(s, w) {
			found = true
			break
		}
	}
	if !found {
		return NoChange
	}
	switch {
	case unit == "%" || strings.Contains(s, "%"):
		return ChangePercent
	case strings.Contains(unit, "百分点") || strings.Contains(s, "百分点"):
		return ChangePoints
	case unit != "":
		return ChangeAbsolute
	case strings.Contains(s, "幅度") || strings.Contains(s, "率") || strings.Contains(s, "增速") ||
		strings.Contains(s, "增幅") || strings.Contains(s, "降幅"):
		return ChangePercent
	case strings.Contains(s, "增长") || strings.Contains(s, "下降") || strings.Contains(s, "涨跌"):
		// 比上年增长, 同比增长: bulletins state growth in percent.
		return ChangePercent
	}
	return ChangeAbsolute
}

// ComparisonBase is the rule for the period a change compares with:
// 比上年增长 → the prior year; 较上年同期增减 → the prior year's same
// period; 比年初增加 → the current period's start; 同比增减 → the prior
// year's same period. ok is false when the header names none.
func ComparisonBase(h string) (Period, bool) {
	for _, pre := range []string{"比", "较", "与", "对比"} {
		if i := strings.Index(h, pre); i >= 0 {
			if p := PeriodOf(h[i+len(pre):]); !p.IsZero() {
				return p, true
			}
		}
	}
	if strings.Contains(h, "同比") {
		return Period{Rel: RelPrior, SamePeriod: true}, true
	}
	return Period{}, false
}

// PeriodOf is the rule for the period a header names, as a value of the
// column (not as a comparison base: 比上年增长 names no period, see
// ComparisonBase): 2023年, 2023年度 → Year 2023; 2023年末 → Year 2023 at
// its end; 本报告期, 本期, 本年, 今年, 本年度, 当年 → current; 本报告期末,
// 期末, 年末 → current at its end; 本报告期初, 期初, 年初 → current at its
// start; 上年同期, 去年同期 → prior same period; 上年末 → prior at its end;
// 上年, 去年, 上期, 上年度 → prior.
func PeriodOf(h string) Period {
	s := stripComparison(h)
	p := Period{Year: YearOf(s)}
	p.Rel, p.Point, p.SamePeriod = RelativePeriodOf(s)
	if p.Year != 0 && p.Rel == RelCurrent {
		p.Rel = RelNone
	}
	return p
}

// stripComparison removes a comparison phrase (比上年…, 较上年同期…,
// 同比…) so that its period words are not read as the column's period.
func stripComparison(h string) string {
	for _, pre := range []string{"比", "较", "对比", "同比", "环比"} {
		if i := strings.Index(h, pre); i >= 0 {
			h = h[:i]
		}
	}
	return h
}

// YearOf is the rule for a year written in a header: 2023年, 2023年度,
// 2023年末, 2023 (a bare year when it is the whole header); 0 if none. Years
// are 1900–2200.
func YearOf(h string) int {
	h = trimSpace(toHalfDigits(h)) // spaces kept: 表1 2022年 is not 12022年
	if n := atoiYear(h); n > 0 {
		return n
	}
	for i := 0; i+4 <= len(h); i++ {
		if i > 0 && isDigit(h[i-1]) {
			continue
		}
		if !(isDigit(h[i]) && isDigit(h[i+1]) && isDigit(h[i+2]) && isDigit(h[i+3])) {
			continue
		}
		if i+4 < len(h) && isDigit(h[i+4]) {
			continue
		}
		if !strings.HasPrefix(h[i+4:], "年") {
			continue
		}
		n, _ := strconv.Atoi(h[i : i+4])
		if n >= 1900 && n <= 2200 {
			return n
		}
	}
	return 0
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// atoiYear is n when strconv.Atoi reads s as n and 1900 ≤ n ≤ 2200, else
// 0; read byte by byte, without the error value Atoi makes for a text
// that is no number.
func atoiYear(s string) int {
	if s != "" && s[0] == '+' {
		s = s[1:]
	}
	if s == "" {
		return 0
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0
		}
		if n < 1e6 { // past the range: stop growing, no overflow
			n = n*10 + int(s[i]-'0')
		}
	}
	if n >= 1900 && n <= 2200 {
		return n
	}
	return 0
}

// toHalfDigits maps full-width digits to ASCII.
func toHalfDigits(s string) string {
	if !strings.Contains(s, "\xef\xbc") { // no full-width form (０-９ are U+FF10–U+FF19)
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

// relWords are the relative period words, longest first within a family so
// that 本报告期末 is read before 本报告期.
var relWords = []struct {
	w     string
	rel   Rel
	point Point
	same  bool
}{
	{"上年同期", RelPrior, PointNone, true},
	{"去年同期", RelPrior, PointNone, true},
	{"上年年末", RelPrior, PointEnd, false},
	{"上年度末", RelPrior, PointEnd, false},
	{"上年末", RelPrior, PointEnd, false},
	{"上年初", RelPrior, PointStart, false},
	{"上期末", RelPrior, PointEnd, false},
	{"上年度", RelPrior, PointNone, false},
	{"上年", RelPrior, PointNone, false},
	{"去年", RelPrior, PointNone, false},
	{"上期", RelPrior, PointNone, false},
	{"本报告期末", RelCurrent, PointEnd, false},
	{"本报告期初", RelCurrent, PointStart, false},
	{"报告期末", RelCurrent, PointEnd, false},
	{"报告期初", RelCurrent, PointStart, false},
	{"本报告期", RelCurrent, PointNone, false},
	{"报告期", RelCurrent, PointNone, false},
	{"本期末", RelCurrent, PointEnd, false},
	{"本期初", RelCurrent, PointStart, false},
	{"期末", RelCurrent, PointEnd, false},
	{"期初", RelCurrent, PointStart, false},
	{"年末", RelCurrent, PointEnd, false},
	{"年初", RelCurrent, PointStart, false},
	{"本年度", RelCurrent, PointNone, false},
	{"本年", RelCurrent, PointNone, false},
	{"本期", RelCurrent, PointNone, false},
	{"今年", RelCurrent, PointNone, false},
	{"当年", RelCurrent, PointNone, false},
	{"当期", RelCurrent, PointNone, false},
}

// RelativePeriodOf is the rule for a period named relative to the
// report's (see PeriodOf for the words).
func RelativePeriodOf(h string) (Rel, Point, bool) {
	for _, w := range relWords {
		if strings.Contains(h, w.w) {
			return w.rel, w.point, w.same
		}
	}
	return RelNone, PointNone, false
}

// IsPeriodOnly reports whether a header is nothing but a period
// (2023年, 本报告期, 上年同期, 年末数, 2023年度, 本期发生额, 上期发生额), so
// that it is not part of a column's label.
func IsPeriodOnly(h string) bool {
	s := trimSpace(toHalfDigits(h))
	// What a financial statement's period columns add: 本期发生额, 上期发生额,
	// 年初数. (A 余额 is a quantity: 税收年末余额 is no 税收.)
	for _, suffix := range []string{"发生额", "金额", "数值", "数"} {
		if strings.HasSuffix(s, suffix) && len(s) > len(suffix) {
			s = strings.TrimSuffix(s, suffix)
			break
		}
	}
	if YearOf(s) != 0 {
		s = strings.TrimLeft(s, "0123456789")
		s = strings.TrimPrefix(s, "年")
		s = strings.TrimPrefix(s, "度")
		if s == "" {
			return true
		}
	}
	for _, w := range relWords {
		if s == w.w {
			return true
		}
	}
	return false
}

// LooksNumeric is the rule for a data cell's text: a number as tables
// write it, with thousands separators, a sign (+ - − or a leading 负),
// full-width digits, a trailing % or ‰, or in brackets for a negative:
// 1,234.5, −3.19‰, ＋12.33%, (12.3). Marks such as — and … are not
// numbers (see IsMark).
func LooksNumeric(s string) bool {
	if v, ok := looksNumericASCII(s); ok {
		return v
	}
	return looksNumericText(s)
}

// looksNumericText is LooksNumeric for any text.
func looksNumericText(s string) bool {
	if !hasDigit(s) {
		return false
	}
	s = trimSpace(toHalfDigits(NormalizeUnit(s)))
	s = strings.TrimPrefix(s, "负")
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = s[1 : len(s)-1]
	}
	s = strings.TrimSuffix(s, "%")
	s = strings.TrimSuffix(s, "‰")
	for _, p := range []string{"+", "-", "−", "－", "＋"} {
		if strings.HasPrefix(s, p) {
			s = s[len(p):]
			break
		}
	}
	digits, dot := 0, false
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ',' || r == '，':
			if digits == 0 {
				return false
			}
		case r == '.':
			if dot || i == 0 {
				return false
			}
			dot = true
		default:
			return false
		}
	}
	return digits > 0
}

// looksNumericASCII is LooksNumeric for a text of ASCII bytes without
// white space, which NormalizeUnit, toHalfDigits and TrimSpace leave as it
// is, read byte by byte; ok is false for any other text.
func looksNumericASCII(s string) (v, ok bool) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c <= ' ' || c == 0x7f {
			return false, false
		}
	}
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	s = strings.TrimSuffix(s, "%")
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	digits, dot := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ',':
			if digits == 0 {
				return false, true
			}
		case c == '.':
			if dot || i == 0 {
				return false, true
			}
			dot = true
		default:
			return false, true
		}
	}
	return digits > 0, true
}

// IsMark is the rule for the marks statistical tables write in place of a
// number: — or - (not applicable), … or ... (below the unit shown), ×.
func IsMark(s string) bool {
	switch trimSpace(s) {
	case "—", "——", "-", "--", "－", "…", "……", "...", "×", "/", "／":
		return true
	}
	return false
}

// HeaderRowsOf is the rule for how many leading rows of a table are
// headers: the rows before the first row that has a number (LooksNumeric)
// right of its first column, a row of bare years (2023 | 2024) counting as
// a header, and a section row (IsSectionRow) below the first ending them;
// at least 1 when the table has two or more rows, and always fewer than
// the rows (a table of text has one header row).
func HeaderRowsOf(t *Table) int {
	n := t.NumRows()
	if n < 2 {
		return 0
	}
	h := 0
	for r := 0; r < n; r++ {
		if rowHasData(t, r) || r > 0 && IsSectionRow(t, r) {
			break
		}
		h++
	}
	if h == 0 {
		h = 1
	}
	if h >= n {
		h = 1
	}
	return h
}

// IsSectionRow is the rule for a row that heads the data rows below it
// rather than the columns: its only text is in its first column (财务指标,
// 经营业绩(万元), often one cell merged across the table), the rest of the
// row empty or covered by cells from rows above. Below the first row it
// ends the header rows (报告期 | 2023-03-31 | 同比变化 over 财务指标 over
// 每股收益 | -0.31 | …).
func IsSectionRow(t *Table, r int) bool {
	first := t.At(r, 0)
	if first.Text == "" || first.Row != r || t.NumCols() < 2 {
		return false
	}
	for c := first.Col + first.ColSpan; c < t.NumCols(); c++ {
		x := t.At(r, c)
		if x.Text != "" && x.Row == r {
			return false
		}
		if x.Row < r && x.Text != "" {
			return false // a header merged down beside it: a header row
		}
	}
	return true
}

// rowHasData reports whether row r has a number that is not a year
// header right of its first column.
func rowHasData(t *Table, r int) bool {
	nums, years := 0, 0
	for c := 1; c < t.NumCols(); c++ {
		x := t.At(r, c)
		if !LooksNumeric(x.Text) {
			continue
		}
		nums++
		if atoiYear(trimSpace(x.Text)) > 0 {
			years++
		}
	}
	return nums > 0 && years < nums
}

// LabelColsOf is the rule for how many leading columns are row labels: the
// columns before the first that holds a number (or a mark in place of one,
// IsMark) in a data row or whose
// header is a unit column (单位); at least 1 when the table has two or more
// columns and its first column is not all numbers, and always fewer than
// the columns.
func LabelColsOf(t *Table) int {
	w := t.NumCols()
	if w < 2 {
		return 0
	}
	n := 0
	for c := 0; c < w-1; c++ {
		p := t.ColumnPath(c)
		if c > 0 && len(p) > 0 && IsUnitHeader(p[len(p)-1]) {
			break
		}
		if len(p) > 0 && (p[len(p)-1] == "序号" || p[len(p)-1] == "行次") {
			n++
			continue
		}
		numeric := false
		for r := t.HeaderRows; r < t.NumRows(); r++ {
			if x := t.At(r, c).Text; LooksNumeric(x) || IsMark(x) {
				numeric = true // a value, or a mark in place of one (—, …)
				break
			}
		}
		if numeric {
			break
		}
		n++
	}
	return n
}

// hasDigit reports an ASCII or a full-width digit (０-９) in s: a number
// needs one.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			return true
		}
		if c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			return true
		}
	}
	return false
}
