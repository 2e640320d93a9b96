package extract

import "strings"

// perCapitaScope is the rule for a bare case verb after a count per judge
// or per officer (员额法官人均受理案件547.4件，结案467.5件 → 员额法官人均结案):
// the verb counts per head of the same body, so it takes the scope the
// count before it names up to 人均. name is the figure's own words, unit
// its unit; "" when name is no bare verb of a case count or the count
// before in the same unit names no scope per head.
func (x *extractor) perCapitaScope(st *sentenceState, name, unit string) string {
	if !isCaseVerb(name) {
		return ""
	}
	k := x.sameUnitOutsideBrackets(st, unit)
	if k < 0 {
		return ""
	}
	prev := x.figs[k].Indicator
	i := strings.Index(prev, "人均")
	if i <= 0 || hasPrefixAny(prev[i+len("人均"):], caseVerbs) == "" {
		return ""
	}
	return prev[:i+len("人均")] + name
}
