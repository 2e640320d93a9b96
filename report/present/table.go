package present

import (
	"bytes"
	"math"
	"strconv"
	"strings"

	"github.com/annualstat/annualstat/analysis"
)

// mainTable is the table of every indicator: 指标, 单位 (when there are
// several), the two years' values, the change, growth and percentage
// points, with section rows, 其中 levels, marks and notes.
func mainTable(t *analysis.Table, number int, source string) *Table {
	tb := &Table{Number: number, Title: yearPeriod(t.Year, periodOf(t, true)) + "主要指标", Source: source}
	tb.Caption, tb.ContinuedCaption = captions("表", number, tb.Title)

	units := map[string]bool{}
	rates, others := false, false
	for i := range t.Rows {
		r := &t.Rows[i]
		units[r.Indicator.Unit] = true
		if r.Kind == analysis.KindRate {
			rates = true
		} else {
			others = true
		}
	}
	single := len(units) == 1
	if single {
		for u := range units {
			tb.Unit = Punctuate(u)
		}
		if tb.Unit != "" {
			tb.UnitLine = "单位：" + tb.Unit
		}
	}
	dec := ValueDecimals(t)
	hasPrev := t.PreviousYear != 0
	cmpText := comparison(t.Year, t.PreviousYear)

	tb.Columns = append(tb.Columns, Column{Role: ColLabel, Header: "指标", Wrap: true})
	if !single {
		tb.Columns = append(tb.Columns, Column{Role: ColUnit, Header: "单位"})
	}
	valueDec := -1
	if single {
		for u := range units {
			valueDec = dec[u]
		}
	}
	if hasPrev {
		tb.Columns = append(tb.Columns, Column{Role: ColPrevious, Header: yearPeriod(t.PreviousYear, periodOf(t, false)), Numeric: true, Decimals: valueDec})
	}
	tb.Columns = append(tb.Columns, Column{Role: ColCurrent, Header: yearPeriod(t.Year, periodOf(t, true)), Numeric: true, Decimals: valueDec})
	if hasPrev {
		tb.Columns = append(tb.Columns, Column{Role: ColChange, Header: "增减量", Numeric: true, Decimals: valueDec})
		if others {
			tb.Columns = append(tb.Columns, Column{Role: ColGrowth, Header: "比" + cmpText + "增长\n（%）", Numeric: true, Decimals: t.Decimals})
		}
		if rates {
			tb.Columns = append(tb.Columns, Column{Role: ColPP, Header: "比" + cmpText + "增减\n（百分点）", Numeric: true, Decimals: t.Decimals})
		}
	}

	var nb notes
	curPeriod := periodOf(t, true)
	sections := sectioned(t)
	levels := Levels(t)
	lastSection := ""
	// The rows and their cells are allocated at once: a table of 200,000
	// indicators grew its row list a few dozen times.
	nrows := len(t.Rows)
	if sections {
		for i := range t.Rows {
			if i == 0 || t.Rows[i].Indicator.Section != t.Rows[i-1].Indicator.Section {
				nrows++
			}
		}
	}
	tb.Rows = make([]Row, 0, nrows)
	ncols := len(tb.Columns)
	cellStore := make([]Cell, len(t.Rows)*ncols)
	for i := range t.Rows {
		r := &t.Rows[i]
		if sections && (i == 0 || r.Indicator.Section != lastSection) {
			lastSection = r.Indicator.Section
			name := Punctuate(lastSection)
			if name == "" {
				name = "其他"
			}
			cells := make([]Cell, len(tb.Columns))
			cells[0] = Cell{Text: name}
			tb.Rows = append(tb.Rows, Row{Kind: RowSection, Cells: cells, Index: -1})
		}
		row := Row{Kind: RowItem, Level: levels[i], Index: i, Cells: cellStore[i*ncols : (i+1)*ncols : (i+1)*ncols], Note: rowNote(t, r)}
		d := dec[r.Indicator.Unit]
		for c, col := range tb.Columns {
			var cell Cell
			switch col.Role {
			case ColLabel:
				cell = Cell{Text: label(t, i, levels, curPeriod) + nb.refFor(row.Note)}
			case ColUnit:
				cell = Cell{Text: Punctuate(r.Indicator.Unit)}
			case ColPrevious:
				cell = valueCell(r.Previous, r.HasPrevious, d, &nb)
			case ColCurrent:
				cell = valueCell(r.Current, r.HasCurrent, d, &nb)
			case ColChange:
				cell = changeCell(r, r.Change, analysis.ChangeAbs, d, &nb)
			case ColGrowth:
				if r.Kind == analysis.KindRate {
					cell = markCell(MarkNotApplicable, &nb, analysis.NotApplicable)
				} else {
					cell = changeCell(r, r.Growth, analysis.ChangeGrowthPct, t.Decimals, &nb)
				}
			case ColPP:
				if r.Kind != analysis.KindRate {
					cell = markCell(MarkNotApplicable, &nb, analysis.NotApplicable)
				} else {
					cell = changeCell(r, r.PP, analysis.ChangePP, t.Decimals, &nb)
				}
			}
			row.Cells[c] = cell
		}
		tb.Rows = append(tb.Rows, row)
	}
	tb.Notes = nb.list()
	return tb
}

