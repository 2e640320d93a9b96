package extract

import (
	"strings"
	"unicode/utf8"
)

// Phantoms: numbers followed by a unit that state no quantity of their own.
// Each rule takes the clause text before the number (pre, ending where the
// number and any sign or qualifier start), the text after the number (rest,
// from the unit on) and the unit read.

// rankPosition is the rule for a rank or a position (居全省前3位, 进入全国
// 前十名, 前5强, 排名提升1个位次, 前移2个名次, 结案最多的前24家: topOfSuperlative):
// a number in 位, 名 or 强 after
// a 前 that is no word of its own (目前, 提前, 此前 …) or after a verb of a
// move in the ranking (前进了三名, 前移2位), or a count of 个 that names 位次
// or 名次. Counts in 位 and 名 stay figures (专家120位, 前来咨询
// 50名群众 has 前来, not 前).
func rankPosition(pre, rest string, m unitMatch) bool {
	switch m.unit {
	case "位", "名", "强":
		p := strings.TrimRight(pre, " ")
		if m.unit != "强" && hasSuffixAny(strings.TrimSuffix(p, "了"), rankMoves) != "" {
			return true // 较上年前进了三名, 前移2位
		}
		if !strings.HasSuffix(p, "前") && !strings.HasSuffix(p, "后") {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(strings.TrimSuffix(p, "前"), "后"))
		return !strings.ContainsRune("目当此之提以事眼空日年然最", r)
	case "个":
		after := rest[len("个"):]
		return strings.HasPrefix(after, "位次") || strings.HasPrefix(after, "名次")
	case "家":
		return topOfSuperlative(pre)
	}
	return false
}

// topOfSuperlative is the rule for the top places of a ranking counted in
// 家 (结案最多的前24家法院, 增速最快的前10家企业): a number after 前 that
// follows a superlative and 的 names how far down the ranking goes, not a
// count.
func topOfSuperlative(pre string) bool {
	p, ok := strings.CutSuffix(strings.TrimRight(pre, " "), "的前")
	if !ok {
		return false
	}
	if k := strings.LastIndex(p, "最"); k >= 0 && utf8.RuneCountInString(p[k:]) <= 4 {
		return true
	}
	return false
}

// rankMoves are the verbs of a move in a ranking: 前进了三名, 前移2位,
// 跃升5位. Verbs of a count's change (增加5名, 减少2位) are none of them.
var rankMoves = []string{"前进", "前移", "后退", "后移", "跃升", "跃居", "上升", "下降", "提升", "进位", "退位", "晋升", "升至", "降至"}

// ageConditionWords bound an age that is a condition, not a figure:
// 不满16岁的未成年人, 年满60岁的老人, 未满18周岁.
var ageConditionWords = []string{"不满", "未满", "年满", "已满", "满", "未达", "年龄在", "年龄达到"}

// ageCondition is the rule for an age that states who is counted
// (14岁以上不满16岁的未成年人, 年满60周岁的老人): a number in 岁 or 周岁
// after 不满, 未满, 年满, 已满 or 满. Such ages are part of the name of the
// group (ageBand reads 60岁及以上人口); the count after them is the figure.
func ageCondition(pre string, m unitMatch) bool {
	if m.unit != "岁" && m.unit != "周岁" {
		return false
	}
	return hasSuffixAny(strings.TrimRight(pre, " "), ageConditionWords) != ""
}

// serviceHours is the rule for hours that name a service (24小时自助服务区,
// 24小时不打烊, 7×24小时值班, 全天24小时): a number in 小时 after × or *, or
// 24小时 followed by an ideograph that does not bound a time limit (内, 以内,
// 之内, 办结 …). A time limit stays a figure: 压缩至24小时, 24小时内办结.
func serviceHours(pre, rest string, value float64, m unitMatch) bool {
	if m.unit != "小时" {
		return false
	}
	p := strings.TrimRight(pre, " ")
	if strings.HasSuffix(p, "×") || strings.HasSuffix(p, "*") || strings.HasSuffix(p, "x") || strings.HasSuffix(p, "X") {
		return true
	}
	if value != 24 || m.approx {
		return false
	}
	after := rest[len("小时"):]
	if after == "" || !isHanAt(after, 0) {
		return false
	}
	return hasPrefixAny(after, []string{"内", "以内", "之内", "办结", "完成", "回复", "答复", "反馈", "到达", "响应", "处置"}) == ""
}

