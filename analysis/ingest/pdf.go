package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
)

// PDFToText is the program that turns PDF files into text. It comes with
// poppler-utils (Debian, Ubuntu, Fedora: poppler-utils; macOS: brew install
// poppler).
const PDFToText = "pdftotext"

// PDFTimeout is how long pdftotext may take on one file.
var PDFTimeout = 2 * time.Minute

// ErrNoPDFToText is wrapped by the error of reading a PDF file on a machine
// without pdftotext.
var ErrNoPDFToText = errors.New("pdftotext not found on PATH: install poppler-utils (apt install poppler-utils, dnf install poppler-utils, brew install poppler) to read PDF files")

// readPDFFile runs pdftotext -layout on the file at path and reads its
// text (see ReadTextDocument) with the PDF rules: pages, page numbers,
// wrapped lines, aligned tables found as Extract finds them in text
// (pdfTableAt: headers wrapped over several lines, labels wrapped round
// their numbers) and tables continued on the next page made one
// (joinPageTables).
func readPDFFile(path string, opt Options) (*doc.Document, error) {
	exe, err := exec.LookPath(PDFToText)
	if err != nil {
		return nil, &ParseError{File: opt.Name, Msg: ErrNoPDFToText.Error(), Err: ErrNoPDFToText}
	}
	ctx, cancel := context.WithTimeout(context.Background(), PDFTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, "-layout", "-enc", "UTF-8", "-q", path, "-")
	var out limitedBuffer
	out.limit = MaxTextSize
	var stderr headWriter
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	err = cmd.Run()
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		return nil, docError(opt.Name, fmt.Sprintf("pdftotext took longer than %v", PDFTimeout), ctx.Err())
	case out.over:
		return nil, docError(opt.Name, fmt.Sprintf("text of the PDF larger than %d MiB", MaxTextSize>>20), nil)
	case err != nil:
		msg := strings.TrimSpace(stderr.buf.String())
		if len(msg) > 300 {
			msg = msg[:300]
		}
		if msg == "" {
			msg = err.Error()
		}
		return nil, docError(opt.Name, "want a PDF file that pdftotext reads: "+msg, err)
	}
	text := out.buf.Bytes()
	if !utf8.Valid(text) {
		text = bytes.ToValidUTF8(text, []byte("\uFFFD"))
	}
	d := parseTextDocument(string(text), opt.Name, textMode{pdf: true})
	if len(d.Blocks) == 0 {
		return nil, docError(opt.Name, "the PDF holds no text (a scanned document needs OCR first)", nil)
	}
	return d, nil
}

// readPDFStream writes a PDF read from r to a temporary file for
// pdftotext, and removes it when done.
func readPDFStream(r io.Reader, opt Options) (*doc.Document, error) {
	if _, err := exec.LookPath(PDFToText); err != nil {
		return nil, &ParseError{File: opt.Name, Msg: ErrNoPDFToText.Error(), Err: ErrNoPDFToText}
	}
	f, err := os.CreateTemp("", "annualstat-*.pdf")
	if err != nil {
		return nil, docError(opt.Name, "temporary file: "+err.Error(), err)
	}
	defer os.Remove(f.Name())
	_, err = io.Copy(f, io.LimitReader(r, MaxDocumentSize+1))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, docError(opt.Name, "reading: "+err.Error(), err)
	}
	if st, err := os.Stat(f.Name()); err == nil && st.Size() > MaxDocumentSize {
		return nil, docError(opt.Name, fmt.Sprintf("PDF larger than %d MiB", MaxDocumentSize>>20), nil)
	}
	return readPDFFile(f.Name(), opt)
}

// limitedBuffer keeps up to limit bytes and notes whether more came.
type limitedBuffer struct {
	buf   bytes.Buffer
	limit int
	over  bool
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if b.buf.Len()+len(p) > b.limit {
		b.over = true
		return 0, errors.New("output too large")
	}
	return b.buf.Write(p)
}

// headWriter keeps the first 4 KiB written to it and discards the rest.
type headWriter struct{ buf bytes.Buffer }

func (w *headWriter) Write(p []byte) (int, error) {
	if room := 4096 - w.buf.Len(); room > 0 {
		w.buf.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}
