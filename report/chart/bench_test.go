package chart

import (
	"io"
	"testing"

	"github.com/annualstat/annualstat/report/font"
)

// BenchmarkGroupedPNG800x500 builds and renders one grouped chart of 12
// indicators (24 bars, turned names, value labels) as an 800×500 PNG.
// Target: under 20 ms.
func BenchmarkGroupedPNG800x500(b *testing.B) {
	f := testFont(b)
	tab := analyze(b, oneUnit(12))
	b.ReportAllocs()
	for b.Loop() {
		c, err := GroupedBars(tab, Options{Font: f})
		if err != nil {
			b.Fatal(err)
		}
		if err := c.PNG(io.Discard, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHundredCharts builds and renders 100 charts with the default
// font (Options.Font nil), as a report run would: font.Resolve parses the
// font once and every chart shares it, which the benchmark checks.
func BenchmarkHundredCharts(b *testing.B) {
	testFont(b)
	tab := analyze(b, mixedData(30, 2020, 2021, 2022))
	first, err := font.Resolve(font.Options{}, font.Raster)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := 0; i < 100; i++ {
			var c *Chart
			var err error
			if i%2 == 0 {
				c, err = GroupedBars(tab, Options{})
			} else {
				c, err = GrowthBars(tab, Options{})
			}
			if err != nil {
				b.Fatal(err)
			}
			if c.th.font != first {
				b.Fatalf("chart %d uses font %p, not the cached %p: the font was parsed again", i, c.th.font, first)
			}
			if err := c.PNG(io.Discard, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
