package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// measure returns the width of a rune in document units at a font size of
// one point; the width at size s is measure(r)·s.
type measure func(r rune) float64

// closing are characters that must not begin a line: they stay with the
// character before them (kinsoku shori, as Chinese typesetting does it).
const closing = "，。、；：！？）》」』】〕〉…—％%,.;:!?)]}'\"”’·"

// opening are characters that must not end a line: they stay with the
// character after them.
const opening = "（《「『【〔〈([{“‘"

func isClosing(r rune) bool { return strings.ContainsRune(closing, r) }
func isOpening(r rune) bool { return strings.ContainsRune(opening, r) }

// ideographic reports whether a line may break before and after r: CJK
// ideographs, kana, Hangul and full-width forms, which are set without
// spaces between words.
func ideographic(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) ||
		(r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}

// units splits s into the smallest pieces a line may not break inside: an
// ideograph, a run of other characters up to a space (a Latin word or a
// number with its decimals), or a space. Closing punctuation is glued to the
// piece before it and opening punctuation to the piece after it. The pieces
// concatenate to s.
func units(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if i == start {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		var brk bool
		switch {
		case isClosing(r), isOpening(prev):
			brk = false
		case isOpening(r), unicode.IsSpace(prev), unicode.IsSpace(r):
			brk = true
		default:
			brk = ideographic(r) || ideographic(prev)
		}
		if brk {
			out = append(out, s[start:i])
			start = i
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// wrap breaks s into lines no wider than width at font size size, breaking
// between ideographs and at spaces, never before closing or after opening
// punctuation, and inside a piece only when the piece alone is wider than a
// line. firstIndent narrows the first line. Explicit newlines end a line.
// The lines concatenate to s without its newlines: no character is lost
// (fpdf's SplitText drops the ideograph at each break, so it is not used).
func wrap(s string, width, firstIndent, size float64, m measure) []string {
	var lines []string
	avail := width - firstIndent
	for para := range strings.SplitSeq(s, "\n") {
		var line []byte
		w := 0.0
		for _, u := range units(para) {
			uw := 0.0
			for _, r := range u {
				uw += m(r) * size
			}
			if w+uw <= avail || len(line) == 0 && uw <= avail {
				line = append(line, u...)
				w += uw
				continue
			}
			if len(line) > 0 {
				lines = append(lines, string(line))
				line, w, avail = line[:0:0], 0, width
				if uw <= avail {
					line = append(line, u...)
					w = uw
					continue
				}
			}
			// A piece wider than a whole line: break it between runes.
			for _, r := range u {
				rw := m(r) * size
				if w+rw > avail && len(line) > 0 {
					lines = append(lines, string(line))
					line, w, avail = line[:0:0], 0, width
				}
				line = utf8.AppendRune(line, r)
				w += rw
			}
		}
		lines = append(lines, string(line))
		avail = width
	}
	return lines
}
