package chart

import (
	"cmp"
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"

	"github.com/annualstat/annualstat/analysis"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Bar colours: the previous year light, the current year dark; growth red,
// decline green (the Chinese convention), each also told apart by the sign
// of its label and the side of the zero line it lies on.
var (
	prevColor = color.RGBA{R: 0x9d, G: 0xc3, B: 0xe6, A: 0xff}
	currColor = color.RGBA{R: 0x2e, G: 0x75, B: 0xb6, A: 0xff}
	upColor   = color.RGBA{R: 0xd6, G: 0x27, B: 0x28, A: 0xff}
	downColor = color.RGBA{R: 0x2c, G: 0xa0, B: 0x2c, A: 0xff}
)

// tickRunes are the characters numeric tick and value labels can use.
const tickRunes = "0123456789.-+%万亿"

// noData wraps ErrNoData with what the chart needed.
func noData(chart, why string) error {
	return fmt.Errorf("%w: %s chart: %s", ErrNoData, chart, why)
}

// sourceNote is opt.Source, or "资料来源:" and the dataset's source.
func sourceNote(t *analysis.Table, opt Options) string {
	if opt.Source != "" {
		return opt.Source
	}
	if t != nil && t.Dataset != nil && t.Dataset.Source != "" {
		return "资料来源：" + t.Dataset.Source
	}
	return ""
}

// comparable reports whether a row has values for both years.
func comparable(r *analysis.Row) bool { return r.HasCurrent && r.HasPrevious }

// unitGroups returns the units of the comparable rows, the unit with the
// most rows first (ties in dataset order), and the rows of each unit.
func unitGroups(t *analysis.Table) ([]string, map[string][]*analysis.Row) {
	var units []string
	by := map[string][]*analysis.Row{}
	for i := range t.Rows {
		r := &t.Rows[i]
		if !comparable(r) {
			continue
		}
		u := r.Indicator.Unit
		if _, ok := by[u]; !ok {
			units = append(units, u)
		}
		by[u] = append(by[u], r)
	}
	slices.SortStableFunc(units, func(a, b string) int { return cmp.Compare(len(by[b]), len(by[a])) })
	return units, by
}

// yearText is "2022年", or "" for year 0.
func yearText(y int) string {
	if y == 0 {
		return ""
	}
	return fmt.Sprintf("%d年", y)
}

// GroupedBars draws each indicator's previous and current values side by
// side, for the indicators that have both. Values of different units on
// one axis would mean nothing, so the chart shows one unit: opt.Unit, or
// the unit with the most such indicators (Standard draws the other units as
// further charts). The subtitle names the unit and, when more than
// opt.MaxBars indicators qualify, says that the largest (by the larger of
// the two values) are shown; notes count the indicators left out.
// Indicators keep their dataset order.
func GroupedBars(t *analysis.Table, opt Options) (*Chart, error) {
	if t == nil || len(t.Rows) == 0 {
		return nil, noData("grouped", "the table has no rows")
	}
	units, by := unitGroups(t)
	if len(units) == 0 {
		return nil, noData("grouped", fmt.Sprintf("no indicator has values for both %d and %d", t.PreviousYear, t.Year))
	}
	unit := units[0]
	if opt.Unit != "" {
		if _, ok := by[opt.Unit]; !ok {
			return nil, noData("grouped", fmt.Sprintf("no indicator in unit %q has values for both %d and %d", opt.Unit, t.PreviousYear, t.Year))
		}
		unit = opt.Unit
	}
	th, err := newTheme(opt)
	if err != nil {
		return nil, err
	}
	return groupedChart(th, t, unit, units, by, "grouped", opt)
}

func groupedChart(th *theme, t *analysis.Table, unit string, units []string, by map[string][]*analysis.Row, name string, opt Options) (*Chart, error) {
	rows := by[unit]
	total := len(rows)
	if max := opt.maxBars(); len(rows) > max {
		idx := make([]int, len(rows))
		for i := range idx {
			idx[i] = i
		}
		size := func(r *analysis.Row) float64 {
			return math.Max(math.Abs(r.Current.Value), math.Abs(r.Previous.Value))
		}
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(size(rows[b]), size(rows[a])) })
		idx = idx[:max]
		slices.Sort(idx)
		sel := make([]*analysis.Row, len(idx))
		for i, k := range idx {
			sel[i] = rows[k]
		}
		rows = sel
	}
	kind := rows[0].Kind
	n := len(rows)

	c := &Chart{Name: name, Unit: unit, Source: sourceNote(t, opt), th: th}
	c.Title = fmt.Sprintf("主要指标%s与%s对比", yearText(t.Year), yearText(t.PreviousYear))
	if opt.Title != "" {
		c.Title = opt.Title
	}
	// Ticks and labels are the figures as the data has them, in its own
	// unit: a chart of 亿元 says 单位：亿元 over ticks of 50 and 100.
	c.Subtitle = "单位：" + unitLabel(unit)
	if n < total {
		c.Subtitle += fmt.Sprintf(";共%d项,按数值显示最大的%d项", total, n)
	}
	var other []string
	nOther := 0
	for _, u := range units {
		if u != unit {
			other = append(other, unitLabel(u))
			nOther += len(by[u])
		}
	}
	if nOther > 0 {
		c.Notes = append(c.Notes, fmt.Sprintf("注:另有%d项指标单位为%s,不与本图同轴比较。", nOther, listNames(other, 5)))
	}
	if miss := missingBoth(t); miss > 0 {
		c.Notes = append(c.Notes, fmt.Sprintf("注:另有%d项指标缺少%s或%s数据,未绘制。", miss, yearText(t.PreviousYear), yearText(t.Year)))
	}
	c.legend = []legendEntry{
		{label: yearText(t.PreviousYear), color: prevColor},
		{label: yearText(t.Year), color: currColor},
	}

	p := th.newPlot()
	c.Plot = p
	w, h := opt.size()
	plotW := w - 2*margin - 55*vg.Inch/72 // minus the value axis
	plotH := h - 110*vg.Inch/72           // minus title, legend, notes, axes
	slot := plotW / vg.Length(n)

	// Bars: at most 0.36 of a slot each and at most 48 pt wide.
	half := math.Min(0.18, float64(24*vg.Inch/72/slot))
	b := &bars{n: n}
	var ls labels
	var names []string
	valSty := th.style(valueSize, black)
	var flags analysis.Flag
	for i, r := range rows {
		pos := float64(i)
		names = append(names, label1(r.Indicator.Name))
		for _, pt := range []struct {
			v   float64
			col color.Color
			at  float64
			fl  analysis.Flag
			q   analysis.Qualifier
		}{{r.Previous.Value, prevColor, pos - half, r.Previous.Flags, r.Previous.Qualifier}, {r.Current.Value, currColor, pos + half, r.Current.Flags, r.Current.Qualifier}} {
			b.items = append(b.items, bar{pos: pt.at, half: half * 0.92, lo: 0, hi: pt.v, color: pt.col})
			txt := markedValue(analysis.FormatValue(pt.v, kind), pt.fl, pt.q)
			flags |= pt.fl
			ls = append(ls, valueLabel(valSty, pt.at, pt.v, txt, vg.Length(2*half)*slot))
		}
	}
	c.Notes = append(c.Notes, flagNotes(flags)...)
	grid := plotter.NewGrid()
	grid.Vertical.Color = nil
	grid.Horizontal.Color = light
	p.Add(grid, b, ls)
	c.added = []plot.Plotter{grid, b, ls}

	ticks, turn, cut := categoryTicks(th, names, slot, plotH, false)
	if cut {
		c.Notes = append(c.Notes, shortNote)
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
	p.X.Tick.Length = 0
	p.X.Padding = 0
	p.Y.Padding = 0
	p.X.Min, p.X.Max = -0.5, float64(n)-0.5
	if turn {
		rotateX(p)
		// The first name, turned, reaches left of its slot: move the bars
		// right so that it is not cut off at the chart's edge. The value
		// axis (about 30 pt of tick labels) already gives some room.
		// Widen the category axis rather than pad: padding would part
		// the axes.
		r := p.X.Tick.Label.Rectangle(p.X.Tick.Marker.(plot.ConstantTicks)[0].Label)
		if need := -r.Min.X - slot/2 - 30*vg.Inch/72; need > 0 {
			p.X.Min -= float64(need / slot)
		}
	}
	p.Y.Tick.Marker = dataTicker(kind == analysis.KindCount)

	c.punctuate()
	texts := []string{c.Title, c.Subtitle, c.legend[0].label, c.legend[1].label, tickRunes, "…"}
	texts = append(texts, c.Notes...)
	texts = append(texts, names...)
	for _, l := range ls {
		texts = append(texts, l.text)
	}
	if err := th.covers(name+" chart labels", texts...); err != nil {
		return nil, err
	}
	return c, nil
}

