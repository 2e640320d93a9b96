package vgfpdf

import (
	"image"
	"image/color"
	"strings"

	pfont "gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"

	"github.com/annualstat/annualstat/report/font"
)

// TextOf returns the text that draw writes on a canvas of size w × h, one
// line for each FillString, as a Canvas would write it (characters above
// U+FFFF and invalid UTF-8 as '?'), without drawing anything. A document
// that embeds a font subset collects the characters of its charts with it
// before building the subset; w and h should be the size of the Canvas the
// chart will be drawn on, since a chart's labels depend on its size.
func TextOf(w, h vg.Length, draw func(vg.CanvasSizer) error) (string, error) {
	tc := &textCanvas{w: w, h: h}
	if err := draw(tc); err != nil {
		return "", err
	}
	return tc.b.String(), nil
}

// textCanvas records the text drawn on it and ignores everything else.
type textCanvas struct {
	w, h vg.Length
	b    strings.Builder
}

func (t *textCanvas) Size() (w, h vg.Length) { return t.w, t.h }

func (t *textCanvas) FillString(face pfont.Face, _ vg.Point, text string) {
	if text == "" || !(face.Font.Size > 0) {
		return
	}
	t.b.WriteString(printable(text))
	t.b.WriteByte('\n')
}

func (*textCanvas) SetLineWidth(vg.Length)              {}
func (*textCanvas) SetLineDash([]vg.Length, vg.Length)  {}
func (*textCanvas) SetColor(color.Color)                {}
func (*textCanvas) Rotate(float64)                      {}
func (*textCanvas) Translate(vg.Point)                  {}
func (*textCanvas) Scale(float64, float64)              {}
func (*textCanvas) Push()                               {}
func (*textCanvas) Pop()                                {}
func (*textCanvas) Stroke(vg.Path)                      {}
func (*textCanvas) Fill(vg.Path)                        {}
func (*textCanvas) DrawImage(vg.Rectangle, image.Image) {}

// printable returns text as fpdf can write it: runes above U+FFFF and
// invalid UTF-8 bytes become '?'.
func printable(text string) string {
	return strings.ToValidUTF8(font.ReplaceNonBMP(text), "?")
}
