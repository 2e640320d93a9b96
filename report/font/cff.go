package font

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode/utf16"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Why CFF fonts are converted: fpdf embeds TrueType fonts only (a
// FontFile2 stream of glyf outlines), while the Chinese fonts of many
// Linux systems (Noto Sans/Serif CJK, Source Han) have PostScript (CFF)
// outlines. For those, Subset reads each used glyph's outline through
// golang.org/x/image/font/sfnt, which gives cubic Bézier segments,
// approximates every cubic by quadratics within [cubicTolerance] of the
// original, and writes the result as glyf/loca with the tables a TrueType
// font needs. Only the glyphs a document prints are converted, so the cost
// is proportional to the document, not to the font.

// cubicTolerance is the largest distance, in em/1000, allowed between a
// cubic segment and the quadratics that replace it: 0.5 unit of a
// 1000-unit em, about 0.002 mm at 12 pt, well below rounding to integer
// font units.
const cubicTolerance = 0.5

// maxQuadsPerCubic bounds the subdivision of one cubic.
const maxQuadsPerCubic = 16

// ttPoint is a point of a TrueType contour, in font units (y up).
type ttPoint struct {
	x, y    int
	onCurve bool
}

// outlineGlyph converts the outline of glyph gid of a CFF font into a
// TrueType simple glyph (the bytes of its glyf entry, empty for a glyph
// without contours), and returns the glyph's xMin for its left side
// bearing and its point and contour counts for maxp.
func (t *ttFace) outlineGlyph(gid int) (g []byte, xMin, points, contours int, err error) {
	var buf sfnt.Buffer
	upem := int(t.ot.UnitsPerEm())
	segs, err := loadGlyph(t.ot, &buf, sfnt.GlyphIndex(gid), fixed.I(upem))
	if err != nil {
		return nil, 0, 0, 0, fmt.Errorf("glyph %d: %w", gid, err)
	}
	tol := cubicTolerance * float64(upem) / 1000
	var (
		cs  [][]ttPoint
		cur []ttPoint
		px  float64 // current point, font units, y up
		py  float64
	)
	unit := func(p fixed.Point26_6) (float64, float64) { return float64(p.X) / 64, -float64(p.Y) / 64 }
	pt := func(x, y float64, on bool) ttPoint {
		return ttPoint{int(math.Round(x)), int(math.Round(y)), on}
	}
	flush := func() {
		// The contour closes by itself: drop a last point that repeats
		// the first.
		if n := len(cur); n > 1 && cur[n-1] == cur[0] {
			cur = cur[:n-1]
		}
		if len(cur) >= 2 {
			cs = append(cs, cur)
		}
		cur = nil
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			flush()
			px, py = unit(s.Args[0])
			cur = append(cur, pt(px, py, true))
		case sfnt.SegmentOpLineTo:
			px, py = unit(s.Args[0])
			cur = append(cur, pt(px, py, true))
		case sfnt.SegmentOpQuadTo:
			cx, cy := unit(s.Args[0])
			px, py = unit(s.Args[1])
			cur = append(cur, pt(cx, cy, false), pt(px, py, true))
		case sfnt.SegmentOpCubeTo:
			x1, y1 := unit(s.Args[0])
			x2, y2 := unit(s.Args[1])
			x3, y3 := unit(s.Args[2])
			for _, q := range cubicToQuads([4][2]float64{{px, py}, {x1, y1}, {x2, y2}, {x3, y3}}, tol) {
				cur = append(cur, pt(q[0][0], q[0][1], false), pt(q[1][0], q[1][1], true))
			}
			px, py = x3, y3
		}
	}
	flush()
	if len(cs) == 0 {
		return nil, 0, 0, 0, nil
	}
	g, xMin, points, err = encodeSimpleGlyph(cs)
	if err != nil {
		return nil, 0, 0, 0, fmt.Errorf("glyph %d: %w", gid, err)
	}
	return g, xMin, points, len(cs), nil
}

