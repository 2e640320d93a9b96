package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Reading notes. Some stored copies of pages in traditional script carry
// the pinyin of a character in brackets after it (統(tǒng)計(jì), 收入20348萬(wàn)元,
// 同比增長(zhǎng)8.2%): a reading aid a converter left, no part of the words.
// Read with them, 萬(wàn)元 is no unit and 增長(zhǎng) no verb of change. The text
// is read through a copy without them (stripReadingNotes), and the
// figures' offsets are taken back to the text as written (noteShifts).

// readingNote is the rule for a reading note at s[i:]: an opening bracket
// right after a Han character, one to six Latin letters of which at least
// one carries a tone mark (ā á ǎ à …), and the closing bracket. It returns
// the note's byte length, 0 if there is none at i.
func readingNote(s string, i int) int {
	j := i
	switch {
	case strings.HasPrefix(s[i:], "("):
		j++
	case strings.HasPrefix(s[i:], "（"):
		j += len("（")
	default:
		return 0
	}
	if r, _ := runeBefore(s, i); !isHan(r) {
		return 0
	}
	letters, toned := 0, false
	for j < len(s) && letters <= 6 {
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case r >= 'a' && r <= 'z':
		case isTonedVowel(r):
			toned = true
		case r == ')' || r == '）':
			if letters == 0 || !toned {
				return 0
			}
			return j + n - i
		default:
			return 0
		}
		letters++
		j += n
	}
	return 0
}

// isTonedVowel reports a pinyin vowel with a tone mark (or ü).
func isTonedVowel(r rune) bool {
	return strings.ContainsRune("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü", r)
}

// noteShift records a reading note cut out of the text: at offset at of
// the copy without notes, its bytes were removed; cum is the byte count of
// all the notes cut up to and including it.
type noteShift struct{ at, cum int }

// stripReadingNotes returns s without its reading notes (readingNote) and
// notes of abbreviation (abbreviationNote), and where they were cut; s itself and nil when it has none.
func stripReadingNotes(s string) (string, []noteShift) {
	var b []byte
	var shifts []noteShift
	last := 0
	// Only a bracket starts a note: the next ( and （ at or after i are
	// looked for with byte searches and kept, so the text is scanned once.
	paren, full := -1, -1
	nextBracket := func(i int) int {
		if paren < i {
			paren = len(s)
			if k := strings.IndexByte(s[i:], '('); k >= 0 {
				paren = i + k
			}
		}
		if full < i {
			full = indexFullOpen(s, i)
		}
		return min(paren, full)
	}
	for i := nextBracket(0); i < len(s); i = nextBracket(i + 1) {
		n := readingNote(s, i)
		if n == 0 {
			n = abbreviationNote(s, i) // 增长（以下简称“增长”）7.2%
		}
		if n == 0 {
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[last:i]...)
		cum := n
		if len(shifts) > 0 {
			cum += shifts[len(shifts)-1].cum
		}
		shifts = append(shifts, noteShift{at: len(b), cum: cum})
		last = i + n
		i += n - 1
	}
	if b == nil {
		return s, nil
	}
	b = append(b, s[last:]...)
	return string(b), shifts
}

// indexFullOpen is the offset of the first （ (EF BC 88) in s at or after
// i, len(s) if none: its last two bytes are looked for, rarer in Chinese
// text than its first, and the byte before each match checked.
func indexFullOpen(s string, i int) int {
	for j := i + 1; j < len(s); {
		k := strings.Index(s[j:], "\xbc\x88")
		if k < 0 {
			break
		}
		if p := j + k - 1; s[p] == 0xEF {
			return p
		}
		j += k + 1
	}
	return len(s)
}

// origOffset takes an offset of the copy without notes back to the text as
// written: a start offset (end false) lands after a note cut there, an end
// offset before it.
func origOffset(shifts []noteShift, p int, end bool) int {
	k := sort.Search(len(shifts), func(k int) bool {
		if end {
			return shifts[k].at >= p
		}
		return shifts[k].at > p
	})
	if k == 0 {
		return p
	}
	return p + shifts[k-1].cum
}

// restoreNoteOffsets gives the figures read from the copy without notes
// their offsets, and their sentences, in orig, the text as written.
func restoreNoteOffsets(figs []Figure, orig string, shifts []noteShift) {
	for i := range figs {
		f := &figs[i]
		if !f.InInput() {
			continue
		}
		f.Span = [2]int{origOffset(shifts, f.Span[0], false), origOffset(shifts, f.Span[1], true)}
		f.SentenceSpan = [2]int{origOffset(shifts, f.SentenceSpan[0], false), origOffset(shifts, f.SentenceSpan[1], true)}
		f.Sentence = orig[f.SentenceSpan[0]:f.SentenceSpan[1]]
	}
}
