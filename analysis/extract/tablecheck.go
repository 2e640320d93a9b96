package extract

import (
	"math"
	"strconv"
	"strings"
)

// The checks of this file judge a table's column reading by the
// conventions every statistical table keeps, whatever its layout: a
// row's stated growth is its current level over its prior level, its
// stated absolute change their difference, and a column of changes holds
// changes, not levels. A reading that breaks them in most rows placed the
// columns wrong (a dropped corner cell, a group header over the wrong
// cells, change columns read as levels), and its cells would all be wrong
// figures: the table then gives none (misreadTable).

// rowBounds returns the figures of figs[i]'s table row, figs[lo:hi]: a
// row's figures are appended together, so its neighbours only.
func rowBounds(figs []Figure, i int) (lo, hi int) {
	src := figs[i].Source
	lo, hi = i, i+1
	for lo > 0 && figs[lo-1].Source.Row == src.Row && figs[lo-1].Source.Table == src.Table {
		lo--
	}
	for hi < len(figs) && figs[hi].Source.Row == src.Row && figs[hi].Source.Table == src.Table {
		hi++
	}
	return lo, hi
}

// rowPrior reports whether p is a prior figure the changes of f may
// compare with: a prior of the same row (rowBounds), indicator and unit
// (本期 | 同期 | 增减 in each group of a row; the same quarter a year
// before among the columns of a company's quarters).
func rowPrior(f, p *Figure) bool {
	return p != f && p.Prior && !p.Missing && p.Indicator == f.Indicator && p.Unit == f.Unit
}

// halfUnit is half the last digit of a number as written (105,222 → 0.5,
// 3.60 → 0.005): the rounding of a printed figure.
func halfUnit(number string, value float64) float64 {
	if number == "" {
		return math.Abs(value) * 1e-9
	}
	return halfPow(decimalsOf(number))
}

// halfPow is 0.5 * math.Pow(10, -d), from halfUnits for the usual d.
func halfPow(d int) float64 {
	if d >= 0 && d < len(halfUnits) {
		return halfUnits[d]
	}
	return 0.5 * math.Pow(10, -float64(d))
}

// halfUnits[d] is halfPow(d) for d decimals, computed once.
var halfUnits = func() (h [24]float64) {
	for d := range h {
		h[d] = 0.5 * math.Pow(10, -float64(d))
	}
	return h
}()

// growthFits reports whether a stated growth g (in %) fits a current
// level cur over a prior level prior, both as written: the growth that
// any two numbers which print as cur and prior imply lies within the
// rounding of g and a leeway of 2 points or a quarter of the growth (a
// growth at comparable prices beside levels at current prices). checked
// is false when the levels cannot tell (a prior of zero, a negative level:
// conventions differ).
func growthFits(cur, prior float64, curNum, priorNum string, g Change) (checked, ok bool) {
	if cur < 0 || prior <= 0 || cur == 0 {
		return false, false
	}
	hc, hp := halfUnit(curNum, cur), halfUnit(priorNum, prior)
	if prior-hp <= 0 {
		return false, false
	}
	lo := ((cur-hc)/(prior+hp) - 1) * 100
	hi := ((cur+hc)/(prior-hp) - 1) * 100
	mid := (cur/prior - 1) * 100
	tol := halfPow(g.Decimals) + math.Max(2, 0.25*math.Abs(mid))
	return true, g.Value >= lo-tol && g.Value <= hi+tol
}

// differenceFits reports whether a stated difference d (an absolute
// change, or percentage points of a rate) fits cur − prior: within the
// rounding of the three numbers as written and 1% of the larger level.
func differenceFits(cur, prior float64, curNum, priorNum string, d Change) bool {
	tol := halfUnit(curNum, cur) + halfUnit(priorNum, prior) + halfPow(d.Decimals) +
		0.01*math.Max(math.Abs(cur), math.Abs(prior))
	return math.Abs(d.Value-(cur-prior)) <= tol
}

