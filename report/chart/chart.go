package chart

import (
	"errors"
	"fmt"
	"image/color"
	"io"
	"strings"

	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/present"
	"gonum.org/v1/plot"
	pfont "gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Default sizes. A chart is laid out on a page of DefaultWidth ×
// DefaultHeight (600 × 375 pt), which is 800 × 500 pixels at DefaultDPI
// (96). A higher DPI gives more pixels for the same layout: 200 DPI makes a
// 1667 × 1042 PNG that looks the same, only sharper.
const (
	DefaultWidth   = 600 * vg.Inch / 72 // 600 pt
	DefaultHeight  = 375 * vg.Inch / 72 // 375 pt
	DefaultDPI     = 96
	DefaultMaxBars = 20
	// DefaultMaxLines is how many series a trend chart draws at most.
	DefaultMaxLines = 8
	// MaxDPI and MaxPixels bound a PNG, so that a typo cannot ask for a
	// gigabyte image.
	MaxDPI    = 1200
	MaxPixels = 64 << 20
)

// ErrNoData is returned (wrapped, with the reason) when a chart has nothing
// to draw: no table, no rows, or no row with the figures the chart needs.
var ErrNoData = errors.New("chart: nothing to draw")

// Options controls the charts. The zero value draws 800 × 500 pixel charts
// (600 × 375 pt at 96 DPI) with the system CJK font.
type Options struct {
	// Font draws every label. nil resolves one:
	// font.Resolve(font.Options{}, font.Raster), parsed once per process.
	Font *font.Font
	// Width and Height are the chart's size (vg lengths: 1 pt = 1/72 inch).
	// Zero: DefaultWidth × DefaultHeight. Labels are fitted (wrapped,
	// rotated) to the size given to the constructor; PNG and SVG use the
	// size of their own Options, which should be the same.
	Width, Height vg.Length
	// DPI is the PNG resolution in pixels per inch; 0: DefaultDPI (96).
	// The pixel size is Width × DPI / 72 pt.
	DPI int
	// Title replaces the chart's generated title.
	Title string
	// Source is the note printed under the chart, verbatim, e.g.
	// "资料来源:湛江经开区2022年法治政府建设年度报告". Empty: "资料来源:" and
	// the dataset's Source when it has one. Given to PNG or SVG it replaces
	// the note given to the constructor.
	Source string
	// MaxBars caps the indicators of a bar chart (0: DefaultMaxBars). When
	// there are more, the chart shows the largest (grouped bars: current
	// value; growth and percentage points: absolute change) and the
	// subtitle says how many of how many are shown.
	MaxBars int
	// MaxLines caps the series of a trend chart (0: DefaultMaxLines).
	MaxLines int
	// Unit picks the unit of GroupedBars ("户"); empty picks the unit with
	// the most indicators that have both years.
	Unit string
}

// MaxSize bounds Width and Height (100 inches).
const MaxSize = 100 * vg.Inch

// size returns the chart size; zero, negative or NaN sizes give the
// default (the constructors lay out for it; renderers check with
// checkSize first).
func (o Options) size() (w, h vg.Length) {
	w, h = o.Width, o.Height
	if !(w > 0 && h > 0) {
		w, h = DefaultWidth, DefaultHeight
	}
	return min(w, MaxSize), min(h, MaxSize)
}

// checkSize rejects sizes a renderer cannot honour.
func (o Options) checkSize(name string) error {
	if o.Width > MaxSize || o.Height > MaxSize {
		return fmt.Errorf("chart %s: size %.0f × %.0f pt larger than the maximum %.0f pt", name, o.Width.Points(), o.Height.Points(), MaxSize.Points())
	}
	return nil
}

func (o Options) dpi() int {
	if o.DPI <= 0 {
		return DefaultDPI
	}
	return o.DPI
}

func (o Options) maxBars() int {
	if o.MaxBars <= 0 {
		return DefaultMaxBars
	}
	return o.MaxBars
}

func (o Options) maxLines() int {
	if o.MaxLines <= 0 {
		return DefaultMaxLines
	}
	return o.MaxLines
}

// Chart is a chart ready to render: a gonum plot with the title, subtitle,
// legend and notes drawn around it.
type Chart struct {
	Name     string // "grouped", "growth", "growth-pp", "trend" (grouped charts of further units: "grouped-2" …)
	Title    string
	Subtitle string   // unit, and how many of how many indicators are shown
	Notes    []string // what was left out and why ("未绘制:X(上年为0,增速无意义)")
	Source   string   // the source note; see Options.Source
	Unit     string   // the unit of the values axis
	Plot     *plot.Plot

	legend []legendEntry
	th     *theme
	added  []plot.Plotter // what was added to Plot, for tests
}

// legendEntry is a swatch (a bar colour, or a line with a marker) and its
// label.
type legendEntry struct {
	label string
	color color.Color
	line  bool
	glyph draw.GlyphDrawer
}

// typeface is the name under which the CJK face is registered in each
// chart's own font cache.
const typeface pfont.Typeface = "annualstat"

// theme is the text machinery of one chart: a text handler whose font
// cache holds the CJK face. Nothing is shared through gonum/plot's package
// variables.
type theme struct {
	font *font.Font
	hdlr text.Plain
}

func newTheme(opt Options) (*theme, error) {
	f := opt.Font
	if f == nil {
		var err error
		f, err = font.Resolve(font.Options{}, font.Raster)
		if err != nil {
			return nil, fmt.Errorf("chart: %w", err)
		}
	}
	if f.OpenType == nil {
		return nil, fmt.Errorf("chart: font %s has no parsed face (OpenType is nil)", f)
	}
	cache := pfont.NewCache(pfont.Collection{{Font: pfont.Font{Typeface: typeface}, Face: f.OpenType}})
	return &theme{font: f, hdlr: text.Plain{Fonts: cache}}, nil
}

// style returns a text style of the chart's face.
func (th *theme) style(size vg.Length, c color.Color) text.Style {
	return text.Style{
		Color:   c,
		Font:    pfont.Font{Typeface: typeface, Size: size},
		Handler: th.hdlr,
		XAlign:  draw.XLeft,
		YAlign:  draw.YBottom,
	}
}

// Text sizes and colours.
const (
	titleSize    = 14 * vg.Inch / 72
	subtitleSize = 9 * vg.Inch / 72
	tickSize     = 9 * vg.Inch / 72
	axisSize     = 9 * vg.Inch / 72
	valueSize    = 8 * vg.Inch / 72
	noteSize     = 8 * vg.Inch / 72
	legendSize   = 9 * vg.Inch / 72
	margin       = 10 * vg.Inch / 72
)

var (
	black = color.Gray{Y: 0x20}
	grey  = color.Gray{Y: 0x60}
	light = color.Gray{Y: 0xdd}
)

// newPlot returns a plot whose every text style uses the chart's face and
// handler.
func (th *theme) newPlot() *plot.Plot {
	p := plot.New()
	p.BackgroundColor = nil // the chart's page is white already
	p.TextHandler = th.hdlr
	p.Title.TextStyle = th.style(titleSize, black)
	p.Title.TextStyle.XAlign, p.Title.TextStyle.YAlign = draw.XCenter, draw.YTop
	p.Legend.TextStyle = th.style(legendSize, black)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle = th.style(axisSize, grey)
		a.Label.TextStyle.XAlign = draw.XCenter
		a.Tick.Label = th.style(tickSize, black)
		a.LineStyle.Color = grey
		a.Tick.LineStyle.Color = grey
	}
	p.X.Tick.Label.XAlign, p.X.Tick.Label.YAlign = draw.XCenter, draw.YTop
	p.Y.Tick.Label.XAlign, p.Y.Tick.Label.YAlign = draw.XRight, draw.YCenter
	return p
}

