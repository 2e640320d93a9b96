package doc

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// This file holds the one reader of tables written as text without | cells:
// box-drawn tables (│ cells between ┌─┬─┐ borders, or the ASCII grid
// +----+ with |) and tables whose cells are aligned by runs of spaces (as
// pdftotext -layout writes the tables of a PDF, and as statistical
// yearbooks are copied). Both turn lines of text into a Table whose cells
// keep the byte offset of their text in the input (Cell.Source.Offset), so
// a reader can point back at the number it took. analysis/ingest reads text
// documents with them and analysis/extract reads the tables of plain text.

// TextLine is one line of a text input as the text table readers take it.
type TextLine struct {
	// Text is the line without its line ending.
	Text string
	// Offset is the byte offset of Text in the input.
	Offset int
	// Line is the 1-based line number, 0 if unknown.
	Line int
}

// GridOptions say how the characters of a text take display columns and
// how large a table may grow.
type GridOptions struct {
	// OneColumn gives every character one display column, as pdftotext
	// -layout output does; otherwise East Asian wide and full-width
	// characters (汉字, full-width digits, U+3000) take two.
	OneColumn bool
	// AmbiguousWide gives the characters of ambiguous East Asian width
	// (box-drawing characters, ①, …) two columns, as a CJK terminal or
	// editor draws them. BoxTable decides it by itself.
	AmbiguousWide bool
	// Limit caps the table's grid positions (Builder.Limit); 0 means
	// MaxCells.
	Limit int
}

// RuneWidth is the display width of r under opt: 1, or 2 for East Asian
// wide and full-width characters (and ambiguous ones when
// opt.AmbiguousWide), always 1 with opt.OneColumn; a tab counts 2.
func RuneWidth(r rune, opt GridOptions) int {
	if r == '\t' {
		return 2
	}
	if opt.OneColumn || r < 0x1100 {
		return 1
	}
	if r >= 0x4E00 && r <= 0x9FFF {
		return 2 // CJK Unified Ideographs: all wide (TestRuneWidthHan)
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	case width.EastAsianAmbiguous:
		if opt.AmbiguousWide {
			return 2
		}
	}
	return 1
}

// Field is a run of text on a line of an aligned table: its text, the
// byte offset of the text in the input, and the display columns
// [Start, End) it takes.
type Field struct {
	Text       string
	Offset     int
	Start, End int
}

// AlignedFields splits a line at runs of white space at least two columns
// wide (two spaces, one ideographic space U+3000, a tab), giving each
// field's display columns under opt. base is the line's byte offset in the
// input.
func AlignedFields(s string, base int, opt GridOptions) []Field {
	return appendAlignedFields(nil, s, base, opt)
}

// appendAlignedFields is AlignedFields appending to dst[:0] (a buffer to
// reuse).
func appendAlignedFields(dst []Field, s string, base int, opt GridOptions) []Field {
	fs := dst[:0]
	col := 0
	inField := false
	var cur Field
	from, to := 0, 0 // byte span of the current field
	gap := 0
	for i, r := range s {
		w := RuneWidth(r, opt)
		if r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' {
			if r == '\u3000' {
				w = 2 // a full-width space is a gap whatever the font
			}
			gap += w
			if inField && gap >= 2 {
				cur.Text = s[from:to]
				fs = append(fs, cur)
				inField = false
			}
			col += w
			continue
		}
		if !inField {
			cur = Field{Offset: base + i, Start: col}
			from = i
			inField = true
		}
		gap = 0
		col += w
		cur.End = col
		to = i + utf8.RuneLen(r)
		if r == utf8.RuneError {
			to = i + 1
		}
	}
	if inField {
		cur.Text = s[from:to]
		fs = append(fs, cur)
	}
	for k := 0; k < len(fs); k++ {
		if parts := splitNumberRun(fs[k], base, s, opt); parts != nil {
			fs = append(fs[:k], append(parts, fs[k+1:]...)...)
			k += len(parts) - 1
		}
	}
	return fs
}

// fieldTokens splits a field at its single spaces, each token with its
// offset and display columns.
func fieldTokens(f Field, opt GridOptions) []Field {
	var out []Field
	col, off := f.Start, f.Offset
	for _, t := range strings.Split(f.Text, " ") {
		w := 0
		for _, r := range t {
			w += RuneWidth(r, opt)
		}
		if t != "" {
			out = append(out, Field{Text: t, Offset: off, Start: col, End: col + w})
		}
		col += w + 1
		off += len(t) + 1
	}
	return out
}

