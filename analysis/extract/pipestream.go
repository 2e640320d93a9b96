package extract

import "strings"

// A table a page copy wrote as one stream of | cells (中财网-style copies
// of a report's table): the rows run on after each other, each row's
// closing | and the next row's opening | with a space between them, and
// line breaks fall inside cells where the report wrapped them:
//
//	| | 本报告期 | 上年同期 | | 本报告期比上年同
//	期增减(%) | | | | 调整前 | 调整后 | 调整后 | | 营业收入(元) | 796.00 | …

// maxStreamCells bounds the cells of one | stream.
const maxStreamCells = 4000

// pipeStreamStart reports a line that may start a | stream: it starts
// with | and ends inside a cell (no closing |), so the next line goes on
// with the cell.
func pipeStreamStart(line string) bool {
	t := strings.TrimSpace(line)
	return len(t) > 1 && t[0] == '|' && t[len(t)-1] != '|' && strings.Count(t, "|") >= 3
}

// pipeStream is the rule for a table written as a stream of | cells
// (pipeStreamStart at the line at ls): the lines of the stream — each
// next line goes on with the cell the line before left open, or holds
// cells of its own — split at | into cells, a cell broken over lines
// joined without its line breaks (归属于上市公司股\n东的净利润(元)). The rows
// are the runs of cells between the empty cells the rows' adjacent bars
// leave (streamPeriod); the last row, cut short by the copy, is dropped.
// It returns the rows and the offset after the stream; nil when the
// cells make no such rows.
func (x *extractor) pipeStream(ls int) ([]trow, int) {
	s := x.s
	le := nextLine(s, ls)
	if !pipeStreamStart(s[ls:le]) {
		return nil, ls
	}
	end := le
	open := true // the line before ended inside a cell
	for end < len(s) {
		a := end + 1
		b := nextLine(s, a)
		t := strings.TrimSpace(s[a:b])
		if t == "" || !open && !strings.Contains(t, "|") {
			break
		}
		open = t[len(t)-1] != '|'
		end = b
	}
	var cells []tcell
	start := strings.IndexByte(s[ls:end], '|') + ls + 1
	for i := start; i <= end && len(cells) < maxStreamCells; i++ {
		if i < end && s[i] != '|' {
			continue
		}
		a, b := trimSpace(s, start, i)
		text := s[a:b]
		if strings.IndexByte(text, '\n') >= 0 {
			text = joinStreamLines(text)
		}
		cells = append(cells, tcell{text: text, start: a, end: b})
		start = i + 1
	}
	period, phase := streamPeriod(cells)
	if period == 0 {
		return nil, ls
	}
	var rows []trow
	for k := phase + 1; k+period-1 <= len(cells); k += period {
		row := cells[k : k+period-1]
		if k+period-1 == len(cells) && k+period-1 > 0 && len(cells)%period != phase {
			break // cut short by the copy
		}
		rows = append(rows, trow{cells: append([]tcell(nil), row...), start: row[0].start, end: row[len(row)-1].end})
	}
	if phase > 0 {
		// The cells before the first separator: the first row, its
		// empty cell over the labels left out by the copy when shorter.
		first := cells[:phase]
		if len(first) < period-1 {
			first = append([]tcell{{start: first[0].start, end: first[0].start}}, first...)
		}
		rows = append([]trow{{cells: append([]tcell(nil), first...), start: first[0].start, end: first[len(first)-1].end}}, rows...)
	}
	if len(rows) < 3 {
		return nil, ls
	}
	return rows, min(end+1, len(s))
}

// joinStreamLines joins the lines of a cell the copy broke: no space
// between two Han characters, one between other words.
func joinStreamLines(t string) string {
	parts := strings.Split(t, "\n")
	out := strings.TrimSpace(parts[0])
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		out += p
	}
	return out
}

// streamPeriod is the rule for the rows of a | stream: the smallest
// period p (3 to 16 cells: a row of p-1 cells and the empty cell between
// two rows) and phase such that every cell at the phase is empty, the
// cell after it is a row label (text, no number) in most rows and at
// least three rows have a number. 0 when there is none.
func streamPeriod(cells []tcell) (period, phase int) {
	for p := 3; p <= 16 && 3*p <= len(cells); p++ {
	phases:
		for ph := 0; ph < p; ph++ {
			rows, numbered, labels := 0, 0, 0
			for k := ph; k < len(cells); k += p {
				if cells[k].text != "" {
					continue phases
				}
				if k+p > len(cells) {
					break
				}
				rows++
				row := trow{cells: cells[k+1 : k+p]}
				if rowHasNumber(row) {
					numbered++
				}
				if rowHasText(row) {
					labels++
				}
			}
			if rows >= 3 && numbered >= 3 && 2*labels >= rows {
				return p, ph
			}
		}
	}
	return 0, 0
}
