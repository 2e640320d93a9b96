package extract

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Company tables as a PDF's copy wraps them: the text of a cell broken
// inside by a space where the cell wrapped (本期比上年同期 增减(%), 归属于
// 上市公司股东的净 利润), a header broken over two lines inside the table.

// headerCell is a cell of a company header line: its span in the line and
// its text (without the spaces of a wrapped cell).
type headerCell struct {
	a, b int
	text string
}

// companyHeaderCells reads a header line of a company table written as
// text (companyHeaderTokens), or, when that fails, the line as a wrapped
// header (wrappedHeaderCells).
func companyHeaderCells(t string) ([]headerCell, bool, bool) {
	if n := placeholderCorner(t); n > 0 {
		// &2014年末2013年末…: the corner a placeholder (nbspcorner.go)
		cells, label, ok := companyHeaderCells(t[n:])
		if !ok || label {
			return nil, false, false
		}
		for i := range cells {
			cells[i].a += n
			cells[i].b += n
		}
		return cells, false, true
	}
	toks, label, ok := companyHeaderTokens(t)
	if !ok {
		if cells, ok := amountHeaderCells(t); ok {
			return cells, true, true
		}
		return wrappedHeaderCells(t)
	}
	cells := make([]headerCell, len(toks))
	for i, p := range toks {
		cells[i] = headerCell{a: p[0], b: p[1], text: t[p[0]:p[1]]}
	}
	return cells, label, true
}

// wrappedHeaderCells is the rule for a header line of a company table
// whose copy broke headers inside by spaces where their cells wrapped
// (主要会计数据2022年2021年本期比上年同期 增减(%)2020年, 2022年末2021年末本期末比
// 上年同 期末增减(%)2020年末): the line read without its spaces
// (companyHeaderTokens reads headers run together), each cell spanning its
// pieces in the line, its text without the spaces. ok is false when the
// line has no space, does not read so, or no change column's header is
// among the cells broken by a space (项目 附注 2023 年 2022 年 is left to
// the other rules).
func wrappedHeaderCells(t string) ([]headerCell, bool, bool) {
	if len(t) > maxCompanyLine || strings.IndexByte(t, ' ') < 0 {
		return nil, false, false
	}
	c := strings.ReplaceAll(t, " ", "")
	toks, label, ok := companyHeaderTokens(c)
	if !ok {
		return nil, false, false
	}
	at := make([]int, 0, len(c)) // byte of the compact text → byte of t
	for i := 0; i < len(t); i++ {
		if t[i] != ' ' {
			at = append(at, i)
		}
	}
	cells := make([]headerCell, len(toks))
	wrapped := false
	for i, p := range toks {
		cells[i] = headerCell{a: at[p[0]], b: at[p[1]-1] + 1, text: c[p[0]:p[1]]}
		h := c[p[0]:p[1]]
		if h == "附注" {
			return nil, false, false // 项目 附注 2023 年 2022 年: a statement, for the trailing-numbers rule
		}
		if cells[i].b-cells[i].a == p[1]-p[0] {
			continue
		}
		// A change column's header is the long one a cell wraps; a year
		// or a date a PDF's copy spaces out (2023 年, 2023 年 12 月 31 日).
		wrapped = wrapped || changeTokenEnd(h, 0) == len(h) || yearHeaderEnd(h, 0) == len(h)
	}
	if !wrapped {
		return nil, false, false
	}
	return cells, label, true
}

// joinWrappedLabel is the rule for a row label of a company table whose
// copy broke it by a space where its cell wrapped (归属于上市公司股东的净 利润,
// 经营活动产生的现金流量 净额): a space between two Han characters (or a Han
// character and a bracket) is dropped. Other spaces stay.
func joinWrappedLabel(t string) string {
	return dropJoiningSpaces(t, func(before, after string) bool {
		last, _ := utf8.DecodeLastRuneInString(before)
		next, _ := utf8.DecodeRuneInString(after)
		return wrapJoins(last) && wrapJoins(next)
	})
}

// wrapJoins reports a character a wrapped label is joined across: a Han
// character or a bracket.
func wrapJoins(r rune) bool {
	return isHan(r) || strings.ContainsRune("（）()、", r)
}

// headingLine is the rule for a line under a company table written as
// text that heads what follows, so it is no piece of the label above: it
// ends in a colon (修订后为:, 更正后：), starts with a heading's number
// (二、财务状况分析, (一)报告期资产构成) or is a unit line (单位:元).
func headingLine(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
		return true
	}
	if lvl, _ := headingMarker(t, 0, len(t)); lvl > 0 {
		return true
	}
	return unitLine(t) != ""
}

