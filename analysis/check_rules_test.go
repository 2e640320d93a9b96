package analysis

import (
	"strings"
	"testing"
)

// pt is a point written with the decimals of text.
func pt(year int, text string) Point {
	v := mustParse(text)
	return Point{Year: year, Value: v, Precision: PrecisionOfText(text)}
}

func mustParse(text string) float64 {
	var v float64
	neg := strings.HasPrefix(text, "-")
	t := strings.TrimPrefix(text, "-")
	intPart, frac, _ := strings.Cut(t, ".")
	for _, c := range intPart {
		v = v*10 + float64(c-'0')
	}
	scale := 0.1
	for _, c := range frac {
		v += float64(c-'0') * scale
		scale /= 10
	}
	v = Round(v, len(frac))
	if neg {
		v = -v
	}
	return v
}

func growth(text string) Stated {
	return Stated{Kind: ChangeGrowthPct, Value: mustParse(text), Text: strings.TrimPrefix(text, "-"), Precision: PrecisionOfText(text)}
}

func TestCheckNoFalseAlarms(t *testing.T) {
	cases := []struct {
		name  string
		build func(d *Dataset)
	}{
		{"scaled count with growth: no integer rule", func(d *Dataset) {
			p := pt(2022, "449.5")
			p.Changes = []Stated{growth("3.7")}
			d.Indicator("", "实有市场主体", "万户").Set(p)
		}},
		{"measure with growth: no integer rule", func(d *Dataset) {
			p := pt(2022, "31.57")
			p.Changes = []Stated{growth("0.8")}
			d.Indicator("", "粮食总产量", "万吨").Set(p)
		}},
		{"negative growth rate in %", func(d *Dataset) {
			d.Indicator("", "地区生产总值增速", "%").Set(pt(2022, "-2.5"))
		}},
		{"completion above 100%", func(d *Dataset) {
			d.Indicator("", "完成年度预算", "%").Set(pt(2022, "103.2"))
		}},
		{"negative natural growth in ‰", func(d *Dataset) {
			d.Indicator("", "人口自然增长率", "‰").Set(pt(2022, "-3.19"))
		}},
		{"其中 list short of its total", func(d *Dataset) {
			tot := d.Indicator("", "受理行政复议申请", "件")
			tot.Breakdown = BreakdownSubset
			tot.Set(pt(2022, "1033"))
			for _, kv := range [][2]string{{"决定维持", "435"}, {"驳回申请", "136"}} {
				k := d.Indicator("", kv[0], "件")
				k.Parent = "受理行政复议申请"
				k.Set(pt(2022, kv[1]))
			}
		}},
		{"其中 list of overlapping groups", func(d *Dataset) {
			tot := d.Indicator("", "培训干部", "人")
			tot.Breakdown = BreakdownSubset
			tot.Set(pt(2022, "3000"))
			for _, kv := range [][2]string{{"女性", "1600"}, {"少数民族", "300"}, {"党员", "2100"}} {
				k := d.Indicator("", kv[0], "人")
				k.Parent = "培训干部"
				k.Set(pt(2022, kv[1]))
			}
			for _, f := range Check(d, CheckOptions{}) {
				if f.Severity == Warning && strings.Contains(f.Message, "若各项互不重叠") {
					d.Title = "warned" // a warning, never an error
				}
			}
			if d.Title != "warned" {
				panic("no warning for an overlapping list above its total")
			}
			d.Indicators[0].Points[0].Value = 4000
		}},
		{"其中 list of two partitions (男/女, 城镇/乡村)", func(d *Dataset) {
			tot := d.Indicator("", "户籍总人口", "人")
			tot.Breakdown = BreakdownSubset
			tot.Set(pt(2022, "496954"))
			for _, kv := range [][2]string{{"男性", "249997"}, {"女性", "246957"}, {"城镇人口", "295115"}, {"乡村人口", "201839"}} {
				k := d.Indicator("", kv[0], "人")
				k.Parent = "户籍总人口"
				k.Set(pt(2022, kv[1]))
			}
		}},
		{"an average in a count unit", func(d *Dataset) {
			d.Indicator("", "一线法官人均结案", "件").Set(pt(2018, "483.99"))
			d.Indicator("", "日均办件量", "件").Set(pt(2018, "35.5"))
		}},
		{"rates with a repeat counter, inferred", func(d *Dataset) {
			for _, kv := range [][2]string{{"受理刑事案件", "68"}, {"结案案件", "38"}} {
				d.Indicator("", kv[0], "件").Set(pt(2018, kv[1]))
			}
			d.Indicator("", "结案率(3)", "%").Set(pt(2018, "55.88"))
			if InferRates(d) != 1 {
				panic("结案率(3) not read as a rate of 结案案件")
			}
		}},
		{"rates that may exceed 100", func(d *Dataset) {
			d.Indicator("", "工业产品产销率", "%").Set(pt(2022, "101.2"))
			d.Indicator("", "国有资本保值增值率", "%").Set(pt(2022, "106.5"))
			d.Indicator("", "预算执行率", "%").Set(pt(2022, "103.0"))
		}},
		{"nominal and real growth of one figure", func(d *Dataset) {
			x := d.Indicator("", "居民人均可支配收入", "元")
			x.Set(pt(2021, "20580"))
			p := pt(2022, "22461")
			p.Changes = []Stated{growth("9.1"), growth("6.6")}
			x.Set(p)
		}},
		{"priors back-computed from growth rates are not summed", func(d *Dataset) {
			for _, kv := range [][3]string{{"生产总值", "617.50", "5.2"}, {"第一产业增加值", "37.11", "2.6"}, {"第二产业增加值", "339.85", "4.5"}, {"第三产业增加值", "240.54", "6.7"}} {
				ind := d.Indicator("", kv[0], "亿元")
				if kv[0] != "生产总值" {
					ind.Parent = "生产总值"
				}
				p := pt(2019, kv[1])
				p.Changes = []Stated{growth(kv[2])}
				ind.Set(p)
			}
			DeriveFromStated(d)
		}},
		{"sum within one unit of the last digit of each value (truncation)", func(d *Dataset) {
			d.Indicator("", "总额", "亿元").Set(pt(2022, "10.0"))
			for i, v := range []string{"3.3", "3.3", "3.3"} {
				k := d.Indicator("", "分项"+string(rune('A'+i)), "亿元")
				k.Parent = "总额"
				k.Set(pt(2022, v))
			}
		}},
		{"ratio structure rounding", func(d *Dataset) {
			s := d.Indicator("", "三次产业结构", "")
			s.Breakdown = BreakdownRatio
			for i, v := range []string{"6.01", "55.04", "38.95"} {
				k := d.Indicator("", "产业"+string(rune('一'+i)), "")
				k.Parent = "三次产业结构"
				k.Set(pt(2019, v))
			}
		}},
		{"growth at comparable prices vs current-price values", func(d *Dataset) {
			g := d.Indicator("", "地区生产总值", "亿元")
			g.Set(pt(2021, "580.10"))
			p := pt(2022, "617.50")
			p.Changes = []Stated{growth("5.2")} // nominal 6.45%
			g.Set(p)
		}},
		{"stated growth agrees within the rounding of both values", func(d *Dataset) {
			x := d.Indicator("", "受理案件", "万件")
			x.Set(pt(2014, "1564.6"))
			p := pt(2015, "1951.1")
			p.Changes = []Stated{growth("24.7")}
			x.Set(p)
		}},
		{"partial-year figure not compared with a full year", func(d *Dataset) {
			x := d.Indicator("", "归集上报数据", "条")
			x.Set(pt(2021, "20000"))
			p := pt(2022, "11737")
			p.Period = "1-11月"
			p.Changes = []Stated{growth("8.5")}
			x.Set(p)
		}},
		{"percent and absolute change agree", func(d *Dataset) {
			p := pt(2022, "262")
			p.Changes = []Stated{growth("-2.60"), {Kind: ChangeAbs, Value: -7, Text: "7"}}
			d.Indicator("", "受理案件", "件").Set(p)
		}},
		{"no level: 下降2.60%，减少7件 (base 269)", func(d *Dataset) {
			p := Point{Year: 2022, NoLevel: true, Changes: []Stated{growth("-2.60"), {Kind: ChangeAbs, Value: -7, Text: "7"}}}
			d.Indicator("", "受理案件", "件").Set(p)
		}},
		{"budget: 减收1070万元, 下降4.2%", func(d *Dataset) {
			p := pt(2024, "24627")
			p.Changes = []Stated{{Kind: ChangeAbs, Value: -1070, Text: "1070"}, growth("-4.2")}
			d.Indicator("", "一般公共预算收入", "万元").Set(p)
		}},
		{"stock change in another scale: 比上年末减少85万人", func(d *Dataset) {
			x := d.Indicator("", "年末全国人口", "万人")
			x.Set(pt(2021, "141260"))
			p := pt(2022, "141175")
			p.Changes = []Stated{{Kind: ChangeAbs, Value: -85, Text: "85", Base: "比上年末"}}
			x.Set(p)
		}},
		{"shares of a named whole", func(d *Dataset) {
			d.Indicator("", "国内生产总值", "亿元").Set(pt(2022, "1210207"))
			for _, kv := range [][2]string{{"第一产业增加值", "88345"}, {"第二产业增加值", "483164"}, {"第三产业增加值", "638698"}} {
				p := pt(2022, kv[1])
				share := map[string]string{"88345": "7.3", "483164": "39.9", "638698": "52.8"}[kv[1]]
				p.Share = &StatedShare{Of: "国内生产总值", Value: mustParse(share), Text: share}
				d.Indicator("", kv[0], "亿元").Set(p)
			}
		}},
		{"shares of a list that agree on one whole", func(d *Dataset) {
			for _, kv := range [][3]string{{"基层法院收案", "271997", "84.7"}, {"中级法院收案", "43891", "13.7"}, {"高级法院收案", "5258", "1.6"}} {
				p := pt(2006, kv[1])
				p.Share = &StatedShare{Value: mustParse(kv[2]), Text: kv[2]}
				d.Indicator("", kv[0], "件").Set(p)
			}
		}},
		{"bare shares far apart are not one list", func(d *Dataset) {
			add := func(name, v, share string) {
				p := pt(2022, v)
				p.Share = &StatedShare{Value: mustParse(share), Text: share}
				d.Indicator("", name, "件").Set(p)
			}
			add("受理A", "100", "20.0") // of 500
			add("受理B", "200", "40.0")
			add("受理E", "150", "30.0")
			for i := 0; i < 10; i++ {
				d.Indicator("", "其他"+string(rune('甲'+i)), "件").Set(pt(2022, "1"))
			}
			add("审结C", "90", "90.0") // of 100
		}},
		{"a rate that agrees with its figures", func(d *Dataset) {
			d.Indicator("", "审结行政复议案件", "件").Set(pt(2022, "1033"))
			d.Indicator("", "纠错", "件").Set(pt(2022, "250"))
			r := d.Indicator("", "纠错率", "%")
			r.Numerator, r.Denominator = "纠错", "审结行政复议案件"
			r.Set(pt(2022, "24.2"))
		}},
	}
	for _, c := range cases {
		var d Dataset
		c.build(&d)
		for _, f := range Check(&d, CheckOptions{}) {
			if f.Severity != Info {
				t.Errorf("%s: false alarm %s %s: %s", c.name, f.Severity, f.Rule, f.Message)
			}
		}
	}
}

