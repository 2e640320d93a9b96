package extract

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// The JSON of one figure, written by hand as WriteJSON's element of the
// array: the bytes encoding/json writes for a jsonFigure (SetEscapeHTML
// false) indented with prefix and indent "  ", without reflection and
// without a second pass to indent (TestFigureJSONAsEncodingJSON holds the
// two alike).

// jsonOut is the buffer a figure's JSON is appended to; depth is the
// indentation level of the value being written.
type jsonOut struct {
	b   []byte
	bad bool // a float was not finite: encoding/json's error is wanted
}

func (o *jsonOut) newline(depth int) {
	o.b = append(o.b, '\n')
	for range depth {
		o.b = append(o.b, ' ', ' ')
	}
}

// key starts the member key of an object at depth (its members at
// depth+1); first is the object's first member.
func (o *jsonOut) key(depth int, first bool, k string) {
	if !first {
		o.b = append(o.b, ',')
	}
	o.newline(depth + 1)
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, '"', ':', ' ')
}

func (o *jsonOut) str(s string) { o.b = appendJSONString(o.b, s) }

func (o *jsonOut) strPtr(s *string) {
	if s == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.str(*s)
}

func (o *jsonOut) float(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		o.bad = true
		return
	}
	o.b = appendJSONFloat(o.b, f)
}

func (o *jsonOut) floatPtr(f *float64) {
	if f == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.float(*f)
}

func (o *jsonOut) int(v int) { o.b = strconv.AppendInt(o.b, int64(v), 10) }

func (o *jsonOut) intPtr(v *int) {
	if v == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.int(*v)
}

func (o *jsonOut) pair(p *[2]int, depth int) {
	if p == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = append(o.b, '[')
	o.newline(depth + 1)
	o.int(p[0])
	o.b = append(o.b, ',')
	o.newline(depth + 1)
	o.int(p[1])
	o.newline(depth)
	o.b = append(o.b, ']')
}

func (o *jsonOut) strings(ss []string, depth int) {
	switch {
	case ss == nil:
		o.b = append(o.b, "null"...)
		return
	case len(ss) == 0:
		o.b = append(o.b, '[', ']')
		return
	}
	o.b = append(o.b, '[')
	for i, s := range ss {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.newline(depth + 1)
		o.str(s)
	}
	o.newline(depth)
	o.b = append(o.b, ']')
}

func (o *jsonOut) change(c *jsonChange, depth int) {
	if c == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = append(o.b, '{')
	o.key(depth, true, "kind")
	o.str(c.Kind)
	o.key(depth, false, "value")
	o.float(c.Value)
	o.key(depth, false, "text")
	o.str(c.Text)
	o.key(depth, false, "number")
	o.str(c.Number)
	o.key(depth, false, "unit")
	o.str(c.Unit)
	o.key(depth, false, "precision")
	o.int(c.Precision)
	o.newline(depth)
	o.b = append(o.b, '}')
}

func (o *jsonOut) changes(cs []jsonChange, depth int) {
	switch {
	case cs == nil:
		o.b = append(o.b, "null"...)
		return
	case len(cs) == 0:
		o.b = append(o.b, '[', ']')
		return
	}
	o.b = append(o.b, '[')
	for i := range cs {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.newline(depth + 1)
		o.change(&cs[i], depth+1)
	}
	o.newline(depth)
	o.b = append(o.b, ']')
}

// figure appends jf as an element of the top-level array (depth 1).
func (o *jsonOut) figure(jf *jsonFigure) {
	const d = 1
	o.b = append(o.b, '{')
	o.key(d, true, "indicator")
	o.str(jf.Indicator)
	o.key(d, false, "section")
	o.strPtr(jf.Section)
	o.key(d, false, "value")
	o.floatPtr(jf.Value)
	o.key(d, false, "unit")
	o.str(jf.Unit)
	o.key(d, false, "period")
	o.strPtr(jf.Period)
	o.key(d, false, "year")
	o.intPtr(jf.Year)
	o.key(d, false, "flags")
	o.strings(jf.Flags, d+1)
	o.key(d, false, "change")
	o.change(jf.Change, d+1)
	o.key(d, false, "parent")
	o.strPtr(jf.Parent)
	o.key(d, false, "sentence")
	o.str(jf.Sentence)
	o.key(d, false, "span")
	o.pair(jf.Span, d+1)
	o.key(d, false, "changes")
	o.changes(jf.Changes, d+1)
	o.key(d, false, "qualifier")
	o.strPtr(jf.Qualifier)
	o.key(d, false, "number")
	o.strPtr(jf.Number)
	o.key(d, false, "precision")
	o.intPtr(jf.Precision)
	o.key(d, false, "unit_info")
	o.b = append(o.b, '{')
	o.key(d+1, true, "scale")
	o.str(jf.UnitInfo.Scale)
	o.key(d+1, false, "factor")
	o.float(jf.UnitInfo.Factor)
	o.key(d+1, false, "base")
	o.str(jf.UnitInfo.Base)
	o.key(d+1, false, "class")
	o.str(jf.UnitInfo.Class)
	o.newline(d + 1)
	o.b = append(o.b, '}')
	o.key(d, false, "range_high")
	o.floatPtr(jf.High)
	o.key(d, false, "ratio_term")
	o.pair(jf.Term, d+1)
	o.key(d, false, "change_of")
	o.strPtr(jf.ChangeOf)
	o.key(d, false, "prior")
	o.b = strconv.AppendBool(o.b, jf.Prior)
	o.key(d, false, "sentence_span")
	o.pair(jf.SentenceSpan, d+1)
	o.key(d, false, "source")
	o.b = append(o.b, '{')
	o.key(d+1, true, "file")
	o.strPtr(jf.Source.File)
	o.key(d+1, false, "table")
	o.intPtr(jf.Source.Table)
	o.key(d+1, false, "row")
	o.intPtr(jf.Source.Row)
	o.key(d+1, false, "col")
	o.intPtr(jf.Source.Col)
	o.newline(d + 1)
	o.b = append(o.b, '}')
	o.newline(d)
	o.b = append(o.b, '}')
}

// appendJSONFloat is encoding/json's float64: ES6 number formatting,
// exponent form below 1e-6 and from 1e21 on, e-09 cleaned to e-9.
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	fmt := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		fmt = 'e'
	}
	b = strconv.AppendFloat(b, f, fmt, -1, 64)
	if fmt == 'e' {
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendJSONString is encoding/json's string without HTML escaping: " and
// \ escaped, control characters as \b \f \n \r \t or \u00XX, an invalid
// byte as \ufffd, U+2028 and U+2029 escaped.
func appendJSONString(dst []byte, src string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(src); {
		if b := src[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' {
				i++
				continue
			}
			dst = append(dst, src[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(src[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, src[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, src[start:]...)
	dst = append(dst, '"')
	return dst
}
