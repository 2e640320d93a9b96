package font

import (
	"slices"
	"testing"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestSubsetGlyphs: the subset font draws each character exactly as the
// original does (same advance, same outline), and has nothing else.
func TestSubsetGlyphs(t *testing.T) {
	f, err := Load("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0)
	if err != nil {
		systemFont(t, "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") // skips or fails as CI requires
		t.Fatal(err)
	}
	text := "实有各类市场主体28716户,比上年增长12.33%。（一）ABCxyz—"
	sf, err := f.Subset([]rune(text))
	if err != nil {
		t.Fatal(err)
	}
	sub, err := sfnt.Parse(sf)
	if err != nil {
		t.Fatalf("subset does not parse: %v", err)
	}
	distinct := map[rune]bool{}
	for _, r := range text {
		distinct[r] = true
	}
	// One glyph per character and .notdef, plus the components of
	// composite glyphs (a few in WenQuanYi Micro Hei): far fewer than the
	// font's tens of thousands.
	if n, orig := sub.NumGlyphs(), f.OpenType.NumGlyphs(); n < len(distinct)+1 || n > 2*(len(distinct)+1) {
		t.Errorf("subset has %d glyphs (of %d) for %d distinct characters", n, orig, len(distinct))
	}
	var b1, b2 sfnt.Buffer
	ppem := fixed.I(1000)
	for _, r := range text {
		g1, err1 := f.OpenType.GlyphIndex(&b1, r)
		g2, err2 := sub.GlyphIndex(&b2, r)
		if err1 != nil || err2 != nil || g2 == 0 {
			t.Fatalf("%q: glyph %d (%v) in the font, %d (%v) in the subset", r, g1, err1, g2, err2)
		}
		a1, _ := f.OpenType.GlyphAdvance(&b1, g1, ppem, xfont.HintingNone)
		a2, _ := sub.GlyphAdvance(&b2, g2, ppem, xfont.HintingNone)
		if a1 != a2 {
			t.Errorf("%q: advance %v in the font, %v in the subset", r, a1, a2)
		}
		s1, err1 := f.OpenType.LoadGlyph(&b1, g1, ppem, nil)
		s1 = slices.Clone(s1)
		s2, err2 := sub.LoadGlyph(&b2, g2, ppem, nil)
		if err1 != nil || err2 != nil || !slices.Equal(s1, s2) {
			t.Errorf("%q: outlines differ (%v, %v)", r, err1, err2)
		}
	}
	if g, _ := sub.GlyphIndex(&b2, '鼎'); g != 0 {
		t.Errorf("subset maps a character it was not given")
	}
}
