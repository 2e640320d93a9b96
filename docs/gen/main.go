// Command gen regenerates the pictures in docs/ that the README shows, from
// what the README's quick start builds: it runs
//
//	annualstat build testdata/sample-2022.csv -o TMP --date 2023-03-01
//
// (the quick start's command, with a fixed date so that the pictures do
// not change from one run to the next) and scales the first chart and the
// first page of the PDF. Run it from the repository's root; it needs a
// Chinese font and pdftoppm (poppler-utils).
//
//	go run ./docs/gen
package main

import (
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

	xdraw "golang.org/x/image/draw"

	"github.com/annualstat/annualstat/internal/atomicfile"
)

func main() {
	out := flag.String("o", "docs", "directory for the pictures")
	width := flag.Int("width", 640, "width of the pictures in pixels")
	flag.Parse()
	ctx := context.Background()

	tmp, err := os.MkdirTemp("", "annualstat-docs")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	run := func(name string, args ...string) {
		cmd := exec.Command(name, args...)
		cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
		if err := cmd.Run(); err != nil {
			log.Fatalf("%s %v: %v", name, args, err)
		}
	}
	run("go", "run", "./cmd/annualstat", "build", "testdata/sample-2022.csv", "-o", tmp, "--date", "2023-03-01")
	page := filepath.Join(tmp, "page")
	run("pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", filepath.Join(tmp, "sample-2022.pdf"), page)

	for _, p := range []struct{ from, to string }{
		{filepath.Join(tmp, "sample-2022-chart-1.png"), "chart.png"},
		{page + ".png", "pdf-page.png"},
	} {
		f, err := os.Open(p.from)
		if err != nil {
			log.Fatal(err)
		}
		err = writeScaled(ctx, filepath.Join(*out, p.to), f, *width)
		f.Close()
		if err != nil {
			log.Fatal(err)
		}
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
