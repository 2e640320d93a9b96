package extract

import "strings"

// inclusionVerb is the rule for a part counted after a verb of inclusion
// in one character (初中28所(含4所民办初中), 其中含12个教学点): what is counted
// is the noun after the classifier (民办初中), not 含. Verbs of two
// characters (包括, 包含) are bare verbs already (isBareVerb).
func inclusionVerb(name string) bool {
	return name == "含" || name == "其中含" || name == "内含"
}

// conjoinedCount is the rule for a second count joined by 和 or 及 to a
// count whose noun follows it (含6所民办小学和67个教学点): the words before
// the number are the first count's noun and the conjunction, and the
// second counts the noun after its own classifier (教学点).
func (x *extractor) conjoinedCount(st *sentenceState, name string) bool {
	head := strings.TrimSuffix(strings.TrimSuffix(name, "和"), "及")
	if head == name || head == "" || len(st.figs) == 0 {
		return false
	}
	return x.figs[st.figs[len(st.figs)-1]].Indicator == head
}
