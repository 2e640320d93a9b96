package analysis

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// sample builds a few of the sample report's figures (SPEC §1), with
// invented prior values where the report states none.
func sample(t testing.TB) *Dataset {
	t.Helper()
	var d Dataset
	add := func(section, name, unit string, pts ...Point) *Indicator {
		ind := d.Indicator(section, name, unit)
		for _, p := range pts {
			if err := ind.Set(p); err != nil {
				t.Fatal(err)
			}
		}
		return ind
	}
	add("市场主体", "实有各类市场主体", "户", Point{Year: 2021, Value: 25564, Flags: FlagDerived}, Point{Year: 2022, Value: 28716})
	add("市场主体", "新增各类市场主体", "户", Point{Year: 2022, Value: 4698})
	add("政务服务", "即办件占比", "%", Point{Year: 2021, Value: 96.86}, Point{Year: 2022, Value: 98.06})
	add("政务服务", "网办率", "%", Point{Year: 2021, Value: 100}, Point{Year: 2022, Value: 100})
	add("政务服务", "投资", "亿元", Point{Year: 2021, Value: 0}, Point{Year: 2022, Value: 2.25, Flags: FlagApprox})
	add("政务服务", "窗口业务办件", "件", Point{Year: 2021, Value: 100}, Point{Year: 2022, Value: 600})
	add("法律顾问", "法律顾问事务", "件", Point{Year: 2021, Value: 250}, Point{Year: 2022, Value: 243})
	add("法律顾问", "亏损额", "万元", Point{Year: 2021, Value: -50}, Point{Year: 2022, Value: 1150})
	add("法律顾问", "应诉案件", "件", Point{Year: 2021, Value: 13})
	add("法律顾问", "持平指标", "件", Point{Year: 2021, Value: 1000000}, Point{Year: 2022, Value: 1000001})
	return &d
}

