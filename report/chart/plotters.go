package chart

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// bar is one bar in data coordinates: centred on pos (the category index)
// with half-width half, spanning lo..hi on the value axis.
type bar struct {
	pos, half, lo, hi float64
	color             color.Color
}

// bars draws bars and a zero line. Vertical bars grow up from the x axis;
// horizontal bars grow right (or left, for negative values) from a vertical
// zero line.
type bars struct {
	items      []bar
	horizontal bool
	n          int // number of categories: the category axis spans -0.5..n-0.5
}

// Plot implements plot.Plotter.
func (b *bars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, it := range b.items {
		var r vg.Rectangle
		if b.horizontal {
			r = vg.Rectangle{
				Min: vg.Point{X: trX(math.Min(it.lo, it.hi)), Y: trY(it.pos - it.half)},
				Max: vg.Point{X: trX(math.Max(it.lo, it.hi)), Y: trY(it.pos + it.half)},
			}
		} else {
			r = vg.Rectangle{
				Min: vg.Point{X: trX(it.pos - it.half), Y: trY(math.Min(it.lo, it.hi))},
				Max: vg.Point{X: trX(it.pos + it.half), Y: trY(math.Max(it.lo, it.hi))},
			}
		}
		poly := c.ClipPolygonXY([]vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}})
		c.FillPolygon(it.color, poly)
	}
	// A zero line inside the plot; at its edge the axis is the baseline,
	// and a second line beside it would look like a double rule.
	zero := draw.LineStyle{Color: color.Gray{Y: 0x40}, Width: vg.Points(0.8)}
	if b.horizontal {
		if 0 > p.X.Min && 0 < p.X.Max {
			c.StrokeLine2(zero, trX(0), c.Min.Y, trX(0), c.Max.Y)
		}
	} else if 0 > p.Y.Min && 0 < p.Y.Max {
		c.StrokeLine2(zero, c.Min.X, trY(0), c.Max.X, trY(0))
	}
}

// DataRange implements plot.DataRanger: the categories from -0.5 to
// n-0.5, the values including zero.
func (b *bars) DataRange() (xmin, xmax, ymin, ymax float64) {
	cmin, cmax := -0.5, float64(b.n)-0.5
	vmin, vmax := 0.0, 0.0
	for _, it := range b.items {
		vmin = math.Min(vmin, math.Min(it.lo, it.hi))
		vmax = math.Max(vmax, math.Max(it.lo, it.hi))
	}
	if vmin == vmax {
		vmax = 1 // all zero: show a unit range rather than a degenerate one
	}
	// End the value axis on a tick (12.33% → 12.5%).
	step := niceStep((vmax - vmin) / 5)
	vmin = math.Floor(vmin/step+1e-9) * step
	vmax = math.Ceil(vmax/step-1e-9) * step
	if b.horizontal {
		return vmin, vmax, cmin, cmax
	}
	return cmin, cmax, vmin, vmax
}

// label is a text anchored at a data point and shifted by off.
type label struct {
	x, y float64
	off  vg.Point
	text string
	sty  text.Style
}

// labels draws value labels; its glyph boxes make gonum pad the data area
// so that no label is cut off at the edge.
type labels []label

// Plot implements plot.Plotter.
func (ls labels) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, l := range ls {
		c.FillText(l.sty, vg.Point{X: trX(l.x), Y: trY(l.y)}.Add(l.off), l.text)
	}
}

// GlyphBoxes implements plot.GlyphBoxer.
func (ls labels) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	out := make([]plot.GlyphBox, 0, len(ls))
	for _, l := range ls {
		out = append(out, plot.GlyphBox{
			X:         p.X.Norm(l.x),
			Y:         p.Y.Norm(l.y),
			Rectangle: l.sty.Rectangle(l.text).Add(l.off),
		})
	}
	return out
}

// segment is a polyline of one series with point markers.
type segment struct {
	xs, ys []float64
	line   draw.LineStyle
	glyph  draw.GlyphStyle
}

// lines draws trend series.
type lines []segment

// Plot implements plot.Plotter.
func (ls lines) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, s := range ls {
		pts := make([]vg.Point, len(s.xs))
		for i := range s.xs {
			pts[i] = vg.Point{X: trX(s.xs[i]), Y: trY(s.ys[i])}
		}
		if len(pts) > 1 {
			c.StrokeLines(s.line, c.ClipLinesXY(pts)...)
		}
		for _, pt := range pts {
			if c.Contains(pt) {
				c.DrawGlyph(s.glyph, pt)
			}
		}
	}
}

// DataRange implements plot.DataRanger.
func (ls lines) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for _, s := range ls {
		for i := range s.xs {
			xmin, xmax = math.Min(xmin, s.xs[i]), math.Max(xmax, s.xs[i])
			ymin, ymax = math.Min(ymin, s.ys[i]), math.Max(ymax, s.ys[i])
		}
	}
	return xmin, xmax, ymin, ymax
}

// GlyphBoxes implements plot.GlyphBoxer so that markers at the ends are
// not cut in half.
func (ls lines) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	var out []plot.GlyphBox
	for _, s := range ls {
		r := s.glyph.Radius
		for i := range s.xs {
			out = append(out, plot.GlyphBox{
				X: p.X.Norm(s.xs[i]), Y: p.Y.Norm(s.ys[i]),
				Rectangle: vg.Rectangle{Min: vg.Point{X: -r, Y: -r}, Max: vg.Point{X: r, Y: r}},
			})
		}
	}
	return out
}
