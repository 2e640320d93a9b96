package ingest

import (
	"archive/zip"
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
	// DocXLSX is an Excel workbook (.xlsx, .xlsm), each sheet a table.
	DocXLSX
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
	case DocXLSX:
		return "xlsx"
	}
	return "auto"
}

// DocFormatOf returns the document format a file name's extension implies,
// DocAuto for an extension that names none (.doc, .xls: what such a file
// holds is told from its content, see ReadDocument).
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
	case ".xlsx", ".xlsm":
		return DocXLSX
	}
	return DocAuto
}

// IsDocument reports whether a file name's extension names a report
// document format (text, Markdown, HTML, Word, PDF). A workbook (.xlsx) is
// not one: Load reads it as a dataset, though LoadDocument reads it too.
func IsDocument(name string) bool {
	f := DocFormatOf(name)
	return f != DocAuto && f != DocXLSX
}

// MaxDocumentSize caps the input of the HTML and Word readers (the file as
// stored, before decompression).
const MaxDocumentSize = 128 << 20

// LoadDocument reads the report document at path (see ReadDocument).
func LoadDocument(path string, opt Options) (*doc.Document, error) {
	if opt.Name == "" {
		opt.Name = path
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		opt.size = st.Size()
	}
	if DocFormatOf(path) == DocPDF {
		// pdftotext reads the file itself; look at its start first.
		head := make([]byte, 1024)
		n, err := io.ReadFull(f, head)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return nil, docError(opt.Name, "reading: "+err.Error(), err)
		}
		if err := checkContent(DocPDF, head[:n], opt.Name); err != nil {
			return nil, err
		}
		return readPDFFile(path, opt)
	}
	return ReadDocument(f, opt.Name, opt)
}

// ReadDocument reads a report document: a web page (.html, .htm), a Word
// file (.docx), text or Markdown (.txt, .md), a PDF file (.pdf, through
// pdftotext -layout, which must be installed) or an Excel workbook (.xlsx,
// see ReadXLSXDocument). The format comes from the extension of name, else
// from the content (a ZIP archive is a Word file or a workbook by the parts
// it holds, %PDF a PDF file, text starting with < and naming html a web
// page, anything else text). Content that is not what the extension says
// (a PDF file named .docx, a Word file named .pdf or .xlsx, binary data
// named .html), an empty file and a file of a format not read (Word
// 97-2003 .doc, Excel 97-2003 .xls, OpenDocument .odt/.ods) are errors
// that say what the file holds. Text and HTML are decoded as opt.Encoding
// says, else detected (see ReadText and ReadHTML). name is used in errors
// and in every block's Source.
func ReadDocument(r io.Reader, name string, opt Options) (*doc.Document, error) {
	opt.Name = name
	format := DocFormatOf(name)
	br := bufio.NewReaderSize(r, sniffSize)
	head, err := br.Peek(1024)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, docError(name, "reading: "+err.Error(), err)
	}
	if err := checkContent(format, head, name); err != nil {
		return nil, err
	}
	r = br
	if !bytes.HasPrefix(head, zipMagic) {
		if format == DocAuto {
			format = sniffDocFormat(head)
		}
	} else {
		limit := int64(MaxDocumentSize)
		if format == DocXLSX || format == DocAuto {
			limit = MaxXLSXSize
		}
		raw, err := readAllCapped(r, limit, name, "file")
		if err != nil {
			return nil, err
		}
		if format, err = zipFormat(raw, format, name); err != nil {
			return nil, err
		}
		r = bytes.NewReader(raw)
	}
	switch format {
	case DocHTML:
		return ReadHTML(r, opt)
	case DocDOCX:
		return ReadDOCX(r, opt)
	case DocXLSX:
		return ReadXLSXDocument(r, opt)
	case DocPDF:
		return readPDFStream(r, opt)
	}
	return ReadTextDocument(r, opt)
}

