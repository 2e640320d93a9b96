package ingest

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
)

// ReadTextDocument reads text or Markdown (decoded as ReadText does) into a
// Document:
//
//   - every non-empty line is a paragraph (a web page saved as text has one
//     paragraph a line), except headings: Markdown # lines, a short first
//     line (the title) and short numbered lines (一、…, （一）…);
//   - consecutive table rows make a table: box-drawn rows (│ cells
//     between ┌─┬─┐ borders, or the ASCII grid +----+, doc.BoxTable), pipe
//     rows (| a | b |, Markdown
//     with or without its |---| line), tab-separated rows, and rows whose
//     cells are aligned by runs of two or more spaces (as pdftotext -layout
//     writes them), the columns found from the blank columns of the rows
//     that hold numbers; a header spread over two columns becomes a merged
//     cell;
//   - a 表1 … caption and a 单位：… line above or below a table, and 注：…
//     lines under it, are the table's Caption, Unit and Notes;
//   - the boilerplate of a web page saved as text (breadcrumbs, 打印/关闭/
//     分享 links, 来源/作者/发布日期 lines, 网站地图) is left out (see
//     IsBoilerplateLine), as is a first line that echoes the page title
//     with the site's name appended.
//
// Block sources carry the byte offset and the 1-based line of the text.
// The document's Plain holds the text itself, its boilerplate lines blanked
// to spaces (offsets kept), for readers with rules for text as laid out.
func ReadTextDocument(r io.Reader, opt Options) (*doc.Document, error) {
	b, err := ReadText(r, opt)
	if err != nil {
		return nil, err
	}
	return parseTextDocument(string(b), opt.Name, textMode{}), nil
}

// textMode says how text was produced.
type textMode struct {
	// pdf: pdftotext -layout output: lines wrap inside paragraphs, a form
	// feed separates pages, pages carry their numbers, and every character
	// takes one column whatever its width.
	pdf bool
	// budget caps the document's table cells; nil for none.
	budget *cellBudget
}

// textLine is one line of the input.
type textLine struct {
	s    string // without the line ending
	off  int    // byte offset of the line's start
	line int    // 1-based
	page int    // 0-based page of a PDF's text (pdfLines), 0 for other text
}

// rowKind is how a line is written as a table row.
type rowKind uint8

const (
	notRow rowKind = iota
	pipeRow
	pipeSepRow // a Markdown |---|---| line
	tabRow
	alignedRow
)

// segment is a line of text or a table, on the way to blocks.
type segment struct {
	ln    textLine
	table *doc.Table // nil for a line of text
	used  bool       // a text line taken into a table as caption, unit or note
}

func splitLines(text string) []textLine {
	var lines []textLine
	off, n := 0, 1
	for off <= len(text) {
		i := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if i >= 0 {
			end = off + i
		}
		s := strings.TrimSuffix(text[off:end], "\r")
		lines = append(lines, textLine{s: s, off: off, line: n})
		if i < 0 {
			break
		}
		off = end + 1
		n++
	}
	return lines
}

// parseTextDocument turns text into a Document.
func parseTextDocument(text, name string, mode textMode) *doc.Document {
	lines := splitLines(text)
	mode.budget = newCellBudget()
	if mode.pdf {
		lines = pdfLines(lines)
	}
	segs := tableSegments(lines, mode)
	attachTableLines(segs)
	if mode.pdf {
		segs = joinPageTables(segs)
	}
	d := &doc.Document{Name: name}
	echo := emitTextSegments(d, segs, mode)
	if !mode.pdf {
		d.Plain = plainText(text, segs, echo)
	}
	return d
}

