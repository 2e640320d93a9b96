package extract

import (
	"math"
	"strings"
)

// A text table's row that the copy wrote with fewer value cells than the
// table has columns (an empty cell dropped: 村卫生室 | 2300 | 3.5 under
// 指标 | 2022年 | 2021年 | 增长%) reads, by position, its later values in
// the wrong columns: the growth as last year's level. The table's full
// rows show what each column holds (whole numbers or fractions, and of
// what size); placeDroppedCells puts a short row's values in the columns
// they resemble.

// columnProfile is what the full rows of a table write in one value
// column: whether every value is whole, and the range of their sizes
// (log10 of the magnitude).
type columnProfile struct {
	n        int
	whole    bool
	min, max float64
}

// cellMisfit is how badly a value as written fits a column: 2 for a
// fraction in a column of whole numbers, and the orders of magnitude
// beyond one by which it falls outside the column's sizes (2200 in a
// column of 5.7 and 9.1). 0 when it fits.
func cellMisfit(p columnProfile, v float64, text string) float64 {
	if p.n < 2 {
		return 0
	}
	bad := 0.0
	if p.whole && strings.ContainsAny(text, ".．") {
		bad += 2
	}
	if v != 0 {
		x := math.Log10(math.Abs(v))
		if d := math.Max(p.min-x, x-p.max); d > 1 {
			bad += d - 1
		}
	}
	return bad
}

// placeDroppedCells is the rule for those short rows of a text table with
// one label column, one value short of the columns: of the ways to place
// the row's values in the value columns in their order, the one whose
// values fit the columns (cellMisfit, against the profiles of the rows as
// wide as the table, three at least, before any row without a number),
// the fewest values moved from where
// they were written among equals. A row stays as written unless its values
// misfit where they are (1 or more: a fraction among whole numbers, or
// orders of magnitude off) and a placement fits them all.
func placeDroppedCells(data []trow, width int) {
	values := width - 1
	if values < 2 || values > 8 {
		return
	}
	block := len(data) // the rows before the first without a number: an inner header's rows hold other columns
	for i, r := range data {
		if !rowHasNumber(r) {
			block = i
			break
		}
	}
	data = data[:block]
	var buf [9]columnProfile // values ≤ 8: no allocation per table
	profiles := buf[:width]
	full := 0
	for _, r := range data {
		if lastWritten(r)+1 != width || len(r.cells) < width {
			continue
		}
		full++
		for c := 1; c < width; c++ {
			t := strings.TrimSpace(r.cells[c].text)
			v, _, _, ok := parseCell(t)
			if !ok {
				continue
			}
			p := &profiles[c]
			if p.n == 0 {
				p.whole, p.min, p.max = true, math.Inf(1), math.Inf(-1)
			}
			p.n++
			p.whole = p.whole && !strings.ContainsAny(t, ".．")
			if v != 0 {
				x := math.Log10(math.Abs(v))
				p.min, p.max = math.Min(p.min, x), math.Max(p.max, x)
			}
		}
	}
	if full < 3 {
		return
	}
	for i := range data {
		r := &data[i]
		n := lastWritten(*r) + 1
		if n != width-1 || n < 3 || strings.TrimSpace(r.cells[0].text) == "" || rowHasNumberAt(*r, 0) {
			continue
		}
		var vbuf [8]float64
		var tbuf [8]string
		vals, texts := vbuf[:0], tbuf[:0]
		for c := 1; c < n; c++ {
			t := strings.TrimSpace(r.cells[c].text)
			v, _, _, ok := parseCell(t)
			if !ok {
				vals = nil
				break
			}
			vals, texts = append(vals, v), append(texts, t)
		}
		if len(vals) == 0 {
			continue
		}
		if cols, ok := bestPlacement(profiles, vals, texts, width); ok {
			cells := make([]tcell, width)
			cells[0] = r.cells[0]
			end := r.cells[n-1].end
			for c := 1; c < width; c++ {
				cells[c] = tcell{start: end, end: end}
			}
			for k, c := range cols {
				cells[c] = r.cells[1+k]
			}
			r.cells = cells
		}
	}
}

// bestPlacement returns the columns (1-based, rising) for vals that fit the
// profiles best, the fewest moved among equals; ok is false unless they
// fit there with no misfit and the values as written (columns 1, 2, …)
// misfit by 1 or more.
func bestPlacement(profiles []columnProfile, vals []float64, texts []string, width int) ([]int, bool) {
	m := len(vals)
	cur := make([]int, m)
	var best []int
	bestBad, bestMoved := math.Inf(1), 0
	var walk func(k, from int, bad float64, moved int)
	walk = func(k, from int, bad float64, moved int) {
		if bad > bestBad {
			return
		}
		if k == m {
			if bad < bestBad || bad == bestBad && moved < bestMoved {
				best, bestBad, bestMoved = append(best[:0], cur...), bad, moved
			}
			return
		}
		for c := from; c <= width-(m-k); c++ {
			cur[k] = c
			mv := moved
			if c != 1+k {
				mv++
			}
			walk(k+1, c+1, bad+cellMisfit(profiles[c], vals[k], texts[k]), mv)
		}
	}
	walk(0, 1, 0, 0)
	if best == nil || bestMoved == 0 {
		return nil, false
	}
	asWritten := 0.0
	for k := range vals {
		asWritten += cellMisfit(profiles[1+k], vals[k], texts[k])
	}
	return best, bestBad == 0 && asWritten >= 1
}
