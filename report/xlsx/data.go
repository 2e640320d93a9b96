package xlsx

import (
	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/textwidth"
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
		minW[i] = textwidth.Of(h) + 2
	}
	maxW := []int{30, 50, 12, 8, 20, 18, 50, 30, 12, 8, 12, 14, 12, 50, 18}
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
	seq := &sheetSeq{b: b, base: SheetData, header: DataHeader, widths: widths, total: dataRows(d), filter: true}
	seq.rows = b.dataRows
	return seq
}

// dataRows is the number of rows of the 数据 sheet.
func dataRows(d *analysis.Dataset) int {
	n := 0
	for _, ind := range d.Indicators {
		n += max(1, len(ind.Points))
	}
	return n
}

// dataRows writes the 数据 rows with indices [from, to), the row with index
// from on line 2.
func (b *builder) dataRows(rw *rowWriter, from, to int) error {
	idx := 0
	for _, ind := range b.t.Dataset.Indicators {
		if idx >= to {
			break
		}
		n := max(1, len(ind.Points))
		if idx+n <= from {
			idx += n
			continue
		}
		kind := ""
		if ind.Kind != analysis.KindAuto {
			kind = ind.Kind.String()
		}
		if len(ind.Points) == 0 {
			rw.start(idx-from+2, 0)
			rw.str(0, 0, ind.Section)
			rw.str(1, 0, ind.Name)
			rw.str(2, 0, ind.Unit)
			rw.str(7, 0, ind.Parent)
			rw.str(9, 0, kind)
			rw.str(13, 0, ind.Note)
			if err := rw.end(); err != nil {
				return err
			}
			idx++
			continue
		}
		for _, p := range ind.Points {
			if idx < from {
				idx++
				continue
			}
			if idx >= to {
				break
			}
			rw.start(idx-from+2, 0)
			rw.str(0, 0, ind.Section)
			rw.str(1, 0, ind.Name)
			rw.str(2, 0, ind.Unit)
			rw.int(3, 0, p.Year)
			rw.num(4, 0, p.Value)
			if p.Flags != 0 {
				rw.str(5, 0, p.Flags.String())
			}
			rw.str(6, 0, p.Note)
			rw.str(7, 0, ind.Parent)
			rw.str(8, 0, p.Period)
			rw.str(9, 0, kind)
			if s := p.FirstChange(); s != nil && s.Kind != analysis.ChangeNone {
				rw.str(10, 0, s.Kind.String())
				rw.num(11, 0, s.Value)
				rw.str(12, 0, s.Text)
			}
			rw.str(13, 0, ind.Note)
			if s := p.FirstChange(); s != nil && s.Ambiguous {
				rw.str(14, 0, "true")
			}
			if err := rw.end(); err != nil {
				return err
			}
			idx++
		}
	}
	return nil
}

// planFindings lays out the 校验 sheet: one row per finding.
func (b *builder) planFindings(findings []analysis.Finding) *sheetSeq {
	header := []string{"规则", "级别", "年份", "指标", "应为", "实为", "说明"}
	minW := make([]int, len(header))
	for i, h := range header {
		minW[i] = textwidth.Of(h) + 2
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
	seq := &sheetSeq{b: b, base: SheetFindings, header: header, widths: widths, total: len(findings), filter: true}
	seq.rows = func(rw *rowWriter, from, to int) error {
		for i, fd := range findings[from:to] {
			rw.start(i+2, 0)
			rw.str(0, 0, fd.Rule)
			rw.str(1, 0, levelText(fd.Severity))
			if fd.Year != 0 {
				rw.int(2, 0, fd.Year)
			}
			rw.str(3, 0, joinNames(fd.Indicators))
			rw.str(4, 0, fd.Expected)
			rw.str(5, 0, fd.Found)
			rw.str(6, b.wrap, fd.Message)
			if err := rw.end(); err != nil {
				return err
			}
		}
		return nil
	}
	return seq
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
