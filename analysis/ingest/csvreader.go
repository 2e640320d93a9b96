package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unsafe"
)

// csvReader reads CSV records (RFC 4180: fields separated by a one-byte
// separator, optionally in double quotes, "" for a quote inside quotes,
// line breaks inside quotes) without allocating per record.
//
// The strings of a record returned by read are views of the reader's
// buffers, valid only until the next call to read: whatever outlives a row
// must be copied (strings.Clone, builder.intern). Keeping to that rule is
// what makes loading a million rows cheap.
type csvReader struct {
	br     *bufio.Reader
	comma  byte
	file   string
	line   int    // line number of the last line read
	buf    []byte // unquoted field contents of the current record
	ends   []int  // end offset in buf of each field
	lines  []int  // line on which each field starts
	fields []string
	own    []byte // a long line assembled from several reads
	nread  int64  // bytes read
}

var errBareQuote = errors.New(`bare " in a field that does not start with "`)
var errQuote = errors.New(`extraneous or missing " in a quoted field`)

// readLine returns the next line without its line break; the slice is
// valid until the next call.
func (r *csvReader) readLine() ([]byte, error) {
	line, err := r.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.own = append(r.own[:0], line...)
		for err == bufio.ErrBufferFull {
			if len(r.own) > MaxLineBytes {
				return nil, &ParseError{File: r.file, Line: r.line + 1,
					Msg: fmt.Sprintf("line longer than %s (a CSV line holds one indicator)", sizeName(MaxLineBytes)), Err: ErrTooLarge}
			}
			line, err = r.br.ReadSlice('\n')
			r.own = append(r.own, line...)
		}
		line = r.own
	}
	if len(line) > 0 && err == io.EOF {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	r.line++
	r.nread += int64(len(line))
	n := len(line)
	if n > 0 && line[n-1] == '\n' {
		n--
		if n > 0 && line[n-1] == '\r' {
			n--
		}
	} else if n > 0 && line[n-1] == '\r' {
		n--
	}
	return line[:n], nil
}

// read returns the next record, skipping empty lines, or io.EOF.
func (r *csvReader) read() ([]string, error) {
	var line []byte
	var err error
	for {
		line, err = r.readLine()
		if err != nil {
			return nil, err
		}
		if len(line) > 0 {
			break
		}
	}
	r.ends, r.lines, r.fields = r.ends[:0], r.lines[:0], r.fields[:0]
	long := len(line) > MaxCellBytes // only a long line can hold a long field
	if bytes.IndexByte(line, '"') < 0 {
		// Fast path: no quotes, the fields are views of the line.
		for {
			i := bytes.IndexByte(line, r.comma)
			if i < 0 {
				r.fields = append(r.fields, view(line))
				r.lines = append(r.lines, r.line)
				break
			}
			r.fields = append(r.fields, view(line[:i]))
			r.lines = append(r.lines, r.line)
			line = line[i+1:]
		}
		if long {
			for i, f := range r.fields {
				if len(f) > MaxCellBytes {
					return nil, r.errCell(i + 1)
				}
			}
		}
		return r.fields, nil
	}
	r.buf = r.buf[:0]
	col := 1 // byte column of the current position, for errors
	for {
		r.lines = append(r.lines, r.line)
		if len(line) == 0 || line[0] != '"' {
			// Unquoted field.
			i := bytes.IndexByte(line, r.comma)
			field := line
			if i >= 0 {
				field = line[:i]
			}
			if j := bytes.IndexByte(field, '"'); j >= 0 {
				return nil, r.errAt(col+j, errBareQuote)
			}
			r.buf = append(r.buf, field...)
			r.ends = append(r.ends, len(r.buf))
			if len(field) > MaxCellBytes {
				return nil, r.errCell(len(r.ends))
			}
			if i < 0 {
				break
			}
			line = line[i+1:]
			col += i + 1
			continue
		}
		// Quoted field.
		line = line[1:]
		col++
		for {
			i := bytes.IndexByte(line, '"')
			if i < 0 {
				// The field goes on on the next line.
				r.buf = append(r.buf, line...)
				r.buf = append(r.buf, '\n')
				if len(r.buf)-r.fieldStart() > MaxCellBytes {
					return nil, r.errCell(len(r.ends) + 1)
				}
				next, err := r.readLine()
				if err == io.EOF {
					return nil, r.errAt(col+len(line), errQuote)
				}
				if err != nil {
					return nil, err
				}
				line, col = next, 1
				continue
			}
			r.buf = append(r.buf, line[:i]...)
			if len(r.buf)-r.fieldStart() > MaxCellBytes {
				return nil, r.errCell(len(r.ends) + 1)
			}
			line = line[i+1:]
			col += i + 1
			if len(line) > 0 && line[0] == '"' {
				r.buf = append(r.buf, '"')
				line = line[1:]
				col++
				continue
			}
			break
		}
		r.ends = append(r.ends, len(r.buf))
		if len(line) == 0 {
			break
		}
		if line[0] != r.comma {
			return nil, r.errAt(col, errQuote)
		}
		line = line[1:]
		col++
	}
	start := 0
	for _, end := range r.ends {
		r.fields = append(r.fields, view(r.buf[start:end]))
		start = end
	}
	return r.fields, nil
}

// fieldStart is the offset in buf of the field being assembled.
func (r *csvReader) fieldStart() int {
	if len(r.ends) == 0 {
		return 0
	}
	return r.ends[len(r.ends)-1]
}

// errCell is the error of field n (1-based) of the current record being
// longer than MaxCellBytes.
func (r *csvReader) errCell(n int) error {
	return &ParseError{File: r.file, Line: r.line, Column: n,
		Msg: fmt.Sprintf("want a cell of at most %s, got a longer one", sizeName(MaxCellBytes)), Err: ErrTooLarge}
}

func (r *csvReader) errAt(col int, err error) error {
	return &ParseError{File: r.file, Line: r.line, Column: col, Msg: "malformed CSV: " + err.Error(), Err: err}
}

// view returns b as a string without copying: see csvReader.
func view(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