// rowArithmetic counts the figures of a table whose stated changes the
// levels of their row can check (checked) and those whose changes do not
// fit them (failed): a growth % against current over prior (growthFits),
// an absolute change or percentage points against their difference
// (differenceFits). A figure counts once, failed when none of its changes
// fits (a second growth may be another column's: the prior's own).
func rowArithmetic(figs []Figure) (checked, failed int) {
	for i := range figs {
		f := &figs[i]
		if f.Prior || f.Missing || f.ChangeOf != "" || len(f.Changes) == 0 || f.Source.Table == 0 || f.Range {
			continue
		}
		lo, hi := rowBounds(figs, i)
		seen, fits := false, false
		for _, ch := range f.Changes {
			if ch.aside {
				continue
			}
			c, ok := changeFitsAny(f, figs[lo:hi], ch)
			seen, fits = seen || c, fits || ok
		}
		if !seen {
			seen, fits = absGrowthFit(f)
		}
		if seen {
			checked++
			if !fits {
				failed++
			}
		}
	}
	return checked, failed
}

// absGrowthFit checks a figure stated with both an absolute change and a
// growth % and no prior in its row (本期 | 增减额 | 增长%): the prior the
// absolute change implies (current − change) must give the growth
// (growthFits). checked is false without both changes or when the implied
// prior cannot tell.
func absGrowthFit(f *Figure) (checked, ok bool) {
	var abs, g *Change
	for i := range f.Changes {
		ch := &f.Changes[i]
		switch {
		case ch.aside:
		case ch.Kind == "abs" && abs == nil && (ch.Unit == "" || ch.Unit == f.Unit):
			abs = ch
		case ch.Kind == "growth_pct" && g == nil:
			g = ch
		}
	}
	if abs == nil || g == nil {
		return false, false
	}
	// The implied prior carries the rounding of both numbers.
	dec := max(decimalsOf(f.Number), abs.Decimals)
	prior := strconvFixed(f.Value-abs.Value, dec)
	return growthFits(f.Value, f.Value-abs.Value, f.Number, prior, *g)
}

// strconvFixed writes v with dec decimals, as a number as written.
func strconvFixed(v float64, dec int) string {
	return strconv.FormatFloat(v, 'f', dec, 64)
}

// changeFitsAny reports whether some prior of f in its row (rowPrior) can check the
// change ch of f (checked) and whether one of those fits it (ok): a growth
// % by growthFits, an absolute change in f's unit or percentage points of
// a rate by differenceFits.
func changeFitsAny(f *Figure, row []Figure, ch Change) (checked, ok bool) {
	for j := range row {
		p := &row[j]
		if !rowPrior(f, p) {
			continue
		}
		switch {
		case ch.Kind == "growth_pct":
			if c, fit := growthFits(f.Value, p.Value, f.Number, p.Number, ch); c {
				checked, ok = true, ok || fit
			}
		case ch.Kind == "abs" && (ch.Unit == "" || ch.Unit == f.Unit), ch.Kind == "pp" && f.Unit == "%":
			checked, ok = true, ok || differenceFits(f.Value, p.Value, f.Number, p.Number, ch)
		}
	}
	return checked, ok
}

// implausibleChange reports a change cell that reads like a level: a
// growth % or percentage points written with a thousands separator
// (8,573), or percentage points beyond 100, which no share or rate moves
// by. Such cells come from a level column read as a change column.
func implausibleChange(ch Change) bool {
	if ch.Kind != "growth_pct" && ch.Kind != "pp" {
		return false
	}
	if strings.ContainsAny(ch.Number, ",，") {
		return true
	}
	return ch.Kind == "pp" && math.Abs(ch.Value) > 100
}

