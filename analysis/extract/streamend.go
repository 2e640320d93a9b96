package extract

import "strings"

// streamProseRun is the rule for the end of a table copied one cell a line
// with bars (指标 | 2024年 | 同比变化 | then 营业总收入 | 4.71亿元 | …, each
// cell and each bar on a line of its own, or each cell ending in its bar)
// when the text after it has no sentence end to stop the block (注:ROE为…
// then 二、季度业绩亮点 then 2024年第四季度表现尤为突出: then 单季度主营收入
// 1.24亿元,同比增长11.44%): the line at pos and the two written lines after
// it all without a bar, one of them text (streamTextLine), are text after
// the table, read as text, no cells of its rows. A cell the copy broke
// over three lines (总 then 计 then Total) is no text and ends nothing.
func streamProseRun(s string, pos int) bool {
	text := false
	for n := 0; n < 3; {
		if pos >= len(s) {
			return false // the text ends: nothing after the table to keep apart
		}
		le := nextLine(s, pos)
		a, b := trimSpace(s, pos, le)
		if a < b {
			if containsAnyOf(s[a:b], "|｜") {
				return false
			}
			text = text || streamTextLine(s, a, b)
			n++
		}
		pos = le + 1
	}
	return text
}

// streamTextLine reports a line that no table cell is written as: a
// heading (二、季度业绩亮点, （三）现金流), a line ending in a colon (资产结构
// 变化:, 注:) or one with a comma between its words (单季度归母净利润1490.93
// 万元,).
func streamTextLine(s string, a, b int) bool {
	t := s[a:b]
	if lvl, _ := headingMarker(s, a, b); lvl > 0 {
		return true
	}
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || containsAnyOf(t, ",，")
}
