package vgfpdf_test

import (
	"context"
	"fmt"
	"io"
	"log"

	"codeberg.org/go-pdf/fpdf"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/atomicfile"
	"github.com/annualstat/annualstat/report/chart"
	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/vgfpdf"
)

// A gonum plot drawn as vectors in the middle of an A4 page. The plot's
// default font (Liberation Sans) has the metrics of the PDF core font
// Helvetica, which sets its text here; Chinese text needs a UTF-8 font
// (see the chart example).
func Example() {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetFont("Helvetica", "", 10)
	pdf.AddPage()
	pdf.Text(20, 20, "Figure 1")

	p := plot.New()
	p.Title.Text = "Cases handled"
	bars, err := plotter.NewBarChart(plotter.Values{120, 356, 786}, 20)
	if err != nil {
		log.Fatal(err)
	}
	p.Add(bars)

	// 170 × 100 mm below the caption.
	cv, err := vgfpdf.New(pdf, 20, 25, 170, 100, vgfpdf.Options{FontFamily: "Helvetica"})
	if err != nil {
		log.Fatal(err)
	}
	p.Draw(draw.New(cv))
	if err := cv.Close(); err != nil {
		log.Fatal(err)
	}
	w, h := cv.Size()
	fmt.Printf("canvas %.1f × %.1f pt\n", w.Points(), h.Points())
	if err := pdf.Output(io.Discard); err != nil { // or a file: see the chart example
		log.Fatal(err)
	}
	// Output: canvas 481.9 × 283.5 pt
}

// Charts of report/chart in a PDF with Chinese text: the chart is laid out
// for the canvas's size with the font the PDF embeds. The document embeds
// a subset of the font holding the characters it prints (the chart's, as
// TextOf collects them): font.Subset is a TrueType font fpdf can embed
// whatever the font's outlines (it converts CFF fonts such as Noto Sans
// CJK), and small.
func Example_chart() {
	f, err := font.Resolve(font.Options{}, font.PDF)
	if err != nil {
		log.Fatal(err)
	}
	const x, y, w = 20.0, 30.0, 170.0 // mm
	cw, ch := vg.Length(w)*vg.Millimeter, vg.Length(w*10/16)*vg.Millimeter
	opt := chart.Options{Font: f, Width: cw, Height: ch}
	var t *analysis.Table // the year's analysis
	c, err := chart.GrowthBars(t, opt)
	if err != nil {
		log.Fatal(err)
	}
	drawChart := func(cv vg.CanvasSizer) error { return c.Draw(cv, opt) }
	text, err := vgfpdf.TextOf(cw, ch, drawChart)
	if err != nil {
		log.Fatal(err)
	}
	sub, err := f.Subset([]rune(text + font.Probe))
	if err != nil {
		log.Fatal(err)
	}

	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("cjk", "", sub)
	pdf.SetFont("cjk", "", 10)
	pdf.AddPage()
	cv, err := vgfpdf.New(pdf, x, y, w, w*10/16, vgfpdf.Options{FontFamily: "cjk"})
	if err != nil {
		log.Fatal(err)
	}
	if err := drawChart(cv); err != nil {
		log.Fatal(err)
	}
	if err := cv.Close(); err != nil {
		log.Fatal(err)
	}
	if err := atomicfile.Write(context.Background(), "appendix.pdf", pdf.Output); err != nil {
		log.Fatal(err)
	}
}
