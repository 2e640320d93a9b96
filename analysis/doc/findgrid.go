package doc

import (
	"strings"
	"unicode/utf8"
)

// LineKind is how a line of text can take part in an aligned table.
type LineKind uint8

// Line kinds of AlignedLine.
const (
	// NotAligned is a line no aligned table holds: a sentence, a unit,
	// caption or note line, a field over 40 characters.
	NotAligned LineKind = iota
	// BlankLine is an empty line, allowed between a table's rows.
	BlankLine
	// SingleField is a line of one field: a header piece or a label alone.
	SingleField
	// FieldsLine is a line of two fields or more.
	FieldsLine
)

// AlignedLine is the rule for a line of an aligned table: no sentence end
// (。；！？) and no | (a pipe table's), at most maxRowBytes long, not a unit line (UnitLine), caption
// (IsCaptionLine) or note (IsNoteLine), its fields (AlignedFields) at most
// 40 characters, a line of one field at most 30.
func AlignedLine(s string, opt GridOptions) (LineKind, []Field) {
	return alignedLine(s, opt, nil)
}

// AlignedLineKind is AlignedLine's kind of line, its fields made in buf
// (a buffer to reuse), which it returns.
func AlignedLineKind(s string, opt GridOptions, buf []Field) (LineKind, []Field) {
	k, fs := alignedLine(s, opt, buf)
	if fs != nil {
		buf = fs[:0]
	}
	return k, buf
}

// AppendAlignedLine is AlignedLine with the line's fields appended to dst
// (a buffer the caller reuses for the lines of a block, so that a line
// costs no allocation of its own): it returns the kind and dst with the
// fields of a line of fields (SingleField, FieldsLine) at its end.
func AppendAlignedLine(dst []Field, s string, opt GridOptions) (LineKind, []Field) {
	k, fs := alignedLine(s, opt, dst[len(dst):])
	if fs == nil {
		return k, dst
	}
	return k, joinFields(dst, fs)
}

// appendLineFields is AlignedFields(s, base, opt) appended to dst.
func appendLineFields(dst []Field, s string, base int, opt GridOptions) []Field {
	return joinFields(dst, appendAlignedFields(dst[len(dst):], s, base, opt))
}

// joinFields is append(dst, fs...) for fields made in dst[len(dst):]: when
// they are still there (they fitted), dst is only extended over them.
func joinFields(dst, fs []Field) []Field {
	n := len(dst)
	if len(fs) > 0 && n < cap(dst) && &dst[:n+1][n] == &fs[0] {
		return dst[:n+len(fs)]
	}
	return append(dst, fs...)
}

// alignedLine is AlignedLine, its fields appended to buf[:0].
func alignedLine(s string, opt GridOptions, buf []Field) (LineKind, []Field) {
	t := trimSpace(s)
	if t == "" {
		return BlankLine, nil
	}
	if len(t) > maxRowBytes || hasStopOrPipe(t) || IsCaptionLine(t) || IsNoteLine(t) {
		return NotAligned, nil
	}
	if _, ok := UnitLine(t); ok {
		return NotAligned, nil
	}
	fs := appendAlignedFields(buf, s, 0, opt)
	for _, f := range fs {
		if utf8.RuneCountInString(f.Text) > 40 {
			return NotAligned, nil
		}
	}
	switch {
	case len(fs) >= 2:
		return FieldsLine, fs
	case len(fs) == 1 && utf8.RuneCountInString(fs[0].Text) <= 30:
		return SingleField, fs
	}
	return NotAligned, nil
}

// hasStopOrPipe is strings.ContainsAny(t, "。；;！？|｜") in one pass over
// the bytes.
func hasStopOrPipe(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case ';', '|':
			return true
		case 0xE3: // 。 E3 80 82
			if i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x82 {
				return true
			}
		case 0xEF: // ；EF BC 9B, ！EF BC 81, ？EF BC 9F, ｜EF BD 9C
			if i+2 < len(t) && (t[i+1] == 0xBC && (t[i+2] == 0x9B || t[i+2] == 0x81 || t[i+2] == 0x9F) || t[i+1] == 0xBD && t[i+2] == 0x9C) {
				return true
			}
		}
	}
	return false
}

// maxRowBytes bounds a line of an aligned table: 24 columns of 40
// characters at most, and a long line without a sentence end costs no
// more than a glance.
const maxRowBytes = 24 * 40 * 3

// maxHeaderLines bounds the header of an aligned table: pdftotext writes a
// two-level header whose cells wrap in up to six lines.
const maxHeaderLines = 6

// AlignedFound is a table FindAligned found: the indexes in the block of
// its first line and of the line after its last, and the table.
type AlignedFound struct {
	Start, End int
	Table      *Table
}