// captions returns "表1 title" and "续表1" (unnumbered: title and "续表").
func captions(prefix string, number int, title string) (caption, continued string) {
	if number == 0 {
		return title, "续" + prefix
	}
	n := strconv.Itoa(number)
	return prefix + n + " " + title, "续" + prefix + n
}

// sectioned reports whether the table shows section rows: when some
// indicator has a section.
func sectioned(t *analysis.Table) bool {
	for i := range t.Rows {
		if t.Rows[i].Indicator.Section != "" {
			return true
		}
	}
	return false
}

// Levels returns each row's indentation level: a row whose
// Indicator.Parent names an indicator of the same section shown before it,
// with only that indicator's items in between, is one level deeper than
// that indicator (其中 items under their total); every other row is level 0.
func Levels(t *analysis.Table) []int {
	levels := make([]int, len(t.Rows))
	// open is the chain of rows the current row may be an item of: the
	// last row of each level, from level 0 up.
	var open []int
	for i := range t.Rows {
		ind := t.Rows[i].Indicator
		if i > 0 && ind.Section != t.Rows[i-1].Indicator.Section {
			open = open[:0]
		}
		level := 0
		if ind.Parent != "" {
			for k := len(open) - 1; k >= 0; k-- {
				if t.Rows[open[k]].Indicator.Name == ind.Parent {
					level = k + 1
					break
				}
			}
		}
		open = append(open[:level], i)
		levels[i] = level
	}
	return levels
}

// label is the indicator cell's text: the name, with "其中：" before the
// first item of a list, and the period of its value when it is not the
// column's ("归集上报数据（1-11月）" in a column headed 2022年).
func label(t *analysis.Table, i int, levels []int, period string) string {
	r := &t.Rows[i]
	name := Punctuate(r.Indicator.Name)
	if r.HasCurrent && r.Current.Period != period {
		name += "（" + r.Current.Period + "）"
	} else if !r.HasCurrent && r.HasPrevious && r.Previous.Period != period {
		name += "（" + r.Previous.Period + "）"
	}
	if levels[i] > 0 && levels[i-1] < levels[i] {
		return "其中：" + name
	}
	return name
}

// ValueDecimals returns, for each unit of the table, the decimals its
// values are shown with: the most any value in the unit was written with,
// so that a column of one unit is consistent (SPEC §10), and the change,
// the difference of two such values, has them too.
func ValueDecimals(t *analysis.Table) map[string]int {
	dec := map[string]int{}
	for i := range t.Rows {
		r := &t.Rows[i]
		u := r.Indicator.Unit
		d, seen := dec[u]
		if !seen {
			d = 0
		}
		if r.HasPrevious {
			d = max(d, WrittenDecimals(r.Previous, r.Kind))
		}
		if r.HasCurrent {
			d = max(d, WrittenDecimals(r.Current, r.Kind))
		}
		dec[u] = d
	}
	return dec
}

// WrittenDecimals is the number of decimals a value was written with: its
// Precision when known ("4.60" → 2), else the decimals of its shortest
// exact form (2.25 → 2, 28716 → 0), capped at 6 (a value computed from
// others can have many).
func WrittenDecimals(p analysis.Point, kind analysis.Kind) int {
	if d, ok := p.Precision.Decimals(); ok {
		return min(6, d)
	}
	if p.NoLevel {
		return 0
	}
	// FormatValue's digits, without a string for each value: the form
	// has no exponent, so the decimals are what follows the point.
	var buf [64]byte
	b := analysis.AppendValue(buf[:0], p.Value, kind)
	if i := bytes.IndexByte(b, '.'); i >= 0 {
		return min(6, len(b)-i-1)
	}
	return 0
}

