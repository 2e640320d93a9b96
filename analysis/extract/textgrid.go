package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
	"github.com/annualstat/annualstat/internal/trim"
)

// Tables written as text without | cells: box-drawn tables (│ cells
// between ┌─┬─┐ borders, or the ASCII grid +----+ with |) and tables whose
// cells are aligned by runs of spaces (pdftotext -layout output of annual
// report summaries, statistical yearbooks copied as text). The doc package
// lays them out (doc.BoxTable, doc.AlignedTable) with each cell's byte
// offset in the input; gridTable reads the grid through the rules of the
// text tables (tableBody), so a figure's Span is its number in the input.

// gridState is what run() keeps about the aligned tables it looked for.
type gridState struct {
	// noAlignedUntil is the end of the last block of lines looked at for
	// an aligned table: its lines are not tried again (linear time).
	noAlignedUntil int
	// at is the offset of the line an aligned table found ahead starts
	// at and next the offset after it; table is the table, nil if none;
	// more are the tables found after it in the same block.
	at, next int
	table    *doc.Table
	more     []foundGrid
	// resume is the offset run() goes on at after a table gridAt read.
	resume int
	// loneHeader is a | row of headers alone (截止日期 | 2020/12/31 | …)
	// and sinceHeader the lines read since it: a page copy may put a
	// line or two of page furniture (走势, a lone |) between it and its
	// rows (withLoneHeader).
	loneHeader  *trow
	sinceHeader int
	// noTailUntil and noBoxUntil are the ends of the last blocks of lines
	// looked at for a table of trailing numbers and a box-drawn table.
	noTailUntil, noBoxUntil int
	// noSpacedUntil is the end of the last block of lines looked at for
	// a loosely spaced table (spacedTable).
	noSpacedUntil int
	// fields holds the fields of the lines of the block looked at for an
	// aligned table, reused from block to block.
	fields []doc.Field
}

// maxGridLines bounds the lines of one box-drawn or aligned table; a
// longer run is read as several tables.
const maxGridLines = 5000

// nextLine returns the end of the line starting at pos (the offset of its
// '\n', or len(s)).
func nextLine(s string, pos int) int {
	if i := strings.IndexByte(s[pos:], '\n'); i >= 0 {
		return pos + i
	}
	return len(s)
}

// mayStartBox reports a line that may start a box-drawn table: a border
// line, or a line with a box-drawing bar. Only the bytes of the box-drawing
// block (U+2500–U+257F: E2 94 xx, E2 95 xx) and a leading + are looked
// for, so that prose costs one byte scan.
func mayStartBox(line string) bool {
	for i := 0; ; {
		k := strings.IndexByte(line[i:], 0xE2)
		if k < 0 {
			break
		}
		i += k + 1
		if i < len(line) && (line[i] == 0x94 || line[i] == 0x95) {
			if containsAnyOf(line, "│┃║") {
				return true
			}
			t := trim.Space(line)
			return doc.IsBoxBorderLine(t)
		}
	}
	t := trim.Space(line)
	return t != "" && t[0] == '+' && doc.IsBoxBorderLine(t)
}

// boxTable reads the box-drawn table whose first line starts at ls: the
// run of border and content lines there. It returns the table and the
// offset after its last line, or nil when the lines make no table with a
// number in it.
func (x *extractor) boxTable(ls int) (*doc.Table, int) {
	s := x.s
	var lines []doc.TextLine
	ascii := !strings.ContainsAny(s[ls:nextLine(s, ls)], "│┃║┌┐└┘├┤┬┴┼─━═╔╗╚╝")
	pos := ls
	contents := 0
	for pos < len(s) && len(lines) < maxGridLines {
		le := nextLine(s, pos)
		line := strings.TrimRight(s[pos:le], "\r")
		border := doc.IsBoxBorderLine(line) && strings.TrimSpace(line) != ""
		if !border && !doc.IsBoxRowLine(line, ascii) {
			break
		}
		if !border && len(lines) == 0 && strings.Contains(line, "┌") {
			if cut := oneLineBox(line, pos); cut != nil {
				// The table run into one line: its lines, and no more.
				lines = cut
				contents = len(cut)
				pos = le + 1
				break
			}
		}
		if !border {
			contents++
		}
		lines = append(lines, doc.TextLine{Text: line, Offset: pos})
		pos = le + 1
	}
	x.grid.noBoxUntil = pos
	if contents < 2 {
		return nil, ls
	}
	lines = dropAttributeLines(lines) // 审计意见 | 未经审计 | …: no figure, no header
	t, err := doc.BoxTable(lines, doc.GridOptions{})
	if err != nil || t == nil || t.NumRows() < 2 || t.NumCols() < 2 || !gridHasNumbers(t) {
		return nil, ls
	}
	return t, min(pos, len(s))
}

