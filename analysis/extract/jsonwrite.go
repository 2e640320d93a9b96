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

func (o *jsonOut) float(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		o.bad = true
		return
	}
	o.b = appendJSONFloat(o.b, f)
}

func (o *jsonOut) int(v int) { o.b = strconv.AppendInt(o.b, int64(v), 10) }

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

// optStr writes s, or null when s is "" (strOrNil's field).
func (o *jsonOut) optStr(s string) {
	if s == "" {
		o.b = append(o.b, "null"...)
		return
	}
	o.str(s)
}

// optInt writes v, or null unless ok.
func (o *jsonOut) optInt(v int, ok bool) {
	if !ok {
		o.b = append(o.b, "null"...)
		return
	}
	o.int(v)
}

// pairOf writes [a, b] at depth, or null unless ok.
func (o *jsonOut) pairOf(a, b int, ok bool, depth int) {
	if !ok {
		o.b = append(o.b, "null"...)
		return
	}
	p := [2]int{a, b}
	o.pair(&p, depth)
}

// changeOf writes the JSON object of c (jsonChanges' element) at depth.
func (o *jsonOut) changeOf(c *Change, depth int) {
	o.b = append(o.b, '{')
	o.key(depth, true, "kind")
	o.str(c.Kind)
	o.key(depth, false, "value")
	o.float(c.Value)
	o.key(depth, false, "text")
	o.str(validUTF8(c.Text))
	o.key(depth, false, "number")
	o.str(validUTF8(c.Number))
	o.key(depth, false, "unit")
	o.str(validUTF8(c.Unit))
	o.key(depth, false, "precision")
	o.int(c.Decimals)
	o.newline(depth)
	o.b = append(o.b, '}')
}

// figure appends the object jsonFigureOf(f, sentence) is, as an element
// of the top-level array (depth 1), read from f itself: no jsonFigure and
// none of its pointers are made.
func (o *jsonOut) figure(f *Figure, sentence string) {
	const d = 1
	o.b = append(o.b, '{')
	o.key(d, true, "indicator")
	o.str(validUTF8(f.Indicator))
	o.key(d, false, "section")
	o.optStr(validUTF8(f.Section))
	o.key(d, false, "value")
	if f.Missing {
		o.b = append(o.b, "null"...)
	} else {
		o.float(f.Value)
	}
	o.key(d, false, "unit")
	o.str(validUTF8(f.Unit))
	o.key(d, false, "period")
	o.optStr(validUTF8(f.Period))
	o.key(d, false, "year")
	o.optInt(f.Year, f.Year != 0)
	o.key(d, false, "flags")
	if f.Flags == 0 {
		o.b = append(o.b, '[', ']')
	} else {
		o.b = append(o.b, '[')
		n := 0
		for _, fn := range flagNames {
			if f.Flags&fn.f != 0 {
				if n > 0 {
					o.b = append(o.b, ',')
				}
				o.newline(d + 2)
				o.str(fn.name)
				n++
			}
		}
		o.newline(d + 1)
		o.b = append(o.b, ']')
	}
	o.key(d, false, "change")
	if len(f.Changes) > 0 {
		o.changeOf(&f.Changes[0], d+1)
	} else {
		o.b = append(o.b, "null"...)
	}
	o.key(d, false, "parent")
	o.optStr(validUTF8(f.Parent))
	o.key(d, false, "sentence")
	o.str(sentence)
	o.key(d, false, "span")
	o.pairOf(f.Span[0], f.Span[1], f.InInput(), d+1)
	o.key(d, false, "changes")
	if len(f.Changes) == 0 {
		o.b = append(o.b, '[', ']')
	} else {
		o.b = append(o.b, '[')
		for i := range f.Changes {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			o.newline(d + 2)
			o.changeOf(&f.Changes[i], d+2)
		}
		o.newline(d + 1)
		o.b = append(o.b, ']')
	}
	o.key(d, false, "qualifier")
	o.optStr(validUTF8(f.Qualifier))
	o.key(d, false, "number")
	o.optStr(validUTF8(f.Number))
	o.key(d, false, "precision")
	o.optInt(precisionOf(f))
	u := unitInfo(f)
	o.key(d, false, "unit_info")
	o.b = append(o.b, '{')
	o.key(d+1, true, "scale")
	o.str(u.Scale)
	o.key(d+1, false, "factor")
	o.float(u.Factor)
	o.key(d+1, false, "base")
	o.str(u.Base)
	o.key(d+1, false, "class")
	o.str(u.Class)
	o.newline(d + 1)
	o.b = append(o.b, '}')
	o.key(d, false, "range_high")
	if f.Range {
		o.float(f.High)
	} else {
		o.b = append(o.b, "null"...)
	}
	o.key(d, false, "ratio_term")
	o.pairOf(f.Term, f.Terms, f.Terms > 0, d+1)
	o.key(d, false, "change_of")
	o.optStr(validUTF8(f.ChangeOf))
	o.key(d, false, "prior")
	o.b = strconv.AppendBool(o.b, f.Prior)
	o.key(d, false, "sentence_span")
	o.pairOf(f.SentenceSpan[0], f.SentenceSpan[1], f.InInput(), d+1)
	o.key(d, false, "source")
	o.b = append(o.b, '{')
	o.key(d+1, true, "file")
	o.optStr(validUTF8(f.Source.File))
	t := f.Source.Table > 0
	o.key(d+1, false, "table")
	o.optInt(f.Source.Table, t)
	o.key(d+1, false, "row")
	o.optInt(f.Source.Row, t)
	o.key(d+1, false, "col")
	o.optInt(f.Source.Col, t)
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
