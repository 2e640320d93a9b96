package extract

import (
	"strings"

	"github.com/annualstat/annualstat/internal/trim"
)

// Finance pages (利润表, 资产负债表 as a portal prints them) write every
// amount with its own scale or unit in its cell (1,704.97 亿 | 223.86 万 |
// 94.0 元), the table naming no unit.

// amountCellUnits are the units an amount cell of a finance page ends with:
// the scales of 元 and 元 itself, each also with 元 after it.
var amountCellUnits = []string{"万亿元", "万亿", "亿元", "亿", "千万元", "百万元", "万元", "万", "千元", "元"}

// amountCell is the rule for a cell that is an amount written with its
// scale or unit and nothing else (1,704.97 亿, 289.59亿, -4.34亿, 5673.91万,
// 609.0 元, 25.57亿元): a number as parseCell reads it (no percent), an
// optional space, and one of amountCellUnits at the end. Such a cell is a
// value of its row, as a bare number is: a row of them is no header.
func amountCell(t string) bool {
	t = trim.Space(t)
	if len(t) < 4 || len(t) > 40 || !(isDigitAt(t, 0) || t[0] == '-' || t[0] == '+') {
		return false // cheap test: an amount starts with its digits or sign
	}
	w := hasSuffixAny(t, amountCellUnits)
	if w == "" {
		return false
	}
	_, _, pct, ok := parseCell(trim.Space(t[:len(t)-len(w)]))
	return ok && !pct
}

// trailingYearHeader is the rule for the column of a finance page that
// sums the last four quarters (近12个月(TTM), 最近12个月, 近十二个月, TTM):
// a period, as the report years beside it are.
func trailingYearHeader(h string) bool {
	h = strings.TrimSpace(h)
	for _, tail := range []string{"(TTM)", "（TTM）", "TTM"} {
		if t := strings.TrimSuffix(h, tail); t != h {
			h = strings.TrimSpace(t)
			if h == "" {
				return true
			}
			break
		}
	}
	switch strings.TrimPrefix(strings.TrimPrefix(h, "最"), "近") {
	case "12个月", "十二个月":
		return strings.HasPrefix(h, "近") || strings.HasPrefix(h, "最近")
	}
	return false
}