// splitNumberRun is the rule for the numbers a PDF's text sets one space
// apart when its columns are tight (1,520,300.50 1,380,200.00 10.15, or
// 东的扣除非经常性 60,300.00): the numbers at the end of a field, each
// separated by one space, are fields of their own, as is the text before
// them. nil when the field does not end with such numbers, or is one
// number alone.
func splitNumberRun(f Field, base int, line string, opt GridOptions) []Field {
	sp := strings.LastIndexByte(f.Text, ' ')
	if sp < 0 {
		return nil
	}
	if last := f.Text[sp+1:]; !LooksNumeric(last) && !IsMark(last) {
		return nil // the field does not end with a number
	}
	toks := strings.Split(f.Text, " ")
	n, nums := 0, 0
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if LooksNumeric(t) {
			nums++
		} else if !IsMark(t) {
			break
		}
		n++
	}
	if nums == 0 || n == 0 {
		return nil
	}
	first := len(toks) - n
	var out []Field
	col, off := f.Start, f.Offset
	for k, t := range toks {
		w := 0
		for _, r := range t {
			w += RuneWidth(r, opt)
		}
		switch {
		case k < first:
			if k == 0 {
				out = append(out, Field{Text: t, Offset: off, Start: col, End: col + w})
			} else {
				last := &out[len(out)-1]
				last.Text += " " + t
				last.End = col + w
			}
		default:
			out = append(out, Field{Text: t, Offset: off, Start: col, End: col + w})
		}
		col += w + 1
		off += len(t) + 1
	}
	return out
}

// placed is a cell of a text table on its way to the grid: the grid
// columns [lo, hi] it covers, its text, where the text starts and the
// display columns it ends at.
type placed struct {
	lo, hi  int
	text    string
	off     int // byte offset in the input, -1 if none
	line    int
	end     int  // display column after the text
	rs      int  // rows the cell spans; 0 or 1 for one
	strokes bool // a piece of a box-drawn border, not a cell
	run     int  // a header word of a run of run words set together, 0 if none
}

// gridRow is a row of placed cells, left to right.
type gridRow []placed

// numeric reports whether the row has a number or a missing mark right of
// its first column.
func (r gridRow) numeric() bool {
	for _, p := range r {
		if p.lo > 0 && (LooksNumeric(p.text) || IsMark(p.text)) {
			return true
		}
	}
	return false
}

// labelOnly reports a row of one text in the first column: a label alone
// on its line.
func (r gridRow) labelOnly() bool {
	return len(r) == 1 && r[0].lo == 0 && !LooksNumeric(r[0].text)
}

// label is the row's first-column cell, nil if none.
func (r gridRow) label() *placed {
	if len(r) > 0 && r[0].lo == 0 {
		return &r[0]
	}
	return nil
}

// JoinWrapped is the rule for joining the pieces of a cell's text that a
// table wrapped over several lines: nothing between Chinese characters
// (本年比上年 + 增减(%) → 本年比上年增减(%)), a space between two Latin
// letters or digits (Net + profit → Net profit).
func JoinWrapped(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if isLatinAlnum(ra) && isLatinAlnum(rb) {
		return a + " " + b
	}
	return a + b
}

// maxCellText caps the text a cell collects from wrapped pieces, so that a
// run of thousands of lines in one cell costs linear time.
const maxCellText = 4096

// appendWrapped is JoinWrapped for a cell collecting its pieces, which
// stops growing at maxCellText bytes.
func appendWrapped(a, b string) string {
	if len(a) >= maxCellText {
		return a
	}
	return JoinWrapped(a, b)
}

func isLatinAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// build lays out the rows in a Table of ncols columns. A cell spanning
// rows (rs > 1) covers its columns in the rows below it, which then place
// nothing there.
func build(rows []gridRow, ncols int, opt GridOptions) (*Table, error) {
	b := Builder{Limit: opt.Limit}
	if n := len(rows) * ncols; n <= b.limit() {
		b.cells = make([]Cell, 0, n) // most rows fill every column
	}
	covered := make([]int, ncols) // per column: the first row no cell from above covers
	for i, r := range rows {
		b.Row()
		line := 0
		if len(r) > 0 {
			line = r[0].line
		}
		next := 0
		fill := func(to int) {
			for ; next < to && next < ncols; next++ {
				if covered[next] <= i {
					b.Cell("", 1, 1, Source{Offset: -1, Line: line})
				}
			}
		}
		for _, p := range r {
			if p.lo < next || p.lo >= ncols {
				continue
			}
			fill(p.lo)
			hi := min(p.hi, ncols-1)
			free := true
			for c := p.lo; c <= hi; c++ {
				free = free && covered[c] <= i
			}
			if !free {
				continue // under a cell from above: its text is lost
			}
			rs := max(p.rs, 1)
			b.Cell(p.text, rs, hi-p.lo+1, Source{Offset: p.off, Line: p.line})
			for c := p.lo; c <= hi; c++ {
				covered[c] = i + rs
			}
			next = hi + 1
		}
		fill(ncols)
	}
	return b.Table()
}

