package extract

// signedComparison is the rule for a growth written as a signed percent
// right after its comparison, the way research notes and company digests
// write it (营收188亿元，同比-9.4%; 净利润23亿元，同比+0.3%; 环比+2.1%): 同比 or
// 环比, then + or a minus sign, then a number in % is the growth, its sign
// the change's direction. p is the text before the number (any + still on
// it), neg whether a minus sign was read with the number. It returns the
// words the change spans before the number ("" if none); the test of p's
// last bytes comes first.
func signedComparison(p string, neg bool) string {
	plus := ""
	if w := hasSuffixAny(p, []string{"+", "＋"}); w != "" {
		plus, p = w, p[:len(p)-len(w)]
	} else if !neg {
		return ""
	}
	if w := hasSuffixAny(p, []string{"同比", "环比", "環比"}); w != "" {
		return w + plus
	}
	return ""
}
