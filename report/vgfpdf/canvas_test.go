package vgfpdf_test

import (
	"bytes"
	"image"
	"image/color"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	pfont "gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"

	"github.com/annualstat/annualstat/report/vgfpdf"
)

// The canvas of the mapping tests: at (30, 40) mm on an A4 page, 100 × 60
// mm. At 72 DPI one pixel is one point, so a canvas point (X, Y) lands on
// pixel (30k + X, 100k − Y), k = 72/25.4 points a millimetre.
const (
	cvX, cvY, cvW, cvH = 30.0, 40.0, 100.0, 60.0
	ptPerMM            = 72 / 25.4
)

// pagePx maps a canvas point to the 72-DPI pixel grid of the page.
func pagePx(x, y float64) (float64, float64) {
	return cvX*ptPerMM + x, (cvY+cvH)*ptPerMM - y
}

func rect(x0, y0, x1, y1 vg.Length) vg.Path {
	var p vg.Path
	p.Move(vg.Point{X: x0, Y: y0})
	p.Line(vg.Point{X: x1, Y: y0})
	p.Line(vg.Point{X: x1, Y: y1})
	p.Line(vg.Point{X: x0, Y: y1})
	p.Close()
	return p
}

func newCanvas(tb testing.TB, pdf *fpdf.Fpdf) *vgfpdf.Canvas {
	tb.Helper()
	cv, err := vgfpdf.New(pdf, cvX, cvY, cvW, cvH, vgfpdf.Options{FontFamily: family})
	if err != nil {
		tb.Fatal(err)
	}
	return cv
}

// near checks that the ink box got lies within tol pixels of the box
// (x0, y0)–(x1, y1) in page pixels.
func near(t *testing.T, what string, got image.Rectangle, x0, y0, x1, y1, tol float64) {
	t.Helper()
	if got.Empty() {
		t.Errorf("%s: no ink found", what)
		return
	}
	g := [4]float64{float64(got.Min.X), float64(got.Min.Y), float64(got.Max.X), float64(got.Max.Y)}
	w := [4]float64{x0, y0, x1, y1}
	for i := range g {
		if math.Abs(g[i]-w[i]) > tol {
			t.Errorf("%s: ink box %v, want (%.1f,%.1f)-(%.1f,%.1f) ± %g px", what, got, x0, y0, x1, y1, tol)
			return
		}
	}
}

// TestSize checks the canvas size: the rectangle in points.
func TestSize(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddPage()
	cv := newCanvas(t, pdf)
	w, h := cv.Size()
	if math.Abs(w.Points()-cvW*ptPerMM) > 1e-9 || math.Abs(h.Points()-cvH*ptPerMM) > 1e-9 {
		t.Errorf("Size = %v × %v pt, want %v × %v", w.Points(), h.Points(), cvW*ptPerMM, cvH*ptPerMM)
	}
	if err := cv.Close(); err != nil {
		t.Error(err)
	}
}

