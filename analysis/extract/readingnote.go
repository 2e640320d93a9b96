package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
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
	j := noteOpen(s, i)
	if j == i {
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
	toneless := 0 // 1 when the text carries toneless notes, -1 when not, 0 not yet looked at
	for i := nextBracket(0); i < len(s); i = nextBracket(i + 1) {
		n := readingNote(s, i)
		if n == 0 && toneless >= 0 && i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z' {
			if toneless == 0 {
				toneless = -1
				if manyTonelessNotes(s) {
					toneless = 1
				}
			}
			if toneless > 0 {
				n = tonelessNote(s, i, last == i && len(shifts) > 0) // 市(shi), 長(chang)(chang)
			}
		}
		if n == 0 {
			n = abbreviationNote(s, i) // 增长（以下简称“增长”）7.2%
		}
		if n == 0 {
			n = baseNote(s, i) // 性别比(以女性为100，男性对女性的比例)为104.33
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

// stripDocumentNotes is stripReadingNotes for a document: a copy of d with
// the reading notes cut from its headings', paragraphs' and tables' texts
// (caption, unit line, notes, cells), the notes cut from d.Text() (offsets
// of the copy's Text), and whether any note was; d itself when none was.
func stripDocumentNotes(d *doc.Document) (*doc.Document, []noteShift, bool) {
	var nd *doc.Document
	var shifts []noteShift
	off, cum := 0, 0 // in the copy's Text; bytes cut before off
	clone := func() {
		if nd == nil {
			c := *d
			c.Blocks = slices.Clone(d.Blocks)
			nd = &c
		}
	}
	for i, b := range d.Blocks {
		if b.Kind == doc.Paragraph || b.Kind == doc.Heading {
			t, sh := stripReadingNotes(b.Text)
			if sh != nil {
				clone()
				nd.Blocks[i].Text = t
				for _, s := range sh {
					shifts = append(shifts, noteShift{at: off + s.at, cum: cum + s.cum})
				}
				cum = shifts[len(shifts)-1].cum
			}
			off += len(t) + 1
			continue
		}
		if b.Table == nil {
			continue
		}
		if t, ok := stripTableNotes(b.Table); ok {
			clone()
			nd.Blocks[i].Table = t
		}
	}
	if nd == nil {
		return d, nil, false
	}
	return nd, shifts, true
}

// stripTableNotes is a copy of t with the reading notes cut from its
// caption, unit line, notes and cells, and whether any note was; t itself
// when none was.
func stripTableNotes(t *doc.Table) (*doc.Table, bool) {
	cut := false
	strip := func(s string) string {
		n, sh := stripReadingNotes(s)
		if sh != nil {
			cut = true
		}
		return n
	}
	nt := *t
	nt.Caption, nt.Unit = strip(t.Caption), strip(t.Unit)
	nt.Notes = make([]string, len(t.Notes))
	for k, n := range t.Notes {
		nt.Notes[k] = strip(n)
	}
	nt.Rows = make([][]doc.Cell, len(t.Rows))
	for r, row := range t.Rows {
		nt.Rows[r] = make([]doc.Cell, len(row))
		for c, cell := range row {
			cell.Text = strip(cell.Text)
			nt.Rows[r][c] = cell
		}
	}
	if !cut {
		return t, false
	}
	return &nt, true
}

// restoreDocumentNotes gives the figures ExtractDocument read from the
// copy of written without reading notes (stripDocumentNotes, which cut
// shifts from its Text) their places and sentences as written: a prose
// figure its offsets in written.Text(), a cell's figure its row's cells as
// written, a table note's figure its sentence in the note as written.
func restoreDocumentNotes(figs []Figure, written *doc.Document, shifts []noteShift) {
	if shifts != nil {
		restoreNoteOffsets(figs, written.Text(), shifts)
	}
	tables := written.Tables()
	for i := range figs {
		f := &figs[i]
		k := f.Source.Table
		if f.InInput() || k < 1 || k > len(tables) || f.Sentence == "" {
			continue
		}
		t := tables[k-1]
		if f.Source.Row < 0 {
			f.Sentence = noteSentenceAsWritten(t.Notes, f.Sentence)
			continue
		}
		if r := f.Source.Row; r < t.NumRows() {
			texts := make([]string, 0, t.NumCols())
			for c := 0; c < t.NumCols(); c++ {
				texts = append(texts, t.At(r, c).Text)
			}
			row := strings.Join(texts, " | ")
			if s, _ := stripReadingNotes(row); s == f.Sentence {
				f.Sentence = row
			}
		}
	}
}

// noteSentenceAsWritten is sent, a sentence read from a table's note
// without its reading notes, as one of notes writes it; sent itself when
// no note holds it.
func noteSentenceAsWritten(notes []string, sent string) string {
	for _, n := range notes {
		s, sh := stripReadingNotes(n)
		if sh == nil {
			continue
		}
		if a := strings.Index(s, sent); a >= 0 {
			return n[origOffset(sh, a, false):origOffset(sh, a+len(sent), true)]
		}
	}
	return sent
}

// noteOpen is the end of the opening bracket of a note at s[i:], ( or （;
// i when there is none.
func noteOpen(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "("):
		return i + 1
	case strings.HasPrefix(s[i:], "（"):
		return i + len("（")
	}
	return i
}
