package report

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/atomicfile"
	"github.com/annualstat/annualstat/report/chart"
	"github.com/annualstat/annualstat/report/docx"
	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/pdf"
	"github.com/annualstat/annualstat/report/present"
	"github.com/annualstat/annualstat/report/xlsx"
	"gonum.org/v1/plot/vg"
)

// Outputs selects what Build writes. The zero value writes everything.
type Outputs uint8

// The outputs of an appendix.
const (
	OutputXLSX Outputs = 1 << iota // <name>.xlsx
	OutputPDF                      // <name>.pdf
	OutputPNG                      // <name>-chart-N.png
	OutputSVG                      // <name>-chart-N.svg (not part of OutputAll)
	OutputDOCX                     // <name>.docx, the Word document
	OutputAll  = OutputXLSX | OutputPDF | OutputPNG | OutputDOCX
)

// ParseOutputs reads a list such as "xlsx,pdf" (as the CLI's --only).
func ParseOutputs(names []string) (Outputs, error) {
	var o Outputs
	for _, n := range names {
		switch strings.ToLower(strings.TrimSpace(n)) {
		case "xlsx", "excel", "workbook":
			o |= OutputXLSX
		case "pdf":
			o |= OutputPDF
		case "png", "chart", "charts":
			o |= OutputPNG
		case "svg":
			o |= OutputSVG
		case "docx", "word":
			o |= OutputDOCX
		case "all":
			o |= OutputAll
		case "":
		default:
			return 0, fmt.Errorf("unknown output %q (want xlsx, pdf, docx, png or svg)", n)
		}
	}
	return o, nil
}

// BuildOptions controls Build. The zero value builds every output for the
// latest year against the previous year present, with 2 decimals, the
// system CJK font and the standard charts.
type BuildOptions struct {
	Name   string // base name of the output files; "": "appendix"
	Title  string // document title; "": the dataset's title
	Org    string // reporting body; "": the dataset's
	Source string // data source note; "": the dataset's

	Year         int // current year; 0: the latest in the data
	PreviousYear int // comparison year; 0: the latest before Year
	Precision    int // as analysis.Options.Precision: 0 = 2 decimals, negative = whole numbers

	Outputs Outputs // zero: OutputAll

	// Font selects the CJK font (explicit path or bytes and face index);
	// the zero value resolves ANNUALSTAT_FONT, then the system fonts.
	Font font.Options

	// Charts selects charts by name: "grouped" (the unit with the most
	// comparable indicators), "grouped-N" (further units), "growth",
	// "growth-pp", "trend", or "all" for every chart chart.Standard draws.
	// nil selects DefaultCharts.
	Charts []string
	// ChartDPI is the resolution of the PNG files; 0: chart.DefaultDPI
	// (800 × 500 pixels).
	ChartDPI int

	Landscape  bool // PDF in A4 landscape
	PDFMaxRows int  // cap on the PDF table's rows (0: all); the workbook always has every row

	Generated time.Time // the date printed in the PDF; zero: now

	// ReferenceDocx supplies the styles and page setup of the Word
	// document from an office's template (docx.ReadReference); nil: GB/T
	// 9704 and the package's styles.
	ReferenceDocx *docx.Reference
}

// Result is what Build did.
type Result struct {
	Table    *analysis.Table
	Findings []analysis.Finding
	Files    []string // the files written, in the order xlsx, pdf, docx, charts
	// Skipped are the outputs left unwritten because no font exists (see
	// Build); zero when everything selected was written.
	Skipped Outputs
}

// String lists the outputs as ParseOutputs reads them, e.g. "pdf,png".
func (o Outputs) String() string {
	var names []string
	for _, n := range []struct {
		o    Outputs
		name string
	}{{OutputXLSX, "xlsx"}, {OutputPDF, "pdf"}, {OutputDOCX, "docx"}, {OutputPNG, "png"}, {OutputSVG, "svg"}} {
		if o&n.o != 0 {
			names = append(names, n.name)
		}
	}
	return strings.Join(names, ",")
}

// fontOutputs are the outputs that draw text with a CJK font.
// The Word document is one of them for its charts.
const fontOutputs = OutputPDF | OutputPNG | OutputSVG | OutputDOCX

