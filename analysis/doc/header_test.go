package doc

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestUnitInBrackets(t *testing.T) {
	tests := []struct {
		in, label, unit string
		ok              bool
	}{
		{"产量(吨)", "产量", "吨", true},
		{"增减变动幅度(%)", "增减变动幅度", "%", true},
		{"同比增减（％）", "同比增减", "%", true},
		{"金额[万元]", "金额", "万元", true},
		{"收入(单位：万元)", "收入", "万元", true},
		{"每股收益（元/股）", "每股收益", "元/股", true},
		{"发病率(/10万)", "发病率", "/10万", true},
		{"增减(百分点)", "增减", "百分点", true},
		{"纲要(2021—2025年)", "纲要(2021—2025年)", "", false},
		{"其中(含)", "其中(含)", "", false},
		{"营业收入", "营业收入", "", false},
		{"比上年增长(%)", "比上年增长", "%", true},
	}
	for _, tt := range tests {
		label, unit, ok := UnitInBrackets(tt.in)
		if label != tt.label || unit != tt.unit || ok != tt.ok {
			t.Errorf("UnitInBrackets(%q) = %q, %q, %v; want %q, %q, %v", tt.in, label, unit, ok, tt.label, tt.unit, tt.ok)
		}
	}
}

func TestUnitLine(t *testing.T) {
	tests := []struct {
		in, unit string
		ok       bool
	}{
		{"单位：万元", "万元", true},
		{"单位:元", "元", true},
		{"  单位： 亿元 ", "亿元", true},
		{"金额单位：万元", "万元", true},
		{"计量单位：吨", "吨", true},
		{"（单位：亿元）", "亿元", true},
		{"(单位:万人)", "万人", true},
		{"单位", "", false},
		{"各单位：认真落实本通知的要求并按时上报结果", "", false},
		{"责任单位：区司法局", "", false},
		{"单位：万元、%", "万元、%", true},
		{"本单位：2023年共办理", "", false},
		{"单位：元 币种：人民币", "元", true},
		{"单位：万元，币种：人民币", "万元", true},
		{"币种：人民币", "", false},
	}
	for _, tt := range tests {
		unit, ok := UnitLine(tt.in)
		if unit != tt.unit || ok != tt.ok {
			t.Errorf("UnitLine(%q) = %q, %v; want %q, %v", tt.in, unit, ok, tt.unit, tt.ok)
		}
	}
}