// plainText is text with the lines emitTextSegments left out as page
// boilerplate (IsBoilerplateLine, and the title echo at segs[echo] when
// echo ≥ 0) blanked to spaces, each byte to one space, so that offsets
// into text still hold.
func plainText(text string, segs []segment, echo int) string {
	var b []byte
	for i, s := range segs {
		if s.table != nil || !(i == echo || IsBoilerplateLine(strings.TrimSpace(s.ln.s))) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for k := s.ln.off; k < s.ln.off+len(s.ln.s); k++ {
			b[k] = ' '
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// tableSegments groups the lines into text lines and tables.
func tableSegments(lines []textLine, mode textMode) []segment {
	var segs []segment
	var found alignedFind
	for i := 0; i < len(lines); {
		if t, n := found.at(lines, i, mode); n > 0 {
			segs = append(segs, segment{ln: lines[i], table: t})
			i += n
			continue
		}
		if t, n := textTableAt(lines, i, mode); n > 0 {
			segs = append(segs, segment{ln: lines[i], table: t})
			i += n
			continue
		}
		segs = append(segs, segment{ln: lines[i]})
		i++
	}
	return segs
}

// alignedFind is what tableSegments keeps of the aligned tables it looked
// for with doc.FindAligned, the reader analysis/extract uses too: the
// block of lines looked at ends at until, and a table found in it starts
// at line start and takes n lines.
type alignedFind struct {
	until int
	found []doc.AlignedFound // indexes in lines, not in the block
}

// at returns the aligned table that starts at lines[i] and how many lines
// it takes, 0 if none; a block of lines doc.AlignedLine admits is looked
// at once.
func (a *alignedFind) at(lines []textLine, i int, mode textMode) (*doc.Table, int) {
	for len(a.found) > 0 && a.found[0].Start < i {
		a.found = a.found[1:] // passed over (inside another table)
	}
	if len(a.found) > 0 && a.found[0].Start == i {
		f := a.found[0]
		a.found = a.found[1:]
		return f.Table, f.End - f.Start
	}
	if i < a.until {
		return nil, 0
	}
	opt := gridOptions(mode)
	var block []doc.TextLine
	var at []int // the index in lines of each line of block
	blank, numbers := false, false
	j := i
	// A block ends at a page break: pdftotext lays each page out by
	// itself (joinPageTables joins a table's pages).
	for ; j < len(lines) && len(block) < 5000 && lines[j].page == lines[i].page; j++ {
		k, fs := doc.AlignedLine(lines[j].s, opt)
		if mode.pdf && k == doc.BlankLine && blank && !numbers {
			continue // pdftotext's blank lines under a header: one is kept
		}
		if k == doc.NotAligned || k == doc.BlankLine && (blank || len(block) == 0) {
			break
		}
		blank = k == doc.BlankLine
		numbers = numbers || k == doc.FieldsLine && doc.LooksNumeric(fs[len(fs)-1].Text)
		block = append(block, doc.TextLine{Text: lines[j].s, Offset: lines[j].off, Line: lines[j].line})
		at = append(at, j)
	}
	a.until = max(j, i+1)
	if len(block) == 0 || rowKindOf(lines[i].s, mode) == pipeRow || rowKindOf(lines[i].s, mode) == tabRow {
		return nil, 0
	}
	for _, f := range doc.FindAligned(block, opt) {
		mode.budget.spend(f.Table)
		f.Start, f.End = at[f.Start], at[f.End-1]+1
		if mode.pdf {
			closePDFCellSpaces(f.Table)
		}
		f.Table.Source = doc.Source{Offset: lines[f.Start].off, Line: lines[f.Start].line}
		a.found = append(a.found, f)
	}
	if len(a.found) > 0 && a.found[0].Start == i {
		return a.at(lines, i, mode)
	}
	return nil, 0
}

// textTableAt returns the table starting at lines[i] and how many lines it
// takes, or 0 when no table starts there.
func textTableAt(lines []textLine, i int, mode textMode) (*doc.Table, int) {
	if t, n := boxTableAt(lines, i, mode); n > 0 {
		return t, n
	}
	// Up to two header lines of one cell each (a header spanning the
	// columns below it) may stand above an aligned table.
	start := i
	var rows []textLine
	for start < len(lines) && len(rows) < 2 && isSpanningHeaderLine(lines[start].s, mode) {
		rows = append(rows, lines[start])
		start++
	}
	if start >= len(lines) {
		return nil, 0
	}
	k := rowKindOf(lines[start].s, mode)
	if k == notRow || (len(rows) > 0 && k != alignedRow) || (k == pipeSepRow && start+1 >= len(lines)) {
		return nil, 0
	}
	if k == pipeSepRow {
		k = pipeRow
	}
	j := start
	sep := false
	body := 0
	for j < len(lines) && lines[j].page == lines[start].page { // pdftotext lays each page out by itself
		kj := rowKindOf(lines[j].s, mode)
		switch {
		case kj == k || (k == pipeRow && kj == pipeSepRow):
			if kj == pipeSepRow {
				sep = true
			} else {
				rows = append(rows, lines[j])
				body++
			}
			j++
			continue
		case k == alignedRow && body > 0 && j+1 < len(lines) && rowKindOf(lines[j+1].s, mode) == alignedRow &&
			(strings.TrimSpace(lines[j].s) == "" || isLabelOnlyLine(lines[j].s, lines[start].s, mode)):
			// a blank line between rows (pdftotext), or a group label
			// alone on its line (其中, 第一产业) inside an aligned table
			// (a blank line goes too: it parts the rows of a table
			// whose cells wrap)
			rows = append(rows, lines[j])
			j++
			continue
		}
		break
	}
	if body < 2 && !(sep && body == 1) {
		return nil, 0
	}
	var t *doc.Table
	var err error
	switch k {
	case pipeRow, tabRow:
		t, err = splitTable(rows, k, mode)
	case alignedRow:
		t, err = alignedTable(rows, mode)
	}
	if err != nil || t == nil || t.NumCols() < 2 {
		return nil, 0
	}
	mode.budget.spend(t)
	if !sep && !tableHasNumber(t) {
		return nil, 0 // rows of words separated by | or spaces: a menu, not a table
	}
	if mode.pdf {
		closePDFCellSpaces(t)
	}
	t.Source = doc.Source{Offset: rows[0].off, Line: rows[0].line}
	return t, j - i
}

// boxTableAt returns the box-drawn table (doc.BoxTable) starting at
// lines[i] — a run of border lines and lines of cells between │ (or | in
// the ASCII grid form under a +----+ border) with two lines of cells or
// more and a number — and how many lines it takes; 0 when none starts
// there.
func boxTableAt(lines []textLine, i int, mode textMode) (*doc.Table, int) {
	first := strings.TrimSpace(lines[i].s)
	if first == "" || !strings.ContainsAny(first, "│┃║") && !doc.IsBoxBorderLine(first) {
		return nil, 0
	}
	ascii := !strings.ContainsAny(first, "│┃║┌┐└┘├┤┬┴┼─━═╔╗╚╝")
	var block []doc.TextLine
	contents := 0
	j := i
	for ; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j].s)
		border := t != "" && doc.IsBoxBorderLine(t)
		if !border && !doc.IsBoxRowLine(lines[j].s, ascii) {
			break
		}
		if !border {
			contents++
		}
		block = append(block, doc.TextLine{Text: lines[j].s, Offset: lines[j].off, Line: lines[j].line})
	}
	if contents < 2 {
		return nil, 0
	}
	t, err := doc.BoxTable(block, gridOptions(mode))
	if err != nil || t == nil || t.NumCols() < 2 || !tableHasNumber(t) {
		return nil, 0
	}
	mode.budget.spend(t)
	t.Source = doc.Source{Offset: lines[i].off, Line: lines[i].line}
	return t, j - i
}

