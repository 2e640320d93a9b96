package ingest

import (
	"errors"
	"strconv"
	"strings"
)

// ErrMissing is returned by ParseNumber for a cell that marks a missing
// value: the empty string, "-", "—", "–", "…", "/", "NA", "N/A", "null" and
// the like. Loaders turn it into an absent point, not an error; a year that
// the input gives only as missing cells stays the dataset's year
// (Dataset.Year), so the comparison never silently moves to the year before.
var ErrMissing = errors.New("missing value")

// ParseError is bad input at a known place. Line and Column are 1-based;
// 0 means unknown. For CSV, Line is the line of the file and Column the
// field number (the spreadsheet column, 1 = first field); for errors that
// encoding/csv reports itself (a stray quote) Column is the character column
// it gives. For XLSX, Sheet is set and Line/Column are the cell's row and
// column, printed as "Sheet1!C12". For JSON, Field is the path of the value
// ("indicators[3].values[0].year").
type ParseError struct {
	File   string // file name as given in Options.Name; "" when unknown
	Sheet  string // XLSX sheet name
	Line   int    // line (CSV, JSON) or row (XLSX)
	Column int    // field number (CSV), column (XLSX) or character column (JSON)
	Field  string // column name or JSON path, e.g. "value"
	Msg    string // what was expected and what was found; Err's text when empty
	Err    error  // the underlying error, if any (ErrDuplicate, ErrMissing …)
}

// Error formats the error as "data.csv:12:5: value: want a number, got
// \"abc\"" or "book.xlsx:Sheet1!E12: value: …".
func (e *ParseError) Error() string {
	var b strings.Builder
	file := e.File
	if file == "" {
		file = "<input>"
	}
	b.WriteString(file)
	switch {
	case e.Sheet != "":
		b.WriteByte(':')
		b.WriteString(e.Sheet)
		if e.Line > 0 {
			b.WriteByte('!')
			if e.Column > 0 {
				b.WriteString(ColumnName(e.Column))
			}
			b.WriteString(strconv.Itoa(e.Line))
		}
	case e.Line > 0:
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(e.Column))
		}
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	switch {
	case e.Msg != "":
		b.WriteString(e.Msg)
	case e.Err != nil:
		b.WriteString(e.Err.Error())
	default:
		b.WriteString("bad input")
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// ColumnName returns the spreadsheet name of the 1-based column n: 1 → "A",
// 27 → "AA". It returns "" for n < 1.
func ColumnName(n int) string {
	if n < 1 {
		return ""
	}
	var buf [8]byte
	i := len(buf)
	for n > 0 && i > 0 {
		n--
		i--
		buf[i] = byte('A' + n%26)
		n /= 26
	}
	return string(buf[i:])
}

// quote shortens long input for error messages and quotes it.
func quote(s string) string {
	const max = 40
	if len(s) > max {
		r := []rune(s)
		if len(r) > max {
			s = string(r[:max]) + "…"
		}
	}
	return strconv.Quote(s)
}
