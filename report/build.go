package report

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/chart"
	"github.com/annualstat/annualstat/report/docx"
	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/pdf"
	"github.com/annualstat/annualstat/report/present"
	"github.com/annualstat/annualstat/report/xlsx"
	"gonum.org/v1/plot/vg"
)

// Outputs selects what Build writes. The zero value writes OutputAll.
type Outputs uint8

// The outputs of an appendix.
const (
	OutputXLSX   Outputs = 1 << iota // <name>.xlsx
	OutputPDF                        // <name>.pdf
	OutputPNG                        // <name>-chart-N.png
	OutputSVG                        // <name>-chart-N.svg (not part of OutputAll)
	OutputChecks                     // <name>-核查.pdf, the check report
	OutputDOCX                       // <name>.docx, the Word document
	OutputAll    = OutputXLSX | OutputPDF | OutputPNG | OutputChecks | OutputDOCX
)

// String lists the outputs as ParseOutputs reads them, e.g. "pdf,png".
func (o Outputs) String() string {
	var names []string
	for _, n := range []struct {
		o    Outputs
		name string
	}{{OutputXLSX, "xlsx"}, {OutputPDF, "pdf"}, {OutputChecks, "checks"}, {OutputDOCX, "docx"}, {OutputPNG, "png"}, {OutputSVG, "svg"}} {
		if o&n.o != 0 {
			names = append(names, n.name)
		}
	}
	return strings.Join(names, ",")
}

// fontOutputs are the outputs that draw text with a CJK font.
// The Word document is one of them for its charts.
const fontOutputs = OutputPDF | OutputChecks | OutputPNG | OutputSVG | OutputDOCX

// CheckReportSuffix ends the name of the check report's file:
// <name>-核查.pdf.
const CheckReportSuffix = "-核查"

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
		case "checks", "check", "核查":
			o |= OutputChecks
		case "docx", "word":
			o |= OutputDOCX
		case "all":
			o |= OutputAll
		case "":
		default:
			return 0, fmt.Errorf("unknown output %q (want xlsx, pdf, docx, png, svg or checks)", n)
		}
	}
	return o, nil
}

// BuildOptions controls Build. The zero value builds every output with
// the dataset's title, body and source, the system CJK font, the
// standard charts and no date in the signature.
type BuildOptions struct {
	Name   string // base name of the outputs; "": "appendix"
	Title  string // document title; "": the dataset's title
	Org    string // reporting body; "": the dataset's
	Source string // data source note; "": the dataset's

	// Date is the date of issue: printed in the signature (落款) and used
	// as the files' creation date. Zero leaves it out of the signature
	// and gives the files a fixed date. Never the clock: the same inputs
	// and Date give byte-identical outputs.
	Date time.Time

	Outputs Outputs // zero: OutputAll

	// Font selects the CJK font (explicit path or bytes and face index);
	// the zero value resolves ANNUALSTAT_FONT, then the system fonts.
	Font font.Options

	// Charts selects charts by name: "grouped" (the unit with the most
	// comparable indicators), "grouped-N" (further units), "growth",
	// "growth-pp", "trend", or "all". nil selects present.DefaultCharts.
	Charts []string
	// ChartDPI is the resolution of the PNG files; 0: chart.DefaultDPI
	// (800 × 500 pixels).
	ChartDPI int

	Landscape bool // PDF in A4 landscape
	// PDFMaxRows caps the rows of the PDF's and the Word document's main
	// table and narrative (0: all); the workbook always has every row.
	PDFMaxRows int

	// IncludeChecks prints the check report in the appendix (PDF) as
	// well as in its own file.
	IncludeChecks bool

	// ReferenceDocx supplies the styles and page setup of the Word
	// document from an office's template (docx.ReadReference); nil: GB/T
	// 9704 and the package's styles.
	ReferenceDocx *docx.Reference
}

// Result is what Build did.
type Result struct {
	Table    *analysis.Table
	Findings []analysis.Finding
	Document *present.Document // the appendix as every output shows it
	// Files are the outputs written, by the names given to the sink (for
	// BuildDir: paths), in the order xlsx, pdf, check report, docx, charts.
	Files []string
	// Skipped are the outputs left unwritten because no font exists (see
	// Build); zero when everything selected was written.
	Skipped Outputs
}

