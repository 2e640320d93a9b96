package vgfpdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"slices"

	"codeberg.org/go-pdf/fpdf"
	pfont "gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// Options configures a Canvas. The zero value sets text in the document's
// current font family.
type Options struct {
	// FontFamily is the fpdf family every FillString sets text in: a
	// UTF-8 font registered beforehand with AddUTF8FontFromBytes (style
	// ""). Empty: the document's font family when New is called.
	FontFamily string
}

// Canvas is a vg.CanvasSizer drawing onto a rectangle of the current page
// of an fpdf document. Its zero value is not usable; make one with New.
// A Canvas is not safe for concurrent use (nor is the fpdf document).
type Canvas struct {
	pdf        *fpdf.Fpdf
	x, y, w, h float64 // the rectangle, in document units
	k          float64 // points per document unit
	pageH      float64 // page height, document units
	family     string

	cur   state
	stack []state

	out   emitted // what has been written to the document
	saved saved   // the document's state at New, for Close
	err   error
}

// state is what Push saves and Pop restores.
type state struct {
	m       affine
	r, g, b int     // colour, 0–255, not premultiplied
	alpha   float64 // 0–1
	width   float64 // line width, points (user space)
	dash    []float64
	dashOff float64
}

// emitted caches the drawing state last written to the document, so that
// each operator is written only when it changes.
type emitted struct {
	draw, fill, text       [3]int
	drawOK, fillOK, textOK bool
	width                  float64
	widthOK                bool
	dash                   []float64
	dashOff                float64
	dashOK                 bool
	alpha                  float64
	capJoinOK              bool
	fontSize               float64
	fontOK                 bool
}

// saved is the document's drawing state when the canvas was made.
type saved struct {
	draw, fill, text   [3]int
	width              float64
	alpha              float64
	blend              string
	family, style      string
	size               float64
	capStyle, joinStyl string
}

// New returns a canvas drawing on the current page of pdf inside the
// rectangle whose top-left corner is (x, y) and whose size is w × h, all
// in the document's unit. The canvas's size is w × h converted to points;
// its origin is the rectangle's bottom-left corner. The document must have
// a page and a positive conversion ratio, and the rectangle finite,
// positive dimensions.
func New(pdf *fpdf.Fpdf, x, y, w, h float64, opt Options) (*Canvas, error) {
	if pdf == nil {
		return nil, errors.New("vgfpdf: nil document")
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("vgfpdf: document already failed: %w", err)
	}
	if pdf.PageNo() == 0 {
		return nil, errors.New("vgfpdf: the document has no page to draw on (call AddPage first)")
	}
	k := pdf.GetConversionRatio()
	if !finite(x, y, w, h, k) || !(w > 0 && h > 0 && k > 0) {
		return nil, fmt.Errorf("vgfpdf: bad rectangle (%g, %g) %g × %g (conversion ratio %g): need finite values and a positive size", x, y, w, h, k)
	}
	_, pageH := pdf.GetPageSize()
	c := &Canvas{pdf: pdf, x: x, y: y, w: w, h: h, k: k, pageH: pageH, family: opt.FontFamily}
	if c.family == "" {
		c.family = pdf.GetFontFamily()
	}
	s := &c.saved
	s.draw[0], s.draw[1], s.draw[2] = pdf.GetDrawColor()
	s.fill[0], s.fill[1], s.fill[2] = pdf.GetFillColor()
	s.text[0], s.text[1], s.text[2] = pdf.GetTextColor()
	s.width = pdf.GetLineWidth()
	s.alpha, s.blend = pdf.GetAlpha()
	s.family, s.style = pdf.GetFontFamily(), pdf.GetFontStyle()
	s.size, _ = pdf.GetFontSize()
	s.capStyle, s.joinStyl = pdf.GetLineCapStyle(), pdf.GetLineJoinStyle()
	c.out.alpha = s.alpha
	c.cur = state{m: identity, alpha: 1, width: 1}
	return c, nil
}