// rateDifference is the rule for a change column in % beside a rate in %
// (加权平均净资产收益率 | 14.75% | 0.94% | 13.81% under 本报告期比上年同期增减(%)):
// when the change is the difference of the rate and another rate of its
// row (the prior's), to the change's decimals, it is in percentage
// points, not a growth rate. figs are the figures, rowFigs the row's
// (index+1 by cell), t the rate's index.
func rateDifference(figs []Figure, rowFigs []int, t int, v float64, decimals int) bool {
	tol := 0.5*math.Pow(10, -float64(decimals)) + 1e-9
	for _, k := range rowFigs {
		if k == 0 || k-1 == t {
			continue
		}
		f := figs[k-1]
		if f.Unit != "%" || f.Missing {
			continue
		}
		if math.Abs(figs[t].Value-f.Value-v) <= tol {
			return true
		}
	}
	return false
}

// openingDate is the rule for a balance column headed by the first day of
// a year (2023年1月1日, 2023-01-01, 2023年初): the opening balance, prior to
// the closing one of the same year (2023年12月31日) beside it.
func openingDate(h string) bool {
	h = strings.ReplaceAll(strings.TrimSpace(h), " ", "")
	if len(h) < 6 || yearHeaderEnd(h, 0) == 0 {
		return false
	}
	rest := h[4:]
	for _, d := range []string{"年1月1日", "-01-01", "/01/01", ".01.01", "年01月01日", "年初"} {
		if strings.HasPrefix(rest, d) {
			return true
		}
	}
	return false
}

// growthHeader is the rule for a change column's header of a statistical
// table broken over two header rows (比上年 over 增长%, 比上年同期 over
// 增长(%)): 比 a period, then 增长 and its unit, read as the company forms'
// 增减 headers are (changeTokenEnd).
func growthHeader(h string) bool {
	k := strings.Index(h, "增长")
	if k <= 0 || !strings.HasPrefix(h, "比") {
		return false
	}
	j := h[:k] + "增减" + h[k+len("增长"):]
	return changeTokenEnd(j, 0) == len(j)
}

// mixedDecimalsRun is the rule for a run of a row's values whose last, a
// percentage, has other decimals than the amounts before it
// (0.04360.04155.12% → 0.0436, 0.0415, 5.12%): of the readings with one
// count of decimals for the amounts and one for the rate (the uniform
// ones, found and ways, among them), the one whose amounts are of one
// magnitude (the row's current and prior figures: no two apart by more
// than 20 times) when exactly one reads so. nil when the amounts before
// the rate are fewer than two, or no single reading is left.
func mixedDecimalsRun(t string, found [][2]int, ways int) [][2]int {
	var cands [][][2]int
	if ways == 1 {
		cands = append(cands, found)
	}
	for d := 1; d <= 4; d++ {
		for d2 := 1; d2 <= 4; d2++ {
			if d2 == d {
				continue
			}
			// The rate: the last point's integer part (at most three
			// digits) and d2 decimals ending the run.
			e := len(t) - d2 - 1
			if e < 1 || t[e] != '.' {
				continue
			}
			for ip := 1; ip <= 3 && e-ip >= 1; ip++ {
				head := t[:e-ip]
				if !groupedInt(t[e-ip : e]) {
					continue
				}
				if p := splitFixedDecimals(head, d); p != nil {
					cands = append(cands, append(p, [2]int{e - ip, len(t)}))
				}
			}
		}
	}
	var keep [][2]int
	n := 0
	for _, c := range cands {
		if len(c) >= 3 && oneMagnitude(t, c[:len(c)-1]) {
			keep = c
			n++
		}
	}
	if n != 1 {
		return nil
	}
	return keep
}

// oneMagnitude reports amounts no two of which are apart by more than 20
// times (zeros aside).
func oneMagnitude(t string, spans [][2]int) bool {
	lo, hi := math.Inf(1), 0.0
	for _, p := range spans {
		v, _, _, ok := parseCell(t[p[0]:p[1]])
		if !ok {
			return false
		}
		v = math.Abs(v)
		if v == 0 {
			continue
		}
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	return hi == 0 || hi <= 20*lo
}

// textRestatedHeader is the rule for a restated header of a company table
// written as text (本报告期 上年同期 本报告期比上年同期增减 over 调整前 调整后
// 调整后): the lower row names restatements only, fewer than the columns
// (the current period is not restated), and both rows are lines of text
// whose cells stand at no columns (no |), so the cells' places say nothing:
// the periods' groups decide (restatedGroups), not positionalPaths.
func textRestatedHeader(upper, lower trow, width int) bool {
	lo := nonEmpty(lower.cells)
	if len(lo) == 0 || len(lo) >= width-1 {
		return false
	}
	for _, l := range lo {
		if restatementHeader(l) == "" {
			return false
		}
	}
	if !upper.textLine || !lower.textLine {
		return false
	}
	top := nonEmpty(upper.cells)
	return restatedGroups(top, lo, width-1) != nil
}