// implausiblePercent reports a level in % that reads like an amount: one
// written with a thousands separator (-3,927%), which no share, rate or
// growth column holds.
func implausiblePercent(f *Figure) bool {
	return (f.Unit == "%" || f.Unit == "％") && strings.ContainsAny(f.Number, ",，")
}

// misreadTable reports whether the figures one table gave show a column
// reading that is wrong: most of the rows whose changes their levels can
// check fail the arithmetic (rowArithmetic, two rows at least), or at
// least two cells read as changes or percentages look like levels
// (implausibleChange, implausiblePercent) and they are a third or more of
// such cells, or its growth cells are mostly levels (levelGrowths), or
// two or more of its counts of whole things have a fraction (wholeThingCount)
// or of its shares exceed 100 (shareFigure), a third or more of either.
func misreadTable(figs []Figure) bool {
	if checked, failed := rowArithmetic(figs); failed >= 2 && 2*failed > checked {
		return true
	}
	odd, pct := 0, 0
	for i := range figs {
		f := &figs[i]
		if f.Unit == "%" || f.Unit == "％" {
			pct++
			if implausiblePercent(f) {
				odd++
			}
		}
		for _, ch := range f.Changes {
			if ch.Kind == "growth_pct" || ch.Kind == "pp" {
				pct++
				if implausibleChange(ch) {
					odd++
				}
			}
		}
	}
	if odd >= 2 && 3*odd >= pct || levelGrowths(figs) {
		return true
	}
	counts, fractional, shares, over := 0, 0, 0, 0
	for i := range figs {
		f := &figs[i]
		if f.Missing || f.ChangeOf != "" {
			continue
		}
		if wholeThingCount(f) {
			counts++
			if f.Value != math.Trunc(f.Value) {
				fractional++
			}
		}
		if shareFigure(f) {
			shares++
			if f.Value > 100 {
				over++
			}
		}
	}
	return fractional >= 2 && 3*fractional >= counts || over >= 2 && 3*over >= shares
}

// wholeCountUnits are the units of things counted whole (个 家 所 人 件):
// a count in one of them, without a scale, has no fraction.
var wholeCountUnits = map[string]bool{"个": true, "家": true, "所": true, "户": true, "件": true, "人": true, "名": true, "位": true,
	"处": true, "项": true, "条": true, "台": true, "辆": true, "艘": true, "座": true, "张": true, "床": true, "例": true, "起": true,
	"宗": true, "批": true, "笔": true, "人次": true, "件次": true}

// wholeThingCount reports a figure that counts things whole: its unit one of
// wholeCountUnits, no scale (万人 may be 1.5), and no average or rate in
// its name (每千人口床位数 6.86张, 平均每校 2.5个).
func wholeThingCount(f *Figure) bool {
	if !wholeCountUnits[f.Unit] || f.Range {
		return false
	}
	return !strings.ContainsAny(f.Indicator, "每均率比") && !strings.Contains(f.Indicator, "平均")
}

// shareFigure reports a figure in % named a share of a whole (比重, 占比,
// 构成, 所占比例): it cannot exceed 100.
func shareFigure(f *Figure) bool {
	if f.Unit != "%" && f.Unit != "％" {
		return false
	}
	for _, w := range []string{"比重", "占比", "构成", "所占比例", "占全"} {
		if strings.Contains(f.Indicator, w) {
			return true
		}
	}
	return false
}

// levelGrowths reports a table whose growth % cells are mostly levels: of
// three or more growths, more than half are of 100% or more in size,
// which a column of growth rates seldom holds and a column of counts or
// amounts read as growths always does (a header moved one column over 医院
// | 个 | 120 | 110 | 9.1).
func levelGrowths(figs []Figure) bool {
	n, big := 0, 0
	for i := range figs {
		for _, ch := range figs[i].Changes {
			if ch.Kind == "growth_pct" {
				n++
				if math.Abs(ch.Value) >= 100 {
					big++
				}
			}
		}
	}
	return n >= 3 && 2*big > n
}

