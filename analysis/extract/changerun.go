package extract

import (
	"strings"
	"unicode/utf8"
)

// changeRunMeasure is the rule for a run of growths stated only as changes
// that writes the measure on the first name only (采矿业增加值增长10.8%，制造业
// 增长12.4% → 制造业增加值; 主要工业产品产量中，钢材产量增长4.7%，生铁增长3.2% →
// 生铁产量): a short name right after the previous change-only figure of the
// sentence (a comma, 、 or ； between) takes that figure's measure word
// (增加值, 产量, 销售额) when the two are parallel — the names before the
// measure end in the same character (采矿业/制造业, 国有企业/私营企业), or the
// measure is 产量 and the sentence before names products (产品), whose
// names share no ending. The name has at most six Han characters and no
// measure of its own (发电量, 货运量 end in 量: they are quantities). "" when the rule does not apply: 工业增加值增长6%，投资
// 增长3% names two quantities, not two parts of one.
func (x *extractor) changeRunMeasure(st *sentenceState, name string, nameStart int) string {
	nr := utf8.RuneCountInString(name)
	if nr == 0 || nr > 6 || !isHanString(name) || hasSuffixAny(name, measureWords) != "" || strings.HasSuffix(name, "量") || len(st.figs) == 0 {
		return ""
	}
	prev := &x.figs[st.figs[len(st.figs)-1]]
	if !prev.Missing || prev.Prior || prev.Span[1] > nameStart {
		return ""
	}
	if gap := strings.TrimSpace(x.s[prev.Span[1]:nameStart]); gap != "，" && gap != "," && gap != "、" && gap != "；" && gap != ";" {
		return ""
	}
	if w := hasSuffixAny(prev.Indicator, measureWords); w != "" && len(w) < len(prev.Indicator) {
		a, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(prev.Indicator, w))
		b, _ := utf8.DecodeLastRuneInString(name)
		if a == b {
			return name + w
		}
	}
	if !strings.Contains(x.s[st.a:nameStart], "产品") {
		return ""
	}
	// A list of products: the last 产量 of the run of change-only figures
	// before (移动通信手持机(手机) between writes none).
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		f := &x.figs[st.figs[k]]
		if !f.Missing || f.Prior {
			return ""
		}
		if strings.HasSuffix(f.Indicator, "产量") && len(f.Indicator) > len("产量") {
			return name + "产量"
		}
	}
	return ""
}
