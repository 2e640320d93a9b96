package extract

import (
	"strings"
	"unicode/utf8"
)

// Financial summaries of several years copied out of a PDF by blocks of
// columns: the years one a line (each with its unit on the next line),
// then a block of labels one a line, then each year's values for those
// labels one a line, year after year, then the next block of labels and
// its values (财务概览: 收入, 销售成本, then 8,873,274 and (4,402,544) for
// the first year, the next year's two values, …).

// maxBlockYears bounds the years labelBlockColumns reads.
const maxBlockYears = 12

// maxBlockLabels bounds the labels of one block.
const maxBlockLabels = 60

// blockLabel is a label line of a block and its indentation.
type blockLabel struct {
	cell   tcell
	indent int
}

// labelBlockColumns is the rule for a summary of several years copied by
// blocks of columns: an optional heading of the span (截至十二月三十一日止年度),
// two or more years one a line (2021, 二零二一年), each followed by the same
// unit line or none (人民币千元), then blocks, each a run of label lines
// and a run of value lines (numbers, bracketed negatives, missing marks),
// blank lines apart. A label followed by labels indented deeper heads them
// and has no values (应占其利润及亏损 over 一家合资公司 | 联营公司: blockItemName
// names them); the first label of the first block may be a heading of the
// table (业绩) when the counts say so. A block is read only when its values
// are exactly the years times its labels, the first year's values first:
// the value of label i in year y is the value y×n+i. nil when the lines at
// ls are not so or no block reads so.
func (x *extractor) labelBlockColumns(ls int) ([]trow, int) {
	s := x.s
	pos := ls
	if c, next := x.cellLine(pos); periodScopeHeading(c.text) {
		pos = next
	}
	var years []tcell
	unit := ""
	for pos < len(s) && len(years) <= maxBlockYears {
		c, next := x.cellLine(pos)
		if ok, _ := yearColumnCell(c.text); !ok {
			break
		}
		uu, after := "", next
		if next < len(s) {
			var u tcell
			u, after = x.cellLine(next)
			uu = unitOnlyHeader(u.text)
			if uu == "" && summaryUnitCell(u.text) && !streamValueCell(u.text) {
				uu = u.text
			}
		}
		if len(years) > 0 && uu != unit {
			return nil, ls
		}
		unit = uu
		if uu != "" {
			next = after
		}
		years = append(years, c)
		pos = next
	}
	if len(years) < 2 || len(years) > maxBlockYears {
		return nil, ls
	}
	hdr := trow{cells: append([]tcell{{start: years[0].start, end: years[0].start}}, years...), start: years[0].start, end: years[len(years)-1].end, textLine: true}
	rows := []trow{hdr}
	end := hdr.end
	for first := true; pos < len(s); first = false {
		labels, vpos := x.blockLabels(pos)
		values, next := x.blockValues(vpos)
		if len(labels) == 0 || len(values) == 0 {
			break
		}
		names := blockRowNames(labels)
		if len(values) != len(names)*len(years) && first && len(names) > 1 && labels[0].indent == 0 &&
			len(values) == (len(names)-1)*len(years) && names[0].text == labels[0].cell.text {
			names = names[1:] // 业绩 over the rows: the table's heading
		}
		n := len(names)
		if n == 0 || len(values) != n*len(years) {
			break
		}
		for i, nm := range names {
			r := trow{cells: []tcell{nm}, start: nm.start, end: nm.end, textLine: true}
			for y := range years {
				r.cells = append(r.cells, values[y*n+i])
			}
			rows = append(rows, r)
		}
		end = values[len(values)-1].end
		pos = next
	}
	if len(rows) < 3 {
		return nil, ls
	}
	if unit != "" {
		x.pendingUnit = unit
	}
	return rows, min(nextLine(s, end)+1, len(s))
}

// blockLabels reads the label lines of a block from pos, blank lines
// skipped: each line's text and its indentation (leading spaces). It
// returns them and where the values start.
func (x *extractor) blockLabels(pos int) ([]blockLabel, int) {
	s := x.s
	var out []blockLabel
	for pos < len(s) && len(out) <= maxBlockLabels {
		c, next := x.cellLine(pos)
		if c.text == "" {
			pos = next
			continue
		}
		if streamValueCell(c.text) || !cellLineLabel(c.text) || hasPipeOrTab(c.text) {
			break
		}
		out = append(out, blockLabel{cell: c, indent: utf8.RuneCountInString(s[pos:c.start])})
		pos = next
	}
	if len(out) > maxBlockLabels {
		return nil, pos
	}
	return out, pos
}

// blockValues reads the value lines of a block from pos, blank lines
// skipped, up to the next label; it returns them and where they end.
func (x *extractor) blockValues(pos int) ([]tcell, int) {
	s := x.s
	var out []tcell
	for pos < len(s) {
		c, next := x.cellLine(pos)
		if c.text == "" {
			pos = next
			continue
		}
		if !streamValueCell(c.text) || strings.Contains(c.text, " ") {
			break
		}
		out = append(out, c)
		pos = next
	}
	return out, pos
}

// blockRowNames gives the rows of a block's labels: a label followed by
// labels indented deeper is their heading and no row; each of those rows
// is named by the heading and its own label (blockItemName).
func blockRowNames(labels []blockLabel) []tcell {
	var out []tcell
	for i := 0; i < len(labels); i++ {
		l := labels[i]
		if i+1 < len(labels) && labels[i+1].indent > l.indent {
			j := i + 1
			for j < len(labels) && labels[j].indent > l.indent {
				c := labels[j].cell
				c.text = blockItemName(l.cell.text, c.text)
				out = append(out, c)
				j++
			}
			i = j - 1
			continue
		}
		out = append(out, l.cell)
	}
	return out
}

// blockItemName is the rule for an item under a heading that refers to it
// by 其 (应占其利润及亏损 over 一家合资公司: 应占一家合资公司利润及亏损): the item
// takes the place of 其; under any other heading, the heading then the item
// (应收款项 over 关联方: 应收款项关联方).
func blockItemName(heading, item string) string {
	if strings.Count(heading, "其") == 1 {
		return strings.Replace(heading, "其", item, 1)
	}
	return heading + item
}
