package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
)

// DocFormat is the file format of a report document.
type DocFormat uint8

const (
	// DocAuto detects the format from the name's extension, else from the
	// content.
	DocAuto DocFormat = iota
	// DocText is plain text or Markdown (.txt, .text, .md).
	DocText
	// DocHTML is a web page (.html, .htm, .xhtml, .shtml).
	DocHTML
	// DocDOCX is a Word file (.docx).
	DocDOCX
	// DocPDF is a PDF file, read through pdftotext.
	DocPDF
)

// String returns the format's name.
func (f DocFormat) String() string {
	switch f {
	case DocText:
		return "text"
	case DocHTML:
		return "html"
	case DocDOCX:
		return "docx"
	case DocPDF:
		return "pdf"
	}
	return "auto"
}

// DocFormatOf returns the document format a file name's extension implies,
// DocAuto for an extension that names none.
func DocFormatOf(name string) DocFormat {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md", ".markdown":
		return DocText
	case ".html", ".htm", ".xhtml", ".shtml":
		return DocHTML
	case ".docx", ".docm":
		return DocDOCX
	case ".pdf":
		return DocPDF
	}
	return DocAuto
}

// IsDocument reports whether a file name's extension names a report
// document format (text, Markdown, HTML, Word, PDF).
func IsDocument(name string) bool { return DocFormatOf(name) != DocAuto }

// MaxDocumentSize caps the input of the HTML and Word readers (the file as
// stored, before decompression).
const MaxDocumentSize = 128 << 20

// LoadDocument reads the report document at path (see ReadDocument).
func LoadDocument(path string, opt Options) (*doc.Document, error) {
	if opt.Name == "" {
		opt.Name = path
	}
	if DocFormatOf(path) == DocPDF {
		return readPDFFile(path, opt)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadDocument(f, opt.Name, opt)
}

// ReadDocument reads a report document: a web page (.html, .htm), a Word
// file (.docx), text or Markdown (.txt, .md) or a PDF file (.pdf, through
// pdftotext -layout, which must be installed). The format comes from the
// extension of name, else from the content (a ZIP archive is a Word file,
// %PDF a PDF file, text starting with < and naming html a web page,
// anything else text). Text and HTML are decoded as opt.Encoding says, else
// detected (see ReadText and ReadHTML). name is used in errors and in every
// block's Source.
func ReadDocument(r io.Reader, name string, opt Options) (*doc.Document, error) {
	opt.Name = name
	format := DocFormatOf(name)
	if format == DocAuto {
		br := bufio.NewReaderSize(r, sniffSize)
		head, _ := br.Peek(1024)
		format = sniffDocFormat(head)
		r = br
	}
	switch format {
	case DocHTML:
		return ReadHTML(r, opt)
	case DocDOCX:
		return ReadDOCX(r, opt)
	case DocPDF:
		return readPDFStream(r, opt)
	}
	return ReadTextDocument(r, opt)
}

// sniffDocFormat tells a document's format from its first bytes.
func sniffDocFormat(head []byte) DocFormat {
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return DocDOCX
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return DocPDF
	}
	t := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(head, bom8), " \t\r\n"))
	if bytes.HasPrefix(t, []byte("<")) && (bytes.Contains(t, []byte("<html")) || bytes.Contains(t, []byte("<!doctype html")) ||
		bytes.Contains(t, []byte("<body")) || bytes.Contains(t, []byte("<head")) || bytes.Contains(t, []byte("<meta")) ||
		bytes.Contains(t, []byte("<p")) || bytes.Contains(t, []byte("<div")) || bytes.Contains(t, []byte("<table"))) {
		return DocHTML
	}
	return DocText
}

// docError is an error about a document as a whole.
func docError(name, msg string, err error) error {
	return &ParseError{File: name, Msg: msg, Err: err}
}

// readAllCapped reads r up to limit bytes, failing with a clear error
// beyond it.
func readAllCapped(r io.Reader, limit int64, name, what string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, docError(name, "reading: "+err.Error(), err)
	}
	if int64(len(b)) > limit {
		return nil, docError(name, fmt.Sprintf("%s larger than %d MiB", what, limit>>20), nil)
	}
	return b, nil
}

// renumber sets d's blocks to blocks, giving each its index again.
func renumber(d *doc.Document, blocks []doc.Block) {
	d.Blocks = nil
	for _, b := range blocks {
		d.Add(b)
	}
}

// attachTableParagraphs moves the paragraphs around each table that
// belong to it into the table: a 表1 … caption and a 单位：… line just
// above it, a 单位 line just below it and the 注：… paragraphs that follow.
// Used by the HTML and Word readers, where such lines are paragraphs of
// their own.
func attachTableParagraphs(d *doc.Document) {
	drop := make([]bool, len(d.Blocks))
	for i, b := range d.Blocks {
		t := b.Table
		if t == nil {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			p := d.Blocks[j]
			if p.Kind == doc.TableBlock || drop[j] {
				break
			}
			if u, ok := doc.UnitLine(p.Text); ok {
				if t.Unit == "" {
					t.Unit = u
				}
			} else if doc.IsCaptionLine(p.Text) && t.Caption == "" {
				t.Caption = p.Text
			} else if t.Caption == "" && j == i-1 && isCaptionOfTable(p) {
				t.Caption = p.Text
			} else {
				break
			}
			drop[j] = true
		}
		for j := i + 1; j < len(d.Blocks); j++ {
			p := d.Blocks[j]
			if p.Kind != doc.Paragraph {
				break
			}
			if u, ok := doc.UnitLine(p.Text); ok && t.Unit == "" && len(t.Notes) == 0 {
				t.Unit = u
			} else if doc.IsNoteLine(p.Text) {
				t.Notes = append(t.Notes, p.Text)
			} else {
				break
			}
			drop[j] = true
		}
	}
	var keep []doc.Block
	changed := false
	for i, b := range d.Blocks {
		if drop[i] {
			changed = true
			continue
		}
		keep = append(keep, b)
	}
	if changed {
		renumber(d, keep)
	}
}

// isCaptionOfTable reports whether a block just above a table is its
// title: a short heading naming a table (…情况表, …统计表, …一览表).
func isCaptionOfTable(b doc.Block) bool {
	if b.Kind != doc.Heading && b.Kind != doc.Paragraph {
		return false
	}
	s := strings.TrimSpace(b.Text)
	return utf8.RuneCountInString(s) <= 50 && strings.HasSuffix(s, "表")
}

// MaxDocumentCells caps the grid positions of all the tables of one
// document together (each table is also capped at doc.MaxCells), so that
// merged cells replicated over their spans cannot make a small file take
// gigabytes. A table beyond it is read as text (HTML, text) or is an
// error (Word).
const MaxDocumentCells = 1 << 20

// cellBudget is what is left of MaxDocumentCells in one document.
type cellBudget struct{ left int }

func newCellBudget() *cellBudget { return &cellBudget{left: MaxDocumentCells} }

// builder returns a table builder limited to what is left.
func (c *cellBudget) builder() doc.Builder {
	if c == nil {
		return doc.Builder{}
	}
	return doc.Builder{Limit: max(1, min(doc.MaxCells, c.left))}
}

// spend takes a built table's grid from the budget.
func (c *cellBudget) spend(t *doc.Table) {
	if c != nil && t != nil {
		c.left -= t.NumRows() * t.NumCols()
	}
}
