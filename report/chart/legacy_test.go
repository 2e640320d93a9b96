package chart

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/present"
)

// The charts drawn straight from a table follow the same rules as
// FromSpec: the unit line in the data's own unit, no legend for one
// series, rates never indexed, Chinese punctuation.
func TestTableChartsDoNotMislead(t *testing.T) {
	f := testFont(t)
	d := &analysis.Dataset{Source: "区财政局(汇总)"}
	for i, v := range [][2]float64{{18.6, 21.3}, {126.4, 118.2}} {
		ind := d.Indicator("财政", "收入"+strconv.Itoa(i+1), "亿元")
		_ = ind.Set(analysis.Point{Year: 2021, Value: v[0]})
		_ = ind.Set(analysis.Point{Year: 2022, Value: v[1]})
		_ = ind.Set(analysis.Point{Year: 2020, Value: v[0] * 0.9})
	}
	rate := d.Indicator("财政", "自给率", "%")
	for y, v := range map[int]float64{2020: 61.2, 2021: 63.5, 2022: 64.1} {
		_ = rate.Set(analysis.Point{Year: y, Value: v})
	}
	tb := analyze(t, d)
	g, err := GroupedBars(tb, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	if g.Subtitle != "单位：亿元" {
		t.Errorf("grouped unit line %q, want 单位：亿元", g.Subtitle)
	}
	for _, l := range tickLabels(&g.Plot.Y) {
		if strings.ContainsAny(l, "万亿") {
			t.Errorf("tick %q carries a magnitude the unit line does not", l)
		}
	}
	if strings.Contains(strings.Join(g.Notes, ""), "单位为元") {
		t.Errorf("a note calls 元 another unit: %q", g.Notes)
	}
	gr, err := GrowthBars(tb, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	if len(gr.legend) != 0 {
		t.Errorf("growth bars (one series) have a legend %v", gr.legend)
	}
	tr, err := Trend(d, nil, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range tr.legend {
		if strings.Contains(e.label, "自给率") {
			t.Errorf("the rate is drawn as an index: %q", e.label)
		}
	}
	if !strings.Contains(strings.Join(tr.Notes, ""), "自给率") {
		t.Errorf("the trend does not say the rate was left out: %q", tr.Notes)
	}
	only, err := Trend(d, []*analysis.Indicator{rate}, Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	if only.Unit != "%" || len(only.legend) != 0 || !strings.Contains(only.Subtitle, "自给率") {
		t.Errorf("a trend of one rate: unit %q, legend %v, unit line %q", only.Unit, only.legend, only.Subtitle)
	}
	for _, c := range []*Chart{g, gr, tr, only} {
		for _, s := range append([]string{c.Title, c.Subtitle, c.Source, c.Plot.X.Label.Text}, c.Notes...) {
			if bad := present.Mispunctuated(s); bad != nil {
				t.Errorf("%s: ASCII punctuation in %q: %v", c.Name, s, bad)
			}
		}
	}
}

// GroupedBars labels an approximate value with the qualifier the source
// wrote (540多, 约2.25), never 约 for 多, and its note explains both in
// Chinese punctuation.
func TestGroupedBarsQualifiers(t *testing.T) {
	f := testFont(t)
	d := &analysis.Dataset{}
	for _, q := range []struct {
		name string
		v    float64
		q    analysis.Qualifier
	}{{"基层党组织", 540, "多"}, {"会议", 50, "余"}, {"党员", 120, ""}} {
		ind := d.Indicator("学习", q.name, "个")
		_ = ind.Set(analysis.Point{Year: 2021, Value: q.v - 10})
		_ = ind.Set(analysis.Point{Year: 2022, Value: q.v, Qualifier: q.q, Flags: analysis.FlagApprox})
	}
	d.Indicators[2].Points[1].Flags = 0
	g, err := GroupedBars(analyze(t, d), Options{Font: f})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range plotters(g) {
		if ls, ok := p.(labels); ok {
			for _, l := range ls {
				texts = append(texts, l.text)
			}
		}
	}
	all := strings.Join(texts, " ")
	for _, want := range []string{"540多", "50余", "120"} {
		if !slices.Contains(texts, want) {
			t.Errorf("value labels %q lack %q", all, want)
		}
	}
	if strings.Contains(all, "约540") || strings.Contains(all, "约50") {
		t.Errorf("value labels %q turn 多/余 into 约", all)
	}
	notes := strings.Join(g.Notes, "")
	if !strings.Contains(notes, "注：带“约、多、余、近、左右”等字样的数值为约数，照原文列出。") {
		t.Errorf("notes %q", notes)
	}
}