func TestCheckFindsPlantedSlips(t *testing.T) {
	cases := []struct {
		name    string
		build   func(d *Dataset)
		rule    string
		sev     Severity
		message string // a part of the expected message
	}{
		{"proportion above 100", func(d *Dataset) {
			d.Indicator("", "即办件占比", "%").Set(pt(2022, "108.06"))
		}, RuleRateRange, Error, "2022年“即办件占比”为108.06%，比率应在0到100之间"},
		{"其中 parts above the total", func(d *Dataset) {
			tot := d.Indicator("", "受理", "件")
			tot.Breakdown = BreakdownSubset
			tot.Set(pt(2022, "500"))
			for _, kv := range [][2]string{{"维持", "435"}, {"驳回", "136"}} {
				k := d.Indicator("", kv[0], "件")
				k.Parent = "受理"
				k.Set(pt(2022, kv[1]))
			}
		}, RuleSum, Warning, "其中所列各项合计571件，若各项互不重叠则超过合计71件"},
		{"其中 part above the total", func(d *Dataset) {
			tot := d.Indicator("", "受理", "件")
			tot.Breakdown = BreakdownSubset
			tot.Set(pt(2022, "500"))
			k := d.Indicator("", "维持", "件")
			k.Parent = "受理"
			k.Set(pt(2022, "535"))
		}, RuleSum, Error, "其中“维持”为535件，超过合计"},
		{"其中 list of the three industries that does not add up", func(d *Dataset) {
			tot := d.Indicator("", "地区生产总值", "万元")
			tot.Breakdown = BreakdownSubset
			tot.Set(pt(2021, "5203619"))
			for _, kv := range [][2]string{{"第一产业增加值", "431250"}, {"第二产业增加值", "1839890"}, {"第三产业增加值", "2832479"}} {
				k := d.Indicator("", kv[0], "万元")
				k.Parent = "地区生产总值"
				k.Set(pt(2021, kv[1]))
			}
		}, RuleSum, Error, "其分项合计为5103619万元，相差-100000万元"},
		{"exhaustive breakdown off by more than rounding", func(d *Dataset) {
			d.Indicator("", "生产总值", "亿元").Set(pt(2019, "617.50"))
			for _, kv := range [][2]string{{"第一产业", "37.11"}, {"第二产业", "339.85"}, {"第三产业", "241.54"}} {
				k := d.Indicator("", kv[0], "亿元")
				k.Parent = "生产总值"
				k.Set(pt(2019, kv[1]))
			}
		}, RuleSum, Error, "其分项合计为618.50亿元，相差1.00亿元"},
		{"one of two partitions that does not add up", func(d *Dataset) {
			tot := d.Indicator("", "户籍总人口", "人")
			tot.Breakdown = BreakdownSubset
			p := pt(2022, "496954")
			p.Period = "2022年末"
			tot.Set(p)
			for _, kv := range [][2]string{{"男性", "249797"}, {"女性", "246957"}, {"城镇人口", "295115"}, {"乡村人口", "201839"}} {
				k := d.Indicator("", kv[0], "人")
				k.Parent = "户籍总人口"
				q := pt(2022, kv[1])
				q.Period = "2022年末"
				k.Set(q)
			}
		}, RuleSum, Error, "2022年末“户籍总人口”为496954人，其分项合计为496754人，相差-200人"},
		{"ratio structure not summing to 100", func(d *Dataset) {
			s := d.Indicator("", "三次产业结构", "")
			s.Breakdown = BreakdownRatio
			for i, v := range []string{"15.3", "31.3", "54.4"} {
				k := d.Indicator("", "产业"+string(rune('一'+i)), "")
				k.Parent = "三次产业结构"
				k.Set(pt(2022, v))
			}
		}, RuleSum, Error, "各部分15.3:31.3:54.4合计为101.0，应为100"},
		{"stated growth vs stated prior", func(d *Dataset) {
			x := d.Indicator("", "新收案件", "件")
			x.Set(pt(2021, "25792"))
			p := pt(2022, "24064")
			p.Changes = []Stated{growth("-7.7")}
			x.Set(p)
		}, RuleStated, Error, "计算应为-6.7%"},
		{"pp vs values", func(d *Dataset) {
			x := d.Indicator("", "综合结案率", "%")
			x.Set(pt(2021, "91.7"))
			p := pt(2022, "93.0")
			p.Changes = []Stated{{Kind: ChangePP, Value: 2.3, Text: "2.3"}}
			x.Set(p)
		}, RuleStated, Error, "应为1.3个百分点"},
		{"percent vs absolute change", func(d *Dataset) {
			p := pt(2022, "262")
			p.Changes = []Stated{growth("-3.60"), {Kind: ChangeAbs, Value: -7, Text: "7"}}
			d.Indicator("", "受理案件", "件").Set(p)
		}, RuleChangePair, Error, "所述减少7件意味着上年为269件、增速-2.60%，与所述-3.60%不符"},
		{"percent vs absolute change, no level", func(d *Dataset) {
			// 1/0.0261 = 38.31 … 1/0.0259 = 38.61: no whole base.
			p := Point{Year: 2022, NoLevel: true, Changes: []Stated{growth("-2.60"), {Kind: ChangeAbs, Value: -1, Text: "1"}}}
			d.Indicator("", "受理案件", "件").Set(p)
		}, RuleChangePair, Error, "没有整数"},
		{"opposite directions", func(d *Dataset) {
			p := pt(2022, "262")
			p.Changes = []Stated{growth("2.60"), {Kind: ChangeAbs, Value: -7, Text: "7"}}
			d.Indicator("", "受理案件", "件").Set(p)
		}, RuleChangePair, Error, "方向相反"},
		{"share vs part ÷ whole", func(d *Dataset) {
			d.Indicator("", "国内生产总值", "亿元").Set(pt(2022, "1210207"))
			p := pt(2022, "88345")
			p.Share = &StatedShare{Of: "国内生产总值", Value: 8.3, Text: "8.3"}
			d.Indicator("", "第一产业增加值", "亿元").Set(p)
		}, RuleShare, Error, "而88345÷1210207应为7.3%"},
		{"the share that disagrees with its list", func(d *Dataset) {
			for _, kv := range [][3]string{{"维持", "600", "53.9"}, {"驳回", "300", "27.0"}, {"撤销", "58", "5.4"}, {"终止", "155", "13.9"}} {
				p := pt(2022, kv[1])
				p.Share = &StatedShare{Value: mustParse(kv[2]), Text: kv[2]}
				d.Indicator("", kv[0], "件").Set(p)
			}
		}, RuleShare, Error, "“撤销”58件称占比5.4%，而同列其他3项的占比一致表明合计约为1113件，按此应占5.2%"},
		{"rate vs numerator and denominator", func(d *Dataset) {
			d.Indicator("", "审结", "件").Set(pt(2022, "1033"))
			d.Indicator("", "纠错", "件").Set(pt(2022, "250"))
			r := d.Indicator("", "纠错率", "%")
			r.Numerator, r.Denominator = "纠错", "审结"
			r.Set(pt(2022, "25.2"))
		}, RuleRate, Error, "应为24.2%"},
		{"unscaled count with no whole prior", func(d *Dataset) {
			p := pt(2022, "101")
			p.Changes = []Stated{growth("0.50")}
			d.Indicator("", "案件", "件").Set(p)
		}, RuleWhole, Error, "没有整数"},
		{"a qualified value only warns", func(d *Dataset) {
			d.Indicator("", "总数", "个").Set(pt(2022, "500"))
			k := d.Indicator("", "基层党组织", "个")
			k.Parent = "总数"
			p := pt(2022, "540")
			p.Qualifier, p.Flags = "多", FlagApprox
			k.Set(p)
		}, RuleSum, Warning, "相差40个"},
	}
	for _, c := range cases {
		var d Dataset
		c.build(&d)
		fs := findingsByRule(Check(&d, CheckOptions{}), c.rule)
		if len(fs) != 1 || fs[0].Severity != c.sev || !strings.Contains(fs[0].Message, c.message) {
			t.Errorf("%s: want one %s %s containing %q, got %+v", c.name, c.sev, c.rule, c.message, fs)
		}
		for _, f := range fs {
			if strings.ContainsAny(f.Message, ",:;") && !strings.Contains(c.message, ":") {
				t.Errorf("%s: ASCII punctuation in %q", c.name, f.Message)
			}
		}
	}
}