// Number formats v with dec decimals, as the tables print figures:
// without thousands separators, as the national bulletins do, and "0" for
// a negative zero.
func Number(v float64, dec int) string {
	s := analysis.FormatFixed(v, dec)
	if strings.HasPrefix(s, "-") && strings.Trim(s, "-0.") == "" {
		s = s[1:]
	}
	return s
}

// tooSmall reports whether v is not zero but shows as zero at dec
// decimals: the yearbook's "…".
func tooSmall(v float64, dec int) bool {
	if v == 0 || math.Abs(v) >= 1 {
		return false // a figure of 1 or more never rounds to zero
	}
	return strings.Trim(Number(math.Abs(v), dec), "0.") == ""
}

// valueCell is a year's value: the number with the decimals of its unit
// and its qualifier as written (约2.25, 540多, 1000左右; "约" for an
// approximate value without one), blank when the value is unknown, "—"
// for a figure stated only as a change (no level).
func valueCell(p analysis.Point, ok bool, dec int, nb *notes) Cell {
	if !ok {
		return markCell(MarkUnknown, nb, analysis.MissingCurrent)
	}
	if p.NoLevel {
		nb.general(noteNoLevel)
		return Cell{Text: MarkNotApplicable.Symbol(), Mark: MarkNotApplicable}
	}
	c := numberCell(p.Value, dec, nb)
	q := p.Qualifier
	if q == "" && p.Flags&analysis.FlagApprox != 0 {
		q = "约"
	}
	if q != "" && c.Mark == MarkNone {
		text := q.Format(c.Text, "")
		c.Prefix, c.Suffix, _ = strings.Cut(text, c.Text)
		c.Text = text
		nb.general(noteApprox)
	}
	return c
}

// changeCell is a change column's cell: the computed figure, except
// where the source's own statement is the better one to show — a figure
// stated only as a change (no level), and a growth over a prior derived
// from that very statement, which only repeats it: there the change is
// shown as stated, with its own decimals (4.6 stays 4.6), and a note says
// so.
func changeCell(r *analysis.Row, f analysis.Figure, kind analysis.ChangeKind, dec int, nb *notes) Cell {
	if r.HasCurrent {
		st, stated := r.Current.Change(kind)
		derived := r.HasPrevious && r.Previous.Flags&analysis.FlagDerived != 0
		if stated && (f.Reason == analysis.NoLevel || derived && f.OK() && kind != analysis.ChangeAbs) {
			nb.general(noteStated)
			d := st.Decimals()
			return Cell{Text: Number(st.Value, d), Value: st.Value, Numeric: true, Decimals: d}
		}
	}
	return figureCell(f, dec, nb)
}

// figureCell is a computed figure: the number, or the mark its reason
// calls for.
func figureCell(f analysis.Figure, dec int, nb *notes) Cell {
	if f.OK() {
		return numberCell(f.Value, dec, nb)
	}
	switch f.Reason {
	case analysis.MissingCurrent, analysis.MissingPrevious:
		return markCell(MarkUnknown, nb, f.Reason)
	}
	return markCell(MarkNotApplicable, nb, f.Reason)
}

func numberCell(v float64, dec int, nb *notes) Cell {
	if tooSmall(v, dec) {
		nb.mark(MarkTooSmall, 0)
		return Cell{Text: MarkTooSmall.Symbol(), Value: v, Numeric: true, Decimals: dec, Mark: MarkTooSmall}
	}
	return Cell{Text: Number(v, dec), Value: v, Numeric: true, Decimals: dec}
}

func markCell(m Mark, nb *notes, why analysis.Reason) Cell {
	nb.mark(m, why)
	return Cell{Text: m.Symbol(), Mark: m}
}

