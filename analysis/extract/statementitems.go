package extract

import (
	"strings"
	"unicode/utf8"
)

// statementItemEnds are the words a line item of a financial statement
// ends with (利息收入, 手续费及佣金支出, 营业成本, 汇兑收益, 信用减值损失,
// 税金及附加).
var statementItemEnds = []string{"收入", "支出", "成本", "费用", "收益", "损失", "利润", "附加", "税费", "净额"}

// valuelessStatementItem is the rule for a line item of a statement whose
// rows are numbered as the forms number them (一、营业总收入 …) written
// with no values, as the form lists items a company does not report (利息
// 收入, 手续费及佣金收入 in a brewer's income statement): a label of at least
// four characters ending in an item's word (statementItemEnds) that starts
// as no wrapped piece does (的, a bracket, 及 …) under a label left open by
// nothing (above). It is an item of its own, not a piece of the label
// above or below it.
func valuelessStatementItem(above, line string) bool {
	if n := utf8.RuneCountInString(line); n < 4 || n > 30 || !isHanString(line) {
		return false
	}
	if hasSuffixAny(line, statementItemEnds) == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if strings.ContainsRune("的（(及和与之额润率）)者", first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(above)
	return !strings.ContainsRune("的和及与、（(", last) && strings.Count(above, "（") <= strings.Count(above, "）") && strings.Count(above, "(") <= strings.Count(above, ")")
}