var (
	zipMagic  = []byte("PK\x03\x04")
	pdfMagic  = []byte("%PDF-")
	ole2Magic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// sniffDocFormat tells a document's format from its first bytes.
func sniffDocFormat(head []byte) DocFormat {
	switch {
	case bytes.HasPrefix(head, zipMagic):
		return DocDOCX
	case bytes.HasPrefix(head, pdfMagic):
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

// contentKind names what a file's first bytes show, for the errors about a
// file that holds something else than its name says.
func contentKind(head []byte) string {
	switch {
	case len(head) == 0:
		return "an empty file"
	case bytes.HasPrefix(head, ole2Magic):
		return "a Word 97-2003 or Excel 97-2003 file (.doc, .xls, or a WPS file)"
	case bytes.HasPrefix(head, pdfMagic):
		return "a PDF file"
	case bytes.HasPrefix(head, zipMagic):
		return "a ZIP archive (a Word file or a workbook?)"
	case isBinary(head):
		return "binary data"
	case sniffDocFormat(head) == DocHTML:
		return "a web page (HTML)"
	}
	return "text"
}

// isBinary reports whether the start of a file is no text in any encoding
// the readers take: a NUL byte outside UTF-16 (which starts with its byte
// order mark).
func isBinary(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false
	}
	return bytes.IndexByte(head, 0) >= 0
}

// checkContent is the rule for a file whose first bytes contradict the
// format its name gives (format; DocAuto for an unknown extension): an
// empty file, a legacy Office file, a PDF file without %PDF, a Word file
// or workbook that is no ZIP archive, and a PDF, ZIP or binary file named
// as text or a web page are errors saying what the file holds.
func checkContent(format DocFormat, head []byte, name string) error {
	kind := contentKind(head)
	switch {
	case len(head) == 0:
		return docError(name, "the file is empty", nil)
	case bytes.HasPrefix(head, ole2Magic):
		return docError(name, "got "+kind+", which annualstat does not read: save it as .docx or .xlsx (Word, Excel, WPS: 另存为)", nil)
	case format == DocPDF && !bytes.HasPrefix(head, pdfMagic):
		return docError(name, "want a PDF file (starting %PDF-), got "+kind, nil)
	case (format == DocDOCX || format == DocXLSX) && !bytes.HasPrefix(head, zipMagic):
		what := "a Word file (.docx)"
		if format == DocXLSX {
			what = "an XLSX workbook"
		}
		return docError(name, "want "+what+", a ZIP archive, got "+kind, nil)
	case (format == DocText || format == DocHTML) && (bytes.HasPrefix(head, pdfMagic) || bytes.HasPrefix(head, zipMagic) || isBinary(head)):
		return docError(name, "want "+map[DocFormat]string{DocText: "text", DocHTML: "a web page"}[format]+", got "+kind, nil)
	}
	return nil
}

// zipFormat tells from the parts of a ZIP archive whether it is a Word
// file or a workbook: want is the format the file's name gives (DocAuto
// for none). An archive that is neither, or the other one than its name
// says, is an error saying what it is.
func zipFormat(raw []byte, want DocFormat, name string) (DocFormat, error) {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		what := "a Word file or XLSX workbook"
		switch want {
		case DocDOCX:
			what = "a Word file (.docx)"
		case DocXLSX:
			what = "an XLSX workbook"
		}
		return want, docError(name, "want "+what+", got a damaged or truncated ZIP archive ("+err.Error()+")", err)
	}
	got := DocAuto
	for _, f := range zr.File {
		switch {
		case f.Name == "word/document.xml":
			got = DocDOCX
		case f.Name == "xl/workbook.xml":
			got = DocXLSX
		case f.Name == "mimetype" && f.UncompressedSize64 < 200:
			if rc, err := f.Open(); err == nil {
				b, _ := io.ReadAll(io.LimitReader(rc, 200))
				rc.Close()
				if m := string(b); strings.HasPrefix(m, "application/vnd.oasis.opendocument.") {
					return want, docError(name, "got an OpenDocument file ("+strings.TrimPrefix(m, "application/vnd.oasis.opendocument.")+", .odt/.ods), which annualstat does not read: save it as .docx or .xlsx", nil)
				}
			}
		}
	}
	switch {
	case got == DocAuto && want == DocAuto:
		return want, docError(name, "want a Word file or XLSX workbook, got a ZIP archive that is neither (no word/document.xml, no xl/workbook.xml)", nil)
	case got == DocAuto:
		// ReadDOCX finds the main part by the package's relationships.
		return want, nil
	case want == DocAuto || want == got:
		return got, nil
	case got == DocXLSX:
		return want, docError(name, "want a Word file (.docx), got an Excel workbook (rename it .xlsx)", nil)
	}
	return want, docError(name, "want an XLSX workbook, got a Word file (rename it .docx)", nil)
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