// unitLabel is the unit as a subtitle prints it; an empty unit is "无单位".
func unitLabel(u string) string {
	if u == "" {
		return "无单位"
	}
	return u
}

// missingBoth counts rows with a current or a previous value but not both.
func missingBoth(t *analysis.Table) int {
	n := 0
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.HasCurrent != r.HasPrevious {
			n++
		}
	}
	return n
}

// valueLabel places txt at the end of a vertical bar at pos with value v:
// level above it (below, for a negative value) when it fits the bar's
// width, else turned to run along the bar.
func valueLabel(sty text.Style, pos, v float64, txt string, barW vg.Length) label {
	l := label{x: pos, y: v, text: txt}
	gap := vg.Points(2)
	if sty.Width(txt) <= barW {
		sty.XAlign = draw.XCenter
		if v >= 0 {
			sty.YAlign = draw.YBottom
			l.off = vg.Point{Y: gap}
		} else {
			sty.YAlign = draw.YTop
			l.off = vg.Point{Y: -gap}
		}
	} else {
		sty.Rotation = math.Pi / 2
		sty.YAlign = draw.YCenter
		if v >= 0 {
			sty.XAlign = draw.XLeft
			l.off = vg.Point{Y: gap}
		} else {
			sty.XAlign = draw.XRight
			l.off = vg.Point{Y: -gap}
		}
	}
	l.sty = sty
	return l
}

