package extract

import "strings"

// cutBudgetStage is the rule for a comparison with a year's budget at one
// of its stages (比2021年决算增长1.3%, 较2022年执行数下降2%, 比2022年预算数
// 增加): a budget report compares this year's figure with the final
// accounts (决算, 决算数) or the outturn (执行数) of a named year as the
// year itself. It returns u without the stage word after the year's 年,
// ok false when u ends in no such stage after 年.
func cutBudgetStage(u string) (string, bool) {
	for _, w := range []string{"决算数", "决算", "预算执行数", "执行数", "预算数"} {
		if v, ok := strings.CutSuffix(u, w); ok && strings.HasSuffix(v, "年") {
			return v, true
		}
	}
	return u, false
}