// isSpanningHeaderLine is the rule for a header line above an aligned
// table that holds one cell spanning columns (2023年 centred over 金额 and
// 增长): one short field, indented at least 8 columns, that is not a
// number, a caption, a unit line or a note.
func isSpanningHeaderLine(s string, mode textMode) bool {
	if !strings.HasPrefix(s, "        ") && !strings.HasPrefix(s, "\t") && !strings.HasPrefix(s, "\u3000") {
		return false
	}
	fs := alignedFields(s, 0, mode)
	if len(fs) != 1 || fs[0].Start < 8 || utf8.RuneCountInString(fs[0].Text) > 20 {
		return false
	}
	t := fs[0].Text
	if doc.LooksNumeric(t) || doc.IsCaptionLine(t) || doc.IsNoteLine(t) || endsSentence(t) {
		return false
	}
	_, unit := doc.UnitLine(t)
	return !unit
}

// tableHasNumber reports whether a cell right of the first column holds a
// number.
func tableHasNumber(t *doc.Table) bool {
	for r := 0; r < t.NumRows(); r++ {
		for c := 1; c < t.NumCols(); c++ {
			if doc.LooksNumeric(t.At(r, c).Text) {
				return true
			}
		}
	}
	return false
}

// rowKindOf is the rule for how a line is written as a table row.
func rowKindOf(s string, mode textMode) rowKind {
	t := strings.TrimSpace(s)
	if t == "" || !mayBeRow(t) {
		return notRow
	}
	if strings.Count(t, "|") >= 2 && (strings.HasPrefix(t, "|") || strings.HasSuffix(t, "|")) {
		if isPipeSeparator(t) {
			return pipeSepRow
		}
		return pipeRow
	}
	if strings.Contains(t, "\t") {
		n := 0
		for _, f := range strings.Split(t, "\t") {
			if strings.TrimSpace(f) != "" {
				n++
			}
		}
		if n >= 2 {
			return tabRow
		}
	}
	if doc.IsCaptionLine(t) || doc.IsNoteLine(t) {
		return notRow
	}
	if _, ok := doc.UnitLine(t); ok {
		return notRow
	}
	if fs := alignedFields(s, 0, mode); len(fs) >= 2 {
		for _, f := range fs {
			if utf8.RuneCountInString(f.Text) > 60 {
				return notRow
			}
		}
		return alignedRow
	}
	return notRow
}

// isPipeSeparator reports whether a pipe row is Markdown's |---|:--:| line.
func isPipeSeparator(t string) bool {
	cells := pipeCells(t)
	if len(cells) == 0 {
		return false
	}
	for _, c := range cells {
		c = strings.TrimSpace(c)
		c = strings.Trim(c, ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return false
		}
	}
	return true
}

// pipeCells splits a pipe row, dropping the empty cells outside its edge
// pipes.
func pipeCells(t string) []string {
	t = strings.TrimSpace(t)
	t = strings.TrimPrefix(t, "|")
	t = strings.TrimSuffix(t, "|")
	return strings.Split(t, "|")
}

// isLabelOnlyLine reports whether a line inside an aligned table is a
// label alone (a group name, or a label wrapped to its own line): one
// field starting no further right than the table's first column.
func isLabelOnlyLine(s, first string, mode textMode) bool {
	fs := alignedFields(s, 0, mode)
	ff := alignedFields(first, 0, mode)
	if len(fs) != 1 || len(ff) == 0 {
		return false
	}
	return fs[0].Start <= ff[0].Start+4 && utf8.RuneCountInString(fs[0].Text) <= 30 && !doc.LooksNumeric(fs[0].Text)
}

