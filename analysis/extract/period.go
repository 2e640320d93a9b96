package extract

import (
	"strings"
)

// periodWords open a clause and name its period.
var periodWords = []string{"截至目前", "截止目前", "截至年底", "截至年末", "年末", "年底", "年初", "上半年", "下半年", "前三季度", "一季度", "二季度", "三季度", "四季度"}

func isPeriodText(t string) bool {
	switch t {
	case "目前", "截至目前", "截止目前", "今年以来", "全年", "年内", "当前", "同时", "此外", "另外":
		return true
	}
	return false
}

// chain handles number chains: 1-11月 is a period; dates, times, year spans,
// ranges and codes are not figures.
func (x *extractor) chain(st *sentenceState, t token) int {
	s := x.s
	rest := s[t.end:st.b]
	if t.parts == 2 && isRangeSep(t.sep) && strings.HasPrefix(rest, "月") && t.num.decimals == 0 && t.last.decimals == 0 &&
		t.num.value >= 1 && t.num.value <= 12 && t.last.value >= 1 && t.last.value <= 12 {
		x.setPeriod(st, t.start, t.end, 0)
	}
	return 0
}

// setPeriod records a period expression starting with the number at
// [a, e): the year or month word and what completes it (年度, 年末, 月20日,
// 月底 …), with a leading 截至/截止/至 and an adjacent earlier period
// (2022年1-11月).
func (x *extractor) setPeriod(st *sentenceState, a, e int, year int) {
	s := x.s
	j := e
	if strings.HasPrefix(s[j:st.b], "年") {
		j += len("年")
		if w := hasPrefixAny(s[j:st.b], []string{"度", "末", "底", "初", "上半年", "下半年", "前三季度", "全年", "年底"}); w != "" {
			j += len(w)
		}
	} else if strings.HasPrefix(s[j:st.b], "季度") {
		j += len("季度")
	} else if strings.HasPrefix(s[j:st.b], "月") {
		j += len("月")
		d := lineWrapEnd(s, j, st.b) // 截至9月 then 30日 on the next line
		k := d
		for {
			_, n := digitAt(s[:st.b], k)
			if n == 0 {
				break
			}
			k += n
		}
		if k > d && (strings.HasPrefix(s[k:st.b], "日") || strings.HasPrefix(s[k:st.b], "号")) {
			j = k + len("日")
		} else if w := hasPrefixAny(s[j:st.b], []string{"份", "底", "末", "初", "中旬", "上旬", "下旬"}); w != "" {
			j += len(w)
		}
	}
	start := a
	if w := hasSuffixAny(s[st.clauseStart:start], []string{"截至", "截止", "截止到", "截至到", "至", "到"}); w != "" && !changedTo(s[st.clauseStart:start]) {
		start -= len(w)
	}
	if st.periodEnd == start && st.period != "" && year == 0 {
		// 2022年1-11月
		ps := st.periodEnd - len(st.period)
		j = endedPeriodEnd(s, ps, j, st.b)
		st.period = s[ps:j]
	} else {
		j = endedPeriodEnd(s, start, j, st.b)
		st.period = s[start:j]
		st.periodYear = year
	}
	if year != 0 {
		st.periodYear = year
	}
	st.periodEnd = j
	if j > st.subjStart {
		st.subjStart = j
	}
}

// changedTo reports text ending in a change verb and 至, 到 or 为 (增长至,
// 提高到: toVerbs): a year after it (提高到2023年的79.0岁) names the later
// value's period, and the verb's 到 is no part of it (截至 and 到 alone are).
func changedTo(head string) bool {
	return hasSuffixAny(head, toVerbs) != ""
}