// FindAligned finds the aligned tables in a block of lines that
// AlignedLine admits (the caller's block runs to the first line it does
// not, or to two blank lines). A table's rows are the lines from one with
// two numeric fields or more to the last such line before a line of
// fields with no number (the header of the next table: 信息内容 | 本年新制作数量
// …) or the block's end, and a label-only line right after its last row
// when that row's numbers stand alone or blank lines part the rows and
// one follows it (the end of a label wrapped round them); its header is at most six lines above its first numeric line,
// after the previous table, with one blank line between at most,
// stopping at a line of one field that is not indented over a line of
// fields and at a numbered heading (一、…). Lines make a table when two or
// more of them have two numeric fields, a header stands above them, and
// the grid (AlignedTable) has a column of numbers in two rows. Unless
// opt.OneColumn is set, the width of wide characters is chosen by
// AlignedWidths for each table.
func FindAligned(block []TextLine, opt GridOptions) []AlignedFound {
	read := make([]AlignedRead, len(block))
	for i, ln := range block {
		read[i].Kind, read[i].Fields = AlignedLine(ln.Text, opt)
	}
	return FindAlignedRead(block, read, opt)
}

// AlignedRead is a line as AlignedLine reads it: its kind and its fields.
type AlignedRead struct {
	Kind   LineKind
	Fields []Field
}

// FindAlignedRead is FindAligned for a block whose lines the caller has
// read already: read[i] must be what AlignedLine(block[i].Text, opt)
// returns. Each line is then split into fields once, not once per rule
// that looks at it.
func FindAlignedRead(block []TextLine, read []AlignedRead, opt GridOptions) []AlignedFound {
	type gl struct {
		kind    LineKind
		fs      []Field
		numRow  bool
		header  bool // a line of fields with no number: a header
		wrapped bool // numbers with their label wrapped round them (wrappedNumbers)
	}
	lines := make([]gl, len(block))
	for i := range block {
		k, fs := read[i].Kind, read[i].Fields
		lines[i] = gl{kind: k, fs: fs, numRow: k == FieldsLine && numericAfterFirst(fs) >= 2,
			header: k == FieldsLine && !fieldsHaveNumber(fs) && !LooksNumeric(fs[0].Text)}
	}
	for i := range lines {
		if !lines[i].numRow && wrappedNumbers(lines[i].kind, lines[i].fs, read, i) {
			lines[i].numRow, lines[i].wrapped = true, true
		}
	}
	// fieldsAt is AlignedFields(block[i].Text, 0, opt): the fields read
	// for a line of fields, split anew for a blank line or one AlignedLine
	// does not admit (its fields are not kept).
	fieldsAt := func(i int) []Field {
		if k := read[i].Kind; k == FieldsLine || k == SingleField {
			return read[i].Fields
		}
		return AlignedFields(block[i].Text, 0, opt)
	}
	var out []AlignedFound
	from := 0
	for from < len(lines) {
		first := from
		for first < len(lines) && !lines[first].numRow {
			first++
		}
		if first == len(lines) {
			break
		}
		// the rows: up to the next header line after a numeric row
		last, numRows := first, 0
		for j := first; j < len(lines); j++ {
			if lines[j].header {
				break
			}
			if lines[j].numRow {
				last = j
				numRows++
			}
		}
		blankRows := false // blank lines part the rows
		for j := first; j < last; j++ {
			blankRows = blankRows || lines[j].kind == BlankLine
		}
		if last+1 < len(lines) && lines[last+1].kind == SingleField && len(lines[last].fs) > 0 &&
			(lines[last].fs[0].Start > 0 && LooksNumeric(lines[last].fs[0].Text) || blankRows && (last+2 == len(lines) || lines[last+2].kind == BlankLine)) {
			last++
		}
		next := last + 1
		if lines[first].wrapped && first > from && lines[first-1].kind == SingleField {
			first-- // the first row starts with its label's first piece
		}
		start, taken := first, 0
		for start > from && taken < maxHeaderLines {
			p := lines[start-1]
			if p.kind == BlankLine {
				if start-2 >= from && lines[start-2].kind != BlankLine && taken == 0 {
					start-- // one blank line between the header and the rows
					continue
				}
				break
			}
			if p.kind != SingleField && p.kind != FieldsLine {
				break
			}
			taken++
			if p.kind == SingleField && p.fs[0].Start < 4 && lines[start].kind != FieldsLine {
				break
			}
			if p.kind == SingleField && isNumberedHeading(p.fs[0].Text) {
				break
			}
			start--
		}
		for start < first && lines[start].kind == BlankLine {
			start++
		}
		from = next
		if start == first || numRows < 2 {
			continue // no header, or one row: no table
		}
		tl := block[start:next]
		fields := make([][]Field, len(tl))
		for k := range tl {
			fields[k] = fieldsAt(start + k)
		}
		o := opt
		if !o.OneColumn {
			var oneFields [][]Field
			if o, oneFields = alignedWidths(tl, fields, o); o.OneColumn {
				fields = oneFields
			}
		}
		t, err := alignedTable(tl, atOffsets(tl, fields), o)
		if err != nil || t == nil || t.NumCols() < 2 || !columnOfNumbers(t) {
			continue
		}
		out = append(out, AlignedFound{Start: start, End: next, Table: t})
	}
	return out
}