// splitTable makes a table of pipe or tab rows.
func splitTable(rows []textLine, k rowKind, mode textMode) (*doc.Table, error) {
	b := mode.budget.builder()
	for _, ln := range rows {
		b.Row()
		s := ln.s
		var cells []string
		base := 0
		if k == pipeRow {
			lead := len(s) - len(strings.TrimLeft(s, " \t"))
			t := strings.TrimSpace(s)
			base = lead
			if strings.HasPrefix(t, "|") {
				base++
			}
			cells = pipeCells(t)
		} else {
			t := strings.TrimLeft(s, " ")
			base = len(s) - len(t)
			cells = strings.Split(strings.TrimRight(t, " \t"), "\t")
		}
		off := base
		for _, c := range cells {
			lead := len(c) - len(strings.TrimLeft(c, " \t"))
			b.Cell(c, 1, 1, doc.Source{Offset: ln.off + off + lead, Line: ln.line})
			off += len(c) + 1
		}
	}
	return b.Table()
}

// gridOptions are the doc package's layout options for text made in mode:
// pdftotext gives every character one column.
func gridOptions(mode textMode) doc.GridOptions {
	opt := doc.GridOptions{OneColumn: mode.pdf}
	if mode.budget != nil {
		opt.Limit = max(1, min(doc.MaxCells, mode.budget.left))
	}
	return opt
}

// alignedFields splits a line into the fields of an aligned table
// (doc.AlignedFields).
func alignedFields(s string, base int, mode textMode) []doc.Field {
	return doc.AlignedFields(s, base, gridOptions(mode))
}

// alignedTable makes a table of rows aligned by spaces (doc.AlignedTable).
func alignedTable(rows []textLine, mode textMode) (*doc.Table, error) {
	lines := make([]doc.TextLine, len(rows))
	for i, ln := range rows {
		lines[i] = doc.TextLine{Text: ln.s, Offset: ln.off, Line: ln.line}
	}
	return doc.AlignedTable(lines, gridOptions(mode))
}

// mayBeRow reports cheaply whether a line can be a table row at all: it
// has a |, a tab, two spaces or an ideographic space.
func mayBeRow(s string) bool {
	return strings.ContainsAny(s, "|\t\u3000\u00a0") || strings.Contains(s, "  ")
}

// attachTableLines gives each table the caption and unit lines just above
// it and the unit and note lines just below it, marking them used.
func attachTableLines(segs []segment) {
	for i := range segs {
		t := segs[i].table
		if t == nil {
			continue
		}
		// Above: up to two lines (a caption and a unit line, either order),
		// skipping blank lines.
		for j, taken := i-1, 0; j >= 0 && taken < 2 && i-j <= 4; j-- {
			if segs[j].table != nil || segs[j].used {
				break
			}
			s := strings.TrimSpace(segs[j].ln.s)
			if s == "" {
				continue
			}
			if !takeCaptionOrUnit(t, s) {
				break
			}
			segs[j].used = true
			taken++
		}
		// Below: a unit line, then 注 lines.
		inNote := false
		for j := i + 1; j < len(segs); j++ {
			if segs[j].table != nil {
				break
			}
			s := strings.TrimSpace(segs[j].ln.s)
			if s == "" {
				if inNote {
					break
				}
				if j == i+1 {
					continue
				}
				break
			}
			if u, ok := doc.UnitLine(s); ok && t.Unit == "" && !inNote {
				t.Unit = u
			} else if doc.IsNoteLine(s) {
				t.Notes = append(t.Notes, s)
				inNote = true
			} else {
				break
			}
			segs[j].used = true
		}
		t.Normalize()
	}
}

// takeCaptionOrUnit takes a line above a table as its caption (表1 …) or
// unit line (单位：万元), or a line holding both, reporting whether it did.
func takeCaptionOrUnit(t *doc.Table, s string) bool {
	if u, ok := doc.UnitLine(s); ok {
		if t.Unit == "" {
			t.Unit = u
		}
		return true
	}
	if doc.IsCaptionLine(s) && t.Caption == "" {
		// 表1 主要指标      单位：万元
		fs := alignedFields(s, 0, textMode{})
		if n := len(fs); n >= 2 {
			if u, ok := doc.UnitLine(fs[n-1].Text); ok {
				t.Unit = u
				s = strings.TrimSpace(s[:strings.LastIndex(s, fs[n-1].Text)])
			}
		}
		t.Caption = doc.CleanText(s)
		return true
	}
	return false
}

// emitTextSegments turns the segments into blocks. It returns the index
// of the first line when it was left out as an echo of the page title,
// else -1.
func emitTextSegments(d *doc.Document, segs []segment, mode textMode) int {
	// The first line may echo the page title with the site's name: drop it
	// when a later line is the title alone.
	first := -1
	for i, s := range segs {
		if s.table == nil && strings.TrimSpace(s.ln.s) != "" {
			first = i
			break
		}
	}
	echo := -1
	if first >= 0 {
		if t := pageTitleEcho(strings.TrimSpace(segs[first].ln.s), segs[first+1:]); t {
			segs[first].used = true
			echo = first
		}
	}
	titled := false
	for _, s := range segs {
		if s.table != nil {
			d.Add(doc.Block{Kind: doc.TableBlock, Table: s.table, Source: s.table.Source})
			titled = true
			continue
		}
		if s.used {
			continue
		}
		raw := s.ln.s
		text := strings.TrimSpace(raw)
		if text == "" || IsBoilerplateLine(text) {
			continue
		}
		lead := len(raw) - len(strings.TrimLeft(raw, " \t\u3000"))
		src := doc.Source{Offset: s.ln.off + lead, Line: s.ln.line}
		if lvl, h := markdownHeading(text); lvl > 0 {
			d.Add(doc.Block{Kind: doc.Heading, Level: lvl, Text: h, Source: doc.Source{Offset: src.Offset + len(text) - len(h), Line: src.Line}})
			titled = true
			continue
		}
		if !titled && isTitleLine(text) {
			d.Add(doc.Block{Kind: doc.Heading, Level: 1, Text: text, Source: src})
			titled = true
			continue
		}
		titled = true
		if lvl := headingLevelOf(text); lvl > 0 {
			d.Add(doc.Block{Kind: doc.Heading, Level: lvl, Text: text, Source: src})
			continue
		}
		d.Add(doc.Block{Kind: doc.Paragraph, Text: text, Source: src})
	}
	return echo
}