// perBase is the rule for the base of a rate written after 每 (每10万人口
// 拥有执业医师285人, 每100名学生配备教师6人, 每1000元营业收入): the number
// names what the rate is counted per, not a quantity; the figure is the
// count after it, its subject written with the base.
func perBase(pre string) bool {
	return strings.HasSuffix(strings.TrimRight(pre, " "), "每")
}

// demonstrativeCount is the rule for a number right after a demonstrative
// (这200件案件的标的额, 该15家企业, 上述8个项目, 前述3名被告人): it points back to
// a count the text has stated, and states no figure of its own; the figure
// of the clause is what follows (the 标的额). 此 counts only when no
// character before it makes it a word (因此, 如此, 由此, 对此 …); 应该 is no
// demonstrative.
func demonstrativeCount(pre string) bool {
	p := strings.TrimRight(pre, " ")
	if w := hasSuffixAny(p, []string{"上述", "前述", "这", "該", "该", "這"}); w != "" {
		before := strings.TrimSuffix(p, w)
		return !(w == "该" || w == "該") || !strings.HasSuffix(before, "应") && !strings.HasSuffix(before, "應")
	}
	if before, ok := strings.CutSuffix(p, "此"); ok {
		r, _ := utf8.DecodeLastRuneInString(before)
		return before == "" || !isHan(r)
	}
	return false
}

// rankedPeriods is the rule for a count of periods in which a ranking held
// (增速6个季度位居全市第一, 连续3个月排名全省首位): a number of 个 followed by
// 季度 or 月 and a verb of rank (位居, 居, 排名, 名列, 位列, 保持) counts
// periods, which the guidelines do not take as figures; the rank is no
// figure either.
func rankedPeriods(rest string, m unitMatch) bool {
	if m.unit != "个" {
		return false
	}
	after := rest[len("个"):]
	w := hasPrefixAny(after, []string{"季度", "月"})
	if w == "" {
		return false
	}
	return hasPrefixAny(after[len(w):], []string{"位居", "居", "排名", "排在", "名列", "位列", "保持", "稳居"}) != ""
}

// consecutivePeriods is the rule for a run of periods after 连续
// (月度增速连续8个月正增长, 连续3个季度保持增长, 连续10天无事故): the number
// counts the periods a trend held, a span the guidelines take as a period,
// not a figure. Only units of time count; 连续3次 and 连续工作72小时 are
// left to the other rules.
func consecutivePeriods(pre string, m unitMatch) bool {
	switch m.unit {
	case "个月", "个季度", "季度", "天", "日", "周", "个星期", "星期":
	default:
		return false
	}
	p := strings.TrimRight(pre, " ")
	return strings.HasSuffix(p, "连续") || strings.HasSuffix(p, "連續")
}

// growthCondition is the rule for a growth that bounds the things a count
// is of (营业收入增长超过20%的企业45家, 增速在10%以上的行业有12个): a change in
// % followed by an optional 以上 or 以下, 的, a name, and a number in the
// same clause, with no comparison (比, 较, 于) or 了 between: the growth is
// part of the name of what is counted, no figure or change of its own. A
// rate named after its number (5.2%的经济增速比上年加快2.2个百分点) is none.
// rest is the text after the number's unit.
func growthCondition(rest string, m unitMatch) bool {
	if m.kind != unitPercent {
		return false
	}
	rest = strings.TrimPrefix(rest, "及")
	if w := hasPrefixAny(rest, []string{"以上", "以下"}); w != "" {
		rest = rest[len(w):]
	}
	rest, ok := strings.CutPrefix(rest, "的")
	if !ok || rest == "" || !isHanAt(rest, 0) {
		return false
	}
	for i, r := range rest {
		switch {
		case r >= '0' && r <= '9':
			// The count, not a share of it (占32%的企业贡献了60%的税收).
			j := i
			for j < len(rest) && (rest[j] >= '0' && rest[j] <= '9' || rest[j] == '.') {
				j++
			}
			return i > 0 && !strings.HasPrefix(rest[j:], "%") && !strings.HasPrefix(rest[j:], "％")
		case strings.ContainsRune("，,；;。：:！？（(比较較于了", r):
			// 5.2%的经济增速比上年加快2.2个百分点: a rate named after it
			// and its change, no count.
			return false
		}
	}
	return false
}
