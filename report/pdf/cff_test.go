package pdf

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"

	"github.com/annualstat/annualstat/report/chart"
	"github.com/annualstat/annualstat/report/font"
)

// notoCJK is Debian's fonts-noto-cjk collection: CFF outlines, face 2
// Simplified Chinese.
const notoCJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

// With Noto Sans CJK (CFF outlines, converted to TrueType for the subset)
// the appendix and its vector charts print, qpdf finds the file sound, and
// pdftotext gives every row and statement back.
func TestPDFWithCFFFont(t *testing.T) {
	requireTools(t, "pdftotext", "qpdf", "pdffonts")
	if _, err := os.Stat(notoCJK); err != nil {
		if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") != "" {
			t.Fatalf("fonts-noto-cjk is required: %v", err)
		}
		t.Skipf("fonts-noto-cjk not installed: %v", err)
	}
	f, err := font.Resolve(font.Options{Path: notoCJK, Index: 2}, font.PDF)
	if err != nil {
		t.Fatal(err)
	}
	if f.Outline != font.CFFOutline {
		t.Fatalf("%s has %s outlines, want CFF", f, f.Outline)
	}
	d := genDataset(40, 2, true)
	ind := d.Indicator("图表", "蝙蝠鹦鹉麒麟数", "只") // characters only the chart carries
	ind.Set(pointAt(2021, 10))
	ind.Set(pointAt(2022, 12))
	tab := analyze(t, d)
	copt := chart.Options{Font: f}
	grouped, err := chart.GroupedBars(tab, chart.Options{Font: f, Unit: "只"})
	if err != nil {
		t.Fatal(err)
	}
	images := []Image{{Title: "对比图", Draw: func(cv vg.CanvasSizer) error { return grouped.Draw(cv, copt) }}}
	path := filepath.Join(t.TempDir(), "noto.pdf")
	if err := Write(context.Background(), path, docOf(tab, nil, ""), Options{Font: f, Charts: images}); err != nil {
		t.Fatal(err)
	}
	if out := run(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	if out := run(t, "pdffonts", path); !strings.Contains(out, "CID TrueType") {
		t.Errorf("font not embedded as TrueType:\n%s", out)
	}
	text := stripSpace(strings.Join(pdfPages(t, path), ""))
	for i := range tab.Rows {
		r := &tab.Rows[i]
		if !strings.Contains(text, stripSpace(r.Indicator.Name)) {
			t.Errorf("row %d: %q not in the text", i+1, r.Indicator.Name)
		}
		if r.Statement != "" && !strings.Contains(text, stripSpace(r.Statement)) {
			t.Errorf("row %d: statement %q not in the text", i+1, r.Statement)
		}
	}
	for _, want := range []string{"对比图", "单位：只", "蝙蝠鹦鹉麒麟数"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
}
