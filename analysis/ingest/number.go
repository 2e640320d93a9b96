package ingest

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// missingMarkers are the cell texts that mean "no value" (compared in lower
// case after trimming spaces).
var missingMarkers = map[string]bool{
	"": true, "-": true, "--": true, "－": true, "—": true, "——": true, "–": true,
	"…": true, "……": true, "...": true, "na": true, "n/a": true, "#n/a": true,
	"null": true, "none": true, "/": true, "／": true,
}

// IsMissing reports whether the cell text s marks a missing value (see
// ErrMissing).
func IsMissing(s string) bool {
	s = trimCell(s)
	if len(s) > 8*utf8.UTFMax {
		return false
	}
	if missingMarkers[s] {
		return true
	}
	return missingMarkers[strings.ToLower(s)]
}

// trimCell removes white space, including the ideographic space U+3000,
// no-break spaces, zero-width spaces and a stray byte order mark.
func trimCell(s string) string {
	if s == "" || !spaceAtStart(s) && !spaceAtEnd(s) {
		return s
	}
	return strings.TrimFunc(s, isSpace)
}

// spaceAtStart reports whether s starts with white space. Text that starts
// with a common Chinese character (U+4000–U+9FFF, lead bytes E4–E9) is
// answered without decoding.
func spaceAtStart(s string) bool {
	switch c := s[0]; {
	case c < utf8.RuneSelf:
		return c == ' ' || '\t' <= c && c <= '\r'
	case 0xE4 <= c && c <= 0xE9:
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isSpace(r)
}

// spaceAtEnd reports whether s ends with white space.
func spaceAtEnd(s string) bool {
	n := len(s)
	if c := s[n-1]; c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r'
	}
	if n >= 3 && 0xE4 <= s[n-3] && s[n-3] <= 0xE9 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return isSpace(r)
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// ParseNumber reads a number as statistical tables write it:
//
//	"28716" "28,716" "28，716" "28 716" (thin space)  → 28716
//	"２８７１６" "－１２．５"                         → full-width digits, sign, point
//	"12.33%" "12.33％"                               → 12.33, percent = true
//	"+3" " 1,234.5 " "1.5E+07"                       → 3, 1234.5, 15000000
//
// A trailing percent sign sets percent and leaves the value in percent
// units (12.33, not 0.1233). Thousands separators must separate groups of
// three digits in the integer part: "1,23" is an error, not 123 or 1.23.
// Cells that mark a missing value ("", "-", "—", "–", "…", "/", "NA",
// "N/A", "null") return ErrMissing. "NaN" and "Inf" are not marks a table
// uses but the output of a program gone wrong: they are an error, like any
// other text and numbers too large to be finite, saying what was expected
// and what was found. The result is always finite.
func ParseNumber(s string) (v float64, percent bool, err error) {
	if v, ok := parseDecimal(s); ok {
		return v, false, nil
	}
	if fastNumber(s) {
		if v, err := strconv.ParseFloat(s, 64); err == nil && !math.IsInf(v, 0) {
			return v, false, nil
		}
	}
	return parseNumberSlow(s)
}

// pow10 are the powers of ten that are exact in a float64.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// parseDecimal reads the common case quickly: an optional minus sign and at
// most 15 digits with at most one decimal point. Then the digits as an
// integer m and the power of ten are both exact in a float64, and m / 10^k
// is the correctly rounded value, as strconv.ParseFloat computes it.
func parseDecimal(s string) (float64, bool) {
	i, neg := 0, false
	if s != "" && s[0] == '-' {
		i, neg = 1, true
	}
	var m uint64
	nd, k, point := 0, 0, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			m = m*10 + uint64(c-'0')
			nd++
			if point {
				k++
			}
		case c == '.' && !point:
			point = true
		default:
			return 0, false
		}
	}
	if nd == 0 || nd > 15 {
		return 0, false
	}
	v := float64(m) / pow10[k]
	if neg {
		v = -v
	}
	return v, true
}

// fastNumber reports whether s is plain ASCII that strconv.ParseFloat reads
// the way ParseNumber means it: digits, a point, a sign and an exponent.
func fastNumber(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E') {
			return false
		}
	}
	return s[0] != 'e' && s[0] != 'E'
}

func parseNumberSlow(orig string) (float64, bool, error) {
	s := trimCell(orig)
	if IsMissing(s) {
		return 0, false, ErrMissing
	}
	want := func(why string) (float64, bool, error) {
		if why != "" {
			return 0, false, fmt.Errorf("want a number, got %s (%s)", quote(orig), why)
		}
		return 0, false, fmt.Errorf("want a number, got %s", quote(orig))
	}
	percent := false
	if t, ok := strings.CutSuffix(s, "%"); ok {
		s, percent = trimCell(t), true
	} else if t, ok := strings.CutSuffix(s, "％"); ok {
		s, percent = trimCell(t), true
	}
	var stack [64]byte
	buf := stack[:0]
	const (
		sInt = iota
		sFrac
		sExp
	)
	state := sInt
	signSeen, digits, group, groups := false, 0, 0, 0
	lastWasSep, expDigits, expSign := false, 0, false
	for i, r := range s {
		// Map full-width forms and other variants to ASCII.
		switch {
		case r >= '０' && r <= '９':
			r = '0' + (r - '０')
		case r == '．':
			r = '.'
		case r == '－' || r == '−' || r == '﹣':
			r = '-'
		case r == '＋':
			r = '+'
		case r == 'Ｅ' || r == 'ｅ':
			r = 'e'
		case r == '，' || r == '\u2009' || r == '\u202f' || r == '\u00a0' || r == ' ' || r == '\'':
			r = ','
		}
		switch {
		case r == '+' || r == '-':
			switch {
			case state == sInt && !signSeen && digits == 0 && i == 0:
				signSeen = true
				if r == '-' {
					buf = append(buf, '-')
				}
			case state == sExp && !expSign && expDigits == 0:
				expSign = true
				buf = append(buf, byte(r))
			default:
				return want("misplaced sign")
			}
		case r >= '0' && r <= '9':
			switch state {
			case sInt:
				digits++
				group++
				if groups > 0 && group > 3 {
					return want("thousands separator must separate groups of three digits")
				}
			case sFrac:
				digits++
			case sExp:
				expDigits++
			}
			lastWasSep = false
			buf = append(buf, byte(r))
		case r == ',':
			if state != sInt {
				return want("thousands separator after the decimal point")
			}
			if digits == 0 || lastWasSep || group > 3 || (groups > 0 && group != 3) {
				return want("thousands separator must separate groups of three digits")
			}
			groups++
			group = 0
			lastWasSep = true
		case r == '.':
			if state != sInt {
				return want("")
			}
			if groups > 0 && group != 3 {
				return want("thousands separator must separate groups of three digits")
			}
			if lastWasSep {
				return want("")
			}
			state = sFrac
			buf = append(buf, '.')
		case r == 'e' || r == 'E':
			if state == sExp || digits == 0 || lastWasSep {
				return want("")
			}
			if state == sInt && groups > 0 && group != 3 {
				return want("thousands separator must separate groups of three digits")
			}
			state = sExp
			buf = append(buf, 'e')
		default:
			return want("")
		}
	}
	if digits == 0 || lastWasSep || (state == sExp && expDigits == 0) {
		return want("")
	}
	if state == sInt && groups > 0 && group != 3 {
		return want("thousands separator must separate groups of three digits")
	}
	v, err := strconv.ParseFloat(string(buf), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		var ne *strconv.NumError
		if errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrRange) || math.IsInf(v, 0) {
			return want("out of range")
		}
		return want("")
	}
	return v, percent, nil
}
