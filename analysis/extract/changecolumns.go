package extract

import (
	"strings"
	"unicode/utf8"
)

// Change columns that name their quantity: the header of a table of
// growth rates without levels writes the quantity before the change word
// (地区生产总值增长速度 | 固定资产投资增速, over a row per county), so a cell
// stated only as a change is a change of the row's quantity of that name
// (甲县地区生产总值), not of the row label alone.

// changeQuantitySuffixes are the change words a change column's header
// ends in after the name of its quantity, the longer first.
var changeQuantitySuffixes = []string{
	"比上年同期增长速度", "比去年同期增长速度", "比上年增长速度", "同比增长速度", "增长速度",
	"比上年同期增长", "比去年同期增长", "比上年同期增减", "比去年同期增减", "比上年同期增幅",
	"同比增长率", "比上年增长率", "同比增长", "同比增减", "同比增幅", "同比下降",
	"比上年增长", "比上年增减", "较上年增长", "较上年增减", "比去年增长",
	"增速", "增幅", "增长", "增减", "±",
}

// changeQuantity is the rule for the header of a change column that names
// the quantity whose change it is (规模工业增加值增长速度, 地区生产总值增速,
// 财政收入比上年增长): it returns the name before the change words
// (规模工业增加值), "" when the header writes none, or writes a period, a
// year or a generic word there (当月同比增长, 1-3月增长, 2023年比上年增长,
// 累计增长, 绝对量增长) — those change the column's level, not a quantity
// of its own. The name must hold two Han characters or more.
func changeQuantity(h string) string {
	h = strings.TrimSpace(h)
	for _, suf := range changeQuantitySuffixes {
		head, ok := strings.CutSuffix(h, suf)
		if !ok {
			continue
		}
		head = strings.TrimRight(head, " 、,，:：")
		if utf8.RuneCountInString(head) < 2 || strings.IndexFunc(head, func(r rune) bool { return !isHan(r) && r != '(' && r != ')' && r != '（' && r != '）' }) >= 0 {
			return ""
		}
		if isPeriodHeader(head) || headerYear(head) != 0 || isGenericHeader(head) || changeHeader(head, "") != "" {
			return ""
		}
		return head
	}
	return ""
}

// changeOnlySubject is the subject of a cell stated only as a change (no
// level in its row for it to change): the row's subject name, with the
// quantity its column's leaf header names (changeQuantity of col.head)
// after it unless the name already ends with it.
func changeOnlySubject(name string, col tableColumn) string {
	q := changeQuantity(removeHanSpaces(partHeadless(col.head)))
	if q == "" || name == "" || strings.HasSuffix(name, q) {
		return name
	}
	return name + q
}

// partHeadless is a header with its part marker dropped (#, 其中：).
func partHeadless(h string) string {
	if p := partPrefix(h); p != "" {
		return strings.TrimSpace(h[len(p):])
	}
	return h
}

// periodRowChangeTarget is the rule for a change column in a table of a
// row per year or period (年份 | 营业收入(亿元) | 增长率(%) over 2022 |
// 544.33 | -19.6): the row's period is its level's and its change's
// alike, so the change is of the nearest level to its left in its group,
// though an earlier year's level is a prior figure (tableChangeTarget
// passes over prior figures: in a row of periods by column they are the
// base, not the level that changed). A level in % is a rate, whose change
// in % it is not; a prior period's column or a change column is no
// target. It returns the index in figs, -1 if none.
func periodRowChangeTarget(figs []Figure, rowFigs []int, cols []tableColumn, c int) int {
	for k := c - 1; k >= 1; k-- {
		if cols[k].group != cols[c].group {
			break
		}
		if k >= len(rowFigs) || rowFigs[k] == 0 {
			continue
		}
		if cols[k].prior || cols[k].change != "" {
			return -1
		}
		if figs[rowFigs[k]-1].Unit == "%" {
			return -1
		}
		return rowFigs[k] - 1
	}
	return -1
}

// restatedPeriodsFirst is the rule for the two header rows of a company
// form with a restated prior period whose copy left out the empty cell
// over the labels (本报告期末 | 上年度末 | 本报告期末比上年度末增减(%) over
// 调整后 | 调整前, the rows then 总资产 | 907,754,294.36 | …): the upper
// row's first cell is a period, a year or a change, which heads no
// labels, and the lower row names restatements only, so every upper cell
// is over values. top and bottom are the rows' written cells.
func restatedPeriodsFirst(top, bottom []string) bool {
	if len(top) < 2 || len(bottom) == 0 || headsLabels(withoutMonthSpan(top[0])) {
		return false
	}
	for _, b := range bottom {
		if restatementHeader(b) == "" {
			return false
		}
	}
	return true
}

// withoutMonthSpan is a header with the span of months a company form
// writes after its period dropped (本报告期 (1-6月) → 本报告期); h itself
// when it ends in no such span.
func withoutMonthSpan(h string) string {
	h = strings.TrimSpace(h)
	i := strings.LastIndex(h, "(")
	if j := strings.LastIndex(h, "（"); j > i {
		i = j
	}
	if i <= 0 || monthsBracketEnd(h, i) != len(h) {
		return h
	}
	return strings.TrimSpace(h[:i])
}

// periodWithMonthSpan is the rule for a period header followed by the
// span of months it covers (本报告期 (1-6月), 本期（7-9月）): a period, as
// the header without the span is.
func periodWithMonthSpan(h string) bool {
	t := withoutMonthSpan(h)
	return t != strings.TrimSpace(h) && isPeriodHeader(t)
}

// yearEndCountHeader is the rule for the column of a bulletin's table of
// the population and its make-up (指标 | 年末数(万人) | 比重(%), rows 城镇,
// 乡村, 男性, 女性, 0-15岁 …): 年末数 in a unit of persons is the count at
// the year's end, a quantity the rows are counts of (城镇年末数), not only
// the period of a balance (年末数 | 年初数 of a statement in 万元 stays a
// period).
func yearEndCountHeader(label, unit string) bool {
	t, _ := foldTraditional(label)
	if t != "年末数" {
		return false
	}
	return unit == "人" || unit == "万人"
}
