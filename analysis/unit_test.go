package analysis

import "testing"

func TestParseUnit(t *testing.T) {
	cases := []struct {
		in     string
		scale  string
		factor float64
		base   string
		class  UnitClass
	}{
		{"户", "", 1, "户", ClassCount},
		{"万户", "万", 1e4, "户", ClassCount},
		{"亿元", "亿", 1e8, "元", ClassAmount},
		{"万亿元", "万亿", 1e12, "元", ClassAmount},
		{"千公顷", "千", 1e3, "公顷", ClassMeasure},
		{"万亿斤", "万亿", 1e12, "斤", ClassMeasure},
		{"十万人", "十万", 1e5, "人", ClassCount},
		{"百万吨", "百万", 1e6, "吨", ClassMeasure},
		{"千万元", "千万", 1e7, "元", ClassAmount},
		{"千克", "", 1, "千克", ClassMeasure},
		{"千米", "", 1, "千米", ClassMeasure},
		{"千瓦", "", 1, "千瓦", ClassMeasure},
		{"千瓦时", "", 1, "千瓦时", ClassMeasure},
		{"亿千瓦时", "亿", 1e8, "千瓦时", ClassMeasure},
		{"万吨", "万", 1e4, "吨", ClassMeasure},
		{"天", "", 1, "天", ClassMeasure},
		{"标准箱", "", 1, "标准箱", ClassMeasure},
		{"人次", "", 1, "人次", ClassCount},
		{"万人次", "万", 1e4, "人次", ClassCount},
		{"家次", "", 1, "家次", ClassCount},
		{"美元", "", 1, "美元", ClassAmount},
		{"亿美元", "亿", 1e8, "美元", ClassAmount},
		{"元/股", "", 1, "元/股", ClassRatio},
		{"人/10万人口", "", 1, "人/10万人口", ClassRatio},
		{"万元/人", "万", 1e4, "元/人", ClassRatio},
		{"%", "", 1, "%", ClassPercent},
		{"％", "", 1, "％", ClassPercent},
		{"‰", "", 1, "‰", ClassPerMille},
		{"分", "", 1, "分", ClassIndex},
		{"倍", "", 1, "倍", ClassRatio},
		{"个百分点", "", 1, "个百分点", ClassPercent},
		{"百分点", "", 1, "百分点", ClassPercent},
		{"蒲式耳", "", 1, "蒲式耳", ClassMeasure}, // unknown: a measure
		{" 万宗 ", "万", 1e4, "宗", ClassCount},
	}
	for _, c := range cases {
		u := ParseUnit(c.in)
		if u.Scale != c.scale || u.Factor != c.factor || u.Base != c.base || u.Class != c.class {
			t.Errorf("ParseUnit(%q) = %+v, want scale %q factor %v base %q class %v", c.in, u, c.scale, c.factor, c.base, c.class)
		}
	}
}

func TestClassOf(t *testing.T) {
	cases := []struct {
		name, unit string
		want       UnitClass
	}{
		{"即办件占比", "%", ClassProportion},
		{"网办率", "%", ClassProportion},
		{"第三产业比重", "%", ClassProportion},
		{"医保覆盖率", "%", ClassProportion},
		{"行政复议纠错率", "%", ClassProportion},
		{"地区生产总值增速", "%", ClassPercent},
		{"一般公共预算收入增长率", "%", ClassPercent},
		{"居民消费价格上涨", "%", ClassPercent},
		{"完成年度预算", "%", ClassPercent},
		{"预算完成率", "%", ClassPercent},
		{"净资产收益率", "%", ClassPercent},
		{"某指标", "%", ClassPercent},
		{"人口自然增长率", "‰", ClassPerMille},
		{"出生率", "‰", ClassPerMille},
		{"实有市场主体", "户", ClassCount},
		{"粮食总产量", "万吨", ClassMeasure},
		{"每股收益", "元/股", ClassRatio},
		{"综合得分", "分", ClassIndex},
	}
	for _, c := range cases {
		if got := ClassOf(c.name, c.unit); got != c.want {
			t.Errorf("ClassOf(%q, %q) = %v, want %v", c.name, c.unit, got, c.want)
		}
	}
}

func TestUnitClassText(t *testing.T) {
	for c, name := range map[UnitClass]string{ClassMeasure: "measure", ClassCount: "count", ClassAmount: "amount",
		ClassProportion: "proportion", ClassPercent: "percent", ClassPerMille: "permille", ClassRatio: "ratio", ClassIndex: "index"} {
		b, _ := c.MarshalText()
		if string(b) != name {
			t.Errorf("%d marshals as %q, want %q", c, b, name)
		}
		var back UnitClass
		if err := back.UnmarshalText([]byte(name)); err != nil || back != c {
			t.Errorf("UnmarshalText(%q) = %v, %v", name, back, err)
		}
	}
	if _, err := ParseUnitClass("rate"); err == nil {
		t.Error("ParseUnitClass accepted rate")
	}
	if c, err := ParseUnitClass(""); err != nil || c != ClassAuto {
		t.Errorf("empty class: %v %v", c, err)
	}
}

