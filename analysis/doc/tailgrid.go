package doc

import (
	"strings"
	"unicode/utf8"
)

// A yearbook page copied as text often writes each table row as its label
// (with its English translation) followed by its numbers, separated by
// single spaces (普通高等学校 Regular Institutions of Higher Education 38 38),
// a cell left empty as a run of three spaces (the blank a web page's empty
// cell becomes between two separators). TrailingTable reads such rows.

// tailCell is one cell of a row's numbers: its text and byte offset, or an
// empty cell (off -1).
type tailCell struct {
	text string
	off  int
}

// numberTail splits a line into its label and the numbers at its end: the
// tokens (separated by spaces) from the right that are numbers or marks
// of a missing value; a run of 2m+1 spaces (m ≥ 1) between two of them is
// m empty cells. The label is the text before, trimmed; when every token
// is a number the first is the label (a year, a code). base is the line's
// byte offset in the input.
func numberTail(s string, base int) (label Field, cells []tailCell) {
	end := len(s)
	for end > 0 && (s[end-1] == ' ' || s[end-1] == '\t' || s[end-1] == '\r') {
		end--
	}
	var rev []tailCell
	pos := end
	for pos > 0 {
		// the token ending at pos
		a := strings.LastIndexAny(s[:pos], " \t") + 1
		tok := s[a:pos]
		if !LooksNumeric(tok) && !IsMark(tok) {
			break
		}
		rev = append(rev, tailCell{text: tok, off: base + a})
		// the spaces before it
		b := a
		for b > 0 && (s[b-1] == ' ' || s[b-1] == '\t') {
			b--
		}
		if b == 0 {
			pos = 0
			break
		}
		prevEnd := b
		prevStart := strings.LastIndexAny(s[:prevEnd], " \t") + 1
		prev := s[prevStart:prevEnd]
		if run := a - b; run >= 3 && (LooksNumeric(prev) || IsMark(prev)) {
			for k := 0; k < (run-1)/2; k++ {
				rev = append(rev, tailCell{off: -1})
			}
		}
		pos = b
	}
	if len(rev) == 0 {
		return Field{}, nil
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	a, b := 0, pos
	for a < b && (s[a] == ' ' || s[a] == '\t' || strings.HasPrefix(s[a:], "\u3000")) {
		if s[a] == ' ' || s[a] == '\t' {
			a++
		} else {
			a += len("\u3000")
		}
	}
	if a >= b {
		// numbers alone: the first is the label when nothing is empty
		if rev[0].off < 0 {
			return Field{}, rev
		}
		first := rev[0]
		return Field{Text: first.text, Offset: first.off}, rev[1:]
	}
	return Field{Text: s[a:b], Offset: base + a}, rev
}

// TrailingNumbers is the number of cells of numbers at the end of a line
// as TrailingTable reads them (empty cells included): 2 for 普通高等学校
// Regular Institutions of Higher Education 38 38, 0 for a line that does
// not end with a number.
func TrailingNumbers(s string) int {
	_, cells := numberTail(s, 0)
	return len(cells)
}

// headerTokens splits a header line at spaces into its column names; a
// token of one Chinese character joins the token before it (#医 师 →
// #医师, a name spaced out to fill its column).
func headerTokens(s string, base int) []Field {
	var out []Field
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) {
			break
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' {
			j++
		}
		tok := trimSpace(s[i:j])
		r, n := utf8.DecodeRuneInString(tok)
		if len(out) > 0 && n == len(tok) && isCJK(r) {
			out[len(out)-1].Text = appendWrapped(out[len(out)-1].Text, tok)
		} else if tok != "" {
			out = append(out, Field{Text: tok, Offset: base + i})
		}
		i = j
	}
	return out
}

func isCJK(r rune) bool { return r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF }

// HasCJK reports whether s holds a Chinese character.
func HasCJK(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return true
		}
	}
	return false
}

