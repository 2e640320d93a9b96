package ingest

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// MaxTextSize caps ReadText: report prose is kilobytes, the longest
// yearbook chapters a few megabytes; a larger input is almost certainly not
// a report, and would keep the extractor busy for minutes.
const MaxTextSize = 32 << 20

// ReadText reads a whole text file (report prose for the extractor) and
// returns it as UTF-8, detecting its encoding as the CSV reader does: a byte
// order mark, else UTF-8, else GB18030/GBK (opt.Encoding overrides). Invalid
// UTF-8 left after decoding is an error naming the byte offset.
func ReadText(r io.Reader, opt Options) ([]byte, error) {
	dr, _, err := decodeText(r, opt.Encoding, opt.Name)
	if err != nil {
		return nil, err
	}
	if opt.size > MaxTextSize {
		return nil, fmt.Errorf("%s: %d bytes of text, more than the %s a report can be: %w", opt.Name, opt.size, sizeName(MaxTextSize), ErrTooLarge)
	}
	b, err := io.ReadAll(io.LimitReader(dr, MaxTextSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", opt.Name, err)
	}
	if len(b) > MaxTextSize {
		return nil, fmt.Errorf("%s: text longer than the %s a report can be: %w", opt.Name, sizeName(MaxTextSize), ErrTooLarge)
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, fmt.Errorf("%s: byte %d: invalid UTF-8 after decoding", opt.Name, off)
	}
	return b, nil
}
