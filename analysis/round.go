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
	var scratch [64]byte
	return string(AppendFixed(scratch[:0], x, d))
}

// AppendFixed appends FormatFixed(x, d) to dst: the form for hot paths that
// build text without allocating per number.
func AppendFixed(dst []byte, x float64, d int) []byte {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return dst
	}
	if d < 0 {
		d = 0
	}
	start := len(dst)
	dst = append(dst, '-')
	digitsAt := len(dst)
	dst = strconv.AppendFloat(dst, math.Abs(x), 'f', -1, 64) // shortest exact decimal
	dot := -1
	for i := digitsAt; i < len(dst); i++ {
		if dst[i] == '.' {
			dot = i
			break
		}
	}
	if dot < 0 {
		dot = len(dst)
		if d > 0 {
			dst = append(dst, '.')
		}
	}
	frac := len(dst) - dot - 1 // decimals written
	if frac < 0 {
		frac = 0
	}
	switch {
	case frac <= d:
		for ; frac < d; frac++ {
			dst = append(dst, '0')
		}
	default:
		roundUp := dst[dot+1+d] >= '5'
		if d == 0 {
			dst = dst[:dot]
		} else {
			dst = dst[:dot+1+d]
		}
		if roundUp {
			i := len(dst) - 1
			for ; i >= digitsAt; i-- {
				if dst[i] == '.' {
					continue
				}
				if dst[i] == '9' {
					dst[i] = '0'
					continue
				}
				dst[i]++
				break
			}
			if i < digitsAt { // 9.99 → 10.00: one more digit in front
				dst = append(dst, 0)
				copy(dst[digitsAt+1:], dst[digitsAt:])
				dst[digitsAt] = '1'
			}
		}
	}
	// No minus sign on a value that shows as zero.
	if x >= 0 || allZeroDigits(dst[digitsAt:]) {
		dst = append(dst[:start], dst[digitsAt:]...)
	}
	return dst
}

func allZeroDigits(b []byte) bool {
	for _, c := range b {
		if c != '0' && c != '.' {
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
