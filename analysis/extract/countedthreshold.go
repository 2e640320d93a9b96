package extract

// countedThreshold is the rule for a growth threshold that bounds the
// things a count written before it is of (8个市县城镇固定资产投资增速超过50%,
// 18家银行净利润同比增速超过10%): a number in % after a count in a
// classifier of its clause, with the words between naming a growth (增速,
// 增幅, 增长) and ending in a threshold verb (超过, 高于, 达到, 在), and the
// clause ending after it or after 以上/以下. The growth is part of the name
// of what is counted, no figure of its own (growthCondition reads the
// order threshold first, 增速超过50%的市县8个). count is the unit of the
// clause's count before the number ("" if none), pre the words between,
// rest the text after the number's unit.
func countedThreshold(count, pre, rest string, m unitMatch) bool {
	if m.kind != unitPercent || count == "" || !nounClassifiers[count] {
		return false
	}
	if hasSuffixAny(pre, thresholdVerbs) == "" || !containsAny(pre, growthNouns) {
		return false
	}
	if w := hasPrefixAny(rest, []string{"以上", "以下"}); w != "" {
		rest = rest[len(w):]
	}
	return rest == "" || hasPrefixAny(rest, []string{"，", ",", "；", ";", "。"}) != ""
}

// thresholdVerbs end the words before a growth threshold (增速超过50%).
var thresholdVerbs = []string{"超过", "超過", "高于", "高於", "达到", "達到", "在"}

// growthNouns name a growth a threshold bounds.
var growthNouns = []string{"增速", "增幅", "增长", "增長"}
