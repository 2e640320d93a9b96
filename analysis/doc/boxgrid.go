package doc

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// boxBars are the vertical strokes between the cells of a box-drawn table.
const boxBars = "│┃║┆┇┊┋"

// boxStrokes are the characters a border line of a box-drawn table is
// made of, besides bars, + and spaces.
const boxStrokes = "─━═┄┅┈┉╌╍" + "┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝┏┳┓┣╋┫┗┻┛╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┍┎┑┒┕┖┙┚┝┞┟┠┡┢┥┦┧┨┩┪┭┮┯┰┱┲┵┶┷┸┹┺┽┾┿╀╁╂╃╄╅╆╇╈╉╊╭╮╯╰"

// boxJunctions are the characters of a border that a vertical stroke
// crosses: on a content line (a border between some columns only, beside
// cells that go on) they bound cells as bars do.
const boxJunctions = "├┤┼┬┴╠╣╬╦╩┣┫╋┳┻╞╡╪╤╧╟╢╫╥╨┝┥┿┯┷"

// boxHorizontals are the horizontal strokes of a border.
const boxHorizontals = "─━═┄┅┈┉╌╍"

// boxBarJunctions are the junctions barSpreadWide measures as bars.
const boxBarJunctions = "┬┼┴╦╬╩┳╋┻╤╪╧╥╫╨"

// The sets above a box-drawing rune is in, a bit each (boxClass).
const (
	inBars uint8 = 1 << iota
	inStrokes
	inHorizontals
	inJunctions
	inBarJunctions
)

// boxClass holds for each rune of the Box Drawing block the sets it is in,
// so that a rune is looked up once, not searched for in each set's text.
var boxClass = func() (t [0x80]uint8) {
	for _, set := range []struct {
		runes string
		bit   uint8
	}{{boxBars, inBars}, {boxStrokes, inStrokes}, {boxHorizontals, inHorizontals}, {boxJunctions, inJunctions}, {boxBarJunctions, inBarJunctions}} {
		for _, r := range set.runes {
			if isBoxDrawing(r) {
				t[r-0x2500] |= set.bit
			}
		}
	}
	return t
}()

// inBox reports a rune of the Box Drawing block in one of the sets.
func inBox(r rune, sets uint8) bool {
	return isBoxDrawing(r) && boxClass[r-0x2500]&sets != 0
}

// isBoxBar reports a vertical bar of a box-drawn table; ascii admits |
// (the ASCII grid form).
func isBoxBar(r rune, ascii bool) bool {
	if !isBoxDrawing(r) {
		return ascii && r == '|'
	}
	return boxClass[r-0x2500]&inBars != 0
}

// isBoxDrawing reports a rune of the Box Drawing block (U+2500–U+257F),
// where all of boxBars, boxStrokes and boxJunctions lie: the other runes
// need no search of those sets.
func isBoxDrawing(r rune) bool { return r >= 0x2500 && r <= 0x257F }

// isStrokes reports a text made only of horizontal strokes: a piece of
// border between two bars of a content line.
func isStrokes(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		if r == '-' || r == '=' || r == '+' {
			continue
		}
		if !inBox(r, inHorizontals|inJunctions) {
			return false
		}
	}
	return true
}

// IsBoxBorderLine is the rule for a border line of a box-drawn table: made
// only of box-drawing characters (┌┬┐├┼┤└┴┘─━═╔╦╗╠╬╣╚╩╝ …), vertical bars
// and spaces with at least two horizontal strokes, or the ASCII grid form
// +----+====+ (at least one + and two - or =, and nothing but + - = | : and
// spaces). A line of dashes alone, or a Markdown |---| line, is none.
func IsBoxBorderLine(s string) bool {
	strokes, plus, box := 0, 0, false
	for i := 0; i < len(s); {
		r, n := boxRuneAt(s[i:])
		i += n
		switch {
		case r == ' ' || r == '\t' || r == '\u3000':
		case r == '+':
			plus++
		case r == '-' || r == '=':
			strokes++
		case r == ':' || r == '|':
		case !isBoxDrawing(r):
			return false
		case boxClass[r-0x2500]&inStrokes != 0:
			box = true
			if boxClass[r-0x2500]&inHorizontals != 0 {
				strokes++
			}
		case boxClass[r-0x2500]&inBars != 0:
			box = true
		default:
			return false
		}
	}
	if box {
		return strokes >= 2 || strings.ContainsAny(s, "┌┐└┘╔╗╚╝┏┓┗┛")
	}
	return plus >= 1 && strokes >= 2
}

