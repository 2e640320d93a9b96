package vgfpdf

import "math"

// affine is the 2-D affine map
//
//	x' = a·x + c·y + e
//	y' = b·x + d·y + f
//
// from a canvas's user space to its page rectangle, in points, y up.
type affine struct{ a, b, c, d, e, f float64 }

var identity = affine{a: 1, d: 1}

// then returns the map that applies t first and m after: m∘t, the way a
// canvas transform call modifies the current transform.
func (m affine) then(t affine) affine {
	return affine{
		a: m.a*t.a + m.c*t.b,
		b: m.b*t.a + m.d*t.b,
		c: m.a*t.c + m.c*t.d,
		d: m.b*t.c + m.d*t.d,
		e: m.a*t.e + m.c*t.f + m.e,
		f: m.b*t.e + m.d*t.f + m.f,
	}
}

// apply maps (x, y).
func (m affine) apply(x, y float64) (float64, float64) {
	return m.a*x + m.c*y + m.e, m.b*x + m.d*y + m.f
}

// linearIdentity reports whether m only translates.
func (m affine) linearIdentity() bool {
	return m.a == 1 && m.b == 0 && m.c == 0 && m.d == 1
}

// scale is the factor by which m scales lengths on average:
// √|det|, exact for rotations and uniform scales.
func (m affine) scale() float64 {
	return math.Sqrt(math.Abs(m.a*m.d - m.b*m.c))
}

func (m affine) finite() bool {
	for _, v := range [...]float64{m.a, m.b, m.c, m.d, m.e, m.f} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}
