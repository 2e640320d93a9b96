package extract

import "strings"

// Amounts a page copy ran together after dropping their trailing zeros
// (a finance portal's statement: 3,089,654.67,509,192.523,456,309.11 for
// 3,089,654.6 | 7,509,192.52 | 3,456,309.11): the pieces have thousands
// groups and up to two decimals, not one count of decimals.

// maxFlexRun bounds the run flexibleRowLine splits.
const maxFlexRun = 160

// flexibleRowLine is the rule for a row of a company table written as text
// whose amounts the copy ran together with trailing zeros dropped: a label
// (companyLabelText) and a run of exactly n amounts (flexibleSplit). It
// returns the end of the label and the amounts' spans; ok is false for
// any other line.
func flexibleRowLine(t string, n int) (labelEnd int, vals [][2]int, ok bool) {
	if n < 2 || n > 8 || len(t) > maxCompanyLine {
		return 0, nil, false
	}
	k := -1
	for i := 1; i < len(t); i++ {
		if isDigitAt(t, i) || t[i] == '-' && isDigitAt(t, i+1) {
			k = i
			break
		}
	}
	if k < 0 || !companyLabelText(strings.TrimSpace(t[:k])) {
		return 0, nil, false
	}
	run := t[k:]
	if len(run) > maxFlexRun || strings.Trim(run, "0123456789,.-") != "" {
		return 0, nil, false
	}
	spans := flexibleSplit(run, n)
	if spans == nil {
		return 0, nil, false
	}
	for i := range spans {
		spans[i][0] += k
		spans[i][1] += k
	}
	_, b := trimSpace(t, 0, k)
	return b, spans, true
}

// flexibleSplit is the rule for n amounts run together with trailing zeros
// dropped: of the ways to cut the run into n amounts — each a sign, 0 or
// an integer part in thousands groups (or of at most three digits), and
// up to two decimals, with a comma or a point unless it is 0 — the one
// with the most pieces of two decimals (zeros are dropped rarely), when
// exactly one has most; nil otherwise.
func flexibleSplit(run string, n int) [][2]int {
	best, bestScore, ties := [][2]int(nil), -1, 0
	var cur [][2]int
	var walk func(i, score int)
	steps := 0
	walk = func(i, score int) {
		if steps++; steps > 20000 {
			return
		}
		if len(cur) == n {
			if i == len(run) {
				switch {
				case score > bestScore:
					best, bestScore, ties = append([][2]int(nil), cur...), score, 1
				case score == bestScore:
					ties++
				}
			}
			return
		}
		for _, e := range amountEnds(run, i) {
			two := 0
			if p := strings.IndexByte(run[i:e], '.'); p >= 0 && e-i-p-1 == 2 {
				two = 1
			}
			cur = append(cur, [2]int{i, e})
			walk(e, score+two)
			cur = cur[:len(cur)-1]
		}
	}
	walk(0, 0)
	if ties != 1 || steps > 20000 {
		return nil
	}
	return best
}

// amountEnds are the ends of the amounts that may start at byte i of run
// (flexibleSplit's pieces).
func amountEnds(run string, i int) []int {
	j := i
	if j < len(run) && run[j] == '-' {
		j++
	}
	if j >= len(run) || !isDigitAt(run, j) {
		return nil
	}
	var ends []int
	if run[j] == '0' {
		// 0, 0.5, 0.05
		k := j + 1
		if k < len(run) && run[k] == '.' {
			for d := 1; d <= 2 && k+d < len(run) && isDigitAt(run, k+d); d++ {
				ends = append(ends, k+1+d)
			}
			return ends
		}
		return append(ends, k)
	}
	// An integer part: 1-3 digits, then ,ddd groups.
	for first := 1; first <= 3 && j+first <= len(run); first++ {
		if !digitsOnly(run[j : j+first]) {
			break
		}
		k := j + first
		for {
			grouped := k > j+first
			// this integer part ends at k: with decimals, or bare when grouped
			if k < len(run) && run[k] == '.' {
				for d := 1; d <= 2 && k+d < len(run) && isDigitAt(run, k+d); d++ {
					ends = append(ends, k+1+d)
				}
			}
			if grouped {
				ends = append(ends, k)
			}
			if k+4 <= len(run) && run[k] == ',' && digitsOnly(run[k+1:k+4]) {
				k += 4
				continue
			}
			break
		}
	}
	return ends
}

func digitsOnly(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return t != ""
}

// twoDecimalPieces counts the values of t (spans) written with two
// decimals.
func twoDecimalPieces(t string, spans [][2]int) int {
	n := 0
	for _, p := range spans {
		v := t[p[0]:p[1]]
		if k := strings.LastIndexByte(v, '.'); k >= 0 && len(v)-k == 3 {
			n++
		}
	}
	return n
}