func TestShareWhole(t *testing.T) {
	cases := map[string][2]string{
		"占全省法院收案总数的":  {"全省法院收案总数", "true"},
		"占有罪人犯(2)":    {"有罪人犯", "true"},
		"占":           {"", "true"},
		"占(3)":        {"", "true"},
		"占比":          {"", "true"},
		"占到公共财政预算支出的": {"公共财政预算支出", "true"},
		"网办率":         {"", "false"},
	}
	for in, want := range cases {
		got, ok := ShareWhole(in)
		if got != want[0] || (ok && want[1] != "true") || (!ok && want[1] != "false") {
			t.Errorf("ShareWhole(%q) = %q, %v; want %q, %s", in, got, ok, want[0], want[1])
		}
	}
}

// Shares an extractor gives as % indicators of their own, right after
// their figures: the one that disagrees with the whole the others imply is
// found; shares that agree are no finding.
func TestInferShares(t *testing.T) {
	build := func(rows [][4]string) *Dataset {
		var d Dataset
		for _, kv := range rows {
			d.Indicator("复议", kv[0], "件").Set(pt(2022, kv[1]))
			d.Indicator("复议", kv[2], "%").Set(pt(2022, kv[3]))
		}
		return &d
	}
	d := build([][4]string{{"维持", "600", "占审结案件的", "53.9"}, {"驳回", "300", "占", "27.0"},
		{"撤销", "58", "占(2)", "5.4"}, {"终止", "155", "占(3)", "13.9"}})
	if n := InferShares(d); n != 4 {
		t.Fatalf("InferShares attached %d shares, want 4", n)
	}
	if sh := d.Indicators[4].Points[0].Share; sh == nil || sh.Of != "审结案件" || sh.Value != 5.4 || sh.Text != "5.4" {
		t.Fatalf("share of 撤销: %+v", sh)
	}
	fs := findingsByRule(Check(d, CheckOptions{}), RuleShare)
	if len(fs) != 1 || fs[0].Indicators[0] != "撤销" || fs[0].Severity != Error {
		t.Errorf("odd share: %+v", fs)
	}
	c := build([][4]string{{"基层法院收案", "271997", "占全省法院收案总数的", "84.7"}, {"中级法院收案", "43891", "占", "13.7"},
		{"高级法院收案", "5258", "占(2)", "1.6"}})
	if n := InferShares(c); n != 3 {
		t.Fatalf("court: %d shares", n)
	}
	if fs := Check(c, CheckOptions{}); len(fs) != 0 {
		t.Errorf("court shares reported: %+v", fs)
	}
}

