package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// rankGridColumn is the rule for a cell grid whose first column is a rank
// (排名 | 地区 | 2020年GDP(亿元) | … | — | 全国 | … | 1 | 广东 | …, the rows run
// into one line or written one cell a line): the rank header and each
// row's rank cell are dropped, as a rank column is in a text table (a code
// column, rankHeader), and the cell after the rank header heads the row
// labels. cells[0] must be a rank header and cells[1] a short text cell
// (地区, 城市, 省份: any name without digits); the ranks are the value cells
// written just before a label, each a whole number one more than (or, for
// a tie, equal to) the one before, or a missing marker (—, the rank of a
// total row). The grid ends at the first value before a label that is no
// such rank. ok is false when cells do not start so or hold fewer than
// two ranked rows.
func rankGridColumn(cells []tcell) ([]tcell, bool) {
	if len(cells) < 4 || !rankHeader(cells[0].text) {
		return cells, false
	}
	h := trimText(cells[1].text)
	if h == "" || utf8.RuneCountInString(h) > 8 || gridValue(h) || strings.ContainsAny(h, "0123456789") {
		return cells, false
	}
	out := []tcell{cells[1]}
	i := 2
	for i < len(cells) && !gridValue(cells[i].text) {
		out = append(out, cells[i]) // the header
		i++
	}
	prev, ranked := 0, 0
	for ; i < len(cells); i++ {
		c := cells[i]
		if !gridValue(c.text) || i+1 >= len(cells) || gridValue(cells[i+1].text) {
			out = append(out, c)
			continue
		}
		t := trimText(c.text)
		if !isMissingMark(t) {
			n, err := strconv.Atoi(t)
			if err != nil || n < 1 || prev > 0 && n != prev && n != prev+1 {
				out = append(out, c)
				break // no rank: the table ends after this value
			}
			prev = n
		}
		ranked++
	}
	if ranked < 2 {
		return cells, false
	}
	return out, true
}

// rankCornerEnd reports a first line of a cell grid whose cell before the
// first bar ends, after a space, in a rank header (…数据: 排名 | 地区 | …):
// a ranked table the copy ran into the prose before it.
func rankCornerEnd(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 6 {
		return false
	}
	if i := strings.LastIndexByte(t, ' '); i >= 0 {
		t = t[i+1:]
	}
	return len(t) <= 3*8 && rankHeader(t)
}

// statAcronym is the rule for a column header that names its quantity by
// its Latin acronym after the year (2020年GDP, 2023年CPI): the acronym is
// the quantity's name, as a Chinese name after the year is
// (yearQuantityHeader), not a part of the period.
func statAcronym(rest string) bool {
	return slices.Contains(statAcronyms, rest)
}