// loadGlyph is LoadGlyph that turns a panic inside x/image into an error.
func loadGlyph(f *sfnt.Font, b *sfnt.Buffer, gid sfnt.GlyphIndex, ppem fixed.Int26_6) (segs sfnt.Segments, err error) {
	defer func() {
		if r := recover(); r != nil {
			segs, err = nil, fmt.Errorf("malformed outline (parser panicked: %v)", r)
		}
	}()
	return f.LoadGlyph(b, gid, ppem, nil)
}

// cubicToQuads approximates the cubic Bézier curve c (start, two control
// points, end) by quadratic curves, returned as (control, end) pairs, so
// that no point of the result is farther than tol from the cubic. The
// cubic is cut into n equal parameter intervals, each replaced by the
// quadratic whose control point is (3(c1+c2) − (c0+c3))/4; the error of
// that replacement is at most √3/36 · |c3 − 3c2 + 3c1 − c0| and shrinks
// with the cube of the interval, which gives n.
func cubicToQuads(c [4][2]float64, tol float64) [][2][2]float64 {
	d := math.Hypot(c[3][0]-3*c[2][0]+3*c[1][0]-c[0][0], c[3][1]-3*c[2][1]+3*c[1][1]-c[0][1])
	errOne := math.Sqrt(3) / 36 * d
	n := 1
	if tol > 0 && errOne > tol {
		n = int(math.Ceil(math.Cbrt(errOne / tol)))
	}
	n = min(max(n, 1), maxQuadsPerCubic)
	out := make([][2][2]float64, 0, n)
	at := func(t float64) [2]float64 {
		u := 1 - t
		a, b, cc, e := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
		return [2]float64{
			a*c[0][0] + b*c[1][0] + cc*c[2][0] + e*c[3][0],
			a*c[0][1] + b*c[1][1] + cc*c[2][1] + e*c[3][1],
		}
	}
	// derivative of the cubic at t
	deriv := func(t float64) [2]float64 {
		u := 1 - t
		var r [2]float64
		for k := range 2 {
			r[k] = 3 * (u*u*(c[1][k]-c[0][k]) + 2*u*t*(c[2][k]-c[1][k]) + t*t*(c[3][k]-c[2][k]))
		}
		return r
	}
	for i := range n {
		t0, t1 := float64(i)/float64(n), float64(i+1)/float64(n)
		// The piece on [t0,t1] as a cubic: its control points follow from
		// the end points and the derivatives scaled by the interval.
		h := t1 - t0
		p0, p3 := at(t0), at(t1)
		d0, d1 := deriv(t0), deriv(t1)
		var q [2]float64
		for k := range 2 {
			p1 := p0[k] + d0[k]*h/3
			p2 := p3[k] - d1[k]*h/3
			q[k] = (3*(p1+p2) - (p0[k] + p3[k])) / 4
		}
		if i == n-1 {
			p3 = c[3]
		}
		out = append(out, [2][2]float64{q, p3})
	}
	return out
}