// rowNote is the note on a row, as one sentence, or "": the indicator's
// note, the notes of the two values, and what is derived or estimated.
func rowNote(t *analysis.Table, r *analysis.Row) string {
	var parts []string
	add := func(s string) {
		s = strings.TrimRight(Punctuate(strings.TrimSpace(s)), "。；;.")
		if s != "" {
			parts = append(parts, s)
		}
	}
	add(r.Indicator.Note)
	point := func(p analysis.Point, ok bool, year int) {
		if !ok {
			return
		}
		y := strconv.Itoa(year) + "年"
		switch {
		case p.Flags&analysis.FlagDerived != 0:
			add(y + "数据为推算值")
		case p.Flags&analysis.FlagEstimated != 0:
			add(y + "数据为估计值")
		}
		if p.Note != "" && p.Flags&analysis.FlagDerived == 0 {
			if ok && year == r.Year {
				add(p.Note)
			} else {
				add(y + "：" + p.Note)
			}
		}
	}
	point(r.Previous, r.HasPrevious, r.PreviousYear)
	point(r.Current, r.HasCurrent, r.Year)
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, "；") + "。"
}

// Texts of the general notes.
const (
	noteApprox  = "数字带“约、多、余、近、左右”等字样的为约数，照原文列出。"
	noteNoLevel = "原文只公布增减情况的指标，本年数以“—”表示。"
	noteStated  = "原文公布了增减情况的，增减栏照原文列出。"
)

// notes collects a table's 注: the notes of rows, with their references,
// and the marks the table uses.
type notes struct {
	rows    []string // by reference number - 1
	byText  map[string]int
	marks   [4]bool
	reasons map[analysis.Reason]bool
	extra   []string // general notes, in order of first use
}

// refFor returns the reference of a row's note ("①"), adding it; "" for
// no note. Rows with the same note share a reference.
func (nb *notes) refFor(text string) string {
	if text == "" {
		return ""
	}
	if nb.byText == nil {
		nb.byText = map[string]int{}
	}
	n, ok := nb.byText[text]
	if !ok {
		nb.rows = append(nb.rows, text)
		n = len(nb.rows)
		nb.byText[text] = n
	}
	return Ref(n)
}

func (nb *notes) mark(m Mark, why analysis.Reason) {
	nb.marks[m] = true
	if m == MarkNotApplicable {
		if nb.reasons == nil {
			nb.reasons = map[analysis.Reason]bool{}
		}
		nb.reasons[why] = true
	}
}

func (nb *notes) general(s string) {
	for _, e := range nb.extra {
		if e == s {
			return
		}
	}
	nb.extra = append(nb.extra, s)
}

// list returns the 注: the marks' meanings, the general notes, then the
// row notes by reference.
func (nb *notes) list() []Note {
	var out []Note
	if nb.marks[MarkNotApplicable] {
		var why []string
		for _, r := range []analysis.Reason{analysis.ZeroBase, analysis.NegativeBase, analysis.OutOfRange, analysis.NoLevel, analysis.PeriodMismatch, analysis.NotApplicable} {
			if !nb.reasons[r] {
				continue
			}
			switch r {
			case analysis.ZeroBase:
				why = append(why, "上年为0，增速无意义")
			case analysis.NegativeBase:
				why = append(why, "基期为负，增速无意义")
			case analysis.OutOfRange:
				why = append(why, "数值超出范围")
			case analysis.NoLevel:
				why = append(why, "原文只公布了增减情况")
			case analysis.PeriodMismatch:
				why = append(why, "两年数据所属期间不同，不可比")
			case analysis.NotApplicable:
				why = append(why, "该指标不适用此栏")
			}
		}
		out = append(out, Note{Text: "“—”表示" + strings.Join(why, "，或") + "。"})
	}
	if nb.marks[MarkTooSmall] {
		out = append(out, Note{Text: "“…”表示数值不足所示最小单位。"})
	}
	if nb.marks[MarkUnknown] {
		out = append(out, Note{Text: "空白表示缺少该年数据。"})
	}
	for _, e := range nb.extra {
		out = append(out, Note{Text: e})
	}
	for i, s := range nb.rows {
		out = append(out, Note{Ref: Ref(i + 1), Text: s})
	}
	return out
}

// Ref is the n-th note reference: ① … ⑳, then （21） and so on.
func Ref(n int) string {
	if n >= 1 && n <= 20 {
		return string(rune(0x2460 + n - 1))
	}
	return "（" + strconv.Itoa(n) + "）"
}
