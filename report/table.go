package report

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/csvsafe"
	"github.com/annualstat/annualstat/internal/textwidth"
	"github.com/annualstat/annualstat/report/present"
)

// TableRow is one row of the year-over-year table in the JSON output of
// `annualstat analyze`. A figure that is undefined is null, with the reason
// in Flags (no_level, period_mismatch, zero_base, negative_base,
// missing_previous, missing_current) next to the value flags (approx,
// derived, estimated). GrowthPct is null for rates and ChangePP null for
// everything else. The README's "JSON and CSV fields" section documents
// every field.
type TableRow struct {
	Section      string   `json:"section"`
	Indicator    string   `json:"indicator"`
	Unit         string   `json:"unit"`
	Kind         string   `json:"kind"`
	Year         int      `json:"year"`
	PreviousYear *int     `json:"previous_year"`
	Current      *float64 `json:"current"`
	Previous     *float64 `json:"previous"`
	Change       *float64 `json:"change"`
	GrowthPct    *float64 `json:"growth_pct"`
	ChangePP     *float64 `json:"change_pp"`
	Multiple     *float64 `json:"multiple"`
	Statement    string   `json:"statement"`
	Flags        []string `json:"flags"`

	UnitScale  string  `json:"unit_scale"`  // the scale of the unit as written: "万" in 万户; "" none
	UnitFactor float64 `json:"unit_factor"` // the scale's multiplier: 10000; 1 when none
	UnitBase   string  `json:"unit_base"`   // the unit without its scale: "户"
	Class      string  `json:"class"`       // measure, count, amount, proportion, percent, permille, ratio, index
	Period     string  `json:"period"`      // the current value's period as written: "", "1-11月", "年末"
	PeriodKind string  `json:"period_kind"` // annual, partial or point
	Qualifier  string  `json:"qualifier"`   // the current value's qualifier as written: 多, 近, 约 …; "" exact
	// CurrentDecimals and PreviousDecimals are the decimals each value was
	// written with (for a derived value: that of its source); null when
	// unknown.
	CurrentDecimals  *int `json:"current_decimals"`
	PreviousDecimals *int `json:"previous_decimals"`
	// CurrentText and PreviousText are the values as the appendix shows
	// them, with their own decimals; "" when missing.
	CurrentText  string `json:"current_text"`
	PreviousText string `json:"previous_text"`
	NoLevel      bool   `json:"no_level"` // the source stated only a change
	// Changes are the changes the source stated for the current value, in
	// the order written; [] when none.
	Changes []ChangeJSON `json:"changes"`
}

// ChangeJSON is a change the source stated, as written.
type ChangeJSON struct {
	Kind      string  `json:"kind"`     // growth_pct, pp, multiple or abs
	Value     float64 `json:"value"`    // signed: a decline is negative
	Text      string  `json:"text"`     // the number as written
	Decimals  int     `json:"decimals"` // the decimals it was written with
	Base      string  `json:"base"`     // 比上年, 比上年同期, 比上年末, 同比 …; "" the previous year
	Verb      string  `json:"verb"`     // 增长, 上涨, 减少 … as written; "" unknown
	Unit      string  `json:"unit"`     // unit of an absolute change when not the indicator's
	Ambiguous bool    `json:"ambiguous"`
}

func fig(f analysis.Figure) *float64 {
	if v, ok := f.Float(); ok {
		return &v
	}
	return nil
}

func decimalsOf(p analysis.Point) *int {
	if d, ok := p.Precision.Decimals(); ok {
		return &d
	}
	return nil
}

// Rows converts an analysed table to its output rows, in table order.
func Rows(t *analysis.Table) []TableRow {
	out := make([]TableRow, len(t.Rows))
	for i := range t.Rows {
		out[i] = tableRow(t, i)
	}
	return out
}

