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