// markdownHeading returns the level and text of a Markdown # heading.
func markdownHeading(s string) (int, string) {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || s[n] != ' ' {
		return 0, ""
	}
	return n, strings.TrimSpace(s[n:])
}

// isTitleLine is the rule for a document's title as its first line: short
// (at most 60 characters) and not ending as a sentence does.
func isTitleLine(s string) bool {
	return utf8.RuneCountInString(s) <= 60 && !endsSentence(s) && !strings.ContainsAny(s, "，。；,;")
}

// endsSentence reports whether s ends with sentence-final punctuation.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune("。！？；：.!?;:…”", r)
}

// headingLevelOf is the rule for numbered headings in Chinese reports, when
// the line is short (at most 40 characters) and holds no full stop:
// 一、… → 2, （一）… or (一)… → 3, 1.… or 1、… → 4; 0 when not a heading.
func headingLevelOf(s string) int {
	if utf8.RuneCountInString(s) > 40 || strings.ContainsAny(s, "。；;") {
		return 0
	}
	if isHeadingLine(s) {
		switch {
		case strings.HasPrefix(s, "（") || strings.HasPrefix(s, "("):
			return 3
		case s[0] >= '0' && s[0] <= '9':
			return 4
		}
		return 2
	}
	return 0
}

// isHeadingLine reports whether s starts with a heading number: 一、, 第一章,
// （一）, (一), 1. or 1、.
func isHeadingLine(s string) bool {
	const cn = "一二三四五六七八九十百"
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case strings.ContainsRune(cn, r):
		rest := strings.TrimLeft(s[n:], cn)
		return strings.HasPrefix(rest, "、")
	case r == '第':
		rest := strings.TrimLeft(s[n:], cn)
		return strings.HasPrefix(rest, "章") || strings.HasPrefix(rest, "部分") || strings.HasPrefix(rest, "节")
	case r == '（' || r == '(':
		rest := strings.TrimLeft(s[n:], cn)
		return len(rest) < len(s[n:]) && (strings.HasPrefix(rest, "）") || strings.HasPrefix(rest, ")"))
	case r >= '0' && r <= '9':
		rest := strings.TrimLeft(s, "0123456789")
		return strings.HasPrefix(rest, "、") || (strings.HasPrefix(rest, ".") && !strings.HasPrefix(rest, ".0") && len(rest) > 1 && !(rest[1] >= '0' && rest[1] <= '9'))
	}
	return false
}

// pageTitleEcho is the rule for a web page's title line with the site's
// name appended (报告标题 -网站名, 报告标题_网站名, 报告标题|网站名): true
// when the part before the separator is, on its own, a later line.
func pageTitleEcho(first string, rest []segment) bool {
	cut := -1
	for _, sep := range []string{" - ", " -", "-", "_", "|", "｜", " — "} {
		if i := strings.LastIndex(first, sep); i > 0 {
			cut = i
			break
		}
	}
	if cut < 0 {
		return false
	}
	title := strings.TrimSpace(first[:cut])
	if utf8.RuneCountInString(title) < 4 {
		return false
	}
	for k, s := range rest {
		if k > 30 {
			break
		}
		if s.table == nil && strings.TrimSpace(s.ln.s) == title {
			return true
		}
	}
	return false
}

// boilerplateWords are the controls of web pages that a page saved as text
// keeps: print, close, share, font size, site map, QR codes.
var boilerplateWords = []string{
	"打印", "关闭", "分享", "字体", "网站地图", "热搜", "收藏", "返回顶部", "上一篇", "下一篇",
	"扫一扫", "浏览次数", "访问量", "当前位置", "您的位置", "【大】", "【中】", "【小】", "大 中 小",
	"首页", "微信", "微博", "打印本页", "关闭窗口", "联系我们", "版权所有", "主办单位", "承办单位",
	"技术支持", "ICP备", "公网安备", "网站标识码", "纠错", "无障碍", "繁体", "简体",
}

