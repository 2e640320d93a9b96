package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/textwidth"
)

// TableRow is one row of the year-over-year table in the JSON output of
// `annualstat analyze`. A figure that is undefined is null, with the reason
// in Flags (zero_base, negative_base, missing_previous, missing_current) next
// to the value flags (approx, derived, estimated). GrowthPct is null for
// rates and ChangePP null for everything else.
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
}

func fig(f analysis.Figure) *float64 {
	if v, ok := f.Float(); ok {
		return &v
	}
	return nil
}

// Rows converts an analysed table to its output rows, in table order.
func Rows(t *analysis.Table) []TableRow {
	out := make([]TableRow, len(t.Rows))
	for i := range t.Rows {
		r := &t.Rows[i]
		tr := TableRow{
			Section: r.Indicator.Section, Indicator: r.Indicator.Name, Unit: r.Indicator.Unit,
			Kind: r.Kind.String(), Year: r.Year, Change: fig(r.Change), Multiple: fig(r.Multiple),
			Statement: r.Statement, Flags: r.Flags(),
		}
		if t.PreviousYear != 0 {
			py := t.PreviousYear
			tr.PreviousYear = &py
		}
		if r.HasCurrent {
			v := r.Current.Value
			tr.Current = &v
		}
		if r.HasPrevious {
			v := r.Previous.Value
			tr.Previous = &v
		}
		if r.Kind == analysis.KindRate {
			tr.ChangePP = fig(r.PP)
		} else {
			tr.GrowthPct = fig(r.Growth)
		}
		if tr.Flags == nil {
			tr.Flags = []string{}
		}
		out[i] = tr
	}
	return out
}

// WriteJSON writes the table as a JSON array of TableRow objects.
func WriteJSON(w io.Writer, t *analysis.Table) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(Rows(t))
}

// csvHeader names the columns of WriteCSV; they are the JSON field names.
var csvHeader = []string{"section", "indicator", "unit", "kind", "year", "previous_year", "current", "previous",
	"change", "growth_pct", "change_pp", "multiple", "statement", "flags"}

// WriteCSV writes the table as CSV with the JSON field names as header.
// Numbers keep full precision (strconv 'g' shortest form); undefined figures
// are empty and flags are joined with "|".
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
	for _, r := range Rows(t) {
		py := ""
		if r.PreviousYear != nil {
			py = strconv.Itoa(*r.PreviousYear)
		}
		rec := []string{r.Section, r.Indicator, r.Unit, r.Kind, strconv.Itoa(r.Year), py,
			num(r.Current), num(r.Previous), num(r.Change), num(r.GrowthPct), num(r.ChangePP), num(r.Multiple),
			r.Statement, strings.Join(r.Flags, "|")}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Shown returns the figures of a row as the appendix shows them: values in
// their unit's precision, growth as "12.33%", percentage points as "1.20",
// undefined figures as "—".
func Shown(t *analysis.Table, r *analysis.Row) (previous, current, change, growth string) {
	const dash = "—"
	previous, current, change, growth = dash, dash, dash, dash
	if r.HasPrevious {
		previous = analysis.FormatValue(r.Previous.Value, r.Kind)
	}
	if r.HasCurrent {
		current = analysis.FormatValue(r.Current.Value, r.Kind)
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
	return
}

// DisplayWidth is the width of s in terminal columns: East Asian wide and
// full-width characters count two.
func DisplayWidth(s string) int { return textwidth.Of(s) }

// WriteText writes the table for a terminal: aligned columns that account for
// the double width of Chinese characters, numbers right-aligned, growth for
// counts and amounts and percentage points for rates in one column.
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
		rows = append(rows, []string{r.Indicator.Section, r.Indicator.Name, r.Indicator.Unit, p, c, ch, g, strings.Join(r.Flags(), ",")})
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
