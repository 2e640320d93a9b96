package extract

import (
	"strings"
	"unicode/utf8"
)

// countLeadWords say that the number after them is a count: 共有两千余名
// 志愿者, 新增十二个社区服务站.
var countLeadWords = []string{"共", "共有", "共计", "累计", "合计", "总计", "新增", "净增", "增加", "增至", "达", "达到", "多达", "高达", "有", "拥有", "现有", "建成", "设立", "组建"}

// nameHeads are words that, after a Chinese numeral and its classifier,
// make the whole a name (二十条措施, 八项规定, 两个确立, 三个代表, 四个意识),
// not a count.
var nameHeads = []string{"措施", "举措", "意见", "规定", "制度", "工程", "计划", "行动", "清单", "机制", "原则", "要求", "标准", "条例",
	"确立", "维护", "自信", "意识", "代表", "全会", "精神", "文件", "任务", "重点", "目标", "攻坚", "战役", "专项", "体系", "方面",
	"务必", "必须", "坚持", "一", "二", "三", "优先", "字", "到位", "统一", "结合", "融合", "全面", "服务", "保障", "文明", "不", "严", "讲"}

// chineseCount is the rule for a count written in Chinese numerals inside
// a clause (共有两千余名志愿者, 新增十二个社区服务站), where a numeral with a
// classifier and a noun is more often a name (两个确立, 三项制度, 八项规定,
// 二十条措施). The count is read when the numeral is qualified (两千余名),
// or is a number of at least two characters above ten (十二个), or follows
// a word that introduces a count (共有, 新增, 达到); never when a name's
// head follows the classifier. pre is the clause before the numeral,
// numeral the numeral as written, after the text after the unit.
func chineseCount(pre, numeral, after string, value float64, m unitMatch) bool {
	if m.kind != unitQuantity || value < 2 {
		return false
	}
	if hasPrefixAny(after, nameHeads) != "" {
		return false
	}
	if m.approx {
		return true
	}
	if utf8.RuneCountInString(numeral) >= 2 && value > 10 {
		return true
	}
	return hasSuffixAny(strings.TrimRight(pre, " "), countLeadWords) != ""
}
