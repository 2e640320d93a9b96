package report

import (
	"context"
	"errors"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
	"github.com/annualstat/annualstat/internal/synthetic"
	"github.com/annualstat/annualstat/report/font"
)

// needFont skips when no CJK font is installed, unless CI requires it.
func needFont(t testing.TB) {
	t.Helper()
	if _, err := font.Resolve(font.Options{}, font.PDF); err != nil {
		if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" {
			t.Fatalf("ANNUALSTAT_REQUIRE_TOOLS=1 and no CJK font: %v", err)
		}
		t.Skip(err)
	}
}

func loadSample(t testing.TB) *analysis.Dataset {
	t.Helper()
	d, err := ingest.Load("../testdata/sample-2022.csv", ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func names(paths []string) string {
	var out []string
	for _, p := range paths {
		out = append(out, filepath.Base(p))
	}
	return strings.Join(out, " ")
}

func TestBuildOutputsSelection(t *testing.T) {
	needFont(t)
	d := loadSample(t)
	dir := t.TempDir()
	res, err := BuildDir(context.Background(), d, dir, analysis.Options{}, BuildOptions{Name: "s", Outputs: OutputXLSX | OutputPNG})
	if err != nil {
		t.Fatal(err)
	}
	got := names(res.Files)
	if !strings.HasPrefix(got, "s.xlsx s-chart-1.png") || strings.Contains(got, ".pdf") {
		t.Errorf("files %q", got)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != len(res.Files) {
		t.Errorf("directory has %d entries, result lists %d", len(ents), len(res.Files))
	}
	if res.Table.Year != 2022 || len(res.Findings) == 0 {
		t.Errorf("table year %d, %d findings", res.Table.Year, len(res.Findings))
	}
}

func TestBuildCancelledLeavesNothing(t *testing.T) {
	needFont(t)
	d := synthetic.Generate(synthetic.Options{Indicators: 20000, Years: 3, Seed: 1})
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := BuildDir(ctx, d, dir, analysis.Options{}, BuildOptions{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		t.Errorf("left behind: %s", e.Name())
	}
}

func TestBuildBadFontLeavesNothing(t *testing.T) {
	d := loadSample(t)
	dir := t.TempDir()
	notFont := filepath.Join(t.TempDir(), "x.ttf")
	os.WriteFile(notFont, []byte("not a font at all"), 0o644)
	_, err := BuildDir(context.Background(), d, dir, analysis.Options{}, BuildOptions{Font: font.Options{Path: notFont}})
	if err == nil || !strings.Contains(err.Error(), "x.ttf") {
		t.Fatalf("err = %v, want an error naming the font", err)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 0 {
		t.Errorf("files left after a failed build: %d", len(ents))
	}
}

func TestParseOutputs(t *testing.T) {
	o, err := ParseOutputs([]string{"xlsx", "PDF"})
	if err != nil || o != OutputXLSX|OutputPDF {
		t.Errorf("%v %v", o, err)
	}
	if o, err := ParseOutputs([]string{"docx", "svg"}); err != nil || o != OutputDOCX|OutputSVG {
		t.Errorf("docx,svg: %v %v", o, err)
	}
	if _, err := ParseOutputs([]string{"doc"}); err == nil {
		t.Error("doc accepted")
	}
}

func benchBuild(b *testing.B, d *analysis.Dataset, opt BuildOptions) {
	needFont(b)
	dir := b.TempDir()
	// Resolve the font outside the loop: a process parses it once.
	if _, err := BuildDir(context.Background(), d, dir, analysis.Options{}, opt); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := BuildDir(context.Background(), d, dir, analysis.Options{}, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildSample: the sample appendix (workbook, PDF, charts).
// Target: under 150 ms.
func BenchmarkBuildSample(b *testing.B) {
	benchBuild(b, loadSample(b), BuildOptions{})
}

// BenchmarkBuild40x2: the peer's 40-indicator case (../shared/bench).
func BenchmarkBuild40x2(b *testing.B) {
	benchBuild(b, synthetic.Generate(synthetic.Options{Indicators: 40, Years: 2, Seed: 42}), BuildOptions{})
}

// BenchmarkBuild2000x10: 2,000 indicators × 10 years. Target: under 1 s.
func BenchmarkBuild2000x10(b *testing.B) {
	benchBuild(b, synthetic.Generate(synthetic.Options{Indicators: 2000, Years: 10, Seed: 42}), BuildOptions{})
}

// BenchmarkBuild200kx5: 200,000 indicators × 5 years, the PDF limited to the
// first 2,000 rows. Target: under 5 s.
func BenchmarkBuild200kx5(b *testing.B) {
	benchBuild(b, synthetic.Generate(synthetic.Options{Indicators: 200000, Years: 5, Seed: 42}), BuildOptions{PDFMaxRows: 2000})
}

func TestBuildSVGAndDPI(t *testing.T) {
	needFont(t)
	d := loadSample(t)
	dir := t.TempDir()
	res, err := BuildDir(context.Background(), d, dir, analysis.Options{}, BuildOptions{Name: "s", Outputs: OutputSVG | OutputPNG, ChartDPI: 192})
	if err != nil {
		t.Fatal(err)
	}
	if got := names(res.Files); got != "s-chart-1.png s-chart-2.png s-chart-1.svg s-chart-2.svg" {
		t.Fatalf("files %q", got)
	}
	svg, err := os.ReadFile(filepath.Join(dir, "s-chart-1.svg"))
	if err != nil || !strings.Contains(string(svg), "<svg") || !strings.Contains(string(svg), "实有各类市场主体") {
		t.Errorf("svg: %v %.200s", err, svg)
	}
	f, err := os.Open(filepath.Join(dir, "s-chart-1.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 1600 || cfg.Height != 1000 {
		t.Errorf("PNG at 192 DPI: %dx%d, %v; want 1600x1000", cfg.Width, cfg.Height, err)
	}
}
