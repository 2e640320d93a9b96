package extract

import "strings"

// courtPartRate is the rule for a court's rate stated bare after the counts
// of one court within the whole (全市法院…；市中院审结5231件，结案率98.7%;
// 自治区高院受理案件11585件，审执结10692件，结案率92.3%): a case rate
// (courtRates) in % right after a count of a named court (a 中院, a 高院,
// 院本级) is that court's rate (市中院结案率). A rate after the whole's
// counts (全市法院…，结案率) is named as written. "" when the rule does not
// apply.
func (x *extractor) courtPartRate(st *sentenceState, name, unit string) string {
	if unit != "%" || !strings.HasSuffix(name, "率") || !inList(name, courtRates) || len(st.figs) == 0 {
		return ""
	}
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		f := &x.figs[st.figs[k]]
		if f.Unit == "%" || f.Missing || f.ChangeOf != "" {
			continue
		}
		if unitBase(f.Unit) != "件" {
			return ""
		}
		if b := courtPartBody(f.Indicator); b != "" {
			return b + name
		}
		return ""
	}
	return ""
}

// courtRates are the rates of a court's cases a report states bare.
var courtRates = []string{"结案率", "結案率", "执结率", "執結率", "调撤率", "調撤率", "审限内结案率", "法定审限内结案率"}

// courtPartBody is the name of one court within a whole that a count's
// subject opens with (市中院审结 → 市中院, 自治区高院受理案件 → 自治区高院,
// 中院本级受理 → 中院本级); "" for the whole (全市法院) or none.
func courtPartBody(ind string) string {
	for _, w := range []string{"中院本级", "院本级", "中院", "高院", "中级人民法院", "高级人民法院"} {
		if i := strings.Index(ind, w); i >= 0 && i <= 15 {
			return ind[:i+len(w)]
		}
	}
	return ""
}
