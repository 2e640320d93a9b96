package extract

import (
	"strings"
	"unicode/utf8"
)

// rankHeader is the rule for a column of ranks a table of regions or
// companies writes before or beside its labels (排名 | 地区 | 2023年常住人口,
// 人口排名, 排行, 名次, 位次, GDP排序): its cells order the rows and are no
// figures, as a rank in the prose is none (居全省第3位); in the first
// column it names no row, the labels after it do (a code column).
func rankHeader(h string) bool {
	h = removeHanSpaces(strings.TrimSpace(h))
	if utf8.RuneCountInString(h) > 8 {
		return false
	}
	for _, w := range []string{"排名", "排行", "名次", "位次", "排序"} {
		if strings.HasSuffix(h, w) {
			return true
		}
	}
	return false
}
