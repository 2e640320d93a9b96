package pdf

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/chart"
)

// Vector charts print as text the reader can select: every label of the
// chart comes back from pdftotext, with characters the rest of the
// document never uses (they reach the font subset through the chart text).
func TestPDFVectorCharts(t *testing.T) {
	requireTools(t, "pdftotext", "qpdf")
	f := testFont(t)
	d := genDataset(12, 3, false)
	ind := d.Indicator("图表", "蝙蝠鹦鹉麒麟数", "只") // characters only the chart label carries
	ind.Set(pointAt(2021, 10))
	ind.Set(pointAt(2022, 12))
	tab := analyze(t, d)
	copt := chart.Options{Font: f}
	grouped, err := chart.GroupedBars(tab, chart.Options{Font: f, Unit: "只", Title: "鳄鱼鲸鲨统计"})
	if err != nil {
		t.Fatal(err)
	}
	growth, err := chart.GrowthBars(tab, copt)
	if err != nil {
		t.Fatal(err)
	}
	var images []Image
	for _, c := range []*chart.Chart{grouped, growth} {
		images = append(images, Image{Title: "图表" + c.Name, Draw: func(cv vg.CanvasSizer) error { return c.Draw(cv, copt) }})
	}
	path := filepath.Join(t.TempDir(), "v.pdf")
	if err := Write(context.Background(), path, docOf(tab, nil, ""), Options{Font: f, Charts: images}); err != nil {
		t.Fatal(err)
	}
	if out := run(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf: %s", out)
	}
	text := stripSpace(strings.Join(pdfPages(t, path), ""))
	for _, want := range []string{"图表grouped", "鳄鱼鲸鲨统计", "蝙蝠鹦鹉麒麟数", stripSpace(growth.Title), "单位：只"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	// The glyphs of text only the chart draws are in the font subset:
	// pdftotext alone cannot tell, it reads the text, not the glyphs.
	doc := newDocument(docOf(tab, nil, ""), Options{Font: f, Charts: images}, f, false)
	if err := doc.checkCharts(); err != nil {
		t.Fatal(err)
	}
	if err := doc.checkText(); err != nil {
		t.Fatal(err)
	}
	for _, r := range "鳄鱼鲸鲨" {
		if !strings.ContainsRune(doc.allText, r) {
			t.Errorf("%q of the chart title is not collected for the font subset", r)
		}
	}
	// A drawing error is the document's error, and nothing is written.
	boom := errors.New("boom")
	bad := []Image{{Title: "坏图", Draw: func(vg.CanvasSizer) error { return boom }}}
	p2 := filepath.Join(t.TempDir(), "bad.pdf")
	if err := Write(context.Background(), p2, docOf(tab, nil, ""), Options{Font: f, Charts: bad}); !errors.Is(err, boom) {
		t.Errorf("err = %v, want boom", err)
	}
}

func pointAt(year int, v float64) analysis.Point { return analysis.Point{Year: year, Value: v} }
