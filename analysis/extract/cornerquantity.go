package extract

import (
	"strings"
	"unicode/utf8"
)

// cornerQuantity is the rule for a corner cell that names, in brackets
// after the word heading the labels, the quantity every cell of the table
// counts and its unit (指标(在校学生数/人), 项目（招生数，人）, 指标(床位数:张)):
// each row is a kind of that quantity (高等学校 → 高等学校在校学生数), in
// that unit. It returns the quantity and the unit; ok is false for any
// other corner (项目(万元) names a unit only, cornerUnit's).
func cornerQuantity(h string) (quantity, unit string, ok bool) {
	t, _ := stripReadingNotes(removeHanSpaces(trimText(h)))
	open := strings.IndexAny(t, "(（")
	if open <= 0 || !gridCorner(t[:open]) {
		return "", "", false
	}
	inner := t[open:]
	_, size := utf8.DecodeRuneInString(inner)
	inner = inner[size:]
	if !strings.HasSuffix(inner, ")") && !strings.HasSuffix(inner, "）") {
		return "", "", false
	}
	inner = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(inner, ")"), "）"), " ")
	k := strings.LastIndexAny(inner, "/／:：,，、")
	if k <= 0 {
		return "", "", false
	}
	q := strings.TrimSpace(inner[:k])
	_, sep := utf8.DecodeRuneInString(inner[k:])
	u := strings.TrimSpace(inner[k+sep:])
	if !isUnitText(u) || u == "%" || q == "" || !containsHan(q) || strings.ContainsAny(q, "()（）/／") || isUnitText(q) {
		return "", "", false
	}
	return q, normUnit(u), true
}