// Size returns the canvas's width and height in points.
func (c *Canvas) Size() (w, h vg.Length) {
	return vg.Length(c.w * c.k), vg.Length(c.h * c.k)
}

// Close restores the document's colours, line width, alpha, line cap and
// join and font to what they were when the canvas was made, resets the dash
// pattern to solid if the canvas changed it, and returns the first error
// met while drawing (or the document's error). The canvas may be drawn on
// again after Close.
func (c *Canvas) Close() error {
	p, s, o := c.pdf, &c.saved, &c.out
	if o.drawOK && o.draw != s.draw {
		p.SetDrawColor(s.draw[0], s.draw[1], s.draw[2])
	}
	if o.fillOK && o.fill != s.fill {
		p.SetFillColor(s.fill[0], s.fill[1], s.fill[2])
	}
	if o.textOK && o.text != s.text {
		p.SetTextColor(s.text[0], s.text[1], s.text[2])
	}
	if o.widthOK {
		p.SetLineWidth(s.width)
	}
	if o.dashOK && len(o.dash) > 0 {
		p.SetDashPattern(nil, 0)
	}
	if o.alpha != s.alpha {
		p.SetAlpha(s.alpha, s.blend)
	}
	if o.capJoinOK {
		p.SetLineCapStyle(s.capStyle)
		p.SetLineJoinStyle(s.joinStyl)
	}
	if o.fontOK && s.family != "" {
		p.SetFont(s.family, s.style, s.size)
	}
	c.out = emitted{alpha: s.alpha}
	if c.err != nil {
		return c.err
	}
	if err := p.Error(); err != nil {
		return fmt.Errorf("vgfpdf: %w", err)
	}
	return nil
}

// fail remembers the first error.
func (c *Canvas) fail(format string, args ...any) {
	if c.err == nil {
		c.err = fmt.Errorf("vgfpdf: "+format, args...)
	}
}

// SetLineWidth sets the width of stroked paths; a width that is not
// positive (or not finite) draws no lines.
func (c *Canvas) SetLineWidth(w vg.Length) { c.cur.width = float64(w) }

// SetLineDash sets the dash pattern (lengths of alternating dashes and
// gaps) and the offset into it at which lines start. An empty pattern
// draws solid lines.
func (c *Canvas) SetLineDash(pattern []vg.Length, offset vg.Length) {
	c.cur.dash = c.cur.dash[:0:0]
	for _, l := range pattern {
		c.cur.dash = append(c.cur.dash, float64(l))
	}
	c.cur.dashOff = float64(offset)
}

// SetColor sets the colour of strokes, fills and text; nil is black. The
// colour's alpha is drawn as fpdf's alpha (constant opacity).
func (c *Canvas) SetColor(col color.Color) {
	if col == nil {
		col = color.Black
	}
	r, g, b, a := col.RGBA()
	st := &c.cur
	if a == 0 {
		st.r, st.g, st.b, st.alpha = 0, 0, 0, 0
		return
	}
	// RGBA is alpha-premultiplied, 16 bits a channel.
	un := func(v uint32) int { return int((v*0xffff/a + 0x80) >> 8) }
	st.r, st.g, st.b = min(un(r), 255), min(un(g), 255), min(un(b), 255)
	st.alpha = float64(a) / 0xffff
}

// Rotate rotates the canvas's user space by rad radians, counter-clockwise.
func (c *Canvas) Rotate(rad float64) {
	sin, cos := math.Sincos(rad)
	c.cur.m = c.cur.m.then(affine{a: cos, b: sin, c: -sin, d: cos})
}

// Translate moves the canvas's origin to pt.
func (c *Canvas) Translate(pt vg.Point) {
	c.cur.m = c.cur.m.then(affine{a: 1, d: 1, e: float64(pt.X), f: float64(pt.Y)})
}

// Scale scales the canvas's user space by x horizontally and y vertically.
func (c *Canvas) Scale(x, y float64) {
	c.cur.m = c.cur.m.then(affine{a: x, d: y})
}