// Longest names drawn in full: a name longer than fits is shortened with
// "…" (and the chart's notes say so) rather than squeezing the plot away.
const (
	maxLineRunes    = 16 // per line of a wrapped name on the left axis
	maxRotatedRunes = 14 // per line of a turned name
)

// shorten returns s cut to n runes with "…" in the middle, keeping the
// head and the tail, which often tells similar names apart ("…(第2类)"),
// and whether it cut.
func shorten(s string, n int) (string, bool) {
	rs := []rune(s)
	if len(rs) <= n || n < 3 {
		return s, false
	}
	head := (n - 1) * 3 / 5
	tail := n - 1 - head
	return string(rs[:head]) + "…" + string(rs[len(rs)-tail:]), true
}

// categoryTicks labels the categories 0..n-1 and reports whether the labels
// must be turned 45° and whether any name was shortened.
//
// On a vertical (left) axis long names are wrapped in lines of eight
// characters when the slot height has room for the lines, in fewer longer
// lines (at most maxLineRunes) when it has less. On a horizontal (bottom)
// axis names are wrapped to the slot width when every name fits in three
// lines of at least three characters; otherwise they are turned 45°, in one
// line, or two when the slots are wide enough.
func categoryTicks(th *theme, names []string, slot, plotH vg.Length, vertical bool) (ticks []plot.Tick, turn, cut bool) {
	sty := th.style(tickSize, black)
	lineH := sty.Height("国") * 1.1
	ticks = make([]plot.Tick, len(names))
	label := func(i int, nm string, lines, per int) {
		nm, c := shorten(nm, lines*per)
		cut = cut || c
		ticks[i] = plot.Tick{Value: float64(i), Label: strings.Join(wrapRunes(nm, per), "\n")}
	}
	if vertical {
		slotH := plotH / vg.Length(len(names))
		allowed := max(1, min(3, int(slotH*0.9/lineH)))
		for i, nm := range names {
			n := runeLen(nm)
			switch {
			case (n+7)/8 <= allowed:
				label(i, nm, allowed, 8)
			default:
				label(i, nm, allowed, min(maxLineRunes, (n+allowed-1)/allowed))
			}
		}
		return ticks, false, cut
	}
	perLine := int(slot * 0.92 / sty.Width("国"))
	fits := perLine >= 3
	for _, nm := range names {
		if fits && len(wrapRunes(nm, perLine)) > 3 {
			fits = false
		}
	}
	if fits {
		for i, nm := range names {
			label(i, nm, 3, perLine)
		}
		return ticks, false, false
	}
	// Turned 45°: neighbouring labels are slot·sin 45° apart.
	lines := 1
	if slot*0.7 > 3*lineH {
		lines = 2
	}
	for i, nm := range names {
		n := runeLen(nm)
		per := min(maxRotatedRunes, max(8, (n+lines-1)/lines))
		label(i, nm, lines, per)
	}
	return ticks, true, cut
}