// IsBoilerplateLine is the rule for the lines of a web page that are not
// its text: a breadcrumb (two or more > or » separators on a short line), a
// line made of page controls (【打印】 【关闭】, 分享到, 字体：大 中 小,
// 网站地图), the 来源：…作者：…发布日期：… line, and 热搜 lists. Lines longer
// than 80 characters, and lines ending with 。, are never boilerplate.
func IsBoilerplateLine(s string) bool {
	s = strings.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	if n == 0 || n > 80 || strings.HasSuffix(s, "。") {
		return false // page controls never end as a sentence does
	}
	if strings.Count(s, ">")+strings.Count(s, "»")+strings.Count(s, "＞") >= 2 {
		return true
	}
	meta := 0
	for _, w := range []string{"来源:", "来源：", "作者:", "作者：", "发布日期", "发布时间", "浏览次数", "点击数", "阅读次数", "信息来源", "文章来源", "访问次数", "责任编辑"} {
		if strings.Contains(s, w) {
			meta++
		}
	}
	if meta >= 2 || (meta == 1 && n <= 40 && (strings.Contains(s, "发布日期") || strings.Contains(s, "发布时间"))) {
		return true
	}
	// What is left once the controls are taken out is short punctuation.
	rest := s
	hits := 0
	for _, w := range boilerplateWords {
		if strings.Contains(rest, w) {
			hits++
			rest = strings.ReplaceAll(rest, w, "")
		}
	}
	if hits == 0 {
		return false
	}
	left := 0
	for _, r := range rest {
		if r > 0x2E80 && !strings.ContainsRune("【】〔〕（）：，、。·　「」《》", r) {
			left++
		}
	}
	return left <= 4
}

// pdfLines prepares pdftotext output: a form feed ends a page (each line
// keeps its page), page-number lines (— 1 —, - 2 -, 第3页, 3/10, a bare
// number) are dropped, the font spaces of prose lines go (dropPDFSpaces;
// a table row keeps them, and its columns, until its cells are read), and
// lines that wrap inside a paragraph are joined (see joinsNext).
func pdfLines(lines []textLine) []textLine {
	var out []textLine
	page := 0
	for _, ln := range lines {
		for strings.Contains(ln.s, "\f") {
			i := strings.IndexByte(ln.s, '\f')
			before := ln.s[:i]
			if strings.TrimSpace(before) != "" {
				out = append(out, textLine{s: before, off: ln.off, line: ln.line, page: page})
			}
			out = append(out, textLine{s: "", off: ln.off + i, line: ln.line, page: page})
			page++
			ln = textLine{s: ln.s[i+1:], off: ln.off + i + 1, line: ln.line}
		}
		ln.page = page
		if isPageNumberLine(ln.s) {
			continue
		}
		ln.s = splitCJKCells(ln.s)
		if rowKindOf(ln.s, textMode{pdf: true}) == notRow {
			// only prose: a table row keeps its columns where they
			// are, its cells' font spaces go later (closePDFCellSpaces)
			ln.s = dropPDFSpaces(ln.s)
		}
		out = append(out, ln)
	}
	out = dropRunningHeads(out)
	// Join wrapped prose lines.
	var joined []textLine
	for i := 0; i < len(out); i++ {
		ln := out[i]
		if rowKindOf(ln.s, textMode{pdf: true}) != notRow {
			joined = append(joined, ln)
			continue
		}
		for i+1 < len(out) && joinsNext(ln.s, out[i+1].s) {
			next := strings.TrimSpace(out[i+1].s)
			ln.s = strings.TrimRight(ln.s, " ") + joinSep(ln.s, next) + next
			i++
		}
		joined = append(joined, ln)
	}
	return joined
}

// dropRunningHeads is the rule for a PDF's running heads and feet: a line
// of one piece of text (no column gaps) that is the first or the last
// line of every page but one at least (two at least), the same text but
// for its digits (某市2024年统计公报, 某某公司 第 3 页), is dropped from
// every page it heads or foots, so that a table running over the pages
// is not cut by it. (The header of a table repeated on the pages it
// runs over heads fewer pages, or is a row with column gaps.)
func dropRunningHeads(lines []textLine) []textLine {
	if len(lines) == 0 || lines[len(lines)-1].page == 0 {
		return lines
	}
	// the first and last non-blank lines of each page
	var ends []int
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && lines[j].page == lines[i].page {
			j++
		}
		first, last := i, j-1
		for first < j && strings.TrimSpace(lines[first].s) == "" {
			first++
		}
		for last > first && strings.TrimSpace(lines[last].s) == "" {
			last--
		}
		if first < j {
			ends = append(ends, first)
			if last != first {
				ends = append(ends, last)
			}
		}
		i = j
	}
	pages := lines[len(lines)-1].page - lines[0].page + 1
	count := map[string]int{}
	for _, k := range ends {
		if key, ok := runningHeadKey(lines[k].s); ok {
			count[key]++
		}
	}
	drop := map[int]bool{}
	for _, k := range ends {
		if key, ok := runningHeadKey(lines[k].s); ok && count[key] >= max(2, pages-1) {
			drop[k] = true
		}
	}
	if len(drop) == 0 {
		return lines
	}
	out := lines[:0]
	for i, ln := range lines {
		if !drop[i] {
			out = append(out, ln)
		}
	}
	return out
}

