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
	cmd := exec.CommandContext(ctx, exe, "-layout", "-enc", "UTF-8", path, "-")
	var out limitedBuffer
	out.limit = MaxTextSize
	var stderr tailWriter
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	err = cmd.Run()
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		return nil, docError(opt.Name, fmt.Sprintf("pdftotext took longer than %v", PDFTimeout), ctx.Err())
	case out.over:
		return nil, docError(opt.Name, fmt.Sprintf("text of the PDF larger than %d MiB", MaxTextSize>>20), nil)
	case err != nil:
		msg := pdfError(stderr.buf.String())
		if msg == "" {
			msg = err.Error()
		}
		why := " (a damaged or truncated one?)"
		if strings.Contains(strings.ToLower(msg), "password") {
			why = " (this one is password-protected)"
		}
		return nil, docError(opt.Name, "want a PDF file that pdftotext reads"+why+": "+msg, err)
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

// tailWriter keeps the last 4 KiB written to it (pdftotext's warnings
// come first, the reason it gave up last).
type tailWriter struct{ buf bytes.Buffer }

func (w *tailWriter) Write(p []byte) (int, error) {
	w.buf.Write(p)
	if over := w.buf.Len() - 4096; over > 0 {
		w.buf.Next(over)
	}
	return len(p), nil
}

// pdfError is the reason pdftotext's messages give for failing: the last
// of them, without poppler's "Syntax Error: " and the like, and at most
// 300 bytes of it.
func pdfError(stderr string) string {
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	msg := strings.TrimSpace(lines[len(lines)-1])
	for _, p := range []string{"Syntax Error: ", "Syntax Warning: ", "Command Line Error: ", "I/O Error: ", "Internal Error: "} {
		msg = strings.TrimPrefix(msg, p)
	}
	msg = strings.ToValidUTF8(msg, "")
	if len(msg) > 300 {
		msg = strings.ToValidUTF8(msg[:300], "")
	}
	return msg
}
