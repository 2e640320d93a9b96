// Package doc is the document model of a report as the readers in
// analysis/ingest give it to the extraction rules in analysis/extract: a
// sequence of blocks — headings, paragraphs and tables — each knowing where
// in its file it came from.
//
// The model is independent of the file format: an HTML page, a Word file, a
// text file (or pdftotext output) and a spreadsheet all become a Document.
//
// # Tables
//
// A Table is a rectangular grid of Cells. Merged cells are REPLICATED: every
// grid position (r, c) covered by a merged cell holds a copy of that cell,
// with the same Text, the same RowSpan and ColSpan and the Row and Col of
// the merged cell's top-left position (its origin). So Table.At(r, c).Text
// is always the text that a reader of the printed table sees at (r, c), and
// Table.IsOrigin(r, c) tells the copy that owns the text from the others
// (use it to count each figure once).
//
// The first HeaderRows rows are headers and the first LabelCols columns are
// row labels (DetectLayout sets both). The helpers then resolve, for a data
// cell, its column header path (the texts of the header rows above it, with
// the repetitions of merged cells removed), its row label path, and what its
// column's headers say (Column): the unit (产量(吨), 单位：元), the period
// (本报告期, 上年同期, 本报告期末, 2023年) and whether the column is a change
// (同比增减(%), 比上年增长(%)). Each header rule is a named function of this
// package (UnitInBrackets, UnitLine, PeriodOf, ChangeOf, …).
//
// # Tables written as text
//
// One reader turns the tables of a text (a page saved as text, pdftotext
// -layout output) into Tables whose cells keep the byte offset of their
// text in the input: BoxTable for box-drawn tables (│ cells between
// ┌─┬─┐ borders, the ASCII grid +----+), FindAligned and AlignedTable for
// tables aligned by runs of spaces (columns from the blank display
// columns the rows with numbers share, or from the numbers' order when a
// PDF's cells are too tight; headers and labels wrapped over lines
// joined), and TrailingTable for rows that end with their numbers one
// space apart (a bilingual yearbook copied as text). analysis/ingest reads
// text and PDF documents with them, analysis/extract plain text.
//
// # Provenance
//
// Every block, cell and paragraph keeps a Source: the file, the block's
// index in the Document, the byte offset of its text in the input as read
// (after decoding to UTF-8; -1 when the format has no meaningful offset, as
// inside a zip archive), and the line when the input is text.
package doc

import "strings"

// Document is a report read from one file.
type Document struct {
	// Name is the file the document was read from, as given to the reader.
	Name string
	// Blocks are the document's headings, paragraphs and tables in
	// reading order.
	Blocks []Block
	// Plain is the text a document read from a plain text file (text or
	// Markdown) was made from, decoded to UTF-8, with the lines its reader
	// left out as page boilerplate blanked to spaces so that byte offsets
	// (Source.Offset) still hold; "" for documents read from any other
	// format. A reader with rules for text as laid out (a table whose rows
	// a copy broke into one cell a line) may read Plain instead of Blocks.
	Plain string
}

// Kind is what a Block is.
type Kind uint8

const (
	// Paragraph is a block of running text.
	Paragraph Kind = iota + 1
	// Heading is a title or section heading; Block.Level says its level.
	Heading
	// TableBlock is a table; Block.Table holds it.
	TableBlock
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case Paragraph:
		return "paragraph"
	case Heading:
		return "heading"
	case TableBlock:
		return "table"
	}
	return "unknown"
}

// Block is a heading, a paragraph or a table.
type Block struct {
	Kind Kind
	// Level is a heading's level, 1 (the title) to 6; 0 for other kinds.
	Level int
	// Text is a heading's or paragraph's text, with runs of white space
	// inside it kept as written; empty for tables.
	Text string
	// Table is the table of a TableBlock; nil otherwise.
	Table *Table
	// Source is where the block came from.
	Source Source
}

// Source is where a block, a paragraph or a table cell came from.
type Source struct {
	// File is the name of the file (Document.Name).
	File string
	// Block is the index of the block in Document.Blocks.
	Block int
	// Offset is the byte offset of the text's start in the input after
	// decoding to UTF-8, or -1 when unknown (e.g. inside a zip archive).
	Offset int
	// Line is the 1-based line of the text in a text input (a
	// spreadsheet's row), 0 unknown.
	Line int
	// Column is the 1-based column of a spreadsheet's cell, 0 unknown.
	Column int
	// Part names the part of a container the text came from: a sheet of
	// a workbook (Sheet1), a part of a Word file (word/document.xml);
	// empty for plain files.
	Part string
}

// Add appends a block, setting its Source.File and Source.Block (and those
// of a table's cells), and returns its index.
func (d *Document) Add(b Block) int {
	i := len(d.Blocks)
	b.Source.File = d.Name
	b.Source.Block = i
	if b.Table != nil {
		b.Table.Source.File = d.Name
		b.Table.Source.Block = i
		for r := range b.Table.Rows {
			for c := range b.Table.Rows[r] {
				b.Table.Rows[r][c].Source.File = d.Name
				b.Table.Rows[r][c].Source.Block = i
			}
		}
	}
	d.Blocks = append(d.Blocks, b)
	return i
}

// Tables returns the document's tables in order.
func (d *Document) Tables() []*Table {
	var ts []*Table
	for i := range d.Blocks {
		if d.Blocks[i].Table != nil {
			ts = append(ts, d.Blocks[i].Table)
		}
	}
	return ts
}

// Text returns the headings and paragraphs, one a line, without the
// tables: the running text the prose extractor reads.
func (d *Document) Text() string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		if bl.Kind == Paragraph || bl.Kind == Heading {
			b.WriteString(bl.Text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// PipeText returns the document as text with its tables written as pipe
// rows (| a | b |), the form analysis/extract reads text tables in: a
// table's caption and 单位：… line above it and its 注 lines below it, each
// on a line of its own. In header rows a merged cell is written once, as a
// web page copied as text writes it (a cell spanning two rows appears in
// the upper row only, a group over two columns once); in data rows a row
// label merged down several rows is repeated on each, so every data row
// carries its label. Headings and paragraphs are one a line.
func (d *Document) PipeText() string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		switch {
		case bl.Table != nil:
			b.WriteByte('\n')
			bl.Table.writePipe(&b)
			b.WriteByte('\n')
		case bl.Text != "":
			b.WriteString(bl.Text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// writePipe writes the table as PipeText does.
func (t *Table) writePipe(b *strings.Builder) {
	if t.Caption != "" {
		b.WriteString(t.Caption)
		b.WriteByte('\n')
	}
	if t.Unit != "" {
		b.WriteString("单位：")
		b.WriteString(t.Unit)
		b.WriteByte('\n')
	}
	for r := range t.Rows {
		b.WriteByte('|')
		for c := range t.Rows[r] {
			x := t.Rows[r][c]
			origin := x.Row == r && x.Col == c
			switch {
			case origin:
			case r >= t.HeaderRows && c < t.LabelCols && x.Col == c:
				// a row label merged down: repeated
			default:
				continue
			}
			b.WriteByte(' ')
			b.WriteString(strings.ReplaceAll(x.Text, "|", "｜"))
			b.WriteString(" |")
		}
		b.WriteByte('\n')
	}
	for _, n := range t.Notes {
		b.WriteString(n)
		b.WriteByte('\n')
	}
}
