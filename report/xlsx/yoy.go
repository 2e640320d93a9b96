package xlsx

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
)

// Columns of the 同比分析 sheet.
const (
	colSection = iota
	colIndicator
	colUnit
	colPrevious
	colCurrent
	colChange
	colGrowth
	colStatement
	colFlags
	yoyCols
)

// Formulas of the 同比分析 sheet, with %[1]d the row: previous value in D,
// current value in E. They give "" exactly where the analysis says the
// figure is undefined.
const (
	changeFormula = `IF(AND(ISNUMBER(D%[1]d),ISNUMBER(E%[1]d)),E%[1]d-D%[1]d,"")`
	growthFormula = `IF(AND(ISNUMBER(D%[1]d),ISNUMBER(E%[1]d),D%[1]d>0),(E%[1]d-D%[1]d)/D%[1]d,"")`
	ppFormula     = `IF(AND(ISNUMBER(D%[1]d),ISNUMBER(E%[1]d)),E%[1]d-D%[1]d,"")`
)

// formula fills one of the formulas above for row line. It is fmt.Sprintf
// without fmt's cost: the sheet can have a million rows.
func formula(tmpl string, line int) string {
	n := strconv.Itoa(line)
	var b strings.Builder
	b.Grow(len(tmpl) + 6*len(n))
	for {
		i := strings.Index(tmpl, "%[1]d")
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		b.WriteString(n)
		tmpl = tmpl[i+5:]
	}
}

// flagGloss is the Chinese gloss of each flag code of analysis.Row.Flags.
var flagGloss = map[string]string{
	"zero_base":        "上年为0",
	"negative_base":    "基期为负",
	"missing_previous": "缺少上年数据",
	"missing_current":  "缺少本年数据",
	"approx":           "约数",
	"derived":          "推算值",
	"estimated":        "估计值",
}

// FlagsText is the flags column of a row: each flag as its Chinese gloss
// followed by its code, e.g. "上年为0(zero_base); 约数(approx)".
func FlagsText(r *analysis.Row) string {
	codes := r.Flags()
	if len(codes) == 0 {
		return ""
	}
	parts := make([]string, len(codes))
	for i, c := range codes {
		if g, ok := flagGloss[c]; ok {
			parts[i] = g + "(" + c + ")"
		} else {
			parts[i] = c
		}
	}
	return strings.Join(parts, "; ")
}

// rowDecimals is the number of decimals the values of a row are shown with:
// the most either value was written with; for rates at least the table's
// precision.
func rowDecimals(r *analysis.Row, tableDecimals int) int {
	d := 0
	if r.HasPrevious {
		d = max(d, valueDecimals(r.Previous.Value, r.Kind))
	}
	if r.HasCurrent {
		d = max(d, valueDecimals(r.Current.Value, r.Kind))
	}
	if r.Kind == analysis.KindRate {
		d = max(d, tableDecimals)
	}
	return d
}

// valueStyle is the style of a row's values and change.
func (b *builder) valueStyle(r *analysis.Row) (int, error) {
	k := styleKey{r.Kind == analysis.KindRate, rowDecimals(r, b.t.Decimals)}
	if id, ok := b.valueStyles[k]; ok {
		return id, nil
	}
	id, err := b.numStyle(valueFormat(r, b.t.Decimals))
	if err != nil {
		return 0, err
	}
	b.valueStyles[k] = id
	return id, nil
}

type styleKey struct {
	rate     bool
	decimals int
}

// valueFormat is the number format of a row's values and change.
func valueFormat(r *analysis.Row, tableDecimals int) string {
	d := rowDecimals(r, tableDecimals)
	if r.Kind == analysis.KindRate {
		return plainFormat(d)
	}
	return groupedFormat(d)
}

// cachedChange is the change column's cached result: c − p, or "" when
// undefined.
func cachedChange(r *analysis.Row) any {
	if v, ok := r.Change.Float(); ok {
		return v
	}
	return ""
}

// cachedGrowth is the growth column's cached result: for rates the
// percentage points, otherwise the growth as a fraction (c − p)/p, computed
// as the formula computes it; "" when undefined.
func cachedGrowth(r *analysis.Row) any {
	if r.Kind == analysis.KindRate {
		if v, ok := r.PP.Float(); ok {
			return v
		}
		return ""
	}
	if !r.Growth.OK() {
		return ""
	}
	c, p := r.Current.Value, r.Previous.Value
	return (c - p) / p
}

