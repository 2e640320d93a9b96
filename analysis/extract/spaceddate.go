package extract

import "unicode/utf8"

// spacedDateHeader is the rule for a header cell a PDF copy wrote with a
// space between the digits of a date and its 年, 月 or 日 (2011 年, 2011
// 年末, 2023 年 12 月 31 日, 2022 年度): the spaces between an ASCII digit
// and one of those characters, either side, are dropped (2011年,
// 2011年末, 2023年12月31日), so that the cell names its year as a cell
// written without them does. Any other text is returned as it is.
func spacedDateHeader(t string) string {
	if len(t) > 64 {
		return t
	}
	return dropJoiningSpaces(t, dateJoin)
}

// dateJoin reports a digit before the spaces and 年, 月 or 日 after them,
// or 年 or 月 before them and a digit after.
func dateJoin(before, after string) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	next, _ := utf8.DecodeRuneInString(after)
	digit := func(r rune) bool { return r >= '0' && r <= '9' }
	switch {
	case digit(last):
		return next == '年' || next == '月' || next == '日'
	case last == '年' || last == '月':
		return digit(next)
	}
	return false
}
