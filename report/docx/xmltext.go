package docx

import (
	"io"
	"strings"
	"unicode/utf8"
)

// isXMLChar reports whether XML 1.0 can carry r: tab, line feed, carriage
// return, and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
func isXMLChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// Clean removes from s what an XML document cannot carry: control
// characters other than tab and line feed, U+FFFE and U+FFFF, and bytes
// that are not UTF-8 (each becomes U+FFFD). Carriage returns are dropped
// (a "\r\n" line break is a "\n").
func Clean(s string) string {
	ok := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '\r' || !isXMLChar(r) || (r == utf8.RuneError && n == 1) {
			ok = false
			break
		}
		i += n
	}
	if ok {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\r' || !isXMLChar(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escape writes s, cleaned, with the XML special characters escaped, for
// element text and attribute values alike.
func escape[W io.StringWriter](b W, s string) {
	s = Clean(s)
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			esc = "&quot;"
		case '\'':
			esc = "&apos;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			esc = "&#xA;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// esc returns s escaped.
func esc(s string) string {
	var b strings.Builder
	escape(&b, s)
	return b.String()
}
