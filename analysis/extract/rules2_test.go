package extract

import (
	"math"
	"testing"

	"github.com/annualstat/annualstat/analysis"
)

// TestDigitGroupSpace: a space, thin space or no-break space between groups
// of three digits is part of one number (digitGroupSpace); separate numbers
// stay separate.
func TestDigitGroupSpace(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年受理案件321 146件。", []wantFig{{ind: "受理案件", value: 321146, unit: "件", number: "321 146"}}},
		{"一般公共预算收入1\u2009234.5亿元。", []wantFig{{ind: "一般公共预算收入", value: 1234.5, unit: "亿元"}}},
		{"地区生产总值2\u00a0345\u00a0678万元。", []wantFig{{ind: "地区生产总值", value: 2345678, unit: "万元"}}},
		{"年末户籍人口12 345人，增长1.2%。", []wantFig{{ind: "户籍人口", value: 12345, unit: "人", changes: []string{"growth_pct 1.2"}}}},
		// Not digit groups: a year, then a count; four digits after a space.
		{"2023 年 15 个项目完成投资。", nil},
		{"2022年 123个项目完成。", []wantFig{{ind: "项目", value: 123, unit: "个"}}},
	})
}

// TestDigitGroupSpaceColumns: numbers set apart by spaces in a row of
// columns are not digit groups of one number.
func TestDigitGroupSpaceColumns(t *testing.T) {
	for _, c := range []struct {
		s    string
		j    int
		want bool
	}{
		{"12 345 678 9.1", 2, true},
		{"2 345 678万元", 1, false},
		{"321 146件", 3, false},
		{"1 234 5", 1, true},
	} {
		if got := spacedColumns(c.s, c.j+1); got != c.want {
			t.Errorf("spacedColumns(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want int
	}{{" 146件", 1}, {"\u2009146", 3}, {"\u00a0146", 2}, {" 1461", 0}, {" 14件", 0}, {"  146", 0}, {"x146", 0}} {
		if got := digitGroupSpace(c.s, 0); got != c.want {
			t.Errorf("digitGroupSpace(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestAverageGrowth: 年均增长, 年均增速 and 累计增长 are changes whose base
// names the span (averageGrowthBase); the span is no subject (五年年), and
// a change over several years is no year-over-year change of its level
// (isMultiYearBase): Derive computes no prior from it.
func TestAverageGrowth(t *testing.T) {
	cases := []struct {
		text  string
		want  []wantFig
		bases []string // base of every change of the first figure
	}{
		{"五年年均增长6.2%。", nil, nil},
		{"全市地区生产总值1234亿元，五年年均增长6.2%。", []wantFig{
			{ind: "地区生产总值", value: 1234, unit: "亿元", changes: []string{"growth_pct 6.2"}}}, []string{"五年年均"}},
		{"全市地区生产总值1234亿元，比上年增长5.1%，近五年年均增长6.2%。", []wantFig{
			{ind: "地区生产总值", value: 1234, unit: "亿元", changes: []string{"growth_pct 5.1", "growth_pct 6.2"}}}, []string{"比上年", "近五年年均"}},
		{"一般公共预算收入85亿元，“十四五”以来年均增长7%。", []wantFig{
			{ind: "一般公共预算收入", value: 85, unit: "亿元", changes: []string{"growth_pct 7"}}}, []string{"“十四五”以来年均"}},
		{"城镇居民人均可支配收入年均增速8.5%。", []wantFig{
			{ind: "城镇居民人均可支配收入", missing: true, changes: []string{"growth_pct 8.5"}}}, []string{"年均"}},
		{"地区生产总值1234亿元，三年累计增长18.2%。", []wantFig{
			{ind: "地区生产总值", value: 1234, unit: "亿元", changes: []string{"growth_pct 18.2"}}}, []string{"三年累计"}},
		// 累计 alone: the year-to-date total's growth over a year before.
		{"1-11月，规模以上工业增加值累计增长5.0%。", []wantFig{
			{ind: "规模以上工业增加值", missing: true, changes: []string{"growth_pct 5"}}}, []string{"累计"}},
	}
	for _, c := range cases {
		got := mustExtract(t, c.text, Options{Year: 2023})
		checkFigures(t, c.text, got, c.want)
		if len(got) == 0 || len(c.bases) == 0 {
			continue
		}
		for i, ch := range got[0].Changes {
			if i < len(c.bases) && ch.base != c.bases[i] {
				t.Errorf("%s: change %d base %q, want %q", c.text, i, ch.base, c.bases[i])
			}
		}
	}
	// Only the year-over-year change gives a prior.
	figs := Derive(mustExtract(t, "全市地区生产总值1100亿元，比上年增长10%，五年年均增长6.2%。", Options{Year: 2023}))
	if len(figs) != 2 || figs[1].Flags&Derived == 0 || figs[1].Year != 2022 || math.Abs(figs[1].Value-1000) > 1e-9 {
		for _, f := range figs {
			t.Logf("  %q %v %d %v", f.Indicator, f.Value, f.Year, f.Flags)
		}
		t.Errorf("Derive: want the figure and one prior 1000 in 2022")
	}
	figs = Derive(mustExtract(t, "全市地区生产总值1100亿元，五年年均增长6.2%。", Options{Year: 2023}))
	if len(figs) != 1 {
		t.Errorf("Derive: %d figures from an average growth alone, want 1 (no prior)", len(figs))
	}
	if isMultiYearBase("累计") || !isMultiYearBase("五年累计") || !isMultiYearBase("年均") || isMultiYearBase("比上年") {
		t.Error("isMultiYearBase: 累计 alone is not multi-year; 五年累计 and 年均 are; 比上年 is not")
	}
}

// TestQualifierWords: 超 逾 突破 mean over and are qualifiers; 多达, 高达
// and 达到 stress a size and are none (their word stays out of the subject).
func TestQualifierWords(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年接待游客突破1亿人次。", []wantFig{{ind: "接待游客", value: 1, unit: "亿人次", qual: "突破"}}},
		{"全市规模以上企业超3000家。", []wantFig{{ind: "规模以上企业", value: 3000, unit: "家", qual: "超"}}},
		{"全市共有医院逾200家。", []wantFig{{ind: "医院", value: 200, unit: "家", qual: "逾"}}},
		{"全市常住人口多达1200万人。", []wantFig{{ind: "常住人口", value: 1200, unit: "万人"}}},
		{"全年固定资产投资高达500亿元。", []wantFig{{ind: "固定资产投资", value: 500, unit: "亿元"}}},
		{"全年出口额达到500亿元。", []wantFig{{ind: "出口额", value: 500, unit: "亿元"}}},
		{"全县粮食产量约为35万吨。", []wantFig{{ind: "粮食产量", value: 35, unit: "万吨", qual: "约"}}},
		{"每名教师年培训不少于72学时。", []wantFig{{ind: "每名教师年培训", value: 72, unit: "学时", qual: "不少于"}}},
	})
}

// TestQualifiersKnownToAnalysis: every qualifier extract records is one
// analysis.ParseQualifier knows, so the dataset keeps it (SPEC §8).
func TestQualifiersKnownToAnalysis(t *testing.T) {
	for _, w := range approxPrefixes {
		if _, ok := analysis.ParseQualifier(qualifierWord(w)); !ok {
			t.Errorf("prefix %s records %q, which analysis does not know", w, qualifierWord(w))
		}
	}
	for _, w := range approxSuffix {
		if _, ok := analysis.ParseQualifier(w); !ok {
			t.Errorf("suffix %s is not a qualifier analysis knows", w)
		}
	}
	figs := mustExtract(t, "全年接待游客突破1亿人次。", Options{Year: 2023})
	d, err := ToDataset(figs, Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Indicators) != 1 || len(d.Indicators[0].Points) != 1 || d.Indicators[0].Points[0].Qualifier != "突破" || !d.Indicators[0].Points[0].Qualifier.Over() {
		t.Errorf("dataset does not keep the qualifier 突破 as over")
	}
}

// TestPriorTakesTheName: a prior stated inline takes the indicator name of
// the figure it belongs to, whichever way it is written: by its year
// (yearPrior: 2022年为1100件, 2022年受理1100件, in brackets), by 上年/去年同期
// without 为, or after 比上年末的; so the checks can compare the two years.
func TestPriorTakesTheName(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全市法院受理案件1200件，2022年为1100件。", []wantFig{
			{ind: "法院受理案件", value: 1200, unit: "件"},
			{ind: "法院受理案件", value: 1100, unit: "件", prior: true}}},
		{"全市共受理案件1200件；2022年受理1100件。", []wantFig{
			{ind: "受理案件", value: 1200, unit: "件"},
			{ind: "受理案件", value: 1100, unit: "件", prior: true}}},
		{"受理案件1200件，同比增长9.1%（2022年为1100件）。", []wantFig{
			{ind: "受理案件", value: 1200, unit: "件", changes: []string{"growth_pct 9.1"}},
			{ind: "受理案件", value: 1100, unit: "件", prior: true}}},
		{"受理案件1200件，去年同期1100件。", []wantFig{
			{ind: "受理案件", value: 1200, unit: "件"},
			{ind: "受理案件", value: 1100, unit: "件", prior: true}}},
		{"年末常住人口1200万人，比上年末的1180万人增加20万人。", []wantFig{
			{ind: "常住人口", value: 1200, unit: "万人", changes: []string{"abs 20"}},
			{ind: "常住人口", value: 1180, unit: "万人", prior: true},
			{ind: "常住人口增加", value: 20, unit: "万人", changeOf: "常住人口"}}},
		// A verb the figure's name does not hold: another quantity.
		{"受理案件1200件，2022年审结1100件。", []wantFig{
			{ind: "受理案件", value: 1200, unit: "件"},
			{ind: "审结案件", value: 1100, unit: "件"}}},
		// A year after the figure's: no prior.
		{"2022年受理案件1100件，2023年为1200件。", []wantFig{
			{ind: "受理案件", value: 1100, unit: "件"},
			{ind: "受理案件", value: 1200, unit: "件"}}},
	})
	figs := mustExtract(t, "受理案件1200件，2022年为1100件。", Options{Year: 2023})
	if len(figs) == 2 && (figs[0].Year != 2023 || figs[1].Year != 2022) {
		t.Errorf("years %d and %d, want 2023 and 2022", figs[0].Year, figs[1].Year)
	}
	for _, c := range []struct {
		p    string
		year int
		verb string
		ok   bool
	}{{"2022年为", 2022, "", true}, {"2022年受理", 2022, "受理", true}, {"2022年", 2022, "", true},
		{"2022年全市法院受理各类", 0, "", false}, {"22年为", 0, "", false}, {"上年为", 0, "", false}} {
		y, v, ok := yearPrior(c.p)
		if ok != c.ok || ok && (y != c.year || v != c.verb) {
			t.Errorf("yearPrior(%q) = %d %q %v, want %d %q %v", c.p, y, v, ok, c.year, c.verb, c.ok)
		}
	}
}

