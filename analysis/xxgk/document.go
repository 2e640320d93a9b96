package xxgk

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/annualstat/annualstat/analysis/doc"
)

// ReadDocument reads a report from a document read by analysis/ingest
// (ReadDocument: a web page, a Word file, a PDF through pdftotext): its
// tables cell by cell (a merged cell's text in its top-left cell, the
// cells it covers empty, as a spreadsheet keeps them) and its headings and
// paragraphs, read as ReadText reads text.
//
// Tables from a PDF are marked Unsure: pdftotext lays text out by position,
// and a cell may be misread.
func ReadDocument(d *doc.Document) (*Report, error) {
	rep, err := ReadText(bytes.NewReader(DocumentText(d)), d.Name)
	if err != nil {
		return nil, err
	}
	rep.Unsure = strings.EqualFold(filepath.Ext(d.Name), ".pdf")
	return rep, nil
}

// DocumentText writes a document as ReadText reads it: headings and
// paragraphs a line each, a table row a line of '|'-separated cells with
// a merged cell's text at its origin only.
func DocumentText(d *doc.Document) []byte {
	var b bytes.Buffer
	for _, bl := range d.Blocks {
		switch {
		case bl.Table != nil:
			t := bl.Table
			if t.Caption != "" {
				b.WriteString(t.Caption + "\n")
			}
			for r, row := range t.Rows {
				b.WriteByte('|')
				for c, cell := range row {
					b.WriteByte(' ')
					if cell.Row == r && cell.Col == c {
						b.WriteString(strings.ReplaceAll(cell.Text, "|", "｜"))
					}
					b.WriteString(" |")
				}
				b.WriteByte('\n')
			}
			for _, n := range t.Notes {
				b.WriteString(n + "\n")
			}
		case bl.Text != "":
			b.WriteString(bl.Text)
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}
