package chart

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gonum.org/v1/plot"
)

// trimZeros removes trailing zeros after a decimal point ("2.50" → "2.5",
// "3.00" → "3").
func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// signed prefixes a positive formatted number with "+".
func signed(v float64, s string) string {
	if v > 0 && !isZeroText(s) {
		return "+" + s
	}
	if isZeroText(strings.TrimPrefix(s, "-")) {
		return strings.TrimPrefix(s, "-")
	}
	return s
}

func isZeroText(s string) bool {
	for _, r := range s {
		if r != '0' && r != '.' {
			return false
		}
	}
	return s != ""
}

// valueTicker labels nice ticks with format. Minor ticks stay unlabelled.
type valueTicker struct {
	format func(v float64) string
	whole  bool // counts: no fractional ticks
}

// Ticks implements plot.Ticker: about five labelled ticks at multiples of
// 1, 2, 2.5 or 5 × 10ⁿ covering lo..hi, with a minor tick between each
// pair. An empty or inverted range has no ticks (gonum's DefaultTicks
// panics on it).
func (t valueTicker) Ticks(lo, hi float64) []plot.Tick {
	if !(hi > lo) || math.IsInf(lo, 0) || math.IsInf(hi, 0) || math.IsNaN(lo) || math.IsNaN(hi) {
		return nil
	}
	step := niceStep((hi - lo) / 5)
	if t.whole && step < 1 {
		step = 1
	}
	var ticks []plot.Tick
	first := math.Ceil(lo/step - 1e-9)
	for i := first; i*step <= hi+step*1e-9 && len(ticks) < 100; i++ {
		v := i * step
		if math.Abs(v) < step*1e-9 {
			v = 0
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: t.format(v)})
		if m := v + step/2; m < hi {
			ticks = append(ticks, plot.Tick{Value: m})
		}
	}
	if m := first*step - step/2; m > lo {
		ticks = append(ticks, plot.Tick{Value: m})
	}
	return ticks
}

// niceStep returns the smallest of 1, 2, 2.5, 5 × 10ⁿ not below x.
func niceStep(x float64) float64 {
	if !(x > 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= x*(1-1e-9) {
			return m * p
		}
	}
	return 10 * p
}

// wrapRunes breaks s into lines of at most n runes, balancing the lines so
// that "列席区管委会主任办公会等会议" at 8 becomes two lines of 7, not 8 + 6.
// n ≤ 0 or a short s returns s unchanged.
func wrapRunes(s string, n int) []string {
	rs := []rune(s)
	if n <= 0 || len(rs) <= n {
		return []string{s}
	}
	lines := (len(rs) + n - 1) / n
	// A bracketed suffix that fits a line gets its own when that takes no
	// more lines: "行政复议案件受理" / "(第2类)", not "…受理(第" / "2类)".
	for i := len(rs) - 1; i > 0; i-- {
		if (rs[i] == '(' || rs[i] == '\uff08') && len(rs)-i <= n {
			if out := append(wrapRunes(string(rs[:i]), n), string(rs[i:])); len(out) <= lines {
				return out
			}
			break
		}
	}
	per := (len(rs) + lines - 1) / lines
	out := make([]string, 0, lines)
	for len(rs) > 0 {
		k := min(per, len(rs))
		// Do not split a number or a Latin word ("合成指标0" / "00009"):
		// break before it, or after it when the line still fits.
		if k < len(rs) && word(rs[k-1]) && word(rs[k]) {
			start, end := k, k
			for start > 0 && word(rs[start-1]) {
				start--
			}
			for end < len(rs) && word(rs[end]) {
				end++
			}
			switch {
			case start > 0:
				k = start
			case end <= n:
				k = end
			}
		}
		out = append(out, string(rs[:k]))
		rs = rs[k:]
	}
	return out
}

// word reports whether r belongs to a run that wrapping keeps whole: ASCII
// letters, digits and the decimal point.
func word(r rune) bool {
	return r < 0x80 && (r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
}

// runeLen is the number of runes of s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// listNames joins up to limit names with "、" and adds "等N项" for the
// rest.
func listNames(names []string, limit int) string {
	if len(names) <= limit {
		return strings.Join(names, "、")
	}
	return strings.Join(names[:limit], "、") + "等" + strconv.Itoa(len(names)) + "项"
}

// label1 makes a name safe to draw on one line: line breaks, tabs and
// other control characters become spaces, and outer spaces are trimmed.
func label1(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s))
}
