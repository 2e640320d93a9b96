package extract

import (
	"strings"
	"unicode/utf8"
)

// convertedCurrency is the rule for a level restated in another currency
// (人均生产总值52000元，按年平均汇率折算为7500美元; 人均GDP48000元(折合7100美元)):
// the clause names only how it converts (折合, 按…汇率折算/计算), so the
// converted level is of the level just before it in the sentence, stated in
// a currency too. name is the figure's own words, unit its unit; "" when
// name is no conversion or no such level comes before.
func (x *extractor) convertedCurrency(st *sentenceState, name, unit string) string {
	if len(st.figs) == 0 || !isCurrencyUnit(unit) || !isConversionPhrase(name) {
		return ""
	}
	f := &x.figs[st.figs[len(st.figs)-1]]
	if f.Unit == unit || !isCurrencyUnit(f.Unit) || f.Indicator == "" {
		return ""
	}
	return f.Indicator
}

// isConversionPhrase reports whether a figure's words only say how a level
// is converted into another currency: 折合, 按年均汇率折算, 平均汇率计算.
func isConversionPhrase(name string) bool {
	if name == "" || utf8.RuneCountInString(name) > 14 {
		return false
	}
	return strings.Contains(name, "折合") || strings.Contains(name, "汇率") || strings.Contains(name, "匯率") || strings.Contains(name, "折算")
}

// isCurrencyUnit reports whether a unit is an amount of money in some
// currency, with or without a scale (元, 万元, 美元, 亿美元, 欧元, 港元).
func isCurrencyUnit(u string) bool {
	return strings.HasSuffix(u, "元")
}

// statAcronyms are the Latin abbreviations of the aggregates a statistical
// bulletin names (GDP, CPI), which a copy writes right before their value
// (人均GDP35997元, CPI102.1).
var statAcronyms = []string{"GDP", "GNP", "GNI", "CPI", "PPI", "PMI"}

// statAcronymBefore is the rule for a number written right after the Latin
// abbreviation of a statistical aggregate (人均GDP48000元): the letters end
// the name, not a code the number is part of. The abbreviation must stand
// alone (no Latin letter before it).
func statAcronymBefore(s string, i int) bool {
	for _, a := range statAcronyms {
		if strings.HasSuffix(s[:i], a) && (i == len(a) || !isASCIILetter(s[i-len(a)-1])) {
			return true
		}
	}
	return false
}