// runningHeadKey is a line's text as running heads repeat it: its digits
// as #, its spaces gone; ok is false for a line with column gaps (a
// table's header row repeated on each page is kept) or a long one.
func runningHeadKey(s string) (string, bool) {
	t := strings.TrimSpace(s)
	if t == "" || utf8.RuneCountInString(t) > 40 || strings.Contains(t, "  ") {
		return "", false
	}
	var b strings.Builder
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('#')
		case r == ' ':
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), true
}

// dropPDFSpaces is the rule for the spaces pdftotext puts where the font
// changes between Chinese and Latin letters or digits (2023 年, 1234.5 亿元,
// 增长 5.2%): a single space between a Chinese character and a letter,
// digit or % goes, unless a number standing alone as a table cell follows
// it (standaloneNumberAt); runs of two or more (column gaps) stay. Offsets of the
// text after a dropped space on its line are early by the spaces dropped.
func dropPDFSpaces(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	var b strings.Builder
	removed := 0
	prev := rune(0)
	for i, r := range s {
		if r == ' ' && i > 0 && i+1 < len(s) && s[i+1] != ' ' && prev != ' ' {
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if isHan(prev) && standaloneNumberAt(s, i+1) {
				// 东的扣除非经常性 60,300.00      58,000.00: a table cell
				b.WriteRune(r)
				prev = r
				continue
			}
			if (isHan(prev) && isLatinOrDigit(next)) || (isLatinOrDigit(prev) && isHan(next)) {
				removed++
				prev = r
				continue
			}
		}
		b.WriteRune(r)
		prev = r
	}
	if removed == 0 {
		return s
	}
	return b.String()
}

// standaloneNumberAt reports a number at s[i:] that stands alone as a
// table cell does: a token doc.LooksNumeric reads, followed by two spaces
// or more, or one space and another such number (not the line's end: a
// prose line wraps after 增长 5.2% as often).
func standaloneNumberAt(s string, i int) bool {
	j := i
	for j < len(s) && s[j] != ' ' {
		j++
	}
	if !doc.LooksNumeric(s[i:j]) {
		return false
	}
	if j >= len(s) {
		return false
	}
	if j+1 < len(s) && s[j+1] == ' ' {
		return true
	}
	k := j + 1
	for k < len(s) && s[k] != ' ' {
		k++
	}
	return doc.LooksNumeric(s[j+1 : k])
}

func isHan(r rune) bool { return r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF }

func isLatinOrDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '%'
}

// splitCJKCells is the rule for a single space between two Chinese
// characters in the first cell of a pdftotext line: Chinese text has no
// spaces, so it parts a label (or the header over the labels) that fills
// its cell from the next cell (指标名称（按行业分组统计口 本年累计). It
// becomes a column gap of two spaces, and the next gap of three spaces or
// more gives one up, so that the columns after it stay where they are.
// Only a line starting at the left edge is split, once (the words of
// value headers set one space apart, 招生数 在校学生数, are the doc
// package's), and lines with sentence punctuation (，。；：) are prose.
func splitCJKCells(s string) string {
	if !strings.Contains(s, " ") || strings.HasPrefix(s, "  ") || strings.ContainsAny(s, "，。；：") {
		return s
	}
	i := 0
	for i < len(s) && s[i] != ' ' {
		i++
	}
	// s[i] is the first space; it parts two cells when it stands alone
	// between Chinese characters
	if i == 0 || i+1 >= len(s) || s[i+1] == ' ' {
		return s
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+1:])
	if !isCJKText(before) || !isCJKText(after) {
		return s
	}
	rest := s[i+1:]
	if g := strings.Index(rest, "   "); g >= 0 {
		rest = rest[:g] + rest[g+1:] // the next wide gap gives the space back
	}
	return s[:i] + "  " + rest
}

