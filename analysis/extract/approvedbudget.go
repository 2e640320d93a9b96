package extract

import "strings"

// dropApprovingBody is the rule for a completion of a budget named with
// the body that approved it (为县人民代表大会批准全县全年预算46,908万元的
// 80.43%, 完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的
// 104.3%): the body and the session are the budget's provenance, not its
// name, and the scope after 批准 repeats the report's (全县). name is the
// completion's words before the budget's number; the result keeps the verb
// and the budget (为全年预算, 完成收入调整预算), name itself when it holds no
// 批准 after a verb of completion or nothing is left after it.
func dropApprovingBody(name string) string {
	verb := hasPrefixAny(name, []string{"完成", "达到", "为", "占", "是"})
	if verb == "" {
		return name
	}
	k := strings.LastIndex(name, "批准")
	if k < 0 {
		return name
	}
	rest := strings.TrimPrefix(name[k+len("批准"):], "的")
	if w := hasPrefixAny(rest, []string{"全县", "全区", "全市", "全省", "全镇", "全乡", "全州", "全旗"}); w != "" && len(w) < len(rest) {
		rest = rest[len(w):]
	}
	if rest == "" || !strings.Contains(rest, "预算") && !strings.Contains(rest, "计划") {
		return name
	}
	return verb + rest
}
