package extract

import (
	"strings"
	"unicode/utf8"
)

// classCountName is the rule for the count of classes a breakdown is drawn
// from (41个大类行业中有36个行业增长, 在工业19个大类中, 居民消费8个大类中):
// the count is a figure of its own, named by the classification — the
// noun right before the number (在 dropped: 工业) and the words after the
// unit up to 中 (大类行业, 大类): 大类行业, 工业大类. pre is the clause
// before the number, rest the text after the unit (classCount has
// matched). It returns "" when the words before are no noun (a period, a
// break); the name is then the words after the unit alone. n is the
// length of those words in rest.
func classCountName(pre, rest string) (name string, n int) {
	w := hasPrefixAny(rest, []string{"大类", "门类", "中类", "小类"})
	k := strings.Index(rest[len(w):], "中") + len(w)
	if k < len(w) || k == 0 {
		return "", 0 // 中类中: the 中 after the class word
	}
	class := rest[:k]
	p := strings.TrimSpace(pre)
	if i := strings.LastIndexAny(p, "，,；;：:、 "); i >= 0 {
		_, n := utf8.DecodeRuneInString(p[i:])
		p = p[i+n:]
	}
	for _, w := range []string{"在", "从", "按"} {
		p = strings.TrimPrefix(p, w)
	}
	if p == "" || !isHanString(p) || utf8.RuneCountInString(p) > 8 || isPeriodText(p) {
		return class, k
	}
	return p + class, k
}

// growthSubsetEnd is the rule for a count of the parts of a breakdown that
// grew or fell (10个行业实现增长, 5个行业同比实现两位数增长, 36个行业增加值保持
// 同比增长, 23个行业增加值同比下降): the growth predicate after the counted
// noun names the subset, and is part of the name up to the end of the
// clause: 行业实现增长, 行业同比实现两位数增长. s[a:b] is the noun read after
// the count, end the sentence's end. It returns the end of the name: b when
// the clause after the noun is not such a predicate alone.
func growthSubsetEnd(s string, a, b, end int) int {
	j := b
	for _, group := range growthSubsetWords {
		if w := hasPrefixAny(s[j:end], group); w != "" {
			j += len(w)
		}
	}
	w := hasPrefixAny(s[j:end], []string{"负增长", "正增长", "增长", "下降", "减少", "增加"})
	if w == "" {
		return b
	}
	j += len(w)
	if j < end {
		r, _ := utf8.DecodeRuneInString(s[j:end])
		if !breakRune(r) && !sentenceEnd(r) {
			return b // 实现增长的行业占…: the clause goes on
		}
	}
	return j
}

// growthSubsetWords are the words a growth predicate of a breakdown's
// parts is built of, in their order: the measure (增加值, 产量), the
// comparison, the verb and the size (两位数).
var growthSubsetWords = [][]string{
	{"增加值", "产量", "营业收入", "产值"},
	{"同比", "比上年", "比去年"},
	{"均", "都"},
	{"实现", "保持"},
	{"同比"},
	{"两位数", "正", "较快"},
}