// punctuate puts the chart's own texts in Chinese punctuation (SPEC §10):
// "单位：户", "注：…，…。", "比上年增长（%）".
func (c *Chart) punctuate() {
	c.Title = present.Punctuate(c.Title)
	c.Subtitle = present.Punctuate(c.Subtitle)
	c.Source = present.Punctuate(c.Source)
	for i := range c.Notes {
		c.Notes[i] = present.Punctuate(c.Notes[i])
	}
	for i := range c.legend {
		c.legend[i].label = present.Punctuate(c.legend[i].label)
	}
	if c.Plot != nil {
		c.Plot.X.Label.Text = present.Punctuate(c.Plot.X.Label.Text)
		c.Plot.Y.Label.Text = present.Punctuate(c.Plot.Y.Label.Text)
	}
}

// covers checks that the chart's font has a glyph for every rune of texts.
func (th *theme) covers(what string, texts ...string) error {
	if err := th.font.Covers(strings.Join(texts, "")); err != nil {
		return fmt.Errorf("chart: %s: %w", what, err)
	}
	return nil
}

// PNG writes the chart as a PNG of opt's size and DPI (default 800 × 500
// pixels) and, when opt has them, its Title and Source. The text is drawn
// with the font the chart was built with (opt.Font is not used).
func (c *Chart) PNG(w io.Writer, opt Options) error {
	if c == nil || c.Plot == nil || c.th == nil {
		return fmt.Errorf("chart: PNG of an empty chart: %w", ErrNoData)
	}
	if err := opt.checkSize(c.Name); err != nil {
		return err
	}
	wd, ht := opt.size()
	dpi := opt.dpi()
	if dpi > MaxDPI {
		return fmt.Errorf("chart %s: PNG at %d DPI: more than the maximum %d", c.Name, dpi, MaxDPI)
	}
	px := (wd / vg.Inch * vg.Length(dpi)) * (ht / vg.Inch * vg.Length(dpi))
	if px > MaxPixels {
		return fmt.Errorf("chart %s: PNG of %.0f × %.0f pt at %d DPI has %.0f pixels, more than the maximum %d",
			c.Name, wd.Points(), ht.Points(), dpi, float64(px), MaxPixels)
	}
	cv := vgimg.NewWith(vgimg.UseWH(wd, ht), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(color.White))
	if err := c.draw(draw.New(cv), opt, false); err != nil {
		return err
	}
	if err := encodePNG(w, cv.Image()); err != nil {
		return fmt.Errorf("chart %s: writing PNG: %w", c.Name, err)
	}
	return nil
}

