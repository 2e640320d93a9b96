package extract

import "unicode/utf8"

// sharedThreshold is the rule for a threshold written before another that
// carries the 以上 for both (立案侦查贪污受贿100万元、挪用公款1000万元以上案件
// 4834件): an amount followed by 、, a few characters naming what it bounds,
// a number in the same unit and the 以上 (or 以下) of a class (thresholdBand)
// is a threshold of the class too, no figure. rest is the text after the
// amount's unit; it must open with 、 (tested first).
func sharedThreshold(rest string, m unitMatch) bool {
	if m.kind != unitQuantity || m.qual != "" || m.unit == "" || len(rest) < 3 || rest[:3] != "、" {
		return false
	}
	t := rest[len("、"):]
	j, runes := 0, 0
	for j < len(t) {
		r, n := utf8.DecodeRuneInString(t[j:])
		if !isHan(r) || runes >= 8 {
			break
		}
		j += n
		runes++
	}
	if runes == 0 || j >= len(t) || !isDigitAt(t, j) {
		return false
	}
	for j < len(t) && (isDigitAt(t, j) || t[j] == '.') {
		j++
	}
	after := t[j:]
	if len(after) < len(m.unit) || after[:len(m.unit)] != m.unit {
		return false
	}
	after = after[len(m.unit):]
	w := hasPrefixAny(after, []string{"及以上", "以上", "及以下", "以下"})
	if w == "" {
		return false
	}
	after = after[len(w):]
	if len(after) >= len("的") && after[:len("的")] == "的" {
		after = after[len("的"):]
	}
	return after != "" && isHanAt(after, 0)
}
