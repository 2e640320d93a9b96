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

// stackedHeaderLines is the rule for the header of a company table
// written over two to four lines with the pieces of the columns' headers
// side by side, as a PDF's copy writes cells that wrapped (本报告期 本报告期比
// 上年同期增 / 上年同期 / (1-6月) 减(%); 本报告期比上 年初至报告期末比 / 项目
// 本报告期 年同期增减变 年初至报告期末 上年同期增减变 / 动幅度(%) 动幅度(%)).
// The whole periods (本报告期, 2023年) are columns in their order; the
// pieces that are none (stackedPieceKind "") are the change columns'
// headers, the k-th piece of each line that has any the k-th change's, and
// each change header put together must read whole (changeTokenEnd). A
// change column stands after the periods it names (本报告期末比上年度末:
// after 上年度末; 本报告期比上年同期 after 本报告期 when 上年同期 is no
// column), or after the first two periods when it names none of them
// (本年比上年 over 2023年 2022年 2021年). A span of months ((1-6月)) is the
// current period's. The header reads | label | columns |; ok is false when
// the lines from [a, b) do not read so. end is the end of its last line.
func (x *extractor) stackedHeaderLines(a, b int) (hdr trow, end int, ok bool) {
	s := x.s
	if b-a > 160 || strings.IndexByte(s[a:b], '|') >= 0 {
		return trow{}, 0, false
	}
	var lines [][]stackedPiece
	var ends []int
	for pos := a; pos < len(s) && len(lines) < maxStackedLines; {
		e := nextLine(s, pos)
		la, lb := trimSpace(s, pos, e)
		if la >= lb || lb-la > 160 || hasPipeOrTab(s[la:lb]) || strings.Contains(s[la:lb], "  ") {
			break // a run of spaces: an aligned table's, for the grid rules
		}
		var ps []stackedPiece
		value := false
		for i := la; i < lb; {
			j := strings.IndexByte(s[i:lb], ' ')
			if j < 0 {
				j = lb - i
			}
			if j > 0 {
				t := s[i : i+j]
				if stackedPieceKind(t) == "" && strings.ContainsAny(t, "0123456789") {
					value = true // a row's values: the header has ended
				}
				ps = append(ps, stackedPiece{text: t, a: i, b: i + j})
			}
			i += j + 1
		}
		if value {
			break
		}
		lines = append(lines, ps)
		ends = append(ends, lb)
		pos = e + 1
	}
	for n := len(lines); n >= 2; n-- {
		if h, ok := stackedHeader(lines[:n], a); ok {
			h.end = ends[n-1]
			return h, ends[n-1], true
		}
	}
	return trow{}, 0, false
}

// stackedHeader reads the pieces of a stacked header's lines
// (stackedHeaderLines) as its row of headers.
func stackedHeader(lines [][]stackedPiece, a int) (trow, bool) {
	var label, months *stackedPiece
	var periods []tcell
	var changes []tcell
	var frags [][]stackedPiece // by line, the pieces of change headers
	m := -1
	for _, ps := range lines {
		var fs []stackedPiece
		for i := range ps {
			p := &ps[i]
			switch stackedPieceKind(p.text) {
			case "label":
				if label != nil || len(periods) > 0 {
					return trow{}, false
				}
				label = p
			case "period":
				periods = append(periods, tcell{text: p.text, start: p.a, end: p.b})
			case "months":
				if months != nil {
					return trow{}, false
				}
				months = p
			case "change":
				if periodTokenEnd(p.text, 0) == 0 {
					fs = append(fs, *p) // 增减(%): maybe the end of a change broken above
					continue
				}
				changes = append(changes, tcell{text: p.text, start: p.a, end: p.b})
			default:
				fs = append(fs, *p)
			}
		}
		if len(fs) == 0 {
			continue
		}
		if m >= 0 && len(fs) != m {
			return trow{}, false
		}
		m = len(fs)
		frags = append(frags, fs)
	}
	if len(periods) == 0 {
		return trow{}, false
	}
	if len(frags) == 1 {
		// Pieces on one line only: whole changes (增减(%)) or no header.
		for _, f := range frags[0] {
			if changeTokenEnd(f.text, 0) != len(f.text) {
				return trow{}, false
			}
		}
	}
	for k := 0; k < m; k++ {
		c := tcell{start: frags[0][k].a, end: frags[0][k].b}
		for _, fs := range frags {
			c.text += fs[k].text
		}
		if changeTokenEnd(c.text, 0) != len(c.text) {
			return trow{}, false
		}
		changes = append(changes, c)
	}
	if len(changes) == 0 {
		return trow{}, false
	}
	if months != nil {
		cur := -1
		for i, p := range periods {
			if !isPriorPeriod(p.text) && yearHeaderEnd(p.text, 0) == 0 {
				cur = i
				break
			}
		}
		if cur < 0 {
			return trow{}, false
		}
		periods[cur].text += months.text // 本报告期(1-6月)
	}
	cols := periods
	for _, c := range changes {
		p := c.text[:periodTokenEnd(c.text, 0)]
		after := -1
		if k := len(p) + len("比"); strings.HasPrefix(c.text[len(p):], "比") {
			q := c.text[k:periodTokenEnd(c.text, k)]
			for i, col := range cols {
				if h := strings.TrimSpace(col.text); h == p || h == q || strings.HasPrefix(h, p+"(") || strings.HasPrefix(h, p+"（") {
					after = i
				}
			}
		}
		if after < 0 {
			if len(periods) < 2 {
				return trow{}, false
			}
			after = 1 // 本年比上年 over 2023年 2022年: the first two
		}
		cols = append(cols[:after+1], append([]tcell{c}, cols[after+1:]...)...)
	}
	hdr := trow{start: a, textLine: true}
	if label != nil {
		hdr.cells = append(hdr.cells, tcell{text: label.text, start: label.a, end: label.b})
	} else {
		hdr.cells = append(hdr.cells, tcell{start: a, end: a})
	}
	hdr.cells = append(hdr.cells, cols...)
	return hdr, true
}

// stackedPieceKind is the kind of a piece of a stacked header: "period"
// (本报告期末, 上年同期, 2023年), "change" (a whole change header), "months"
// ((1-6月)), "label" (项目); "" for any other text (the piece of a change
// header: 本报告期末比上年度末, 年同期增减变, 增减(%)).
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
	return ""
}