// Build analyses d, runs the consistency checks and writes the selected
// outputs into dir (created if needed): <name>.xlsx, <name>.pdf,
// <name>.docx and <name>-chart-N.png. Each file is written atomically; when any output fails
// or ctx is cancelled, the files this call already wrote are removed, so a
// failed build leaves no partial appendix behind. OutputSVG adds
// <name>-chart-N.svg files, numbered like the PNGs.
//
// One failure is not total: when no font was named and no usable system
// font exists, the outputs that need none (the workbook) are still
// written, Result.Skipped says which were not, and the error wraps the
// *font.NoFontError (errors.Is(err, font.ErrNoFont)).
func Build(ctx context.Context, d *analysis.Dataset, dir string, opt BuildOptions) (res *Result, err error) {
	if ctx == nil {
		ctx = context.Background()
	}
	name := opt.Name
	if name == "" {
		name = "appendix"
	}
	outs := opt.Outputs
	if outs == 0 {
		outs = OutputAll
	}
	t, err := analysis.Analyze(d, analysis.Options{Year: opt.Year, PreviousYear: opt.PreviousYear, Precision: opt.Precision})
	if err != nil {
		return nil, err
	}
	res = &Result{Table: t, Findings: analysis.Check(d, analysis.CheckOptions{Year: t.Year})}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("output directory: %w", err)
	}
	var mu sync.Mutex
	var forget []func()
	written := func(p string) {
		mu.Lock()
		res.Files = append(res.Files, p)
		// Until Build returns, a process forced to exit (a second
		// interrupt) removes the files it wrote: atomicfile.RemoveTemps.
		forget = append(forget, atomicfile.Track(p))
		mu.Unlock()
	}
	defer func() {
		for _, f := range forget {
			f()
		}
	}()
	defer func() {
		if err != nil && res.Skipped == 0 {
			for _, p := range res.Files {
				os.Remove(p)
			}
			res.Files = nil
		}
	}()

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var wg sync.WaitGroup
	var xlsxErr error
	if outs&OutputXLSX != 0 {
		// The workbook is the slowest part for large data and needs nothing
		// from the charts: write it alongside.
		p := filepath.Join(dir, name+".xlsx")
		wg.Add(1)
		go func() {
			defer wg.Done()
			xlsxErr = xlsx.Write(ctx, p, t, res.Findings, xlsx.Options{Title: opt.Title, Org: opt.Org})
			if xlsxErr == nil {
				written(p)
			} else {
				cancel(xlsxErr)
			}
		}()
	}
	otherErr := func() error {
		// The font is resolved while the workbook, which needs none, is
		// being written: on a process's first build, reading and checking
		// a CJK font is a good part of the time.
		var fonts struct {
			raster, print *font.Font
		}
		var err error
		if outs&fontOutputs != 0 {
			if fonts.raster, err = font.Resolve(opt.Font, font.Raster); err != nil {
				return err
			}
		}
		if outs&OutputPDF != 0 {
			if fonts.print, err = font.Resolve(opt.Font, font.PDF); err != nil {
				return err
			}
		}
		var charts []*chart.Chart
		// Lay the charts out with the font they are printed in: the PDF's
		// when there is a PDF, so that its vector charts measure their text
		// with the glyphs the document embeds.
		chartFont := fonts.raster
		if fonts.print != nil {
			chartFont = fonts.print
		}
		if outs&(OutputPNG|OutputSVG|OutputPDF) != 0 {
			if charts, err = selectCharts(t, chartFont, opt); err != nil {
				return err
			}
		}
		if outs&OutputPNG != 0 {
			copt := chart.Options{Font: chartFont, DPI: opt.ChartDPI}
			if err := writeCharts(ctx, dir, name, ".png", charts, written, func(c *chart.Chart, w io.Writer) error { return c.PNG(w, copt) }); err != nil {
				return err
			}
		}
		if outs&OutputSVG != 0 {
			copt := chart.Options{Font: chartFont}
			if err := writeCharts(ctx, dir, name, ".svg", charts, written, func(c *chart.Chart, w io.Writer) error { return c.SVG(w, copt) }); err != nil {
				return err
			}
		}
		if outs&OutputPDF != 0 {
			images := make([]pdf.Image, len(charts))
			copt := chart.Options{Font: chartFont}
			for i, c := range charts {
				// The PDF prints the title as the figure's caption (图N …):
				// the chart itself goes without it.
				untitled := *c
				untitled.Title = ""
				images[i] = pdf.Image{Title: c.Title, Draw: func(cv vg.CanvasSizer) error { return untitled.Draw(cv, copt) }}
			}
			p := filepath.Join(dir, name+".pdf")
			err := pdf.Write(ctx, p, t, res.Findings, pdf.Options{
				Title: opt.Title, Org: opt.Org, Source: opt.Source, Landscape: opt.Landscape,
				Font: fonts.print, Charts: images, Generated: opt.Generated, MaxRows: opt.PDFMaxRows,
			})
			if err != nil {
				return err
			}
			written(p)
		}
		if outs&OutputDOCX != 0 {
			doc := present.New(t, res.Findings, present.Options{
				Title: opt.Title, Org: opt.Org, Source: opt.Source, Date: opt.Generated, Charts: opt.Charts,
			})
			p := filepath.Join(dir, name+".docx")
			if err := atomicfile.Write(ctx, p, func(w io.Writer) error { return writeDocx(ctx, w, doc, fonts.raster, opt.ReferenceDocx) }); err != nil {
				return err
			}
			written(p)
		}
		return nil
	}()
	// Without a font the outputs that need one are skipped, not failed:
	// the workbook goes on.
	noFont := otherErr != nil && errors.Is(otherErr, font.ErrNoFont)
	if otherErr != nil && !noFont {
		cancel(otherErr)
	}
	wg.Wait()
	// One output failing cancels the other; report the failure, not the
	// cancellation it caused.
	if otherErr != nil && errors.Is(xlsxErr, context.Canceled) {
		xlsxErr = nil
	}
	if xlsxErr != nil && errors.Is(otherErr, context.Canceled) {
		otherErr = nil
	}
	if noFont && xlsxErr == nil && ctx.Err() == nil {
		res.Skipped = outs & fontOutputs
		err = fmt.Errorf("skipped %s: %w", res.Skipped, otherErr)
		return res, err
	}
	if err = errors.Join(otherErr, xlsxErr); err != nil {
		return res, err
	}
	// Keep the order documented on Result.Files whatever finished first.
	order := func(p string) int {
		switch filepath.Ext(p) {
		case ".xlsx":
			return 0
		case ".pdf":
			return 1
		case ".docx":
			return 2
		}
		return 3
	}
	slices.SortStableFunc(res.Files, func(a, b string) int { return order(a) - order(b) })
	return res, ctx.Err()
}