// boxRuneAt is utf8.DecodeRuneInString(s), with the box-drawing block
// (U+2500–U+257F: E2 94 or E2 95, then a continuation byte), which border
// lines are made of, decoded by a shorter path than the utf8 package's.
func boxRuneAt(s string) (r rune, size int) {
	if s != "" && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	} else {
		r, size = multiByteBoxRuneAt(s) // written as utf8.DecodeRuneInString is, to be inlined
	}
	return
}

// multiByteBoxRuneAt is boxRuneAt for a text that does not start with
// ASCII.
func multiByteBoxRuneAt(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xE2 && (s[1] == 0x94 || s[1] == 0x95) && s[2]&0xC0 == 0x80 {
		return 0x2500 + rune(s[1]-0x94)<<6 + rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// IsBoxRowLine is the rule for a content line of a box-drawn table: it
// holds a vertical bar (│ ┃ ║), or with ascii a |, and is not a border
// line.
func IsBoxRowLine(s string, ascii bool) bool {
	for _, r := range s {
		if isBoxBar(r, ascii) {
			return !IsBoxBorderLine(s)
		}
	}
	return false
}

// boxSegment is the text between two bars of a content line.
type boxSegment struct {
	left, right int // display columns of the bars around it (-1: no bar on the left, 1<<30: none on the right)
	text        string
	off         int  // byte offset of the text in the input
	end         int  // display column after the text
	strokes     bool // a piece of border: the rows above and below it are apart here
}

// boxSegments splits a content line at its bars.
func boxSegments(ln TextLine, ascii bool, opt GridOptions) ([]boxSegment, []int) {
	segs := make([]boxSegment, 0, 8)
	bars := make([]int, 0, 8)
	col := 0
	left, from := -1, 0
	flush := func(to, right int) {
		a, b := from, to
		for a < b {
			r, n := utf8.DecodeRuneInString(ln.Text[a:b])
			if !isSpaceRune(r) {
				break
			}
			a += n
		}
		for b > a {
			r, n := utf8.DecodeLastRuneInString(ln.Text[a:b])
			if !isSpaceRune(r) {
				break
			}
			b -= n
		}
		if a < b || (left >= 0 && right < 1<<30) {
			end := col
			// the display column after the text: col less the trailing blanks
			for _, r := range ln.Text[b:to] {
				end -= RuneWidth(r, opt)
			}
			t := ln.Text[a:b]
			segs = append(segs, boxSegment{left: left, right: right, text: t, off: ln.Offset + a, end: end, strokes: isStrokes(t)})
		}
	}
	for i, r := range ln.Text {
		junction := inBox(r, inJunctions) ||
			ascii && r == '+' && (strings.HasPrefix(ln.Text[i+1:], "-") || strings.HasPrefix(ln.Text[i+1:], "=") ||
				strings.HasSuffix(ln.Text[:i], "-") || strings.HasSuffix(ln.Text[:i], "="))
		if isBoxBar(r, ascii) || junction {
			flush(i, col)
			bars = append(bars, col)
			left = col
			from = i + utf8.RuneLen(r)
			col += RuneWidth(r, opt)
			continue
		}
		col += RuneWidth(r, opt)
	}
	flush(len(ln.Text), 1<<30)
	return segs, bars
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' || r == '\r'
}

// BoxTable lays out a box-drawn table — lines of cells between vertical
// bars (│ ┃ ║, or | in the ASCII grid form), with border lines
// (IsBoxBorderLine) above, between and below its rows — as a Table. The
// columns are found from the display columns of the bars (CJK wide
// characters take two; whether box-drawing characters take one or two is
// decided from which makes the bars line up). A cell without the bar
// between two columns that other rows have spans them. The lines between
// two border lines are one row, each column's pieces joined top to bottom
// (JoinWrapped), unless two or more of them hold numbers: then the table
// has no inner borders there and each line is a row (with wrapped labels
// joined as AlignedTable does). Each cell's Source has the byte offset of
// its text's first piece (-1 for a blank cell) and its line. It returns nil
// and no error when the lines hold no cell.
func BoxTable(lines []TextLine, opt GridOptions) (*Table, error) {
	ascii := true
	for _, ln := range lines {
		if strings.ContainsAny(ln.Text, boxBars) {
			ascii = false
			break
		}
	}
	narrow, wide := opt, opt
	narrow.AmbiguousWide, wide.AmbiguousWide = false, true
	if !opt.OneColumn && barSpreadWide(lines, ascii, opt) {
		opt = wide
	} else {
		opt = narrow
	}
	// The column boundaries: the bars' display columns, those a column
	// apart taken as one.
	type lineSegs struct {
		segs   []boxSegment
		border bool
	}
	ls := make([]lineSegs, len(lines))
	var pos []int
	outerLeft, outerRight := false, false
	for i, ln := range lines {
		if IsBoxBorderLine(ln.Text) {
			ls[i].border = true
			continue
		}
		segs, bars := boxSegments(ln, ascii, opt)
		ls[i].segs = segs
		pos = append(pos, bars...)
		for _, s := range segs {
			if s.left < 0 && s.text != "" {
				outerLeft = true
			}
			if s.right >= 1<<30 && s.text != "" {
				outerRight = true
			}
		}
	}
	sort.Ints(pos)
	var bounds []int
	for _, p := range pos {
		if n := len(bounds); n > 0 && p-bounds[n-1] <= 1 {
			continue
		}
		bounds = append(bounds, p)
	}
	if outerLeft {
		bounds = append([]int{-1}, bounds...)
	}
	if outerRight {
		bounds = append(bounds, 1<<30)
	}
	if len(bounds) < 2 {
		return nil, nil
	}
	ncols := len(bounds) - 1
	segsOf := make([][]boxSegment, len(ls))
	for i := range ls {
		if !ls[i].border {
			segsOf[i] = ls[i].segs
		}
	}
	uniform := uniformBoxRows(lines, segsOf)
	if uniform > 0 {
		ncols = uniform
	}
	boundOf := func(p int) int {
		k := sort.SearchInts(bounds, p-1)
		if k < len(bounds) && bounds[k] <= p+1 {
			return k
		}
		// between boundaries: the one to its left
		return max(0, k-1)
	}
	// Rows: the content lines between two border lines.
	var rows []gridRow
	var group []gridRow
	flush := func() {
		if len(group) > 0 {
			rows = append(rows, boxGroupRows(group, ncols)...)
		}
		group = nil
	}
	for i, ln := range lines {
		if ls[i].border {
			flush()
			continue
		}
		var r gridRow
		if n := len(ls[i].segs); n > 0 {
			r = make(gridRow, 0, n)
		}
		for k, s := range ls[i].segs {
			lo, hi := boundOf(s.left), boundOf(s.right)-1
			if uniform > 0 {
				lo, hi = k, k // every row has the border's cells: the k-th is in the k-th column
			}
			if s.left < 0 {
				lo = 0
			}
			if s.right >= 1<<30 {
				hi = ncols - 1
			}
			if hi < lo {
				hi = lo
			}
			if s.text == "" {
				continue
			}
			r = append(r, placed{lo: lo, hi: hi, text: s.text, off: s.off, line: ln.Line, end: s.end, strokes: s.strokes})
		}
		group = append(group, r)
	}
	flush()
	var kept []gridRow
	for _, r := range rows {
		if len(r) > 0 {
			kept = append(kept, r)
		}
	}
	if len(kept) == 0 {
		return nil, nil
	}
	return build(kept, ncols, opt)
}

// boxGroupRows makes the rows of the content lines between two border
// lines of a box-drawn table. With two or more lines of numbers the table
// has no inner borders there: each line is a row (wrapped labels joined,
// joinWrappedLabels). Otherwise the lines are one row, each column's
// pieces joined top to bottom — unless some lines are partly border
// (│ 项目 ├────┬────┤ 增减 │, under a header cell spanning two columns):
// they split the columns they cross into rows of their own, and the
// cells of the other columns span those rows.
func boxGroupRows(group []gridRow, ncols int) []gridRow {
	numeric, partial := 0, false
	for _, r := range group {
		if r.numeric() {
			numeric++
		}
		for _, p := range r {
			partial = partial || p.strokes
		}
	}
	if numeric >= 2 || !partial {
		clean := make([]gridRow, 0, len(group))
		for _, r := range group {
			clean = append(clean, withoutStrokes(r))
		}
		if numeric >= 2 {
			return joinWrappedLabels(clean)
		}
		return []gridRow{stackAll(clean)}
	}
	cut := make([]bool, ncols)
	for _, r := range group {
		for _, p := range r {
			if p.strokes {
				for c := p.lo; c <= p.hi && c < ncols; c++ {
					cut[c] = true
				}
			}
		}
	}
	uncut := func(p placed) bool {
		for c := p.lo; c <= p.hi && c < ncols; c++ {
			if cut[c] {
				return false
			}
		}
		return true
	}
	var subs [][]gridRow
	var cur []gridRow
	var spanning []gridRow
	for _, r := range group {
		isPartial := false
		var keep, span gridRow
		for _, p := range r {
			switch {
			case p.strokes:
				isPartial = true
			case uncut(p):
				span = append(span, p)
			default:
				keep = append(keep, p)
			}
		}
		spanning = append(spanning, span)
		if isPartial {
			if cur != nil {
				subs = append(subs, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, keep)
	}
	if cur != nil {
		subs = append(subs, cur)
	}
	if len(subs) == 0 {
		return []gridRow{stackAll(spanning)}
	}
	out := make([]gridRow, 0, len(subs))
	for i, sub := range subs {
		row := stackAll(sub)
		if i == 0 {
			for _, p := range stackAll(spanning) {
				p.rs = len(subs)
				row = append(row, p)
			}
			sort.SliceStable(row, func(a, b int) bool { return row[a].lo < row[b].lo })
		}
		out = append(out, row)
	}
	return out
}

// withoutStrokes is a row without its pieces of border.
func withoutStrokes(r gridRow) gridRow {
	k := 0
	for k < len(r) && !r[k].strokes {
		k++
	}
	if k == len(r) {
		return r // none: the row as it is (its group is not used after)
	}
	out := r[:0:0]
	for _, p := range r {
		if !p.strokes {
			out = append(out, p)
		}
	}
	return out
}

// stackAll joins the lines of one row of a box-drawn table: each column's
// pieces top to bottom.
func stackAll(group []gridRow) gridRow {
	var out gridRow
	for _, r := range group {
		for _, p := range r {
			k := -1
			for j, q := range out {
				if p.lo <= q.hi && p.hi >= q.lo {
					k = j
					break
				}
			}
			if k < 0 {
				out = append(out, p)
				continue
			}
			out[k].text = appendWrapped(out[k].text, p.text)
			out[k].lo = min(out[k].lo, p.lo)
			out[k].hi = max(out[k].hi, p.hi)
			out[k].end = max(out[k].end, p.end)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].lo < out[j].lo })
	return out
}

// runeWidths is RuneWidth(r, o) for o without OneColumn, narrow (without
// AmbiguousWide) and wide (with it), from one look-up of r's width.
func runeWidths(r rune) (narrow, wide int) {
	if r == '\t' {
		return 2, 2
	}
	if r < 0x1100 {
		return 1, 1
	}
	if r >= 0x4E00 && r <= 0x9FFF {
		return 2, 2 // CJK Unified Ideographs: all wide (TestRuneWidthHan)
	}
	if r >= 0x2500 && r < 0x2580 {
		w := boxRuneWidths[r-0x2500]
		return int(w >> 4), int(w & 0xF)
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2, 2
	case width.EastAsianAmbiguous:
		return 1, 2
	}
	return 1, 1
}

// boxRuneWidths holds runeWidths of the box-drawing block U+2500–U+257F
// (the narrow width in the high four bits, the wide in the low), which
// the borders of a box-drawn table repeat on every line.
var boxRuneWidths = func() (t [0x80]uint8) {
	for i := range t {
		n, w := lookupRuneWidths(rune(0x2500 + i))
		t[i] = uint8(n<<4 | w)
	}
	return t
}()

// lookupRuneWidths is runeWidths by the East Asian width tables alone.
func lookupRuneWidths(r rune) (narrow, wide int) {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2, 2
	case width.EastAsianAmbiguous:
		return 1, 2
	}
	return 1, 1
}

// barSpreadWide reports whether the bars of the content lines line up
// better with ambiguous-width characters taken as wide than as narrow: on
// fewer distinct display columns. Both layouts are measured in one pass.
// opt must not have OneColumn set.
func barSpreadWide(lines []TextLine, ascii bool, opt GridOptions) bool {
	var seenN, seenW []bool // per display column: a bar there
	nN, nW := 0, 0
	mark := func(seen []bool, col int, n *int) []bool {
		for len(seen) <= col {
			seen = append(seen, false)
		}
		if !seen[col] {
			seen[col] = true
			*n++
		}
		return seen
	}
	for _, ln := range lines {
		colN, colW := 0, 0
		for i := 0; i < len(ln.Text); {
			r, k := boxRuneAt(ln.Text[i:])
			i += k
			if isBoxBar(r, ascii) || r == '+' || inBox(r, inBarJunctions) {
				seenN = mark(seenN, colN, &nN)
				seenW = mark(seenW, colW, &nW)
			}
			if r < 0x1100 && r != '\t' {
				colN++
				colW++
				continue
			}
			n, w := runeWidths(r)
			colN += n
			colW += w
		}
	}
	return nW < nN
}

// uniformBoxRows is the rule for a box-drawn table whose copy lost the
// alignment of its bars (runs of spaces collapsed, so the bars of a row
// stand at other display columns than the border's junctions): when the
// top border (┌─┬─┐) has n columns and every content line is a row of
// exactly n cells between bars, the k-th cell of each line is in the k-th
// column. It returns n, or 0 when the table is not so (cells spanning
// columns, rows without outer bars) and the bars' display columns decide.
func uniformBoxRows(lines []TextLine, segs [][]boxSegment) int {
	cols := 0
	for i, ln := range lines {
		t := trimSpace(ln.Text)
		if segs[i] == nil && IsBoxBorderLine(t) {
			if cols == 0 {
				if !strings.HasPrefix(t, "┌") && !strings.HasPrefix(t, "╔") && !strings.HasPrefix(t, "┏") {
					return 0
				}
				cols = strings.Count(t, "┬") + strings.Count(t, "╦") + strings.Count(t, "┳") + 1
			}
			continue
		}
		if cols < 2 || len(segs[i]) != cols {
			return 0
		}
		first, _ := utf8.DecodeRuneInString(t)
		last, _ := utf8.DecodeLastRuneInString(t)
		if !isBoxBar(first, false) || !isBoxBar(last, false) {
			return 0
		}
	}
	return cols
}
