package extract

import "strings"

// approxPrefixes are the qualifiers written before a number (SPEC §8); the
// word each records is qualifierWord's. Every one is known to
// analysis.ParseQualifier (TestQualifiersKnownToAnalysis). 多达 and 高达
// stress a figure's size and are no qualifier: they are verbs before the
// number (subject.go).
var approxPrefixes = []string{"约", "近", "超过", "超", "逾", "突破", "将近", "接近", "近乎", "大约", "约为", "不足", "不到", "不少于", "不低于", "约合", "折合约"}

// qualifierWord is the qualifier a prefix records, as written but without
// the verb around it: 约为 → 约, 约合 and 折合约 → 约.
func qualifierWord(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(w, "折合"), "为"), "合")
}

// oneQualifier is the rule for a number written with two qualifiers (大约12万
// 多名, 约3000余人, 1000多人以上): a figure has one qualifier, the first the
// text writes, the others saying again that the number is approximate.
// first is the word before the number, later the words after it (in the
// order written); "" when there is none.
func oneQualifier(first string, later ...string) string {
	if first != "" {
		return first
	}
	for _, w := range later {
		if w != "" {
			return w
		}
	}
	return ""
}