// TrailingTable lays out a table whose rows end with their numbers
// (numberTail) under header lines whose column names are separated by
// spaces. The width is the most common count of numbers among the rows.
// The header: a line of the width's names (or one more, the first heading
// the labels) gives a header cell per column, from the left; several such
// lines (a name over its unit: 卫生机构 over (个)) are joined column by
// column (JoinWrapped); English lines are left out. A row whose numbers
// are all a header can name (years: Item 2006 2007) is the header when no
// header line is given. A line of numbers alone right after a line of text
// alone is one row (a label wrapped above its numbers). Other lines of
// text alone are rows of a label only (a section: 学校数 Number of
// Schools), except in a financial statement (a header naming a 附注
// column), whose items with no amounts are left out and whose labels lose
// their note reference (dropNoteRef). Each cell's Source has its byte offset (-1 for an empty cell)
// and line. It returns nil and no error when fewer than two rows have
// numbers.
func TrailingTable(header, lines []TextLine, opt GridOptions) (*Table, error) {
	type row struct {
		label Field
		cells []tailCell
		line  int
	}
	rows := make([]row, 0, len(lines))
	counts := map[int]int{}
	for _, ln := range lines {
		lab, cells := numberTail(ln.Text, ln.Offset)
		if len(cells) == 0 {
			t := trimSpace(ln.Text)
			if t == "" {
				continue
			}
			lead := strings.Index(ln.Text, t)
			rows = append(rows, row{label: Field{Text: t, Offset: ln.Offset + lead}, line: ln.Line})
			continue
		}
		rows = append(rows, row{label: lab, cells: cells, line: ln.Line})
		counts[len(cells)]++
	}
	width, best := 0, 0
	for w, n := range counts {
		if n > best || n == best && w > width {
			width, best = w, n
		}
	}
	if width < 1 || best < 2 {
		return nil, nil
	}
	ncols := width + 1
	hdr := make([]placed, ncols)
	for c := range hdr {
		hdr[c] = placed{lo: c, hi: c, off: -1}
	}
	named, notes := false, false
	var grouped []gridRow
	if n := len(header); n >= 2 && HasCJK(header[n-1].Text) && HasCJK(header[n-2].Text) {
		up, lo := headerTokens(header[n-2].Text, header[n-2].Offset), headerTokens(header[n-1].Text, header[n-1].Offset)
		if g, span := industryGroupHeader(up, lo, ncols); g > 0 {
			grouped = industryGroupRows(up, lo, g, span, header[n-2].Line, header[n-1].Line)
			header = nil
			named = true
		}
	}
	for _, ln := range header {
		if !HasCJK(ln.Text) {
			continue
		}
		toks := headerTokens(ln.Text, ln.Offset)
		first := 1
		switch {
		case len(toks) == 0:
			continue
		case len(toks) == ncols:
			first = 0
		case len(toks) > ncols:
			// 项目 附注 2023年 2022年: the numbers' names are the last
			// ones, the rest head the labels
			lab := toks[0]
			for _, tk := range toks[1 : len(toks)-width] {
				notes = notes || tk.Text == "附注"
				lab.Text += " " + tk.Text
			}
			toks = append([]Field{lab}, toks[len(toks)-width:]...)
			first = 0
		}
		for k, tk := range toks {
			c := first + k
			if hdr[c].off < 0 {
				hdr[c].off, hdr[c].line = tk.Offset, ln.Line
			}
			hdr[c].text = appendWrapped(hdr[c].text, tk.Text)
			named = true
		}
	}
	var grid []gridRow
	start := 0
	if !named && len(rows) > 0 && len(rows[0].cells) == width && yearCells(rows[0].cells) {
		// Item 2006 2007: the header
		r := rows[0]
		hdr[0] = placed{lo: 0, hi: 0, text: r.label.Text, off: r.label.Offset, line: r.line}
		for k, c := range r.cells {
			hdr[k+1] = placed{lo: k + 1, hi: k + 1, text: c.text, off: c.off, line: r.line}
		}
		named = true
		start = 1
	}
	if !named {
		return nil, nil
	}
	if grouped != nil {
		grid = append(grid, grouped...)
	} else {
		var hr gridRow
		for _, p := range hdr {
			if p.text != "" {
				hr = append(hr, p)
			}
		}
		grid = append(grid, hr)
	}
	data := 0
	for i := start; i < len(rows); i++ {
		r := rows[i]
		if len(r.cells) == 0 {
			// a label alone: wrapped above a line of numbers alone, or a section
			if i+1 < len(rows) && len(rows[i+1].cells) > 0 && (rows[i+1].label.Text == "" || len(rows[i+1].cells) == width-1 && LooksNumeric(rows[i+1].label.Text)) {
				next := rows[i+1]
				cells := next.cells
				if next.label.Text != "" {
					cells = append([]tailCell{{text: next.label.Text, off: next.label.Offset}}, cells...)
				}
				grid = append(grid, tailRow(r.label, cells, ncols, r.line, next.line))
				data++
				i++
				continue
			}
			if !notes {
				// a section; in a financial statement (a 附注 column) an
				// item with no amounts, left out
				grid = append(grid, gridRow{{lo: 0, hi: 0, text: r.label.Text, off: r.label.Offset, line: r.line, end: 1}})
			}
			continue
		}
		if notes {
			r.label.Text = dropNoteRef(r.label.Text)
		}
		grid = append(grid, tailRow(r.label, r.cells, ncols, r.line, r.line))
		data++
	}
	if data < 2 {
		return nil, nil
	}
	return build(grid, ncols, opt)
}

// tailRow places a row's label and numbers: the numbers fill the columns
// from the right (a row with fewer numbers than the table misses its
// first ones), the label the first column.
func tailRow(label Field, cells []tailCell, ncols, labelLine, line int) gridRow {
	var r gridRow
	if label.Text != "" {
		r = append(r, placed{lo: 0, hi: 0, text: label.Text, off: label.Offset, line: labelLine, end: 1})
	}
	if len(cells) > ncols-1 {
		cells = cells[len(cells)-(ncols-1):]
	}
	first := ncols - len(cells)
	for k, c := range cells {
		if c.off < 0 {
			continue
		}
		r = append(r, placed{lo: first + k, hi: first + k, text: c.text, off: c.off, line: line})
	}
	return r
}

// yearCells reports cells that are all years (four digits, 1900–2100),
// increasing or decreasing.
func yearCells(cells []tailCell) bool {
	prev := 0
	for i, c := range cells {
		y := 0
		if len(c.text) != 4 {
			return false
		}
		for k := 0; k < 4; k++ {
			if c.text[k] < '0' || c.text[k] > '9' {
				return false
			}
			y = y*10 + int(c.text[k]-'0')
		}
		if y < 1900 || y > 2100 || i > 0 && y == prev {
			return false
		}
		prev = y
	}
	return len(cells) > 0
}

// dropNoteRef is the rule for the note reference a financial statement
// writes between a row's label and its numbers, in its 附注 column
// (营业收入 五、(三十三) → 营业收入): a last word made of Chinese or Arabic
// numerals, 、, brackets and points.
func dropNoteRef(label string) string {
	k := strings.LastIndexAny(label, " \t")
	if k < 0 {
		return label
	}
	last := label[k+1:]
	if last == "" || utf8.RuneCountInString(last) > 12 {
		return label
	}
	for _, r := range last {
		if !strings.ContainsRune("一二三四五六七八九十百、()（）.．0123456789", r) {
			return label
		}
	}
	return trimSpace(label[:k])
}
