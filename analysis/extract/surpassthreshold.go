package extract

import "unicode/utf8"

// surpassThreshold is the rule for an amount after 过 or 超过 that bounds
// a class whose count the clause gives after it (收入过10亿元的县达到12个,
// 其中过30亿元的5个, 过10亿元项目6个): the amount right after 过, 過, 超过
// or 超過, followed within a few characters (not past the clause's end,
// though a comma inside brackets does not end it) by a number in a
// classifier of counted things, is the threshold that names the class, no
// figure; the count is the figure. An amount after 超过 with no count after
// it (投资超过10亿元，) stays a qualified figure. pre is the clause before
// the number, rest the text after its unit; the test of pre's last bytes
// comes first.
func surpassThreshold(pre, rest string, m unitMatch) bool {
	if m.kind != unitQuantity || m.unit == "" {
		return false
	}
	if hasSuffixAny(pre, []string{"过", "過"}) == "" || hasSuffixAny(pre, []string{"通过", "通過", "经过", "經過"}) != "" {
		return false // 通过, 经过: a means or a passage, no threshold
	}
	depth, runes := 0, 0
	for j := 0; j < len(rest) && runes < 16; runes++ {
		if isDigitAt(rest, j) {
			for j < len(rest) && (isDigitAt(rest, j) || rest[j] == '.') {
				j++
			}
			r, _ := utf8.DecodeRuneInString(rest[j:])
			return nounClassifiers[string(r)] || tradClassifiers[r]
		}
		r, n := utf8.DecodeRuneInString(rest[j:])
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			depth--
		case '。', '；', ';', '：', ':':
			return false
		case '，', ',':
			if depth <= 0 {
				return false
			}
		}
		j += n
	}
	return false
}

// tradClassifiers are the traditional forms of classifiers of counted
// things (124個, 6項).
var tradClassifiers = map[rune]bool{'個': true, '項': true, '處': true, '條': true, '臺': true, '間': true}
