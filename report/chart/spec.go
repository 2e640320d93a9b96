package chart

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/annualstat/annualstat/report/present"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// FromSpec lays out the chart a presentation specifies (present.ChartSpec):
// its title, unit line, notes, source, categories, series and value
// labels as the spec gives them, nothing recomputed. The value axis is in
// the data's own scale: the ticks are the figures in spec.Unit (a chart of
// 亿元 data has ticks such as 2.5 and the unit line 单位：亿元), bars start
// at zero, a rate in a trend is drawn as it is (never indexed), and there
// is a legend only when the spec asks for one (more than one series).
//
// opt.Title and opt.Source, when set, replace the spec's. It is ErrNoData
// when the spec has no defined value to draw.
func FromSpec(spec *present.ChartSpec, opt Options) (*Chart, error) {
	if spec == nil {
		return nil, noData("spec", "no chart specification")
	}
	name := spec.Name
	if name == "" {
		name = "chart"
	}
	defined := 0
	for _, s := range spec.Series {
		for i := range s.Values {
			if i < len(s.Defined) && s.Defined[i] && !math.IsNaN(s.Values[i]) && !math.IsInf(s.Values[i], 0) {
				defined++
			}
		}
	}
	if defined == 0 {
		return nil, noData(name, "the specification has no defined value")
	}
	th, err := newTheme(opt)
	if err != nil {
		return nil, err
	}
	c := &Chart{Name: name, Title: spec.Title, Subtitle: spec.UnitLine, Source: spec.Source, Unit: spec.Unit, th: th}
	c.Notes = append(c.Notes, spec.Notes...)
	if opt.Title != "" {
		c.Title = opt.Title
	}
	if opt.Source != "" {
		c.Source = opt.Source
	}
	switch spec.Kind {
	case present.ChartGrouped:
		err = c.specBars(spec, opt)
	case present.ChartGrowth, present.ChartPP:
		err = c.specHBars(spec, opt)
	case present.ChartTrend:
		err = c.specTrend(spec, opt)
	default:
		err = fmt.Errorf("chart %s: unknown kind %d", name, spec.Kind)
	}
	if err != nil {
		return nil, err
	}
	texts := []string{c.Title, c.Subtitle, c.Source, tickRunes, "…"}
	texts = append(texts, c.Notes...)
	texts = append(texts, spec.Categories...)
	for _, s := range spec.Series {
		texts = append(texts, s.Name)
		texts = append(texts, s.Labels...)
	}
	if err := th.covers(name+" chart labels", texts...); err != nil {
		return nil, err
	}
	return c, nil
}

