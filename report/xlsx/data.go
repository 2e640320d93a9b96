package xlsx

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/textwidth"
	"github.com/annualstat/annualstat/report/present"
)

// DataHeader is the header of the 数据 sheet: the Chinese names
// analysis/ingest reads for the columns of the long CSV layout (板块 =
// section, 指标 = indicator, …, 变化存疑 = change_ambiguous), so that the
// sheet loads back as the dataset it shows (限定词 = qualifier as written,
// 指标性质 = class, 分项关系 = breakdown, 全部变化 = changes: every stated
// change of the value in the form of analysis.FormatChanges).
var DataHeader = []string{"板块", "指标", "单位", "年份", "数值", "标记", "备注", "上级指标",
	"期间", "指标类型", "变化类型", "变化值", "变化原文", "指标备注", "变化存疑", "限定词", "指标性质", "分项关系", "全部变化"}

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
	maxW := []int{30, 50, 12, 8, 20, 18, 50, 30, 12, 8, 12, 14, 12, 50, 10, 8, 12, 10, 60}
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
		kind, class, breakdown := "", "", ""
		if ind.Kind != analysis.KindAuto {
			kind = ind.Kind.String()
		}
		if ind.Class != analysis.ClassAuto {
			class = ind.Class.String()
		}
		if ind.Breakdown != analysis.BreakdownExhaustive {
			breakdown = ind.Breakdown.String()
		}
		if len(ind.Points) == 0 {
			rw.start(idx-from+first, 0)
			rw.str(0, 0, ind.Section)
			rw.str(1, 0, ind.Name)
			rw.str(2, 0, ind.Unit)
			rw.str(7, 0, ind.Parent)
			rw.str(9, 0, kind)
			rw.str(13, 0, ind.Note)
			rw.str(16, 0, class)
			rw.str(17, 0, breakdown)
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
			rw.str(15, 0, string(p.Qualifier))
			rw.str(16, 0, class)
			rw.str(17, 0, breakdown)
			if !slices.ContainsFunc(p.Changes, func(s analysis.Stated) bool { return s.Kind == analysis.ChangeNone }) {
				cs, err := analysis.FormatChanges(p.Changes)
				if err != nil {
					return fmt.Errorf("xlsx: %s %d: %w", ind.Name, p.Year, err)
				}
				rw.str(18, 0, cs)
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
	seq := &sheetSeq{b: b, base: SheetFindings, caption: cr.Title, unit: cr.Summary, summary: true, header: header, widths: widths,
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

// planYears lays out the 历年数据 sheet when the data has three or more
// years (with fewer, 同比分析 shows every value): one row per indicator,
// in data order, with its section, name and unit and a column for each
// year; a value's number format has the decimals its unit is written
// with, a missing value is blank. It is nil when there is no such sheet.
func (b *builder) planYears() (*sheetSeq, error) {
	d := b.t.Dataset
	years := d.Years()
	if len(years) < 3 {
		return nil, nil
	}
	// Three label columns and at most 23 years: a sheet's rows are
	// written for columns A to Z.
	years = years[max(0, len(years)-23):]
	dec := map[string]int{}
	for _, ind := range d.Indicators {
		k := ind.EffectiveKind()
		for _, p := range ind.Points {
			dec[ind.Unit] = max(dec[ind.Unit], present.WrittenDecimals(p, k))
		}
	}
	header := []string{"板块", "指标", "单位"}
	for _, y := range years {
		header = append(header, strconv.Itoa(y)+"年")
	}
	minW := make([]int, len(header))
	maxW := make([]int, len(header))
	for i, h := range header {
		minW[i], maxW[i] = textwidth.Of(h)+2, 18
	}
	maxW[0], maxW[1] = 24, 40
	cw := newColWidths(minW, maxW)
	var num []byte
	for _, ind := range d.Indicators {
		cw.text(0, ind.Section)
		cw.text(1, ind.Name)
		cw.text(2, ind.Unit)
		d := dec[ind.Unit]
		for i := range ind.Points {
			// A number is ASCII: its width is its length.
			num = analysis.AppendFixed(num[:0], ind.Points[i].Value, d)
			cw.fit(3, len(num))
		}
	}
	widths := make([]float64, len(header))
	for i := range widths {
		widths[i] = cw.width(min(i, 3)) // the years share the widest value
	}
	for _, dd := range dec {
		if _, err := b.style(styleKey{kind: styleNumber, decimals: dd}); err != nil {
			return nil, err
		}
	}
	index := map[int]int{}
	for i, y := range years {
		index[y] = 3 + i
	}
	seq := &sheetSeq{b: b, base: SheetYears, caption: b.doc.Title + "历年数据", header: header, widths: widths,
		total: len(d.Indicators)}
	if b.doc.Source != "" {
		seq.tail = []string{b.doc.Source}
	}
	seq.rows = func(rw *rowWriter, from, to, first int) error {
		text := b.mustStyle(styleKey{kind: styleText})
		for i, ind := range d.Indicators[from:to] {
			rw.start(first+i, 0)
			rw.str(0, text, present.Punctuate(ind.Section))
			rw.str(1, text, present.Punctuate(ind.Name))
			rw.str(2, text, present.Punctuate(ind.Unit))
			num := b.mustStyle(styleKey{kind: styleNumber, decimals: dec[ind.Unit]})
			for _, p := range ind.Points {
				if c, ok := index[p.Year]; ok && !p.NoLevel {
					rw.num(c, num, p.Value)
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