// rotateX turns the x tick labels 45°, their right ends at the ticks.
func rotateX(p *plot.Plot) {
	p.X.Tick.Label.Rotation = math.Pi / 4
	p.X.Tick.Label.XAlign = draw.XRight
	p.X.Tick.Label.YAlign = draw.YTop
}

// shortNote is the note of a chart with shortened names.
const shortNote = "注：名称过长的指标以“…”省略。"

// hitem is one horizontal bar: a name, its value and its label.
type hitem struct {
	name string
	v    float64
	text string
}

// GrowthBars draws the percent growth (同比增长) of the indicators that are
// not rates, sorted from the largest growth at the top to the largest
// decline at the bottom: growth in red to the right of the zero line,
// decline in green to the left, each labelled with its signed value
// ("+12.33%", "-3.10%") at the table's precision. Indicators whose growth is
// undefined (a zero or negative previous value) are not drawn and are named
// in a note; indicators missing a year are counted in one. More than
// opt.MaxBars indicators: the largest absolute growths are shown.
func GrowthBars(t *analysis.Table, opt Options) (*Chart, error) {
	if t == nil || len(t.Rows) == 0 {
		return nil, noData("growth", "the table has no rows")
	}
	var items []hitem
	undefined := map[analysis.Reason][]string{}
	missing := 0
	var flags analysis.Flag
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Kind == analysis.KindRate {
			continue
		}
		if !comparable(r) {
			if r.HasCurrent || r.HasPrevious {
				missing++
			}
			continue
		}
		if !r.Growth.OK() {
			undefined[r.Growth.Reason] = append(undefined[r.Growth.Reason], label1(r.Indicator.Name))
			continue
		}
		g := r.Growth.Value
		fl := r.Current.Flags | r.Previous.Flags
		flags |= fl
		items = append(items, hitem{name: label1(r.Indicator.Name), v: g, text: marked(signed(g, analysis.FormatFixed(g, t.Decimals))+"%", fl)})
	}
	notes := undefinedNotes(undefined)
	notes = append(notes, flagNotes(flags)...)
	if missing > 0 {
		notes = append(notes, fmt.Sprintf("注:另有%d项指标缺少%s或%s数据,未计算增速。", missing, yearText(t.PreviousYear), yearText(t.Year)))
	}
	if len(items) == 0 {
		why := "no indicator other than rates has a defined growth"
		if len(undefined) > 0 {
			why += " (" + strings.Join(notes, " ") + ")"
		}
		return nil, noData("growth", why)
	}
	th, err := newTheme(opt)
	if err != nil {
		return nil, err
	}
	title := fmt.Sprintf("%s主要指标比上年增长情况", yearText(t.Year))
	return hbarChart(th, t, "growth", title, "单位:%;按增速从高到低排列", "比上年增长(%)", items, notes, opt,
		func(v float64) string { return trimZeros(analysis.FormatFixed(v, 2)) + "%" })
}

