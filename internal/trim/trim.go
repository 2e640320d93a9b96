// Package trim trims white space from the texts that the table readers
// and extraction rules look at, as strings.TrimSpace does, without decoding
// the ends of a text that neither starts nor ends with white space.
package trim

import (
	"strings"
	"unicode/utf8"
)

// Space is strings.TrimSpace, quick for a text that neither starts nor
// ends with white space: strings.TrimSpace decodes both ends through
// unicode.IsSpace as soon as a text starts with a Chinese character, and
// the table readers and extraction rules trim every cell, label and line
// they look at.
func Space(s string) string {
	if s == "" || !spaceMayStart(s) && !spaceMayEnd(s) {
		return s
	}
	return strings.TrimSpace(s)
}

// spaceMayStart reports whether s (not empty) may start with a rune
// unicode.IsSpace takes: an ASCII space, or a rune whose first byte is
// that of U+0085, U+00A0 (C2), U+1680 (E1), U+2000–U+205F (E2) or U+3000
// (E3).
func spaceMayStart(s string) bool {
	c := s[0]
	if c < utf8.RuneSelf {
		return c == ' ' || c >= '\t' && c <= '\r'
	}
	return c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3
}

// spaceMayEnd reports whether s (not empty) may end with a rune
// unicode.IsSpace takes: an ASCII space, or a two-byte rune starting C2 or
// a three-byte one starting E1, E2 or E3.
func spaceMayEnd(s string) bool {
	n := len(s)
	c := s[n-1]
	if c < utf8.RuneSelf {
		return c == ' ' || c >= '\t' && c <= '\r'
	}
	return n >= 2 && s[n-2] == 0xC2 || n >= 3 && (s[n-3] == 0xE1 || s[n-3] == 0xE2 || s[n-3] == 0xE3)
}
