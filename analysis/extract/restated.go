package extract

import "strings"

// restatedLevel is the rule for an absolute change stated in a later
// sentence with the level's name repeated (全国医疗卫生机构床位975.0万张。…
// 与上年比较，床位增加30.0万张): when the sentence has no figure before the
// change, names a comparison (与上年比较, 比上年, 同比 …, or the change's
// own base), and the change's subject is the end of the name of a recent
// level in the same base unit that has no absolute change yet, that level
// is the figure the change belongs to. It returns the level's index, -1
// if none. Only the last maxRestated figures are looked at.
func (x *extractor) restatedLevel(st *sentenceState, name, unit, base string, nameStart int) int {
	if len(st.figs) > 0 || name == "" {
		return -1
	}
	if base == "" && !hasComparison(x.s[st.a:nameStart]) {
		return -1
	}
	for k := len(x.figs) - 1; k >= 0 && k >= len(x.figs)-maxRestated; k-- {
		f := &x.figs[k]
		if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms > 0 || f.Range || f.Source.Table != 0 {
			continue
		}
		if !strings.HasSuffix(f.Indicator, name) || unitBase(f.Unit) != unitBase(unit) {
			continue
		}
		if f.hasChangeKind(Abs) {
			return -1
		}
		return k
	}
	return -1
}

// maxRestated bounds how many figures back restatedLevel looks.
const maxRestated = 12

// hasComparison reports a comparison with an earlier period in t: 与上年
// 比较, 与上年相比, 比上年, 较上年, 同比.
func hasComparison(t string) bool {
	for _, w := range []string{"比较", "相比", "比上年", "较上年", "比去年", "较去年", "同比"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}
