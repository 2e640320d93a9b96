package extract

import "strings"

// periodValueWords are the words a header writes after a period to say
// its cells are the period's values (1月数值, 本月数据, 全年数).
var periodValueWords = []string{"数值", "数据"}

// periodValueHeader is the rule for a column header that is a period
// followed by 数值 or 数据 (1月数值, 本月数值, 1-6月数据, 全年数据): the
// column holds the period's values, so it is that period's column, its
// cells named by their row labels alone. It returns the period, "" when h
// is no such header.
func periodValueHeader(h string) string {
	for _, w := range periodValueWords {
		p, ok := strings.CutSuffix(h, w)
		if ok && p != "" && isPeriodHeader(p) {
			return p
		}
	}
	return ""
}