func TestEffectiveClassAndKind(t *testing.T) {
	cases := []struct {
		ind   Indicator
		class UnitClass
		kind  Kind
		whole bool
	}{
		{Indicator{Name: "实有市场主体", Unit: "户"}, ClassCount, KindCount, true},
		{Indicator{Name: "实有市场主体", Unit: "万户"}, ClassCount, KindAmount, false},
		{Indicator{Name: "粮食总产量", Unit: "万吨"}, ClassMeasure, KindAmount, false},
		{Indicator{Name: "增速", Unit: "%"}, ClassPercent, KindRate, false},
		{Indicator{Name: "占比", Unit: "%"}, ClassProportion, KindRate, false},
		{Indicator{Name: "增速", Unit: "%", Class: ClassProportion}, ClassProportion, KindRate, false}, // user override
		{Indicator{Name: "x", Unit: "吨", Class: ClassCount}, ClassCount, KindCount, true},
		{Indicator{Name: "x", Unit: "%", Kind: KindRate}, ClassProportion, KindRate, false}, // legacy: a rate
		{Indicator{Name: "x", Unit: "项", Kind: KindAmount}, ClassAmount, KindAmount, false},
		{Indicator{Name: "得分", Unit: "分"}, ClassIndex, KindScore, false},
	}
	for _, c := range cases {
		if got := c.ind.EffectiveClass(); got != c.class {
			t.Errorf("%s %s: class %v, want %v", c.ind.Name, c.ind.Unit, got, c.class)
		}
		if got := c.ind.EffectiveKind(); got != c.kind {
			t.Errorf("%s %s: kind %v, want %v", c.ind.Name, c.ind.Unit, got, c.kind)
		}
		if got := c.ind.WholeNumbers(); got != c.whole {
			t.Errorf("%s %s: whole %v, want %v", c.ind.Name, c.ind.Unit, got, c.whole)
		}
	}
}

func TestConvertScale(t *testing.T) {
	cases := []struct {
		v        float64
		from, to string
		want     float64
		ok       bool
	}{
		{1.2, "亿元", "万元", 12000, true},
		{12000, "万元", "亿元", 1.2, true},
		{449.5, "万户", "户", 4495000, true},
		{3, "千克", "克", 0, false}, // different bases: 千克 is a base of its own
		{1, "万吨", "万元", 0, false},
		{0.3, "亿元", "元", 30000000, true},
	}
	for _, c := range cases {
		got, ok := ConvertScale(c.v, ParseUnit(c.from), ParseUnit(c.to))
		if ok != c.ok || ok && got != c.want {
			t.Errorf("ConvertScale(%v, %s, %s) = %v, %v; want %v, %v", c.v, c.from, c.to, got, ok, c.want, c.ok)
		}
	}
}

func TestQualifier(t *testing.T) {
	cases := []struct {
		q            Qualifier
		number, unit string
		want         string
		meaning      QualifierMeaning
	}{
		{"多", "540", "个", "540多个", QualMoreThan},
		{"多", "12000", "名", "12000多名", QualMoreThan},
		{"多", "1", "万人", "1万多人", QualMoreThan},
		{"多", "1270", "万人", "1270多万人", QualMoreThan},
		{"余", "30", "亿元", "30余亿元", QualMoreThan},
		{"多", "1.5", "万人", "1.5万多人", QualMoreThan},
		{"余", "300", "家", "300余家", QualMoreThan},
		{"近", "1900", "家次", "近1900家次", QualNearly},
		{"将近", "50", "人", "将近50人", QualNearly},
		{"约", "2.25", "亿元", "约2.25亿元", QualAbout},
		{"大约", "3", "天", "大约3天", QualAbout},
		{"左右", "1000", "人", "1000人左右", QualAbout},
		{"超过", "300", "家", "超过300家", QualOver},
		{"以上", "90", "%", "90%以上", QualOver},
		{"逾", "10", "万人", "逾10万人", QualOver},
		{"不足", "5", "%", "不足5%", QualUnder},
		{"以下", "60", "岁", "60岁以下", QualUnder},
		{"突破", "1", "亿人次", "突破1亿人次", QualOver},
		{"不少于", "20", "课时", "不少于20课时", QualOver},
		{"以内", "30", "日", "30日以内", QualUnder},
		{"近乎", "100", "%", "近乎100%", QualNearly},
		{"", "28716", "户", "28716户", QualExact},
	}
	for _, c := range cases {
		if got := c.q.Format(c.number, c.unit); got != c.want {
			t.Errorf("%q.Format(%s, %s) = %q, want %q", c.q, c.number, c.unit, got, c.want)
		}
		if m := c.q.Meaning(); m != c.meaning {
			t.Errorf("%q means %v, want %v", c.q, m, c.meaning)
		}
	}
	if q, ok := ParseQualifier("多"); !ok || q != "多" || !q.MoreThan() || q.About() {
		t.Errorf("ParseQualifier(多) = %q %v", q, ok)
	}
	for _, w := range []string{"很多", "多达", "高达", "达到"} {
		// 多达 and 高达 stress a size, they do not doubt it.
		if _, ok := ParseQualifier(w); ok {
			t.Errorf("ParseQualifier accepted %s", w)
		}
	}
}