// PPBars draws the change of the rates (比率类指标) in percentage points,
// sorted like GrowthBars and labelled "+1.20个百分点": a rate's change is
// never a percent growth.
func PPBars(t *analysis.Table, opt Options) (*Chart, error) {
	if t == nil || len(t.Rows) == 0 {
		return nil, noData("growth-pp", "the table has no rows")
	}
	var items []hitem
	missing := 0
	var flags analysis.Flag
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Kind != analysis.KindRate {
			continue
		}
		if !comparable(r) || !r.PP.OK() {
			if r.HasCurrent || r.HasPrevious {
				missing++
			}
			continue
		}
		pp := r.PP.Value
		fl := r.Current.Flags | r.Previous.Flags
		flags |= fl
		items = append(items, hitem{name: label1(r.Indicator.Name), v: pp, text: marked(signed(pp, analysis.FormatFixed(pp, t.Decimals))+"个百分点", fl)})
	}
	notes := flagNotes(flags)
	if missing > 0 {
		notes = append(notes, fmt.Sprintf("注:另有%d项比率缺少%s或%s数据,未绘制。", missing, yearText(t.PreviousYear), yearText(t.Year)))
	}
	if len(items) == 0 {
		return nil, noData("growth-pp", "no rate has values for both years")
	}
	th, err := newTheme(opt)
	if err != nil {
		return nil, err
	}
	title := fmt.Sprintf("%s比率类指标变动(百分点)", yearText(t.Year))
	return hbarChart(th, t, "growth-pp", title, "单位:个百分点;按变动从高到低排列", "比上年变动(个百分点)", items, notes, opt,
		func(v float64) string { return trimZeros(analysis.FormatFixed(v, 2)) })
}

// undefinedNotes lists the indicators whose growth is undefined, one note
// per reason ("未绘制:A、B(上年为0,增速无意义)").
func undefinedNotes(by map[analysis.Reason][]string) []string {
	var out []string
	for _, r := range []analysis.Reason{analysis.ZeroBase, analysis.NegativeBase, analysis.OutOfRange} {
		if names := by[r]; len(names) > 0 {
			out = append(out, fmt.Sprintf("注:未绘制%s(%s)。", listNames(names, 6), r.Chinese()))
		}
	}
	return out
}

