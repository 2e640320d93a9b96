package chart_test

import (
	"bytes"
	"errors"
	"fmt"
	"image/png"
	"log"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/chart"
	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/present"
)

// GroupedBars of two indicators in 户, rendered as the default 800×500 PNG
// with the system CJK font. (Not run as a test: it needs a CJK font.)
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
		log.Fatal(err)
	}
	c, err := chart.GroupedBars(t, chart.Options{})
	if err != nil {
		log.Fatal(err) // e.g. no CJK font installed: the error says what to install
	}
	var buf bytes.Buffer // or a file, through internal/atomicfile
	if err := c.PNG(&buf, chart.Options{}); err != nil {
		log.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Title, img.Bounds().Dx(), "×", img.Bounds().Dy())
}

// FromSpec draws a chart the presentation specifies: what it shows and
// how it is labelled are decided by present.New, in the data's own scale
// (亿元 figures under 单位：亿元). Without a CJK font FromSpec returns an
// error wrapping font.ErrNoFont that says what to install.
func ExampleFromSpec() {
	d := &analysis.Dataset{Source: "区财政局"}
	for _, x := range []struct {
		name       string
		prev, curr float64
	}{{"一般公共预算收入", 18.6, 21.3}, {"税收收入", 12.4, 13.9}} {
		ind := d.Indicator("财政", x.name, "亿元")
		ind.Set(analysis.Point{Year: 2021, Value: x.prev})
		ind.Set(analysis.Point{Year: 2022, Value: x.curr})
	}
	t, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		log.Fatal(err)
	}
	doc := present.New(t, nil, present.Options{})
	spec := doc.Charts[0]
	fmt.Println(spec.Caption)
	fmt.Println(spec.UnitLine)
	fmt.Println("legend:", spec.Legend)

	c, err := chart.FromSpec(spec, chart.Options{})
	if errors.Is(err, font.ErrNoFont) {
		return // nothing drawn; what is printed above does not depend on it
	}
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := c.PNG(&buf, chart.Options{}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 图1 2022年与2021年主要指标对比
	// 单位：亿元
	// legend: true
}
