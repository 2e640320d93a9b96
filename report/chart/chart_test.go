package chart

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image"
	"image/color"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
)

// twoYears builds a dataset of (name, unit, previous, current) rows for
// 2021 and 2022.
func twoYears(t *testing.T, rows ...any) *analysis.Table {
	t.Helper()
	d := &analysis.Dataset{Source: "测试数据"}
	for i := 0; i+3 < len(rows); i += 4 {
		ind := d.Indicator("测试", rows[i].(string), rows[i+1].(string))
		for j, y := range []int{2021, 2022} {
			if v, ok := rows[i+2+j].(float64); ok {
				if err := ind.Set(analysis.Point{Year: y, Value: v}); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	return analyze(t, d)
}

// diffRows renders c twice, the second time after change, and returns the
// rows (y) of the pixels that differ.
func diffRows(t *testing.T, c *Chart, opt Options, change func()) []int {
	t.Helper()
	a := decodePNG(t, c, opt)
	change()
	b := decodePNG(t, c, opt)
	var ys []int
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			if a.At(x, y) != b.At(x, y) {
				ys = append(ys, y)
			}
		}
	}
	return ys
}

// blankLabels replaces the category labels of an axis's ticks with spaces
// of the same rune count, which keeps the layout and removes the ink.
func blankLabels(a *plot.Axis) {
	ticks := slices.Clone(a.Tick.Marker.(plot.ConstantTicks))
	for i := range ticks {
		ticks[i].Label = strings.Map(func(r rune) rune {
			if r == '\n' {
				return r
			}
			return ' '
		}, ticks[i].Label)
	}
	a.Tick.Marker = plot.ConstantTicks(ticks)
}

func TestGroupedBarsSamplePNG(t *testing.T) {
	f := testFont(t)
	tab := analyze(t, loadSample(t))
	c, err := GroupedBars(tab, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "grouped" || c.Unit != "户" {
		t.Errorf("chart %q in unit %q, want grouped in 户 (the only indicator with 2021 and 2022)", c.Name, c.Unit)
	}
	if !strings.Contains(c.Source, "湛江经开区") {
		t.Errorf("source note %q does not name the dataset's source", c.Source)
	}
	img := decodePNG(t, c, Options{})
	if b := img.Bounds(); b.Dx() != 800 || b.Dy() != 500 {
		t.Fatalf("PNG is %d×%d, want 800×500", b.Dx(), b.Dy())
	}
	if f := ink(img, img.Bounds()); f < 0.02 || f > 0.6 {
		t.Errorf("ink covers %.3f of the image: blank or flooded", f)
	}
	if f := ink(img, image.Rect(200, 0, 600, 45)); f < 0.01 {
		t.Errorf("title region has ink %.4f: title not drawn", f)
	}
	// The bars: the current year's colour is on the canvas.
	if n := countColor(img, currColor); n < 500 {
		t.Errorf("%d pixels of the current-year colour, want a bar", n)
	}
	// The indicator name is drawn below the plot, and nowhere else.
	ys := diffRows(t, c, Options{}, func() { blankLabels(&c.Plot.X) })
	if len(ys) < 50 {
		t.Fatalf("blanking the x tick labels changed %d pixels: the Chinese labels are not drawn", len(ys))
	}
	for _, y := range ys {
		if y < 375 {
			t.Fatalf("blanking the x tick labels changed row %d, above the axis region", y)
		}
	}
}

// countColor counts pixels of exactly colour c.
func countColor(img image.Image, c color.Color) int {
	r0, g0, b0, _ := c.RGBA()
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bb, _ := img.At(x, y).RGBA()
			if r == r0 && g == g0 && bb == b0 {
				n++
			}
		}
	}
	return n
}

