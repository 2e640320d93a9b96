package extract

import (
	"strings"
	"testing"
)

// Sentences written for these tests (issue 11, precision on fresh real
// texts): the numbers are made up.

// TestTraditionalDistribution: 分別 in traditional script hands its
// changes to the figures listed before it, as 分别 does.
func TestTraditionalDistribution(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年批准逮捕犯罪嫌疑人12.5萬人，提起公訴30.2萬人，同比分別下降4.5%和2.1%。", []wantFig{
			{ind: "批准逮捕犯罪嫌疑人", value: 12.5, unit: "万人", changes: []string{"growth_pct -4.5"}},
			{ind: "提起公訴", value: 30.2, unit: "万人", changes: []string{"growth_pct -2.1"}}}},
		{"不捕率、不訴率分別為28.5%和16.2%。", []wantFig{
			{ind: "不捕率", value: 28.5, unit: "%"},
			{ind: "不訴率", value: 16.2, unit: "%"}}},
	})
}

// TestListedChangesWithoutDistribution: a list of changes written without
// 分别 after as many levels goes to them in order (distributeListed); a
// list the figures before do not match is read as before.
func TestListedChangesWithoutDistribution(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年受理案件5210件，审执结4980件，同比上升3.5%和2.8%。", []wantFig{
			{ind: "受理案件", value: 5210, unit: "件", changes: []string{"growth_pct 3.5"}},
			{ind: "审执结案件", value: 4980, unit: "件", changes: []string{"growth_pct 2.8"}}}},
		{"共受理各类案件8120件，结案7710件，同比上升6.12%、4.05%，结案率94.95%。", []wantFig{
			{ind: "受理各类案件", value: 8120, unit: "件", changes: []string{"growth_pct 6.12"}},
			{ind: "结案", value: 7710, unit: "件", changes: []string{"growth_pct 4.05"}},
			{ind: "结案率", value: 94.95, unit: "%"}}},
		{"收到一审判决61件88人，同比下降12%、20.5%。", []wantFig{
			{ind: "收到一审判决", value: 61, unit: "件", changes: []string{"growth_pct -12"}},
			{ind: "收到一审判决", value: 88, unit: "人", changes: []string{"growth_pct -20.5"}}}},
		{"受理案件300件，办结280件，同比增长5%和下降2%。", []wantFig{
			{ind: "受理案件", value: 300, unit: "件", changes: []string{"growth_pct 5"}},
			{ind: "办结案件", value: 280, unit: "件", changes: []string{"growth_pct -2"}}}},
	})
}

