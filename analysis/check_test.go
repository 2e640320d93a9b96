package analysis

import (
	"math"
	"strings"
	"testing"
)

func findingsByRule(fs []Finding, rule string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

func TestCheckSum(t *testing.T) {
	var d Dataset
	d.Indicator("执法", "归集上报数据", "条").Set(Point{Year: 2022, Value: 11737})
	a := d.Indicator("执法", "行政许可数据", "条")
	a.Parent = "归集上报数据"
	a.Set(Point{Year: 2022, Value: 10685})
	b := d.Indicator("执法", "行政处罚数据", "条")
	b.Parent = "归集上报数据"
	b.Set(Point{Year: 2022, Value: 1052})
	if fs := Check(&d, CheckOptions{}); len(findingsByRule(fs, RuleSum)) != 0 {
		t.Fatalf("11737 = 10685 + 1052 reported: %+v", fs)
	}
	b.Points[0].Value = 1050
	fs := findingsByRule(Check(&d, CheckOptions{}), RuleSum)
	if len(fs) != 1 || fs[0].Severity != Error || fs[0].Expected != "11737" || fs[0].Found != "11735 = 10685 + 1050" {
		t.Fatalf("sum mismatch: %+v", fs)
	}
	// Approximate parts only warn.
	b.Points[0].Flags = FlagApprox
	fs = findingsByRule(Check(&d, CheckOptions{}), RuleSum)
	if len(fs) != 1 || fs[0].Severity != Warning {
		t.Fatalf("approx sum: %+v", fs)
	}
	// Rounding within half a unit of the last decimal per value is tolerated.
	var r Dataset
	r.Indicator("", "总额", "亿元").Set(Point{Year: 2022, Value: 3.5})
	for _, v := range []float64{1.24, 2.27} {
		k := r.Indicator("", "分项"+FormatValue(v, KindAmount), "亿元")
		k.Parent = "总额"
		k.Set(Point{Year: 2022, Value: v})
	}
	if fs := findingsByRule(Check(&r, CheckOptions{}), RuleSum); len(fs) != 0 {
		t.Errorf("rounding difference of 0.01 reported: %+v", fs)
	}
	// Scales convert: 0.5亿元 is 5000万元.
	u := r.Indicator("", "分项万元", "万元")
	u.Parent = "总额"
	u.Set(Point{Year: 2022, Value: 5000})
	if fs := findingsByRule(Check(&r, CheckOptions{}), RuleSum); len(fs) != 1 || fs[0].Found != "4.0100 = 1.24 + 2.27 + 0.5000" {
		t.Errorf("sum across scales: %+v", fs)
	}
	u.Points[0].Value = 0
	if fs := Check(&r, CheckOptions{}); len(fs) != 0 {
		t.Errorf("0万元 added: %+v", fs)
	}
	// Unit disagreement: another base.
	w := r.Indicator("", "分项吨", "吨")
	w.Parent = "总额"
	w.Set(Point{Year: 2022, Value: 1})
	if fs := findingsByRule(Check(&r, CheckOptions{}), RuleUnit); len(fs) != 1 || fs[0].Severity != Error {
		t.Errorf("unit mismatch: %+v", fs)
	}
}

func TestCheckRangesAndCounts(t *testing.T) {
	var d Dataset
	d.Indicator("", "网办率", "%").Set(Point{Year: 2022, Value: 101})
	d.Indicator("", "户数", "户").Set(Point{Year: 2022, Value: -3})
	d.Indicator("", "人数", "人").Set(Point{Year: 2022, Value: 3.5})
	d.Indicator("", "约数", "人").Set(Point{Year: 2022, Value: 3.5, Flags: FlagApprox})
	fs := Check(&d, CheckOptions{})
	if got := findingsByRule(fs, RuleRateRange); len(got) != 1 || got[0].Found != "101%" {
		t.Errorf("rate range: %+v", got)
	}
	got := findingsByRule(fs, RuleCountInteger)
	if len(got) != 2 || got[0].Severity != Error || got[1].Severity != Warning {
		t.Errorf("counts: %+v", got)
	}
	if !HasErrors(fs) {
		t.Error("HasErrors = false")
	}
}

func TestCheckStatedAndNewVsNet(t *testing.T) {
	var d Dataset
	stock := d.Indicator("市场主体", "实有各类市场主体", "户")
	stock.Set(Point{Year: 2022, Value: 28716, Changes: []Stated{{Kind: ChangeGrowthPct, Value: 12.33, Text: "12.33"}}})
	flow := d.Indicator("市场主体", "新增各类市场主体", "户")
	flow.Set(Point{Year: 2022, Value: 4698})
	if n := DeriveFromStated(&d); n != 1 {
		t.Fatalf("DeriveFromStated added %d", n)
	}
	p, ok := stock.At(2021)
	if !ok || p.Value != 25564 || p.Flags&FlagDerived == 0 {
		t.Fatalf("derived prior %+v", p)
	}
	fs := Check(&d, CheckOptions{})
	nv := findingsByRule(fs, RuleNewVsNet)
	if len(nv) != 1 || nv[0].Severity != Info || !strings.Contains(nv[0].Message, "约1546户退出") {
		t.Errorf("new vs net: %+v", nv)
	}
	if HasErrors(fs) {
		t.Errorf("consistent sample has errors: %+v", fs)
	}
	// The other reading: 12.33% belongs to the 4698 new entities: no whole prior.
	var e Dataset
	e.Indicator("", "新增各类市场主体", "户").Set(Point{Year: 2022, Value: 4698, Changes: []Stated{{Kind: ChangeGrowthPct, Value: 12.33, Text: "12.33"}}})
	wp := findingsByRule(Check(&e, CheckOptions{}), RuleWhole)
	// Rounded half away from zero, no whole prior; truncated (4698/4182 =
	// 1.12339), one: a warning only (SPEC §9: one unit in the last digit).
	if len(wp) != 1 || wp[0].Severity != Warning || wp[0].Found != "4182.13–4182.51" || !strings.Contains(wp[0].Message, "截尾") {
		t.Errorf("whole prior: %+v", wp)
	}
	// 101 at 1.00%: priors 100.0000–100.0099 round or truncate only from
	// 100 (1%) … 101/1.0101 = 99.99; 101 at 0.50% needs 100.4975–100.5: none
	// even truncated.
	var w Dataset
	w.Indicator("", "案件", "件").Set(Point{Year: 2022, Value: 101, Changes: []Stated{{Kind: ChangeGrowthPct, Value: 0.5, Text: "0.50"}}})
	if wp := findingsByRule(Check(&w, CheckOptions{}), RuleWhole); len(wp) != 1 || wp[0].Severity != Error {
		t.Errorf("whole prior, none even truncated: %+v", wp)
	}
	// Marked ambiguous (the text may attach 12.33% to another figure), the
	// same contradiction says this reading is not the one, as a warning.
	e.Indicators[0].Points[0].Changes[0].Ambiguous = true
	wp = findingsByRule(Check(&e, CheckOptions{}), RuleWhole)
	if len(wp) != 1 || wp[0].Severity != Warning || !strings.Contains(wp[0].Message, "不属于此指标") {
		t.Errorf("ambiguous whole prior: %+v", wp)
	}
	// A stated growth that disagrees with stated values.
	var s Dataset
	x := s.Indicator("", "案件", "件")
	x.Set(Point{Year: 2021, Value: 200})
	x.Set(Point{Year: 2022, Value: 220, Changes: []Stated{{Kind: ChangeGrowthPct, Value: 12, Text: "12.0"}}})
	st := findingsByRule(Check(&s, CheckOptions{}), RuleStated)
	if len(st) != 1 || st[0].Expected != "12.0%" || st[0].Found != "10.0%" {
		t.Errorf("stated growth: %+v", st)
	}
	x.Points[1].Changes = []Stated{{Kind: ChangeGrowthPct, Value: 10, Text: "10"}}
	if st := findingsByRule(Check(&s, CheckOptions{}), RuleStated); len(st) != 0 {
		t.Errorf("right growth reported: %+v", st)
	}
	// New smaller than the net increase.
	var n Dataset
	sk := n.Indicator("", "实有企业", "户")
	sk.Set(Point{Year: 2021, Value: 100})
	sk.Set(Point{Year: 2022, Value: 150})
	n.Indicator("", "新增企业", "户").Set(Point{Year: 2022, Value: 40})
	if nv := findingsByRule(Check(&n, CheckOptions{}), RuleNewVsNet); len(nv) != 1 || nv[0].Severity != Error {
		t.Errorf("new < net: %+v", nv)
	}
}

func TestDescribeAndTrend(t *testing.T) {
	s, err := Describe([]float64{2, 4, 4, 4, 5, 5, 7, 9})
	if err != nil {
		t.Fatal(err)
	}
	if s.Mean != 5 || s.Min != 2 || s.Max != 9 || math.Abs(s.StdDev.Value-math.Sqrt(32.0/7)) > 1e-12 {
		t.Errorf("summary %+v", s)
	}
	if _, err := Describe(nil); err == nil {
		t.Error("empty describe")
	}
	one, _ := Describe([]float64{3})
	if one.StdDev.OK() {
		t.Error("sd of one value must be undefined")
	}
	tr, err := LinearTrend([]float64{2020, 2021, 2022, 2023}, []float64{10, 12, 14, 16})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(tr.Slope-2) > 1e-9 || math.Abs(tr.At(2024)-18) > 1e-9 || math.Abs(tr.R2-1) > 1e-12 {
		t.Errorf("trend %+v", tr)
	}
	if _, err := LinearTrend([]float64{2020, 2020}, []float64{1, 2}); err == nil {
		t.Error("one-year trend accepted")
	}
	var ind Indicator
	ind.Set(Point{Year: 2020, Value: 100})
	ind.Set(Point{Year: 2022, Value: 121})
	if g := SeriesCAGR(&ind); math.Abs(g.Value-10) > 1e-9 {
		t.Errorf("CAGR %+v", g)
	}
}

// BenchmarkCheck200k: 200,000 indicators × 5 years in groups of a total
// and nine parts that add up.
func BenchmarkCheck200k(b *testing.B) {
	var d Dataset
	for i := 0; i < 200000; i++ {
		name := "指标" + FormatValue(float64(i), KindCount)
		ind := d.Indicator("S"+FormatValue(float64(i/10%20), KindCount), name, "件")
		if i%10 != 0 {
			ind.Parent = "指标" + FormatValue(float64(i-i%10), KindCount)
		}
		for y := 2020; y <= 2024; y++ {
			v := float64(y - 2000) // each of the 9 parts
			if i%10 == 0 {
				v *= 9 // the total adds up
			}
			ind.Set(Point{Year: y, Value: v})
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Check(&d, CheckOptions{})
	}
}
