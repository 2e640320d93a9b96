package present

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/annualstat/annualstat/analysis"
)

// charts selects and specifies the charts opt asks for, numbered in
// order: grouped bars of the unit with the most comparable indicators
// ("grouped") and of each further unit with at least two ("grouped-2" …),
// growth ("growth"), percentage points ("growth-pp") and, with three or
// more years, the trend ("trend"). A chart with nothing to show is left
// out.
func charts(t *analysis.Table, opt Options, source string) []*ChartSpec {
	want := opt.Charts
	if want == nil {
		want = DefaultCharts
	}
	all := slices.Contains(want, "all")
	maxBars := opt.MaxBars
	if maxBars <= 0 {
		maxBars = DefaultMaxBars
	}
	maxLines := opt.MaxLines
	if maxLines <= 0 {
		maxLines = DefaultMaxLines
	}
	dec := ValueDecimals(t)
	var out []*ChartSpec
	add := func(c *ChartSpec) {
		if c == nil || !all && !slices.Contains(want, c.Name) {
			return
		}
		c.Number = len(out) + 1
		c.Caption = "图" + strconv.Itoa(c.Number) + " " + c.Title
		c.Source = source
		c.UnitLine = "单位：" + c.Unit
		c.Legend = len(c.Series) > 1
		out = append(out, c)
	}
	units, by := unitGroups(t)
	grouped := 0
	for i, u := range units {
		if i > 0 && len(by[u]) < 2 {
			continue
		}
		grouped++
		name := "grouped"
		if grouped > 1 {
			name = "grouped-" + strconv.Itoa(grouped)
		}
		add(groupedSpec(t, name, u, by[u], maxBars, dec[u]))
	}
	add(growthSpec(t, maxBars))
	add(ppSpec(t, maxBars))
	if t.Dataset != nil && len(t.Dataset.Years()) >= 3 {
		add(trendSpec(t, maxLines, dec))
	}
	return out
}

// unitGroups returns the units of the rows with both values, the unit
// with the most rows first (ties in data order), and each unit's rows.
func unitGroups(t *analysis.Table) ([]string, map[string][]int) {
	var units []string
	by := map[string][]int{}
	for i := range t.Rows {
		r := &t.Rows[i]
		if !r.HasCurrent || !r.HasPrevious {
			continue
		}
		u := r.Indicator.Unit
		if _, ok := by[u]; !ok {
			units = append(units, u)
		}
		by[u] = append(by[u], i)
	}
	slices.SortStableFunc(units, func(a, b string) int { return cmp.Compare(len(by[b]), len(by[a])) })
	return units, by
}

