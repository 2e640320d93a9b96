package extract

import (
	"strings"
	"unicode/utf8"
)

// comparedBodies is the rule for a growth compared with two or more bodies
// at once, the margins given in turn (分别高于全省和全市10.8个百分点和7.5个
// 百分点; 快于全国、全省1.2和0.4个百分点): each margin is the comparison with
// its body (高于全省, 高于全市), as a comparison with one body is named. name
// is the clause's words before the first margin; it returns the names, nil
// when name is no comparison verb before bodies joined by 和, 及 or 、, each
// a short name (at most six characters) of a place or level.
func comparedBodies(name string) []string {
	name = strings.TrimPrefix(name, "分别")
	v := hasPrefixAny(name, comparisonVerbs)
	if v == "" {
		return nil
	}
	rest := name[len(v):]
	var out []string
	for rest != "" {
		k, n := len(rest), 0
		for _, sep := range []string{"和", "及", "、", "与"} {
			if j := strings.Index(rest, sep); j >= 0 && j < k {
				k, n = j, len(sep)
			}
		}
		body := rest[:k]
		if c := utf8.RuneCountInString(body); c == 0 || c > 6 || !isHanString(body) {
			return nil
		}
		out = append(out, v+body)
		rest = rest[k:]
		if n > 0 {
			rest = rest[n:]
			if rest == "" {
				return nil
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// joinedValueAfter reports whether another value follows the one ending at
// end, joined by 和, 及 or 、 (10.8个百分点和7.5个百分点).
func joinedValueAfter(s string, end int) bool {
	w := hasPrefixAny(s[end:], []string{"和", "及", "、"})
	return w != "" && end+len(w) < len(s) && s[end+len(w)] >= '0' && s[end+len(w)] <= '9'
}