// Push saves the transform, colour, line width and dash pattern.
func (c *Canvas) Push() {
	s := c.cur
	s.dash = append([]float64(nil), s.dash...)
	c.stack = append(c.stack, s)
}

// Pop restores the state saved by the matching Push. A Pop without a Push
// is remembered as an error and changes nothing.
func (c *Canvas) Pop() {
	if len(c.stack) == 0 {
		c.fail("Pop without a matching Push")
		return
	}
	c.cur = c.stack[len(c.stack)-1]
	c.stack = c.stack[:len(c.stack)-1]
}

// Stroke strokes the path with the current colour, line width and dash
// pattern.
func (c *Canvas) Stroke(p vg.Path) {
	st := &c.cur
	if len(p) == 0 || !(st.width > 0) || st.alpha == 0 || !c.checkPath(p) {
		return
	}
	scale := st.m.scale() / c.k // user-space points → document units
	width := st.width * scale
	if !finite(width) || width <= 0 {
		return
	}
	c.setAlpha(st.alpha)
	o, pdf := &c.out, c.pdf
	col := [3]int{st.r, st.g, st.b}
	if !o.drawOK || o.draw != col {
		pdf.SetDrawColor(col[0], col[1], col[2])
		o.draw, o.drawOK = col, true
	}
	if !o.widthOK || o.width != width {
		pdf.SetLineWidth(width)
		o.width, o.widthOK = width, true
	}
	c.setDash(scale)
	if !o.capJoinOK {
		// vgimg draws butt caps; miter joins are PDF's default.
		pdf.SetLineCapStyle("butt")
		pdf.SetLineJoinStyle("miter")
		o.capJoinOK = true
	}
	c.path(p)
	pdf.DrawPath("S")
}

// setDash writes the current dash pattern, scaled to document units.
func (c *Canvas) setDash(scale float64) {
	st, o := &c.cur, &c.out
	var dash []float64
	var total float64
	for _, d := range st.dash {
		d *= scale
		if !finite(d) || d < 0 {
			c.fail("bad dash length %g in pattern %v", d, st.dash)
			dash = nil
			break
		}
		total += d
		dash = append(dash, d)
	}
	if total == 0 { // all zero: PDF rejects it; vg draws solid
		dash = nil
	}
	off := st.dashOff * scale
	if !finite(off) || dash == nil {
		off = 0
	}
	if o.dashOK && off == o.dashOff && slices.Equal(dash, o.dash) {
		return
	}
	c.pdf.SetDashPattern(dash, off)
	o.dash, o.dashOff, o.dashOK = dash, off, true
}

// Fill fills the path with the current colour (nonzero winding rule).
func (c *Canvas) Fill(p vg.Path) {
	st := &c.cur
	if len(p) == 0 || st.alpha == 0 || !c.checkPath(p) {
		return
	}
	c.setAlpha(st.alpha)
	c.setFill()
	c.path(p)
	c.pdf.DrawPath("f")
}

func (c *Canvas) setFill() {
	st, o := &c.cur, &c.out
	col := [3]int{st.r, st.g, st.b}
	if !o.fillOK || o.fill != col {
		c.pdf.SetFillColor(col[0], col[1], col[2])
		o.fill, o.fillOK = col, true
	}
}

func (c *Canvas) setAlpha(a float64) {
	if c.out.alpha != a {
		c.pdf.SetAlpha(a, "Normal")
		c.out.alpha = a
	}
}