// TestTwoLabelColumns: a text table whose rows are labelled by two or three
// columns, the outer label written once over its rows (labelColumns,
// joinLabelPaths): each row is named by its joined label path, without the
// list markers, and rows whose outer cell is empty are read too.
func TestTwoLabelColumns(t *testing.T) {
	text := "收到和处理政府信息公开申请情况\n" +
		"| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 自然人 | 总计 |\n" +
		"| 一、本年新收政府信息公开申请数量 | | | 30 | 31 |\n" +
		"| 三、本年度办理结果 | （一）予以公开 | | 12 | 13 |\n" +
		"| | （二）部分公开 | | 4 | 4 |\n" +
		"| | （三）不予公开 | 1.属于国家秘密 | 1 | 1 |\n" +
		"| | | 2.其他 | 2 | 2 |\n" +
		"| | （四）其他处理 | 1.其他 | 5 | 6 |\n" +
		"| 四、结转下年度继续办理 | | | 7 | 7 |\n"
	checkFigures(t, "T3", mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "本年新收政府信息公开申请数量自然人", value: 30}, {ind: "本年新收政府信息公开申请数量总计", value: 31},
		{ind: "本年度办理结果予以公开自然人", value: 12}, {ind: "本年度办理结果予以公开总计", value: 13},
		{ind: "本年度办理结果部分公开自然人", value: 4}, {ind: "本年度办理结果部分公开总计", value: 4},
		{ind: "本年度办理结果不予公开属于国家秘密自然人", value: 1}, {ind: "本年度办理结果不予公开属于国家秘密总计", value: 1},
		{ind: "本年度办理结果不予公开其他自然人", value: 2}, {ind: "本年度办理结果不予公开其他总计", value: 2},
		{ind: "本年度办理结果其他处理其他自然人", value: 5}, {ind: "本年度办理结果其他处理其他总计", value: 6},
		{ind: "结转下年度继续办理自然人", value: 7}, {ind: "结转下年度继续办理总计", value: 7},
	})
	// One label column and a unit column: an ordinary table.
	plain := "| 指标 | 单位 | 2023年 |\n| 粮食产量 | 万吨 | 35.2 |\n| 油料产量 | 万吨 | 2.1 |\n"
	checkFigures(t, "plain", mustExtract(t, plain, Options{Year: 2023}), []wantFig{
		{ind: "粮食产量", value: 35.2, unit: "万吨"}, {ind: "油料产量", value: 2.1, unit: "万吨"}})
	for _, c := range []struct {
		s    string
		want int
	}{{"1.属于国家秘密", 2}, {"12、其他", 5}, {"1.5米以下", 0}, {"属于", 0}, {"123.其他", 0}} {
		if got := digitMarker(c.s); got != c.want {
			t.Errorf("digitMarker(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestPriceBasis: a change at current prices and one at comparable prices
// (priceBasis) are both kept, the price words in their base, no figure
// named 按当年价格; the second is left out of the dataset's changes
// (isRealTermsBase), which cannot check it against levels at current prices.
func TestPriceBasis(t *testing.T) {
	text := "医院次均住院费用10315.8元，按当年价格比上年下降5.0%，按可比价格下降5.2%。"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, text, figs, []wantFig{
		{ind: "医院次均住院费用", value: 10315.8, unit: "元", changes: []string{"growth_pct -5", "growth_pct -5.2"}}})
	if len(figs) == 1 && (figs[0].Changes[0].base != "按当年价格比上年" || figs[0].Changes[1].base != "按可比价格") {
		t.Errorf("bases %q, %q", figs[0].Changes[0].base, figs[0].Changes[1].base)
	}
	d, err := ToDataset(figs, Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	if p := d.Indicators[0].Points; len(p) == 0 || len(p[len(p)-1].Changes) != 1 || p[len(p)-1].Changes[0].Value != -5 {
		t.Errorf("dataset changes: want only the change at current prices")
	}
	// 实际增长 after 增长 stays one change (TestSeveralChanges), and a
	// growth at comparable prices alone is the figure's change.
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"地区生产总值1234亿元，按可比价格计算，比上年增长5.1%。", []wantFig{
			{ind: "地区生产总值", value: 1234, unit: "亿元", changes: []string{"growth_pct 5.1"}}}},
		{"次均门诊费用361.6元，按当年价格比上年上涨5.5%，按可比价格上涨5.3%。", []wantFig{
			{ind: "次均门诊费用", value: 361.6, unit: "元", changes: []string{"growth_pct 5.5", "growth_pct 5.3"}}}},
	})
}