// planYoY measures the 同比分析 sheet before anything is written (column
// widths must be set before the first row), creates every number style it
// needs (styles cannot be created while sheets are written concurrently),
// and selects the chart rows.
func (b *builder) planYoY() (*sheetSeq, error) {
	t := b.t
	prevHdr := "上年"
	if t.PreviousYear != 0 {
		prevHdr = strconv.Itoa(t.PreviousYear) + "年"
	}
	header := []string{"板块", "指标", "单位", prevHdr, strconv.Itoa(t.Year) + "年", "增减量", "增长率/增减百分点", "表述", "标记"}
	minW := make([]int, yoyCols)
	for i, h := range header {
		minW[i] = displayWidth(h) + 2
	}
	maxW := []int{30, 50, 12, 22, 22, 22, 20, 70, 50}
	cw := newColWidths(minW, maxW)
	lines, lastSection := 0, ""
	for i := range t.Rows {
		r := &t.Rows[i]
		ind := r.Indicator
		if i == 0 || ind.Section != lastSection {
			lines++
			lastSection = ind.Section
		}
		lines++
		cw.text(colSection, ind.Section)
		cw.text(colIndicator, ind.Name)
		cw.text(colUnit, ind.Unit)
		cw.text(colStatement, r.Statement)
		if i < 10000 || len(r.Flags()) > 0 {
			cw.text(colFlags, FlagsText(r))
		}
		d := rowDecimals(r, t.Decimals)
		if r.HasPrevious {
			cw.text(colPrevious, groupedText(r.Previous.Value, d))
		}
		if r.HasCurrent {
			cw.text(colCurrent, groupedText(r.Current.Value, d))
		}
		if v, ok := r.Change.Float(); ok {
			cw.text(colChange, groupedText(v, d))
		}
		if _, err := b.valueStyle(r); err != nil {
			return nil, err
		}
	}
	cw.text(colGrowth, "-100.00%")
	widths := make([]float64, yoyCols)
	for i := range widths {
		widths[i] = cw.width(i)
	}
	var err error
	if b.growthStyle, err = b.numStyle(percentFormat(t.Decimals)); err != nil {
		return nil, err
	}
	if b.ppStyle, err = b.numStyle(plainFormat(t.Decimals)); err != nil {
		return nil, err
	}
	b.charted = b.chartRowSet()
	b.placed = make(map[int]place, len(b.charted))
	return &sheetSeq{b: b, base: SheetYoY, header: headerRow(header...), widths: widths, total: lines, filter: true, print: true}, nil
}

// writeYoY writes the rows of the 同比分析 sheet: a section row where the
// section changes, then one row per indicator. It creates no style.
func (b *builder) writeYoY(ctx context.Context, seq *sheetSeq) error {
	t := b.t
	sectionOpts := excelize.RowOpts{StyleID: b.section}
	dataOpts := excelize.RowOpts{OutlineLevel: 1}
	values := make([]any, yoyCols)
	lastSection := ""
	for i := range t.Rows {
		r := &t.Rows[i]
		ind := r.Indicator
		if i == 0 || ind.Section != lastSection {
			lastSection = ind.Section
			name := ind.Section
			if name == "" {
				name = "(未分组)"
			}
			if _, err := seq.row(ctx, []any{name}, sectionOpts); err != nil {
				return err
			}
		}
		vs, ok := b.valueStyles[styleKey{r.Kind == analysis.KindRate, rowDecimals(r, t.Decimals)}]
		if !ok {
			return fmt.Errorf("row %d: no number style planned", i)
		}
		at := seq.next() // the formulas refer to their own row
		clear(values)
		values[colSection] = excelize.Cell{StyleID: b.text, Value: ind.Section}
		values[colIndicator] = excelize.Cell{StyleID: b.text, Value: ind.Name}
		values[colUnit] = excelize.Cell{StyleID: b.text, Value: ind.Unit}
		// A missing value is an empty cell with the row's number format.
		values[colPrevious] = excelize.Cell{StyleID: vs}
		values[colCurrent] = excelize.Cell{StyleID: vs}
		if r.HasPrevious {
			values[colPrevious] = excelize.Cell{StyleID: vs, Value: r.Previous.Value}
		}
		if r.HasCurrent {
			values[colCurrent] = excelize.Cell{StyleID: vs, Value: r.Current.Value}
		}
		change, growth := cachedChange(r), cachedGrowth(r)
		if b.opt.wrongCache {
			change, growth = wrong(change), wrong(growth)
		}
		values[colChange] = excelize.Cell{StyleID: vs, Formula: formula(changeFormula, at.line), Value: change}
		if r.Kind == analysis.KindRate {
			values[colGrowth] = excelize.Cell{StyleID: b.ppStyle, Formula: formula(ppFormula, at.line), Value: growth}
		} else {
			values[colGrowth] = excelize.Cell{StyleID: b.growthStyle, Formula: formula(growthFormula, at.line), Value: growth}
		}
		if r.Statement != "" {
			values[colStatement] = excelize.Cell{StyleID: b.wrap, Value: r.Statement}
		}
		if ft := FlagsText(r); ft != "" {
			values[colFlags] = excelize.Cell{StyleID: b.wrap, Value: ft}
		}
		p, err := seq.row(ctx, values, dataOpts)
		if err != nil {
			return err
		}
		if p != at {
			return fmt.Errorf("row %d went to %s line %d, its formulas refer to %s line %d", i, p.sheet, p.line, at.sheet, at.line)
		}
		if b.charted[i] {
			b.placed[i] = p
		}
	}
	return nil
}

// wrong returns a deliberately wrong cached result (test hook): a number
// where the result is "", and a different number where it is a number.
func wrong(v any) any {
	if f, ok := v.(float64); ok {
		return f + 1000
	}
	return 0.5
}
