package vgfpdf

import (
	"math"

	"gonum.org/v1/plot/vg"
)

// checkPath reports whether every number of p and the transform are finite
// and every curve has one or two control points; otherwise it remembers an
// error, and the path is not drawn.
func (c *Canvas) checkPath(p vg.Path) bool {
	if !c.cur.m.finite() {
		c.fail("path drawn under a non-finite transform %+v", c.cur.m)
		return false
	}
	for i, pc := range p {
		ok := finite(float64(pc.Pos.X), float64(pc.Pos.Y))
		switch pc.Type {
		case vg.MoveComp, vg.LineComp, vg.CloseComp:
		case vg.ArcComp:
			ok = ok && finite(float64(pc.Radius), pc.Start, pc.Angle)
		case vg.CurveComp:
			if n := len(pc.Control); n != 1 && n != 2 {
				c.fail("path component %d: a curve with %d control points (want 1 or 2)", i, n)
				return false
			}
			for _, q := range pc.Control {
				ok = ok && finite(float64(q.X), float64(q.Y))
			}
		default:
			c.fail("path component %d: unknown type %d", i, pc.Type)
			return false
		}
		if !ok {
			c.fail("path component %d (type %d): a coordinate is NaN or infinite", i, pc.Type)
			return false
		}
	}
	return true
}

// maxArcSegment is the largest sweep one cubic Bézier approximates; at a
// quarter turn the radial error is under 0.03% of the radius.
const maxArcSegment = math.Pi / 2

// path writes p as the document's current path. p must have passed
// checkPath. Points are transformed by the canvas's transform here, so the
// document's own transform is never touched. A line with no current point
// starts a subpath; an arc starts with a line from the current point to
// its start (or a move when there is none), as in gonum/plot's backends.
func (c *Canvas) path(p vg.Path) {
	pdf := c.pdf
	var (
		x, y   float64 // current point, user space
		sx, sy float64 // start of the subpath
		have   bool    // whether there is a current point
	)
	move := func(nx, ny float64) {
		pdf.MoveTo(c.toPage(nx, ny))
		x, y, sx, sy, have = nx, ny, nx, ny, true
	}
	line := func(nx, ny float64) {
		if !have {
			move(nx, ny)
			return
		}
		pdf.LineTo(c.toPage(nx, ny))
		x, y = nx, ny
	}
	cubic := func(x1, y1, x2, y2, x3, y3 float64) {
		ax, ay := c.toPage(x1, y1)
		bx, by := c.toPage(x2, y2)
		ex, ey := c.toPage(x3, y3)
		pdf.CurveBezierCubicTo(ax, ay, bx, by, ex, ey)
		x, y = x3, y3
	}
	for _, pc := range p {
		px, py := float64(pc.Pos.X), float64(pc.Pos.Y)
		switch pc.Type {
		case vg.MoveComp:
			move(px, py)
		case vg.LineComp:
			line(px, py)
		case vg.ArcComp:
			r := float64(pc.Radius)
			sweep := max(-2*math.Pi, min(2*math.Pi, pc.Angle)) // more only retraces
			sin, cos := math.Sincos(pc.Start)
			x0, y0 := px+r*cos, py+r*sin
			if !have {
				move(x0, y0)
			} else if x0 != x || y0 != y {
				line(x0, y0)
			}
			n := int(math.Ceil(math.Abs(sweep) / maxArcSegment))
			step := sweep / float64(n)
			// Control points lie along the tangents at a distance
			// 4/3·tan(θ/4)·r (θ signed, so the tangent's direction
			// follows the sweep).
			h := 4.0 / 3 * math.Tan(step/4) * r
			a := pc.Start
			for range n {
				s0, c0 := math.Sincos(a)
				s1, c1 := math.Sincos(a + step)
				cubic(px+r*c0-h*s0, py+r*s0+h*c0,
					px+r*c1+h*s1, py+r*s1-h*c1,
					px+r*c1, py+r*s1)
				a += step
			}
		case vg.CurveComp:
			if !have {
				move(x, y)
			}
			if len(pc.Control) == 1 {
				// The quadratic with control q is the cubic with
				// controls two thirds of the way from each end to q.
				qx, qy := float64(pc.Control[0].X), float64(pc.Control[0].Y)
				cubic(x+2.0/3*(qx-x), y+2.0/3*(qy-y), px+2.0/3*(qx-px), py+2.0/3*(qy-py), px, py)
			} else {
				q0, q1 := pc.Control[0], pc.Control[1]
				cubic(float64(q0.X), float64(q0.Y), float64(q1.X), float64(q1.Y), px, py)
			}
		case vg.CloseComp:
			if have {
				pdf.ClosePath()
				x, y = sx, sy
			}
		}
	}
}