// tableRow is the output row of t.Rows[i].
func tableRow(t *analysis.Table, i int) TableRow {
	r := &t.Rows[i]
	u := r.Indicator.ParsedUnit()
	tr := TableRow{
		Section: r.Indicator.Section, Indicator: r.Indicator.Name, Unit: r.Indicator.Unit,
		Kind: r.Kind.String(), Year: r.Year, Change: fig(r.Change), Multiple: fig(r.Multiple),
		Statement: r.Statement, Flags: r.Flags(),
		UnitScale: u.Scale, UnitFactor: u.Factor, UnitBase: u.Base, Class: u.Class.String(),
		Changes: []ChangeJSON{},
	}
	if t.PreviousYear != 0 {
		py := t.PreviousYear
		tr.PreviousYear = &py
	}
	if r.HasCurrent {
		tr.Period, tr.PeriodKind = r.Current.Period, r.Current.PeriodKind().String()
		tr.Qualifier, tr.NoLevel = string(r.Current.Qualifier), r.Current.NoLevel
		if !r.Current.NoLevel {
			v := r.Current.Value
			tr.Current = &v
			tr.CurrentDecimals = decimalsOf(r.Current)
			tr.CurrentText = analysis.FormatPoint(r.Current, r.Kind)
		}
		for _, c := range r.Current.Changes {
			tr.Changes = append(tr.Changes, ChangeJSON{Kind: c.Kind.String(), Value: c.Value, Text: c.Text,
				Decimals: c.Decimals(), Base: c.Base, Verb: c.Verb, Unit: c.Unit, Ambiguous: c.Ambiguous})
		}
	} else {
		tr.PeriodKind = analysis.PeriodAnnual.String()
	}
	if r.HasPrevious {
		v := r.Previous.Value
		tr.Previous = &v
		tr.PreviousDecimals = decimalsOf(r.Previous)
		tr.PreviousText = analysis.FormatPoint(r.Previous, r.Kind)
	}
	if r.Kind == analysis.KindRate {
		tr.ChangePP = fig(r.PP)
	} else {
		tr.GrowthPct = fig(r.Growth)
	}
	if tr.Flags == nil {
		tr.Flags = []string{}
	}
	return tr
}

// WriteJSON writes the table as a JSON array of TableRow objects, indented
// by two spaces. The rows are encoded one at a time, as an encoder of the
// whole array would write them, so that a table of 200,000 rows is never
// in memory as JSON.
func WriteJSON(w io.Writer, t *analysis.Table) error {
	if len(t.Rows) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var row bytes.Buffer
	enc := json.NewEncoder(&row)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	bw.WriteString("[\n  ")
	for i := range t.Rows {
		if i > 0 {
			bw.WriteString(",\n  ")
		}
		row.Reset()
		if err := enc.Encode(tableRow(t, i)); err != nil {
			return err
		}
		bw.Write(bytes.TrimSuffix(row.Bytes(), []byte("\n")))
	}
	bw.WriteString("\n]\n")
	return bw.Flush()
}

// csvHeader names the columns of WriteCSV; they are the JSON field names.
var csvHeader = []string{"section", "indicator", "unit", "kind", "year", "previous_year", "current", "previous",
	"change", "growth_pct", "change_pp", "multiple", "statement", "flags",
	"unit_scale", "unit_factor", "unit_base", "class", "period", "period_kind", "qualifier",
	"current_decimals", "previous_decimals", "current_text", "previous_text", "no_level", "changes"}