// joinWrappedLabels is the rule for row labels a table wrapped over two or
// three lines, in the data rows (those from the first numeric row on):
//
//   - a row of numbers with no label between two label-only lines takes
//     both as its label (a label centred on two lines, the numbers on a
//     line of their own between them, as pdftotext writes a cell that
//     wraps): 归属于上市公司股东的扣除非经 / numbers / 常性损益的净利润;
//     with a label-only line above it only, that one;
//   - a label-only line right below a labelled row of numbers continues
//     that label when the label fills its column (it was cut at the
//     column's edge) and the line is not itself the first half of the
//     next row's label.
//
// Other label-only lines stay rows of their own (a group: 其中, 第一产业).
func joinWrappedLabels(rows []gridRow) []gridRow {
	first := 0
	for first < len(rows) && !rows[first].numeric() {
		first++
	}
	if first == len(rows) {
		return rows
	}
	labelEnd := 0 // the label column's right edge in the data rows
	for _, r := range rows[first:] {
		if l := r.label(); l != nil && r.numeric() {
			labelEnd = max(labelEnd, l.end)
		}
	}
	// a row of numbers alone: no text in any cell (a row labelled in an
	// inner label column is not one)
	emptyLabelNumeric := func(i int) bool {
		if i >= len(rows) || !rows[i].numeric() || rows[i].label() != nil {
			return false
		}
		for _, p := range rows[i] {
			if !LooksNumeric(p.text) && !IsMark(p.text) {
				return false
			}
		}
		return true
	}
	out := append([]gridRow(nil), rows[:first]...)
	for i := first; i < len(rows); i++ {
		r := rows[i]
		switch {
		case r.labelOnly() && emptyLabelNumeric(i+1):
			// the first part of the next row's label
			nr := append(gridRow{}, rows[i+1]...)
			lab := r[0]
			if i+2 < len(rows) && rows[i+2].labelOnly() && !emptyLabelNumeric(i+3) {
				lab.text = appendWrapped(lab.text, rows[i+2][0].text)
				lab.end = max(lab.end, rows[i+2][0].end)
				i++
			}
			// the label keeps to the columns left of the numbers
			lab.hi = min(lab.hi, nr[0].lo-1)
			out = append(out, append(gridRow{lab}, nr...))
			i++
		case r.numeric() && r.label() != nil && i+1 < len(rows) && rows[i+1].labelOnly() &&
			!emptyLabelNumeric(i+2) && r.label().end >= labelEnd-2 && rows[i+1][0].end <= labelEnd &&
			utf8.RuneCountInString(r.label().text) >= 6 && !isGroupLabel(rows[i+1][0].text):
			nr := append(gridRow{}, r...)
			nr[0].text = appendWrapped(nr[0].text, rows[i+1][0].text)
			out = append(out, nr)
			i++
		default:
			out = append(out, r)
		}
	}
	return out
}

// isGroupLabel reports a label that heads the rows below it rather than
// continuing the one above: 其中, a text ending in a colon, a numbered
// heading (一、 （一） 1.).
func isGroupLabel(t string) bool {
	t = trimSpace(t)
	if strings.HasPrefix(t, "其中") || strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune("一二三四五六七八九十（(0123456789#＃△*", r)
}

// stackHeaderLines is the rule for header text wrapped over several lines
// of an aligned table (本年比上年 over 增减(%) in the same column): the
// header lines before the first numeric row merge into one header row
// while each cell of a line lies under a cell of the same columns or
// under nothing; a line whose cell straddles a cell of the lines above
// (调整前 | 调整后 under 2022年) starts a header row of its own.
func stackHeaderLines(rows []gridRow, group []int) []gridRow {
	first := 0
	for first < len(rows) && !rows[first].numeric() {
		first++
	}
	if first < len(rows) && first > 0 && rows[first-1].labelOnly() && group[first-1] == group[first] && (first < 2 || group[first-2] != group[first-1]) {
		first-- // the first piece of a label wrapped round the first row's numbers
	}
	if first < 2 {
		return append(rows[:first:first], dataRows(rows[first:], group[first:])...)
	}
	var out []gridRow
	cur := append(gridRow{}, rows[0]...)
	for i := 1; i < first; i++ {
		if merged, ok := stackRow(cur, rows[i]); ok {
			cur = merged
			continue
		}
		out = append(out, cur)
		cur = append(gridRow{}, rows[i]...)
	}
	out = append(out, cur)
	for _, r := range out {
		for k := range r {
			r[k].text = closeFontSpaces(r[k].text)
		}
	}
	return append(out, dataRows(rows[first:], group[first:])...)
}

