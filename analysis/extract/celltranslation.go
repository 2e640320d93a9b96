package extract

import "strings"

// cellTranslation is the rule for a cell that writes a label or header
// and then its English translation (學校數(所) Schools, 一、高等教育 Higher
// Education, 其中:独立学院 of Which:Independent Institutions), as bilingual
// yearbooks print them in one cell: the Chinese part before the last space
// that a translation follows (isTranslation) is the cell's text. It
// returns the length of that part, ok false when the cell has no such
// translation.
func cellTranslation(t string) (int, bool) {
	if len(t) < 8 || strings.IndexByte(t, ' ') < 0 {
		return 0, false
	}
	// The translation starts after the last Chinese character (and the
	// brackets that close after it), at a space.
	last := -1
	for i, r := range t {
		if isHan(r) || r == '）' {
			last = i + len(string(r))
		}
	}
	for last > 0 && last < len(t) && t[last] == ')' {
		last++
	}
	if last <= 0 || last >= len(t) || t[last] != ' ' {
		return 0, false
	}
	rest := strings.TrimSpace(t[last:])
	if !isTranslation(rest) {
		return 0, false
	}
	return last, true
}