// TestAgeBand: an age bounding a group inside a name (ageBand) is no
// figure; an age as a figure stays one.
func TestAgeBand(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"接受健康管理的65岁及以上老年人数13545.7万。", []wantFig{{ind: "接受健康管理的65岁及以上老年人数", value: 13545.7, unit: "万"}}},
		{"全市14周岁以下儿童12万人。", []wantFig{{ind: "14周岁以下儿童", value: 12, unit: "万人"}}},
		{"全市人均预期寿命78.6岁。", []wantFig{{ind: "人均预期寿命", value: 78.6, unit: "岁"}}},
		{"退休人员平均年龄65岁以上。", []wantFig{{ind: "退休人员平均年龄", value: 65, unit: "岁", qual: "以上"}}},
	})
}

// TestSchoolScope: the counts listed after a level's schools take the
// level's scope (inheritSchoolScope); without a figure named scope+学校
// they keep their own name.
func TestSchoolScope(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全国共有义务教育阶段学校21.26万所，招生3507.89万人，在校生1.54亿人，专任教师1001.65万人。", []wantFig{
			{ind: "义务教育阶段学校", value: 21.26, unit: "万所"},
			{ind: "义务教育阶段招生", value: 3507.89, unit: "万人"},
			{ind: "义务教育阶段在校生", value: 1.54, unit: "亿人"},
			{ind: "义务教育阶段专任教师", value: 1001.65, unit: "万人"}}},
		{"各级各类学历教育在校生2.82亿人；专任教师1732.03万人。", []wantFig{
			{ind: "各级各类学历教育在校生", value: 2.82, unit: "亿人"},
			{ind: "专任教师", value: 1732.03, unit: "万人"}}},
	})
}

