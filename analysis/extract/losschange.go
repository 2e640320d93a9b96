package extract

import "strings"

// lossChange is the rule for an amount by which a loss grew or shrank
// (净利润-32.4亿元，较上年同期亏损增加16.4亿元; 亏损减少0.5亿元; 虧損增加 in a
// traditional copy): before, the clause before the change verb, ends in
// 亏损 (虧損, 虧损 once folded), so the verb tells how the loss moved, and the result it is
// the change of moved the other way — a loss grown by 16.4亿元 is a result
// 16.4亿元 lower. Only amounts: a loss up 30% is no growth of the result
// to sign.
func lossChange(before string, m unitMatch) bool {
	if m.kind == unitPercent || m.kind == unitPP || m.kind == unitMultiple {
		return false
	}
	before = strings.TrimRight(before, " ")
	// 虧损: the folding of a traditional copy (traditional.go) folds 損, not 虧.
	return hasSuffixAny(before, []string{"亏损", "虧损", "虧損"}) != ""
}
