package extract

import (
	"fmt"
	"strings"

	"github.com/annualstat/annualstat/analysis/doc"
)

// ExtractDocument reads the figures of a document read by analysis/ingest
// (HTML, Word, text, PDF): the prose of its headings and paragraphs as
// Extract reads text, and its tables cell by cell with the headers the doc
// package resolved (merged cells, units, periods, change columns).
//
// A heading below the title sets the section of the figures after it.
// Figures from prose have Span and SentenceSpan in d.Text() (the headings
// and paragraphs one a line); figures from tables have Source.Table (the
// 1-based index among the document's tables), Source.Row and Source.Col
// (the cell's grid position), Sentence the row's cells joined by " | " and
// no place in the text: Span and SentenceSpan [0 0], Figure.InInput false,
// null spans in the JSON. Figures of a table's notes (注：…) are read as
// prose, one sentence a note, with no place in the text either, Source.Table
// their table's and Source.Row and Source.Col −1. Every figure's Source.File is opt.File, or d.Name when that
// is empty. A PDF's headings and paragraphs between its tables are read
// as Extract reads text, several lines at a time (a sentence wrapped over
// lines, a table copied one cell a line), not block by block.
//
// A document read from a plain text file (d.Plain set) is read as Extract
// reads its text, d.Plain, with the text table rules: they read layouts
// the document's text table reader does not (rows a copy broke into one
// cell a line, cells run together), and the figures are those Extract
// gives, with Span and SentenceSpan in d.Plain, as the input's byte
// offsets.
func ExtractDocument(d *doc.Document, opt Options) ([]Figure, error) {
	if d == nil {
		return nil, fmt.Errorf("extract: no document")
	}
	if opt.File == "" {
		opt.File = d.Name
	}
	if d.Plain != "" {
		return Extract([]byte(d.Plain), opt)
	}
	written := d
	d, shifts, noted := stripDocumentNotes(written)
	figs, err := extractFolded(d, opt)
	if err == nil && noted {
		// 萬(wàn)元: offsets and sentences as written.
		restoreDocumentNotes(figs, written, shifts)
	}
	return figs, err
}

// extractFolded is ExtractDocument of a document without reading notes:
// a document in traditional script is read through its simplified copy
// (億元, 增長) and its figures reported as written.
func extractFolded(d *doc.Document, opt Options) ([]Figure, error) {
	if fd, trad := foldDocument(d); trad {
		figs, err := extractDocument(fd, opt)
		if err == nil {
			unfoldDocument(figs, d)
		}
		return figs, err
	}
	return extractDocument(d, opt)
}

// extractDocument is ExtractDocument of a document in simplified script.
func extractDocument(d *doc.Document, opt Options) ([]Figure, error) {
	text := d.Text()
	x, err := newExtractor([]byte(text), opt)
	if err != nil {
		return nil, fmt.Errorf("extract: %s: %w", opt.File, err)
	}
	off := 0
	fromText := docFromText(d)
	skip := 0 // blocks up to skip were read as a template table
	run := -1 // where the text blocks not read yet start, -1 for none
	flush := func() error {
		if run < 0 {
			return nil
		}
		lo := run
		run = -1
		return x.textRun(text, lo, max(lo, off-1), opt)
	}
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if fromText && i >= skip && b.Kind != doc.Heading && xxgkStarts(blockWords(*b)) {
			if err := flush(); err != nil {
				return nil, fmt.Errorf("extract: %s: block %d: %w", opt.File, i, err)
			}
			if next, ok := x.xxgkDocTable(d.Blocks, i); ok {
				skip = next
			}
		}
		if i < skip {
			if b.Kind != doc.TableBlock {
				off += len(b.Text) + 1
			}
			continue
		}
		switch b.Kind {
		case doc.Heading, doc.Paragraph:
			end := off + len(b.Text)
			if end > len(text) || text[off:end] != b.Text {
				return nil, fmt.Errorf("extract: %s: block %d: text out of step with the document's", opt.File, i)
			}
			if fromText {
				// A PDF's lines: read as text, several lines at a time.
				if run < 0 {
					run = off
				}
				off = end + 1
				continue
			}
			if b.Kind == doc.Heading && b.Level > 1 {
				x.section = strings.TrimSpace(b.Text)
			}
			x.line(off, end)
			off = end + 1
		case doc.TableBlock:
			if err := flush(); err != nil {
				return nil, fmt.Errorf("extract: %s: block %d: %w", opt.File, i, err)
			}
			if b.Table != nil {
				x.docTable(b.Table)
				if err := x.docNotes(b.Table, opt); err != nil {
					return nil, fmt.Errorf("extract: %s: block %d: %w", opt.File, i, err)
				}
			}
		}
	}
	if err := flush(); err != nil {
		return nil, fmt.Errorf("extract: %s: %w", opt.File, err)
	}
	return x.figs, nil
}

