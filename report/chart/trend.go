package chart

import (
	"cmp"
	"fmt"
	"image/color"
	"slices"
	"strconv"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/present"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Series colours (distinguishable in colour) and marker shapes (in grey).
var (
	palette = []color.Color{
		color.RGBA{0x1f, 0x77, 0xb4, 0xff}, color.RGBA{0xff, 0x7f, 0x0e, 0xff},
		color.RGBA{0x2c, 0xa0, 0x2c, 0xff}, color.RGBA{0xd6, 0x27, 0x28, 0xff},
		color.RGBA{0x94, 0x67, 0xbd, 0xff}, color.RGBA{0x8c, 0x56, 0x4b, 0xff},
		color.RGBA{0xe3, 0x77, 0xc2, 0xff}, color.RGBA{0x7f, 0x7f, 0x7f, 0xff},
		color.RGBA{0xbc, 0xbd, 0x22, 0xff}, color.RGBA{0x17, 0xbe, 0xcf, 0xff},
	}
	shapes = []draw.GlyphDrawer{
		draw.CircleGlyph{}, draw.SquareGlyph{}, draw.TriangleGlyph{}, draw.CrossGlyph{},
		draw.PlusGlyph{}, draw.RingGlyph{}, draw.BoxGlyph{}, draw.PyramidGlyph{},
	}
)

// Trend draws the multi-year series of inds as lines with a marker at each
// year; a missing year breaks the line. When every indicator has the same
// unit the values are drawn as they are (ticks in 万/亿 for large counts and
// amounts); otherwise each series is drawn as an index of its first year
// with a value (= 100), v / v_first × 100, because values in different
// units cannot share an axis, and a series whose first value is not
// positive is left out with a note.
//
// inds nil (or empty) takes the dataset's indicators with values in at
// least two years. At most opt.MaxLines series are drawn (those with the
// most years, then in dataset order), and the subtitle says so. It is
// ErrNoData when no series has values in two years.
func Trend(d *analysis.Dataset, inds []*analysis.Indicator, opt Options) (*Chart, error) {
	if d == nil {
		return nil, noData("trend", "no dataset")
	}
	if len(inds) == 0 {
		inds = d.Indicators
	}
	var cand []*analysis.Indicator
	var tooShort []string
	for _, ind := range inds {
		if ind == nil {
			continue
		}
		if len(ind.Points) >= 2 {
			cand = append(cand, ind)
		} else {
			tooShort = append(tooShort, label1(ind.Name))
		}
	}
	if len(cand) == 0 {
		return nil, noData("trend", "no indicator has values in two or more years")
	}
	var notes []string
	unitsDiffer := func(inds []*analysis.Indicator) bool {
		for _, ind := range inds[1:] {
			if ind.Unit != inds[0].Unit {
				return true
			}
		}
		return false
	}
	// A rate is never drawn as an index: rates among indicators of other
	// units are left out (and said so), and a set of rates alone is drawn
	// as it is.
	if unitsDiffer(cand) {
		var rates, others []*analysis.Indicator
		for _, ind := range cand {
			if ind.EffectiveKind() == analysis.KindRate {
				rates = append(rates, ind)
			} else {
				others = append(others, ind)
			}
		}
		switch {
		case len(others) == 0:
			cand = rates
		case len(rates) > 0:
			cand = others
			names := make([]string, len(rates))
			for i, r := range rates {
				names[i] = label1(r.Name)
			}
			notes = append(notes, fmt.Sprintf("注：比率%s不按指数比较，未绘制。", listNames(names, 6)))
		}
	}
	total := len(cand)
	if max := opt.maxLines(); len(cand) > max {
		order := make([]int, len(cand))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(len(cand[b].Points), len(cand[a].Points)) })
		order = order[:max]
		slices.Sort(order)
		sel := make([]*analysis.Indicator, len(order))
		for i, k := range order {
			sel[i] = cand[k]
		}
		cand = sel
	}

	sameUnit := !unitsDiffer(cand)
	if len(inds) != len(d.Indicators) && len(tooShort) > 0 {
		notes = append(notes, fmt.Sprintf("注:%s只有一年数据,未绘制。", listNames(tooShort, 6)))
	}

	th, err := newTheme(opt)
	if err != nil {
		return nil, err
	}
	c := &Chart{Name: "trend", th: th}
	if d.Source != "" {
		c.Source = "资料来源：" + d.Source
	}
	if opt.Source != "" {
		c.Source = opt.Source
	}

	var segs lines
	var badBase []string
	var shortened bool
	var baseYears []int // of each drawn series, for the index's legend
	first, last := 0, 0
	kind := cand[0].EffectiveKind()
	for _, ind := range cand {
		base := ind.Points[0].Value
		if !sameUnit && base <= 0 {
			badBase = append(badBase, label1(ind.Name))
			continue
		}
		k := len(c.legend)
		col, shape := palette[k%len(palette)], shapes[k%len(shapes)]
		line := draw.LineStyle{Color: col, Width: vg.Points(1.5)}
		glyph := draw.GlyphStyle{Color: col, Radius: vg.Points(2.5), Shape: shape}
		var cur segment
		flush := func() {
			if len(cur.xs) > 0 {
				segs = append(segs, cur)
			}
			cur = segment{line: line, glyph: glyph}
		}
		flush()
		for i, pt := range ind.Points {
			if i > 0 && pt.Year != ind.Points[i-1].Year+1 {
				flush()
			}
			v := pt.Value
			if !sameUnit {
				v = v / base * 100
			}
			cur.xs = append(cur.xs, float64(pt.Year))
			cur.ys = append(cur.ys, v)
			if first == 0 || pt.Year < first {
				first = pt.Year
			}
			if pt.Year > last {
				last = pt.Year
			}
		}
		flush()
		lbl, cut := shorten(label1(ind.Name), 24)
		shortened = shortened || cut
		c.legend = append(c.legend, legendEntry{label: lbl, color: col, line: true, glyph: shape})
		baseYears = append(baseYears, ind.Points[0].Year)
	}
	if len(badBase) > 0 {
		notes = append(notes, fmt.Sprintf("注:%s首年数值不为正,无法计算指数,未绘制。", listNames(badBase, 6)))
	}
	if len(segs) == 0 {
		return nil, noData("trend", "no series has a positive first value to index")
	}
	if shortened {
		notes = append(notes, shortNote)
	}
	c.Notes = notes

	c.Title = fmt.Sprintf("主要指标变化趋势(%d—%d年)", first, last)
	if opt.Title != "" {
		c.Title = opt.Title
	}
	if sameUnit {
		c.Unit = cand[0].Unit
		c.Subtitle = "单位：" + unitLabel(cand[0].Unit)
	} else {
		c.Unit = "指数"
		if slices.Min(baseYears) == slices.Max(baseYears) {
			c.Subtitle = fmt.Sprintf("指数:%d年=100(各指标单位不同,按指数比较)", baseYears[0])
		} else {
			c.Subtitle = "指数:各指标首个有数据年份=100(单位不同,按指数比较)"
			for i := range c.legend {
				c.legend[i].label += "(" + strconv.Itoa(baseYears[i]) + "=100)"
			}
		}
	}
	if len(cand) < total {
		c.Subtitle += fmt.Sprintf(";共%d项,显示数据年份最多的%d项", total, len(cand))
	}

	p := th.newPlot()
	c.Plot = p
	grid := plotter.NewGrid()
	grid.Vertical.Color = nil
	grid.Horizontal.Color = light
	p.Add(grid, segs)
	c.added = []plot.Plotter{grid, segs}

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
	if sameUnit {
		p.Y.Tick.Marker = dataTicker(kind == analysis.KindCount)
	} else {
		p.Y.Tick.Marker = valueTicker{format: func(v float64) string { return trimZeros(analysis.FormatFixed(v, 1)) }}
	}

	// One series: its name in the unit line, no legend.
	if len(c.legend) == 1 {
		c.Subtitle += "；" + c.legend[0].label
		c.legend = nil
	}
	c.punctuate()
	texts := []string{c.Title, c.Subtitle, tickRunes, "()=…（）"}
	texts = append(texts, c.Notes...)
	for _, e := range c.legend {
		texts = append(texts, e.label)
	}
	for _, t := range ticks {
		texts = append(texts, t.Label)
	}
	if err := th.covers("trend chart labels", texts...); err != nil {
		return nil, err
	}
	return c, nil
}

// Standard returns the charts a statistical appendix shows for t: every
// chart the presentation specifies (present.New with the charts "all"),
// drawn by FromSpec, in its order: grouped bars of the unit with the most
// comparable indicators ("grouped"), grouped bars of each further unit
// with at least two ("grouped-2", …), growth bars ("growth"),
// percentage-point bars of the rates ("growth-pp") and, when the dataset
// has three or more years, the trend of one unit, never indexed
// ("trend"). opt.Source, when set, replaces the source line; opt.Title is
// ignored (each chart keeps its own). Standard returns ErrNoData when no
// chart can be drawn at all, and any other error (a font without the
// glyphs, say) at once.
func Standard(t *analysis.Table, opt Options) ([]*Chart, error) {
	if t == nil || len(t.Rows) == 0 {
		return nil, noData("standard", "the table has no rows")
	}
	mb, ml := opt.MaxBars, opt.MaxLines
	doc := present.New(t, nil, present.Options{Charts: []string{"all"}, MaxBars: mb, MaxLines: ml})
	opt.Title = "" // one title for every chart would mislabel all but one
	out, err := FromDocument(doc, opt)
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, noData("standard", "no indicator has values for two years")
	}
	return out, nil
}