// TestCompletionShare: a growth after a budget completion (完成年初预算的
// 27.39%) belongs to the level before it (isCompletionName).
func TestCompletionShare(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"一般公共预算支出累计完成32664万元，完成年初预算的23.47%，同比增长4.33%。", []wantFig{
			{ind: "一般公共预算支出", value: 32664, unit: "万元", changes: []string{"growth_pct 4.33"}},
			{ind: "完成年初预算", value: 23.47, unit: "%"}}},
		// A rate that is no completion keeps its change.
		{"全市森林覆盖率45.2%，提高0.3个百分点。", []wantFig{
			{ind: "森林覆盖率", value: 45.2, unit: "%", changes: []string{"pp 0.3"}}}},
	})
	for _, c := range []struct {
		name string
		want bool
	}{{"完成年初预算", true}, {"完成预算数", true}, {"为预算", true}, {"完成年度目标", true}, {"完成投资", false}, {"森林覆盖率", false}} {
		if got := isCompletionName(c.name); got != c.want {
			t.Errorf("isCompletionName(%s) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestTablePreambleAndYearHeader: a copied table's title, English title and
// 单位 row above its header (tablePreamble), a header row of years
// (yearHeaderRow) and an English label column under a header of its own.
func TestTablePreambleAndYearHeader(t *testing.T) {
	text := "| 3-5 主要畜产品产量 | |||||\n" +
		"| output of livestock products | |||||\n" +
		"| 单位:万吨 | (10000 tons) | |||||\n" +
		"| 项 目 | item | 2021 | 2022 | 2023 | |\n" +
		"| 肉类 | meat | 120.50 | 118.20 | 121.30 | |\n" +
		"| #猪肉 | pork | 80.10 | 79.00 | 82.40 | |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "yearbook", figs, []wantFig{
		{ind: "肉类", value: 120.5, unit: "万吨", prior: true}, {ind: "肉类", value: 118.2, unit: "万吨", prior: true}, {ind: "肉类", value: 121.3, unit: "万吨"},
		{ind: "猪肉", value: 80.1, unit: "万吨", prior: true}, {ind: "猪肉", value: 79, unit: "万吨", prior: true}, {ind: "猪肉", value: 82.4, unit: "万吨"},
	})
	if len(figs) == 6 && (figs[0].Year != 2021 || figs[2].Year != 2023) {
		t.Errorf("years %d, %d; want 2021, 2023", figs[0].Year, figs[2].Year)
	}
	// A data row whose values look like years but do not increase stays data.
	for _, c := range []struct {
		cells []string
		want  bool
	}{{[]string{"项目", "2021", "2022", "2023"}, true}, {[]string{"医院", "2023", "2010"}, false},
		{[]string{"项目", "2021", "12.5"}, false}, {[]string{"2021", "2022", "2023"}, false}} {
		var r trow
		for _, s := range c.cells {
			r.cells = append(r.cells, tcell{text: s})
		}
		if got := yearHeaderRow(r); got != c.want {
			t.Errorf("yearHeaderRow(%v) = %v, want %v", c.cells, got, c.want)
		}
	}
}