// textRun reads text[lo:hi], the lines of consecutive headings and
// paragraphs of a document read from text (a PDF's), as Extract reads
// text: with the rules that look across lines (a sentence wrapped over
// lines, a unit line above a table, a table whose rows the copy broke
// into one cell a line), which reading each block alone would miss. The
// figures' spans are shifted into text, their tables numbered after the
// document's tables before them.
func (x *extractor) textRun(text string, lo, hi int, opt Options) error {
	if lo >= hi {
		return nil
	}
	opt.Year = x.year
	sub, err := newExtractor([]byte(text[lo:hi]), opt)
	if err != nil {
		return err
	}
	sub.section = x.section
	sub.run()
	joinWrappedNames(sub.figs)
	base := len(x.figs)
	for _, f := range sub.figs {
		f.Span[0], f.Span[1] = f.Span[0]+lo, f.Span[1]+lo
		f.SentenceSpan[0], f.SentenceSpan[1] = f.SentenceSpan[0]+lo, f.SentenceSpan[1]+lo
		if f.Source.Table > 0 {
			f.Source.Table += x.tables
		}
		if f.parent > 0 {
			f.parent += base
		}
		x.push(f)
	}
	x.tables += sub.tables
	x.section = sub.section
	return nil
}

// docNotes reads the figures of a table's notes (注：全市常住人口按…计算，
// 年末为123.4万人) by the prose rules, each note a sentence of its own: the
// text path reads a note as the line under the table, so the document
// path reads it too. Such a figure has the note as its Sentence, no place
// in the text (like a cell's), and Source.Table the table's index with
// Row and Col −1.
func (x *extractor) docNotes(t *doc.Table, opt Options) error {
	for _, n := range t.Notes {
		opt.Year = x.year
		sub, err := newExtractor([]byte(n), opt)
		if err != nil {
			return err
		}
		sub.section = x.section
		sub.line(0, len(n))
		base := len(x.figs)
		for _, f := range sub.figs {
			f.Span, f.SentenceSpan = [2]int{}, [2]int{}
			f.Source.Table, f.Source.Row, f.Source.Col = x.tables, -1, -1
			if f.parent > 0 {
				f.parent += base
			}
			x.figs = append(x.figs, f)
		}
	}
	return nil
}