// largest returns the limit indices of idx with the largest size (ties:
// the first), in their original order. It keeps the best limit seen in a
// heap, so that picking a chart's 15 bars from 200,000 rows neither sorts
// them all nor calls size more than once a row.
func largest(idx []int, limit int, size func(int) float64) []int {
	if len(idx) <= limit {
		return idx
	}
	if limit <= 0 {
		return nil
	}
	// worse orders candidates as a stable sort by decreasing size would
	// place them later: smaller, or equal and later in idx.
	type cand struct {
		size float64
		pos  int
	}
	worse := func(a, b cand) bool {
		if c := cmp.Compare(a.size, b.size); c != 0 {
			return c < 0
		}
		return a.pos > b.pos
	}
	// h is a heap with the worst of the best so far at its root.
	h := make([]cand, 0, limit)
	down := func(i int) {
		for {
			l, m := 2*i+1, i
			if l < len(h) && worse(h[l], h[m]) {
				m = l
			}
			if r := l + 1; r < len(h) && worse(h[r], h[m]) {
				m = r
			}
			if m == i {
				return
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	for pos, i := range idx {
		c := cand{size(i), pos}
		if len(h) < limit {
			h = append(h, c)
			for j := len(h) - 1; j > 0; {
				p := (j - 1) / 2
				if !worse(h[j], h[p]) {
					break
				}
				h[j], h[p] = h[p], h[j]
				j = p
			}
			continue
		}
		if worse(h[0], c) {
			h[0] = c
			down(0)
		}
	}
	sel := make([]int, len(h))
	for k, c := range h {
		sel[k] = idx[c.pos]
	}
	slices.Sort(sel)
	return sel
}

// shownOf is the note on a chart that shows only some of its candidates.
func shownOf(shown, total int, by string) string {
	if shown >= total {
		return ""
	}
	return fmt.Sprintf("注：共%d项指标，图中列出%s最大的%d项。", total, by, shown)
}

func groupedSpec(t *analysis.Table, name, unit string, rows []int, limit, dec int) *ChartSpec {
	if len(rows) == 0 {
		return nil
	}
	total := len(rows)
	rows = largest(rows, limit, func(i int) float64 {
		return math.Max(math.Abs(t.Rows[i].Current.Value), math.Abs(t.Rows[i].Previous.Value))
	})
	c := &ChartSpec{Name: name, Kind: ChartGrouped, Unit: Punctuate(unit), Rows: rows, Decimals: dec, ZeroBaseline: true,
		Title: fmt.Sprintf("%d年与%d年主要指标对比", t.Year, t.PreviousYear)}
	prev := Series{Name: yearPeriod(t.PreviousYear, periodOf(t, false))}
	cur := Series{Name: yearPeriod(t.Year, periodOf(t, true))}
	approx := false
	for _, i := range rows {
		r := &t.Rows[i]
		c.Categories = append(c.Categories, Punctuate(r.Indicator.Name))
		for _, s := range []struct {
			ser *Series
			p   analysis.Point
		}{{&prev, r.Previous}, {&cur, r.Current}} {
			lbl := Number(s.p.Value, dec)
			if s.p.Flags&analysis.FlagApprox != 0 {
				lbl, approx = "约"+lbl, true
			}
			s.ser.Values = append(s.ser.Values, s.p.Value)
			s.ser.Defined = append(s.ser.Defined, true)
			s.ser.Labels = append(s.ser.Labels, lbl)
		}
	}
	c.Series = []Series{prev, cur}
	if n := shownOf(len(rows), total, "数值"); n != "" {
		c.Notes = append(c.Notes, n)
	}
	if approx {
		c.Notes = append(c.Notes, "注："+noteApprox)
	}
	return c
}

func growthSpec(t *analysis.Table, limit int) *ChartSpec {
	var rows []int
	undefined := map[analysis.Reason][]string{}
	missing := 0
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Kind == analysis.KindRate {
			continue
		}
		switch {
		case !r.HasCurrent || !r.HasPrevious:
			if r.HasCurrent || r.HasPrevious {
				missing++
			}
		case !r.Growth.OK():
			undefined[r.Growth.Reason] = append(undefined[r.Growth.Reason], Punctuate(r.Indicator.Name))
		default:
			rows = append(rows, i)
		}
	}
	if len(rows) == 0 {
		return nil
	}
	total := len(rows)
	rows = largest(rows, limit, func(i int) float64 { return math.Abs(t.Rows[i].Growth.Value) })
	slices.SortStableFunc(rows, func(a, b int) int { return cmp.Compare(t.Rows[b].Growth.Value, t.Rows[a].Growth.Value) })
	c := &ChartSpec{Name: "growth", Kind: ChartGrowth, Unit: "%", Rows: rows, Decimals: t.Decimals, ZeroBaseline: true,
		Title: fmt.Sprintf("%d年主要指标比%s增长情况", t.Year, comparison(t.Year, t.PreviousYear))}
	s := Series{Name: "比" + comparison(t.Year, t.PreviousYear) + "增长"}
	for _, i := range rows {
		r := &t.Rows[i]
		g := r.Growth.Value
		c.Categories = append(c.Categories, Punctuate(r.Indicator.Name))
		s.Values = append(s.Values, g)
		s.Defined = append(s.Defined, true)
		s.Labels = append(s.Labels, signed(g, t.Decimals)+"%")
	}
	c.Series = []Series{s}
	if n := shownOf(len(rows), total, "增速绝对值"); n != "" {
		c.Notes = append(c.Notes, n)
	}
	for _, why := range []analysis.Reason{analysis.ZeroBase, analysis.NegativeBase, analysis.OutOfRange} {
		if names := undefined[why]; len(names) > 0 {
			reason := "上年为0"
			switch why {
			case analysis.NegativeBase:
				reason = "基期为负"
			case analysis.OutOfRange:
				reason = "数值超出范围"
			}
			c.Notes = append(c.Notes, fmt.Sprintf("注：%s%s，增速无意义，未绘制。", listNames(names, 6), reason))
		}
	}
	if missing > 0 {
		c.Notes = append(c.Notes, fmt.Sprintf("注：另有%d项指标缺少%d年或%d年数据，未计算增速。", missing, t.PreviousYear, t.Year))
	}
	return c
}

func ppSpec(t *analysis.Table, limit int) *ChartSpec {
	var rows []int
	missing := 0
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Kind != analysis.KindRate {
			continue
		}
		if !r.PP.OK() {
			if r.HasCurrent || r.HasPrevious {
				missing++
			}
			continue
		}
		rows = append(rows, i)
	}
	if len(rows) == 0 {
		return nil
	}
	total := len(rows)
	rows = largest(rows, limit, func(i int) float64 { return math.Abs(t.Rows[i].PP.Value) })
	slices.SortStableFunc(rows, func(a, b int) int { return cmp.Compare(t.Rows[b].PP.Value, t.Rows[a].PP.Value) })
	c := &ChartSpec{Name: "growth-pp", Kind: ChartPP, Unit: "百分点", Rows: rows, Decimals: t.Decimals, ZeroBaseline: true,
		Title: fmt.Sprintf("%d年比率类指标比%s增减情况", t.Year, comparison(t.Year, t.PreviousYear))}
	s := Series{Name: "比" + comparison(t.Year, t.PreviousYear) + "增减"}
	for _, i := range rows {
		r := &t.Rows[i]
		v := r.PP.Value
		c.Categories = append(c.Categories, Punctuate(r.Indicator.Name))
		s.Values = append(s.Values, v)
		s.Defined = append(s.Defined, true)
		s.Labels = append(s.Labels, signed(v, t.Decimals))
	}
	c.Series = []Series{s}
	if n := shownOf(len(rows), total, "变动绝对值"); n != "" {
		c.Notes = append(c.Notes, n)
	}
	if missing > 0 {
		c.Notes = append(c.Notes, fmt.Sprintf("注：另有%d项比率缺少%d年或%d年数据，未绘制。", missing, t.PreviousYear, t.Year))
	}
	return c
}

// trendSpec draws the indicators of one unit with values in three or more
// years: the unit with the most such indicators; of those, the limit with
// the most years (ties in data order). Values are drawn as they are, never
// indexed: a rate stays a rate.
func trendSpec(t *analysis.Table, limit int, dec map[string]int) *ChartSpec {
	byUnit := map[string][]int{}
	var units []string
	for i := range t.Rows {
		ind := t.Rows[i].Indicator
		if len(ind.Points) < 3 {
			continue
		}
		if _, ok := byUnit[ind.Unit]; !ok {
			units = append(units, ind.Unit)
		}
		byUnit[ind.Unit] = append(byUnit[ind.Unit], i)
	}
	if len(units) == 0 {
		return nil
	}
	slices.SortStableFunc(units, func(a, b string) int { return cmp.Compare(len(byUnit[b]), len(byUnit[a])) })
	unit := units[0]
	rows := byUnit[unit]
	total := len(rows)
	rows = largest(rows, limit, func(i int) float64 { return float64(len(t.Rows[i].Indicator.Points)) })
	yearSet := map[int]bool{}
	for _, i := range rows {
		for _, p := range t.Rows[i].Indicator.Points {
			if p.Year <= t.Year {
				yearSet[p.Year] = true
			}
		}
	}
	var years []int
	for y := range yearSet {
		years = append(years, y)
	}
	slices.Sort(years)
	d := dec[unit]
	for _, i := range rows {
		for _, p := range t.Rows[i].Indicator.Points {
			d = max(d, WrittenDecimals(p, t.Rows[i].Kind))
		}
	}
	c := &ChartSpec{Name: "trend", Kind: ChartTrend, Unit: Punctuate(unit), Rows: rows, Years: years, Decimals: d,
		Title: fmt.Sprintf("%d—%d年主要指标变化趋势", years[0], years[len(years)-1])}
	for _, i := range rows {
		ind := t.Rows[i].Indicator
		s := Series{Name: Punctuate(ind.Name)}
		c.Categories = append(c.Categories, s.Name)
		for _, y := range years {
			p, ok := ind.At(y)
			s.Values = append(s.Values, p.Value)
			s.Defined = append(s.Defined, ok)
			lbl := ""
			if ok {
				lbl = Number(p.Value, d)
			}
			s.Labels = append(s.Labels, lbl)
		}
		c.Series = append(c.Series, s)
	}
	if total > len(rows) {
		c.Notes = append(c.Notes, fmt.Sprintf("注：单位为%s的指标共%d项，图中列出年份最多的%d项。", c.Unit, total, len(rows)))
	}
	return c
}

// signed writes v with dec decimals and its sign: "+12.33", "-3.10", "0.00".
func signed(v float64, dec int) string {
	s := Number(v, dec)
	if v > 0 && strings.Trim(s, "0.") != "" {
		return "+" + s
	}
	return s
}

// listNames lists up to limit names with "、", then "等N项".
func listNames(names []string, limit int) string {
	if len(names) <= limit {
		return strings.Join(names, "、")
	}
	return strings.Join(names[:limit], "、") + "等" + strconv.Itoa(len(names)) + "项"
}
