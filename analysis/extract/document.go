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

// docTable reads the figures of a table of the document model: rows below
// the header rows, labels from the label columns, the origin of each merged
// cell once.
func (x *extractor) docTable(t *doc.Table) {
	if t.HeaderRows == 0 && t.LabelCols == 0 {
		t.DetectLayout()
	}
	lc := max(t.LabelCols, 1)
	if t.HeaderRows == 0 || t.NumCols() <= lc {
		x.tables++
		return
	}
	x.tables++
	width := t.NumCols() - lc + 1
	cols := make([]tableColumn, width)
	unitCol := -1
	for k := 1; k < width; k++ {
		cols[k] = classifyColumn(t.ColumnPath(lc+k-1), t.Unit)
		if cols[k].unitCol && unitCol < 0 {
			unitCol = k
		}
	}
	rows := make([]trow, 0, t.NumRows())
	for r := 0; r < t.NumRows(); r++ {
		if r < t.HeaderRows {
			rows = append(rows, trow{})
			continue
		}
		// The label path joined, each part without its list marker
		// (三、本年度办理结果 | （一）予以公开 → 本年度办理结果予以公开).
		var parts []string
		for _, p := range t.RowPath(r) {
			parts = append(parts, tableLabel(p))
		}
		label := strings.Join(parts, "")
		row := trow{row: r, cols: make([]int, width)}
		row.cells = append(row.cells, tcell{text: label})
		var texts []string
		for c := 0; c < t.NumCols(); c++ {
			texts = append(texts, t.At(r, c).Text)
		}
		for k := 1; k < width; k++ {
			c := lc + k - 1
			row.cols[k] = c
			cell := t.At(r, c)
			txt := cell.Text
			if !t.IsOrigin(r, c) {
				txt = ""
			}
			row.cells = append(row.cells, tcell{text: txt})
		}
		row.sentence = strings.Join(texts, " | ")
		rows = append(rows, row)
	}
	for r := t.HeaderRows; r < len(rows); r++ {
		x.tableRow(rows, r, cols, unitCol)
	}
}