func TestInferRates(t *testing.T) {
	build := func(rate string) *Dataset {
		var d Dataset
		d.Indicator("", "受理刑事案件", "件").Set(pt(2018, "68"))
		d.Indicator("", "结案", "件").Set(pt(2018, "38"))
		d.Indicator("", "结案率", "%").Set(pt(2018, rate))
		d.Indicator("", "受理民商事案件", "件").Set(pt(2018, "925"))
		d.Indicator("", "调解结案", "件").Set(pt(2018, "211"))
		d.Indicator("", "调撤率", "%").Set(pt(2018, "70"))
		return &d
	}
	d := build("55.88")
	if n := InferRates(d); n != 1 || d.Indicators[2].Numerator != "结案" || d.Indicators[2].Denominator != "受理刑事案件" {
		t.Fatalf("InferRates: %d, %+v", n, *d.Indicators[2])
	}
	if fs := Check(d, CheckOptions{}); len(fs) != 0 {
		t.Errorf("agreeing rate reported: %+v", fs)
	}
	d = build("65.88")
	InferRates(d)
	fs := findingsByRule(Check(d, CheckOptions{}), RuleRate)
	if len(fs) != 1 || fs[0].Severity != Warning || !strings.Contains(fs[0].Message, "应为55.88%") {
		t.Errorf("inferred rate contradiction: %+v", fs)
	}
}