func TestAnalyzeStatements(t *testing.T) {
	tab, err := Analyze(sample(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if tab.Year != 2022 || tab.PreviousYear != 2021 || tab.Decimals != 2 {
		t.Fatalf("years %d/%d decimals %d", tab.Year, tab.PreviousYear, tab.Decimals)
	}
	want := map[string]string{
		"实有各类市场主体": "实有各类市场主体28716户，比上年增长12.33%",
		"新增各类市场主体": "新增各类市场主体4698户",
		"即办件占比":    "即办件占比98.06%，比上年提高1.20个百分点",
		"网办率":      "网办率100%，与上年持平",
		"投资":       "投资约2.25亿元，上年为0",
		"窗口业务办件":   "窗口业务办件600件，比上年增长5.00倍",
		"法律顾问事务":   "法律顾问事务243件，比上年下降2.80%",
		"亏损额":      "亏损额1150万元，比上年增加1200万元",
		"应诉案件":     "",
		"持平指标":     "持平指标1000001件，与上年持平",
	}
	for _, r := range tab.Rows {
		if got := r.Statement; got != want[r.Indicator.Name] {
			t.Errorf("%s: statement %q, want %q", r.Indicator.Name, got, want[r.Indicator.Name])
		}
		if r.Growth.OK() && r.PP.OK() {
			t.Errorf("%s: growth and percentage points both set", r.Indicator.Name)
		}
		if strings.Contains(r.Statement, "下降") && strings.Contains(r.Statement, "倍") {
			t.Errorf("%s: %q says 下降…倍", r.Indicator.Name, r.Statement)
		}
	}
	flags := map[string]string{}
	for _, r := range tab.Rows {
		flags[r.Indicator.Name] = strings.Join(r.Flags(), ",")
	}
	for name, want := range map[string]string{
		"实有各类市场主体": "derived", "新增各类市场主体": "missing_previous", "投资": "zero_base,approx",
		"亏损额": "negative_base", "应诉案件": "missing_current", "即办件占比": "",
	} {
		if flags[name] != want {
			t.Errorf("%s: flags %q, want %q", name, flags[name], want)
		}
	}
}

func TestAnalyzeOptions(t *testing.T) {
	d := sample(t)
	tab, err := Analyze(d, Options{Precision: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := tab.Rows[0].Statement; got != "实有各类市场主体28716户，比上年增长12.3%" {
		t.Errorf("precision 1: %q", got)
	}
	tab, _ = Analyze(d, Options{Precision: -1})
	if got := tab.Rows[0].Statement; got != "实有各类市场主体28716户，比上年增长12%" {
		t.Errorf("precision 0: %q", got)
	}
	if _, err := Analyze(d, Options{Year: 2030}); err == nil {
		t.Error("a year without values must be an error")
	}
	if _, err := Analyze(d, Options{Year: 2021, PreviousYear: 2022}); err == nil {
		t.Error("a comparison year after the year must be an error")
	}
	if _, err := Analyze(&Dataset{}, Options{}); !errors.Is(err, ErrNoData) {
		t.Errorf("empty dataset: %v", err)
	}
	var zero Dataset // the zero value works
	zero.Indicator("", "x", "件").Set(Point{Year: 2020, Value: 1})
	tab, err = Analyze(&zero, Options{})
	if err != nil || tab.PreviousYear != 0 || tab.Rows[0].Statement != "x为1件" {
		t.Errorf("single year: %v %+v", err, tab)
	}
	// Non-consecutive years say which year.
	var gap Dataset
	ind := gap.Indicator("", "y", "件")
	ind.Set(Point{Year: 2019, Value: 10})
	ind.Set(Point{Year: 2022, Value: 11})
	tab, _ = Analyze(&gap, Options{})
	if got := tab.Rows[0].Statement; got != "y为11件，比2019年增长10.00%" {
		t.Errorf("gap: %q", got)
	}
}

// Property: on random data, no figure is NaN or infinite, growth and
// percentage points are never both set, and every statement is non-empty
// when the current value exists.
func TestAnalyzeNeverNaN(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	units := []string{"户", "万元", "%", "分", "人次"}
	values := []float64{0, -1, 1e-300, 1e300, -1e300, 5, 100, 0.1}
	for iter := 0; iter < 200; iter++ {
		var d Dataset
		for i := 0; i < 20; i++ {
			ind := d.Indicator("s", string(rune('a'+i)), units[rng.IntN(len(units))])
			for y := 2020; y <= 2022; y++ {
				if rng.IntN(5) == 0 {
					continue
				}
				v := values[rng.IntN(len(values))]
				if rng.IntN(2) == 0 {
					v = rng.NormFloat64() * 1000
				}
				ind.Set(Point{Year: y, Value: v})
			}
		}
		d.Indicator("s", "anchor", "件").Set(Point{Year: 2022, Value: 1})
		tab, err := Analyze(&d, Options{Precision: 1 + rng.IntN(3)})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range tab.Rows {
			for _, f := range []Figure{r.Change, r.Growth, r.PP, r.Multiple} {
				if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
					t.Fatalf("%s: non-finite figure %+v", r.Indicator.Name, f)
				}
			}
			if r.Growth.OK() && r.PP.OK() {
				t.Fatalf("%s: growth and pp both set", r.Indicator.Name)
			}
			if r.HasCurrent && r.Statement == "" {
				t.Fatalf("%s: empty statement", r.Indicator.Name)
			}
			if strings.Contains(r.Statement, "NaN") || strings.Contains(r.Statement, "Inf") {
				t.Fatalf("%s: %q", r.Indicator.Name, r.Statement)
			}
		}
	}
}

// A name ending in a digit or Latin letter does not run into its value.
func TestStatementSubject(t *testing.T) {
	var d Dataset
	d.Indicator("", "指标000001", "%").Set(Point{Year: 2022, Value: 19.84})
	d.Indicator("", "PM2.5平均浓度", "微克/立方米").Set(Point{Year: 2022, Value: 23})
	d.Indicator("", "第2类事项", "件").Set(Point{Year: 2022, Value: 5})
	d.Indicator("", "５Ｇ基站", "个").Set(Point{Year: 2022, Value: 5})
	d.Indicator("", "ＡＢ２", "个").Set(Point{Year: 2022, Value: 5})
	tab, err := Analyze(&d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"指标000001为19.84%", "PM2.5平均浓度23微克/立方米", "第2类事项5件", "５Ｇ基站5个", "ＡＢ２为5个"}
	for i, r := range tab.Rows {
		if r.Statement != want[i] {
			t.Errorf("statement %q, want %q", r.Statement, want[i])
		}
	}
}

func TestDatasetModel(t *testing.T) {
	var d Dataset
	a := d.Indicator("S", "A", "件")
	if err := a.Set(Point{Year: 2022, Value: 1}); err != nil {
		t.Fatal(err)
	}
	if err := a.Set(Point{Year: 2022, Value: 2}); !errors.Is(err, ErrDuplicate) {
		t.Errorf("duplicate year: %v", err)
	}
	if err := a.Set(Point{Year: 2021, Value: math.NaN()}); err == nil {
		t.Error("NaN accepted")
	}
	a.Set(Point{Year: 2020, Value: 3})
	if ys := a.Years(); len(ys) != 2 || ys[0] != 2020 {
		t.Errorf("years not sorted: %v", ys)
	}
	if d.Indicator("S", "A", "件") != a {
		t.Error("Indicator did not find the existing indicator")
	}
	if err := d.Add(&Indicator{Section: "S", Name: "A", Unit: "件"}); !errors.Is(err, ErrDuplicate) {
		t.Errorf("duplicate indicator: %v", err)
	}
	d.Indicator("T", "B", "%")
	d.Indicator("S", "C", "件")
	if s := d.Sections(); strings.Join(s, ",") != "S,T" {
		t.Errorf("sections %v", s)
	}
	if d.Indicators[2].Name != "C" {
		t.Error("order not kept")
	}
}

func TestParseFlagsKinds(t *testing.T) {
	f, err := ParseFlags("approx|derived")
	if err != nil || f != FlagApprox|FlagDerived || f.String() != "approx|derived" {
		t.Errorf("ParseFlags: %v %v", f, err)
	}
	if _, err := ParseFlags("bogus"); err == nil {
		t.Error("unknown flag accepted")
	}
	for _, k := range []Kind{KindCount, KindAmount, KindScore, KindRate} {
		got, err := ParseKind(k.String())
		if err != nil || got != k {
			t.Errorf("ParseKind(%q) = %v, %v", k.String(), got, err)
		}
	}
}

func TestStatementsAsWritten(t *testing.T) {
	type pts = []Point
	cases := []struct {
		name, unit string
		points     pts
		want       string
	}{
		{"基层党组织", "个", pts{{Year: 2022, Value: 540, Qualifier: "多", Flags: FlagApprox}}, "基层党组织540多个"},
		{"党员", "名", pts{{Year: 2022, Value: 12000, Qualifier: "多", Flags: FlagApprox}}, "党员12000多名"},
		{"接待群众", "家次", pts{{Year: 2022, Value: 1900, Qualifier: "近", Flags: FlagApprox}}, "接待群众近1900家次"},
		{"投资", "亿元", pts{{Year: 2022, Value: 2.25, Qualifier: "约", Flags: FlagApprox}}, "投资约2.25亿元"},
		{"参训人员", "人", pts{{Year: 2022, Value: 1000, Qualifier: "左右", Flags: FlagApprox}}, "参训人员1000人左右"},
		{"入驻企业", "家", pts{{Year: 2022, Value: 300, Qualifier: "超过", Flags: FlagApprox}}, "入驻企业超过300家"},
		{"旧数据", "件", pts{{Year: 2022, Value: 30, Flags: FlagApprox}}, "旧数据约30件"},
		{"归集上报数据", "条", pts{{Year: 2022, Value: 11737, Period: "1-11月"}}, "1-11月归集上报数据11737条"},
		{"每股收益", "元/股", pts{{Year: 2022, Value: 0.32, Precision: PrecisionOf(4)}}, "每股收益0.3200元/股"},
		{"土地纠纷", "万宗", pts{{Year: 2022, Value: 43.4, Precision: PrecisionOf(2)}}, "土地纠纷43.40万宗"},
		// A stated change is repeated as written: 4.6% stays 4.6%.
		{"地区生产总值", "亿元", pts{{Year: 2022, Value: 617.5, Precision: PrecisionOf(2),
			Changes: []Stated{{Kind: ChangeGrowthPct, Value: 4.6, Text: "4.6"}}}}, "地区生产总值617.50亿元，比上年增长4.6%"},
		// An absolute change stays absolute, with its base and unit.
		{"年末常住人口", "万人", pts{{Year: 2022, Value: 704.3, Precision: PrecisionOf(1),
			Changes: []Stated{{Kind: ChangeAbs, Value: -1.2, Text: "1.2", Base: "比上年末"}}}}, "年末常住人口704.3万人，比上年末减少1.2万人"},
		// Several changes of one figure.
		{"受理案件", "件", pts{{Year: 2022, Value: 262, Changes: []Stated{
			{Kind: ChangeGrowthPct, Value: -2.6, Text: "2.60", Base: "同比"}, {Kind: ChangeAbs, Value: -7, Text: "7", Base: "同比"}}}},
			"受理案件262件，同比下降2.60%，减少7件"},
		// A figure stated only as a change, with the verb as written.
		{"居民消费价格", "%", pts{{Year: 2022, NoLevel: true, Changes: []Stated{{Kind: ChangeGrowthPct, Value: 0.3, Text: "0.3", Verb: "上涨"}}}},
			"居民消费价格比上年上涨0.3%"},
		{"规模以上工业增加值", "", pts{{Year: 2022, NoLevel: true, Changes: []Stated{{Kind: ChangeGrowthPct, Value: 5.1, Text: "5.1", Base: "比上年"}}}},
			"规模以上工业增加值比上年增长5.1%"},
		// A part of the year is compared with the same part of the year before.
		{"办件量", "件", pts{{Year: 2021, Value: 800, Period: "1-11月"}, {Year: 2022, Value: 1000, Period: "1-11月"}},
			"1-11月办件量1000件，比上年同期增长25.00%"},
		// A partial-year value is not compared with a whole year.
		{"办结量", "件", pts{{Year: 2021, Value: 900}, {Year: 2022, Value: 1000, Period: "1-11月"}}, "1-11月办结量1000件"},
		{"出生率", "‰", pts{{Year: 2021, Value: 8.09}, {Year: 2022, Value: 7.5}}, "出生率7.5‰，比上年下降0.59个千分点"},
	}
	for _, c := range cases {
		var d Dataset
		ind := d.Indicator("", c.name, c.unit)
		for _, p := range c.points {
			if err := ind.Set(p); err != nil {
				t.Fatal(err)
			}
		}
		tab, err := Analyze(&d, Options{Year: 2022})
		if err != nil {
			t.Fatal(err)
		}
		if got := tab.Rows[0].Statement; got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// An absolute change in another scale of the unit: the prior derived from
// 1.37万亿斤 and 增产74亿斤 is 1.3626万亿斤.
func TestDerivedPriorAcrossScales(t *testing.T) {
	var d Dataset
	ind := d.Indicator("", "粮食产量", "万亿斤")
	ind.Set(Point{Year: 2022, Value: 1.37, Precision: PrecisionOf(2), Changes: []Stated{{Kind: ChangeAbs, Value: 74, Text: "74", Unit: "亿斤", Verb: "增产"}}})
	DeriveFromStated(&d)
	p, ok := ind.At(2021)
	if !ok || p.Value != 1.3626 {
		t.Fatalf("prior %+v", p)
	}
	tab, _ := Analyze(&d, Options{})
	if got, flags := tab.Rows[0].Statement, strings.Join(tab.Rows[0].Flags(), ","); got != "粮食产量1.37万亿斤，比上年增产74亿斤" || flags != "derived" {
		t.Errorf("%q %q", got, flags)
	}
}

func TestNoLevelRow(t *testing.T) {
	var d Dataset
	d.Indicator("", "居民消费价格", "%").Set(Point{Year: 2022, NoLevel: true, Changes: []Stated{{Kind: ChangeGrowthPct, Value: 0.3, Text: "0.3"}}})
	d.Indicator("", "粮食总产量", "万吨").Set(Point{Year: 2022, Value: 31.57})
	tab, err := Analyze(&d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Rows) != 2 || !tab.Rows[0].HasCurrent || tab.Rows[0].Change.Reason != NoLevel {
		t.Fatalf("no-level row: %+v", tab.Rows)
	}
	if f := strings.Join(tab.Rows[0].Flags(), ","); f != "no_level" {
		t.Errorf("flags %q", f)
	}
}

func TestDerivedPriorPrecision(t *testing.T) {
	var d Dataset
	ind := d.Indicator("", "实有市场主体", "万户")
	ind.Set(Point{Year: 2022, Value: 449.5, Precision: PrecisionOf(1), Changes: []Stated{{Kind: ChangeGrowthPct, Value: 6.1, Text: "6.1"}}})
	if DeriveFromStated(&d) != 1 {
		t.Fatal("no prior derived")
	}
	p, _ := ind.At(2021)
	// 449.5 / 1.061 = 423.657…: shown to 0.1万户, stored in full.
	if got := FormatPoint(p, ind.EffectiveKind()); got != "423.7" {
		t.Errorf("derived prior shown as %q", got)
	}
	if p.Value == 423.7 {
		t.Error("derived prior stored rounded")
	}
	tab, _ := Analyze(&d, Options{})
	if got := tab.Rows[0].Statement; got != "实有市场主体449.5万户，比上年增长6.1%" {
		t.Errorf("statement %q", got)
	}
}

func TestStatementsOfMultiplesAndAmbiguousChanges(t *testing.T) {
	cases := []struct {
		changes []Stated
		want    string
	}{
		{[]Stated{{Kind: ChangeMultiple, Value: 6, Text: "6", Verb: "提升"}}, "窗口业务效能比上年提升5倍"},
		{[]Stated{{Kind: ChangeMultiple, Value: 5, Text: "5", Verb: "提升到"}}, "窗口业务效能提升到5倍"},
		{[]Stated{{Kind: ChangeMultiple, Value: 2.5, Text: "2.5"}}, "窗口业务效能为上年的2.5倍"},
		// A change the text may attach to another figure is not said of this one.
		{[]Stated{{Kind: ChangeGrowthPct, Value: 12.33, Text: "12.33", Ambiguous: true}}, "窗口业务效能"},
	}
	for _, c := range cases {
		var d Dataset
		d.Indicator("", "窗口业务效能", "").Set(Point{Year: 2022, NoLevel: true, Changes: c.changes})
		tab, _ := Analyze(&d, Options{})
		if got := tab.Rows[0].Statement; got != c.want {
			t.Errorf("%+v: %q, want %q", c.changes, got, c.want)
		}
	}
}

// A stated absolute change stays absolute even when both values are known.
func TestStatedChangeBeatsComputed(t *testing.T) {
	var d Dataset
	ind := d.Indicator("", "年末常住人口", "万人")
	ind.Set(Point{Year: 2021, Value: 705.5, Precision: PrecisionOf(1)})
	ind.Set(Point{Year: 2022, Value: 704.3, Precision: PrecisionOf(1), Changes: []Stated{{Kind: ChangeAbs, Value: -1.2, Text: "1.2", Base: "比上年末"}}})
	tab, _ := Analyze(&d, Options{})
	if got := tab.Rows[0].Statement; got != "年末常住人口704.3万人，比上年末减少1.2万人" {
		t.Errorf("%q", got)
	}
}
