package vgfpdf_test

import (
	"io"
	"testing"

	"github.com/annualstat/annualstat/report/chart"
)

// threeCharts lays out the grouped, growth and percentage-point charts of
// a 40-indicator table for the test canvas size.
func threeCharts(b *testing.B) []*chart.Chart {
	b.Helper()
	f := pdfFont(b)
	all, err := chart.Standard(bigTable(b, 40), chartOptions(f))
	if err != nil {
		b.Fatal(err)
	}
	var out []*chart.Chart
	for _, c := range all {
		switch c.Name {
		case "grouped", "growth", "growth-pp":
			out = append(out, c)
		}
	}
	if len(out) != 3 {
		b.Fatalf("%d of the three charts", len(out))
	}
	return out
}

// BenchmarkDraw draws the three standard charts of a 40-indicator table,
// each on a new page of one document: the cost of a vector chart in the
// PDF (goal: a few ms a chart; a 200-DPI PNG costs about 100 ms).
func BenchmarkDraw(b *testing.B) {
	charts := threeCharts(b)
	f := pdfFont(b)
	pdf := newDoc(b, f)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		drawCharts(b, pdf, f, charts)
		pdf.AddPage()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(charts))/1e6, "ms/chart")
}

// BenchmarkDocument makes a whole document holding the three charts and
// writes it: font registration, drawing, compression and font subsetting.
func BenchmarkDocument(b *testing.B) {
	charts := threeCharts(b)
	f := pdfFont(b)
	b.ReportAllocs()
	for b.Loop() {
		pdf := newDoc(b, f)
		drawCharts(b, pdf, f, charts)
		if err := pdf.Output(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPNG200 renders the same three charts as 200-DPI PNGs, the
// images the PDF embedded before this package, for comparison.
func BenchmarkPNG200(b *testing.B) {
	charts := threeCharts(b)
	opt := chartOptions(pdfFont(b))
	opt.DPI = 200
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range charts {
			if err := c.PNG(io.Discard, opt); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(charts))/1e6, "ms/chart")
}