// WriteCSV writes the table as CSV with the JSON field names as header.
// Numbers keep full precision (strconv 'g' shortest form); undefined figures
// and unknown decimals are empty, flags are joined with "|", no_level is
// true or false, and changes are the stated changes in the form of
// analysis.FormatChanges, which analysis.ParseChanges reads back
// ("growth_pct -2.6 (2.60) base=同比 verb=下降 decimals=2; abs -7 (7) base=同比 verb=减少 decimals=0").
// A text cell that a spreadsheet would run as a formula (beginning with =,
// +, -, @, tab or CR, and not a number) gets a leading single quote
// (internal/csvsafe).
func WriteCSV(w io.Writer, t *analysis.Table) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	num := func(v *float64) string {
		if v == nil {
			return ""
		}
		return strconv.FormatFloat(*v, 'f', -1, 64)
	}
	dec := func(d *int) string {
		if d == nil {
			return ""
		}
		return strconv.Itoa(*d)
	}
	for i := range t.Rows {
		r := tableRow(t, i)
		py := ""
		if r.PreviousYear != nil {
			py = strconv.Itoa(*r.PreviousYear)
		}
		sts := make([]analysis.Stated, len(r.Changes))
		for i, c := range r.Changes {
			k, err := analysis.ParseChangeKind(c.Kind)
			if err != nil {
				return fmt.Errorf("report: WriteCSV: %s: %w", r.Indicator, err)
			}
			sts[i] = analysis.Stated{Kind: k, Value: c.Value, Text: c.Text, Precision: analysis.PrecisionOf(c.Decimals),
				Base: c.Base, Verb: c.Verb, Unit: c.Unit, Ambiguous: c.Ambiguous}
		}
		changes, err := analysis.FormatChanges(sts)
		if err != nil {
			return fmt.Errorf("report: WriteCSV: %s: %w", r.Indicator, err)
		}
		txt := csvsafe.Text // text cells never read as formulas
		rec := []string{txt(r.Section), txt(r.Indicator), txt(r.Unit), r.Kind, strconv.Itoa(r.Year), py,
			num(r.Current), num(r.Previous), num(r.Change), num(r.GrowthPct), num(r.ChangePP), num(r.Multiple),
			txt(r.Statement), strings.Join(r.Flags, "|"),
			txt(r.UnitScale), strconv.FormatFloat(r.UnitFactor, 'f', -1, 64), txt(r.UnitBase), r.Class, txt(r.Period), r.PeriodKind, txt(r.Qualifier),
			dec(r.CurrentDecimals), dec(r.PreviousDecimals), txt(r.CurrentText), txt(r.PreviousText), strconv.FormatBool(r.NoLevel),
			txt(changes)}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Shown returns the figures of a row as the appendix shows them: values with
// the decimals they were written with (a derived value with its source's), growth as "12.33%", percentage points as "1.20",
// undefined figures as "—".
func Shown(t *analysis.Table, r *analysis.Row) (previous, current, change, growth string) {
	const dash = "—"
	previous, current, change, growth = dash, dash, dash, dash
	if r.HasPrevious {
		previous = analysis.FormatPoint(r.Previous, r.Kind)
	}
	if r.HasCurrent && !r.Current.NoLevel {
		current = analysis.FormatPoint(r.Current, r.Kind)
	}
	if v, ok := r.Change.Float(); ok {
		change = analysis.FormatValue(v, r.Kind)
		if r.Kind == analysis.KindRate {
			change = analysis.FormatFixed(v, t.Decimals)
		}
	}
	if r.Kind == analysis.KindRate {
		if v, ok := r.PP.Float(); ok {
			growth = analysis.FormatFixed(v, t.Decimals)
		}
	} else if v, ok := r.Growth.Float(); ok {
		growth = analysis.FormatFixed(v, t.Decimals) + "%"
	}
	if r.HasCurrent && r.Current.NoLevel {
		// A figure stated only as a change shows that change as written.
		for _, st := range r.Current.Changes {
			switch {
			case st.Ambiguous:
				continue
			case st.Kind == analysis.ChangeGrowthPct:
				growth = analysis.FormatFixed(st.Value, st.Decimals()) + "%"
			case st.Kind == analysis.ChangePP:
				growth = analysis.FormatFixed(st.Value, st.Decimals())
			case st.Kind == analysis.ChangeAbs:
				change = analysis.FormatFixed(st.Value, st.Decimals())
				continue
			default:
				continue
			}
			break
		}
	}
	return
}

// DisplayWidth is the width of s in terminal columns: East Asian wide and
// full-width characters count two.
func DisplayWidth(s string) int { return textwidth.Of(s) }

// WriteText writes the table for a terminal: aligned columns that account for
// the double width of Chinese characters, numbers right-aligned, growth for
// counts and amounts and percentage points for rates in one column. Names,
// sections and units are shown in Chinese punctuation (present.Punctuate:
// 在校生人数(2) → 在校生人数（2）), as the appendix shows them.
func WriteText(w io.Writer, t *analysis.Table) error {
	prevHead := "上年"
	if t.PreviousYear != 0 {
		prevHead = strconv.Itoa(t.PreviousYear)
	}
	head := []string{"板块", "指标", "单位", prevHead, strconv.Itoa(t.Year), "增减", "增速/百分点", "标记"}
	rows := [][]string{head}
	for i := range t.Rows {
		r := &t.Rows[i]
		p, c, ch, g := Shown(t, r)
		if r.Kind == analysis.KindRate && g != "—" {
			g += "pp"
		}
		name := r.Indicator.Name
		if r.HasCurrent && r.Current.Period != "" && analysis.PeriodKindOf(r.Current.Period) != analysis.PeriodAnnual &&
			!strings.Contains(name, r.Current.Period) {
			// The period travels with the figure: 1-11月归集上报数据.
			name = r.Current.Period + name
		}
		if r.HasCurrent && r.Current.Qualifier != "" && c != "—" {
			c = string(r.Current.Qualifier.Append(nil, c, ""))
		}
		rows = append(rows, []string{present.Punctuate(r.Indicator.Section), present.Punctuate(name), present.Punctuate(r.Indicator.Unit),
			p, c, ch, g, strings.Join(r.Flags(), ",")})
	}
	widths := make([]int, len(head))
	for _, row := range rows {
		for j, cell := range row {
			widths[j] = max(widths[j], DisplayWidth(cell))
		}
	}
	var buf bytes.Buffer
	for _, row := range rows {
		for j, cell := range row {
			pad := strings.Repeat(" ", widths[j]-DisplayWidth(cell))
			right := j >= 3 && j <= 6
			if j > 0 {
				buf.WriteString("  ")
			}
			if right {
				buf.WriteString(pad + cell)
			} else if j == len(row)-1 {
				buf.WriteString(cell)
			} else {
				buf.WriteString(cell + pad)
			}
		}
		buf.WriteByte('\n')
		if buf.Len() > 64<<10 {
			if _, err := w.Write(buf.Bytes()); err != nil {
				return err
			}
			buf.Reset()
		}
	}
	_, err := w.Write(buf.Bytes())
	if err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}