// SVG writes the chart as SVG of opt's size, with opt's Title and Source
// when given. Text is written as text
// elements naming the font's family (the font is not embedded), so the
// SVG stays small and its Chinese text searchable; a viewer without the
// family substitutes another CJK font.
func (c *Chart) SVG(w io.Writer, opt Options) error {
	if c == nil || c.Plot == nil || c.th == nil {
		return fmt.Errorf("chart: SVG of an empty chart: %w", ErrNoData)
	}
	if err := opt.checkSize(c.Name); err != nil {
		return err
	}
	wd, ht := opt.size()
	cv := vgsvg.NewWith(vgsvg.UseWH(wd, ht))
	if err := c.draw(draw.New(cv), opt, true); err != nil {
		return err
	}
	if _, err := cv.WriteTo(w); err != nil {
		return fmt.Errorf("chart %s: writing SVG: %w", c.Name, err)
	}
	return nil
}

// draw lays the chart out on dc: title, subtitle and legend on top, notes
// and source at the bottom, the plot in between. gonum/plot panics on some
// inputs (a face without a family name in SVG, for one); such a panic is
// returned as an error.
func (c *Chart) draw(dc draw.Canvas, opt Options, fillBackground bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("chart %s: rendering failed: %v", c.Name, r)
		}
	}()
	th := c.th
	title := c.Title
	if opt.Title != "" {
		title = opt.Title
	}
	source := c.Source
	if opt.Source != "" {
		source = present.Punctuate(opt.Source)
	}
	if err := th.covers("chart "+c.Name+" title and notes", title, source); err != nil {
		return err
	}

	if fillBackground {
		dc.SetColor(color.White)
		dc.Fill(dc.Rectangle.Path())
	}
	inner := draw.Crop(dc, margin, -margin, margin*0.6, -margin)
	width := inner.Max.X - inner.Min.X

	// Header.
	y := inner.Max.Y
	center := (inner.Min.X + inner.Max.X) / 2
	put := func(sty text.Style, lines []string) {
		sty.XAlign, sty.YAlign = draw.XCenter, draw.YTop
		for _, l := range lines {
			dc.FillText(sty, vg.Point{X: center, Y: y}, l)
			y -= sty.Height(l) + sty.Font.Size*0.25
		}
	}
	if title != "" {
		put(th.style(titleSize, black), wrapWidth(th.style(titleSize, black), title, width))
	}
	if c.Subtitle != "" {
		put(th.style(subtitleSize, grey), wrapWidth(th.style(subtitleSize, grey), c.Subtitle, width))
	}
	if len(c.legend) > 0 {
		y = c.drawLegend(dc, inner, y)
	}

	// Footer, from the bottom up.
	noteSty := th.style(noteSize, grey)
	var foot []string
	for _, n := range c.Notes {
		foot = append(foot, wrapWidth(noteSty, n, width)...)
	}
	if source != "" {
		foot = append(foot, wrapWidth(noteSty, source, width)...)
	}
	yb := inner.Min.Y
	for i := len(foot) - 1; i >= 0; i-- {
		dc.FillText(noteSty, vg.Point{X: inner.Min.X, Y: yb}, foot[i])
		yb += noteSty.Height(foot[i]) + noteSize*0.2
	}
	if len(foot) > 0 {
		yb += noteSize * 0.4
	}

	area := draw.Crop(dc, margin, -margin*1.5, yb-dc.Min.Y, y-dc.Max.Y-margin*0.3)
	if area.Max.Y-area.Min.Y < 40 || area.Max.X-area.Min.X < 40 {
		return fmt.Errorf("chart %s: %.0f × %.0f pt leaves no room for the plot after the title and %d note lines",
			c.Name, (dc.Max.X - dc.Min.X).Points(), (dc.Max.Y - dc.Min.Y).Points(), len(foot))
	}
	c.Plot.Draw(area)
	return nil
}

