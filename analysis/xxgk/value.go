package xxgk

import (
	"strconv"
	"strings"
	"unicode"
)

// Fold returns s with full-width ASCII folded to half-width (１ → 1, ．→ .),
// the ideographic space to a space, and surrounding spaces trimmed.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E && r != '（' && r != '）':
			r -= 0xFEE0
		case r == 0x3000 || r == 0xA0:
			r = ' '
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// isNA reports whether a cell says "not applicable": "/", "—", "-", "——".
func isNA(s string) bool {
	switch s {
	case "/", "／", "\\", "-", "—", "——", "–", "－", "─":
		return true
	}
	return false
}

// ParseCount reads a count cell: blank is zero, "/" (or a dash) is not
// applicable, units 件 个 项 次 人 are dropped, thousands separators are
// allowed. Anything else is an error; so are negative and fractional
// counts, which H5 would report, except that the caller gets the value
// back to report it: ok is false only when s is not a number at all.
func ParseCount(s string) (v Value, msg string) {
	t := Fold(s)
	v.Text = strings.TrimSpace(s)
	if t == "" {
		return v, ""
	}
	if isNA(t) {
		v.NA = true
		return v, ""
	}
	for _, u := range []string{"件次", "人次", "件", "个", "项", "次", "人", "宗"} {
		t = strings.TrimSuffix(t, u)
	}
	sign := 1.0
	switch {
	case strings.HasPrefix(t, "增"): // 2019's 本年增/减
		t = strings.TrimPrefix(t, "增")
	case strings.HasPrefix(t, "减"):
		t, sign = strings.TrimPrefix(t, "减"), -1
	}
	n, dec, ok := parseDecimal(t)
	n *= sign
	if !ok {
		return v, "不是数字"
	}
	v.Num, v.Dec = n, dec
	return v, ""
}

// ParseAmount reads an amount cell in 万元: "7730.28", "7730.28万元",
// "251000元" (25.1 万元), "1.2亿元"; blank is zero, "/" not applicable.
func ParseAmount(s string) (v Value, msg string) {
	t := Fold(s)
	v.Text = strings.TrimSpace(s)
	if t == "" {
		return v, ""
	}
	if isNA(t) {
		v.NA = true
		return v, ""
	}
	shift := 0 // decimal places to move: 元 → 万元 is 4 to the left
	switch {
	case strings.HasSuffix(t, "万元"):
		t = strings.TrimSuffix(t, "万元")
	case strings.HasSuffix(t, "亿元"):
		t, shift = strings.TrimSuffix(t, "亿元"), -4
	case strings.HasSuffix(t, "元"):
		t, shift = strings.TrimSuffix(t, "元"), 4
	}
	t = strings.TrimSpace(t)
	n, dec, ok := parseDecimal(t)
	if !ok {
		return v, "不是金额"
	}
	dec += shift
	if dec < 0 {
		dec = 0
	}
	switch shift {
	case 4:
		n /= 10000
	case -4:
		n *= 10000
	}
	// Round away binary noise of the unit conversion; a converted value
	// keeps no trailing zeros (251000元 is 25.1万元, not 25.1000).
	if r, err := strconv.ParseFloat(strconv.FormatFloat(n, 'f', dec, 64), 64); err == nil {
		n = r
	}
	if shift != 0 {
		_, frac, _ := strings.Cut(strconv.FormatFloat(n, 'f', -1, 64), ".")
		dec = len(frac)
	}
	v.Num, v.Dec = n, dec
	return v, ""
}

// parseDecimal reads "1,234.5" or "-3": the value and its decimals.
func parseDecimal(t string) (float64, int, bool) {
	t = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(t, ",", ""), "，", ""))
	if t == "" {
		return 0, 0, false
	}
	for i, r := range t {
		if !(r >= '0' && r <= '9' || r == '.' || (i == 0 && (r == '-' || r == '+'))) {
			return 0, 0, false
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, 0, false
	}
	dec := 0
	if _, frac, ok := strings.Cut(t, "."); ok {
		dec = len(frac)
	}
	return n, dec, true
}

// IsValueCell reports whether a cell holds a value rather than a label:
// blank, a number (with a unit), or a not-applicable mark.
func IsValueCell(s string) bool {
	t := Fold(s)
	if t == "" || isNA(t) {
		return true
	}
	for _, u := range []string{"万元", "亿元", "元", "件次", "人次", "件", "个", "项", "次", "人", "宗"} {
		if strings.HasSuffix(t, u) {
			t = strings.TrimSuffix(t, u)
			break
		}
	}
	// 2019's 本年增/减 column: "增4", "减4"
	t = strings.TrimPrefix(strings.TrimPrefix(t, "增"), "减")
	_, _, ok := parseDecimal(t)
	return ok
}

// NormLabel normalises a label for matching: full-width ASCII folded, all
// spaces removed, "1、" and "1．" read as "1.", half-width parentheses as
// full-width, quotation marks dropped, a trailing colon dropped.
func NormLabel(s string) string {
	s = Fold(s)
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsSpace(r):
			continue
		case r == '(':
			r = '（'
		case r == ')':
			r = '）'
		case r == '“' || r == '”' || r == '"' || r == '‘' || r == '’' || r == '\'' || r == '「' || r == '」':
			continue
		case (r == '、' || r == '，' || r == ',') && i > 0 && rs[i-1] >= '0' && rs[i-1] <= '9':
			r = '.'
		}
		b.WriteRune(r)
	}
	return strings.TrimRight(b.String(), ":：")
}

// EditDistance is the Levenshtein distance between a and b in runes.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// LabelsMatch reports whether two labels, normalised, are the same up to
// typos: an edit distance of at most a quarter of the longer label (one
// character in a label of four to seven).
func LabelsMatch(a, b string) bool {
	return matchNorm(NormLabel(a), NormLabel(b))
}

// matchNorm is LabelsMatch of labels already normalised.
func matchNorm(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := len([]rune(a)), len([]rune(b))
	n := max(la, lb)
	if n < 4 || (n-min(la, lb))*4 > n {
		return false // the lengths alone differ by more than a quarter
	}
	return EditDistance(a, b)*4 <= n
}
