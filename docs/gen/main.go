// Command gen regenerates the pictures in docs/ that the README shows: a
// chart of a synthetic dataset and the first page of the sample appendix's
// PDF. It needs a Chinese font and pdftoppm (poppler-utils).
//
//	go run ./docs/gen
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image"
	"image/color/palette"
	"image/png"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	xdraw "golang.org/x/image/draw"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
	"github.com/annualstat/annualstat/internal/atomicfile"
	"github.com/annualstat/annualstat/internal/synthetic"
	"github.com/annualstat/annualstat/report"
	"github.com/annualstat/annualstat/report/chart"
)

func main() {
	out := flag.String("o", "docs", "directory for the pictures")
	width := flag.Int("width", 640, "width of the pictures in pixels")
	flag.Parse()
	ctx := context.Background()

	// A chart: growth of a synthetic 30-indicator dataset.
	d := synthetic.Generate(synthetic.Options{Indicators: 30, Years: 5, Seed: 3})
	d.Source = "annualstat 合成数据(非真实统计)"
	t, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		log.Fatal(err)
	}
	c, err := chart.GrowthBars(t, chart.Options{DPI: 192})
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := c.PNG(&buf, chart.Options{DPI: 192}); err != nil {
		log.Fatal(err)
	}
	if err := writeScaled(ctx, filepath.Join(*out, "chart.png"), &buf, *width); err != nil {
		log.Fatal(err)
	}

	// The first page of the sample appendix.
	tmp, err := os.MkdirTemp("", "annualstat-docs")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	sample, err := ingest.Load("testdata/sample-2022.csv", ingest.Options{})
	if err != nil {
		log.Fatal(err)
	}
	if _, err := report.BuildDir(ctx, sample, tmp, analysis.Options{}, report.BuildOptions{
		Name: "sample", Outputs: report.OutputPDF, Org: "湛江经济技术开发区",
		Source: "湛江经济技术开发区2022年法治政府建设年度报告",
		// A fixed date keeps the picture the same from one run to the next.
		Date: time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC),
	}); err != nil {
		log.Fatal(err)
	}
	page := filepath.Join(tmp, "page")
	cmd := exec.Command("pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", filepath.Join(tmp, "sample.pdf"), page)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("pdftoppm (apt-get install poppler-utils): %v", err)
	}
	f, err := os.Open(page + ".png")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	if err := writeScaled(ctx, filepath.Join(*out, "pdf-page.png"), f, *width); err != nil {
		log.Fatal(err)
	}
	fmt.Println("wrote", filepath.Join(*out, "chart.png"), "and", filepath.Join(*out, "pdf-page.png"))
}

// writeScaled decodes a PNG, scales it to width pixels and writes it with
// a 256-colour palette, which keeps the pictures small.
func writeScaled(ctx context.Context, path string, r io.Reader, width int) error {
	src, err := png.Decode(r)
	if err != nil {
		return err
	}
	b := src.Bounds()
	h := b.Dy() * width / b.Dx()
	scaled := image.NewRGBA(image.Rect(0, 0, width, h))
	xdraw.CatmullRom.Scale(scaled, scaled.Bounds(), src, b, xdraw.Src, nil)
	dst := image.NewPaletted(scaled.Bounds(), palette.WebSafe)
	xdraw.FloydSteinberg.Draw(dst, dst.Bounds(), scaled, image.Point{})
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	return atomicfile.Write(ctx, path, func(w io.Writer) error { return enc.Encode(w, dst) })
}