// FillString draws text with its baseline starting at pt, in the canvas's
// font family at the face's size. The face's own font (used by gonum/plot
// to measure the text) should be the file the family was registered from.
// Characters above U+FFFF, which fpdf cannot encode, print as '?', and so
// do invalid UTF-8 bytes.
func (c *Canvas) FillString(face pfont.Face, pt vg.Point, text string) {
	st := &c.cur
	size := face.Font.Size.Points()
	if text == "" || !(size > 0) || st.alpha == 0 {
		return
	}
	if !finite(size, float64(pt.X), float64(pt.Y)) || !st.m.finite() {
		c.fail("text %q at (%g, %g) size %g: not a finite position", text, pt.X, pt.Y, size)
		return
	}
	text = printable(text)
	o, pdf := &c.out, c.pdf
	if !o.fontOK || o.fontSize != size {
		if c.family == "" {
			c.fail("text %q: no font family (set Options.FontFamily or a document font)", text)
			return
		}
		pdf.SetFont(c.family, "", size)
		if err := pdf.Error(); err != nil {
			c.fail("text %q: font %q: %w", text, c.family, err)
			return
		}
		o.fontSize, o.fontOK = size, true
	}
	c.setAlpha(st.alpha)
	col := [3]int{st.r, st.g, st.b}
	if !o.textOK || o.text != col {
		pdf.SetTextColor(col[0], col[1], col[2])
		o.text, o.textOK = col, true
	}
	ux, uy := c.toPage(float64(pt.X), float64(pt.Y))
	if st.m.linearIdentity() {
		pdf.Text(ux, uy, text)
		return
	}
	pdf.TransformBegin()
	c.transformAbout(ux, uy)
	pdf.Text(ux, uy, text)
	pdf.TransformEnd()
}

// transformAbout applies the linear part of the current transform to the
// following output, keeping the page point (ux, uy) (document units) fixed.
// PDF user space is y up like the canvas, so the linear part carries over
// unchanged.
func (c *Canvas) transformAbout(ux, uy float64) {
	m := c.cur.m
	px, py := ux*c.k, (c.pageH-uy)*c.k
	c.pdf.Transform(fpdf.TransformMatrix{
		A: m.a, B: m.b, C: m.c, D: m.d,
		E: px - m.a*px - m.c*py,
		F: py - m.b*px - m.d*py,
	})
}

// DrawImage draws img scaled to fill rect. The image is embedded as a PNG;
// identical images share one copy in the document.
func (c *Canvas) DrawImage(rect vg.Rectangle, img image.Image) {
	if img == nil || c.cur.alpha == 0 {
		return
	}
	w, h := float64(rect.Max.X-rect.Min.X), float64(rect.Max.Y-rect.Min.Y)
	if !finite(w, h, float64(rect.Min.X), float64(rect.Min.Y)) || !c.cur.m.finite() {
		c.fail("image in rectangle %v: not finite", rect)
		return
	}
	if w <= 0 || h <= 0 || img.Bounds().Empty() {
		return
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		c.fail("encoding image as PNG: %w", err)
		return
	}
	sum := sha256.Sum256(buf.Bytes())
	name := "vgfpdf-" + hex.EncodeToString(sum[:12])
	pdf := c.pdf
	pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "png"}, &buf)
	if err := pdf.Error(); err != nil {
		c.fail("embedding image: %w", err)
		return
	}
	c.setAlpha(c.cur.alpha)
	// The image's bottom-left corner is the anchor; the transform's linear
	// part is applied about it.
	ux, uy := c.toPage(float64(rect.Min.X), float64(rect.Min.Y))
	uw, uh := w/c.k, h/c.k
	opts := fpdf.ImageOptions{ImageType: "png", AllowNegativePosition: true}
	if c.cur.m.linearIdentity() {
		pdf.ImageOptions(name, ux, uy-uh, uw, uh, false, opts, 0, "")
		return
	}
	pdf.TransformBegin()
	c.transformAbout(ux, uy)
	pdf.ImageOptions(name, ux, uy-uh, uw, uh, false, opts, 0, "")
	pdf.TransformEnd()
}

// toPage maps a user-space point through the current transform to the page,
// in document units, y down.
func (c *Canvas) toPage(x, y float64) (ux, uy float64) {
	X, Y := c.cur.m.apply(x, y)
	return c.x + X/c.k, c.y + c.h - Y/c.k
}

func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// Interface checks.
var _ vg.CanvasSizer = (*Canvas)(nil)
