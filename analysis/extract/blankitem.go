package extract

import (
	"strings"
	"unicode/utf8"
)

// blankLineItem is the rule for a row of a text table whose label stands
// alone because its values were left blank, not because it heads the rows
// below it: a budget table lists every line item of its classification,
// published or not (个人所得税 | 19 | 36, then 资源税 | | |, then
// 城市维护建设税 | 16 | 25). The label-alone row at ri (data rows from h)
// is such an item when its label ends in the same head noun as the label
// of the row above or below it (税 and 税, 收入 and 收入): a heading names a
// class of the rows below (学校数 over 小学, 高等教育 over 普通高等学校), not
// one more of them. Heads that count (数, 量, 率, 额, 值) say nothing of
// kind and never match.
func blankLineItem(rows []trow, ri, h int) bool {
	if len(rows[ri].cells) == 0 {
		return false
	}
	head := labelHead(rows[ri].cells[0].text)
	if head == 0 {
		return false
	}
	if ri-1 >= h && labelHead(rows[ri-1].cells[0].text) == head {
		return true
	}
	return ri+1 < len(rows) && len(rows[ri+1].cells) > 0 && labelHead(rows[ri+1].cells[0].text) == head
}

// labelHead is the last Han character of a row label, brackets and their
// notes aside (国有资源(资产)有偿使用收入 → 入); 0 when the label ends in
// no Han character or in a character that counts rather than names a
// kind (数 量 率 额 值 比 重).
func labelHead(t string) rune {
	t = strings.TrimSpace(t)
	if len(t) == 0 || len(t) > 120 {
		return 0
	}
	label, _ := headerUnit(tableLabel(t))
	label = strings.TrimRight(label, " 　:：")
	r, _ := utf8.DecodeLastRuneInString(label)
	if !isHan(r) || strings.ContainsRune("数量率额值比重", r) {
		return 0
	}
	return r
}
