package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/annualstat/annualstat/analysis"
)

// Format is a kind of input file.
type Format uint8

// Input formats. FormatAuto, the zero value, picks the format from the file
// name's extension, else from the content.
const (
	FormatAuto Format = iota
	FormatCSV
	FormatXLSX
	FormatJSON
)

var formatNames = [...]string{"auto", "csv", "xlsx", "json"}

// String returns the format's name.
func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", f)
}

// Options controls reading. The zero value detects everything.
type Options struct {
	Name     string // file name used in error messages (Load fills it from the path)
	Encoding string // CSV: "" = detect; "utf-8", "gb18030" (GBK is a subset), "utf-16le", "utf-16be"
	Sheet    string // XLSX: sheet name; "" = the sheet named 数据 if there is one, else the first sheet
	Format   Format // FormatAuto = detect from the extension (Load) or the content (Read)
	Comma    rune   // CSV field separator; 0 = detect from the header line (',', tab or ';')

	size int64 // input size in bytes, when Load knows it
}

// FormatOf returns the format the file name's extension implies:
// .csv, .tsv and .txt are CSV, .xlsx and .xlsm XLSX, .json JSON; anything
// else FormatAuto.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv", ".tsv", ".txt":
		return FormatCSV
	case ".xlsx", ".xlsm":
		return FormatXLSX
	case ".json":
		return FormatJSON
	}
	return FormatAuto
}

// Load reads the dataset in the file at path, in the format opt.Format or,
// when that is FormatAuto, the one its extension (FormatOf) or else its
// content implies. A .tsv file is read with tab-separated fields.
// opt.Name defaults to path.
func Load(path string, opt Options) (*analysis.Dataset, error) {
	if opt.Name == "" {
		opt.Name = path
	}
	if opt.Format == FormatAuto {
		opt.Format = FormatOf(path)
	}
	if opt.Comma == 0 && strings.EqualFold(filepath.Ext(path), ".tsv") {
		opt.Comma = '\t'
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		opt.size = st.Size()
	}
	return Read(f, opt)
}

// Read reads a dataset in the format opt.Format; FormatAuto looks at the
// content: a ZIP archive is XLSX, text starting with '{' JSON, a web page
// (an .xls file that is one, as sites offer tables for download) its
// tables laid out for people, anything else CSV.
func Read(r io.Reader, opt Options) (*analysis.Dataset, error) {
	switch opt.Format {
	case FormatCSV:
		return ReadCSV(r, opt)
	case FormatXLSX:
		return ReadXLSX(r, opt)
	case FormatJSON:
		return ReadJSON(r, opt)
	case FormatAuto:
	default:
		return nil, &ParseError{File: opt.Name, Msg: fmt.Sprintf("unknown format %v", opt.Format)}
	}
	br := bufio.NewReaderSize(r, sniffSize)
	head, _ := br.Peek(512)
	switch {
	case bytes.HasPrefix(head, ole2Magic):
		return nil, &ParseError{File: opt.Name, Msg: "got a Word 97-2003 or Excel 97-2003 file (.doc, .xls, or a WPS file), which annualstat does not read: save it as .xlsx or CSV"}
	case odfType(head) != "":
		return nil, &ParseError{File: opt.Name, Msg: "got an OpenDocument file (" + odfType(head) + ", .ods/.odt), which annualstat does not read: save it as .xlsx or CSV"}
	case bytes.HasPrefix(head, zipMagic):
		return ReadXLSX(br, opt)
	case sniffDocFormat(head) == DocHTML:
		// A web page saved under a spreadsheet's name (.xls), as sites
		// offer their tables for download: its tables.
		return readHTMLTables(br, opt)
	case bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(head, bom8), " \t\r\n"), []byte("{")):
		return ReadJSON(br, opt)
	}
	return ReadCSV(br, opt)
}

// odfType returns the kind of OpenDocument file (spreadsheet, text …)
// whose first bytes are head, "" for any other: such a file is a ZIP
// archive whose first part is an uncompressed "mimetype".
func odfType(head []byte) string {
	const prefix = "mimetypeapplication/vnd.oasis.opendocument."
	if !bytes.HasPrefix(head, zipMagic) || len(head) < 30 || !bytes.HasPrefix(head[30:], []byte(prefix)) {
		return ""
	}
	rest := head[30+len(prefix):]
	n := 0
	for n < len(rest) && n < 40 && (rest[n] >= 'a' && rest[n] <= 'z' || rest[n] == '-') {
		n++
	}
	if n == 0 {
		return "document"
	}
	return string(rest[:n])
}

// readHTMLTables reads the tables of a web page as a dataset, each as
// TableDataset reads one; tables that are not laid out with headers and
// row labels are left out, and a page with none is an error.
func readHTMLTables(r io.Reader, opt Options) (*analysis.Dataset, error) {
	d, err := ReadHTML(r, opt)
	if err != nil {
		return nil, err
	}
	t := &tableReader{file: opt.Name, unit: "line"}
	t.b.init()
	read := 0
	for _, tb := range d.Tables() {
		src, err := laidOutRecords(tb)
		if err != nil {
			continue
		}
		if err := t.feedLaidOut(src); err != nil {
			return nil, err
		}
		read++
	}
	if read == 0 {
		return nil, &ParseError{File: opt.Name, Msg: fmt.Sprintf("want a table with header rows and row labels, got a web page with %d table(s) and none such", len(d.Tables()))}
	}
	return t.b.finish()
}
