package xlsx

import (
	"context"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
)

// planData measures the 数据 sheet: one row per value, in dataset order,
// with the columns of DataHeader. Values are written at full precision
// (Excel keeps 15 significant digits); kind only when it was given rather
// than derived from the unit; the indicator's note on each of its rows. An
// indicator without values is one row with empty year and value, so that
// it keeps its place.
func (b *builder) planData() *sheetSeq {
	d := b.t.Dataset
	minW := make([]int, len(DataHeader))
	for i, h := range DataHeader {
		minW[i] = displayWidth(h) + 2
	}
	maxW := []int{30, 50, 12, 8, 20, 18, 50, 30, 12, 8, 12, 14, 12, 50}
	cw := newColWidths(minW, maxW)
	for _, ind := range d.Indicators {
		cw.text(0, ind.Section)
		cw.text(1, ind.Name)
		cw.text(2, ind.Unit)
		cw.text(7, ind.Parent)
		cw.text(13, ind.Note)
		for _, p := range ind.Points {
			cw.text(4, analysis.FormatValue(p.Value, analysis.KindAmount))
			cw.text(6, p.Note)
			cw.text(8, p.Period)
		}
	}
	cw.text(5, "approx|derived")
	widths := make([]float64, len(DataHeader))
	for i := range widths {
		widths[i] = cw.width(i)
	}
	return &sheetSeq{b: b, base: SheetData, header: headerRow(DataHeader...), widths: widths, total: dataRows(d), filter: true}
}

// dataRows is the number of rows of the 数据 sheet.
func dataRows(d *analysis.Dataset) int {
	n := 0
	for _, ind := range d.Indicators {
		n += max(1, len(ind.Points))
	}
	return n
}

// writeData writes the rows of the 数据 sheet.
func (b *builder) writeData(ctx context.Context, seq *sheetSeq) error {
	d := b.t.Dataset
	values := make([]any, len(DataHeader))
	for _, ind := range d.Indicators {
		kind := ""
		if ind.Kind != analysis.KindAuto {
			kind = ind.Kind.String()
		}
		if len(ind.Points) == 0 {
			clear(values)
			values[0], values[1], values[2] = ind.Section, ind.Name, ind.Unit
			indicatorColumns(values, ind, kind)
			if _, err := seq.row(ctx, values); err != nil {
				return err
			}
			continue
		}
		for _, p := range ind.Points {
			clear(values)
			values[0] = ind.Section
			values[1] = ind.Name
			values[2] = ind.Unit
			values[3] = p.Year
			values[4] = p.Value
			if p.Flags != 0 {
				values[5] = p.Flags.String()
			}
			if p.Note != "" {
				values[6] = p.Note
			}
			indicatorColumns(values, ind, kind)
			if p.Period != "" {
				values[8] = p.Period
			}
			if s := p.Stated; s != nil && s.Kind != analysis.ChangeNone {
				values[10] = s.Kind.String()
				values[11] = s.Value
				if s.Text != "" {
					values[12] = s.Text
				}
			}
			if _, err := seq.row(ctx, values); err != nil {
				return err
			}
		}
	}
	return nil
}

// indicatorColumns fills the columns of a 数据 row that belong to the
// indicator rather than the value.
func indicatorColumns(values []any, ind *analysis.Indicator, kind string) {
	if ind.Parent != "" {
		values[7] = ind.Parent
	}
	if kind != "" {
		values[9] = kind
	}
	if ind.Note != "" {
		values[13] = ind.Note
	}
}

// writeFindings writes the 校验 sheet: one row per finding.
func (b *builder) writeFindings(findings []analysis.Finding) error {
	header := []string{"规则", "级别", "年份", "指标", "应为", "实为", "说明"}
	minW := make([]int, len(header))
	for i, h := range header {
		minW[i] = displayWidth(h) + 2
	}
	cw := newColWidths(minW, []int{16, 14, 8, 40, 30, 40, 80})
	for _, fd := range findings {
		cw.text(0, fd.Rule)
		cw.text(1, levelText(fd.Severity))
		cw.text(3, joinNames(fd.Indicators))
		cw.text(4, fd.Expected)
		cw.text(5, fd.Found)
		cw.text(6, fd.Message)
	}
	widths := make([]float64, len(header))
	for i := range widths {
		widths[i] = cw.width(i)
	}
	seq := &sheetSeq{b: b, base: SheetFindings, header: headerRow(header...), widths: widths, total: len(findings), filter: true}
	if err := seq.open(); err != nil {
		return err
	}
	for _, fd := range findings {
		var year any
		if fd.Year != 0 {
			year = fd.Year
		}
		row := []any{fd.Rule, levelText(fd.Severity), year, joinNames(fd.Indicators), fd.Expected, fd.Found,
			excelize.Cell{StyleID: b.wrap, Value: fd.Message}}
		if _, err := seq.row(b.ctx, row); err != nil {
			return err
		}
	}
	return seq.flush()
}

// levelText is a severity as the 级别 column shows it: "错误(error)".
func levelText(s analysis.Severity) string { return s.Chinese() + "(" + s.String() + ")" }

func joinNames(names []string) string {
	out := ""
	for i, n := range names {
		if i > 0 {
			out += "、"
		}
		out += n
	}
	return out
}
