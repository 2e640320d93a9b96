package extract

import "strings"

// rateGroups are the groups a rate is broken down by after 其中 (城市,
// 农村, 男性): a part named by the group alone.
var rateGroups = []string{"城镇", "农村", "城市", "乡村", "城区", "男性", "女性"}

// groupOfRate is the rule for the parts of a rate named by their group
// alone (全省住院分娩率为98.33%，其中城市为99.32%，农村为97.90%; 孕产妇死亡率
// 12.5/10万，其中城市10.2/10万): the part is the group's rate, named by the
// group and the rate's name without its territorial scope (城市住院分娩率).
// The rate is the sentence's nearest level before in the same unit, %, ‰
// or /10万, whose name ends in 率 (a group's rate before gives its rate:
// 城市住院分娩率 → 农村住院分娩率). "" when the rule does not apply.
func (x *extractor) groupOfRate(st *sentenceState, name, unit string) string {
	if unit != "%" && unit != "‰" && unit != "/10万" {
		return ""
	}
	name = strings.TrimPrefix(name, "其中")
	if hasPrefixAny(name, rateGroups) != name {
		return ""
	}
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		f := &x.figs[st.figs[k]]
		if f.ChangeOf != "" || f.Prior {
			continue
		}
		if f.Missing || f.Terms != 0 || f.Unit != unit {
			return ""
		}
		g := hasPrefixAny(f.Indicator, rateGroups)
		if g == f.Indicator {
			return "" // 城市99.32%: a part no rule named
		}
		rate := strings.TrimPrefix(f.Indicator, g) // 城市住院分娩率 before: its rate
		if !strings.HasSuffix(rate, "率") {
			return ""
		}
		if w := hasPrefixAny(rate, []string{"全国", "全省", "全市", "全县", "全区", "全州", "全旗"}); w != "" && len(w) < len(rate) {
			rate = rate[len(w):]
		}
		return name + rate
	}
	return ""
}
