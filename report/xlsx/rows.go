package xlsx

import (
	"context"
	"io"
	"math"
	"strconv"
	"unicode/utf8"
)

// rowWriter writes the <row> elements of a worksheet's sheetData straight
// into the workbook's zip part: no cell is held in memory, and nothing is
// allocated per cell. Cells are inline strings, numbers, and formulas with
// their cached results.
type rowWriter struct {
	ctx  context.Context
	w    io.Writer
	buf  []byte
	line int // the row being written (1-based)
	rows int // rows written, for the cancellation checks
	err  error
}

const rowBufSize = 64 << 10

func newRowWriter(ctx context.Context, w io.Writer) *rowWriter {
	return &rowWriter{ctx: ctx, w: w, buf: make([]byte, 0, rowBufSize+4096)}
}

// start opens row line with an outline level (0: none).
func (rw *rowWriter) start(line, outline int) {
	rw.line = line
	rw.buf = append(rw.buf, `<row r="`...)
	rw.buf = strconv.AppendInt(rw.buf, int64(line), 10)
	rw.buf = append(rw.buf, '"')
	if outline > 0 {
		rw.buf = append(rw.buf, ` outlineLevel="`...)
		rw.buf = strconv.AppendInt(rw.buf, int64(outline), 10)
		rw.buf = append(rw.buf, '"')
	}
	rw.buf = append(rw.buf, '>')
}

// end closes the row, passes the buffer on when it is full, and checks ctx
// every checkEvery rows.
func (rw *rowWriter) end() error {
	rw.buf = append(rw.buf, `</row>`...)
	rw.rows++
	if rw.rows%checkEvery == 0 && rw.err == nil {
		rw.err = rw.ctx.Err()
	}
	if len(rw.buf) >= rowBufSize {
		rw.flush()
	}
	return rw.err
}

func (rw *rowWriter) flush() error {
	if rw.err == nil && len(rw.buf) > 0 {
		_, rw.err = rw.w.Write(rw.buf)
	}
	rw.buf = rw.buf[:0]
	return rw.err
}

// open writes the start of a cell: <c r="B12" s="3" t="…">.
func (rw *rowWriter) open(col, style int, typ string) {
	rw.buf = append(rw.buf, `<c r="`...)
	rw.buf = append(rw.buf, byte('A'+col)) // sheets have at most 26 columns
	rw.buf = strconv.AppendInt(rw.buf, int64(rw.line), 10)
	rw.buf = append(rw.buf, '"')
	if style > 0 {
		rw.buf = append(rw.buf, ` s="`...)
		rw.buf = strconv.AppendInt(rw.buf, int64(style), 10)
		rw.buf = append(rw.buf, '"')
	}
	if typ != "" {
		rw.buf = append(rw.buf, ` t="`...)
		rw.buf = append(rw.buf, typ...)
		rw.buf = append(rw.buf, '"')
	}
	rw.buf = append(rw.buf, '>')
}

// maxCellChars is the most UTF-16 code units a cell holds in Excel.
const maxCellChars = 32767

// str writes an inline string cell; the empty string writes no cell. Text
// longer than a cell holds is cut at maxCellChars.
func (rw *rowWriter) str(col, style int, s string) {
	if s == "" {
		return
	}
	if len(s) > maxCellChars { // UTF-8 is never shorter than UTF-16
		s = truncateUTF16(s, maxCellChars)
	}
	rw.open(col, style, "inlineStr")
	if preserveSpace(s) {
		rw.buf = append(rw.buf, `<is><t xml:space="preserve">`...)
	} else {
		rw.buf = append(rw.buf, `<is><t>`...)
	}
	rw.buf = appendEscaped(rw.buf, s)
	rw.buf = append(rw.buf, `</t></is></c>`...)
}

// num writes a number cell; a value that is not a finite number (which
// the analysis never makes) is written as an empty cell, never as NaN.
func (rw *rowWriter) num(col, style int, v float64) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		rw.blank(col, style)
		return
	}
	rw.open(col, style, "")
	rw.buf = append(rw.buf, `<v>`...)
	rw.buf = appendNumber(rw.buf, v)
	rw.buf = append(rw.buf, `</v></c>`...)
}

// int writes an integer cell.
func (rw *rowWriter) int(col, style int, n int) {
	rw.open(col, style, "")
	rw.buf = append(rw.buf, `<v>`...)
	rw.buf = strconv.AppendInt(rw.buf, int64(n), 10)
	rw.buf = append(rw.buf, `</v></c>`...)
}

// blank writes an empty cell that has a style.
func (rw *rowWriter) blank(col, style int) {
	rw.open(col, style, "")
	rw.buf = append(rw.buf, `</c>`...)
}

// formula writes a formula cell with its cached result: a float64, or a
// string ("" for a formula that gives the empty string; also written for a
// number that is not finite).
func (rw *rowWriter) formula(col, style int, f string, cached any) {
	rw.formulaAt(col, style, []string{string(appendEscaped(nil, f))}, rw.line, cached)
}

// formulaAt writes a formula given as XML-escaped parts to be joined by
// the row number line, with its cached result.
func (rw *rowWriter) formulaAt(col, style int, parts []string, line int, cached any) {
	v, isNum := cached.(float64)
	isNum = isNum && !math.IsNaN(v) && !math.IsInf(v, 0)
	if isNum {
		rw.open(col, style, "")
	} else {
		rw.open(col, style, "str")
	}
	rw.buf = append(rw.buf, `<f>`...)
	for i, p := range parts {
		if i > 0 {
			rw.buf = strconv.AppendInt(rw.buf, int64(line), 10)
		}
		rw.buf = append(rw.buf, p...)
	}
	rw.buf = append(rw.buf, `</f><v>`...)
	if isNum {
		rw.buf = appendNumber(rw.buf, v)
	} else if s, ok := cached.(string); ok {
		rw.buf = appendEscaped(rw.buf, s)
	}
	rw.buf = append(rw.buf, `</v></c>`...)
}

// appendNumber writes v in its shortest exact decimal form: full
// precision, in plain notation where that is reasonable.
func appendNumber(b []byte, v float64) []byte {
	if a := math.Abs(v); a != 0 && (a < 1e-6 || a >= 1e21) {
		return strconv.AppendFloat(b, v, 'E', -1, 64)
	}
	if v == 0 {
		return append(b, '0') // also for negative zero
	}
	return strconv.AppendFloat(b, v, 'f', -1, 64)
}

// preserveSpace reports whether s begins or ends with white space, which
// XML readers would drop without xml:space="preserve".
func preserveSpace(s string) bool {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	return isSpace(s[0]) || isSpace(s[len(s)-1])
}

// appendEscaped appends s as XML character data: &, < and > escaped,
// characters XML cannot hold (control characters other than tab and line
// breaks, invalid UTF-8) replaced by U+FFFD.
func appendEscaped(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			var esc string
			switch {
			case c == '&':
				esc = "&amp;"
			case c == '<':
				esc = "&lt;"
			case c == '>':
				esc = "&gt;"
			case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
				esc = "\uFFFD"
			default:
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = append(b, esc...)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF {
			b = append(b, s[start:i]...)
			b = append(b, "\uFFFD"...)
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(b, s[start:]...)
}

// truncateUTF16 cuts s after at most n UTF-16 code units, at a character
// boundary.
func truncateUTF16(s string, n int) string {
	units := 0
	for i, r := range s {
		u := 1
		if r >= 0x10000 {
			u = 2
		}
		if units+u > n {
			return s[:i]
		}
		units += u
	}
	return s
}
