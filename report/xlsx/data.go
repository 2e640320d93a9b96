package xlsx

import (
	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/textwidth"
	"github.com/annualstat/annualstat/report/present"
)

// DataHeader is the header of the 数据 sheet: the Chinese names
// analysis/ingest reads for the columns of the long CSV layout (板块 =
// section, 指标 = indicator, …, 变化存疑 = change_ambiguous), so that the
// sheet loads back as the dataset it shows.
var DataHeader = []string{"板块", "指标", "单位", "年份", "数值", "标记", "备注", "上级指标",
	"期间", "指标类型", "变化类型", "变化值", "变化原文", "指标备注", "变化存疑"}

// planData measures the 数据 sheet: one row per value, in dataset order,
// with the columns of DataHeader. Values are written at full precision
// (Excel keeps 15 significant digits); kind only when it was given rather
// than derived from the unit; the indicator's note on each of its rows. An
// indicator without values is one row with empty year and value, so that
// it keeps its place. The cells hold the data as it is (names unchanged,
// flags and kinds by the names ingest reads).
func (b *builder) planData() (*sheetSeq, error) {
	d := b.t.Dataset
	minW := make([]int, len(DataHeader))
	for i, h := range DataHeader {
		minW[i] = textwidth.Of(h) + 2
	}
	maxW := []int{30, 50, 12, 8, 20, 18, 50, 30, 12, 8, 12, 14, 12, 50, 10}
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
	if _, err := b.style(styleKey{kind: styleText}); err != nil {
		return nil, err
	}
	// The header stays on line 1 and nothing follows the data: the sheet
	// is read back as data (analysis/ingest).
	seq := &sheetSeq{b: b, base: SheetData, header: DataHeader, widths: widths, total: dataRows(d)}
	seq.rows = b.dataRows
	return seq, nil
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
// from on line first.
func (b *builder) dataRows(rw *rowWriter, from, to, first int) error {
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
			rw.start(idx-from+first, 0)
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
			rw.start(idx-from+first, 0)
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

// planChecks lays out the 校验 sheet: the document's check report, its
// summary as the unit line's place and one row per finding, in Chinese.
func (b *builder) planChecks() (*sheetSeq, error) {
	cr := b.doc.Checks
	if cr == nil {
		cr = &present.CheckReport{Title: b.doc.Title + "数据核查报告", Summary: "未进行数据核查。", Table: &present.Table{}}
	}
	tb := cr.Table
	header := make([]string, len(tb.Columns))
	minW := make([]int, len(header))
	maxW := make([]int, len(header))
	for i, c := range tb.Columns {
		header[i] = c.Header
		minW[i], maxW[i] = textwidth.Of(c.Header)+2, 40
		if c.Wrap {
			maxW[i] = 60
		}
	}
	cw := newColWidths(minW, maxW)
	for _, r := range tb.Rows {
		for i, c := range r.Cells {
			cw.text(i, c.Text)
		}
	}
	widths := make([]float64, len(header))
	for i := range widths {
		widths[i] = cw.width(i)
	}
	for _, k := range []styleKind{styleText, styleWrap} {
		if _, err := b.style(styleKey{kind: k}); err != nil {
			return nil, err
		}
	}
	seq := &sheetSeq{b: b, base: SheetFindings, caption: cr.Title, unit: cr.Summary, header: header, widths: widths,
		total: len(tb.Rows)}
	seq.rows = func(rw *rowWriter, from, to, first int) error {
		text, wrap := b.mustStyle(styleKey{kind: styleText}), b.mustStyle(styleKey{kind: styleWrap})
		for i, r := range tb.Rows[from:to] {
			rw.start(first+i, 0)
			for c, cell := range r.Cells {
				switch {
				case cell.Numeric:
					rw.num(c, text, cell.Value)
				case tb.Columns[c].Wrap:
					rw.str(c, wrap, cell.Text)
				default:
					rw.str(c, text, cell.Text)
				}
			}
			if err := rw.end(); err != nil {
				return err
			}
		}
		return nil
	}
	return seq, nil
}