// hbarChart draws items as horizontal bars sorted by value, largest at the
// top.
func hbarChart(th *theme, t *analysis.Table, name, title, subtitle, axis string, items []hitem, notes []string, opt Options, tick func(float64) string) (*Chart, error) {
	total := len(items)
	if max := opt.maxBars(); len(items) > max {
		slices.SortStableFunc(items, func(a, b hitem) int { return cmp.Compare(math.Abs(b.v), math.Abs(a.v)) })
		items = items[:max]
		subtitle += fmt.Sprintf(";共%d项,显示变动最大的%d项", total, max)
	}
	slices.SortStableFunc(items, func(a, b hitem) int { return cmp.Compare(b.v, a.v) })
	n := len(items)

	c := &Chart{Name: name, Title: title, Subtitle: subtitle, Notes: notes, Source: sourceNote(t, opt), Unit: "%", th: th}
	if name == "growth-pp" {
		c.Unit = "个百分点"
	}
	if opt.Title != "" {
		c.Title = opt.Title
	}
	// One series: no legend. Increases and decreases are told apart by
	// their colour, their side of the zero line and their signed labels.

	p := th.newPlot()
	c.Plot = p
	_, h := opt.size()
	plotH := h - 110*vg.Inch/72
	slot := plotH / vg.Length(n)
	half := math.Min(0.36, float64(14*vg.Inch/72/slot))

	b := &bars{n: n, horizontal: true}
	var ls labels
	names := make([]string, n)
	sty := th.style(valueSize, black)
	sty.YAlign = draw.YCenter
	gap := vg.Points(3)
	for j, it := range items {
		pos := float64(n - 1 - j) // the first item at the top
		names[n-1-j] = it.name
		b.items = append(b.items, signedBar(pos, half, it.v))
		ls = append(ls, signedLabel(pos, it.v, it.text, sty, gap))
	}
	grid := plotter.NewGrid()
	grid.Horizontal.Color = nil
	grid.Vertical.Color = light
	p.Add(grid, b, ls)
	c.added = []plot.Plotter{grid, b, ls}

	ticks, _, cut := categoryTicks(th, names, 0, plotH, true)
	if cut {
		c.Notes = append(c.Notes, shortNote)
	}
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	p.Y.Tick.Length = 0
	p.Y.Padding = vg.Points(6)
	p.X.Padding = 0
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	p.X.Tick.Marker = valueTicker{format: tick}
	labelRoom(th, p, ticks, b, ls, opt)
	p.X.Label.Text = axis

	c.punctuate()
	texts := []string{c.Title, c.Subtitle, p.X.Label.Text, tickRunes, "…"}
	texts = append(texts, c.Notes...)
	texts = append(texts, names...)
	for _, e := range c.legend {
		texts = append(texts, e.label)
	}
	for _, l := range ls {
		texts = append(texts, l.text)
	}
	if err := th.covers(name+" chart labels", texts...); err != nil {
		return nil, err
	}
	return c, nil
}

// marked prefixes "约" to a label of an approximate value and suffixes "*"
// to one of a derived or estimated value, so that the flags travel with
// the value into the chart; flagNotes explains the marks.
func marked(s string, f analysis.Flag) string {
	if f&analysis.FlagApprox != 0 {
		s = "约" + s
	}
	if f&(analysis.FlagDerived|analysis.FlagEstimated) != 0 {
		s += "*"
	}
	return s
}

// markedValue is marked for a value label: a value with the source's
// qualifier shows it as written (540多, 50余, 约2.25: SPEC §8), never
// turned into 约.
func markedValue(s string, f analysis.Flag, q analysis.Qualifier) string {
	if q == "" {
		return marked(s, f)
	}
	return marked(q.Format(s, ""), f&^analysis.FlagApprox)
}

// flagNotes returns the notes that explain the marks of marked.
func flagNotes(f analysis.Flag) []string {
	var out []string
	if f&(analysis.FlagDerived|analysis.FlagEstimated) != 0 {
		out = append(out, "注：带*的数值为推算或估计值（如由增速反推的上年数），或由其计算得出。")
	}
	if f&analysis.FlagApprox != 0 {
		out = append(out, "注：带“约、多、余、近、左右”等字样的数值为约数，照原文列出。")
	}
	return out
}

// signedBar is a horizontal bar from zero to v at pos, red when v rises
// (v >= 0) and green when it falls, as Chinese reports colour changes.
func signedBar(pos, half, v float64) bar {
	col := color.Color(upColor)
	if v < 0 {
		col = downColor
	}
	return bar{pos: pos, half: half, lo: 0, hi: v, color: col}
}

// signedLabel is a signed bar's value label, set gap beyond the bar's end:
// right of a bar that rises, left of one that falls.
func signedLabel(pos, v float64, txt string, sty text.Style, gap vg.Length) label {
	l := label{x: v, y: pos, text: txt, sty: sty}
	if v >= 0 {
		l.sty.XAlign, l.off = draw.XLeft, vg.Point{X: gap}
	} else {
		l.sty.XAlign, l.off = draw.XRight, vg.Point{X: -gap}
	}
	return l
}
