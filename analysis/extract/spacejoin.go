package extract

import "strings"

// dropJoiningSpaces returns t without each run of ASCII spaces inside it
// that join says the text around it is written across (join is given the
// text before the run and the text after it); runs at either end and runs
// join refuses stay. t itself is returned when nothing is dropped.
func dropJoiningSpaces(t string, join func(before, after string) bool) string {
	if strings.IndexByte(t, ' ') < 0 {
		return t
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(t); {
		if t[i] != ' ' {
			b.WriteByte(t[i])
			i++
			continue
		}
		j := i
		for j < len(t) && t[j] == ' ' {
			j++
		}
		if i > 0 && j < len(t) && join(t[:i], t[j:]) {
			i, changed = j, true
			continue
		}
		b.WriteString(t[i:j])
		i = j
	}
	if !changed {
		return t
	}
	return b.String()
}