// TestMeasureWordChanges: 件数 and 人数 after a count in 件 and 人 name the
// measures of those figures; their changes are the figures', not figures
// of their own (measureUnit, measuredLevel, measureTargets).
func TestMeasureWordChanges(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"共受理审查逮捕案件25件31人，去年同期为30件42人，件数和人数分别同比下降16.67%、26.19%。", []wantFig{
			{ind: "受理审查逮捕案件", value: 25, unit: "件", changes: []string{"growth_pct -16.67"}},
			{ind: "受理审查逮捕案件", value: 31, unit: "人", changes: []string{"growth_pct -26.19"}},
			{ind: "受理审查逮捕案件", value: 30, unit: "件", prior: true},
			{ind: "受理审查逮捕案件", value: 42, unit: "人", prior: true}}},
		{"审结审查起诉案件60件72人，同比件数下降10.5%、人数下降8.2%。", []wantFig{
			{ind: "审结审查起诉案件", value: 60, unit: "件", changes: []string{"growth_pct -10.5"}},
			{ind: "审结审查起诉案件", value: 72, unit: "人", changes: []string{"growth_pct -8.2"}}}},
	})
	for _, c := range []struct{ name, want string }{
		{"件数", "件"}, {"同比人数", "人"}, {"户数", "户"}, {"案件", ""}, {"人数比重", ""},
	} {
		if got := measureUnit(c.name); got != c.want {
			t.Errorf("measureUnit(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestPriorPeriods: a prior named by its year alone has that year as its
// period (yearPriorPeriod), and the second count of a prior written as a
// pair is a prior too, of the same period (pairedPrior).
func TestPriorPeriods(t *testing.T) {
	for _, c := range []struct {
		text   string
		period []string // of the priors, in order
	}{
		{"全年受理案件1200件，2022年为1100件。", []string{"2022年"}},
		{"年末户籍人口125.3万人，2022年末为124.1万人。", []string{"2022年末"}},
		{"受理案件1200件，上年为1100件。", []string{"上年"}},
		{"共受理审查起诉案件40件52人，去年同期为45件61人。", []string{"去年同期", "去年同期"}},
	} {
		var got []string
		for _, f := range mustExtract(t, c.text, Options{Year: 2023}) {
			if f.Prior {
				got = append(got, f.Period)
			}
		}
		if strings.Join(got, "|") != strings.Join(c.period, "|") {
			t.Errorf("%s: prior periods %q, want %q", c.text, got, c.period)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"共受理审查起诉案件40件52人，去年同期为45件61人。", []wantFig{
			{ind: "受理审查起诉案件", value: 40, unit: "件"},
			{ind: "受理审查起诉案件", value: 52, unit: "人"},
			{ind: "受理审查起诉案件", value: 45, unit: "件", prior: true},
			{ind: "受理审查起诉案件", value: 61, unit: "人", prior: true}}},
		// Not a pair: a count after a prior with words between.
		{"受理案件1200件，上年为1100件，涉案800人。", []wantFig{
			{ind: "受理案件", value: 1200, unit: "件"},
			{ind: "受理案件", value: 1100, unit: "件", prior: true},
			{ind: "涉案", value: 800, unit: "人"}}},
	})
	for _, c := range []struct{ in, want string }{
		{"2022年为", "2022年"}, {"2022年末为", "2022年末"}, {"2022年同期为", "2022年同期"}, {"上年为", ""}, {"202年为", ""},
	} {
		if got := yearPriorPeriod(c.in); got != c.want {
			t.Errorf("yearPriorPeriod(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTermsWord: 实际 and 名义 between a comparison and its verb join the
// change's base (termsWord): the change is the level's, not a figure named
// 同比名义.
func TestTermsWord(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"工业企业实现出口交货值1250亿元，同比名义增长3.4%。", []wantFig{
			{ind: "工业企业实现出口交货值", value: 1250, unit: "亿元", changes: []string{"growth_pct 3.4"}}}},
		{"规模以上工业增加值同比实际增长6.1%。", []wantFig{
			{ind: "规模以上工业增加值", missing: true, changes: []string{"growth_pct 6.1"}}}},
	})
	for _, c := range []struct {
		in   string
		want int
	}{{"同比实际", len("实际")}, {"比上年名义", len("名义")}, {"扣除价格因素实际", 0}, {"实际", 0}, {"利用外资实际", 0}} {
		if got := termsWord(c.in); got != c.want {
			t.Errorf("termsWord(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestReadingNotes: pinyin in brackets after a character (萬(wàn)元,
// 增長(zhǎng)) is read as if it were not there (stripReadingNotes); the figure's
// sentence and offsets are the text's as written.
func TestReadingNotes(t *testing.T) {
	text := "上半年，全區完成財(cái)政收入2034萬(wàn)元，同比增長(zhǎng)8.2%。"
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{text, []wantFig{{ind: "財政收入", value: 2034, unit: "万元", changes: []string{"growth_pct 8.2"}}}},
		// Brackets that are no reading note stay.
		{"技改投资(含设备)1200万元(wan)。", []wantFig{{ind: "技改投资(含设备)", value: 1200, unit: "万元"}}},
	})
	figs := mustExtract(t, text, Options{Year: 2023})
	f := figs[0]
	if f.Sentence != text[f.SentenceSpan[0]:f.SentenceSpan[1]] || !strings.Contains(f.Sentence, "萬(wàn)元") {
		t.Errorf("sentence %q at %v, not the text as written", f.Sentence, f.SentenceSpan)
	}
	if got := text[f.Span[0]:f.Span[1]]; !strings.HasPrefix(got, "財(cái)政收入") || !strings.HasSuffix(got, "萬(wàn)元") {
		t.Errorf("span %v is %q, want 財(cái)政收入…萬(wàn)元", f.Span, got)
	}
	for _, c := range []struct {
		s    string
		want int
	}{
		{"萬(wàn)元", len("(wàn)")}, {"萬（wàn）元", len("（wàn）")}, {"長(zhǎng)", len("(zhǎng)")},
		{"萬(wan)元", 0}, {"5(wàn)", 0}, {"萬(wànwànwàn)", 0}, {"萬()", 0}, {"萬(wàn", 0},
	} {
		i := strings.IndexAny(c.s, "(（")
		if got := readingNote(c.s, i); got != c.want {
			t.Errorf("readingNote(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestNamePartNumbers: numbers that are part of a name or a rank are no
// figures (ageGroup, rankField, convertedBasis); the figures beside them
// are read with the words in their names. The count of classes a
// breakdown is drawn from (classCount) is a figure named by its
// classification (classCountName).
func TestNamePartNumbers(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"年末常住人口中，0—14岁人口为420.5万人，占12.6%。", []wantFig{
			{ind: "0—14岁人口", value: 420.5, unit: "万人"},
			{ind: "0—14岁人口占", value: 12.6, unit: "%"}}},
		{"14至16周岁未成年人犯罪数量逐步减少。", nil},
		{"起诉14至18周岁未成年人犯罪嫌疑人86人。", []wantFig{{ind: "起诉14至18周岁未成年人犯罪嫌疑人", value: 86, unit: "人"}}},
		{"41个大类行业中有35个行业增加值保持增长。", []wantFig{{ind: "大类行业", value: 41, unit: "个"}, {ind: "行业增加值保持增长", value: 35, unit: "个"}}},
		{"居民消费8个大类中，食品类价格上涨3.2%。", []wantFig{{ind: "居民消费大类", value: 8, unit: "个"}, {ind: "食品类价格", missing: true, changes: []string{"growth_pct 3.2"}}}},
		{"收入增幅在全省21个地级以上市中居第7位。", nil},
		{"化肥(折100%)产量1250万吨，增长6.3%。", []wantFig{{ind: "化肥(折100%)产量", value: 1250, unit: "万吨", changes: []string{"growth_pct 6.3"}}}},
		// Figures in the same units stay figures.
		{"人均预期寿命达到78.6岁，比上年提高0.2岁。", []wantFig{{ind: "人均预期寿命", value: 78.6, unit: "岁", changes: []string{"abs 0.2"}}, {ind: "人均预期寿命提高", value: 0.2, unit: "岁", changeOf: "人均预期寿命"}}},
		{"全市共有社区12个，其中新建3个。", []wantFig{{ind: "社区", value: 12, unit: "个"}, {ind: "新建", value: 3, unit: "个"}}},
		{"卷烟产量2450.5万箱，增长1.2%。", []wantFig{{ind: "卷烟产量", value: 2450.5, unit: "万箱", changes: []string{"growth_pct 1.2"}}}},
	})
}

// TestComparedPeriodAndDecline: 与上半年相比 is a comparison, not a subject
// (withPeriodCompared), and 减幅 a decline like 降幅.
func TestComparedPeriodAndDecline(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"二审开庭率为25.1%，与上半年相比上升1.2个百分点。", []wantFig{{ind: "二审开庭率", value: 25.1, unit: "%", changes: []string{"pp 1.2"}}}},
		{"经营活动产生的现金流量净额较上年同期减幅35.2%。", []wantFig{{ind: "经营活动产生的现金流量净额", missing: true, changes: []string{"growth_pct -35.2"}}}},
	})
	for _, c := range []struct {
		in   string
		want int
	}{{"与上半年相比", len("与上半年相比")}, {"率与上季度相比", len("与上季度相比")}, {"与全省相比", 0}, {"与2022年相比", 0}, {"上半年相比", 0}} {
		if got := withPeriodCompared(c.in); got != c.want {
			t.Errorf("withPeriodCompared(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestThresholdsAndAbsLists: a threshold bounding a class is part of its
// name (thresholdBand); a 分别 list of absolute changes for names the clause
// gives is one figure of its own per name (pushAbsOnly); 削减 is a decline
// and 名義 (traditional) reads as 名义.
func TestThresholdsAndAbsLists(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"实施5000万元以上工业项目42个。", []wantFig{{ind: "实施5000万元以上工业项目", value: 42, unit: "个"}}},
		{"限额以上企业是指年主营业务收入2000万元及以上的批发业企业。", nil},
		{"一审服判息诉率保持90%以上，结案率95.2%。", []wantFig{
			{ind: "一审服判息诉率保持", value: 90, unit: "%", qual: "以上"}, {ind: "结案率", value: 95.2, unit: "%"}}},
		{"全年培训农民3000人次以上。", []wantFig{{ind: "培训农民", value: 3000, unit: "人次", qual: "以上"}}},
		{"二氧化硫排放量和化学需氧量分别削减1200吨和860吨。", []wantFig{
			{ind: "二氧化硫排放量削减", value: 1200, unit: "吨", changeOf: "二氧化硫排放量"},
			{ind: "化学需氧量削减", value: 860, unit: "吨", changeOf: "化学需氧量"}}},
		{"社會消費品零售總額1888億元，同比名義增長9.2%。", []wantFig{
			{ind: "社會消費品零售總額", value: 1888, unit: "亿元", changes: []string{"growth_pct 9.2"}}}},
	})
}

// TestKnownGaps: shares listed with 分别 after their parts are named by
// the parts (sharesOfParts); a change in 十万分点 is the change of a rate
// per 10万; a growth after an absolute change without a level is that
// figure's (growthOfAbsOnly).
func TestKnownGaps(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"其中判处五年以上有期徒刑120人、判处三年以下有期徒刑860人，分别占判决人数的10.5%和75.2%。", []wantFig{
			{ind: "判处五年以上有期徒刑", value: 120, unit: "人"},
			{ind: "判处三年以下有期徒刑", value: 860, unit: "人"},
			{ind: "判处五年以上有期徒刑占判决人数", value: 10.5, unit: "%"},
			{ind: "判处三年以下有期徒刑占判决人数", value: 75.2, unit: "%"}}},
		// Names in the clause: each share takes its name (as before).
		{"城镇、农村居民人均可支配收入分别占全省平均水平的110%和95%。", []wantFig{
			{ind: "城镇居民人均可支配收入占全省平均水平", value: 110, unit: "%"},
			{ind: "农村居民人均可支配收入占全省平均水平", value: 95, unit: "%"}}},
		{"孕产妇死亡率为14.2/10万，比上年下降0.8个十万分点。", []wantFig{
			{ind: "孕产妇死亡率", value: 14.2, unit: "/10万", changes: []string{"pp -0.8"}}}},
		{"孕产妇死亡率下降0.8个十万分点。", []wantFig{{ind: "孕产妇死亡率", missing: true, unit: "/10万", changes: []string{"pp -0.8"}}}},
		{"与上年比较，执业医师增加0.5万人（增长3.2%）。", []wantFig{
			{ind: "执业医师增加", value: 0.5, unit: "万人", changeOf: "执业医师"},
			{ind: "执业医师", missing: true, unit: "万人", changes: []string{"abs 0.5", "growth_pct 3.2"}}}},
		{"床位减少0.3万张，下降1.1%。", []wantFig{
			{ind: "床位减少", value: 0.3, unit: "万张", changeOf: "床位"},
			{ind: "床位", missing: true, unit: "万张", changes: []string{"abs -0.3", "growth_pct -1.1"}}}},
		{"全市床位6.2万张。与上年比较，床位增加0.3万张（增长5.1%）。", []wantFig{
			{ind: "全市床位", value: 6.2, unit: "万张", changes: []string{"abs 0.3", "growth_pct 5.1"}},
			{ind: "床位增加", value: 0.3, unit: "万张", changeOf: "全市床位"}}},
	})
}

// TestChangeColumnRows: rows of a level with its unit and a number under a
// header naming a column of changes take the number as the level's growth
// (changeColumnRow, underChangeHeader); a row ending in a number is no line
// the next row's name wraps (rowThenName: 卷烟 starts with the unit 卷).
func TestChangeColumnRows(t *testing.T) {
	text := "主要产品产量如下:\n2023年 比上年增长%\n原盐 120.5万吨 1.2\n卷烟 35.6万箱 -2.4\n(折标准燃料)\n家用洗衣机 12.3万台 8.0\n木材 610万立方米-4.5\n"
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{text, []wantFig{
			{ind: "原盐", value: 120.5, unit: "万吨", changes: []string{"growth_pct 1.2"}},
			{ind: "卷烟", value: 35.6, unit: "万箱", changes: []string{"growth_pct -2.4"}},
			{ind: "家用洗衣机", value: 12.3, unit: "万台", changes: []string{"growth_pct 8"}},
			{ind: "木材", value: 610, unit: "万立方米", changes: []string{"growth_pct -4.5"}}}},
		// No header of changes: the trailing number is nothing.
		{"主要产品产量如下:\n原盐 120.5万吨 1.2\n", []wantFig{{ind: "原盐", value: 120.5, unit: "万吨"}}},
	})
	for _, c := range []struct {
		line, next string
		want       bool
	}{
		{"原盐 2974.6万吨 1.1", "卷烟 3421.3万箱 1.4", true},
		{"彩色电视机 1689.5万部 17.7", "家用洗衣机 1096.4万台 22.4", true},
		{"全年办结信访事项 1200", "件，同比增长5%", false},
		{"主动公开政府信息 5928", "条信息", false},
	} {
		if got := rowThenName(c.line, c.next); got != c.want {
			t.Errorf("rowThenName(%q, %q) = %v, want %v", c.line, c.next, got, c.want)
		}
	}
}