// closeFontSpaces is the rule for the single spaces a PDF's text puts
// where the font changes between digits and Chinese characters in a header
// (2023 年 → 2023年, 本年比上年增减 (%) stays): a space between a digit
// and a Chinese character goes.
func closeFontSpaces(t string) string {
	if !strings.Contains(t, " ") {
		return t
	}
	var b strings.Builder
	prev := rune(0)
	for i, r := range t {
		if r == ' ' && i+1 < len(t) {
			next, _ := utf8.DecodeRuneInString(t[i+1:])
			if prev >= '0' && prev <= '9' && isCJK(next) || isCJK(prev) && next >= '0' && next <= '9' {
				continue
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// stackRow merges the header line b under the row a when every cell of b
// covers the same columns as the cell of a it overlaps, or overlaps none.
func stackRow(a, b gridRow) (gridRow, bool) {
	out := append(gridRow{}, a...)
	for _, p := range b {
		k := -1
		for j, q := range out {
			if p.hi >= q.lo && p.lo <= q.hi {
				if p.lo != q.lo || p.hi != q.hi || k >= 0 {
					return nil, false
				}
				k = j
			}
		}
		if k >= 0 {
			out[k].text = appendWrapped(out[k].text, p.text)
			out[k].end = max(out[k].end, p.end)
			continue
		}
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].lo < out[j].lo })
	return out, true
}

// AlignedTable lays out lines whose cells are aligned by runs of spaces
// (AlignedFields) as a Table. The columns are the runs of display columns
// that some data row (a row with a number or a missing mark after its
// first field) writes in; the gaps between them are blank in every data
// row. Each field goes to the columns it overlaps; a header field is
// centred over the columns it heads, so a header spread over two columns
// (2022年 over 调整前 and 调整后) becomes a cell spanning them. Header text
// wrapped over several lines in one column is joined into one cell
// (stackHeaderLines), and a row label wrapped over two or three lines is
// joined into its row (joinWrappedLabels); blank lines among the lines
// part rows whose cells wrap (dataRows). When those columns put two
// numbers of a row in one column in a third of the rows (a PDF's tight
// cells, a shifted row), the columns come from the numbers' order instead
// (ordinalColumns, ordinalRow, ordinalHeader: headers set at their cells'
// left edges), kept when the header then names every value column. Each
// cell's Source has the byte offset of its text's first piece (-1 for a
// blank cell) and its line. It returns nil and no error when no line holds
// a number.
func AlignedTable(lines []TextLine, opt GridOptions) (*Table, error) {
	fields := make([][]Field, len(lines))
	for i, ln := range lines {
		fields[i] = AlignedFields(ln.Text, ln.Offset, opt)
	}
	return alignedTable(lines, fields, opt)
}

// alignedTable is AlignedTable given the lines' fields under opt
// (fields[i] is AlignedFields(lines[i].Text, lines[i].Offset, opt)).
func alignedTable(lines []TextLine, fields [][]Field, opt GridOptions) (*Table, error) {
	lines, fields = dropTranslationLines(lines, fields)
	widest := 0
	for i := range lines {
		for _, f := range fields[i] {
			widest = max(widest, f.End)
		}
	}
	widest = min(widest, 4096)
	occ := make([]bool, widest+1)
	data := 0
	firstData := -1
	for i := range lines {
		if !fieldsHaveNumber(fields[i]) {
			continue
		}
		data++
		if firstData < 0 {
			firstData = i
		}
		for _, f := range fields[i] {
			for c := f.Start; c < f.End && c < len(occ); c++ {
				occ[c] = true
			}
		}
		// a label wrapped round the row's numbers holds the label column
		for _, j := range wrappedLabelLines(fields, i) {
			for c := fields[j][0].Start; c < fields[j][0].End && c < len(occ); c++ {
				occ[c] = true
			}
		}
	}
	if data == 0 {
		return nil, nil
	}
	if w := wrappedLabelLines(fields, firstData); len(w) > 0 && w[0] == firstData-1 {
		firstData-- // the first row starts with its label's first piece
	}
	// The columns: maximal runs of occupied positions.
	var cols []colSpan
	for c := 0; c < len(occ); {
		if !occ[c] {
			c++
			continue
		}
		lo := c
		for c < len(occ) && occ[c] {
			c++
		}
		cols = append(cols, colSpan{lo, c})
	}
	colOf := columnOf(cols)
	// When the runs of occupied columns put two numbers of one row in one
	// column (the cells are tight, or a row is shifted), the columns are
	// found by the numbers' order instead (ordinalColumns).
	if numbersCollide(fields, cols, colOf) {
		if oc, k := ordinalColumns(fields); oc != nil {
			rows, group := placeAligned(lines, fields, oc, k, firstData, opt)
			spanOverWords(rows[:headerCount(rows)])
			if rows = stackHeaderLines(rows, group); headerNamesAll(rows, len(oc)) {
				return build(rows, len(oc), opt)
			}
		}
	}
	rows, group := placeAligned(lines, fields, cols, 0, firstData, opt)
	spanOverWords(rows[:headerCount(rows)])
	rows = stackHeaderLines(rows, group)
	return build(rows, len(cols), opt)
}

// dropTranslationLines is the rule for the English header lines of a
// bilingual table (Year | Gross | Primary over Domestic | Industry over
// Product): above the first line of numbers, a line without a Chinese
// character that has a letter is the translation of the Chinese header
// lines, and is left out when there is one. Its words, wrapped over more
// lines than the Chinese, would make header rows of their own. The
// slices are returned as they are when no line is left out.
func dropTranslationLines(lines []TextLine, fields [][]Field) ([]TextLine, [][]Field) {
	first := -1
	han, latin := false, false
	for i := range lines {
		if fieldsHaveNumber(fields[i]) {
			first = i
			break
		}
		if HasCJK(lines[i].Text) {
			han = true
		} else if latinLine(lines[i].Text) {
			latin = true
		}
	}
	if first <= 0 || !han || !latin {
		return lines, fields
	}
	ls := make([]TextLine, 0, len(lines))
	fs := make([][]Field, 0, len(fields))
	for i := range lines {
		if i < first && latinLine(lines[i].Text) {
			if units := percentUnits(fields[i]); units != nil {
				ls = append(ls, lines[i])
				fs = append(fs, units)
			}
			continue
		}
		ls = append(ls, lines[i])
		fs = append(fs, fields[i])
	}
	return ls, fs
}

// percentUnits are the units in brackets that the fields of an English
// header line end with and that the Chinese header may not write (Natural
// Growth Rate(‰) → (‰)): a percent or per-mille sign, in its field's
// place; nil when there is none.
func percentUnits(fs []Field) []Field {
	var out []Field
	for _, f := range fs {
		for _, u := range []string{"(%)", "(‰)", "(％)", "（%）", "（‰）"} {
			if strings.HasSuffix(f.Text, u) {
				w := utf8.RuneCountInString(u)
				out = append(out, Field{Text: u, Offset: f.Offset + len(f.Text) - len(u), Start: max(f.Start, f.End-w), End: f.End})
				break
			}
		}
	}
	return out
}

// latinLine reports a line with a Latin letter and no Chinese character.
func latinLine(t string) bool {
	if HasCJK(t) {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// wrappedLabelLines are the lines just above and below line i, a line of
// numbers only, set right of the start, that hold one field left of its
// numbers and no number: the pieces of its label (pdftotext of a narrow
// label column wraps the label round the numbers).
func wrappedLabelLines(fields [][]Field, i int) []int {
	fs := fields[i]
	if len(fs) == 0 || fs[0].Start == 0 || !LooksNumeric(fs[0].Text) {
		return nil
	}
	var out []int
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(fields) && len(fields[j]) == 1 && fields[j][0].End < fs[0].Start && !LooksNumeric(fields[j][0].Text) {
			out = append(out, j)
		}
	}
	return out
}

// columnOf returns the function giving the column a display position
// falls in: the first whose end is past it; fromLeft false takes the
// column to its left when the position is in the gap before a column.
func columnOf(cols []colSpan) func(int, bool) int {
	return func(pos int, fromLeft bool) int {
		for k, s := range cols {
			if pos < s.hi {
				if pos < s.lo && !fromLeft && k > 0 {
					return k - 1
				}
				return k
			}
		}
		return len(cols) - 1
	}
}

// headerCount is the number of rows before the first numeric one.
func headerCount(rows []gridRow) int {
	n := 0
	for n < len(rows) && !rows[n].numeric() {
		n++
	}
	return n
}

// headerNamesAll reports whether the header rows (those before the first
// numeric row) name every value column of a table of ncols columns: the
// check that ordinal columns were read right.
func headerNamesAll(rows []gridRow, ncols int) bool {
	named := make([]bool, ncols)
	for _, r := range rows {
		if r.numeric() {
			break
		}
		for _, p := range r {
			for c := p.lo; c <= p.hi && c < ncols; c++ {
				named[c] = named[c] || trimSpace(p.text) != ""
			}
		}
	}
	for c := 1; c < ncols; c++ {
		if !named[c] {
			return false
		}
	}
	return true
}

// placeAligned places the fields of each line in the columns: by position
// (colOf; a header centred over the columns it heads), or under ordinal
// columns (ordinal > 0 value columns) by the numbers' order
// (ordinalRow, ordinalHeader). group gives each row its run of lines
// between blank lines.
func placeAligned(lines []TextLine, fields [][]Field, cols []colSpan, ordinal, firstData int, opt GridOptions) ([]gridRow, []int) {
	colOf := columnOf(cols)
	// Under ordinal columns the header's deepest line of several fields
	// (调整后 调整前 …) names the columns; the fields of the lines above
	// span the ones under them.
	var leaves []Field
	if ordinal > 0 {
		for i := firstData - 1; i >= 0; i-- {
			if len(fields[i]) >= 2 {
				leaves = fields[i]
				break
			}
		}
	}
	rows := make([]gridRow, 0, len(lines))
	var group []int // per row: its run of lines between blank lines
	g := 0
	for i, ln := range lines {
		if trimSpace(ln.Text) == "" {
			g++
			continue
		}
		var ps gridRow
		header := i < firstData
		if ordinal > 0 {
			if header {
				ps = ordinalHeader(fields[i], cols, leaves, ln.Line, opt)
			} else {
				ps = ordinalRow(fields[i], cols, ordinal, ln.Line)
			}
			if ps != nil {
				rows = append(rows, ps)
				group = append(group, g)
				continue
			}
		}
		for k, f := range fields[i] {
			lo := colOf(f.Start, true)
			hi := colOf(max(f.Start, f.End-1), false)
			if hi < lo {
				hi = lo
			}
			if header {
				// A header is centred over the columns it heads: take the
				// run of columns, within the field's territory (up to the
				// midpoints to its neighbours), whose centre is nearest
				// the field's.
				left, right := -1<<30, 1<<30
				if k > 0 {
					left = (fields[i][k-1].End + f.Start) / 2
				}
				if k+1 < len(fields[i]) {
					right = (f.End + fields[i][k+1].Start) / 2
				}
				lo, hi = centredColumns(cols, lo, hi, f.Start, f.End, left, right)
				if ws := headerWords(f, opt); len(ws) >= 2 && hi > lo && lo > 0 && lo+len(ws) <= len(cols) {
					// words one space apart over several columns (招生数
					// 在校学生数 毕业生数): a word per column, in order
					for w, wf := range ws {
						ps = append(ps, placed{lo: lo + w, hi: lo + w, text: wf.Text, off: wf.Offset, line: ln.Line, end: wf.End, run: len(ws)})
					}
					continue
				}
			}
			if n := len(ps); n > 0 && ps[n-1].hi >= lo {
				// two fields in one column: one cell
				if len(ps[n-1].text) < maxCellText {
					ps[n-1].text += " " + f.Text
				}
				ps[n-1].hi = max(ps[n-1].hi, hi)
				ps[n-1].end = f.End
				continue
			}
			ps = append(ps, placed{lo: lo, hi: hi, text: f.Text, off: f.Offset, line: ln.Line, end: f.End})
		}
		if len(ps) > 0 {
			rows = append(rows, ps)
			group = append(group, g)
		}
	}
	return rows, group
}

// dataRows makes the rows from the first numeric row on. The lines
// between two blank lines (pdftotext sets a blank line between the rows
// of a table whose cells wrap) are one row, each column's pieces joined
// top to bottom, when at most one of them holds numbers; otherwise each
// line is a row and wrapped labels are joined (joinWrappedLabels).
func dataRows(rows []gridRow, group []int) []gridRow {
	var out []gridRow
	for i := 0; i < len(rows); {
		j := i + 1
		for j < len(rows) && group[j] == group[i] {
			j++
		}
		numeric := 0
		for _, r := range rows[i:j] {
			if r.numeric() {
				numeric++
			}
		}
		if numeric <= 1 && j-i > 1 {
			out = append(out, stackAll(rows[i:j]))
		} else {
			out = append(out, joinWrappedLabels(rows[i:j])...)
		}
		i = j
	}
	return out
}

// colSpan is a run of display columns [lo, hi).
type colSpan struct{ lo, hi int }

// centredColumns returns the run of columns [a, b] that holds [lo, hi]
// (the columns a header field overlaps), lies within [left, right], and
// whose centre is nearest the field's [start, end).
func centredColumns(cols []colSpan, lo, hi, start, end, left, right int) (int, int) {
	centre2 := start + end // twice the centre, to stay in integers
	bestA, bestB, bestD := lo, hi, -1
	for a := lo; a >= 0; a-- {
		if a < lo && cols[a].lo+cols[a].hi < 2*left {
			break // the column's centre is outside the territory
		}
		for b := hi; b < len(cols); b++ {
			if b > hi && cols[b].lo+cols[b].hi > 2*right {
				break
			}
			d := cols[a].lo + cols[b].hi - centre2
			if d < 0 {
				d = -d
			}
			if bestD < 0 || d < bestD {
				bestA, bestB, bestD = a, b, d
			}
		}
	}
	return bestA, bestB
}

// fieldsHaveNumber reports whether a field after the first is a number or
// a missing mark.
func fieldsHaveNumber(fs []Field) bool {
	for k, f := range fs {
		if k > 0 && (LooksNumeric(f.Text) || IsMark(f.Text)) {
			return true
		}
	}
	return false
}

// numbersCollide reports whether the runs of occupied columns put two
// numbers of one row in one column in a third of the rows with numbers or
// more (one row of a stray number is no reason to give up the columns).
func numbersCollide(fields [][]Field, cols []colSpan, colOf func(int, bool) int) bool {
	rows, hits := 0, 0
	for _, fs := range fields {
		if !fieldsHaveNumber(fs) {
			continue
		}
		rows++
		last := -1
		for k, f := range fs {
			if k == 0 || !LooksNumeric(f.Text) && !IsMark(f.Text) {
				continue
			}
			c := colOf(f.Start, true)
			if c == last {
				hits++
				break
			}
			last = c
		}
	}
	return hits > 0 && 3*hits >= rows
}

// trailingValues is how many fields at the end of a row are numbers or
// marks (not the first field).
func trailingValues(fs []Field) int {
	n := 0
	for k := len(fs) - 1; k > 0; k-- {
		if !LooksNumeric(fs[k].Text) && !IsMark(fs[k].Text) {
			break
		}
		n++
	}
	return n
}

// ordinalColumns is the rule for the columns of an aligned table whose
// numbers do not line up by position: the most common count k of numbers
// ending a row gives k value columns, each spanning the median start and
// end of the rows' j-th numbers among the rows with k of them, after a
// label column; nil when fewer than two rows have k numbers or the spans
// are out of order.
func ordinalColumns(fields [][]Field) ([]colSpan, int) {
	counts := map[int]int{}
	for _, fs := range fields {
		if n := trailingValues(fs); n > 0 {
			counts[n]++
		}
	}
	k, best, rows := 0, 0, 0
	for n, c := range counts {
		rows += c
		if c > best || c == best && n > k {
			k, best = n, c
		}
	}
	if k == 0 || best < 2 || 3*best < 2*rows {
		return nil, 0 // the rows do not agree on their numbers
	}
	starts := make([][]int, k)
	ends := make([][]int, k)
	for _, fs := range fields {
		if trailingValues(fs) != k {
			continue
		}
		for j, f := range fs[len(fs)-k:] {
			starts[j] = append(starts[j], f.Start)
			ends[j] = append(ends[j], f.End)
		}
	}
	median := func(v []int) int {
		sort.Ints(v)
		return v[len(v)/2]
	}
	// A unit written before the numbers (亿元 1,234.5 1,150.2) in two rows
	// of three or more is a column of its own.
	units, kRows := 0, 0
	var uStarts, uEnds []int
	for _, fs := range fields {
		if trailingValues(fs) != k {
			continue
		}
		kRows++
		if len(fs) >= k+2 && IsUnit(fs[len(fs)-k-1].Text) {
			units++
			uStarts = append(uStarts, fs[len(fs)-k-1].Start)
			uEnds = append(uEnds, fs[len(fs)-k-1].End)
		}
	}
	base := 1
	if units >= 2 && 3*units >= 2*kRows {
		base = 2
	}
	cols := make([]colSpan, k+base)
	for j := 0; j < k; j++ {
		cols[j+base] = colSpan{median(starts[j]), median(ends[j])}
		if cols[j+base].hi <= cols[j+base].lo || j > 0 && cols[j+base].lo < cols[j+base-1].lo {
			return nil, 0
		}
	}
	if base == 2 {
		cols[1] = colSpan{median(uStarts), median(uEnds)}
		if cols[1].hi <= cols[1].lo || cols[1].hi > cols[2].lo {
			return nil, 0
		}
	}
	cols[0] = colSpan{0, max(1, cols[1].lo-1)}
	return cols, k
}

// ordinalRow places a data row under ordinal columns: its last k numbers
// (k value columns) in order, the text before them as its label; a row
// with fewer numbers puts each in the value column whose centre is
// nearest, keeping their order; a row of text alone its text in the
// label column. nil for a row it cannot place.
func ordinalRow(fs []Field, cols []colSpan, k, line int) gridRow {
	base := len(cols) - k // 1, or 2 with a unit column
	n := trailingValues(fs)
	if len(fs) == 1 && !LooksNumeric(fs[0].Text) {
		f := fs[0]
		return gridRow{{lo: 0, hi: 0, text: f.Text, off: f.Offset, line: line, end: f.End}}
	}
	if len(fs) > 0 && n == len(fs)-1 && (LooksNumeric(fs[0].Text) || IsMark(fs[0].Text)) {
		n = len(fs) // numbers alone: the first is a value too
	}
	if n == 0 || n > k {
		return nil
	}
	var r gridRow
	lab := fs[:len(fs)-n]
	var unit *Field
	if base == 2 && len(lab) >= 2 && IsUnit(lab[len(lab)-1].Text) {
		unit = &lab[len(lab)-1]
		lab = lab[:len(lab)-1]
	} else if base == 2 && len(lab) >= 1 {
		// 规模以上工业企业营业收入（含制造业与采矿业） 亿元: the unit one space
		// after a long label
		last := lab[len(lab)-1]
		if k := strings.LastIndexByte(last.Text, ' '); k > 0 && IsUnit(last.Text[k+1:]) {
			u := Field{Text: last.Text[k+1:], Offset: last.Offset + k + 1, End: last.End}
			last.Text = trimSpace(last.Text[:k])
			lab = append(append([]Field(nil), lab[:len(lab)-1]...), last)
			unit = &u
		}
	}
	if len(lab) > 0 {
		p := placed{lo: 0, hi: 0, text: lab[0].Text, off: lab[0].Offset, line: line, end: lab[0].End}
		for _, f := range lab[1:] {
			p.text = appendWrapped(p.text, f.Text)
			p.end = f.End
		}
		r = append(r, p)
	}
	if unit != nil {
		r = append(r, placed{lo: 1, hi: 1, text: unit.Text, off: unit.Offset, line: line, end: unit.End})
	}
	vals := fs[len(fs)-n:]
	next := base
	for j, f := range vals {
		c := next
		if n < k {
			// the nearest column's centre, leaving room for the numbers after it
			bestD := -1
			for cc := next; cc <= k+base-1-(n-1-j); cc++ {
				d := cols[cc].lo + cols[cc].hi - f.Start - f.End
				if d < 0 {
					d = -d
				}
				if bestD < 0 || d < bestD {
					c, bestD = cc, d
				}
			}
		} else {
			c = j + base
		}
		r = append(r, placed{lo: c, hi: c, text: f.Text, off: f.Offset, line: line, end: f.End})
		next = c + 1
	}
	return r
}

// ordinalColumn is the column under ordinal columns of a header field
// written from its cell's left edge, as pdftotext places a left-aligned
// header: the label column when it ends before the first value column,
// else the first column whose right edge is past the field's start.
func ordinalColumn(f Field, cols []colSpan) int {
	if len(cols) < 2 || f.End <= cols[1].lo {
		return 0
	}
	for j := 1; j < len(cols); j++ {
		if f.Start < cols[j].hi {
			return j
		}
	}
	return len(cols) - 1
}

// ordinalHeader places a header line under ordinal columns: each field in
// its column (ordinalColumn), except that a field of a line of several
// over the value columns only (no label header in it), above the deepest
// line of several (the leaves), spans the columns of the
// leaves from its start to the next field's (2022年 over 调整后 and 调整前).
func ordinalHeader(fs []Field, cols []colSpan, leaves []Field, line int, opt GridOptions) gridRow {
	var r gridRow
	// A field of words one space apart (招生数 在校学生数 毕业生数: pdftotext
	// sets a tight header's words together) is a word per column, in
	// order from the first word's column.
	for _, f := range fs {
		toks := headerWords(f, opt)
		if len(toks) < 2 || len(fs) > 1 && ordinalColumn(toks[0], cols) == ordinalColumn(toks[len(toks)-1], cols) {
			continue
		}
		c := ordinalColumn(toks[0], cols)
		if c == 0 || c+len(toks) > len(cols) {
			continue
		}
		for k, tk := range toks {
			r = append(r, placed{lo: c + k, hi: c + k, text: tk.Text, off: tk.Offset, line: line, end: tk.End, run: len(toks)})
		}
		fs = removeField(fs, f)
	}
	isLeaves := len(leaves) > 0 && len(fs) > 0 && &fs[0] == &leaves[0]
	for k, f := range fs {
		lo := ordinalColumn(f, cols)
		hi := lo
		if len(fs) >= 2 && !isLeaves && len(leaves) > 0 && ordinalColumn(fs[0], cols) > 0 {
			end := 1 << 30
			if k+1 < len(fs) {
				end = fs[k+1].Start
			}
			first, last := -1, -1
			for _, l := range leaves {
				if c2 := l.Start + l.End; c2 >= 2*f.Start && c2 < 2*end {
					c := ordinalColumn(l, cols)
					if first < 0 {
						first = c
					}
					last = c
				}
			}
			if first >= 0 && last > first {
				lo, hi = first, last
			}
		}
		if n := len(r); n > 0 && r[n-1].hi >= lo && r[n-1].lo <= hi {
			r[n-1].text = appendWrapped(r[n-1].text, f.Text)
			r[n-1].end = f.End
			continue
		}
		r = append(r, placed{lo: lo, hi: hi, text: f.Text, off: f.Offset, line: line, end: f.End})
	}
	sort.SliceStable(r, func(i, j int) bool { return r[i].lo < r[j].lo })
	return r
}

// headerWords splits a header field at its single spaces into words, a
// word of one Chinese character joining the one before it (2023 年 →
// 2023年).
func headerWords(f Field, opt GridOptions) []Field {
	var out []Field
	var toks []Field
	for _, tk := range fieldTokens(f, opt) {
		toks = append(toks, splitYears(tk, opt)...)
	}
	for _, tk := range toks {
		r, n := utf8.DecodeRuneInString(tk.Text)
		if len(out) > 0 && n == len(tk.Text) && isCJK(r) {
			out[len(out)-1].Text += tk.Text
			out[len(out)-1].End = tk.End
			continue
		}
		out = append(out, tk)
	}
	return out
}

// splitYears is the rule for header words a PDF's text glued together
// when it dropped the spaces around digits (单位2023年2022年比上年增长(%)):
// a year written NNNN年 after a Chinese character, or before one or a
// digit, is a word of its own.
func splitYears(f Field, opt GridOptions) []Field {
	t := f.Text
	var cuts []int
	for i := 0; i+4 < len(t); i++ {
		if !(isDigit(t[i]) && isDigit(t[i+1]) && isDigit(t[i+2]) && isDigit(t[i+3]) && strings.HasPrefix(t[i+4:], "年")) ||
			i > 0 && isDigit(t[i-1]) {
			continue
		}
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t[:i]); isCJK(r) {
				cuts = append(cuts, i)
			}
		}
		if e := i + 4 + len("年"); e < len(t) {
			if r, _ := utf8.DecodeRuneInString(t[e:]); isCJK(r) || r >= '0' && r <= '9' {
				cuts = append(cuts, e)
			}
		}
	}
	if len(cuts) == 0 {
		return []Field{f}
	}
	var out []Field
	from, col := 0, f.Start
	for _, c := range append(cuts, len(t)) {
		if c <= from {
			continue
		}
		w := 0
		for _, r := range t[from:c] {
			w += RuneWidth(r, opt)
		}
		out = append(out, Field{Text: t[from:c], Offset: f.Offset + from, Start: col, End: col + w})
		col += w
		from = c
	}
	return out
}

// removeField is fs without the field f (by offset).
func removeField(fs []Field, f Field) []Field {
	out := make([]Field, 0, len(fs))
	for _, g := range fs {
		if g.Offset != f.Offset {
			out = append(out, g)
		}
	}
	return out
}

// spanOverWords is the rule for a header alone on its line above a run of
// words a tight header set together (学生数(人) over 招生数 在校学生数
// 毕业生数): it spans their columns when it stands over the first.
func spanOverWords(rows []gridRow) {
	for i, r := range rows {
		if len(r) != 1 || r[0].lo == 0 || r[0].lo != r[0].hi {
			continue
		}
		for _, below := range rows[i+1:] {
			for _, p := range below {
				if p.run > 1 && p.lo == r[0].lo {
					r[0].hi = p.lo + p.run - 1
				}
			}
		}
	}
}