func TestIsUnit(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"吨", true}, {"万元", true}, {"千公顷", true}, {"%", true}, {"％", true}, {"‰", true},
		{"元/股", true}, {"人/10万人口", true}, {"kWh", true}, {"百分点", true},
		{"2023年", false}, {"含", false}, {"10万", false}, {"上年同期", false}, {"一个很长很长的说明文字啊", false},
	}
	for _, tt := range tests {
		if got := IsUnit(tt.in); got != tt.ok {
			t.Errorf("IsUnit(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
}

func TestChangeOf(t *testing.T) {
	tests := []struct {
		in   string
		want ChangeKind
	}{
		{"增减变动幅度(%)", ChangePercent},
		{"同比增减(%)", ChangePercent},
		{"比上年增长(%)", ChangePercent},
		{"比上年增长", ChangePercent},
		{"增长率", ChangePercent},
		{"增速", ChangePercent},
		{"增减(百分点)", ChangePoints},
		{"比上年增减百分点", ChangePoints},
		{"增减额", ChangeAbsolute},
		{"增减(万元)", ChangeAbsolute},
		{"比年初增加", ChangeAbsolute},
		{"本报告期", NoChange},
		{"占比(%)", NoChange},
		{"产量(吨)", NoChange},
		{"2023年", NoChange},
	}
	for _, tt := range tests {
		if got := ChangeOf(tt.in); got != tt.want {
			t.Errorf("ChangeOf(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestPeriodOf(t *testing.T) {
	tests := []struct {
		in   string
		want Period
	}{
		{"本报告期", Period{Rel: RelCurrent}},
		{"上年同期", Period{Rel: RelPrior, SamePeriod: true}},
		{"去年同期", Period{Rel: RelPrior, SamePeriod: true}},
		{"本报告期末", Period{Rel: RelCurrent, Point: PointEnd}},
		{"本报告期初", Period{Rel: RelCurrent, Point: PointStart}},
		{"上年末", Period{Rel: RelPrior, Point: PointEnd}},
		{"年初数", Period{Rel: RelCurrent, Point: PointStart}},
		{"2023年", Period{Year: 2023}},
		{"2024年度", Period{Year: 2024}},
		{"2023年末", Period{Year: 2023, Point: PointEnd}},
		{"２０２２年", Period{Year: 2022}},
		{"2023", Period{Year: 2023}},
		{"本年", Period{Rel: RelCurrent}},
		{"上年", Period{Rel: RelPrior}},
		{"比上年增长(%)", Period{}},
		{"同比增减(%)", Period{}},
		{"营业收入", Period{}},
		{"12023年", Period{}},
	}
	for _, tt := range tests {
		if got := PeriodOf(tt.in); got != tt.want {
			t.Errorf("PeriodOf(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestComparisonBase(t *testing.T) {
	tests := []struct {
		in   string
		want Period
		ok   bool
	}{
		{"比上年增长(%)", Period{Rel: RelPrior}, true},
		{"较上年同期增减", Period{Rel: RelPrior, SamePeriod: true}, true},
		{"比年初增加", Period{Rel: RelCurrent, Point: PointStart}, true},
		{"同比增减(%)", Period{Rel: RelPrior, SamePeriod: true}, true},
		{"比2022年增长", Period{Year: 2022}, true},
		{"增减变动幅度(%)", Period{}, false},
	}
	for _, tt := range tests {
		got, ok := ComparisonBase(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ComparisonBase(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestYearOf(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"2023年", 2023}, {"2023年度", 2023}, {"2023", 2023}, {"合计2021年", 2021},
		{"1800年", 0}, {"20231年", 0}, {"123", 0}, {"2023万元", 0},
	}
	for _, tt := range tests {
		if got := YearOf(tt.in); got != tt.want {
			t.Errorf("YearOf(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestIsPeriodOnly(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"2023年", true}, {"2023年度", true}, {"本报告期", true}, {"上年同期", true}, {"年末数", true},
		{"营业收入", false}, {"2023年营业收入", false},
	}
	for _, tt := range tests {
		if got := IsPeriodOnly(tt.in); got != tt.want {
			t.Errorf("IsPeriodOnly(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLooksNumeric(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"1,234.5", true}, {"−3.19‰", true}, {"＋12.33%", true}, {"(12.3)", true}, {"１２", true},
		{"-0.5", true}, {"负8.6", true}, {"12.33％", true},
		{"—", false}, {"…", false}, {"", false}, {"产量", false}, {"1.2.3", false}, {".5", false}, {",1", false}, {"2023年", false},
	}
	for _, tt := range tests {
		if got := LooksNumeric(tt.in); got != tt.want {
			t.Errorf("LooksNumeric(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsMark(t *testing.T) {
	for in, want := range map[string]bool{"—": true, "…": true, "-": true, "×": true, "0": false, "无": false} {
		if got := IsMark(in); got != want {
			t.Errorf("IsMark(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestParseColumn(t *testing.T) {
	tests := []struct {
		path []string
		want Column
	}{
		{[]string{"产量(吨)"}, Column{Label: "产量", Unit: "吨"}},
		{[]string{"本报告期"}, Column{Period: Period{Rel: RelCurrent}}},
		{[]string{"增减变动幅度(%)"}, Column{Label: "", Unit: "%", Change: ChangePercent}},
		{[]string{"营业收入(万元)", "本报告期末"}, Column{Label: "营业收入", Unit: "万元", Period: Period{Rel: RelCurrent, Point: PointEnd}}},
		{[]string{"2023年", "比上年增长(%)"}, Column{Unit: "%", Period: Period{Year: 2023}, Change: ChangePercent, Base: Period{Rel: RelPrior}}},
		{[]string{"主要指标", "产值", "2024年"}, Column{Label: "主要指标/产值", Period: Period{Year: 2024}}},
		{[]string{"单位：元"}, Column{Unit: "元"}},
	}
	for _, tt := range tests {
		tt.want.Path = tt.path
		if got := ParseColumn(tt.path); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseColumn(%q) =\n %+v, want\n %+v", tt.path, got, tt.want)
		}
	}
}

// TestIsSectionRow: a row whose only text is its first column heads the
// rows below; a row with a header merged down beside it, or with text in
// another column, does not.
func TestIsSectionRow(t *testing.T) {
	var b Builder
	b.Row()
	b.Cell("报告期", 2, 1, Source{})
	b.Cell("本期", 1, 1, Source{})
	b.Cell("增减(%)", 2, 1, Source{})
	b.Row()
	b.Cell("金额", 1, 1, Source{})
	b.Row()
	b.Cell("财务指标", 1, 3, Source{})
	b.Row()
	b.Cell("每股收益", 1, 1, Source{})
	b.Cell("0.5", 1, 1, Source{})
	b.Cell("3.1", 1, 1, Source{})
	b.Row()
	b.Cell("经营业绩(万元)", 1, 1, Source{})
	b.Cell("", 1, 1, Source{})
	b.Row()
	b.Cell("营业收入", 1, 1, Source{})
	b.Cell("8230", 1, 1, Source{})
	b.Cell("6.4", 1, 1, Source{})
	tab, err := b.Table()
	if err != nil {
		t.Fatal(err)
	}
	for r, want := range []bool{false, false, true, false, true, false} {
		if got := IsSectionRow(tab, r); got != want {
			t.Errorf("IsSectionRow(row %d) = %v, want %v", r, got, want)
		}
	}
	if h := HeaderRowsOf(tab); h != 2 {
		t.Errorf("HeaderRowsOf = %d, want 2 (the section row 财务指标 ends the headers)", h)
	}
}

// TestYearOfAfterNumber: a year after a table number and a space is read;
// digits run together are no year.
func TestYearOfAfterNumber(t *testing.T) {
	for in, want := range map[string]int{"表1 2022年各县主要经济指标": 2022, "表12022年": 0, "２０２３年": 2023} {
		if got := YearOf(in); got != want {
			t.Errorf("YearOf(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestIsPeriodOnlyStatements: the period columns of financial statements.
func TestIsPeriodOnlyStatements(t *testing.T) {
	for in, want := range map[string]bool{"本期发生额": true, "上期发生额": true, "年初数": true,
		"营业收入": false, "发生额": false, "年末余额": false} {
		if got := IsPeriodOnly(in); got != want {
			t.Errorf("IsPeriodOnly(%q) = %v, want %v", in, got, want)
		}
	}
	if p := PeriodOf("上期发生额"); p.Rel != RelPrior {
		t.Errorf("PeriodOf(上期发生额) = %v, want prior", p)
	}
}

// TestLooksNumericASCIIAgrees: the byte-level reading of ASCII texts gives
// what the general one gives, for every text of up to four bytes drawn
// from the characters a number is written with and a few others.
func TestLooksNumericASCIIAgrees(t *testing.T) {
	alphabet := []string{"0", "7", ",", ".", "%", "+", "-", "(", ")", "a", " ", "\t"}
	var gen func(prefix string, n int)
	checked := 0
	gen = func(prefix string, n int) {
		if v, ok := looksNumericASCII(prefix); ok {
			checked++
			if want := looksNumericText(prefix); v != want {
				t.Errorf("looksNumericASCII(%q) = %v, looksNumericText = %v", prefix, v, want)
			}
		} else if prefix != "" && !strings.ContainsAny(prefix, " \t") {
			t.Errorf("looksNumericASCII(%q) declined an ASCII text without spaces", prefix)
		}
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			gen(prefix+c, n-1)
		}
	}
	gen("", 4)
	for _, s := range []string{"1,234.5", "(12.3)", "-3.19%", "12.", ".5", "1.2.3", ",1", "1,", "+-1", "(1", "1)", "()"} {
		if v, _ := looksNumericASCII(s); v != looksNumericText(s) {
			t.Errorf("looksNumericASCII(%q) = %v, want %v", s, v, !v)
		}
	}
	if checked < 10000 {
		t.Errorf("only %d texts checked", checked)
	}
}

// TestAtoiYear: atoiYear agrees with strconv.Atoi and the year range.
func TestAtoiYear(t *testing.T) {
	for _, s := range []string{"", "+", "-", "2023", "+2023", "-2023", "02023", "0000000000000000000000002023", "1899", "1900", "2200", "2201",
		"20230", "2023年", " 2023", "2023 ", "２０２３", "2_023", "99999999999999999999999", "1e3", "2023.0", "0x7e7"} {
		want := 0
		if n, err := strconv.Atoi(s); err == nil && n >= 1900 && n <= 2200 {
			want = n
		}
		if got := atoiYear(s); got != want {
			t.Errorf("atoiYear(%q) = %d, want %d", s, got, want)
		}
	}
}
