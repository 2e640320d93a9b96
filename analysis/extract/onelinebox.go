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
		case strings.ContainsRune(boxBorderRunes, r):
			j := borderRunEnd(line, i)
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

// oneLineBarBox is the rule for a box-drawn table a page copy ran into
// one line whose rows are written with ASCII bars between the box's
// borders (【主要财务指标】 ┌──┬──┐ |指标\日期 |2024-12-31|2023-12-31| ├──┼──┤
// |净利润(万元) | 26462.92| 51527.06| ├──┼──┤ … └──┴──┘ 指标含义: …): from the
// top border (its ┬ give the columns) each run of cols+1 bars is a row,
// its cells between the bars, and each run of border characters between
// rows is passed over. The rows' widths as displayed differ, so they are
// read by position, as the bars count them, not by the borders' columns.
// It returns the rows, the offset of the top border (the text before it
// is the table's title or prose) and the offset after the last border or
// row (the text after it is prose); ok is false unless the line holds a
// top border and a header and a row of cells after it, nothing else
// between them, and no box bar │ (oneLineBox's).
func oneLineBarBox(s string, ls, le int) (rows []trow, start, end int, ok bool) {
	line := s[ls:le]
	top := strings.Index(line, "┌")
	if top < 0 || strings.ContainsRune(line, '│') {
		return nil, 0, 0, false
	}
	close := strings.Index(line[top:], "┐")
	if close < 0 {
		return nil, 0, 0, false
	}
	close += top + len("┐")
	cols := strings.Count(line[top:close], "┬") + 1
	if strings.Trim(line[top:close], "┌┐┬─━") != "" || cols < 2 {
		return nil, 0, 0, false
	}
	end = ls + close
	for i := close; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		switch {
		case r == ' ':
			i += n
		case r == '|':
			j, bars := i, 0
			for j < len(line) && bars < cols+1 {
				if line[j] == '|' {
					bars++
				}
				j++
			}
			if bars < cols+1 {
				i = len(line) // a row cut short: the table ends before it
				continue
			}
			cells := splitCells(s, ls+i, ls+j, nil)
			if len(cells) != cols {
				return nil, 0, 0, false
			}
			rows = append(rows, trow{cells: cells, start: ls + i, end: ls + j})
			end = ls + j
			i = j
		case strings.ContainsRune(boxBorderRunes, r):
			j := borderRunEnd(line, i)
			end = ls + j
			i = j
		default:
			i = len(line) // prose after the table
		}
	}
	if len(rows) < 2 {
		return nil, 0, 0, false
	}
	return rows, ls + top, end, true
}

// boxBorderRunes are the box-drawing characters of a box's rules (its
// borders and the lines between its rows), not its cell bars.
const boxBorderRunes = "├└┌─┼┤┘┴┬┐"

// borderRunEnd is the end of the run of boxBorderRunes in line that starts
// at byte i.
func borderRunEnd(line string, i int) int {
	j := i
	for j < len(line) {
		r, m := utf8.DecodeRuneInString(line[j:])
		if !strings.ContainsRune(boxBorderRunes, r) {
			break
		}
		j += m
	}
	return j
}
