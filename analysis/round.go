package analysis

import (
	"math"
	"strconv"
	"strings"
)

// Round rounds x to d decimals, half away from zero, on the decimal value as
// written rather than on the binary float: Round(12.325, 2) is 12.33 although
// the float nearest 12.325 is slightly below it. "As written" is the shortest
// decimal string that reads back as x (strconv's 'g', -1 form).
func Round(x float64, d int) float64 {
	s := FormatFixed(x, d)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return x
	}
	return v
}

// FormatFixed formats x with exactly d decimals (d ≤ 0: an integer), rounding
// half away from zero on the shortest decimal form of x. Negative zero and
// values that round to zero print without a minus sign. Non-finite x formats
// as "" (callers never show NaN).
func FormatFixed(x float64, d int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return ""
	}
	if d < 0 {
		d = 0
	}
	neg := x < 0
	digits := strconv.FormatFloat(math.Abs(x), 'f', -1, 64) // shortest exact decimal
	intPart, frac, _ := strings.Cut(digits, ".")
	if len(frac) <= d {
		frac += strings.Repeat("0", d-len(frac))
		return sign(neg && !allZero(intPart+frac)) + joinDec(intPart, frac)
	}
	roundUp := frac[d] >= '5'
	kept := []byte(intPart + frac[:d])
	if roundUp {
		i := len(kept) - 1
		for ; i >= 0; i-- {
			if kept[i] == '9' {
				kept[i] = '0'
				continue
			}
			kept[i]++
			break
		}
		if i < 0 {
			kept = append([]byte{'1'}, kept...)
		}
	}
	ip := string(kept[:len(kept)-d])
	fp := string(kept[len(kept)-d:])
	return sign(neg && !allZero(ip+fp)) + joinDec(ip, fp)
}

func sign(neg bool) string {
	if neg {
		return "-"
	}
	return ""
}

func joinDec(ip, fp string) string {
	if fp == "" {
		return ip
	}
	return ip + "." + fp
}

func allZero(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '0' {
			return false
		}
	}
	return true
}

// Decimals returns the number of decimals of a number as written ("12.33" →
// 2, "100" → 0, "1.2e3" → 0). It reads the text, not a float.
func Decimals(text string) int {
	t := strings.TrimSpace(text)
	t = strings.TrimSuffix(t, "%")
	if i := strings.IndexAny(t, "eE"); i >= 0 {
		return 0
	}
	_, frac, ok := strings.Cut(t, ".")
	if !ok {
		return 0
	}
	n := 0
	for _, r := range frac {
		if r < '0' || r > '9' {
			break
		}
		n++
	}
	return n
}