// writeCharts writes each chart atomically to dir/<name>-chart-N<ext>,
// reporting each file written.
func writeCharts(ctx context.Context, dir, name, ext string, charts []*chart.Chart, written func(string), render func(*chart.Chart, io.Writer) error) error {
	for i, c := range charts {
		p := filepath.Join(dir, fmt.Sprintf("%s-chart-%d%s", name, i+1, ext))
		if err := atomicfile.Write(ctx, p, func(w io.Writer) error { return render(c, w) }); err != nil {
			return fmt.Errorf("chart %s: %w", c.Name, err)
		}
		written(p)
	}
	return nil
}

// DefaultCharts are the charts an appendix shows unless BuildOptions.Charts
// says otherwise: one grouped chart, growth, percentage points and, for
// three or more years, the trend.
var DefaultCharts = []string{"grouped", "growth", "growth-pp", "trend"}

// selectCharts lays out the charts BuildOptions.Charts selects, in
// chart.Standard's order.
func selectCharts(t *analysis.Table, f *font.Font, opt BuildOptions) ([]*chart.Chart, error) {
	charts, err := chart.Standard(t, chart.Options{Font: f, Source: sourceNote(t, opt)})
	if err != nil {
		if errors.Is(err, chart.ErrNoData) {
			return nil, nil
		}
		return nil, err
	}
	want := opt.Charts
	if want == nil {
		want = DefaultCharts
	}
	if slices.Contains(want, "all") {
		return charts, nil
	}
	keep := charts[:0]
	for _, c := range charts {
		if slices.Contains(want, c.Name) {
			keep = append(keep, c)
		}
	}
	return keep, nil
}

func sourceNote(t *analysis.Table, opt BuildOptions) string {
	src := opt.Source
	if src == "" && t.Dataset != nil {
		src = t.Dataset.Source
	}
	if src == "" {
		return ""
	}
	return "资料来源:" + src
}
