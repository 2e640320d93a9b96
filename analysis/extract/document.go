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
// null spans in the JSON. Every figure's Source.File is opt.File, or d.Name when that
// is empty.
func ExtractDocument(d *doc.Document, opt Options) ([]Figure, error) {
	if d == nil {
		return nil, fmt.Errorf("extract: no document")
	}
	if opt.File == "" {
		opt.File = d.Name
	}
	text := d.Text()
	x, err := newExtractor([]byte(text), opt)
	if err != nil {
		return nil, fmt.Errorf("extract: %s: %w", opt.File, err)
	}
	off := 0
	for i := range d.Blocks {
		b := &d.Blocks[i]
		switch b.Kind {
		case doc.Heading, doc.Paragraph:
			end := off + len(b.Text)
			if end > len(text) || text[off:end] != b.Text {
				return nil, fmt.Errorf("extract: %s: block %d: text out of step with the document's", opt.File, i)
			}
			if b.Kind == doc.Heading && b.Level > 1 {
				x.section = strings.TrimSpace(b.Text)
			}
			x.line(off, end)
			off = end + 1
		case doc.TableBlock:
			if b.Table != nil {
				x.docTable(b.Table)
			}
		}
	}
	return x.figs, nil
}

// docTable reads the figures of a table of the document model through
// the rules that read text tables (tableBody): the doc package resolved
// its header rows, merged cells and label columns, so each column's header
// path is the grid's (Table.ColumnPath) and each data row is its label path
// joined, each part without its list marker (三、本年度办理结果 | （一）予以公开 →
// 本年度办理结果予以公开), followed by the row's cells right of the labels,
// a merged cell's text at its origin only. The figures keep the grid's row
// and column as their Source.
func (x *extractor) docTable(t *doc.Table) {
	if t.HeaderRows == 0 && t.LabelCols == 0 {
		t.DetectLayout()
	}
	x.tables++
	lc := max(t.LabelCols, 1)
	if t.HeaderRows == 0 || t.NumCols() <= lc {
		return
	}
	width := t.NumCols() - lc + 1
	cols := make([]tableColumn, width)
	for k := 1; k < width; k++ {
		cols[k] = classifyColumn(t.ColumnPath(lc+k-1), t.Unit)
	}
	labelHeader := ""
	if p := t.ColumnPath(0); len(p) > 0 {
		labelHeader = p[len(p)-1]
	}
	rows := make([]trow, t.NumRows())
	for r := t.HeaderRows; r < t.NumRows(); r++ {
		rows[r] = docRow(t, r, lc)
	}
	x.tableBody(rows, t.HeaderRows, labelHeader, cols, t.Unit)
}

// docRow is row r of a document's table as tableBody reads it: the label
// path joined in the first cell, then the cells right of the lc label
// columns (a merged cell's text at its origin only), each with its grid
// column, and the row's cells joined by " | " as its sentence.
func docRow(t *doc.Table, r, lc int) trow {
	var parts []string
	for _, p := range t.RowPath(r) {
		parts = append(parts, tableLabel(p))
	}
	row := trow{row: r, cols: make([]int, 1, t.NumCols()-lc+1)}
	row.cells = append(row.cells, tcell{text: strings.Join(parts, "")})
	texts := make([]string, 0, t.NumCols())
	for c := 0; c < t.NumCols(); c++ {
		texts = append(texts, t.At(r, c).Text)
		if c < lc {
			continue
		}
		txt := t.At(r, c).Text
		if !t.IsOrigin(r, c) {
			txt = ""
		}
		row.cols = append(row.cols, c)
		row.cells = append(row.cells, tcell{text: txt})
	}
	row.sentence = strings.Join(texts, " | ")
	return row
}