// Analyze prepares a dataset for Build: the year-over-year table of
// analysis.Analyze and the findings of analysis.Check for the table's
// year.
func Analyze(d *analysis.Dataset, opt analysis.Options) (*analysis.Table, []analysis.Finding, error) {
	t, err := analysis.Analyze(d, opt)
	if err != nil {
		return nil, nil, err
	}
	return t, analysis.Check(d, analysis.CheckOptions{Year: t.Year}), nil
}

// BuildDir analyses d (Analyze), and builds its appendix into the
// directory dir (Dir): <name>.xlsx, <name>.pdf, <name>-核查.pdf and
// <name>-chart-N.png. Result.Files are paths.
func BuildDir(ctx context.Context, d *analysis.Dataset, dir string, a analysis.Options, opt BuildOptions) (*Result, error) {
	t, findings, err := Analyze(d, a)
	if err != nil {
		return nil, err
	}
	res, err := Build(ctx, t, findings, Dir(dir), opt)
	if res != nil {
		for i, f := range res.Files {
			res.Files[i] = filepath.Join(dir, f)
		}
	}
	return res, err
}

// Build writes the appendix of the analysed table t and the caller's
// findings to sink: the presentation (present.New) once, then each
// selected output from it — <name>.xlsx, <name>.pdf, <name>-核查.pdf (the
// check report), <name>-chart-N.png and, with OutputSVG, .svg. Nothing is
// analysed or checked again: t and findings are shown as given.
//
// When any output fails or ctx is cancelled, the output being written is
// aborted and those already written are removed (when the sink can: see
// Sink), so that a failed build leaves no partial appendix behind.
//
// One failure is not total: when no font was named and no usable system
// font exists, the outputs that need none (the workbook) are still
// written, Result.Skipped says which were not, and the error wraps the
// *font.NoFontError (errors.Is(err, font.ErrNoFont)).
func Build(ctx context.Context, t *analysis.Table, findings []analysis.Finding, sink Sink, opt BuildOptions) (res *Result, err error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if t == nil {
		return nil, errors.New("build: no table")
	}
	if sink == nil {
		return nil, errors.New("build: no sink")
	}
	name := opt.Name
	if name == "" {
		name = "appendix"
	}
	outs := opt.Outputs
	if outs == 0 {
		outs = OutputAll
	}
	doc := present.New(t, findings, present.Options{
		Title: opt.Title, Org: opt.Org, Source: opt.Source, Date: opt.Date,
		Charts: opt.Charts, IncludeChecks: opt.IncludeChecks,
	})
	res = &Result{Table: t, Findings: findings, Document: doc}
	var mu sync.Mutex
	var forget []func()
	written := func(n string) {
		mu.Lock()
		res.Files = append(res.Files, n)
		// Until Build returns, a process forced to exit (a second
		// interrupt) removes the files it wrote: atomicfile.RemoveTemps.
		if tr, ok := sink.(tracker); ok {
			forget = append(forget, tr.track(n))
		}
		mu.Unlock()
	}
	defer func() {
		for _, f := range forget {
			f()
		}
	}()
	defer func() {
		if err != nil && res.Skipped == 0 {
			if rm, ok := sink.(Remover); ok {
				for _, n := range res.Files {
					rm.Remove(n)
				}
			}
			res.Files = nil
		}
	}()
	// emit writes one output through the sink.
	emit := func(n string, render func(io.Writer) error) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		w, err := sink.Create(n)
		if err != nil {
			return err
		}
		if err := render(w); err != nil {
			if a, ok := w.(Aborter); ok {
				a.Abort()
			} else {
				w.Close()
			}
			return fmt.Errorf("%s: %w", n, err)
		}
		if err := ctx.Err(); err != nil {
			if a, ok := w.(Aborter); ok {
				a.Abort()
			} else {
				w.Close()
			}
			return err
		}
		if err := w.Close(); err != nil {
			return err
		}
		written(n)
		return nil
	}

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var wg sync.WaitGroup
	var xlsxErr error
	if outs&OutputXLSX != 0 {
		// The workbook is the slowest part for large data and needs nothing
		// from the charts: write it alongside.
		wg.Add(1)
		go func() {
			defer wg.Done()
			xlsxErr = emit(name+".xlsx", func(w io.Writer) error {
				return xlsx.WriteTo(ctx, w, doc, t, xlsx.Options{})
			})
			if xlsxErr != nil {
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
		pdfs := outs&(OutputPDF|OutputChecks) != 0
		if outs&(OutputPNG|OutputSVG|OutputDOCX) != 0 || outs&OutputPDF != 0 && len(doc.Charts) > 0 {
			if fonts.raster, err = font.Resolve(opt.Font, font.Raster); err != nil {
				return err
			}
		}
		if pdfs {
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
		if outs&(OutputPNG|OutputSVG|OutputPDF) != 0 && len(doc.Charts) > 0 {
			if charts, err = selectCharts(doc, chartFont); err != nil {
				return err
			}
		}
		if outs&OutputPNG != 0 {
			copt := chart.Options{Font: chartFont, DPI: opt.ChartDPI}
			if err := writeCharts(name, ".png", charts, emit, func(c *chart.Chart, w io.Writer) error { return c.PNG(w, copt) }); err != nil {
				return err
			}
		}
		if outs&OutputSVG != 0 {
			copt := chart.Options{Font: chartFont}
			if err := writeCharts(name, ".svg", charts, emit, func(c *chart.Chart, w io.Writer) error { return c.SVG(w, copt) }); err != nil {
				return err
			}
		}
		popt := pdf.Options{Landscape: opt.Landscape, Font: fonts.print, MaxRows: opt.PDFMaxRows}
		if outs&OutputPDF != 0 {
			images := make([]pdf.Image, len(charts))
			copt := chart.Options{Font: chartFont}
			for i, c := range charts {
				// The PDF prints the caption (图N …) under the chart: the
				// chart itself goes without its title.
				untitled := *c
				untitled.Title = ""
				images[i] = pdf.Image{Title: doc.Charts[i].Caption, Draw: func(cv vg.CanvasSizer) error { return untitled.Draw(cv, copt) }}
			}
			o := popt
			o.Charts = images
			if err := emit(name+".pdf", func(w io.Writer) error { return pdf.WriteTo(ctx, w, doc, o) }); err != nil {
				return err
			}
		}
		if outs&OutputChecks != 0 {
			if err := emit(name+CheckReportSuffix+".pdf", func(w io.Writer) error { return pdf.WriteChecks(ctx, w, doc, popt) }); err != nil {
				return err
			}
		}
		if outs&OutputDOCX != 0 {
			if err := emit(name+".docx", func(w io.Writer) error {
				return writeDocx(ctx, w, doc, fonts.raster, opt.ReferenceDocx, opt.PDFMaxRows)
			}); err != nil {
				return err
			}
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
		switch {
		case strings.HasSuffix(p, ".xlsx"):
			return 0
		case strings.HasSuffix(p, CheckReportSuffix+".pdf"):
			return 2
		case strings.HasSuffix(p, ".pdf"):
			return 1
		case strings.HasSuffix(p, ".docx"):
			return 3
		}
		return 4
	}
	slices.SortStableFunc(res.Files, func(a, b string) int { return order(a) - order(b) })
	return res, context.Cause(ctx)
}

// writeCharts writes each chart as <name>-chart-N<ext>.
func writeCharts(name, ext string, charts []*chart.Chart, emit func(string, func(io.Writer) error) error, render func(*chart.Chart, io.Writer) error) error {
	for i, c := range charts {
		if err := emit(fmt.Sprintf("%s-chart-%d%s", name, i+1, ext), func(w io.Writer) error { return render(c, w) }); err != nil {
			return fmt.Errorf("chart %s: %w", c.Name, err)
		}
	}
	return nil
}

// DefaultCharts are the charts an appendix shows unless BuildOptions.Charts
// says otherwise (present.DefaultCharts).
var DefaultCharts = present.DefaultCharts

// selectCharts lays out the charts the document specifies
// (chart.FromDocument), in its order: the i-th chart returned draws
// doc.Charts[i]. The document is not changed (the workbook reads it
// meanwhile); a chart with nothing to draw, which the specifications'
// rules never leave, is an error.
func selectCharts(doc *present.Document, f *font.Font) ([]*chart.Chart, error) {
	charts, err := chart.FromDocument(doc, chart.Options{Font: f})
	if err != nil {
		return nil, err
	}
	if len(charts) != len(doc.Charts) {
		return nil, fmt.Errorf("%d of %d charts have something to draw", len(charts), len(doc.Charts))
	}
	return charts, nil
}