// TestContentStream reads the path operators of an uncompressed page: a
// rectangle at canvas points (10, 20)–(60, 50) must be written at
// PDF user-space points (30k + x, 297k − 100k + y), PDF's y being up
// from the page's bottom edge.
func TestContentStream(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCompression(false)
	pdf.AddPage()
	cv := newCanvas(t, pdf)
	cv.SetColor(color.RGBA{R: 255, A: 255})
	cv.Fill(rect(10, 20, 60, 50))
	if err := cv.Close(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	ops := regexp.MustCompile(`(?m)^(-?[0-9.]+) (-?[0-9.]+) ([ml])$`).FindAllStringSubmatch(buf.String(), -1)
	want := [][2]float64{{10, 20}, {60, 20}, {60, 50}, {10, 50}}
	if len(ops) != len(want) {
		t.Fatalf("found %d move/line operators %q, want %d", len(ops), ops, len(want))
	}
	for i, op := range ops {
		x, _ := strconv.ParseFloat(op[1], 64)
		y, _ := strconv.ParseFloat(op[2], 64)
		wx := cvX*ptPerMM + want[i][0]
		wy := (297-cvY-cvH)*ptPerMM + want[i][1]
		if math.Abs(x-wx) > 0.006 || math.Abs(y-wy) > 0.006 {
			t.Errorf("operator %d: %s %s %s, want %.2f %.2f", i, op[1], op[2], op[3], wx, wy)
		}
		if wantOp := map[bool]string{true: "m", false: "l"}[i == 0]; op[3] != wantOp {
			t.Errorf("operator %d is %q, want %q", i, op[3], wantOp)
		}
	}
	if !regexp.MustCompile(`(?m)^h\nf$`).MatchString(buf.String()) {
		t.Error(`the path is not closed and filled ("h" then "f")`)
	}
	if !strings.Contains(buf.String(), "1.000 0.000 0.000 rg") {
		t.Error("the fill colour red (1 0 0 rg) was not set")
	}
}

// TestMapping renders shapes drawn through each transform at 72 DPI and
// finds their ink where the geometry puts it.
func TestMapping(t *testing.T) {
	f := pdfFont(t)
	pdf := newDoc(t, f)
	cv := newCanvas(t, pdf)
	vg.Initialize(cv)
	blue := color.RGBA{B: 255, A: 255}
	green := color.RGBA{G: 255, A: 255}

	cv.SetColor(color.RGBA{R: 255, A: 255})
	cv.Fill(rect(10, 20, 60, 50))

	cv.Push()
	cv.Translate(vg.Point{X: 200, Y: 100})
	cv.Rotate(math.Pi / 2) // (0..40, 0..10) turns to (−10..0, 0..40)
	cv.SetColor(green)
	cv.Fill(rect(0, 0, 40, 10))
	cv.Pop()

	cv.Push()
	cv.Translate(vg.Point{X: 100, Y: 100})
	cv.Scale(2, 0.5) // (0..10, 0..40) to (0..20, 0..20)
	cv.SetColor(blue)
	cv.Fill(rect(0, 0, 10, 40))
	cv.Pop()

	// After Pop: no transform, and the colour is red again.
	cv.Fill(rect(240, 20, 250, 30))

	// A circle of radius 15 around (100, 40), drawn with an arc.
	var circle vg.Path
	circle.Arc(vg.Point{X: 100, Y: 40}, 15, 0, 2*math.Pi)
	circle.Close()
	cv.SetColor(blue)
	cv.Fill(circle)

	// Text: "国" at 20 pt with its baseline at (150, 60), then turned a
	// quarter left about (150, 120).
	face := pfont.Face{Font: pfont.Font{Size: 20}, Face: f.OpenType}
	cv.SetColor(color.Black)
	cv.FillString(face, vg.Point{X: 150, Y: 60}, "国")
	cv.Push()
	cv.Translate(vg.Point{X: 150, Y: 120})
	cv.Rotate(math.Pi / 2)
	cv.FillString(face, vg.Point{}, "国")
	cv.Pop()
	if err := cv.Close(); err != nil {
		t.Fatal(err)
	}

	path := writePDF(t, pdf, t.TempDir(), "mapping.pdf")
	page := renderPage(t, path, 72, 1)
	box := func(x0, y0, x1, y1 float64) (float64, float64, float64, float64) {
		ax, ay := pagePx(x0, y0)
		bx, by := pagePx(x1, y1)
		return math.Min(ax, bx), math.Min(ay, by), math.Max(ax, bx), math.Max(ay, by)
	}
	all := page.Bounds()
	isGreen := func(r, g, b uint32) bool { return g > 0xc000 && r < 0x4000 && b < 0x4000 }
	isBlue := func(r, g, b uint32) bool { return b > 0xc000 && r < 0x4000 && g < 0x4000 }
	region := func(x0, y0, x1, y1 float64) image.Rectangle {
		a, b, c, d := box(x0, y0, x1, y1)
		return image.Rect(int(a), int(b), int(c)+1, int(d)+1)
	}

	x0, y0, x1, y1 := box(10, 20, 60, 50)
	reds := inkBounds(page, region(0, 0, 70, 60), red)
	near(t, "red rectangle", reds, x0, y0, x1, y1, 1)
	x0, y0, x1, y1 = box(190, 100, 200, 140)
	near(t, "rotated green rectangle", inkBounds(page, all, isGreen), x0, y0, x1, y1, 1)
	x0, y0, x1, y1 = box(100, 100, 120, 120)
	near(t, "scaled blue rectangle", inkBounds(page, region(90, 90, 130, 130), isBlue), x0, y0, x1, y1, 1)
	x0, y0, x1, y1 = box(240, 20, 250, 30)
	near(t, "red rectangle after Pop", inkBounds(page, region(230, 10, 260, 40), red), x0, y0, x1, y1, 1)
	x0, y0, x1, y1 = box(85, 25, 115, 55)
	near(t, "circle", inkBounds(page, region(80, 20, 120, 60), isBlue), x0, y0, x1, y1, 1)

	// Upright text: ink right of x = 150, above the baseline but for a
	// descent of at most a fifth of the size, at most one size tall.
	txt := inkBounds(page, region(140, 50, 180, 90), dark)
	bx, by := pagePx(150, 60)
	if txt.Empty() || float64(txt.Min.X) < bx-1 || float64(txt.Max.X) > bx+21 ||
		float64(txt.Max.Y) > by+4+1 || float64(txt.Min.Y) < by-20-1 || txt.Dy() < 12 {
		t.Errorf("upright text: ink box %v, want right of x=%.0f and over the baseline y=%.0f, 12–20 px tall", txt, bx, by)
	}
	// Turned text: the baseline runs up from (150, 120); the glyph lies
	// to its left.
	rot := inkBounds(page, region(120, 110, 160, 150), dark)
	bx, by = pagePx(150, 120)
	if rot.Empty() || float64(rot.Max.X) > bx+4+1 || float64(rot.Min.X) < bx-20-1 ||
		float64(rot.Max.Y) > by+1 || float64(rot.Min.Y) < by-21 || rot.Dx() < 12 {
		t.Errorf("turned text: ink box %v, want left of x=%.0f and above y=%.0f, 12–20 px wide", rot, bx, by)
	}
	if got := strings.Join(strings.Fields(string(run(t, "pdftotext", "-enc", "UTF-8", path, "-"))), ""); got != "国国" {
		t.Errorf("pdftotext: %q, want %q", got, "国国")
	}
}

// TestText checks that text comes out of the PDF as it went in, with
// characters above U+FFFF (which fpdf cannot encode) replaced by '?', and
// that a dashed, translucent stroke and an image leave a valid file.
func TestText(t *testing.T) {
	f := pdfFont(t)
	pdf := newDoc(t, f)
	cv := newCanvas(t, pdf)
	face := pfont.Face{Font: pfont.Font{Size: 12}, Face: f.OpenType}
	cv.FillString(face, vg.Point{X: 10, Y: 100}, "实有各类市场主体28716户,增长12.33%")
	cv.FillString(face, vg.Point{X: 10, Y: 80}, "字𠀀符")
	cv.FillString(pfont.Face{Face: f.OpenType}, vg.Point{X: 10, Y: 60}, "零号字不画")

	cv.SetLineDash([]vg.Length{4, 2}, 1)
	cv.SetLineWidth(2)
	cv.SetColor(color.NRGBA{G: 128, A: 128})
	var p vg.Path
	p.Move(vg.Point{X: 10, Y: 10})
	p.QuadTo(vg.Point{X: 50, Y: 50}, vg.Point{X: 90, Y: 10})
	p.CubeTo(vg.Point{X: 100, Y: 30}, vg.Point{X: 120, Y: 30}, vg.Point{X: 130, Y: 10})
	cv.Stroke(p)

	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	cv.DrawImage(vg.Rectangle{Min: vg.Point{X: 200, Y: 10}, Max: vg.Point{X: 240, Y: 50}}, img)
	cv.DrawImage(vg.Rectangle{Min: vg.Point{X: 250, Y: 10}, Max: vg.Point{X: 290, Y: 50}}, img) // the same image again
	if err := cv.Close(); err != nil {
		t.Fatal(err)
	}
	path := writePDF(t, pdf, t.TempDir(), "text.pdf")
	run(t, "qpdf", "--check", path)
	got := string(run(t, "pdftotext", "-enc", "UTF-8", path, "-"))
	for _, want := range []string{"实有各类市场主体28716户,增长12.33%", "字?符"} {
		if !strings.Contains(got, want) {
			t.Errorf("pdftotext output %q lacks %q", got, want)
		}
	}
	if strings.Contains(got, "零号字") {
		t.Errorf("text of size 0 was drawn: %q", got)
	}
	// pdfimages lists each placement with the image's object number.
	objects := map[string]int{}
	for _, l := range strings.Split(string(run(t, "pdfimages", "-list", path)), "\n") {
		if f := strings.Fields(l); len(f) > 11 && f[2] == "image" {
			objects[f[10]]++
		}
	}
	if len(objects) != 1 || objects[firstKey(objects)] != 2 {
		t.Errorf("pdfimages: placements by image object %v, want one image placed twice", objects)
	}
}

// TestClose checks that Close gives the document back its colours, line
// width and font.
func TestClose(t *testing.T) {
	f := pdfFont(t)
	pdf := newDoc(t, f)
	pdf.SetDrawColor(1, 2, 3)
	pdf.SetFillColor(4, 5, 6)
	pdf.SetTextColor(7, 8, 9)
	pdf.SetLineWidth(0.3)
	pdf.SetFont(family, "", 10.5)
	cv := newCanvas(t, pdf)
	cv.SetColor(color.RGBA{R: 200, A: 255})
	cv.SetLineWidth(5)
	cv.Fill(rect(0, 0, 10, 10))
	cv.Stroke(rect(0, 0, 10, 10))
	cv.FillString(pfont.Face{Font: pfont.Font{Size: 20}, Face: f.OpenType}, vg.Point{X: 10, Y: 10}, "国")
	if err := cv.Close(); err != nil {
		t.Fatal(err)
	}
	type rgb struct{ r, g, b int }
	var got [3]rgb
	got[0].r, got[0].g, got[0].b = pdf.GetDrawColor()
	got[1].r, got[1].g, got[1].b = pdf.GetFillColor()
	got[2].r, got[2].g, got[2].b = pdf.GetTextColor()
	if want := [3]rgb{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}; got != want {
		t.Errorf("colours after Close: %v, want %v", got, want)
	}
	if w := pdf.GetLineWidth(); w != 0.3 {
		t.Errorf("line width after Close: %v, want 0.3", w)
	}
	if size, _ := pdf.GetFontSize(); size != 10.5 || pdf.GetFontFamily() != family {
		t.Errorf("font after Close: %q %v pt, want %q 10.5 pt", pdf.GetFontFamily(), size, family)
	}
}

// TestBadInput checks that bad input is an error, never a panic or a
// number in the file that is not finite.
func TestBadInput(t *testing.T) {
	if _, err := vgfpdf.New(nil, 0, 0, 10, 10, vgfpdf.Options{}); err == nil {
		t.Error("New(nil document): no error")
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	if _, err := vgfpdf.New(pdf, 0, 0, 10, 10, vgfpdf.Options{}); err == nil {
		t.Error("New on a document without a page: no error")
	}
	pdf.SetCompression(false)
	pdf.AddPage()
	for _, r := range [][4]float64{{0, 0, 0, 10}, {0, 0, 10, -1}, {math.NaN(), 0, 10, 10}, {0, 0, math.Inf(1), 10}} {
		if _, err := vgfpdf.New(pdf, r[0], r[1], r[2], r[3], vgfpdf.Options{}); err == nil {
			t.Errorf("New with rectangle %v: no error", r)
		}
	}

	cv := newCanvas(t, pdf)
	cv.Fill(rect(0, 0, vg.Length(math.NaN()), 10))
	err := cv.Close()
	if err == nil || !strings.Contains(err.Error(), "NaN") {
		t.Errorf("filling a path with NaN: error %v, want one about NaN", err)
	}

	cv = newCanvas(t, pdf)
	cv.Pop()
	if err := cv.Close(); err == nil {
		t.Error("Pop without Push: no error")
	}

	cv = newCanvas(t, pdf)
	cv.Scale(math.Inf(1), 1)
	cv.Stroke(rect(0, 0, 10, 10))
	cv.FillString(pfont.Face{Font: pfont.Font{Size: 10}}, vg.Point{}, "x")
	if err := cv.Close(); err == nil {
		t.Error("drawing under an infinite scale: no error")
	}

	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	if regexp.MustCompile(`(?i)\bnan\b|\binf\b`).Match(buf.Bytes()) {
		t.Error("the document has a NaN or Inf in it")
	}

	pdf = fpdf.New("P", "mm", "A4", "")
	pdf.AddPage()
	cv, err = vgfpdf.New(pdf, 0, 0, 10, 10, vgfpdf.Options{FontFamily: "nosuchfont"})
	if err != nil {
		t.Fatal(err)
	}
	cv.FillString(pfont.Face{Font: pfont.Font{Size: 10}}, vg.Point{}, "x")
	if err := cv.Close(); err == nil || !strings.Contains(err.Error(), "nosuchfont") {
		t.Errorf("text in an unregistered font family: error %v, want one naming the family", err)
	}
}

func firstKey(m map[string]int) string {
	for k := range m {
		return k
	}
	return ""
}

// TestStyleOperators reads the operators a dashed, translucent stroke
// writes, and those Close writes to undo them.
func TestStyleOperators(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCompression(false)
	pdf.AddPage()
	cv := newCanvas(t, pdf)
	cv.SetLineDash([]vg.Length{4, 2}, 1)
	cv.SetLineWidth(2)
	cv.SetColor(color.NRGBA{G: 128, A: 128}) // half-transparent green
	var p vg.Path
	p.Move(vg.Point{X: 10, Y: 10})
	p.Line(vg.Point{X: 100, Y: 10})
	cv.Stroke(p)
	cv.Push()
	cv.Scale(2, 2) // lengths double with the transform
	cv.Stroke(p)
	cv.Pop()
	if err := cv.Close(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	for _, want := range []string{
		"[4.00 2.00] 1.00 d", "2.00 w", // in points, as given
		"[8.00 4.00] 2.00 d", "4.00 w", // scaled by 2
		"0.000 0.502 0.000 RG", // 128/255, not premultiplied
		"/ca 0.502",            // the colour's alpha
		"[] 0.00 d",            // Close: solid again
		"/ca 1.000",            // Close: opaque again
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if i, j := strings.Index(s, "[4.00 2.00] 1.00 d"), strings.Index(s, "[] 0.00 d"); i > j {
		t.Error("the dash pattern was reset before it was used")
	}
}

// TestArc reads the curves of a clockwise half circle: from the top of the
// circle of radius 20 around (50, 50) through its rightmost point to its
// bottom, one cubic Bézier a quarter turn.
func TestArc(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCompression(false)
	pdf.AddPage()
	cv := newCanvas(t, pdf)
	var p vg.Path
	p.Arc(vg.Point{X: 50, Y: 50}, 20, math.Pi/2, -math.Pi)
	cv.Stroke(p)
	if err := cv.Close(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	num := `(-?[0-9.]+)`
	moves := regexp.MustCompile(`(?m)^`+num+` `+num+` m$`).FindAllStringSubmatch(buf.String(), -1)
	curves := regexp.MustCompile(`(?m)^`+strings.Repeat(num+` `, 6)+`c$`).FindAllStringSubmatch(buf.String(), -1)
	if len(moves) != 1 || len(curves) != 2 {
		t.Fatalf("%d moves and %d curves, want 1 and 2", len(moves), len(curves))
	}
	// Back to canvas points.
	pt := func(sx, sy string) (float64, float64) {
		x, _ := strconv.ParseFloat(sx, 64)
		y, _ := strconv.ParseFloat(sy, 64)
		return x - cvX*ptPerMM, y - (297-cvY-cvH)*ptPerMM
	}
	check := func(what string, gx, gy, wx, wy float64) {
		if math.Abs(gx-wx) > 0.01 || math.Abs(gy-wy) > 0.01 {
			t.Errorf("%s at (%.2f, %.2f), want (%.2f, %.2f)", what, gx, gy, wx, wy)
		}
	}
	x, y := pt(moves[0][1], moves[0][2])
	check("start", x, y, 50, 70)
	x, y = pt(curves[0][5], curves[0][6])
	check("first quarter's end", x, y, 70, 50)
	x, y = pt(curves[1][5], curves[1][6])
	check("end", x, y, 50, 30)
	// The first control point lies on the tangent at the top, to the
	// right: (50 + 4/3·tan(π/8)·20, 70).
	x, y = pt(curves[0][1], curves[0][2])
	check("first control point", x, y, 50+4.0/3*math.Tan(math.Pi/8)*20, 70)
}
