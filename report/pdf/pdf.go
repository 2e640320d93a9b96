package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image/png"
	"io"
	"strconv"
	"time"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/atomicfile"
	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/vgfpdf"
	"gonum.org/v1/plot/vg"
)

// Image is a chart to print: either drawn as vectors with selectable text
// (Draw set, the better choice), or a PNG rendered by the caller
// (report/chart) at print resolution, at least 200 DPI at the page's text
// width (about 1,420 pixels wide in portrait, 2,100 in landscape).
type Image struct {
	Title string // printed above the chart and used as its bookmark
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

// Options controls the document. The zero value writes an A4 portrait
// document with the dataset's title, body and source, the system CJK font
// and today's date, and every row of the table.
type Options struct {
	Title  string // document title; "": the dataset's title, or "{Org}{Year}年统计附录"
	Org    string // reporting body; "": the dataset's
	Source string // data source; "": the dataset's

	Landscape bool // A4 landscape instead of portrait

	// Font is the font for all text. nil: font.Resolve(font.Options{}, font.PDF).
	Font *font.Font

	Charts []Image // in the order they are printed

	Generated time.Time // the date printed as "生成日期" and the document's creation date; zero: time.Now()

	// MaxRows caps the rows of the table and the statements of the
	// narrative (0: all). When rows are left out, the title block and the
	// table say how many are shown of how many.
	MaxRows int
}

// Write writes the appendix of t and findings to path as a PDF. The file is
// replaced atomically: on error, nothing is left at path. See WriteTo.
func Write(ctx context.Context, path string, t *analysis.Table, findings []analysis.Finding, opt Options) error {
	return atomicfile.Write(ctx, path, func(w io.Writer) error {
		return WriteTo(ctx, w, t, findings, opt)
	})
}

// WriteTo writes the appendix of t and findings to w as a PDF. It returns
// an error, before writing anything, when the table is missing, a chart is
// not a PNG, a character is above U+FFFF (wrapping font.ErrNonBMP) or the
// font has no glyph for a character the document contains (wrapping a
// *font.MissingGlyphsError); either names the text it occurs in.
func WriteTo(ctx context.Context, w io.Writer, t *analysis.Table, findings []analysis.Finding, opt Options) error {
	if t == nil {
		return errors.New("pdf: no table")
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
		// CFF outlines are converted to TrueType ones by font.Subset.
		return fmt.Errorf("pdf: font %s has %s outlines, which cannot be embedded", f, f.Outline)
	}
	d := newDocument(t, findings, opt, f)
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
	texts := d.texts()
	var all bytes.Buffer
	for _, t := range texts {
		all.WriteString(t.text)
	}
	s := all.String()
	d.allText = s
	bmp := font.CheckBMP(s)
	cov := d.font.Covers(s)
	if bmp == nil && cov == nil {
		return nil
	}
	// Name the first text at fault.
	for _, t := range texts {
		if err := font.CheckBMP(t.text); err != nil {
			return fmt.Errorf("pdf: %s %q: %w", t.where, t.text, err)
		}
	}
	for _, t := range texts {
		if err := d.font.Covers(t.text); err != nil {
			return fmt.Errorf("pdf: %s %q: %w", t.where, t.text, err)
		}
	}
	if bmp != nil {
		return fmt.Errorf("pdf: %w", bmp)
	}
	return fmt.Errorf("pdf: %w", cov)
}

// placedText is a string the document prints and where it comes from, for
// error messages.
type placedText struct{ where, text string }

// texts returns every string the document prints, except page numbers.
func (d *document) texts() []placedText {
	out := []placedText{
		{"title", d.title}, {"reporting body", d.org}, {"source", d.source},
		{"fixed text", fixedText},
	}
	for i := range d.rows {
		r := &d.rows[i]
		ind := r.Indicator
		where := "row " + strconv.Itoa(i+1)
		out = append(out, placedText{where + " section", ind.Section}, placedText{where + " indicator", ind.Name},
			placedText{where + " unit", ind.Unit}, placedText{where + " statement", r.Statement})
	}
	for i, c := range d.opt.Charts {
		out = append(out, placedText{"chart " + strconv.Itoa(i+1) + " title", c.Title})
	}
	for i, txt := range d.chartText {
		out = append(out, placedText{"chart " + strconv.Itoa(i+1) + " text", txt})
	}
	for i, f := range d.findings {
		where := "finding " + strconv.Itoa(i+1)
		out = append(out, placedText{where + " message", f.Message}, placedText{where + " rule", f.Rule},
			placedText{where + " expected", f.Expected}, placedText{where + " found", f.Found})
		for _, n := range f.Indicators {
			out = append(out, placedText{where + " indicator", n})
		}
	}
	return out
}