// FromDocument lays out every chart of a presentation, in its order. A
// chart with nothing to draw is left out; any other error is returned.
func FromDocument(doc *present.Document, opt Options) ([]*Chart, error) {
	if doc == nil {
		return nil, nil
	}
	th, err := newTheme(opt)
	if err != nil {
		return nil, err
	}
	opt.Font = th.font
	var out []*Chart
	for _, spec := range doc.Charts {
		c, err := FromSpec(spec, opt)
		if errors.Is(err, ErrNoData) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// seriesColors are the colours of a grouped chart's series: the previous
// year light and the current year dark when there are two.
func seriesColors(n int) []color.Color {
	if n == 2 {
		return []color.Color{prevColor, currColor}
	}
	out := make([]color.Color, n)
	for i := range out {
		out[i] = palette[i%len(palette)]
	}
	return out
}

// dataTicker labels ticks with the figures as they are, in the data's
// unit: trailing zeros dropped, never a magnitude suffix.
func dataTicker(whole bool) valueTicker {
	return valueTicker{format: func(v float64) string { return plainNumber(v) }, whole: whole}
}

// plainNumber writes a tick value: up to six decimals, trailing zeros
// dropped, "0" for minus zero.
func plainNumber(v float64) string {
	s := trimZeros(strconv.FormatFloat(v, 'f', 6, 64))
	if s == "-0" {
		return "0"
	}
	return s
}

// wholeSeries reports whether every defined value is a whole number (the
// ticks need no fractions).
func wholeSeries(spec *present.ChartSpec) bool {
	for _, s := range spec.Series {
		for i, v := range s.Values {
			if i < len(s.Defined) && s.Defined[i] && v != math.Trunc(v) {
				return false
			}
		}
	}
	return spec.Decimals == 0
}

// specBars draws grouped vertical bars: one bar per series in each
// category's slot.
func (c *Chart) specBars(spec *present.ChartSpec, opt Options) error {
	th := c.th
	n := len(spec.Categories)
	if n == 0 {
		return noData(c.Name, "no categories")
	}
	k := len(spec.Series)
	cols := seriesColors(k)
	if spec.Legend {
		for i, s := range spec.Series {
			c.legend = append(c.legend, legendEntry{label: s.Name, color: cols[i]})
		}
	}
	p := th.newPlot()
	c.Plot = p
	w, h := opt.size()
	plotW := w - 2*margin - 55*vg.Inch/72
	plotH := h - 110*vg.Inch/72
	slot := plotW / vg.Length(n)
	// The bars of a slot take at most 0.72 of it, each at most 24 pt.
	each := math.Min(0.72/float64(k), float64(24*vg.Inch/72/slot))
	b := &bars{n: n}
	var ls labels
	valSty := th.style(valueSize, black)
	for j := range n {
		for si, s := range spec.Series {
			if j >= len(s.Values) || j >= len(s.Defined) || !s.Defined[j] {
				continue
			}
			v := s.Values[j]
			at := float64(j) + (float64(si)-float64(k-1)/2)*each
			b.items = append(b.items, bar{pos: at, half: each / 2 * 0.92, lo: 0, hi: v, color: cols[si]})
			// Labels turned along bars narrower than a line of them
			// would overlap their neighbours': then the ticks alone
			// tell the values (the table has the figures).
			if j < len(s.Labels) && s.Labels[j] != "" && vg.Length(each)*slot >= valueSize*1.3 {
				ls = append(ls, valueLabel(valSty, at, v, s.Labels[j], vg.Length(each)*slot))
			}
		}
	}
	grid := plotter.NewGrid()
	grid.Vertical.Color = nil
	grid.Horizontal.Color = light
	p.Add(grid, b, ls)
	c.added = []plot.Plotter{grid, b, ls}

	ticks, turn, cut := categoryTicks(th, spec.Categories, slot, plotH, false)
	if cut {
		c.Notes = append(c.Notes, shortNote)
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
	p.X.Tick.Length = 0
	p.X.Padding, p.Y.Padding = 0, 0
	p.X.Min, p.X.Max = -0.5, float64(n)-0.5
	if turn {
		rotateX(p)
		// The first name, turned, reaches left of its slot: widen the
		// category axis on the left rather than pad (padding would part
		// the axes).
		r := p.X.Tick.Label.Rectangle(ticks[0].Label)
		if need := -r.Min.X - slot/2 - 30*vg.Inch/72; need > 0 {
			p.X.Min -= float64(need / slot)
		}
	}
	p.Y.Tick.Marker = dataTicker(wholeSeries(spec))
	return nil
}

// specHBars draws one series as horizontal bars, the first category at
// the top: increases red to the right of zero, decreases green to the
// left.
func (c *Chart) specHBars(spec *present.ChartSpec, opt Options) error {
	th := c.th
	n := len(spec.Categories)
	if n == 0 || len(spec.Series) == 0 {
		return noData(c.Name, "no categories")
	}
	s := spec.Series[0]
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
	for j := range n {
		pos := float64(n - 1 - j)
		names[n-1-j] = spec.Categories[j]
		if j >= len(s.Values) || j >= len(s.Defined) || !s.Defined[j] {
			continue
		}
		v := s.Values[j]
		b.items = append(b.items, signedBar(pos, half, v))
		if j < len(s.Labels) && s.Labels[j] != "" {
			ls = append(ls, signedLabel(pos, v, s.Labels[j], sty, gap))
		}
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
	p.X.Padding, p.Y.Padding = 0, 0
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	p.X.Tick.Marker = dataTicker(false)
	labelRoom(th, p, ticks, b, ls, opt)
	if s.Name != "" && spec.Unit != "" {
		p.X.Label.Text = s.Name + "（" + spec.Unit + "）"
	}
	return nil
}

// specTrend draws each series as a line over spec.Years, broken where a
// year has no value, with the values as they are.
func (c *Chart) specTrend(spec *present.ChartSpec, opt Options) error {
	th := c.th
	if len(spec.Years) == 0 {
		return noData(c.Name, "no years")
	}
	var segs lines
	for si, s := range spec.Series {
		col, shape := palette[si%len(palette)], shapes[si%len(shapes)]
		line := draw.LineStyle{Color: col, Width: vg.Points(1.5)}
		glyph := draw.GlyphStyle{Color: col, Radius: vg.Points(2.5), Shape: shape}
		cur := segment{line: line, glyph: glyph}
		flush := func() {
			if len(cur.xs) > 0 {
				segs = append(segs, cur)
			}
			cur = segment{line: line, glyph: glyph}
		}
		for j, y := range spec.Years {
			ok := j < len(s.Values) && j < len(s.Defined) && s.Defined[j]
			if !ok || (j > 0 && y != spec.Years[j-1]+1) {
				flush()
			}
			if ok {
				cur.xs = append(cur.xs, float64(y))
				cur.ys = append(cur.ys, s.Values[j])
			}
		}
		flush()
		if spec.Legend {
			lbl, cut := shorten(s.Name, 24)
			if cut {
				c.Notes = append(c.Notes, shortNote)
			}
			c.legend = append(c.legend, legendEntry{label: lbl, color: col, line: true, glyph: shape})
		}
	}
	if !spec.Legend && len(spec.Series) == 1 && spec.Series[0].Name != "" {
		// No legend for one line: the unit line names it.
		c.Subtitle = strings.TrimSuffix(c.Subtitle+"；"+spec.Series[0].Name, "；")
	}
	p := th.newPlot()
	c.Plot = p
	grid := plotter.NewGrid()
	grid.Vertical.Color = nil
	grid.Horizontal.Color = light
	p.Add(grid, segs)
	c.added = []plot.Plotter{grid, segs}
	first, last := spec.Years[0], spec.Years[len(spec.Years)-1]
	step := 1
	if span := last - first + 1; span > 12 {
		step = (span + 11) / 12
	}
	var ticks []plot.Tick
	for y := first; y <= last; y++ {
		lbl := ""
		if (y-first)%step == 0 {
			lbl = strconv.Itoa(y)
		}
		ticks = append(ticks, plot.Tick{Value: float64(y), Label: lbl})
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
	p.X.Min, p.X.Max = float64(first)-0.3, float64(last)+0.3
	p.X.Padding, p.Y.Padding = 0, 0
	// The value axis ends on ticks, with room for the markers inside it:
	// a marker on the frame would make gonum pad the data area, and the
	// axes would no longer meet.
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, sg := range segs {
		for _, v := range sg.ys {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	if lo == hi {
		lo, hi = lo-1, hi+1
	}
	st := niceStep((hi - lo) / 5)
	room := (hi - lo) * 0.04
	p.Y.Min = math.Floor((lo-room)/st+1e-9) * st
	p.Y.Max = math.Ceil((hi+room)/st-1e-9) * st
	if lo >= 0 && p.Y.Min < 0 {
		p.Y.Min = 0
	}
	p.Y.Tick.Marker = dataTicker(wholeSeries(spec))
	return nil
}

// labelRoom widens the value range of horizontal bars so that their
// value labels fall inside it: a label beyond it would make gonum pad the
// data area, part the axes and run into the names. The range ends on
// ticks.
func labelRoom(th *theme, p *plot.Plot, names []plot.Tick, b *bars, ls labels, opt Options) {
	nameW := vg.Length(0)
	tsty := th.style(tickSize, black)
	for _, tk := range names {
		for _, l := range strings.Split(tk.Label, "\n") {
			nameW = max(nameW, tsty.Width(l))
		}
	}
	w, _ := opt.size()
	plotW := w - 2*margin - nameW - 20*vg.Inch/72
	lo, hi := 0.0, 0.0
	for _, it := range b.items {
		lo, hi = math.Min(lo, it.hi), math.Max(hi, it.hi)
	}
	if lo == hi {
		hi = 1
	}
	if plotW > 40 {
		for range 3 { // the room depends on the range it widens
			span := hi - lo
			nlo, nhi := 0.0, 0.0
			for _, l := range ls {
				need := float64((l.sty.Width(l.text)+vg.Points(5))/plotW) * span
				nlo, nhi = math.Min(nlo, l.x-need*btof(l.x < 0)), math.Max(nhi, l.x+need*btof(l.x >= 0))
			}
			lo, hi = math.Min(lo, nlo), math.Max(hi, nhi)
		}
	}
	st := niceStep((hi - lo) / 5)
	p.X.Min = math.Floor(lo/st+1e-9) * st
	p.X.Max = math.Ceil(hi/st-1e-9) * st
}

func btof(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