// gridHasNumbers is the rule that tells a table from rows of words: at
// least two rows with a number right of the first column.
func gridHasNumbers(t *doc.Table) bool {
	rows := 0
	for r := 0; r < t.NumRows(); r++ {
		for c := 1; c < t.NumCols(); c++ {
			if doc.LooksNumeric(t.At(r, c).Text) {
				rows++
				break
			}
		}
	}
	return rows >= 2
}

// alignedTable looks for an aligned table in the block of lines starting
// at ls — the lines doc.AlignedLine admits, up to two blank lines — and
// reads it with doc.FindAligned. It records the table found (which may
// start below ls) in x.grid and marks the block as looked at.
func (x *extractor) alignedTable(ls int) {
	s := x.s
	var block []doc.TextLine
	var read []doc.AlignedRead // each line of block as doc.AlignedLine reads it
	pos := ls
	blank := false
	for pos < len(s) && len(block) < maxGridLines {
		le := nextLine(s, pos)
		line := strings.TrimRight(s[pos:le], "\r")
		n := len(x.grid.fields)
		var k doc.LineKind
		k, x.grid.fields = doc.AppendAlignedLine(x.grid.fields, line, doc.GridOptions{})
		var fs []doc.Field
		if k == doc.FieldsLine || k == doc.SingleField {
			fs = x.grid.fields[n:len(x.grid.fields):len(x.grid.fields)]
		}
		if k == doc.NotAligned || k == doc.BlankLine && (blank || len(block) == 0) || len(block) == 0 && formFurnitureLine(line) {
			break
		}
		blank = k == doc.BlankLine
		block = append(block, doc.TextLine{Text: line, Offset: pos})
		read = append(read, doc.AlignedRead{Kind: k, Fields: fs})
		pos = le + 1
	}
	end := pos
	if end <= ls {
		end = nextLine(s, ls) + 1
	}
	x.grid.noAlignedUntil = end
	x.grid.more = x.grid.more[:0]
	found := doc.FindAlignedRead(block, read, doc.GridOptions{})
	x.grid.fields = x.grid.fields[:0] // the tables keep no fields
	for _, f := range found {
		lastLine := block[f.End-1]
		x.grid.more = append(x.grid.more, foundGrid{at: block[f.Start].Offset, next: min(lastLine.Offset+len(lastLine.Text)+1, len(s)), table: f.Table})
	}
	x.grid.pop()
}

// foundGrid is an aligned table found ahead: the offset of its first line,
// the offset after its last, and the table.
type foundGrid struct {
	at, next int
	table    *doc.Table
}

// pop makes the next table found ahead the current one.
func (g *gridState) pop() {
	g.table = nil
	if len(g.more) > 0 {
		f := g.more[0]
		g.more = g.more[1:]
		g.at, g.next, g.table = f.at, f.next, f.table
	}
}