// isCJKText reports a Chinese character or full-width punctuation
// (（）、“”).
func isCJKText(r rune) bool {
	return isHan(r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF || r == '“' || r == '”'
}

// joinPageTables is the rule for a table that a PDF continues on the
// next page: a table on a later page than the table before it, with only
// blank lines between, whose header rows repeat that table's (the same
// texts, the same columns) or that has no header and as many columns, is
// the same table: its data rows are appended to it.
func joinPageTables(segs []segment) []segment {
	out := segs[:0]
	last := -1 // index in out of the last table, while only blank lines follow it
	for _, sg := range segs {
		if sg.table == nil {
			if last >= 0 && !sg.used && sg.ln.page > out[last].ln.page && appendLoneRow(out[last].table, sg.ln) {
				continue // the table's last row alone on the next page
			}
			if !sg.used && strings.TrimSpace(sg.ln.s) != "" {
				last = -1
			}
			out = append(out, sg)
			continue
		}
		if last >= 0 && sg.ln.page > out[last].ln.page && continuesTable(out[last].table, sg.table) {
			appendDataRows(out[last].table, sg.table)
			out[last].ln.page = sg.ln.page
			continue
		}
		out = append(out, sg)
		last = len(out) - 1
	}
	return out
}

// continuesTable reports whether b, read on the page after a's, continues
// a: as many columns, and b's header rows a's (the same texts) or none,
// with no caption of its own.
func continuesTable(a, b *doc.Table) bool {
	if a.NumCols() != b.NumCols() || b.Caption != "" || b.NumRows() <= b.HeaderRows {
		return false
	}
	if b.HeaderRows == 0 || rowHasNumber(b, 0) {
		// no header (what the layout took for one holds numbers)
		b.HeaderRows = 0
		return a.HeaderRows > 0
	}
	if b.HeaderRows != a.HeaderRows {
		return false
	}
	for r := 0; r < b.HeaderRows; r++ {
		for c := 0; c < b.NumCols(); c++ {
			if a.At(r, c).Text != b.At(r, c).Text {
				return false
			}
		}
	}
	// no cell of b's data rows may start in its header
	for c := 0; c < b.NumCols(); c++ {
		if b.At(b.HeaderRows, c).Row < b.HeaderRows {
			return false
		}
	}
	return true
}

// appendLoneRow appends a line to t when it is a row of t alone on the
// next page: as many aligned fields as t has columns, a number after the
// first. It reports whether it did.
func appendLoneRow(t *doc.Table, ln textLine) bool {
	mode := textMode{pdf: true}
	if rowKindOf(ln.s, mode) != alignedRow {
		return false
	}
	fs := alignedFields(ln.s, 0, mode)
	if len(fs) != t.NumCols() || len(fs) < 2 || !doc.LooksNumeric(fs[len(fs)-1].Text) {
		return false
	}
	r := t.NumRows()
	row := make([]doc.Cell, len(fs))
	for c, f := range fs {
		row[c] = doc.Cell{Text: dropPDFSpaces(doc.CleanText(f.Text)), Row: r, Col: c, RowSpan: 1, ColSpan: 1,
			Source: doc.Source{Offset: ln.off + f.Offset, Line: ln.line}}
	}
	t.Rows = append(t.Rows, row)
	return true
}

// rowHasNumber reports whether a cell of row r right of the first column
// holds a number.
func rowHasNumber(t *doc.Table, r int) bool {
	for c := 1; c < t.NumCols(); c++ {
		if doc.LooksNumeric(t.At(r, c).Text) {
			return true
		}
	}
	return false
}

// appendDataRows appends the rows of b under its header to a, their
// cells' origins moved to their rows in a; b's notes become a's.
func appendDataRows(a, b *doc.Table) {
	shift := a.NumRows() - b.HeaderRows
	for r := b.HeaderRows; r < b.NumRows(); r++ {
		row := append([]doc.Cell(nil), b.Rows[r]...)
		for c := range row {
			row[c].Row += shift
		}
		a.Rows = append(a.Rows, row)
	}
	a.Notes = append(a.Notes, b.Notes...)
	if a.Unit == "" {
		a.Unit = b.Unit
	}
}

// closePDFCellSpaces drops the font spaces of pdftotext (dropPDFSpaces:
// 第 1 号乡镇, 2023 年) inside the cells of a table read from a PDF's text,
// whose lines keep them so that their columns stay where they are.
func closePDFCellSpaces(t *doc.Table) {
	for r := range t.Rows {
		for c := range t.Rows[r] {
			cell := &t.Rows[r][c]
			cell.Text = dropPDFSpaces(cell.Text)
		}
	}
}

// isPageNumberLine is the rule for a page number alone on its line.
func isPageNumberLine(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" || len(t) > 24 {
		return false
	}
	t = strings.Trim(t, "—–-－ ")
	if i := strings.Index(t, "共"); i > 0 && strings.HasSuffix(t, "页") {
		t = strings.TrimSpace(t[:i]) // 第 3 页 共 9 页
	}
	t = strings.TrimPrefix(t, "第")
	t = strings.TrimSuffix(t, "页")
	if i := strings.IndexAny(t, "/／"); i > 0 {
		t = t[:i]
	}
	t = strings.TrimSpace(t)
	if t == "" || len(t) > 3 {
		return false
	}
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// joinsNext is the rule for a prose line of pdftotext output that wraps
// into the next: it does not end a sentence or a heading, and the next line
// is prose that does not start a paragraph (no indentation, no heading
// number, not a table row).
func joinsNext(cur, next string) bool {
	c := strings.TrimSpace(cur)
	n := strings.TrimSpace(next)
	if c == "" || n == "" || endsSentence(c) {
		return false
	}
	if headingLevelOf(c) > 0 || headingLevelOf(n) > 0 || isHeadingLine(n) || doc.IsNoteLine(n) || doc.IsCaptionLine(n) {
		return false
	}
	if _, ok := doc.UnitLine(n); ok {
		return false
	}
	if rowKindOf(next, textMode{pdf: true}) != notRow {
		return false
	}
	lead := len(next) - len(strings.TrimLeft(next, " \u3000"))
	curLead := len(cur) - len(strings.TrimLeft(cur, " \u3000"))
	if lead > curLead+1 {
		return false // an indented line starts a paragraph
	}
	// A short line is a paragraph's last line (or a title).
	return utf8.RuneCountInString(c) >= 20
}

// joinSep is what goes between two joined lines: nothing between Chinese
// characters, a space between Latin words.
func joinSep(a, b string) string {
	ra, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(a))
	rb, _ := utf8.DecodeRuneInString(b)
	if ra < 0x2E80 && rb < 0x2E80 && ra != '-' {
		return " "
	}
	return ""
}
