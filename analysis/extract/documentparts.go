package extract

// documentParts is the rule for the count of a document's parts in the
// sentence that presents it (本报告包括总体情况、主动公开情况等5个部分。,
// 《公报》包含12个部分，涵盖…): a count in 个 right before 部分 that ends its
// clause, in a sentence whose words before the count list or contain the
// parts (包括, 包含, 分为, 由), describes the text, no figure of what it
// reports. sent is the sentence before the number, rest the text after the
// unit; the test of rest's first bytes comes first.
func documentParts(sent, rest string, m unitMatch) bool {
	if len(rest) < len("部分") || rest[:len("部分")] != "部分" || m.kind != unitQuantity || (m.unit != "个" && m.unit != "個") {
		return false
	}
	after := rest[len("部分"):]
	if w := hasPrefixAny(after, []string{"组成", "組成", "构成", "構成"}); w != "" {
		after = after[len(w):]
	}
	if after != "" && hasPrefixAny(after, []string{"，", ",", "；", ";", "。"}) == "" {
		return false // 3个部分进行改造: parts of a thing, counted
	}
	return containsAny(sent, []string{"包括", "包含", "分为", "分為", "由"})
}