// gridColumnOfNumbers is the rule for a grid that is a table: some column
// right of the first holds numbers in at least two rows.
func gridColumnOfNumbers(t *doc.Table) bool {
	for c := 1; c < t.NumCols(); c++ {
		n := 0
		for r := 0; r < t.NumRows(); r++ {
			if t.IsOrigin(r, c) && doc.LooksNumeric(t.At(r, c).Text) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// gridTable reads the figures of a table laid out from lines of the input
// (a box-drawn or aligned table): the doc package's rules find its caption
// and unit rows, header rows and label columns (Normalize), each column's
// header path is the grid's, classified as a text table's (classifyColumn),
// and each data row is its label path joined followed by the cells right
// of the labels, each with its byte span in the input, read by tableBody.
// unit is the unit of a 单位 line above the table.
func (x *extractor) gridTable(t *doc.Table, unit string) {
	t.Normalize()
	if t.Unit == "" {
		t.Unit = unit
	}
	x.curTableUnit = t.Unit
	x.tables++
	if t.LabelCols == 0 && yearRowsColumn(t) {
		if yearRowHeader(t) {
			return // the header lines were not found: nothing names the columns
		}
		t.LabelCols = 1 // 2021 | 1200.5 | …: a row per year, the years its labels
	}
	lc := max(t.LabelCols, 1)
	headerless := headerlessAmounts(t, lc)
	if headerless {
		t.HeaderRows = 0 // rows of amounts with no header: the columns name nothing
	} else if t.HeaderRows == 0 || t.NumCols() <= lc {
		return
	}
	width := t.NumCols() - lc + 1
	cols := make([]tableColumn, width)
	for k := 1; k < width; k++ {
		cols[k] = x.column(t.ColumnPath(lc+k-1), t.Unit)
	}
	if width > 3 && cols[1].change != "" && cols[width-1].name == "" && cols[width-1].period == "" {
		x.shiftedHeaderColumns(t, lc, cols)
	}
	labelHeader := ""
	if p := t.ColumnPath(0); len(p) > 0 {
		labelHeader = p[len(p)-1]
	}
	rows := make([]trow, t.NumRows())
	for r := t.HeaderRows; r < t.NumRows(); r++ {
		rows[r] = x.gridRow(t, r, lc)
		if p := t.RowPath(r); headerless && len(p) > 1 && len(rows[r].cells) > 0 {
			// A statement's item under an item without amounts
			// (应付债券 then 递延收益 9,790,911.34): its own label.
			rows[r].cells[0].text = tableLabel(p[len(p)-1])
		}
	}
	if headerless {
		rows = rowsWithValues(rows) // items without amounts are no sections of the rows after them
	}
	gridPartRows(t, rows, lc)
	markIndentedRows(x.s, rows[t.HeaderRows:])
	x.tableBody(rows, t.HeaderRows, labelHeader, cols, t.Unit)
}

// gridRow is row r of a grid laid out from the input as tableBody reads
// it: the label path joined in the first cell, then the cells right of the
// lc label columns (a merged cell's text at its origin only), each with
// the byte span of its text in the input; the row's span runs from its
// first cell to the end of the line of its last.
func (x *extractor) gridRow(t *doc.Table, r, lc int) trow {
	var parts []string
	for _, p := range t.RowPath(r) {
		parts = append(parts, tableLabel(p))
	}
	row := trow{start: -1, cells: make([]tcell, 0, 1+max(t.NumCols()-lc, 0))}
	lab := tcell{text: strings.Join(parts, "")}
	if c := t.At(r, 0); c.Source.Offset >= 0 && c.Text != "" {
		lab.start, lab.end = x.cellSpan(c)
	}
	row.cells = append(row.cells, lab)
	last := -1
	note := func(c doc.Cell) {
		if c.Source.Offset < 0 || c.Text == "" {
			return
		}
		if row.start < 0 || c.Source.Offset < row.start {
			row.start = c.Source.Offset
		}
		last = max(last, c.Source.Offset)
	}
	for c := 0; c < t.NumCols(); c++ {
		cell := t.At(r, c)
		if t.IsOrigin(r, c) {
			note(cell)
		}
		if c < lc {
			continue
		}
		tc := tcell{}
		if t.IsOrigin(r, c) {
			tc.text = cell.Text
			if cell.Source.Offset >= 0 && cell.Text != "" {
				tc.start, tc.end = x.cellSpan(cell)
			}
		}
		row.cells = append(row.cells, tc)
	}
	if row.start < 0 {
		row.start, row.end = 0, 0
		return row
	}
	row.end = nextLine(x.s, last)
	_, row.end = trimSpace(x.s, row.start, row.end)
	return row
}

// cellSpan is the byte span of a cell's text in the input: from its
// offset as far as the input reads as the text (a text wrapped over lines
// spans its first piece).
func (x *extractor) cellSpan(c doc.Cell) (int, int) {
	a := c.Source.Offset
	if a < 0 || a >= len(x.s) {
		return 0, 0
	}
	k := 0
	for k < len(c.Text) && a+k < len(x.s) && x.s[a+k] == c.Text[k] {
		k++
	}
	for k > 0 && !utf8.RuneStart(c.Text[min(k, len(c.Text)-1)]) && k < len(c.Text) {
		k-- // not inside a character
	}
	_, b := trimSpace(x.s, a, a+k)
	return a, b
}

// gridAt reads the box-drawn or aligned table that starts at the line
// [ls, le), if one does, and reports whether it did; run() then goes on
// at x.grid.resume. An aligned table found further down while looking here
// is kept for the line it starts at.
func (x *extractor) gridAt(ls, le int) bool {
	s := x.s
	line := s[ls:le]
	if ls >= x.grid.noBoxUntil && strings.Contains(line, "┌") {
		if rows, a, b, ok := oneLineBarBox(s, ls, le); ok {
			x.tableInLine(rows, ls, a, b, le)
			x.grid.resume = min(le+1, len(s))
			return true
		}
	}
	if ls >= x.grid.noBoxUntil && mayStartBox(line) {
		if t, next := x.boxTable(ls); t != nil {
			x.gridTable(t, x.pendingUnit)
			x.pendingUnit = ""
			x.grid.resume = next
			return true
		}
	}
	if x.grid.table == nil && ls >= x.grid.noAlignedUntil && (strings.Contains(line, "  ") || strings.Contains(line, "\u3000") || strings.Contains(line, "\t")) {
		x.alignedTable(ls)
	}
	for x.grid.table != nil && x.grid.at < ls {
		x.grid.pop() // passed over (inside a | table)
	}
	if x.grid.table != nil && x.grid.at == ls {
		t, next := x.grid.table, x.grid.next
		x.grid.pop()
		if t.Normalize(); numericHeader(t) || scatteredGrid(t) {
			// The grid's columns name nothing or are guesses: its rows
			// are read line by line when they are a loosely spaced
			// table, else not.
			x.grid.resume = next
			if rows, end := x.spacedTableIn(ls, next); rows != nil {
				x.curTableUnit = x.pendingUnit
				x.table(rows, x.pendingUnit)
				x.grid.resume = max(next, end)
			}
			x.pendingUnit = ""
			return true
		}
		x.gridTable(t, x.pendingUnit)
		x.pendingUnit = ""
		x.grid.resume = next
		return true
	}
	if x.grid.table == nil && ls >= x.grid.noTailUntil && endsWithDigit(line) && doc.TrailingNumbers(line) >= 2 {
		if rows, unit, ok := x.flatSpacedTable(ls, le); ok {
			x.curTableUnit = unit
			x.table(rows, unit) // a table of periods run into one line (flatspaced.go)
			x.pendingUnit = ""
			x.grid.resume = min(le+1, len(x.s))
			return true
		}
		if ls >= x.grid.noSpacedUntil {
			if rows, next, loose := x.spacedTable(ls); loose {
				x.grid.noTailUntil = next
				if rows != nil {
					x.curTableUnit = x.pendingUnit
					x.table(rows, x.pendingUnit)
				}
				x.pendingUnit = ""
				x.grid.resume = next
				return true // read, or a header that names no columns: nothing
			}
		}
		if rows, next := x.singleSpacedTable(ls); rows != nil {
			x.curTableUnit = x.pendingUnit
			x.table(rows, x.pendingUnit) // one space between cells, units under names (yearbook.go)
			x.pendingUnit = ""
			x.grid.resume = next
			return true
		}
		if t, next := x.trailingTable(ls); t != nil {
			x.gridTable(t, x.pendingUnit)
			x.pendingUnit = ""
			x.grid.resume = next
			return true
		}
	}
	return false
}

// endsWithDigit reports a line whose last non-blank byte is a digit.
func endsWithDigit(line string) bool {
	t := strings.TrimRight(line, " \t\r")
	return t != "" && t[len(t)-1] >= '0' && t[len(t)-1] <= '9'
}

// trailingTable looks for a table of rows that end with their numbers
// (doc.TrailingTable) in the lines from ls on: rows with numbers and
// lines of a label alone (no sentence end, at most 80 characters), up to a
// blank line; its header is the lines just above ls that hold no digit
// (column names, their units, their English). It returns the table and
// the offset after its last row, or nil.
func (x *extractor) trailingTable(ls int) (*doc.Table, int) {
	s := x.s
	var lines []doc.TextLine
	pos, lastRow := ls, 0
	for pos < len(s) && len(lines) < maxGridLines {
		le := nextLine(s, pos)
		line := strings.TrimRight(s[pos:le], "\r")
		t := strings.TrimSpace(line)
		if t == "" || strings.ContainsAny(t, "。；;！？|｜") {
			break
		}
		n := doc.TrailingNumbers(line)
		if utf8.RuneCountInString(t) > 120 && n < 8 {
			break // a long row is a row of many numbers (a region's fifteen indicators)
		}
		if n == 0 && (utf8.RuneCountInString(t) > 80 || doc.IsNoteLine(t) || doc.IsCaptionLine(t) || unitLine(t) != "") {
			break
		}
		lines = append(lines, doc.TextLine{Text: line, Offset: pos})
		if n > 0 {
			lastRow = len(lines)
		}
		pos = le + 1
	}
	x.grid.noTailUntil = pos
	lines = lines[:lastRow]
	if len(lines) < 2 {
		return nil, ls
	}
	// The header: lines without digits right above.
	var header []doc.TextLine
	for p, k := ls, 0; p > 0 && k < 8; k++ {
		a := strings.LastIndexByte(s[:p-1], '\n') + 1
		line := strings.TrimRight(s[a:p-1], "\r")
		t := strings.TrimSpace(line)
		if t == "" || strings.ContainsAny(t, "。；;|｜") || utf8.RuneCountInString(t) > 160 && strings.Count(t, " ") < 8 || unitLine(t) != "" {
			break
		}
		if strings.ContainsAny(t, "0123456789") && !(k == 0 && yearHeaderLine(t)) {
			break // a line with figures: not a header (but 项目 附注 2023 年 2022 年 right above)
		}
		header = append([]doc.TextLine{{Text: line, Offset: a}}, header...)
		p = a
	}
	t, err := doc.TrailingTable(header, lines, doc.GridOptions{})
	if err != nil || t == nil || !gridColumnOfNumbers(t) {
		return nil, ls
	}
	end := lines[len(lines)-1]
	return t, min(end.Offset+len(end.Text)+1, len(s))
}

// yearHeaderLine is the rule for a header line of years above a table of
// trailing numbers (项目 附注 2023 年 2022 年, 项目 2023年 2022年): every
// number in it is a year (1900–2100) and it does not end with a number.
func yearHeaderLine(t string) bool {
	if doc.TrailingNumbers(t) > 0 {
		return false
	}
	years := 0
	for i := 0; i < len(t); {
		if t[i] < '0' || t[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if headerYearDigits(t[i:j]) == 0 {
			return false
		}
		years++
		i = j
	}
	return years > 0
}

// withLoneHeader is the rule for a | table whose header row the copy set
// apart (截止日期 | 2020/12/31 | … then 走势 and a lone | before the rows):
// a table with no header row of its own takes a lone header row read at
// most two lines above it with as many cells as its rows.
func (x *extractor) withLoneHeader(rows []trow) []trow {
	h := x.grid.loneHeader
	x.grid.loneHeader = nil
	if len(rows) == 0 || tableHeaderRows(rows) > 0 {
		return rows
	}
	width := 0
	for _, r := range rows {
		width = max(width, lastWritten(r)+1)
	}
	if h == nil || x.grid.sinceHeader > 3 {
		if hl, ok := x.headerLines(rows[0].start, width); ok {
			return append([]trow{hl}, rows...)
		}
		return rows
	}
	if n := lastWritten(*h) + 1; n != width && n != width-1 {
		return rows
	}
	return append([]trow{*h}, rows...)
}

// maxHeaderLines bounds the header cells headerLines reads above a table.
const maxHeaderLines = 24

// headerLines is the rule for a | table without a header row whose header
// the copy wrote one cell a line above it (年份, 机构数(个), #医院, 床位数(张),
// … then | 2019 | 320 | 25 | …): the lines right above the first row at
// start, each a short text alone (no |, no sentence mark, no number but a
// year), as many as the rows' width, or one fewer when the header over
// the labels is left out, are the header row. ok is false when the lines
// above are fewer, or none is a header over values.
func (x *extractor) headerLines(start, width int) (trow, bool) {
	s := x.s
	var cells []tcell // nearest first
	end := strings.LastIndexByte(s[:start], '\n')
	for end > 0 && len(cells) <= width && len(cells) < maxHeaderLines {
		ls := strings.LastIndexByte(s[:end], '\n') + 1
		a, b := trimSpace(s, ls, end)
		t := s[a:b]
		if a >= b || utf8.RuneCountInString(t) > 24 || strings.ContainsAny(t, "|｜。，；：:;,") || unitLine(t) != "" {
			break
		}
		if _, _, _, ok := parseCell(t); ok || strings.IndexFunc(t, isHan) < 0 {
			break
		}
		cells = append(cells, tcell{text: t, start: a, end: b})
		end = ls - 1
	}
	switch {
	case len(cells) >= width:
		cells = cells[:width]
	case len(cells) == width-1 && width > 2:
	default:
		return trow{}, false
	}
	slices.Reverse(cells)
	if len(cells) == width-1 {
		cells = append([]tcell{{start: cells[0].start, end: cells[0].start}}, cells...)
	}
	return trow{cells: cells, start: cells[0].start, end: cells[len(cells)-1].end}, true
}

// quantityLine is the rule for the line a statistical database's export
// puts above its table to name the quantity of every cell: 指标:工业增加值_
// 同比增长(%) → (工业增加值_同比增长, %); "" when the text is none.
func quantityLine(t string) (name, unit string) {
	t = strings.TrimSpace(t)
	for _, p := range []string{"指标:", "指标：", "指标名称:", "指标名称："} {
		if strings.HasPrefix(t, p) {
			return headerUnit(strings.TrimSpace(t[len(p):]))
		}
	}
	return "", ""
}

// streamPreamble drops the cells a table copied one cell per line starts
// with before its header: empty cells and a 单位 line (单位:亿元, whose
// unit becomes the table's).
func (x *extractor) streamPreamble(cells []tcell) []tcell {
	unit := false
	for len(cells) > 0 {
		t := cells[0].text
		if u := unitLine(t); u != "" {
			x.pendingUnit = u
			unit = true
		} else if englishUnitLine(t) {
			// unit:person after 单位:人: the unit's translation
			unit = true
		} else if unit && t == "" && len(cells) > 1 && cells[1].text != "" && !statLabelHeader(cells[1].text) {
			// 单位:人 | unit:person | | 毕业生数 | …: the empty cell after
			// the unit lines is the label header's, over the row labels.
			break
		} else if u, ok := streamTitle(cells); ok {
			if u != "" {
				x.pendingUnit = u
			}
		} else if t != "" {
			break
		}
		cells = cells[1:]
	}
	return cells
}

// englishUnitLine is the rule for the English translation of a table's
// unit line in a bilingual yearbook (单位:人 then unit:person, Unit: 10000
// yuan): "unit" and a colon, then a short English unit. It is part of the
// table's preamble, as its Chinese line is, not a column's header.
func englishUnitLine(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 5 || !strings.EqualFold(t[:4], "unit") {
		return false
	}
	rest := strings.TrimSpace(t[4:])
	switch {
	case strings.HasPrefix(rest, ":"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "："):
		rest = rest[len("："):]
	default:
		return false
	}
	rest = strings.TrimSpace(rest)
	return rest != "" && len(rest) <= 40 && isTranslation(rest)
}

// numericHeader is the rule for an aligned grid that did not find its
// header: a header row holding a number that is no year (3186 27840 …
// taken for the column names when the header lines were cut off or fell
// into the caption). Such a grid's columns name nothing, and its cells,
// placed by positions the rows do not share, are not read.
func numericHeader(t *doc.Table) bool {
	for r := 0; r < t.HeaderRows && r < t.NumRows(); r++ {
		for c := 0; c < t.NumCols(); c++ {
			txt := strings.TrimSpace(t.At(r, c).Text)
			if txt == "" || !t.IsOrigin(r, c) {
				continue
			}
			if _, _, _, ok := parseCell(txt); ok && headerYearDigits(txt) == 0 && headerYear(txt) == 0 {
				return true
			}
		}
	}
	return false
}

// spacedField is one field of a line of a loosely spaced table: its text
// and byte span in the input.
type spacedField struct {
	text       string
	start, end int
}

// spacedFields splits the line s[a:b] into fields separated by runs of two
// or more blanks (spaces, tabs, ideographic spaces); a single space stays
// inside a field (一、医院, 项 目).
func spacedFields(s string, a, b int) []spacedField {
	var out []spacedField
	i := a
	for i < b {
		for i < b {
			r, n := utf8.DecodeRuneInString(s[i:b])
			if !isSpace(r) {
				break
			}
			i += n
		}
		if i >= b {
			break
		}
		j, end := i, i
		for j < b {
			r, n := utf8.DecodeRuneInString(s[j:b])
			if !isSpace(r) {
				j += n
				end = j
				continue
			}
			if r == ' ' && j+1 < b && s[j+1] != ' ' && s[j+1] != '\t' && !strings.HasPrefix(s[j+1:b], "\u3000") {
				j++ // one space inside a field
				continue
			}
			break
		}
		out = append(out, spacedField{text: s[i:end], start: i, end: end})
		i = j
	}
	return out
}

// spacedValue reports a field that is a table value: a number or a mark
// of a missing value.
func spacedValue(t string) bool {
	if isMissingMark(t) {
		return true
	}
	_, _, _, ok := parseCell(t)
	return ok && strings.IndexFunc(t, isHan) < 0
}

// spacedRow is a line of a loosely spaced table: its label field (empty
// text for a row without one), its values, and the line's span.
type spacedRow struct {
	label      spacedField
	values     []spacedField
	start, end int
}

// readSpacedRow reads the line s[a:b] as a label and the values after it:
// the fields before the first value are the label (卫  生  院, a name
// spread over its cell, is one); ok is false when a text stands after a
// value (a line of prose or of several labels).
func readSpacedRow(s string, a, b int) (r spacedRow, ok bool) {
	fs := spacedFields(s, a, b)
	if len(fs) == 0 {
		return r, false
	}
	r.start, r.end = a, b
	k := 0
	for k < len(fs) && !spacedValue(fs[k].text) {
		k++
	}
	if k > 0 {
		r.label = spacedField{text: removeSpaces(s[fs[0].start:fs[k-1].end]), start: fs[0].start, end: fs[k-1].end}
	} else {
		r.label = spacedField{start: fs[0].start, end: fs[0].start}
	}
	for _, f := range fs[k:] {
		if !spacedValue(f.text) {
			return r, false
		}
		r.values = append(r.values, f)
	}
	return r, true
}

// spacedHeader is the rule for the header lines of a loosely spaced
// table, their names separated by spaces, for a table of width value
// columns: one line of width names (or one more, the first heading the
// labels); two lines of width names each, joined column by column (a
// name over its unit); or an upper line whose last name is a total the
// lower line breaks down (机构数 床位数 人员数 over 卫生技术人员 其他技术人员
// 管理人员 工勤人员: seven columns, the last four parts of 人员数), the
// upper names then the lower ones; else the lower line alone, under a
// caption. It returns the header row's names, the
// first over the labels ("" if none), and false for any other header.
func spacedHeader(lines [][]string, width int) ([]string, bool) {
	label := func(names []string) ([]string, bool) {
		switch len(names) {
		case width:
			return append([]string{""}, names...), true
		case width + 1:
			return names, true
		}
		return nil, false
	}
	switch len(lines) {
	case 1:
		return label(lines[0])
	case 2:
		up, lo := lines[0], lines[1]
		if len(up) == len(lo) && (len(up) == width || len(up) == width+1) {
			joined := make([]string, len(up))
			for i := range up {
				joined[i] = up[i] + lo[i]
			}
			return label(joined)
		}
		if len(up) >= 2 && len(lo) >= 2 {
			if names, ok := label(append(slices.Clip(up), lo...)); ok {
				return names, true
			}
		}
		return label(lo) // a caption above the header line
	}
	return nil, false
}

// headerNames splits a header line into its names at spaces, a name of
// one Chinese character joining the one before it (项 目 → 项目, a name
// spaced out to fill its column).
func headerNames(t string) []string {
	var out []string
	for _, w := range strings.Fields(t) {
		if r, n := utf8.DecodeRuneInString(w); len(out) > 0 && n == len(w) && isHan(r) {
			out[len(out)-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}

// spacedTable is the rule for a yearbook table copied as text whose
// columns lost their alignment: each row its label and then its numbers,
// separated by runs of spaces of any length (so that neither the
// positions, as an aligned table's, nor the length of a run, as a table of
// trailing numbers', place a cell), under header lines of names separated
// by spaces (spacedHeader); a total row may have no label.
//
//	  机构数 床位数 人员数
//	卫生技术人员 其他技术人员 管理人员
//	           310        2784        3183           2538       77       170
//	一、医院          92        1983        1796              1512        43       121
//	    综合医院                    53                   995                 1076      910     23     66
//
// Only rows with a value for every column are read: a row with fewer
// values cannot be placed, and gives nothing. A label alone is a section
// when the row after it is set in further, else a row with nothing
// published, left out. It starts at the line at ls (a row of at least two
// values) and returns the rows for table (the header first) and the
// offset after the last row. loose reports rows of this layout: at least
// three rows with every value whose cells the trailing-number reading
// would place otherwise (runs of spaces it would read as empty cells);
// when the header lines do not name the columns, the rows are nil and the
// block gives nothing, read by no other rule.
func (x *extractor) spacedTable(ls int) (rows []trow, next int, loose bool) {
	s := x.s
	var lines []spacedRow
	pos := ls
	next = ls
	counts := map[int]int{}
	for pos < len(s) && len(lines) < maxGridLines {
		le := nextLine(s, pos)
		a, b := trimSpace(s, pos, le)
		if a >= b || strings.ContainsAny(s[a:b], "|｜。；;") || utf8.RuneCountInString(s[a:b]) > 200 {
			break
		}
		r, ok := readSpacedRow(s, a, b)
		if !ok || len(r.values) == 0 && (r.label.text == "" || utf8.RuneCountInString(r.label.text) > 24) {
			break
		}
		lines = append(lines, r)
		if len(r.values) > 0 {
			counts[len(r.values)]++
			next = min(le+1, len(s))
		}
		pos = le + 1
	}
	x.grid.noSpacedUntil = max(pos, ls+1)
	if len(lines) == 0 || len(lines[0].values) < 2 {
		return nil, ls, false
	}
	width, best := 0, 0
	for w, n := range counts {
		if n > best || n == best && w > width {
			width, best = w, n
		}
	}
	if width < 2 || best < 3 {
		return nil, ls, false
	}
	misread := 0
	for _, r := range lines {
		if len(r.values) == width && doc.TrailingNumbers(s[r.start:r.end]) != width {
			misread++
		}
	}
	if 2*misread < best {
		return nil, ls, false // the trailing-number reading places these cells
	}
	// The header: lines without digits right above.
	var header [][]string
	for p, k := ls, 0; p > 0 && k < 6; k++ {
		a := strings.LastIndexByte(s[:p-1], '\n') + 1
		t := strings.TrimSpace(s[a : p-1])
		if t != "" && strings.IndexFunc(t, isHan) < 0 && (isTranslation(t) || !strings.ContainsAny(t, "0123456789")) {
			p = a // the English of the header (Number of Beds (10 000 units))
			continue
		}
		if t == "" || strings.ContainsAny(t, "0123456789。；;|｜") || unitLine(t) != "" || utf8.RuneCountInString(t) > 120 || len(header) == 2 {
			break
		}
		header = append([][]string{headerNames(t)}, header...)
		p = a
	}
	names, ok := spacedHeader(header, width)
	if !ok {
		return nil, next, true
	}
	hs := ls
	if i := strings.LastIndexByte(s[:max(ls-1, 0)], '\n'); i >= 0 {
		hs = i + 1
	}
	hr := trow{start: hs, end: hs, textLine: true}
	for _, n := range names {
		hr.cells = append(hr.cells, tcell{text: n, start: hs, end: hs})
	}
	out := []trow{hr}
	for i, r := range lines {
		if len(r.values) == 0 {
			if i+1 < len(lines) && labelDepth(s, lines[i+1].label) > labelDepth(s, r.label) {
				out = append(out, x.spacedTrow(r, width))
			}
			continue // nothing published in this row
		}
		if len(r.values) != width {
			continue // a cell left empty: its values cannot be placed
		}
		out = append(out, x.spacedTrow(r, width))
	}
	return out, next, true
}

// spacedTrow is a row of a loosely spaced table as table reads it: its
// label, then its values (empty cells for a label alone, width of them).
func (x *extractor) spacedTrow(r spacedRow, width int) trow {
	// A row without a label is the table's total (its label lost in the
	// copy): the column headers name its values.
	t := trow{start: r.start, end: r.end, nolabel: r.label.text == ""}
	t.cells = append(t.cells, tcell{text: r.label.text, start: r.label.start, end: r.label.end})
	for k := 0; k < width; k++ {
		c := tcell{start: r.end, end: r.end}
		if k < len(r.values) {
			v := r.values[k]
			c = tcell{text: v.text, start: v.start, end: v.end}
		}
		t.cells = append(t.cells, c)
	}
	return t
}

// labelDepth is how far a label is set in from the start of its line, in
// bytes of blanks; -1 for a row without a label.
func labelDepth(s string, f spacedField) int {
	if f.text == "" {
		return -1
	}
	a := strings.LastIndexByte(s[:f.start], '\n') + 1
	return f.start - a
}

// spacedTableIn reads the loosely spaced table (spacedTable) that starts
// at the first line in [ls, end) with two values or more, if one does.
func (x *extractor) spacedTableIn(ls, end int) ([]trow, int) {
	s := x.s
	for pos := ls; pos < end && pos < len(s); {
		le := nextLine(s, pos)
		a, b := trimSpace(s, pos, le)
		if r, ok := readSpacedRow(s, a, b); ok && len(r.values) >= 2 {
			rows, next, _ := x.spacedTable(pos)
			return rows, next
		}
		pos = le + 1
	}
	return nil, ls
}

// scatteredGrid is the rule for an aligned grid whose rows do not share
// their columns: rows with the most common count of values (two or more)
// that place them in different columns. In a table aligned by spaces the
// rows with every value fill the same columns; rows that do not were
// written with runs of spaces of their own (a web page's cells copied as
// text), and the grid's columns are the reader's guesses.
func scatteredGrid(t *doc.Table) bool {
	lc := max(t.LabelCols, 1)
	type rowCols struct {
		n   int
		key string
	}
	var rows []rowCols
	counts := map[int]int{}
	for r := t.HeaderRows; r < t.NumRows(); r++ {
		var key strings.Builder
		n := 0
		for c := lc; c < t.NumCols(); c++ {
			if t.IsOrigin(r, c) && doc.LooksNumeric(strings.TrimSpace(t.At(r, c).Text)) {
				n++
				key.WriteString(strconv.Itoa(c))
				key.WriteByte(',')
			}
		}
		rows = append(rows, rowCols{n, key.String()})
		counts[n]++
	}
	m, best := 0, 0
	for n, k := range counts {
		if n >= 2 && (k > best || k == best && n > m) {
			m, best = n, k
		}
	}
	if best < 2 {
		return false
	}
	first := ""
	for _, r := range rows {
		if r.n != m {
			continue
		}
		if first == "" {
			first = r.key
		} else if r.key != first {
			return true
		}
	}
	return false
}

// removeSpaces drops the blanks inside a label spread over its cell
// (卫  生  院 → 卫生院).
func removeSpaces(t string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, t)
}

// tableInLine reads a table a copy ran into one line, s[ls:le], whose
// rows are rows and which spans s[a:b]: the title or prose before it as a
// line, the table under the unit line above it, then the prose the copy
// ran on after it.
func (x *extractor) tableInLine(rows []trow, ls, a, b, le int) {
	x.line(ls, a)
	x.curTableUnit = x.pendingUnit
	x.table(rows, x.pendingUnit)
	x.pendingUnit = ""
	x.line(b, le)
}
