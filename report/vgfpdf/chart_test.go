package vgfpdf_test

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"github.com/annualstat/annualstat/analysis"
	"gonum.org/v1/plot/vg"

	"github.com/annualstat/annualstat/report/chart"
	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/vgfpdf"
)

// Where the charts go on an A4 page: 170 mm wide (the text width of a
// 20 mm margin), in the charts' default 16:10 proportion.
const (
	chartX, chartY = 20.0, 30.0
	chartW         = 170.0
	chartH         = chartW * 375 / 600
)

// drawCharts draws each chart on its own page of pdf (the first on the
// current page) and returns the chart options used (the canvas's size).
func drawCharts(tb testing.TB, pdf *fpdf.Fpdf, f *font.Font, charts []*chart.Chart) chart.Options {
	tb.Helper()
	var opt chart.Options
	for i, c := range charts {
		if i > 0 {
			pdf.AddPage()
		}
		cv, err := vgfpdf.New(pdf, chartX, chartY, chartW, chartH, vgfpdf.Options{FontFamily: family})
		if err != nil {
			tb.Fatal(err)
		}
		w, h := cv.Size()
		opt = chart.Options{Font: f, Width: w, Height: h}
		if err := c.Draw(cv, opt); err != nil {
			tb.Fatalf("%s: %v", c.Name, err)
		}
		if err := cv.Close(); err != nil {
			tb.Fatalf("%s: %v", c.Name, err)
		}
	}
	return opt
}

func chartOptions(f *font.Font) chart.Options {
	return chart.Options{Font: f, Width: vg.Millimeter * chartW, Height: vg.Millimeter * chartH}
}

// TestStandardCharts draws the standard charts of a small table into a
// PDF and checks the file with qpdf and its text with pdftotext: every
// title and every indicator name must come out exactly.
func TestStandardCharts(t *testing.T) {
	f := pdfFont(t)
	tab := sampleTable(t, 6)
	charts, err := chart.Standard(tab, chartOptions(f))
	if err != nil {
		t.Fatal(err)
	}
	if len(charts) < 3 {
		t.Fatalf("%d standard charts, want at least 3 (grouped, growth, growth-pp)", len(charts))
	}
	pdf := newDoc(t, f)
	opt := drawCharts(t, pdf, f, charts)
	path := writePDF(t, pdf, t.TempDir(), "charts.pdf")
	run(t, "qpdf", "--check", path)

	for i, c := range charts {
		page := strings.Join(strings.Fields(string(run(t, "pdftotext", "-f", strconv.Itoa(i+1), "-l", strconv.Itoa(i+1), "-enc", "UTF-8", path, "-"))), "")
		want := []string{c.Title, c.Subtitle}
		for _, r := range tab.Rows {
			u := r.Indicator.Unit
			if c.Name == "grouped" && u == c.Unit || c.Name == "growth" && u != "%" || c.Name == "growth-pp" && u == "%" {
				want = append(want, r.Indicator.Name)
			}
		}
		for _, w := range want {
			if !strings.Contains(page, strings.Join(strings.Fields(w), "")) {
				t.Errorf("page %d (%s): text %q not found in pdftotext output:\n%s", i+1, c.Name, w, page)
			}
		}

		// TextOf collects every character the page has, for a font subset.
		text, err := vgfpdf.TextOf(opt.Width, opt.Height, func(cv vg.CanvasSizer) error { return c.Draw(cv, opt) })
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(text, c.Title+"\n") {
			t.Errorf("%s: TextOf lacks the title line %q:\n%s", c.Name, c.Title, text)
		}
		for _, r := range page {
			if !strings.ContainsRune(text, r) {
				t.Errorf("%s: character %q is on the page but not in TextOf", c.Name, r)
			}
		}
	}
}

// TestLooksLikePNG renders each chart page at 72 DPI and compares the
// chart's rectangle with the chart's own PNG at 72 DPI (one pixel a
// point): both come from the same layout code, so the mean luminance of
// every block of 8 × 8 pixels must agree closely. Text rasterised by two
// renderers differs in weight, not in place; a misplaced, mirrored or
// missing element changes whole blocks, as the same comparison shifted by
// 3 pixels shows.
func TestLooksLikePNG(t *testing.T) {
	f := pdfFont(t)
	for _, tc := range []struct {
		name string
		tab  *analysis.Table
	}{
		{"small", sampleTable(t, 6)},
		{"40 indicators, 3 years", bigTable(t, 40)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			charts, err := chart.Standard(tc.tab, chartOptions(f))
			if err != nil {
				t.Fatal(err)
			}
			pdf := newDoc(t, f)
			opt := drawCharts(t, pdf, f, charts)
			dir := t.TempDir()
			if out := os.Getenv("VGFPDF_OUT"); out != "" {
				dir = out
			}
			path := writePDF(t, pdf, dir, strings.Fields(tc.name)[0]+".pdf")
			k := pdf.GetConversionRatio()
			at := image.Pt(int(math.Round(chartX*k)), int(math.Round(chartY*k)))
			opt.DPI = 72
			for i, c := range charts {
				page := renderPage(t, path, 72, i+1)
				var buf bytes.Buffer
				if err := c.PNG(&buf, opt); err != nil {
					t.Fatal(err)
				}
				ref, err := png.Decode(&buf)
				if err != nil {
					t.Fatal(err)
				}
				mean, worst := blockDiff(page, at, ref, 8)
				t.Logf("%s: mean %.4f worst %.4f", c.Name, mean, worst)
				if mean > 0.02 || worst > 0.15 {
					t.Errorf("%s: the PDF page differs from the PNG: mean block difference %.4f (max 0.02), worst %.4f (max 0.15)", c.Name, mean, worst)
				}
				if _, w := blockDiff(page, at.Add(image.Pt(3, 0)), ref, 8); w <= 0.15 {
					t.Errorf("%s: the comparison does not notice a 3-pixel shift (worst %.4f)", c.Name, w)
				}
			}
		})
	}
}
