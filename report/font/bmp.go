package font

import (
	"errors"
	"fmt"
	"strings"
)

// maxBMP is the last code point of the Basic Multilingual Plane.
const maxBMP = 0xffff

// ErrNonBMP is wrapped by [CheckBMP]: fpdf's UTF-8 fonts map characters
// through a 16-bit cmap and panic on a rune above U+FFFF (for example the
// CJK Extension B ideographs U+20000–U+2A6DF, or emoji).
var ErrNonBMP = errors.New("character outside the Basic Multilingual Plane (above U+FFFF), which fpdf cannot write")

// CheckBMP returns nil when every rune of s is at most U+FFFF, and
// otherwise an error wrapping [ErrNonBMP] that names the first rune above
// it and its byte offset in s.
func CheckBMP(s string) error {
	for i, r := range s {
		if r > maxBMP {
			return fmt.Errorf("font: %s at byte %d: %w", runeName(r), i, ErrNonBMP)
		}
	}
	return nil
}

// NonBMPReplacement is the rune [ReplaceNonBMP] puts in place of each rune
// above U+FFFF. It is the ASCII question mark rather than U+FFFD, because
// every font [Resolve] accepts is verified to have a glyph for '?' (it is
// in [Probe]), whereas many CJK fonts have none for U+FFFD, which would
// print as an empty box.
const NonBMPReplacement = '?'

// ReplaceNonBMP returns s with every rune above U+FFFF replaced by
// [NonBMPReplacement] ('?'), one for one, so the result is safe for fpdf.
// s is returned unchanged when it has no such rune.
func ReplaceNonBMP(s string) string {
	if CheckBMP(s) == nil {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r > maxBMP {
			return NonBMPReplacement
		}
		return r
	}, s)
}
