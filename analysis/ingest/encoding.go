package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// sniffSize is how much of a text file encoding detection looks at.
const sniffSize = 64 << 10

// Encoding names as Options.Encoding accepts them and as detection reports
// them.
const (
	EncodingUTF8    = "utf-8"
	EncodingGB18030 = "gb18030"
	EncodingUTF16LE = "utf-16le"
	EncodingUTF16BE = "utf-16be"
)

// decodeText returns a reader of UTF-8 text for r and the name of the
// encoding r was read as. With enc == "" the encoding is detected: a byte
// order mark (UTF-8, UTF-16 LE or BE) decides; else text that is valid UTF-8
// in its first 64 KiB is UTF-8; else text that decodes as GB18030 (of which
// GBK and GB2312 are subsets) without invalid sequences is GB18030;
// anything else is an error. A UTF-8 byte order mark is always dropped.
func decodeText(r io.Reader, enc, name string) (io.Reader, string, error) {
	br, ok := r.(*bufio.Reader)
	if !ok || br.Size() < sniffSize {
		br = bufio.NewReaderSize(r, sniffSize)
	}
	head, err := br.Peek(sniffSize)
	atEOF := err != nil
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, "", &ParseError{File: name, Msg: "reading", Err: err}
	}
	switch strings.ToLower(strings.ReplaceAll(strings.TrimSpace(enc), "_", "-")) {
	case "":
		// detect below
	case "utf-8", "utf8":
		if bytes.HasPrefix(head, bom8) {
			br.Discard(len(bom8))
		}
		return br, EncodingUTF8, nil
	case "gb18030", "gbk", "gb2312", "cp936", "gb-18030":
		return transform.NewReader(br, simplifiedchinese.GB18030.NewDecoder()), EncodingGB18030, nil
	case "utf-16le", "utf-16-le":
		return utf16Reader(br, unicode.LittleEndian), EncodingUTF16LE, nil
	case "utf-16be", "utf-16-be":
		return utf16Reader(br, unicode.BigEndian), EncodingUTF16BE, nil
	default:
		return nil, "", &ParseError{File: name, Field: "encoding",
			Msg: fmt.Sprintf("want utf-8, gb18030 (or gbk), utf-16le or utf-16be, got %q", enc)}
	}
	switch {
	case bytes.HasPrefix(head, bom8):
		br.Discard(len(bom8))
		return br, EncodingUTF8, nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return utf16Reader(br, unicode.LittleEndian), EncodingUTF16LE, nil
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return utf16Reader(br, unicode.BigEndian), EncodingUTF16BE, nil
	}
	sample := head
	if !atEOF {
		// The sample may end inside a character: leave it out.
		i := len(sample) - 1
		for i > 0 && i > len(sample)-utf8.UTFMax && !utf8.RuneStart(sample[i]) {
			i--
		}
		if !utf8.FullRune(sample[i:]) {
			sample = sample[:i]
		}
	}
	if utf8.Valid(sample) {
		return br, EncodingUTF8, nil
	}
	if bytes.IndexByte(head, 0) < 0 {
		dst := make([]byte, 2*len(head)+16)
		nDst, _, err := simplifiedchinese.GB18030.NewDecoder().Transform(dst, head, atEOF)
		if (err == nil || err == transform.ErrShortSrc) && !bytes.ContainsRune(dst[:nDst], utf8.RuneError) {
			return transform.NewReader(br, simplifiedchinese.GB18030.NewDecoder()), EncodingGB18030, nil
		}
	}
	line, col := 1, 1
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return nil, "", &ParseError{File: name, Line: line, Column: col,
		Msg: "want text in UTF-8 or GB18030/GBK, got bytes that are neither (set the encoding explicitly)"}
}

var bom8 = []byte{0xEF, 0xBB, 0xBF}

func utf16Reader(r io.Reader, order unicode.Endianness) io.Reader {
	var e encoding.Encoding = unicode.UTF16(order, unicode.UseBOM)
	return transform.NewReader(r, e.NewDecoder())
}