func TestInferRatios(t *testing.T) {
	build := func(name string, values ...string) *Dataset {
		var d Dataset
		for i, v := range values {
			d.Indicator("", name+"(第"+string(rune('1'+i))+"项)", "").Set(pt(2022, v))
		}
		return &d
	}
	d := build("三次产业结构", "15.3", "31.3", "54.4")
	if n := InferRatios(d); n != 1 || d.Indicators[0].Parent != "三次产业结构" {
		t.Fatalf("InferRatios: %d %+v", n, *d.Indicators[0])
	}
	fs := findingsByRule(Check(d, CheckOptions{}), RuleSum)
	if len(fs) != 1 || fs[0].Severity != Error || !strings.Contains(fs[0].Message, "合计为101.0，应为100") {
		t.Errorf("structure: %+v", fs)
	}
	ok := build("三次产业结构", "6.01", "55.04", "38.95")
	InferRatios(ok)
	if fs := Check(ok, CheckOptions{}); len(fs) != 0 {
		t.Errorf("a structure that adds up reported: %+v", fs)
	}
	pig := build("猪粮比", "6.2", "1")
	if n := InferRatios(pig); n != 0 || len(Check(pig, CheckOptions{})) != 0 {
		t.Errorf("6.2:1 taken as a structure")
	}
}

