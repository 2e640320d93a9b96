package chart

import (
	"image"
	"strconv"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/present"
	"gonum.org/v1/plot"
)

// specs builds the presentation of d and returns its chart specs by name.
func specs(t *testing.T, d *analysis.Dataset) map[string]*present.ChartSpec {
	t.Helper()
	tb := analyze(t, d)
	doc := present.New(tb, nil, present.Options{Charts: []string{"all"}})
	out := map[string]*present.ChartSpec{}
	for _, c := range doc.Charts {
		out[c.Name] = c
	}
	return out
}

// tickLabels returns the labelled ticks of an axis over its range.
func tickLabels(a *plot.Axis) []string {
	var out []string
	for _, tk := range a.Tick.Marker.Ticks(a.Min, a.Max) {
		if tk.Label != "" {
			out = append(out, tk.Label)
		}
	}
	return out
}

// TestFromSpecScaleAndUnit: a chart of 亿元 figures says 单位：亿元 and its
// ticks are figures in 亿元 (1.5, 2 …), not 元 with a 亿 suffix; its bars
// start at zero and its two series have a legend.
func TestFromSpecScaleAndUnit(t *testing.T) {
	f := testFont(t)
	d := &analysis.Dataset{Source: "区财政局"}
	for i, v := range [][2]float64{{18.6, 21.3}, {126.4, 118.2}, {2.25, 2.5}} {
		ind := d.Indicator("财政", "收入"+strconv.Itoa(i+1), "亿元")
		_ = ind.Set(analysis.Point{Year: 2021, Value: v[0]})
		_ = ind.Set(analysis.Point{Year: 2022, Value: v[1]})
	}
	sp := specs(t, d)["grouped"]
	if sp == nil {
		t.Fatal("no grouped chart specified")
	}
	c, err := FromSpec(sp, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	if c.Subtitle != "单位：亿元" {
		t.Errorf("unit line %q, want 单位：亿元", c.Subtitle)
	}
	if c.Plot.Y.Min != 0 {
		t.Errorf("bars start at %v, want 0", c.Plot.Y.Min)
	}
	labels := tickLabels(&c.Plot.Y)
	if len(labels) < 3 {
		t.Fatalf("ticks %v", labels)
	}
	top, err := strconv.ParseFloat(labels[len(labels)-1], 64)
	if err != nil {
		t.Fatalf("tick %q is not a plain figure: %v", labels[len(labels)-1], err)
	}
	// The largest figure is 126.4 亿元: the top tick is 140, not 1.4e10
	// or "140亿".
	if top < 126.4 || top > 200 {
		t.Errorf("top tick %v, want a figure in 亿元 just above 126.4", top)
	}
	if len(c.legend) != 2 {
		t.Errorf("%d legend entries for two years", len(c.legend))
	}
	writeDebug(t, c, "spec-yi", Options{})
}

// TestFromSpecSingleSeriesAndPunctuation: growth bars (one series) have
// no legend, and no text of any chart of the sample or a mixed set has
// ASCII punctuation next to Chinese.
func TestFromSpecSingleSeriesAndPunctuation(t *testing.T) {
	f := testFont(t)
	for name, d := range map[string]*analysis.Dataset{
		"sample": loadSample(t),
		"mixed":  mixedData(30, 2018, 2019, 2020, 2021, 2022),
	} {
		tb := analyze(t, d)
		doc := present.New(tb, nil, present.Options{Charts: []string{"all"}})
		charts, err := FromDocument(doc, Options{Font: f})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(charts) == 0 {
			t.Fatalf("%s: no charts", name)
		}
		for _, c := range charts {
			if (c.Name == "growth" || c.Name == "growth-pp") && len(c.legend) != 0 {
				t.Errorf("%s %s: a legend for one series: %v", name, c.Name, c.legend)
			}
			texts := append([]string{c.Title, c.Subtitle, c.Source}, c.Notes...)
			for _, s := range texts {
				if bad := present.Mispunctuated(s); bad != nil {
					t.Errorf("%s %s: ASCII punctuation in %q: %v", name, c.Name, s, bad)
				}
			}
			img := decodePNG(t, c, Options{})
			if ink(img, img.Bounds()) < 0.01 {
				t.Errorf("%s %s: nearly blank", name, c.Name)
			}
			if ink(img, image.Rect(150, 0, 650, 45)) < 0.01 {
				t.Errorf("%s %s: no title", name, c.Name)
			}
			writeDebug(t, c, "spec-"+name+"-"+c.Name, Options{})
		}
	}
}

// TestFromSpecTrendOfRates: a trend of rates is drawn in percent as the
// rates are (92.5 … 97), never as an index of the first year (= 100).
func TestFromSpecTrendOfRates(t *testing.T) {
	f := testFont(t)
	d := &analysis.Dataset{}
	for i, vs := range [][]float64{{92.5, 94.0, 95.2}, {80.1, 85.3, 83.0}} {
		ind := d.Indicator("服务", "办结率"+strconv.Itoa(i+1), "%")
		for j, v := range vs {
			_ = ind.Set(analysis.Point{Year: 2020 + j, Value: v})
		}
	}
	sp := specs(t, d)["trend"]
	if sp == nil {
		t.Fatal("no trend specified")
	}
	c, err := FromSpec(sp, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	if c.Subtitle != "单位：%" {
		t.Errorf("unit line %q", c.Subtitle)
	}
	// 80.1 … 95.2 with ticks of 5: the axis runs from about 77.5 to
	// 97.5. An index would put the first year of both series at 100.
	if c.Plot.Y.Min < 70 || c.Plot.Y.Min > 80.1 || c.Plot.Y.Max < 95.2 || c.Plot.Y.Max > 100 {
		t.Errorf("value axis %v … %v, want about 77.5 … 97.5 (the rates as they are)", c.Plot.Y.Min, c.Plot.Y.Max)
	}
	for _, l := range tickLabels(&c.Plot.Y) {
		if strings.ContainsAny(l, "万亿") {
			t.Errorf("tick %q has a magnitude", l)
		}
	}
	writeDebug(t, c, "spec-trend-rates", Options{})
}

func TestFromSpecNoData(t *testing.T) {
	if _, err := FromSpec(nil, Options{}); err == nil {
		t.Error("nil spec: no error")
	}
	sp := &present.ChartSpec{Name: "grouped", Categories: []string{"a"}, Series: []present.Series{{Values: []float64{1}, Defined: []bool{false}}}}
	if _, err := FromSpec(sp, Options{}); err == nil || !strings.Contains(err.Error(), "nothing to draw") {
		t.Errorf("nothing defined: %v", err)
	}
}