// TestCaseNarrative: the quantities of a case description, in a sentence
// that has named a party by a surname and 某, are no figures
// (caseNarrative); statistics before such a party, or 某 in other words,
// stay figures.
func TestCaseNarrative(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"其中，张某分得52300元。", nil},
		{"三被告人非法获利共计人民币45万余元。", nil},
		{"依法判处被告人1200人。", []wantFig{{ind: "依法判处被告人", value: 1200, unit: "人"}}},
		{"2021年5月，王某从李某强处购买了2.5克甲基苯丙胺。", nil},
		{"严惩严重暴力犯罪，办结案件520件，同比下降1.2%，对故意杀人的陈某依法判处死刑。", []wantFig{
			{ind: "办结严重暴力犯罪案件", value: 520, unit: "件", changes: []string{"growth_pct -1.2"}}}},
		{"于某日起开展专项行动，共办理案件36件。", []wantFig{{ind: "办理案件", value: 36, unit: "件"}}},
		{"对某些企业减免税费1200万元。", []wantFig{{ind: "对某些企业减免税费", value: 1200, unit: "万元"}}},
	})
}

// TestCompletionWithNote: a completion whose words a bracketed note
// follows is a share all the same (noteAfterShareWords): the growth after
// it is the level's.
func TestCompletionWithNote(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"上半年，完成公共财政预算支出52300万元，为预算的(包括本级预算和上级专项)61.5%，同比增长12%。", []wantFig{
			{ind: "公共财政预算支出", value: 52300, unit: "万元", changes: []string{"growth_pct 12"}},
			{ind: "为预算的(包括本级预算和上级专项)", value: 61.5, unit: "%"}}},
	})
	for _, c := range []struct{ in, want string }{
		{"为预算的(包括本级预算)", "为预算"}, {"为预算的（含专项）", "为预算"}, {"收入(含基金)", "收入"}, {"为预算", "为预算"}, {"(注)", "(注)"},
	} {
		if got := noteAfterShareWords(c.in); got != c.want {
			t.Errorf("noteAfterShareWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestChangeOfOtherPeriod: a change without a subject in a clause naming
// its own period measures the figure before it, stated only as a change,
// over that period (changeOnlyOfOtherPeriod, changeOfPeriod).
func TestChangeOfOtherPeriod(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"11月份居民消费价格同比上涨1.8%；1至11月累计上涨1.2%。", []wantFig{
			{ind: "居民消费价格", missing: true, changes: []string{"growth_pct 1.8"}},
			{ind: "居民消费价格", missing: true, changes: []string{"growth_pct 1.2"}}}},
		{"全年规模以上工业增加值增长6.1%，12月份增长5.2%。", []wantFig{
			{ind: "规模以上工业增加值", missing: true, changes: []string{"growth_pct 6.1"}},
			{ind: "规模以上工业增加值", missing: true, changes: []string{"growth_pct 5.2"}}}},
		// The same period: a second change qualifies the first (as before).
		{"规模以上工业增加值增长6.1%，扣除价格因素后实际增长5.2%。", []wantFig{
			{ind: "规模以上工业增加值", missing: true, changes: []string{"growth_pct 6.1"}}}},
	})
	figs := mustExtract(t, "11月份居民消费价格同比上涨1.8%；1至11月累计上涨1.2%。", Options{Year: 2023})
	if len(figs) != 2 || figs[0].Period != "11月份" || figs[1].Period != "1至11月" {
		t.Errorf("periods: %+v", figs)
	}
}

// TestWrappedRateWord: 增幅 broken by a space where the copy wrapped it is
// read as 增幅 (wrappedRateWord), not a figure named 幅.
func TestWrappedRateWord(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"管理费用3200.5万元，增加1100.2万元，增 幅52.4%。", []wantFig{
			{ind: "管理费用", value: 3200.5, unit: "万元", changes: []string{"abs 1100.2", "growth_pct 52.4"}},
			{ind: "管理费用增加", value: 1100.2, unit: "万元", changeOf: "管理费用"}}},
	})
	for _, c := range []struct {
		before, p string
		want      int
	}{{"增加1100万元，增 ", "幅", 1}, {"减少5%，降 ", "幅", -1}, {"增加1100万元，增", "幅", 0}, {"调 ", "幅", 0}, {"增 ", "幅度", 0}} {
		if got := wrappedRateWord(c.before, c.p); got != c.want {
			t.Errorf("wrappedRateWord(%q, %q) = %d, want %d", c.before, c.p, got, c.want)
		}
	}
}
