package extract

import "strings"

// spreadCharacters is the rule for a name a page spreads over its cell
// with runs of spaces between its characters (收    入, 总   计, 支　　出):
// every field between the spaces is one Chinese character, and there are
// two to eight of them; it returns the name without the spaces. A text of
// longer fields (医院    公立医院) is no spread name: false.
func spreadCharacters(t string) (string, bool) {
	if len(t) > 64 {
		return "", false
	}
	chars, space := 0, true // space: the previous rune was a space (or none)
	for _, r := range t {
		switch {
		case isSpace(r):
			space = true
		case isHan(r) && space:
			chars++
			space = false
		default:
			return "", false // a field of two runes, or not Chinese
		}
	}
	if chars < 2 || chars > 8 {
		return "", false
	}
	return strings.Join(strings.FieldsFunc(t, isSpace), ""), true
}