func TestPeriodKindOf(t *testing.T) {
	cases := map[string]PeriodKind{
		"": PeriodAnnual, "全年": PeriodAnnual, "2022年": PeriodAnnual,
		"1-11月": PeriodPartial, "1—9月": PeriodPartial, "一季度": PeriodPartial, "上半年": PeriodPartial, "前三季度": PeriodPartial,
		"年末": PeriodPoint, "年底": PeriodPoint, "截至9月20日": PeriodPoint, "9月末": PeriodPoint,
	}
	for in, want := range cases {
		if got := PeriodKindOf(in); got != want {
			t.Errorf("PeriodKindOf(%q) = %v, want %v", in, got, want)
		}
	}
	same := []struct {
		a, b string
		want bool
	}{
		{"", "", true}, {"", "全年", true}, {"1-11月", "1—11月", true}, {"1-11月", "1-10月", false},
		{"1-11月", "", false}, {"年末", "", false}, {"年末", "年底", true},
	}
	for _, c := range same {
		if got := SamePeriod(c.a, c.b); got != c.want {
			t.Errorf("SamePeriod(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestPrecision(t *testing.T) {
	var unknown Precision
	if _, ok := unknown.Decimals(); ok {
		t.Error("zero Precision is known")
	}
	cases := map[string]int{"43.40": 2, "28716": 0, "0.3200": 4, "12.33%": 2, "4.6": 1}
	for text, want := range cases {
		d, ok := PrecisionOfText(text).Decimals()
		if !ok || d != want {
			t.Errorf("PrecisionOfText(%q) = %d %v, want %d", text, d, ok, want)
		}
	}
	if PrecisionOfText("—").Known() {
		t.Error("a mark has a precision")
	}
	p := Point{Value: 43.4, Precision: PrecisionOf(2)}
	if p.Decimals() != 2 {
		t.Errorf("point decimals %d", p.Decimals())
	}
	if (&Point{Value: 43.4}).Decimals() != 1 {
		t.Error("unknown precision does not fall back to the shortest form")
	}
	st := Stated{Kind: ChangeGrowthPct, Value: 4.6, Text: "4.60"}
	if st.Decimals() != 2 {
		t.Errorf("stated decimals from text %d", st.Decimals())
	}
	st.Precision = PrecisionOf(1)
	if st.Decimals() != 1 {
		t.Errorf("stated decimals from precision %d", st.Decimals())
	}
}

func TestPointChanges(t *testing.T) {
	p := Point{Year: 2022, Value: 262, Changes: []Stated{
		{Kind: ChangeGrowthPct, Value: -2.6, Text: "2.60", Base: "同比"},
		{Kind: ChangeAbs, Value: -7, Text: "7", Base: "同比"},
	}}
	if c, ok := p.Change(ChangeAbs); !ok || c.Value != -7 {
		t.Errorf("abs change %+v %v", c, ok)
	}
	if _, ok := p.Change(ChangePP); ok {
		t.Error("found a pp change")
	}
	if p.FirstChange().Kind != ChangeGrowthPct {
		t.Error("first change")
	}
	if (&Point{}).FirstChange() != nil {
		t.Error("first change of none")
	}
}

func TestBreakdownText(t *testing.T) {
	for b, name := range map[Breakdown]string{BreakdownExhaustive: "exhaustive", BreakdownSubset: "subset", BreakdownRatio: "ratio"} {
		if b.String() != name {
			t.Errorf("%d is %q, want %q", b, b.String(), name)
		}
		if back, err := ParseBreakdown(name); err != nil || back != b {
			t.Errorf("ParseBreakdown(%q) = %v %v", name, back, err)
		}
	}
	if b, err := ParseBreakdown(""); err != nil || b != BreakdownExhaustive {
		t.Errorf("empty breakdown %v %v", b, err)
	}
	if _, err := ParseBreakdown("some"); err == nil {
		t.Error("ParseBreakdown accepted some")
	}
}

func TestValueAddedShareIsAProportion(t *testing.T) {
	for _, name := range []string{"第二产业增加值比重", "第一产业增加值占国内生产总值比重"} {
		if c := ClassOf(name, "%"); c != ClassProportion {
			t.Errorf("ClassOf(%q) = %v", name, c)
		}
	}
	if c := ClassOf("规模以上工业增加值增长", "%"); c != ClassPercent {
		t.Errorf("growth of value added: %v", c)
	}
}
