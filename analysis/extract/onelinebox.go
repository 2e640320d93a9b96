package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
)

// oneLineBox is the rule for a box-drawn table a page copy ran into one
// line (…◆主要财务指标 ┌──┬──┐ │指标\报告期 │2024-09-30│ ├──┼──┤ │基本每股
// 收益(元) │ -0.1995│ …): from its top border (┌…┐, whose ┬ give the
// columns) the line is cut into the table's lines — each border run, and
// each row of as many cells as the border has columns (its bars counted)
// — with their offsets in the input (the line starts at off). The cut
// stops at anything else, such as a row the copy cut short. nil when the
// line holds no such table of a border and two rows.
func oneLineBox(line string, off int) []doc.TextLine {
	top := strings.Index(line, "┌")
	if top < 0 {
		return nil
	}
	end := strings.Index(line[top:], "┐")
	if end < 0 {
		return nil
	}
	end += top + len("┐")
	cols := strings.Count(line[top:end], "┬") + 1
	out := []doc.TextLine{{Text: line[top:end], Offset: off + top}}
	rows := 0
	for i := end; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		switch {
		case r == ' ':
			i += n
		case r == '│':
			// A row: cols+1 bars.
			j, bars := i, 0
			for j < len(line) && bars < cols+1 {
				rr, m := utf8.DecodeRuneInString(line[j:])
				if rr == '│' {
					bars++
				}
				j += m
			}
			if bars < cols+1 {
				return boxLinesOrNil(out, rows)
			}
			out = append(out, doc.TextLine{Text: line[i:j], Offset: off + i})
			rows++
			i = j
		case strings.ContainsRune("├└┌─┼┤┘┴┬┐", r):
			j := i
			for j < len(line) {
				rr, m := utf8.DecodeRuneInString(line[j:])
				if !strings.ContainsRune("├└┌─┼┤┘┴┬┐", rr) {
					break
				}
				j += m
			}
			out = append(out, doc.TextLine{Text: line[i:j], Offset: off + i})
			i = j
		default:
			return boxLinesOrNil(out, rows)
		}
	}
	return boxLinesOrNil(out, rows)
}

func boxLinesOrNil(lines []doc.TextLine, rows int) []doc.TextLine {
	if rows < 2 {
		return nil
	}
	return lines
}
