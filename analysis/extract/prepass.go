package extract

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// The passes over the whole text before it is read (validation, the size
// of the figures' slice) go eight bytes at a time or by the three-byte
// characters of Chinese text, not rune by rune: they run on every byte of
// the input.

// swarDigits has the high bit of each byte of w set that is an ASCII digit
// (0x30–0x39).
func swarDigits(w uint64) uint64 {
	const hi = 0x8080808080808080
	t := w &^ hi                        // each byte's low seven bits
	ge := (t + 0x5050505050505050) & hi // t ≥ 0x30 (no carry out of a byte: t ≤ 0x7F)
	gt := (t + 0x4646464646464646) & hi // t ≥ 0x3A
	return ge &^ gt &^ (w & hi)         // and the byte itself ASCII
}

// digitRuns counts the runs of ASCII digits in text, eight bytes at a time
// (swarDigits): a run starts at a digit whose byte before is none.
func digitRuns(text []byte) int {
	n := 0
	var prev uint64 // the high bit set when the byte before the word is a digit
	i := 0
	for ; i+8 <= len(text); i += 8 {
		d := swarDigits(binary.LittleEndian.Uint64(text[i:]))
		n += bits.OnesCount64(d &^ (d<<8 | prev))
		prev = d >> 56
	}
	in := prev != 0
	for _, c := range text[i:] {
		d := c >= '0' && c <= '9'
		if d && !in {
			n++
		}
		in = d
	}
	return n
}

// validText is utf8.Valid(text): ASCII is passed over eight bytes at a
// time and a three-byte character of lead byte E1–EC, EE or EF (Han, CJK
// punctuation, full-width forms: every such lead byte followed by any two
// continuation bytes is a valid encoding) at once; any other byte is
// decoded by utf8.DecodeRune, whose RuneError of width 1 is what makes
// utf8.Valid false.
func validText(text []byte) bool {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			for i+8 <= len(text) && binary.LittleEndian.Uint64(text[i:])&0x8080808080808080 == 0 {
				i += 8
			}
			if i < len(text) && text[i] < utf8.RuneSelf {
				i++
			}
			continue
		}
		if (c >= 0xE1 && c <= 0xEC || c >= 0xEE) && c <= 0xEF && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		r, n := utf8.DecodeRune(text[i:])
		if r == utf8.RuneError && n <= 1 {
			return false
		}
		i += n
	}
	return true
}

// plainNumber is scanNumber for the common number of ASCII digits with at
// most one decimal point and at most 15 digits (1234, 56.78), followed by
// nothing scanNumber's further cases read (mayContinueNumber). ok is false for any other number, which scanNumber then
// reads as before; when ok, the number is the one scanNumber reads.
func plainNumber(s string, i int) (number, bool) {
	var m uint64
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		m = m*10 + uint64(s[j]-'0')
		j++
	}
	ints := j - i
	if ints == 0 || ints > 15 {
		return number{}, false
	}
	decimals := 0
	if j+1 < len(s) && s[j] == '.' && s[j+1] >= '0' && s[j+1] <= '9' {
		j++
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			m = m*10 + uint64(s[j]-'0')
			j++
			decimals++
		}
		if ints+decimals > 15 {
			return number{}, false
		}
	}
	if j < len(s) && mayContinueNumber(s[j:]) {
		return number{}, false
	}
	num := number{start: i, end: j, intDigits: ints, decimals: decimals, value: float64(m)}
	if decimals > 0 {
		num.value /= exactPow10[decimals]
	} else {
		num.leadZero = ints > 1 && s[i] == '0'
	}
	return num, true
}

// mayContinueNumber reports whether t starts with a byte sequence that
// scanNumber may read on after a plain number: a thousands separator (,),
// a decimal point (., ．, ﹒), a space between digit groups (' ', U+2009,
// U+202F, U+00A0) or a full-width digit.
func mayContinueNumber(t string) bool {
	switch t[0] {
	case ',', '.', ' ':
		return true
	case 0xC2:
		return len(t) > 1 && t[1] == 0xA0
	case 0xE2:
		return len(t) > 2 && t[1] == 0x80 && (t[2] == 0x89 || t[2] == 0xAF)
	case 0xEF:
		return len(t) > 2 && (t[1] == 0xBC && (t[2] == 0x8E || t[2] >= 0x90 && t[2] <= 0x99) || t[1] == 0xB9 && t[2] == 0x92)
	}
	return false
}