// dropMisread takes back the figures a table gave from x.figs[start:]
// when their arithmetic shows its columns misread (misreadTable): no
// figures rather than wrong ones.
func (x *extractor) dropMisread(start int) {
	if indexCellsAsLevels(x.figs[start:]) {
		return
	}
	if len(x.figs)-start >= 2 && misreadTable(x.figs[start:]) {
		x.figs = x.figs[:start]
	}
}

// strictGrowthFit reports whether a stated growth g (in %) is cur over
// prior within the rounding of the three numbers as written, with no
// leeway: the test that tells which of a row's levels a growth column
// belongs to.
func strictGrowthFit(cur, prior float64, curNum, priorNum string, g float64, gDecimals int) bool {
	if cur <= 0 || prior <= 0 {
		return false
	}
	hc, hp := halfUnit(curNum, cur), halfUnit(priorNum, prior)
	if prior-hp <= 0 {
		return false
	}
	lo := ((cur-hc)/(prior+hp) - 1) * 100
	hi := ((cur+hc)/(prior-hp) - 1) * 100
	tol := halfPow(gDecimals) + 1e-9
	return g >= lo-tol && g <= hi+tol
}

// strictDifferenceFit is strictGrowthFit for an absolute change: d is
// cur − prior within the rounding of the three numbers.
func strictDifferenceFit(cur, prior float64, curNum, priorNum string, d float64, dDecimals int) bool {
	tol := halfUnit(curNum, cur) + halfUnit(priorNum, prior) + halfPow(dDecimals) + 1e-9
	return math.Abs(d-(cur-prior)) <= tol
}

// levelFitsChange reports whether the change (kind GrowthPct or Abs, value
// v with dec decimals) is the change of the level figs[t] over a prior of
// the same row read so far (rowFigs: index+1 of each cell's figure), within
// the rounding of the numbers as written.
func levelFitsChange(figs []Figure, rowFigs []int, t int, kind string, v float64, dec int) bool {
	f := &figs[t]
	for _, k := range rowFigs {
		if k == 0 || k-1 == t {
			continue
		}
		p := &figs[k-1]
		if !rowPrior(f, p) {
			continue
		}
		if kind == GrowthPct && strictGrowthFit(f.Value, p.Value, f.Number, p.Number, v, dec) ||
			kind == Abs && strictDifferenceFit(f.Value, p.Value, f.Number, p.Number, v, dec) {
			return true
		}
	}
	return false
}

// arithmeticChangeTarget is the rule for a change column whose header
// does not tell which level of its row it belongs to, or names one the
// row's numbers contradict (本月 | 本月止累计 | 上年同月 | 上年同期累计 |
// 本月比上年同月增长% | 累计比上年同期增长%): the change is of the one level
// to its left in its group whose prior in the row it fits to the rounding
// of the printed digits (levelFitsChange). t is the target the header
// rules chose (-1 if none); it stays when it fits or when no other level,
// or more than one, does.
func arithmeticChangeTarget(figs []Figure, rowFigs []int, cols []tableColumn, c, t int, kind string, v float64, dec int) int {
	if kind != GrowthPct && kind != Abs {
		return t
	}
	if t >= 0 && levelFitsChange(figs, rowFigs, t, kind, v, dec) {
		return t
	}
	found := -1
	for k := c - 1; k >= 1; k-- {
		if k >= len(rowFigs) || cols[k].group != cols[c].group {
			break
		}
		if rowFigs[k] == 0 || cols[k].prior || cols[k].change != "" {
			continue
		}
		i := rowFigs[k] - 1
		if figs[i].Prior || figs[i].Unit == "%" || !levelFitsChange(figs, rowFigs, i, kind, v, dec) {
			continue
		}
		if found >= 0 {
			return t // two levels fit: the numbers cannot tell
		}
		found = i
	}
	if found < 0 {
		return t
	}
	return found
}