// encodeSimpleGlyph writes contours as a TrueType simple glyph without
// instructions, with the compact flag and coordinate encodings, and
// returns it with its xMin and number of points.
func encodeSimpleGlyph(cs [][]ttPoint) (g []byte, xMin, points int, err error) {
	xMin, yMin := math.MaxInt, math.MaxInt
	xMax, yMax := math.MinInt, math.MinInt
	for _, c := range cs {
		for _, p := range c {
			xMin, xMax = min(xMin, p.x), max(xMax, p.x)
			yMin, yMax = min(yMin, p.y), max(yMax, p.y)
			points++
		}
	}
	if xMin < math.MinInt16 || yMin < math.MinInt16 || xMax > math.MaxInt16 || yMax > math.MaxInt16 {
		return nil, 0, 0, errors.New("coordinates outside the 16-bit range of a TrueType glyph")
	}
	if len(cs) > math.MaxInt16 || points > math.MaxUint16 {
		return nil, 0, 0, fmt.Errorf("%d points in %d contours: too many for a TrueType glyph", points, len(cs))
	}
	g = binary.BigEndian.AppendUint16(g, uint16(len(cs)))
	for _, v := range []int{xMin, yMin, xMax, yMax} {
		g = binary.BigEndian.AppendUint16(g, uint16(int16(v)))
	}
	end := -1
	for _, c := range cs {
		end += len(c)
		g = binary.BigEndian.AppendUint16(g, uint16(end))
	}
	g = binary.BigEndian.AppendUint16(g, 0) // instructionLength
	const (
		onCurve = 0x01
		xShort  = 0x02
		yShort  = 0x04
		repeat  = 0x08
		xSame   = 0x10 // with xShort: positive
		ySame   = 0x20 // with yShort: positive
	)
	var flags, xs, ys []byte
	lastFlag, run := -1, 0
	emit := func(f byte) {
		if int(f) == lastFlag && run < 255 {
			if run == 0 {
				flags[len(flags)-1] |= repeat
				flags = append(flags, 0)
			}
			run++
			flags[len(flags)-1] = byte(run)
			return
		}
		flags = append(flags, f)
		lastFlag, run = int(f), 0
	}
	coord := func(out []byte, d int, short, same byte) ([]byte, byte) {
		switch {
		case d == 0:
			return out, same
		case d > -256 && d < 256:
			if d > 0 {
				return append(out, byte(d)), short | same
			}
			return append(out, byte(-d)), short
		}
		return binary.BigEndian.AppendUint16(out, uint16(int16(d))), 0
	}
	var lx, ly int
	for _, c := range cs {
		for _, p := range c {
			var f, fx, fy byte
			if p.onCurve {
				f = onCurve
			}
			xs, fx = coord(xs, p.x-lx, xShort, xSame)
			ys, fy = coord(ys, p.y-ly, yShort, ySame)
			lx, ly = p.x, p.y
			emit(f | fx | fy)
		}
	}
	g = append(g, flags...)
	g = append(g, xs...)
	g = append(g, ys...)
	return g, xMin, points, nil
}

// maxpV1 returns a version 1.0 maxp table (the TrueType form; CFF fonts
// carry the 6-byte version 0.5) for a font of numGlyphs simple glyphs
// without instructions.
func maxpV1(numGlyphs, maxPoints, maxContours int) []byte {
	m := make([]byte, 32)
	binary.BigEndian.PutUint32(m, 0x00010000)
	binary.BigEndian.PutUint16(m[4:], uint16(numGlyphs))
	binary.BigEndian.PutUint16(m[6:], uint16(min(maxPoints, math.MaxUint16)))
	binary.BigEndian.PutUint16(m[8:], uint16(min(maxContours, math.MaxUint16)))
	binary.BigEndian.PutUint16(m[14:], 2) // maxZones
	return m
}

// nameTable returns a format 0 name table with the family (ID 1), style
// "Regular" (ID 2), full name (ID 4) and PostScript name (ID 6) in
// Windows Unicode English: what fpdf reads (it rejects the format 1
// tables of some fonts), without the long license texts of the original.
func nameTable(family string) []byte {
	if family == "" {
		family = "Subset"
	}
	ps := make([]rune, 0, len(family))
	for _, r := range family {
		if r > ' ' && r < 0x7f && r != '[' && r != ']' && r != '(' && r != ')' && r != '{' && r != '}' &&
			r != '<' && r != '>' && r != '/' && r != '%' {
			ps = append(ps, r)
		}
	}
	if len(ps) == 0 {
		ps = []rune("Subset")
	}
	recs := []struct {
		id int
		s  string
	}{{1, family}, {2, "Regular"}, {4, family}, {6, string(ps)}}
	var strs []byte
	out := binary.BigEndian.AppendUint16(nil, 0)
	out = binary.BigEndian.AppendUint16(out, uint16(len(recs)))
	out = binary.BigEndian.AppendUint16(out, uint16(6+12*len(recs)))
	for _, r := range recs {
		u := utf16.Encode([]rune(r.s))
		out = binary.BigEndian.AppendUint16(out, 3)
		out = binary.BigEndian.AppendUint16(out, 1)
		out = binary.BigEndian.AppendUint16(out, 0x409)
		out = binary.BigEndian.AppendUint16(out, uint16(r.id))
		out = binary.BigEndian.AppendUint16(out, uint16(2*len(u)))
		out = binary.BigEndian.AppendUint16(out, uint16(len(strs)))
		for _, c := range u {
			strs = binary.BigEndian.AppendUint16(strs, c)
		}
	}
	return append(out, strs...)
}
