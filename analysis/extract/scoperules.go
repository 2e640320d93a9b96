package extract

import "strings"

// caseGroups name a group of persons or a field whose cases a report counts
// apart from the rest (未成年人检察, 涉外案件).
var caseGroups = []string{"未成年人", "涉未成年人", "涉外", "涉港澳台", "涉企", "涉农", "农民工", "老年人", "残疾人", "妇女儿童"}

// caseGroupOfObject is the rule for the group a case count's object is
// limited to, carried to the bare case verbs after it (受理未成年人审查起诉
// 案件10件，起诉8件 → 未成年人起诉案件, not 起诉案件: the later stage counts
// the same minors' cases). object is the previous figure's name after its
// case verb, head the noun inherited from it. It returns the group, or ""
// when the object names none, when the inherited noun already holds it
// (受理未成年人案件: the whole object is the head), or when the verb
// names it itself (起诉未成年人). A group written before the previous verb,
// not kept in its scope (未成年人起诉案件8件，不起诉2件 → 未成年人不起诉案件),
// is carried the same way: before is the previous name before its verb.
func caseGroupOfObject(before, object, scope, name, head string) string {
	if g := hasSuffixAny(before, caseGroups); g != "" && !strings.Contains(scope, g) && !strings.Contains(name, g) {
		return g
	}
	if w := hasPrefixAny(object, caseVerbs); w != "" {
		object = object[len(w):]
	}
	if w := hasPrefixAny(object, kindWords); w != "" {
		object = object[len(w):]
	}
	g := hasPrefixAny(object, caseGroups)
	if g == "" || len(g) == len(object) || strings.Contains(head, g) || strings.Contains(name, g) {
		return ""
	}
	return g
}