// docTable reads the figures of a table of the document model through
// the rules that read text tables (tableBody): the doc package resolved
// its header rows, merged cells and label columns, so each column's header
// path is the grid's (Table.ColumnPath) and each data row is its label
// path joined as a text table's is (joinLabelPaths: 三、本年度办理结果 |
// （一）予以公开 → 本年度办理结果予以公开, a group label written once above
// carried down to the rows below it), followed by the row's cells right of
// the labels, a merged cell's text at its origin only. A table without
// label columns (行政复议 | 行政诉讼 over 结果维持 | 结果纠正 … over a row of
// values) has its cells named by their column headers alone. The figures
// keep the grid's row and column as their Source.
func (x *extractor) docTable(t *doc.Table) {
	if t.HeaderRows == 0 && t.LabelCols == 0 {
		t.DetectLayout()
	}
	x.tables++
	lc := t.LabelCols
	if t.HeaderRows == 0 || t.NumCols() <= lc {
		return
	}
	// The rows as tableBody reads them: lc label cells (one when there
	// are none, left empty), then the values.
	labels := max(lc, 1)
	width := t.NumCols() - lc + labels
	cols := make([]tableColumn, width)
	for k := labels; k < width; k++ {
		cols[k] = classifyColumn(valuesPath(t, lc+k-labels, lc), t.Unit)
	}
	labelHeader := ""
	if p := t.ColumnPath(0); len(p) > 0 && lc > 0 {
		labelHeader = p[len(p)-1]
	}
	rows := make([]trow, t.NumRows())
	for r := t.HeaderRows; r < t.NumRows(); r++ {
		rows[r] = docRow(t, r, lc)
		for c := 0; c < lc; c++ {
			if p := t.ColumnPath(c); len(p) > 0 && isCodeHeader(p[len(p)-1]) {
				rows[r].cells[c].text = "" // 序号 | 项目: the number names no row
			}
		}
	}
	markPartRows(rows[t.HeaderRows:], labels)
	if labels > 1 {
		joinLabelPaths(rows[t.HeaderRows:], labels)
	}
	// The label cells but the first are empty now: the values follow it.
	for r := t.HeaderRows; r < t.NumRows(); r++ {
		rows[r].cells = append(rows[r].cells[:1], rows[r].cells[labels:]...)
		rows[r].cols = append(rows[r].cols[:1], rows[r].cols[labels:]...)
	}
	cols = append(cols[:1], cols[labels:]...)
	x.curTableUnit = t.Unit
	x.tableYear = captionYear(t.Caption)
	x.tableBody(rows, t.HeaderRows, labelHeader, cols, t.Unit)
	x.tableYear = 0
}

// docRow is row r of a document's table as tableBody reads it: its lc
// label cells (a label merged across columns at its first column only; a
// label merged down from a row above kept, so the group carries), one
// empty label cell when lc is 0, then the cells right of the labels (a
// merged cell's text at its origin only), each with its grid column; the
// row's cells joined by " | " as its sentence.
func docRow(t *doc.Table, r, lc int) trow {
	row := trow{row: r, nolabel: lc == 0, spans: t.At(r, 0).ColSpan >= t.NumCols()}
	if lc == 0 {
		row.cells = append(row.cells, tcell{})
		row.cols = append(row.cols, 0)
	}
	texts := make([]string, 0, t.NumCols())
	for c := 0; c < t.NumCols(); c++ {
		x := t.At(r, c)
		texts = append(texts, x.Text)
		txt := x.Text
		switch {
		case c < lc && x.Col != c:
			txt = "" // a label merged across columns: at its first only
		case c >= lc && !t.IsOrigin(r, c):
			txt = ""
		}
		row.cols = append(row.cols, c)
		row.cells = append(row.cells, tcell{text: txt})
	}
	row.sentence = strings.Join(texts, " | ")
	return row
}

// valuesPath is the header path of column c of a table with lc label
// columns, without a header that spans every value column (申请人情况 over
// 自然人 | 法人或其他组织 | 总计): such a header names no group, as it tells no
// column from another. A period or a unit over all the columns (2023年,
// 金额(万元)) stays, and so does a column's only header.
func valuesPath(t *doc.Table, c, lc int) []string {
	path := t.ColumnPath(c)
	if len(path) < 2 || t.NumCols()-lc < 2 {
		return path
	}
	out := path[:0:0]
	for r := 0; r < t.HeaderRows; r++ {
		x := t.At(r, c)
		if x.Text == "" || x.Row != r {
			continue
		}
		if x.Col <= lc && x.Col+x.ColSpan >= t.NumCols() && len(path) > 1 {
			label, unit := headerUnit(x.Text)
			if unit == "" && !isPeriodHeader(label) && headerYear(label) == 0 {
				continue
			}
		}
		out = append(out, x.Text)
	}
	return out
}
