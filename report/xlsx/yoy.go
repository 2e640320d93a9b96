package xlsx

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/textwidth"
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

// The formulas escaped for XML and split at the row number.
var (
	changeParts = splitFormula(changeFormula)
	growthParts = splitFormula(growthFormula)
	ppParts     = splitFormula(ppFormula)
)

func splitFormula(tmpl string) []string {
	return strings.Split(string(appendEscaped(nil, tmpl)), "%[1]d")
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
func FlagsText(r *analysis.Row) string { return flagsText(r.Flags()) }

func flagsText(codes []string) string {
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
func (b *builder) valueStyle(r *analysis.Row, decimals int) (int, error) {
	k := styleKey{r.Kind == analysis.KindRate, decimals}
	if id, ok := b.valueStyles[k]; ok {
		return id, nil
	}
	format := groupedFormat(decimals)
	if k.rate {
		format = plainFormat(decimals)
	}
	id, err := b.numStyle(format)
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
		minW[i] = textwidth.Of(h) + 2
	}
	maxW := []int{30, 50, 12, 22, 22, 22, 20, 70, 50}
	cw := newColWidths(minW, maxW)
	lines, lastSection := 0, ""
	b.rowDec = make([]int8, len(t.Rows))
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
		b.rowDec[i] = int8(d)
		if r.HasPrevious {
			cw.fit(colPrevious, groupedWidth(r.Previous.Value, d))
		}
		if r.HasCurrent {
			cw.fit(colCurrent, groupedWidth(r.Current.Value, d))
		}
		if v, ok := r.Change.Float(); ok {
			cw.fit(colChange, groupedWidth(v, d))
		}
		if _, err := b.valueStyle(r, d); err != nil {
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
	seq := &sheetSeq{b: b, base: SheetYoY, header: header, widths: widths, total: lines, filter: true, print: true, outline: true}
	seq.rows = b.yoyRows
	charted := b.chartRowSet()
	b.placed = make(map[int]place, len(charted))
	idx, lastSection := 0, ""
	for i := range t.Rows {
		if sec := t.Rows[i].Indicator.Section; i == 0 || sec != lastSection {
			idx++
			lastSection = sec
		}
		if charted[i] {
			b.placed[i] = seq.at(idx)
		}
		idx++
	}
	return seq, nil
}

// yoyRows writes the 同比分析 rows with indices [from, to): a section row
// where the section changes, then one row per indicator, the row with
// index from on line 2. Formulas refer to their own line.
func (b *builder) yoyRows(rw *rowWriter, from, to int) error {
	t := b.t
	idx, lastSection := 0, ""
	for i := range t.Rows {
		if idx >= to {
			break
		}
		r := &t.Rows[i]
		ind := r.Indicator
		if i == 0 || ind.Section != lastSection {
			lastSection = ind.Section
			if idx >= from {
				name := ind.Section
				if name == "" {
					name = "(未分组)"
				}
				// The section row's fill spans the table's columns only.
				rw.start(idx-from+2, 0)
				rw.str(colSection, b.section, name)
				for c := colSection + 1; c < yoyCols; c++ {
					rw.blank(c, b.section)
				}
				if err := rw.end(); err != nil {
					return err
				}
			}
			idx++
			if idx >= to {
				break
			}
		}
		if idx < from {
			idx++
			continue
		}
		vs, ok := b.valueStyles[styleKey{r.Kind == analysis.KindRate, int(b.rowDec[i])}]
		if !ok {
			return fmt.Errorf("row %d: no number style planned", i)
		}
		line := idx - from + 2
		rw.start(line, 1)
		rw.str(colSection, b.text, ind.Section)
		rw.str(colIndicator, b.text, ind.Name)
		rw.str(colUnit, b.text, ind.Unit)
		// A missing value is an empty cell with the row's number format.
		if r.HasPrevious {
			rw.num(colPrevious, vs, r.Previous.Value)
		} else {
			rw.blank(colPrevious, vs)
		}
		if r.HasCurrent {
			rw.num(colCurrent, vs, r.Current.Value)
		} else {
			rw.blank(colCurrent, vs)
		}
		change, growth := cachedChange(r), cachedGrowth(r)
		if b.opt.wrongCache {
			change, growth = wrong(change), wrong(growth)
		}
		rw.formulaAt(colChange, vs, changeParts, line, change)
		if r.Kind == analysis.KindRate {
			rw.formulaAt(colGrowth, b.ppStyle, ppParts, line, growth)
		} else {
			rw.formulaAt(colGrowth, b.growthStyle, growthParts, line, growth)
		}
		rw.str(colStatement, b.wrap, r.Statement)
		if codes := r.Flags(); len(codes) > 0 {
			rw.str(colFlags, b.wrap, flagsText(codes))
		}
		if err := rw.end(); err != nil {
			return err
		}
		idx++
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
