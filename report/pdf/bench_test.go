package pdf

import (
	"context"
	"io"
	"os"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// BenchmarkSamplePDF writes the appendix of the sample report (about 40
// indicators) with three chart PNGs. Target: under 100 ms.
func BenchmarkSamplePDF(b *testing.B) {
	f := testFont(b)
	tab := analyze(b, loadSample(b))
	opt := Options{Font: f, Charts: []Image{{Title: "图一", PNG: testChart(b, 1)}, {Title: "图二", PNG: testChart(b, 2)}, {Title: "图三", PNG: testChart(b, 3)}}}
	findings := testFindings()
	b.ResetTimer()
	for b.Loop() {
		if err := WriteTo(context.Background(), io.Discard, docOf(tab, findings, ""), opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPDF2000x10 writes the appendix of 2,000 indicators over ten
// years (the table about 50 pages). Target: under 1 s.
func BenchmarkPDF2000x10(b *testing.B) {
	f := testFont(b)
	tab := analyze(b, genDataset(2000, 10, true))
	findings := testFindings()
	b.ResetTimer()
	for b.Loop() {
		if err := WriteTo(context.Background(), io.Discard, docOf(tab, findings, ""), Options{Font: f}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPDFFromCSV writes the appendix of the long CSV named by
// $ANNUALSTAT_PDF_BENCH_CSV (e.g. from ../shared/bench/gen_data.py) with
// three charts and at most 2,000 table rows, for side-by-side runs with the
// ReportLab baseline. It is skipped when the variable is unset.
func BenchmarkPDFFromCSV(b *testing.B) {
	path := os.Getenv("ANNUALSTAT_PDF_BENCH_CSV")
	if path == "" {
		b.Skip("ANNUALSTAT_PDF_BENCH_CSV not set")
	}
	f := testFont(b)
	tab := analyze(b, loadCSV(b, path))
	opt := Options{Font: f, MaxRows: 2000, Charts: []Image{{Title: "图一", PNG: testChart(b, 1)}, {Title: "图二", PNG: testChart(b, 2)}, {Title: "图三", PNG: testChart(b, 3)}}}
	b.ResetTimer()
	for b.Loop() {
		if err := WriteTo(context.Background(), io.Discard, docOf(tab, nil, ""), opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFontSubset is the per-document font cost: the subset of the
// characters of the sample appendix (the font itself is parsed once per
// process, before the timer).
func BenchmarkFontSubset(b *testing.B) {
	f := testFont(b)
	d := newDocument(docOf(analyze(b, loadSample(b)), testFindings(), ""), Options{Font: f}, f, false)
	var runes []rune
	d.eachText(func(_, text string) { runes = append(runes, []rune(text)...) })
	b.ResetTimer()
	for b.Loop() {
		if _, err := f.Subset(runes); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFontWholeFpdf is what the subset avoids: fpdf reading the whole
// font for a document and subsetting it on output.
func BenchmarkFontWholeFpdf(b *testing.B) {
	f := testFont(b)
	for b.Loop() {
		p := fpdf.New("P", "mm", "A4", "")
		p.AddUTF8FontFromBytes("f", "", f.PDFBytes())
		p.SetFont("f", "", 10)
		p.AddPage()
		p.Text(10, 10, "实有各类市场主体28716户，比上年增长12.33%")
		if err := p.Output(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPDF200kMax2000 writes the appendix and the check report of
// 200,000 indicators × 5 years with the table cut at 2,000 rows (as
// `build --pdf-max-rows 2000`): the font check still reads every string
// of the document, so its cost must stay linear and small.
func BenchmarkPDF200kMax2000(b *testing.B) {
	f := testFont(b)
	doc := docOf(analyze(b, genDataset(200000, 5, true)), testFindings(), "")
	opt := Options{Font: f, MaxRows: 2000}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := WriteTo(context.Background(), io.Discard, doc, opt); err != nil {
			b.Fatal(err)
		}
		if err := WriteChecks(context.Background(), io.Discard, doc, opt); err != nil {
			b.Fatal(err)
		}
	}
}