func TestBaseYear(t *testing.T) {
	for base, want := range map[string]int{"": 2021, "比上年": 2021, "比2019年": 2019, "较2019年同期": 2019, "与2018年相比": 2018, "比上年末": 2021, "比12345年": 2021} {
		if got := baseYear(Stated{Base: base}, 2022); got != want {
			t.Errorf("baseYear(%q) = %d, want %d", base, got, want)
		}
	}
}

func TestShareOfName(t *testing.T) {
	var d Dataset
	d.Indicator("", "国内生产总值", "亿元").Set(pt(2022, "1210207"))
	d.Indicator("", "第一产业增加值", "亿元").Set(pt(2022, "88345"))
	r := d.Indicator("", "第一产业增加值占国内生产总值比重", "%")
	r.Set(pt(2022, "7.3"))
	if n := InferRates(&d); n != 1 || r.Numerator != "第一产业增加值" || r.Denominator != "国内生产总值" || r.InferredRate {
		t.Fatalf("InferRates: %d %+v", n, *r)
	}
	if fs := Check(&d, CheckOptions{}); len(fs) != 0 {
		t.Errorf("7.3%% reported: %+v", fs)
	}
	r.Points[0].Value = 8.3
	fs := findingsByRule(Check(&d, CheckOptions{}), RuleRate)
	if len(fs) != 1 || fs[0].Severity != Error || !strings.Contains(fs[0].Message, "应为7.3%") {
		t.Errorf("8.3%%: %+v", fs)
	}
	// The next share of the sentence takes its whole: a warning.
	d.Indicator("", "第二产业增加值", "亿元").Set(pt(2022, "483164"))
	s := d.Indicator("", "第二产业增加值比重", "%")
	s.Set(pt(2022, "36.9"))
	r.Numerator, r.Denominator = "", ""
	r.Points[0].Value = 7.3
	InferRates(&d)
	if s.Denominator != "国内生产总值" || !s.InferredRate {
		t.Fatalf("second share: %+v", *s)
	}
	fs = findingsByRule(Check(&d, CheckOptions{}), RuleRate)
	if len(fs) != 1 || fs[0].Severity != Warning || !strings.Contains(fs[0].Message, "应为39.9%") {
		t.Errorf("36.9%%: %+v", fs)
	}
}

// 321 146件 read as "…案件321" = 146: its contradictions are warnings.
func TestDoubtfulReading(t *testing.T) {
	var d Dataset
	tot := d.Indicator("", "收各类案件321", "件")
	tot.Breakdown = BreakdownSubset
	tot.Set(pt(2006, "146"))
	k := d.Indicator("", "基层法院收案271", "件")
	k.Parent = "收各类案件321"
	k.Set(pt(2006, "997"))
	if !DoubtfulReading(tot) || DoubtfulReading(&Indicator{Name: "受理案件", Points: []Point{pt(2006, "146")}}) ||
		DoubtfulReading(&Indicator{Name: "指标1234", Points: []Point{pt(2006, "146")}}) {
		t.Fatal("DoubtfulReading")
	}
	fs := Check(&d, CheckOptions{})
	if len(fs) != 1 || fs[0].Severity != Warning || !strings.Contains(fs[0].Message, "可能被空格分隔而误读") {
		t.Errorf("doubtful reading: %+v", fs)
	}
}
