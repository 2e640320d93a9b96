package fonttest_test

import (
	"testing"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/annualstat/annualstat/internal/fonttest"
	"github.com/annualstat/annualstat/report/font"
)

// The stand-in passes every check a real font must pass for both
// purposes, covers its text and the extra characters, and draws a box.
func TestTTF(t *testing.T) {
	b := fonttest.TTF()
	for _, p := range []font.Purpose{font.PDF, font.Raster} {
		f, err := font.Resolve(font.Options{Data: b}, p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if err := f.Covers(font.Probe + "鳄鱼，。（）—％"); err != nil {
			t.Error(err)
		}
		if f.Family != "Fonttest Box" {
			t.Errorf("family %q", f.Family)
		}
	}
	sf, err := sfnt.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	gi, _ := sf.GlyphIndex(&buf, '鳄')
	r, adv, err := sf.GlyphBounds(&buf, gi, fixed.I(1000), xfont.HintingNone)
	if err != nil || adv != fixed.I(1000) {
		t.Fatalf("advance %v, %v", adv, err)
	}
	// y grows downwards: the box spans x 50…950, y 0…800 upwards.
	if r.Min.X != fixed.I(50) || r.Max.X != fixed.I(950) || r.Min.Y != fixed.I(-800) || r.Max.Y != 0 {
		t.Errorf("box bounds %v", r)
	}
	if g, _ := sf.GlyphIndex(&buf, 0x1F600); g != 0 {
		t.Error("maps a character it was not given")
	}
}
