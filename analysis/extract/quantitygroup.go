package extract

import (
	"strings"
	"unicode/utf8"
)

// markKindFirst sets kindFirst on the columns of a group whose header
// names a quantity and whose lower cells each name a kind it is counted for
// (quantityGroupOrder). A group with a total column of its own (学校数 over
// 合计 | 初级中学 | 职业初中) is a total and its breakdown: its parts keep
// the group first (学校数初级中学), as the breakdown of the total is read.
func markKindFirst(cols []tableColumn) {
	for k := 0; k < len(cols); {
		j := k + 1
		for j < len(cols) && cols[j].group == cols[k].group {
			j++
		}
		ok := j-k > 1 && cols[k].group != ""
		for i := k; ok && i < j; i++ {
			_, ok = quantityGroupOrder(cols[i].group, cols[i].name)
			ok = ok && cols[i].change == "" && !cols[i].part
		}
		for i := k; ok && i < j; i++ {
			cols[i].kindFirst = true
		}
		k = j
	}
}

// quantityGroupOrder is the rule for a header whose upper cell names a
// quantity and whose lower cells name the kinds it is counted for
// (总诊疗人次数(万人次) over 医院 | 乡镇卫生院 | 社区卫生, 出院人数 over
// the same): a statistical table writes its subject kind first and quantity
// last (医院总诊疗人次数, 乡镇卫生院出院人数), as the row label before it
// does, so the lower cell goes before the upper. ok is false when the upper
// cell is no count or amount (a period, a place, a kind: 城镇 over 人口数),
// or when the lower cell names a quantity of its own (学校数 over 小计),
// and the cells keep their order.
func quantityGroupOrder(group, name string) (string, bool) {
	if group == "" || name == "" || !quantityHeadWord(group) || quantityHeadWord(name) {
		return "", false
	}
	if utf8.RuneCountInString(name) < 2 || utf8.RuneCountInString(group) < 3 {
		return "", false
	}
	if partPrefix(name) != "" || isPeriodHeader(name) || headerYear(name) != 0 || changeHeader(name, "") != "" {
		return "", false
	}
	for _, r := range name {
		if !isHan(r) {
			return "", false // 合计(%), an English word: not a kind's name
		}
	}
	return name + group, true
}

// quantityHeadWord is the rule for a header that names a count or an
// amount by its last word: 人次数, 人数, 床位数, 机构数 (…数), 总量, 金额 —
// what is measured, not who or what for.
func quantityHeadWord(h string) bool {
	for _, w := range []string{"数", "人次", "数量", "总量", "金额", "费用"} {
		if strings.HasSuffix(h, w) {
			return true
		}
	}
	return false
}

// partQuantityName is the rule for a part column whose name recurs under
// several columns (其中: 医院 after 卫生机构数 and after 卫生机构床位数): the
// part is a kind of the institutions the column counts (卫生机构, 医疗机构),
// so it is named by the kind and what the column counts of them (医院数,
// 医院床位数, 医院人员数). ok is false when the column names no
// institutions, or nothing before them (机构数, 床位数, 卫生技术人员数),
// and for a part that lists kinds (医院、卫生院: 医院、卫生院床位数 would
// read as 医院 and 卫生院床位数): named as before, 卫生机构床位数（其中：医院、卫生院）.
func partQuantityName(column, part string) (string, bool) {
	if strings.ContainsAny(part, "、,，") {
		return "", false
	}
	k := strings.Index(column, "机构")
	if k <= 0 {
		return "", false
	}
	rest := column[k+len("机构"):]
	if rest == "" || strings.HasPrefix(part+rest, column) {
		return "", false
	}
	return part + rest, true
}
