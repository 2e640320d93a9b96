package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// indexAnyOf is strings.IndexAny(s, chars) for a short set of characters
// (a constant of a rule): one byte search for each character of chars
// instead of decoding every character of s and looking it up in the set
// (strings.IndexAny's way once chars is not ASCII). A character whose lead
// byte is a Han character's (E4–E9, a third of the bytes of Chinese text)
// is looked for by its other bytes (indexWord). chars must be valid UTF-8;
// s may be any text (a valid encoding in s is found at the offset where
// decoding s meets it).
func indexAnyOf(s, chars string) int {
	best := -1
	for i := 0; i < len(chars); {
		n := 1
		if chars[i] >= utf8.RuneSelf {
			_, n = utf8.DecodeRuneInString(chars[i:])
		}
		t := s
		if best >= 0 {
			t = s[:best] // only an earlier match counts
		}
		var k int
		switch c := chars[i]; {
		case n == 1:
			k = strings.IndexByte(t, c)
		case c >= 0xE4 && c <= 0xE9:
			k = indexWord(t, chars[i:i+n])
		default:
			k = strings.Index(t, chars[i:i+n])
		}
		if k >= 0 {
			best = k
		}
		i += n
	}
	return best
}

// containsAnyOf is strings.ContainsAny(s, chars) by indexAnyOf's byte
// searches.
func containsAnyOf(s, chars string) bool {
	for i := 0; i < len(chars); {
		n := 1
		if chars[i] >= utf8.RuneSelf {
			_, n = utf8.DecodeRuneInString(chars[i:])
		}
		switch c := chars[i]; {
		case n == 1:
			if strings.IndexByte(s, c) >= 0 {
				return true
			}
		case c >= 0xE4 && c <= 0xE9:
			if indexWord(s, chars[i:i+n]) >= 0 {
				return true
			}
		default:
			if strings.Contains(s, chars[i:i+n]) {
				return true
			}
		}
		i += n
	}
	return false
}

// indexWord is strings.Index(s, w) for a w of two bytes or more, faster on
// Chinese text: it looks for w without its first byte (a Han character's
// lead byte, E4–E9, is every third byte of the text; the bytes after it
// are far rarer) and checks the byte before each match.
func indexWord(s, w string) int {
	for from := 1; from <= len(s); {
		k := strings.Index(s[from:], w[1:])
		if k < 0 {
			return -1
		}
		pos := from + k
		if s[pos-1] == w[0] {
			return pos - 1
		}
		from = pos + 1
	}
	return -1
}

// runeSet is a rule's set of characters for a membership test, instead of
// strings.ContainsRune(chars, r) (a byte search of chars for every rune
// asked about): ASCII by a bit mask, other characters by a binary search
// of their sorted list.
type runeSet struct {
	ascii [2]uint64
	other []rune
}

// newRuneSet returns the set of the characters of chars (valid UTF-8).
func newRuneSet(chars string) *runeSet {
	rs := &runeSet{}
	for _, r := range chars {
		if r < utf8.RuneSelf {
			rs.ascii[r/64] |= 1 << (r % 64)
		} else if !slices.Contains(rs.other, r) {
			rs.other = append(rs.other, r)
		}
	}
	slices.Sort(rs.other)
	return rs
}

// has is strings.ContainsRune(chars, r) for the chars rs was made of.
func (rs *runeSet) has(r rune) bool {
	if r >= 0 && r < utf8.RuneSelf {
		return rs.ascii[r/64]&(1<<(r%64)) != 0
	}
	_, found := slices.BinarySearch(rs.other, r)
	return found
}

// noSpaceRunes reports a text that strings.Map with a mapping dropping
// isSpace runes returns as it is, found by its bytes: ASCII without a
// space or control space, and three-byte characters (lead E1–EC, EE, EF)
// other than U+3000 and U+FEFF. Any other byte (a two-byte character such
// as U+00A0, a byte that is no UTF-8, which strings.Map rewrites) gives
// false, and the caller maps the text.
func noSpaceRunes(t string) bool {
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c >= '\t' && c <= '\r' {
				return false
			}
			i++
			continue
		}
		if !((c >= 0xE1 && c <= 0xEC || c >= 0xEE) && c <= 0xEF && i+2 < len(t) && t[i+1]&0xC0 == 0x80 && t[i+2]&0xC0 == 0x80) {
			return false
		}
		if c == 0xE3 && t[i+1] == 0x80 && t[i+2] == 0x80 || c == 0xEF && t[i+1] == 0xBB && t[i+2] == 0xBF {
			return false
		}
		i += 3
	}
	return true
}

// runeCountUpTo is min(utf8.RuneCountInString(s), max), counting no
// further than max: a rule that bounds a name's length in characters
// need not count a long text to the end. Three-byte characters (lead
// E1–EC, EE, EF) are stepped over at once; any other byte is counted as
// utf8.RuneCountInString counts it.
func runeCountUpTo(s string, max int) int {
	n := 0
	for i := 0; i < len(s) && n < max; n++ {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case (c >= 0xE1 && c <= 0xEC || c >= 0xEE) && c <= 0xEF && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
	}
	return n
}
