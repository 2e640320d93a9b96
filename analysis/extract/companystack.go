package extract

import (
	"strings"
)

// Company tables as a PDF's text layer copies them: the header of three
// columns written over several lines, each column's header wrapped in its
// cell, so that the lines hold the pieces of different columns side by
// side (本报告期末比上年度末 / 本报告期末 上年度末 / 增减(%)).

// maxStackedLines bounds the lines of a stacked header.
const maxStackedLines = 4

// stackedPiece is a space-apart piece of a stacked header's line and its
// span in the input.
type stackedPiece struct {
	text string
	a, b int
}

// stackedHeaderLines is the rule for the header of a company table's
// current period, prior period and change, written over two to four lines
// with the pieces of the columns' headers side by side (本报告期 本报告期比
// 上年同期增 / 上年同期 / (1-6月) 减(%)). The change column's header, put
// together from a piece that starts it (本报告期比上年同期增) and one on a
// later line that ends it (减(%)), names the two periods in their order
// (本报告期 比 上年同期): the other pieces must be those two periods, with
// at most a span of months for the current one ((1-6月)) and a header over
// the labels (项目). The header reads | label | current | prior | change |;
// ok is false when the lines from [a, b) do not read so. end is the end of
// the header's last line.
func (x *extractor) stackedHeaderLines(a, b int) (hdr trow, end int, ok bool) {
	s := x.s
	if b-a > 60 || strings.IndexByte(s[a:b], '|') >= 0 {
		return trow{}, 0, false
	}
	var pieces []stackedPiece
	var lineOf []int
	pos, lines := a, 0
	startLine := -1 // the line of the piece that starts the change header
	for pos < len(s) && lines < maxStackedLines {
		e := nextLine(s, pos)
		la, lb := trimSpace(s, pos, e)
		if la >= lb || lb-la > 60 || hasPipeOrTab(s[la:lb]) {
			break
		}
		var ps []stackedPiece
		for i := la; i < lb; {
			j := strings.IndexByte(s[i:lb], ' ')
			if j < 0 {
				j = lb - i
			}
			if j > 0 {
				ps = append(ps, stackedPiece{text: s[i : i+j], a: i, b: i + j})
			}
			i += j + 1
		}
		known := true
		for _, p := range ps {
			known = known && stackedPieceKind(p.text) != ""
		}
		if !known {
			break
		}
		for _, p := range ps {
			pieces = append(pieces, p)
			lineOf = append(lineOf, lines)
		}
		end = lb
		lines++
		pos = e + 1
	}
	if lines < 2 {
		return trow{}, 0, false
	}
	// The change header: a start, then its end on a later line.
	ci, cj := -1, -1
	for i, p := range pieces {
		if stackedPieceKind(p.text) != "start" {
			continue
		}
		for j := i + 1; j < len(pieces); j++ {
			if lineOf[j] == lineOf[i] {
				continue
			}
			if t := p.text + pieces[j].text; changeTokenEnd(t, 0) == len(t) {
				ci, cj = i, j
				break
			}
		}
		if ci >= 0 {
			break
		}
	}
	if ci < 0 {
		return trow{}, 0, false
	}
	change := pieces[ci].text + pieces[cj].text
	cur := change[:periodTokenEnd(change, 0)]
	k := len(cur) + len("比")
	prior := change[k:periodTokenEnd(change, k)]
	if startLine = lineOf[ci]; startLine != 0 && lineOf[cj] != lines-1 {
		return trow{}, 0, false
	}
	var label, curCell, priorCell, months *stackedPiece
	for i := range pieces {
		if i == ci || i == cj {
			continue
		}
		p := &pieces[i]
		switch {
		case stackedPieceKind(p.text) == "label" && label == nil:
			label = p
		case p.text == cur && curCell == nil:
			curCell = p
		case p.text == prior && priorCell == nil:
			priorCell = p
		case stackedPieceKind(p.text) == "months" && months == nil:
			months = p
		default:
			return trow{}, 0, false
		}
	}
	if curCell == nil || priorCell == nil {
		return trow{}, 0, false
	}
	hdr = trow{start: a, end: end, textLine: true}
	if label != nil {
		hdr.cells = append(hdr.cells, tcell{text: label.text, start: label.a, end: label.b})
	} else {
		hdr.cells = append(hdr.cells, tcell{start: a, end: a})
	}
	c := tcell{text: curCell.text, start: curCell.a, end: curCell.b}
	if months != nil {
		c.text += months.text // 本报告期(1-6月)
	}
	hdr.cells = append(hdr.cells, c,
		tcell{text: priorCell.text, start: priorCell.a, end: priorCell.b},
		tcell{text: change, start: pieces[ci].a, end: pieces[ci].b})
	return hdr, end, true
}

// stackedPieceKind is the kind of a piece of a stacked header: "period"
// (本报告期末, 上年同期), "change" (a whole change header), "start" (the
// start of a change header: 本报告期末比上年度末, 本报告期比上年同期增),
// "end" (the rest of one: 增减(%), 减(%), 幅度(%)), "months" ((1-6月)),
// "label" (项目); "" for any other text.
func stackedPieceKind(t string) string {
	switch {
	case t == "":
		return ""
	case changeTokenEnd(t, 0) == len(t):
		return "change"
	case periodTokenEnd(t, 0) == len(t):
		return "period"
	case monthsBracketEnd(t, 0) == len(t):
		return "months"
	case companyLabelHeader(t):
		return "label"
	}
	if j := periodTokenEnd(t, 0); j > 0 && strings.HasPrefix(t[j:], "比") {
		k := j + len("比")
		if e := periodTokenEnd(t, k); e > k && (e == len(t) || t[e:] == "增" || t[e:] == "增减" || t[e:] == "增减变动") {
			return "start"
		}
	}
	for _, w := range []string{"增减", "减", "幅度", "变动幅度", "增减变动幅度"} {
		if strings.HasPrefix(t, w) {
			if r := t[len(w):]; r == "" || unitBracketEnd(t, len(w)) == len(t) || r == "%" || r == "％" {
				return "end"
			}
		}
	}
	return ""
}