// drawLegend draws the legend entries centred in rows below y and returns
// the y below them.
func (c *Chart) drawLegend(dc, inner draw.Canvas, y vg.Length) vg.Length {
	sty := c.th.style(legendSize, black)
	sty.YAlign = draw.YBottom
	sw := legendSize * 1.6 // swatch width
	gap := legendSize * 0.4
	sep := legendSize * 1.5
	width := inner.Max.X - inner.Min.X
	rowH := sty.Height("国") * 1.4
	y -= legendSize * 0.3

	type item struct {
		e legendEntry
		w vg.Length
	}
	var rows [][]item
	var rowW []vg.Length
	var cur []item
	var cw vg.Length
	for _, e := range c.legend {
		w := sw + gap + sty.Width(e.label)
		if len(cur) > 0 && cw+sep+w > width {
			rows, rowW = append(rows, cur), append(rowW, cw)
			cur, cw = nil, 0
		}
		if len(cur) > 0 {
			cw += sep
		}
		cur = append(cur, item{e, w})
		cw += w
	}
	rows, rowW = append(rows, cur), append(rowW, cw)

	for i, row := range rows {
		x := (inner.Min.X+inner.Max.X)/2 - rowW[i]/2
		yc := y - rowH/2
		// Centre the ideographs, not the font's line box, on the swatch:
		// an ideograph spans about -0.12 to 0.88 em around the baseline, so
		// the baseline goes 0.38 em below the centre. With YBottom,
		// gonum's plain handler puts the baseline at y - ascent + size.
		base := yc - 0.38*legendSize + sty.FontExtents().Ascent - legendSize
		for _, it := range row {
			if it.e.line {
				ls := draw.LineStyle{Color: it.e.color, Width: vg.Points(1.5)}
				dc.StrokeLine2(ls, x, yc, x+sw, yc)
				if it.e.glyph != nil {
					dc.DrawGlyph(draw.GlyphStyle{Color: it.e.color, Radius: vg.Points(2.5), Shape: it.e.glyph}, vg.Point{X: x + sw/2, Y: yc})
				}
			} else {
				h := legendSize * 0.8
				dc.SetColor(it.e.color)
				dc.Fill(vg.Rectangle{Min: vg.Point{X: x, Y: yc - h/2}, Max: vg.Point{X: x + sw, Y: yc + h/2}}.Path())
			}
			dc.FillText(sty, vg.Point{X: x + sw + gap, Y: base}, it.e.label)
			x += it.w + sep
		}
		y -= rowH
	}
	return y
}

// wrapWidth breaks s into lines no wider than width in style sty, at rune
// boundaries (Chinese has no spaces to break at), preferring to break
// after punctuation.
func wrapWidth(sty text.Style, s string, width vg.Length) []string {
	if sty.Width(s) <= width {
		return []string{s}
	}
	var out []string
	rs := []rune(s)
	for len(rs) > 0 {
		n := 1
		for n < len(rs) && sty.Width(string(rs[:n+1])) <= width {
			n++
		}
		if n < len(rs) {
			// Prefer a break after punctuation in the last third.
			for k := n; k > n*2/3; k-- {
				if strings.ContainsRune(",\uff0c\u3002;\uff1b\u3001:\uff1a)\uff09", rs[k-1]) {
					n = k
					break
				}
			}
		}
		out = append(out, string(rs[:n]))
		rs = rs[n:]
	}
	return out
}
