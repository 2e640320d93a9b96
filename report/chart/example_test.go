package chart_test

import (
	"bytes"
	"fmt"
	"image/png"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/fonttest"
	"github.com/annualstat/annualstat/report/chart"
	"github.com/annualstat/annualstat/report/font"
)

// GroupedBars of two indicators in 户, rendered as the default 800×500 PNG
// with the system CJK font (on a machine without one, this example uses a
// stand-in font whose glyphs are boxes).
func ExampleGroupedBars() {
	d := &analysis.Dataset{Source: "湛江经开区2022年法治政府建设年度报告"}
	stock := d.Indicator("市场主体", "实有各类市场主体", "户")
	stock.Set(analysis.Point{Year: 2021, Value: 25564, Flags: analysis.FlagDerived})
	stock.Set(analysis.Point{Year: 2022, Value: 28716})
	added := d.Indicator("市场主体", "新增各类市场主体", "户")
	added.Set(analysis.Point{Year: 2021, Value: 4182})
	added.Set(analysis.Point{Year: 2022, Value: 4698})

	t, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// chart.Options{} resolves the system font itself; without one the
	// error says what to install.
	f, err := font.Resolve(font.Options{}, font.Raster)
	if err != nil {
		f, err = font.Parse(fonttest.TTF(), 0)
	}
	if err != nil {
		fmt.Println(err)
		return
	}
	opt := chart.Options{Font: f}
	c, err := chart.GroupedBars(t, opt)
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer // or a file, through internal/atomicfile
	if err := c.PNG(&buf, opt); err != nil {
		fmt.Println(err)
		return
	}
	img, err := png.Decode(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Title)
	fmt.Println(c.Subtitle)
	fmt.Println(c.Source)
	fmt.Println(img.Bounds().Dx(), "×", img.Bounds().Dy())
	// Output:
	// 主要指标2022年与2021年对比
	// 单位:户
	// 资料来源:湛江经开区2022年法治政府建设年度报告
	// 800 × 500
}
