package extract

// stackedLeaves is the rule for the leaves of a header whose cells the
// page wrapped over two lines and the copy wrote as two rows (绝对数 |
// 比上年 over (万人) | 增长(%), once per group): the lower row completes the
// upper one cell by cell when each of its cells names a unit in brackets
// ((万人), 增长(%)) and no upper cell names one. It returns the upper cells
// with the lower ones' text added (绝对数(万人), 比上年增长(%)); ok is false
// when the rows differ in length or are not so written.
func stackedLeaves(upper, lower []tcell) ([]tcell, bool) {
	if len(upper) != len(lower) || len(upper) == 0 {
		return nil, false
	}
	out := make([]tcell, len(upper))
	for i := range upper {
		if _, u := headerUnit(upper[i].text); u != "" || upper[i].text == "" {
			return nil, false
		}
		if _, u := headerUnit(lower[i].text); u == "" {
			return nil, false
		}
		out[i] = tcell{text: upper[i].text + lower[i].text, start: upper[i].start, end: upper[i].end}
	}
	return out, true
}

// sameLeafName reports two leaves of a repeated header that name the same
// column in the units of their groups (绝对数(张) and 绝对数(人)): the names
// without their units in brackets agree and both name a unit.
func sameLeafName(a, b string) bool {
	la, ua := headerUnit(a)
	lb, ub := headerUnit(b)
	return la != "" && la == lb && ua != "" && ub != ""
}
