package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image/png"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/annualstat/annualstat/internal/atomicfile"
	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/present"
	"github.com/annualstat/annualstat/report/vgfpdf"
	"gonum.org/v1/plot/vg"
)

// Image is a chart to print: either drawn as vectors with selectable text
// (Draw set, the better choice), or a PNG rendered by the caller
// (report/chart) at print resolution, at least 200 DPI at the page's text
// width (about 1,420 pixels wide in portrait, 2,100 in landscape).
type Image struct {
	Title string // the caption printed under the chart ("图1 …"), also its bookmark
	PNG   []byte // the picture, when Draw is nil

	// Draw draws the chart onto a canvas of Width × Height points, which
	// the document scales to its text width. Its text is written with the
	// document's font, so the chart must be laid out with the same font
	// (the PDF-purpose font.Font): report/chart's (*Chart).Draw does this.
	Draw func(cv vg.CanvasSizer) error
	// Width and Height are Draw's canvas size; zero: DefaultChartWidth ×
	// DefaultChartHeight.
	Width, Height vg.Length
}

// The canvas size of a vector chart when Image gives none: report/chart's
// default layout.
const (
	DefaultChartWidth  vg.Length = 600
	DefaultChartHeight vg.Length = 375
)

func (im Image) size() (w, h vg.Length) {
	if im.Width <= 0 || im.Height <= 0 {
		return DefaultChartWidth, DefaultChartHeight
	}
	return im.Width, im.Height
}

// Options controls how the document is printed; what it prints is the
// present.Document. The zero value writes an A4 portrait document with the
// system CJK font, without charts, with every row of the table.
type Options struct {
	Landscape bool // A4 landscape instead of portrait

	// Font is the font for all text. nil: font.Resolve(font.Options{}, font.PDF).
	Font *font.Font

	// Charts are the pictures of the document's charts
	// (present.Document.Charts), in the same order; each is printed with
	// its Title as the caption ("图1 …").
	Charts []Image

	// MaxRows caps the item rows of the main table and the statements of
	// the narrative (0: all). When rows are left out, the title block and
	// the table say how many are shown of how many.
	MaxRows int
}

// Write writes the appendix doc to path as a PDF. The file is replaced
// atomically: on error, nothing is left at path. See WriteTo.
func Write(ctx context.Context, path string, doc *present.Document, opt Options) error {
	return atomicfile.Write(ctx, path, func(w io.Writer) error {
		return WriteTo(ctx, w, doc, opt)
	})
}

// WriteTo writes the appendix doc to w as a PDF: title block, narrative,
// tables, charts, the document's notes and source, the check report when
// doc.IncludeChecks, and the signature. It returns an error, before
// writing anything, when the document is missing, a chart is not a PNG, a
// character is above U+FFFF (wrapping font.ErrNonBMP) or the font has no
// glyph for a character the document contains (wrapping a
// *font.MissingGlyphsError); either names the text it occurs in. The
// same document and options give the same bytes: the file's dates are the
// signature's date (1970-01-01 without one), never the clock.
func WriteTo(ctx context.Context, w io.Writer, doc *present.Document, opt Options) error {
	return write(ctx, w, doc, opt, false)
}

// WriteChecks writes the check report of doc (doc.Checks) to w as a PDF
// of its own, the file NAME-核查.pdf beside the appendix: title, summary,
// the findings table and the signature.
func WriteChecks(ctx context.Context, w io.Writer, doc *present.Document, opt Options) error {
	opt.Charts = nil
	return write(ctx, w, doc, opt, true)
}

func write(ctx context.Context, w io.Writer, doc *present.Document, opt Options, checks bool) error {
	if doc == nil || len(doc.Tables) == 0 && !checks || checks && doc.Checks == nil {
		return errors.New("pdf: no document to print")
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	if opt.MaxRows < 0 {
		return fmt.Errorf("pdf: MaxRows is %d, want 0 (all rows) or more", opt.MaxRows)
	}
	f := opt.Font
	if f == nil {
		var err error
		if f, err = font.Resolve(font.Options{}, font.PDF); err != nil {
			return fmt.Errorf("pdf: %w", err)
		}
	}
	if f.Outline != 0 && f.Outline != font.TrueTypeOutline && f.Outline != font.CFFOutline {
		return fmt.Errorf("pdf: font %s has %s outlines, which cannot be embedded", f, f.Outline)
	}
	d := newDocument(doc, opt, f, checks)
	if err := d.checkCharts(); err != nil {
		return err
	}
	if err := d.checkText(); err != nil {
		return err
	}
	if err := d.render(ctx); err != nil {
		return err
	}
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return nil
}

// checkCharts checks the PNG charts and collects the text of the vector
// charts, which must go into the font subset like every other string.
func (d *document) checkCharts() error {
	for i, c := range d.opt.Charts {
		if c.Draw != nil {
			w, h := c.size()
			txt, err := vgfpdf.TextOf(w, h, c.Draw)
			if err != nil {
				return fmt.Errorf("pdf: chart %d %q: %w", i+1, c.Title, err)
			}
			d.chartText = append(d.chartText, txt)
			continue
		}
		if _, err := png.DecodeConfig(bytes.NewReader(c.PNG)); err != nil {
			return fmt.Errorf("pdf: chart %d %q: not a PNG: %w", i+1, c.Title, err)
		}
	}
	return nil
}

// checkText verifies that every string of the document can be written:
// BMP only, and covered by the font.
func (d *document) checkText() error {
	s := d.distinctRunes()
	d.allText = s
	bmp := font.CheckBMP(s)
	cov := d.font.Covers(s)
	if bmp == nil && cov == nil {
		return nil
	}
	// Name the first text at fault.
	var err error
	d.eachText(func(where, text string) {
		if err == nil {
			if e := font.CheckBMP(text); e != nil {
				err = fmt.Errorf("pdf: %s %q: %w", where, text, e)
			}
		}
	})
	if err != nil {
		return err
	}
	d.eachText(func(where, text string) {
		if err == nil {
			if e := d.font.Covers(text); e != nil {
				err = fmt.Errorf("pdf: %s %q: %w", where, text, e)
			}
		}
	})
	if err != nil {
		return err
	}
	if bmp != nil {
		return fmt.Errorf("pdf: %w", bmp)
	}
	return fmt.Errorf("pdf: %w", cov)
}

// distinctRunes returns each character the document prints once, in the
// order of its first appearance: what the font subset needs and the
// checks look at, without concatenating every cell of a 200,000-row
// table.
func (d *document) distinctRunes() string {
	var seen [(utf8.MaxRune + 1) / 64]uint64
	b := make([]byte, 0, 4096)
	d.eachText(func(_, text string) {
		for _, r := range text {
			if seen[r>>6]&(1<<(r&63)) != 0 {
				continue
			}
			seen[r>>6] |= 1 << (r & 63)
			b = utf8.AppendRune(b, r)
		}
	})
	return string(b)
}

// eachText calls yield with every string the document prints, except page
// numbers, and where it comes from, for error messages.
func (d *document) eachText(yield func(where, text string)) {
	yield("fixed text", fixedText)
	present.EachText(d.doc, func(s string) { yield("document text", s) })
	for i, c := range d.opt.Charts {
		yield("chart "+strconv.Itoa(i+1)+" title", c.Title)
	}
	for i, txt := range d.chartText {
		yield("chart "+strconv.Itoa(i+1)+" text", txt)
	}
}
