package font

import (
	"math"
	"testing"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// cubicAt is the point of cubic c at t, written out independently of the
// package's code.
func cubicAt(c [4][2]float64, t float64) [2]float64 {
	u := 1 - t
	var p [2]float64
	for k := range 2 {
		p[k] = u*u*u*c[0][k] + 3*u*u*t*c[1][k] + 3*u*t*t*c[2][k] + t*t*t*c[3][k]
	}
	return p
}

// distToCubic is the distance from p to the nearest of 4001 samples of c.
func distToCubic(c [4][2]float64, p [2]float64) float64 {
	d := math.Inf(1)
	for i := 0; i <= 4000; i++ {
		q := cubicAt(c, float64(i)/4000)
		d = min(d, math.Hypot(p[0]-q[0], p[1]-q[1]))
	}
	return d
}

// A cubic that is a degree-raised quadratic becomes that quadratic: the
// quadratic (0,0) (50,100) (100,0) has cubic control points at 2/3 of the
// way to (50,100).
func TestCubicToQuadsExact(t *testing.T) {
	c := [4][2]float64{{0, 0}, {100.0 / 3, 200.0 / 3}, {200.0 / 3, 200.0 / 3}, {100, 0}}
	q := cubicToQuads(c, 0.5)
	if len(q) != 1 {
		t.Fatalf("%d quadratics, want 1", len(q))
	}
	if math.Abs(q[0][0][0]-50) > 1e-9 || math.Abs(q[0][0][1]-100) > 1e-9 || q[0][1] != [2]float64{100, 0} {
		t.Errorf("got control %v end %v, want (50,100) (100,0)", q[0][0], q[0][1])
	}
}

// An S curve needs several quadratics, each within the tolerance of the
// cubic along its whole length, ending exactly at the cubic's end.
func TestCubicToQuadsWithinTolerance(t *testing.T) {
	c := [4][2]float64{{0, 0}, {900, 0}, {-300, 800}, {600, 800}}
	for _, tol := range []float64{2, 0.5, 0.1} {
		qs := cubicToQuads(c, tol)
		if len(qs) < 2 {
			t.Errorf("tol %v: %d quadratic(s) for an S curve", tol, len(qs))
		}
		if qs[len(qs)-1][1] != c[3] {
			t.Errorf("tol %v: ends at %v, want %v", tol, qs[len(qs)-1][1], c[3])
		}
		start := c[0]
		worst := 0.0
		for _, q := range qs {
			for i := 0; i <= 50; i++ {
				s := float64(i) / 50
				u := 1 - s
				p := [2]float64{
					u*u*start[0] + 2*u*s*q[0][0] + s*s*q[1][0],
					u*u*start[1] + 2*u*s*q[0][1] + s*s*q[1][1],
				}
				worst = max(worst, distToCubic(c, p))
			}
			start = q[1]
		}
		// The sampling of the cubic adds at most half its sample spacing.
		if worst > tol+0.3 {
			t.Errorf("tol %v: a quadratic strays %.3f from the cubic", tol, worst)
		}
	}
}

// The subset of a CFF font is a TrueType font fpdf can embed, whose glyph
// is the CFF glyph: the same advance, the line segment as it was, and the
// curve within the tolerance plus rounding.
func TestSubsetConvertsCFF(t *testing.T) {
	o := synthOpts{family: "Synth CFF", runes: probeRunes("增长"), cff: true, shape: true}
	f, err := Parse(synthFont(o), 0)
	if err != nil {
		t.Fatal(err)
	}
	if f.Outline != CFFOutline {
		t.Fatalf("synthetic font has %s outlines", f.Outline)
	}
	sf, err := f.Subset([]rune("增A"))
	if err != nil {
		t.Fatal(err)
	}
	if err := checkPDF(sf); err != nil {
		t.Fatalf("fpdf could not embed the converted subset: %v", err)
	}
	verifySFNT(t, sf)
	sub, err := sfnt.Parse(sf)
	if err != nil {
		t.Fatalf("converted subset does not parse: %v", err)
	}
	if n := sub.NumGlyphs(); n != 3 {
		t.Errorf("%d glyphs, want 3 (.notdef, 增, A)", n)
	}
	var b sfnt.Buffer
	gi, err := sub.GlyphIndex(&b, '增')
	if err != nil || gi == 0 {
		t.Fatalf("增 not mapped: %d, %v", gi, err)
	}
	adv, err := sub.GlyphAdvance(&b, gi, fixed.I(1000), xfont.HintingNone)
	if err != nil || adv != fixed.I(1000) {
		t.Errorf("advance %v (%v), want 1000", adv, err)
	}
	segs, err := sub.LoadGlyph(&b, gi, fixed.I(1000), nil)
	if err != nil {
		t.Fatal(err)
	}
	pt := func(p fixed.Point26_6) [2]float64 { return [2]float64{float64(p.X) / 64, -float64(p.Y) / 64} }
	if len(segs) < 3 || segs[0].Op != sfnt.SegmentOpMoveTo || pt(segs[0].Args[0]) != [2]float64{100, 100} {
		t.Fatalf("outline starts %v, want a move to (100,100)", segs)
	}
	if segs[1].Op != sfnt.SegmentOpLineTo || pt(segs[1].Args[0]) != [2]float64{400, 100} {
		t.Errorf("second segment %v, want a line to (400,100)", segs[1])
	}
	var quads int
	for _, s := range segs[2:] {
		if s.Op != sfnt.SegmentOpQuadTo {
			continue
		}
		quads++
		// Every on-curve point of the curve lies on the original cubic,
		// within the tolerance and the rounding to whole units.
		if d := distToCubic(shapeCubic, pt(s.Args[1])); d > cubicTolerance+0.75 {
			t.Errorf("curve point %v is %.2f units off the cubic", pt(s.Args[1]), d)
		}
	}
	if quads < 2 {
		t.Errorf("%d quadratic segments for the cubic, want several", quads)
	}
	bounds, _, err := sub.GlyphBounds(&b, gi, fixed.I(1000), xfont.HintingNone)
	if err != nil {
		t.Fatal(err)
	}
	// y grows downwards in x/image: the shape spans y 100…400 upwards.
	if bounds.Min.X.Round() != 100 || bounds.Max.Y.Round() != -100 || bounds.Min.Y.Round() < -401 || bounds.Max.X.Round() > 401 {
		t.Errorf("glyph bounds %v, want x 100…400, y -400…-100", bounds)
	}
}

// A CFF font is accepted for PDF, through the environment variable's
// path#index form too, and one whose license forbids embedding is not.
func TestResolveCFFForPDF(t *testing.T) {
	d := t.TempDir()
	coll := writeFile(t, d+"/cjk.ttc", synthCollection(
		synthOpts{family: "CFF JP", runes: probeRunes(""), cff: true, shape: true},
		synthOpts{family: "CFF SC", runes: probeRunes(""), cff: true, shape: true}))
	f, err := Resolve(Options{Getenv: env(EnvVar, coll+"#1"), Roots: []string{}}, PDF)
	if err != nil || f.Family != "CFF SC" {
		t.Fatalf("%s#1 for PDF: %v, %v", coll, f, err)
	}
	restricted := synthFont(synthOpts{family: "R", runes: probeRunes(""), cff: true, shape: true, fsType: 0x0002})
	if _, err := Resolve(Options{Data: restricted}, PDF); err == nil {
		t.Error("a CFF font whose fsType forbids embedding was accepted for PDF")
	}
}

// With only Debian's fonts-noto-cjk, the PDF font is Noto Sans CJK SC,
// converted: fpdf embeds the subset, pdftotext gives the text back, and
// each converted glyph keeps its advance and its outline within
// tolerance.
func TestSystemNotoCJKForPDF(t *testing.T) {
	systemFont(t, notoCJK)
	f, err := Resolve(Options{Getenv: env(EnvVar, notoCJK+"#2")}, PDF)
	if err != nil {
		t.Fatalf("%s#2 for PDF: %v", notoCJK, err)
	}
	if f.Family != "Noto Sans CJK SC" || f.Outline != CFFOutline {
		t.Fatalf("got %s, %s outlines", f, f.Outline)
	}
	sf, err := f.Subset([]rune(sampleText))
	if err != nil {
		t.Fatal(err)
	}
	checkPDFText(t, writePDF(t, sf))
	sub, err := sfnt.Parse(sf)
	if err != nil {
		t.Fatal(err)
	}
	var b1, b2 sfnt.Buffer
	ppem := fixed.I(1000)
	for _, r := range "增长率%0，" {
		g1, _ := f.OpenType.GlyphIndex(&b1, r)
		g2, _ := sub.GlyphIndex(&b2, r)
		a1, _ := f.OpenType.GlyphAdvance(&b1, g1, ppem, xfont.HintingNone)
		a2, _ := sub.GlyphAdvance(&b2, g2, ppem, xfont.HintingNone)
		if a1 != a2 || g2 == 0 {
			t.Errorf("%q: advance %v in Noto, %v (glyph %d) in the subset", r, a1, a2, g2)
		}
		r1, _, err1 := f.OpenType.GlyphBounds(&b1, g1, ppem, xfont.HintingNone)
		r2, _, err2 := sub.GlyphBounds(&b2, g2, ppem, xfont.HintingNone)
		if err1 != nil || err2 != nil {
			t.Fatalf("%q: bounds: %v, %v", r, err1, err2)
		}
		// Control points may stand a little outside the curve, and
		// coordinates round to whole units.
		for _, d := range []fixed.Int26_6{r1.Min.X - r2.Min.X, r1.Min.Y - r2.Min.Y, r1.Max.X - r2.Max.X, r1.Max.Y - r2.Max.Y} {
			if d.Round() < -3 || d.Round() > 3 {
				t.Errorf("%q: bounds %v in Noto, %v in the subset", r, r1, r2)
				break
			}
		}
	}
	checkInk(t, &Font{OpenType: sub}, "增长")
}