func TestGrowthBarsLabelsAndOrder(t *testing.T) {
	f := testFont(t)
	tab := twoYears(t,
		"新增市场主体", "户", 4000.0, 4698.0, // +17.45%
		"行政处罚案件", "件", 100.0, 80.0, // −20%
		"法律援助案件", "件", 0.0, 12.0, // zero base: not drawn
		"调解涉及金额", "万元", 1000.0, 1210.0, // +21%
		"网办率", "%", 95.0, 100.0, // a rate: not on this chart
		"信息公开申请", "件", nil, 29.0, // missing previous
	)
	c, err := GrowthBars(tab, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	ticks := c.Plot.Y.Tick.Marker.(plot.ConstantTicks)
	// Top of the chart (highest position) first.
	var names []string
	for i := len(ticks) - 1; i >= 0; i-- {
		names = append(names, ticks[i].Label)
	}
	want := []string{"调解涉及金额", "新增市场主体", "行政处罚案件"}
	if !slices.Equal(names, want) {
		t.Errorf("bars top to bottom %q, want %q", names, want)
	}
	var texts []string
	for _, p := range plotters(c) {
		if ls, ok := p.(labels); ok {
			for _, l := range ls {
				texts = append(texts, l.text)
			}
		}
		if b, ok := p.(*bars); ok {
			for _, it := range b.items {
				if (it.hi < 0) != (it.color == downColor) {
					t.Errorf("bar of %v has colour %v", it.hi, it.color)
				}
			}
		}
	}
	slices.Sort(texts)
	if want := []string{"+17.45%", "+21.00%", "-20.00%"}; !slices.Equal(texts, want) {
		t.Errorf("value labels %q, want %q", texts, want)
	}
	notes := strings.Join(c.Notes, "\n")
	if !strings.Contains(notes, "法律援助案件") || !strings.Contains(notes, "上年为0") {
		t.Errorf("notes %q do not name the zero-base indicator", notes)
	}
	if !strings.Contains(notes, "另有1项") {
		t.Errorf("notes %q do not count the indicator missing a year", notes)
	}
	img := decodePNG(t, c, Options{})
	if countColor(img, downColor) < 200 || countColor(img, upColor) < 200 {
		t.Errorf("growth and decline colours not both drawn")
	}
	ys := diffRows(t, c, Options{}, func() { blankLabels(&c.Plot.Y) })
	if len(ys) < 50 {
		t.Errorf("blanking the indicator names changed %d pixels: names not drawn", len(ys))
	}
}

// plotters returns the plotters the chart added to its plot (gonum keeps
// its list unexported).
func plotters(c *Chart) []plot.Plotter { return c.added }

func TestPPBars(t *testing.T) {
	f := testFont(t)
	tab := twoYears(t,
		"网办率", "%", 95.0, 100.0,
		"即办件占比", "%", 98.5, 98.06,
		"新增市场主体", "户", 4000.0, 4698.0,
	)
	c, err := PPBars(tab, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range plotters(c) {
		if ls, ok := p.(labels); ok {
			for _, l := range ls {
				texts = append(texts, l.text)
			}
		}
	}
	slices.Sort(texts)
	if want := []string{"+5.00个百分点", "-0.44个百分点"}; !slices.Equal(texts, want) {
		t.Errorf("labels %q, want %q", texts, want)
	}
	if !strings.Contains(c.Title+c.Subtitle, "百分点") {
		t.Errorf("title %q / subtitle %q do not say percentage points", c.Title, c.Subtitle)
	}
	decodePNG(t, c, Options{})
}

func TestNoData(t *testing.T) {
	f := testFont(t)
	opt := Options{Font: f}
	single := analyze(t, func() *analysis.Dataset {
		d := &analysis.Dataset{}
		_ = d.Indicator("s", "网办率", "%").Set(analysis.Point{Year: 2022, Value: 100})
		_ = d.Indicator("s", "事项", "项").Set(analysis.Point{Year: 2022, Value: 4862})
		return d
	}())
	// Rows without values, their figures undefined as Analyze leaves them
	// (a zero Figure would be a defined 0).
	none := analysis.Figure{Reason: analysis.MissingCurrent}
	allMissing := &analysis.Table{Year: 2022, PreviousYear: 2021, Rows: []analysis.Row{
		{Indicator: &analysis.Indicator{Name: "甲", Unit: "件"}, Kind: analysis.KindCount, Change: none, Growth: none, PP: none},
		{Indicator: &analysis.Indicator{Name: "乙", Unit: "%"}, Kind: analysis.KindRate, Change: none, Growth: none, PP: none},
	}}
	zeroOnly := twoYears(t, "法律援助案件", "件", 0.0, 12.0)
	for name, tab := range map[string]*analysis.Table{
		"nil": nil, "empty": {}, "single year": single, "all missing": allMissing,
	} {
		for cname, build := range map[string]func(*analysis.Table, Options) (*Chart, error){
			"grouped": GroupedBars, "growth": GrowthBars, "pp": PPBars,
		} {
			c, err := build(tab, opt)
			if !errors.Is(err, ErrNoData) || c != nil {
				t.Errorf("%s %s: chart %v, error %v; want ErrNoData", name, cname, c, err)
			}
		}
		if cs, err := Standard(tab, opt); !errors.Is(err, ErrNoData) || cs != nil {
			t.Errorf("%s Standard: %d charts, error %v; want ErrNoData", name, len(cs), err)
		}
	}
	_, err := GrowthBars(zeroOnly, opt)
	if !errors.Is(err, ErrNoData) || !strings.Contains(err.Error(), "上年为0") {
		t.Errorf("growth of a zero base only: %v; want ErrNoData saying 上年为0", err)
	}
	// The zero base still has both values: a grouped chart can show it.
	if _, err := GroupedBars(zeroOnly, opt); err != nil {
		t.Errorf("grouped bars of 0 → 12: %v", err)
	}
	if _, err := Trend(nil, nil, opt); !errors.Is(err, ErrNoData) {
		t.Errorf("trend of nil dataset: %v", err)
	}
	if _, err := Trend(single.Dataset, nil, opt); !errors.Is(err, ErrNoData) {
		t.Errorf("trend of a single year: %v", err)
	}
	var nilChart *Chart
	if err := nilChart.PNG(io.Discard, opt); !errors.Is(err, ErrNoData) {
		t.Errorf("PNG of nil chart: %v", err)
	}
}

func TestOneIndicatorAndNegative(t *testing.T) {
	f := testFont(t)
	tab := twoYears(t, "行政处罚案件", "件", 1052.0, 731.0)
	for _, build := range []func(*analysis.Table, Options) (*Chart, error){GroupedBars, GrowthBars} {
		c, err := build(tab, Options{Font: f})
		if err != nil {
			t.Fatal(err)
		}
		img := decodePNG(t, c, Options{})
		if ink(img, img.Bounds()) < 0.01 {
			t.Errorf("%s: nearly blank", c.Name)
		}
		var svg bytes.Buffer
		if err := c.SVG(&svg, Options{}); err != nil {
			t.Fatal(err)
		}
		if s := svg.String(); strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
			t.Errorf("%s: SVG contains NaN or Inf", c.Name)
		}
	}
}

func TestMaxBars(t *testing.T) {
	f := testFont(t)
	tab := analyze(t, oneUnit(25))
	c, err := GroupedBars(tab, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.Plot.X.Tick.Marker.(plot.ConstantTicks)); n != DefaultMaxBars {
		t.Errorf("%d bars groups, want %d", n, DefaultMaxBars)
	}
	if !strings.Contains(c.Subtitle, "共25项") {
		t.Errorf("subtitle %q does not say 25 indicators exist", c.Subtitle)
	}
	// 20 names do not fit level: they are turned, and none is cut off
	// at the left edge (the first column of pixels stays white).
	if c.Plot.X.Tick.Label.Rotation == 0 {
		t.Errorf("20 long names not rotated")
	}
	img := decodePNG(t, c, Options{})
	if ink(img, image.Rect(0, 0, 4, 500)) > 0 {
		t.Errorf("ink at the left edge: a label is cut off")
	}
	g, err := GrowthBars(tab, Options{Font: f, MaxBars: 5})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(g.Plot.Y.Tick.Marker.(plot.ConstantTicks)); n != 5 {
		t.Errorf("MaxBars 5: %d bars", n)
	}
}

func TestTrend(t *testing.T) {
	f := testFont(t)
	d := mixedData(30, 2018, 2019, 2020, 2021, 2022)
	// Mixed units: indexed.
	c, err := Trend(d, nil, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	if c.Unit != "指数" || len(c.legend) != DefaultMaxLines {
		t.Errorf("mixed units: unit %q with %d series; want an index of %d", c.Unit, len(c.legend), DefaultMaxLines)
	}
	// One unit: the values as they are, ticks in the data's own unit (个),
	// without a 万 that the unit line would not say.
	var same []*analysis.Indicator
	for _, ind := range d.Indicators {
		if ind.Unit == "个" {
			same = append(same, ind)
		}
	}
	c, err = Trend(d, same, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	if c.Unit != "个" {
		t.Errorf("one unit: chart unit %q", c.Unit)
	}
	writeDebug(t, c, "trend-one-unit", Options{})
	ticks := c.Plot.Y.Tick.Marker.Ticks(0, 5e6)
	if slices.ContainsFunc(ticks, func(tk plot.Tick) bool { return strings.ContainsAny(tk.Label, "万亿") }) ||
		!slices.ContainsFunc(ticks, func(tk plot.Tick) bool { return tk.Label == "1000000" }) {
		t.Errorf("ticks of 0..5e6 个: %v, want plain figures such as 1000000", ticks)
	}
	if c.Subtitle != "单位：个" {
		t.Errorf("unit line %q, want 单位：个", c.Subtitle)
	}
	img := decodePNG(t, c, Options{})
	if ink(img, img.Bounds()) < 0.01 {
		t.Error("trend nearly blank")
	}
	// A series starting at zero cannot be indexed: left out with a note.
	z := &analysis.Dataset{}
	a := z.Indicator("s", "甲", "件")
	_ = a.Set(analysis.Point{Year: 2020, Value: 0})
	_ = a.Set(analysis.Point{Year: 2021, Value: 5})
	b := z.Indicator("s", "乙", "万元")
	_ = b.Set(analysis.Point{Year: 2020, Value: 10})
	_ = b.Set(analysis.Point{Year: 2021, Value: 12})
	c, err = Trend(z, nil, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(c.Notes, ""), "甲") {
		t.Errorf("notes %q do not name the series with a zero first value", c.Notes)
	}
}

func TestSVG(t *testing.T) {
	f := testFont(t)
	tab := analyze(t, loadSample(t))
	c, err := GrowthBars(tab, Options{Font: f, Source: "资料来源:湛江经开区2022年法治政府建设年度报告"})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := c.SVG(&buf, Options{}); err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
	var texts []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG does not parse as XML: %v", err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			texts = append(texts, string(cd))
		}
	}
	all := strings.Join(texts, "")
	for _, want := range []string{c.Title, "实有各类市场主体", "+12.33%", "湛江经开区2022年"} {
		if !strings.Contains(all, want) {
			t.Errorf("SVG text lacks %q", want)
		}
	}
}

func TestHighDPI(t *testing.T) {
	f := testFont(t)
	c, err := GroupedBars(analyze(t, loadSample(t)), Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	img := decodePNG(t, c, Options{DPI: 200})
	if b := img.Bounds(); b.Dx() != 1667 || b.Dy() != 1042 {
		t.Errorf("200 DPI PNG is %d×%d, want 1667×1042 (800×500 × 200/96)", b.Dx(), b.Dy())
	}
	if err := c.PNG(io.Discard, Options{DPI: 5000}); err == nil {
		t.Error("5000 DPI accepted")
	}
	for _, o := range []Options{{Width: vg.Length(math.Inf(1)), Height: 300}, {Width: 1e6, Height: 1e6}} {
		if err := c.PNG(io.Discard, o); err == nil {
			t.Errorf("PNG of %v × %v accepted", o.Width, o.Height)
		}
		if err := c.SVG(io.Discard, o); err == nil {
			t.Errorf("SVG of %v × %v accepted", o.Width, o.Height)
		}
	}
	if err := c.PNG(io.Discard, Options{Width: vg.Length(math.NaN()), Height: 300}); err != nil {
		t.Errorf("NaN width (the default): %v", err)
	}
	if err := c.PNG(io.Discard, Options{Width: 30, Height: 30}); err == nil {
		t.Error("a 30 pt chart with title and notes rendered without error")
	}
}

func TestMissingGlyphs(t *testing.T) {
	const droid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
	if _, err := os.Stat(droid); err != nil {
		if requireTools() {
			t.Fatalf("%s: %v (apt-get install fonts-droid-fallback)", droid, err)
		}
		t.Skipf("%s: %v", droid, err)
	}
	df, err := font.Load(droid, 0)
	if err != nil {
		t.Fatal(err)
	}
	tab := analyze(t, loadSample(t))
	for name, build := range map[string]func(*analysis.Table, Options) (*Chart, error){
		"grouped": GroupedBars, "growth": GrowthBars,
	} {
		c, err := build(tab, Options{Font: df})
		var mg *font.MissingGlyphsError
		if !errors.As(err, &mg) {
			t.Fatalf("%s with Droid Sans Fallback (no ASCII digits): chart %v, error %v; want MissingGlyphsError", name, c, err)
		}
		if !slices.Contains(mg.Runes, '2') {
			t.Errorf("%s: missing runes %q do not include the digit 2", name, mg.Runes)
		}
	}
	// A Latin font has no Chinese: the error names the ideographs.
	const dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
	if lf, err := font.Load(dejavu, 0); err != nil {
		if requireTools() {
			t.Fatalf("%s: %v (apt-get install fonts-dejavu-core)", dejavu, err)
		}
		t.Logf("skipping the Latin font case: %v", err)
	} else {
		_, err := GrowthBars(tab, Options{Font: lf})
		var mg *font.MissingGlyphsError
		if !errors.As(err, &mg) || !slices.Contains(mg.Runes, '实') {
			t.Errorf("growth chart with DejaVu Sans: %v; want a MissingGlyphsError naming '实'", err)
		}
	}
	// A character above U+FFFF that the font lacks: an error, no panic.
	f := testFont(t)
	rare := twoYears(t, "𠮷野门店", "个", 3.0, 4.0)
	if _, err := GroupedBars(rare, Options{Font: f}); f.Covers("𠮷") != nil && err == nil {
		t.Error("a name with U+20BB7, which the font lacks, drew without error")
	}
	// A source note the font cannot draw fails at render time.
	c, err := GroupedBars(tab, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	if f.Covers("𠮷") != nil {
		if err := c.PNG(io.Discard, Options{Source: "资料来源:𠮷"}); err == nil {
			t.Error("a source note with a missing glyph rendered")
		}
	}
}

func TestNoGlobalState(t *testing.T) {
	f := testFont(t)
	before, beforeLabels := plot.DefaultFont, plotter.DefaultFont
	tab := analyze(t, mixedData(12, 2020, 2021, 2022))
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cs, err := Standard(tab, Options{Font: f})
			if err != nil {
				errs <- err
				return
			}
			for _, c := range cs {
				if err := c.PNG(io.Discard, Options{}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if plot.DefaultFont != before || plotter.DefaultFont != beforeLabels {
		t.Error("gonum/plot's package-level default font changed")
	}
}

func TestLongNames(t *testing.T) {
	f := testFont(t)
	long := "关于推进法治政府建设示范创建活动中各镇街综合行政执法事项下放情况的专项督查整改落实"
	var rows []any
	for i := 0; i < 12; i++ {
		rows = append(rows, long+string(rune('甲'+i)), "件", float64(100+i), float64(120+i*3))
	}
	tab := twoYears(t, rows...)
	for _, build := range []func(*analysis.Table, Options) (*Chart, error){GroupedBars, GrowthBars} {
		c, err := build(tab, Options{Font: f})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(c.Notes, shortNote) {
			t.Errorf("%s: names of %d characters drawn without shortening note; notes %q", c.Name, runeLen(long)+1, c.Notes)
		}
		img := decodePNG(t, c, Options{})
		writeDebug(t, c, "long-"+c.Name, Options{})
		// Nothing runs off the left or right edge.
		for _, r := range []image.Rectangle{image.Rect(0, 0, 5, 500), image.Rect(795, 0, 800, 500)} {
			if ink(img, r) > 0 {
				t.Errorf("%s: ink at the edge %v: a label is cut off", c.Name, r)
			}
		}
	}
	// One indicator with a long name: in full (the slot is the plot's width).
	one := twoYears(t, long, "件", 1.0, 2.0)
	c, err := GroupedBars(one, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	lbl := c.Plot.X.Tick.Marker.(plot.ConstantTicks)[0].Label
	if strings.ReplaceAll(lbl, "\n", "") != long {
		t.Errorf("one long name: label %q, want it whole", lbl)
	}
}

// TestStylesUseCJKFace checks that every text style of every chart's plot
// names the chart's face and uses the chart's own handler, whose cache
// holds the CJK font: nothing falls back to gonum/plot's Liberation default.
func TestStylesUseCJKFace(t *testing.T) {
	f := testFont(t)
	charts, err := Standard(analyze(t, mixedData(12, 2020, 2021, 2022)), Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range charts {
		p := c.Plot
		styles := map[string]text.Style{
			"title": p.Title.TextStyle, "legend": p.Legend.TextStyle,
			"x label": p.X.Label.TextStyle, "y label": p.Y.Label.TextStyle,
			"x ticks": p.X.Tick.Label, "y ticks": p.Y.Tick.Label,
		}
		for _, a := range c.added {
			if ls, ok := a.(labels); ok && len(ls) > 0 {
				styles["value labels"] = ls[0].sty
			}
		}
		for name, sty := range styles {
			if sty.Font.Typeface != typeface {
				t.Errorf("%s %s: typeface %q", c.Name, name, sty.Font.Typeface)
			}
			h, ok := sty.Handler.(text.Plain)
			if !ok {
				t.Errorf("%s %s: handler %T", c.Name, name, sty.Handler)
				continue
			}
			if face := h.Fonts.Lookup(sty.Font, sty.Font.Size); face.Face != f.OpenType {
				t.Errorf("%s %s: the handler's face is not the CJK font", c.Name, name)
			}
		}
	}
}

func TestDrawOnCanvas(t *testing.T) {
	f := testFont(t)
	c, err := GroupedBars(analyze(t, loadSample(t)), Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	cv := vgimg.NewWith(vgimg.UseWH(DefaultWidth, DefaultHeight), vgimg.UseDPI(DefaultDPI))
	if err := c.Draw(cv, Options{}); err != nil {
		t.Fatal(err)
	}
	img := cv.Image()
	if f := ink(img, img.Bounds()); f < 0.02 {
		t.Errorf("Draw left the canvas nearly blank (ink %.4f)", f)
	}
	var empty *Chart
	if err := empty.Draw(cv, Options{}); !errors.Is(err, ErrNoData) {
		t.Errorf("Draw of a nil chart: %v", err)
	}
}
