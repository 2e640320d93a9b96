package ingest

import (
	"bytes"
	"io"
	"unicode/utf8"
)

// jsonStream passes a JSON input to the decoder as it is read, so that
// ReadJSON never holds the whole input, and keeps what error messages and
// checks need: the last bytes read (to find where the next token starts
// and the line and column of an offset), the number of lines before them,
// the total read against MaxJSONSize, and the offset of the first byte that
// is not UTF-8.
type jsonStream struct {
	r        io.Reader
	n        int64  // bytes read
	win      []byte // the last bytes read, from offset winStart
	winStart int64
	lines    int   // line breaks before winStart
	col      int   // characters between the last line break and winStart
	invalid  int64 // offset of the first byte that is not UTF-8; -1 when none
	carry    int   // bytes at the end of win that may start an incomplete character
	tooLarge bool  // more than MaxJSONSize bytes
}

// jsonWindow is how many of the last bytes read jsonStream keeps (it
// drops the older half when it holds twice as many).
const jsonWindow = 1 << 20

func newJSONStream(r io.Reader) *jsonStream {
	return &jsonStream{r: r, invalid: -1}
}

func (s *jsonStream) Read(p []byte) (int, error) {
	if s.n >= MaxJSONSize+1 {
		s.tooLarge = true
		return 0, errJSONTooLarge
	}
	if rest := MaxJSONSize + 1 - s.n; int64(len(p)) > rest {
		p = p[:rest]
	}
	k, err := s.r.Read(p)
	if k > 0 {
		if s.n == 0 && bytes.HasPrefix(p[:k], bom8) {
			// A byte order mark is not JSON: drop it. (ReadJSON peeks,
			// so the mark arrives whole in the first read.)
			copy(p, p[len(bom8):k])
			k -= len(bom8)
		}
		s.add(p[:k], err == io.EOF)
	}
	if s.n > MaxJSONSize {
		s.tooLarge = true
		return k, errJSONTooLarge
	}
	return k, err
}

var errJSONTooLarge = io.ErrShortBuffer // never shown: ReadJSON reports ErrTooLarge

// add appends b to the window, checking its UTF-8.
func (s *jsonStream) add(b []byte, eof bool) {
	start := len(s.win) - s.carry
	s.win = append(s.win, b...)
	s.n += int64(len(b))
	s.carry = 0
	for i := start; i < len(s.win); {
		c := s.win[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(s.win[i:])
		if r == utf8.RuneError && size == 1 {
			if !eof && !utf8.FullRune(s.win[i:]) {
				s.carry = len(s.win) - i
				break
			}
			if s.invalid < 0 {
				s.invalid = s.winStart + int64(i)
			}
		}
		i += size
	}
	if len(s.win) > 2*jsonWindow {
		drop := len(s.win) - jsonWindow
		for _, c := range s.win[:drop] {
			switch {
			case c == '\n':
				s.lines, s.col = s.lines+1, 0
			case utf8.RuneStart(c):
				s.col++
			}
		}
		s.win = append(s.win[:0], s.win[drop:]...)
		s.winStart += int64(drop)
	}
}

// position returns the 1-based line and column (in characters) of byte
// offset off; an offset before the window is given the window's start.
func (s *jsonStream) position(off int64) (line, col int) {
	off = min(max(off, s.winStart), s.winStart+int64(len(s.win)))
	line, col = s.lines+1, s.col+1
	for _, c := range s.win[:off-s.winStart] {
		switch {
		case c == '\n':
			line, col = line+1, 1
		case utf8.RuneStart(c):
			col++
		}
	}
	return line, col
}

// skipSpace returns the offset of the first byte at or after off that is
// not white space or a separator (: and ,), within what has been read.
func (s *jsonStream) skipSpace(off int64) int64 {
	for off >= s.winStart && off < s.winStart+int64(len(s.win)) {
		switch s.win[off-s.winStart] {
		case ' ', '\t', '\r', '\n', ':', ',':
			off++
			continue
		}
		break
	}
	return off
}

// invalidIn reports whether a byte of [from, to) is not UTF-8.
func (s *jsonStream) invalidIn(from, to int64) bool {
	return s.invalid >= from && s.invalid < to
}