// wrappedNumbers is the rule for a row whose label wraps round its
// numbers (pdftotext of a narrow label column: 全市规模以上工业企业实现营 /
// 3521.6  6.3 / 业收入): an indented line of two numbers or more and
// nothing else, with the label's pieces alone on the lines just above or
// below it, left of its numbers.
func wrappedNumbers(k LineKind, fs []Field, read []AlignedRead, i int) bool {
	if k != FieldsLine || fs[0].Start == 0 || !LooksNumeric(fs[0].Text) || numericAfterFirst(fs) != len(fs)-1 {
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(read) {
			continue
		}
		if kj, fj := read[j].Kind, read[j].Fields; kj == SingleField && fj[0].End <= fs[0].Start+2 && !LooksNumeric(fj[0].Text) {
			return true
		}
	}
	return false
}

// numericAfterFirst counts the fields after the first that are numbers.
func numericAfterFirst(fs []Field) int {
	n := 0
	for k, f := range fs {
		if k > 0 && LooksNumeric(f.Text) {
			n++
		}
	}
	return n
}

// isNumberedHeading reports a line written as a numbered heading (一、…,
// （一）…, 第一章 …): no header of a table below it.
func isNumberedHeading(t string) bool {
	const cn = "一二三四五六七八九十百"
	r, n := utf8.DecodeRuneInString(t)
	switch {
	case strings.ContainsRune(cn, r):
		return strings.HasPrefix(strings.TrimLeft(t[n:], cn), "、")
	case r == '第':
		rest := strings.TrimLeft(t[n:], cn)
		return len(rest) < len(t[n:]) && (strings.HasPrefix(rest, "章") || strings.HasPrefix(rest, "节") || strings.HasPrefix(rest, "部分"))
	case r == '（' || r == '(':
		rest := strings.TrimLeft(t[n:], cn)
		return len(rest) < len(t[n:]) && (strings.HasPrefix(rest, "）") || strings.HasPrefix(rest, ")"))
	}
	return false
}

// columnOfNumbers is the rule for a grid that is a table: some column
// right of the first holds numbers in at least two rows.
func columnOfNumbers(t *Table) bool {
	for c := 1; c < t.NumCols(); c++ {
		n := 0
		for r := 0; r < t.NumRows(); r++ {
			if t.IsOrigin(r, c) && LooksNumeric(t.At(r, c).Text) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// AlignedWidths is the rule for how the characters of an aligned table
// take columns: two for a Chinese character as typed text and editors draw
// them, or one as pdftotext -layout lays a PDF's table out — the one under
// which the numbers of the rows line up on fewer edges, right edges
// (numbers set right) or left ones (set left), whichever line up better;
// a tie keeps opt. It returns opt with OneColumn set accordingly.
func AlignedWidths(lines []TextLine, opt GridOptions) GridOptions {
	two := opt
	two.OneColumn = false
	fields := make([][]Field, len(lines))
	for i, ln := range lines {
		fields[i] = AlignedFields(ln.Text, 0, two)
	}
	o, _ := alignedWidths(lines, fields, opt)
	return o
}

// alignedWidths is AlignedWidths given the lines' fields under opt with
// OneColumn unset (AlignedFields(lines[i].Text, 0, …)); it returns the
// fields under OneColumn too (the same texts at other columns).
func alignedWidths(lines []TextLine, fields [][]Field, opt GridOptions) (GridOptions, [][]Field) {
	spread := func(fields [][]Field) int {
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, fs := range fields {
			for k, f := range fs {
				if k > 0 && LooksNumeric(f.Text) {
					starts[f.Start] = true
					ends[f.End] = true
				}
			}
		}
		return min(len(starts), len(ends))
	}
	one := opt
	one.OneColumn = true
	oneFields := make([][]Field, len(lines))
	var all []Field
	for i, ln := range lines {
		k := len(all)
		all = appendLineFields(all, ln.Text, 0, one)
		oneFields[i] = all[k:len(all):len(all)]
	}
	if spread(oneFields) < spread(fields) {
		return one, oneFields
	}
	return opt, oneFields
}

// atOffsets is fields (of lines, at offset 0) at the lines' offsets in
// the input, in new slices.
func atOffsets(lines []TextLine, fields [][]Field) [][]Field {
	n := 0
	for _, fs := range fields {
		n += len(fs)
	}
	all := make([]Field, 0, n)
	out := make([][]Field, len(fields))
	for i, fs := range fields {
		k := len(all)
		for _, f := range fs {
			f.Offset += lines[i].Offset
			all = append(all, f)
		}
		out[i] = all[k:len(all):len(all)]
	}
	return out
}
