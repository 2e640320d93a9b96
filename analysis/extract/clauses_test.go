package extract

import (
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// Audit of the clause cases of issue 11, one sentence each, written for
// these tests. Cases other tests already hold (TestSeveralChanges,
// TestRatios, TestRanges …) are stated again here in other words.

// TestAuditSeveralChanges: the percent and the absolute change are both
// kept, in the clause of the percent or a later one, and the absolute
// change is a figure of its own.
func TestAuditSeveralChanges(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		// The absolute change in a later clause, without 同比.
		{"全院收案262件，同比下降2.60%，减少7件。", []wantFig{
			{ind: "全院收案", value: 262, unit: "件", changes: []string{"growth_pct -2.6", "abs -7"}},
			{ind: "全院收案减少", value: 7, unit: "件", changeOf: "全院收案"}}},
		// Percent then absolute change in one clause, joined by 、.
		{"一般公共预算支出120亿元，同比增长5.3%、增加6亿元。", []wantFig{
			{ind: "一般公共预算支出", value: 120, unit: "亿元", changes: []string{"growth_pct 5.3", "abs 6"}},
			{ind: "一般公共预算支出增加", value: 6, unit: "亿元", changeOf: "一般公共预算支出"}}},
		// Absolute change first, the percent after it.
		{"教育支出85.3亿元，比上年增长5.1%，增加4.1亿元。", []wantFig{
			{ind: "教育支出", value: 85.3, unit: "亿元", changes: []string{"growth_pct 5.1", "abs 4.1"}},
			{ind: "教育支出增加", value: 4.1, unit: "亿元", changeOf: "教育支出"}}},
	})
}

// TestAuditInlinePriors: 比去年90.78万件减少 and 较2022年558件.
func TestAuditInlinePriors(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"受理案件85.6万件，比去年90.78万件减少5.18万件。", []wantFig{
			{ind: "受理案件", value: 85.6, unit: "万件", changes: []string{"abs -5.18"}},
			{ind: "受理案件", value: 90.78, unit: "万件", prior: true},
			{ind: "受理案件减少", value: 5.18, unit: "万件", changeOf: "受理案件"}}},
		{"受理案件85.6万件，比去年的90.78万件下降5.7%。", []wantFig{
			{ind: "受理案件", value: 85.6, unit: "万件", changes: []string{"growth_pct -5.7"}},
			{ind: "受理案件", value: 90.78, unit: "万件", prior: true}}},
	})
}

// TestRatioColons: the terms of a ratio may be joined by : ： ∶ (U+2236)
// or ︰ (U+FE30) (isRatioColon); a time is no ratio.
func TestRatioColons(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{{':', true}, {'：', true}, {'∶', true}, {'︰', true}, {'-', false}, {'/', false}, {'比', false}} {
		if got := isRatioColon(c.r); got != c.want {
			t.Errorf("isRatioColon(%q) = %v, want %v", c.r, got, c.want)
		}
	}
	three := func(ind string, a, b, c float64) []wantFig {
		return []wantFig{{ind: ind, value: a, term: [2]int{1, 3}}, {ind: ind, value: b, term: [2]int{2, 3}}, {ind: ind, value: c, term: [2]int{3, 3}}}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"三次产业结构比为8.1︰35.2︰56.7。", three("三次产业结构比", 8.1, 35.2, 56.7)},
		{"三次产业结构比为8.1∶35.2∶56.7。", three("三次产业结构比", 8.1, 35.2, 56.7)},
		{"三次产业结构比为8.1：35.2：56.7。", three("三次产业结构比", 8.1, 35.2, 56.7)},
		{"出生人口性别比为108.6︰100。", []wantFig{
			{ind: "出生人口性别比", value: 108.6, term: [2]int{1, 2}}, {ind: "出生人口性别比", value: 100, term: [2]int{2, 2}}}},
		{"大会于14︰30开幕，到会代表320人。", []wantFig{{ind: "到会代表", value: 320, unit: "人"}}},
	})
}

// TestAuditRangesAndSigns: ranges with ～, signed changes after a level.
func TestAuditRangesAndSigns(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"每个村配备协管员3～5个。", []wantFig{{ind: "每个村配备协管员", value: 3, unit: "个", high: 5, number: "3～5"}}},
		{"单笔贷款额度为50-200万元。", []wantFig{{ind: "单笔贷款额度", value: 50, unit: "万元", high: 200}}},
		{"各月增速在2%至9%之间。", []wantFig{{ind: "各月增速", value: 2, unit: "%", high: 9}}},
		{"出口总额110亿元，负增长1.21%。", []wantFig{{ind: "出口总额", value: 110, unit: "亿元", changes: []string{"growth_pct -1.21"}}}},
		{"出口总额110亿元，增长负8.6%。", []wantFig{{ind: "出口总额", value: 110, unit: "亿元", changes: []string{"growth_pct -8.6"}}}},
		{"出口总额110亿元，增长-0.5%。", []wantFig{{ind: "出口总额", value: 110, unit: "亿元", changes: []string{"growth_pct -0.5"}}}},
		{"消费拉动经济增长2.1个百分点。", []wantFig{{ind: "消费拉动经济增长", value: 2.1, unit: "个百分点"}}},
		{"人口死亡率7.2‰，比上年上升0.3个千分点。", []wantFig{{ind: "人口死亡率", value: 7.2, unit: "‰", changes: []string{"pp 0.3"}}}},
	})
}

// TestPerBaseDenominator: a count per a round base after the count's own
// unit (210.5人/10万) is one figure in the compound unit; the base's
// digits are no figure of their own.
func TestPerBaseDenominator(t *testing.T) {
	for _, c := range []struct {
		s    string
		want string // the denominator read, "" none
	}{
		{"10万。", "10万"}, {"10万人口，", "10万人口"}, {"1000活产", "1000活产"}, {"100000", "100000"},
		{"12。", ""}, {"10。", ""}, {"10.5万", ""}, {"股", ""}, {"010万", ""},
	} {
		e := perBaseDenominator(c.s, 0)
		if got := c.s[:e]; got != c.want {
			t.Errorf("perBaseDenominator(%q) = %q, want %q", c.s, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"甲乙类传染病发病率为210.5人/10万。", []wantFig{{ind: "甲乙类传染病发病率", value: 210.5, unit: "人/10万"}}},
		{"肺结核发病率为35人/10万人口，下降2.1%。", []wantFig{{ind: "肺结核发病率", value: 35, unit: "人/10万人口", changes: []string{"growth_pct -2.1"}}}},
		{"孕产妇死亡率为9.8/10万。", []wantFig{{ind: "孕产妇死亡率", value: 9.8, unit: "/10万"}}},
		{"平均票价12元/张。", []wantFig{{ind: "平均票价", value: 12, unit: "元/张"}}},
	})
}

// TestAuditUnitsAndPhantoms: units of the issue, and numbers that are no
// figure (70周年, the 千 of 千公顷, 保持平稳).
func TestAuditUnitsAndPhantoms(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"收购茶叶3.5万担。", []wantFig{{ind: "收购茶叶", value: 3.5, unit: "万担"}}},
		{"全国粮食产量1.37万亿斤。", []wantFig{{ind: "粮食产量", value: 1.37, unit: "万亿斤"}}},
		{"法官平均年龄41.5岁。", []wantFig{{ind: "法官平均年龄", value: 41.5, unit: "岁"}}},
		{"林地面积12.8千公顷。", []wantFig{{ind: "林地面积", value: 12.8, unit: "千公顷", number: "12.8"}}},
		{"隆重纪念建院70周年。", nil},
		{"全市物价保持平稳。", nil},
		{"经济运行保持平稳，工业增加值增长5%。", []wantFig{{ind: "工业增加值", missing: true, changes: []string{"growth_pct 5"}}}},
	})
}

// TestThousandsCommas: an ASCII comma between digit groups of exactly
// three is a thousands separator (2,798万元); a comma before fewer or more
// digits separates two numbers (3,5个 is not 35: 3个 and 5个).
func TestThousandsCommas(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年实现营业收入2,798万元，同比增长12.5%。", []wantFig{{ind: "营业收入", value: 2798, unit: "万元", number: "2,798", changes: []string{"growth_pct 12.5"}}}},
		{"归属于上市公司股东的净利润153,092,112.67元。", []wantFig{{ind: "归属于上市公司股东的净利润", value: 153092112.67, unit: "元", number: "153,092,112.67"}}},
		// A list comma: each number takes the unit and noun (listCommaUnit).
		{"每村配备3,5个网格员。", []wantFig{{ind: "网格员", value: 3, unit: "个", number: "3"}, {ind: "网格员", value: 5, unit: "个", number: "5"}}},
		{"抽查1,23家企业。", []wantFig{{ind: "企业", value: 1, unit: "家"}, {ind: "企业", value: 23, unit: "家"}}},
		{"资产总额1,234,5678元。", nil},
	})
}

// TestRankPosition: ranks and positions are no figures (rankPosition);
// counts in 位 and 名 stay figures.
func TestRankPosition(t *testing.T) {
	for _, c := range []struct {
		pre, rest, unit string
		want            bool
	}{
		{"主要指标居全省前", "位。", "位", true},
		{"进入全国前", "名", "名", true},
		{"跻身百强县前", "强", "强", true},
		{"全市排名提升", "个位次", "个", true},
		{"综合排名前移", "个名次", "个", true},
		{"较上年前进了", "名", "名", true},
		{"全省排名前移", "位", "位", true},
		{"员额法官增加", "名", "名", false},
		{"专家库共有专家", "位", "位", false},
		{"目前", "名", "名", false},
		{"提前", "名", "名", false},
		{"招录", "个岗位", "个", false},
	} {
		if got := rankPosition(c.pre, c.rest, unitMatch{unit: c.unit, kind: unitQuantity}); got != c.want {
			t.Errorf("rankPosition(%q, %q) = %v, want %v", c.pre, c.rest, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"主要经济指标居全省前3位。", nil},
		{"综合考评获全省第2名。", nil},
		{"经济总量居全省第5。", nil},
		{"全市营商环境排名提升3个位次。", nil},
		{"排名全省第四，较上年前进了三名。", nil},
		{"入库专家120位，同比增加15位。", []wantFig{
			{ind: "入库专家", value: 120, unit: "位", changes: []string{"abs 15"}},
			{ind: "入库专家增加", value: 15, unit: "位", changeOf: "入库专家"}}},
	})
}

// TestAgeCondition: ages and thresholds inside a group's name (不满16岁的,
// 年满60岁的, 60岁及以上, 5年以上有期徒刑) are no figures; the count after
// them is, named with them.
func TestAgeCondition(t *testing.T) {
	for _, c := range []struct {
		pre  string
		unit string
		want bool
	}{
		{"依法办理14岁以上不满", "岁", true}, {"年满", "周岁", true}, {"未满", "岁", true},
		{"法官平均年龄", "岁", false}, {"不满", "人", false}, {"人均预期寿命达", "岁", false},
	} {
		if got := ageCondition(c.pre, unitMatch{unit: c.unit, kind: unitQuantity}); got != c.want {
			t.Errorf("ageCondition(%q, %s) = %v, want %v", c.pre, c.unit, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"审理已满14岁不满16岁的未成年人犯罪案件32件。", []wantFig{{ind: "审理已满14岁不满16岁的未成年人犯罪案件", value: 32, unit: "件"}}},
		{"年满60周岁的老人1200人。", []wantFig{{ind: "年满60周岁的老人", value: 1200, unit: "人"}}},
		{"判处5年以上有期徒刑的被告人120人。", []wantFig{{ind: "判处5年以上有期徒刑的被告人", value: 120, unit: "人"}}},
		{"60岁及以上人口25.3万人，占总人口的18.2%。", []wantFig{
			{ind: "60岁及以上人口", value: 25.3, unit: "万人"}, {ind: "占总人口", value: 18.2, unit: "%"}}},
		{"全市人均预期寿命达到79.2岁。", []wantFig{{ind: "人均预期寿命", value: 79.2, unit: "岁"}}},
	})
}

// TestServiceHours: 24小时 that names a service, and 7×24小时, are no
// figures (serviceHours); a time limit in hours is.
func TestServiceHours(t *testing.T) {
	for _, c := range []struct {
		pre, rest string
		value     float64
		want      bool
	}{
		{"开通", "小时自助服务区", 24, true},
		{"提供", "小时不打烊服务", 24, true},
		{"全市7×", "小时值班", 24, true},
		{"压缩至", "小时。", 24, false},
		{"承诺", "小时内办结", 24, false},
		{"平均办理", "小时", 48, false},
		{"累计服务", "小时志愿服务", 3600, false},
	} {
		if got := serviceHours(c.pre, c.rest, c.value, unitMatch{unit: "小时", kind: unitQuantity}); got != c.want {
			t.Errorf("serviceHours(%q, %q) = %v, want %v", c.pre, c.rest, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"开通24小时自助服务区12个。", []wantFig{{ind: "开通24小时自助服务区", value: 12, unit: "个"}}},
		{"提供7×24小时不间断服务。", nil},
		{"审批时间压缩至24小时。", []wantFig{{ind: "审批时间", value: 24, unit: "小时"}}},
		{"12345热线受理群众诉求8.6万件。", []wantFig{{ind: "12345热线受理群众诉求", value: 8.6, unit: "万件"}}},
	})
}

// TestArticleNumbers: article and item numbers are no figures.
func TestArticleNumbers(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"依据《条例》第二十条第(一)项不予公开3件。", []wantFig{{ind: "依据《条例》第二十条第(一)项不予公开", value: 3, unit: "件"}}},
		{"适用第十六条第二款的1件。", []wantFig{{value: 1, unit: "件", ind: "适用第十六条第二款"}}},
	})
}

// TestChineseCount: counts in Chinese numerals inside a clause
// (chineseCount), never names (两个确立, 六稳, 四大检察, 八项规定).
func TestChineseCount(t *testing.T) {
	q := unitMatch{unit: "名", kind: unitQuantity}
	qa := unitMatch{unit: "名", kind: unitQuantity, approx: true, qual: "余"}
	ge := unitMatch{unit: "个", kind: unitQuantity}
	for _, c := range []struct {
		pre, numeral, after string
		value               float64
		m                   unitMatch
		want                bool
	}{
		{"共有", "两千", "志愿者参与", 2000, qa, true},
		{"全年新增", "十二", "社区服务站", 12, ge, true},
		{"共有", "三", "社区", 3, ge, true},
		{"坚持", "两", "确立", 2, ge, false},
		{"落实", "八", "规定", 8, unitMatch{unit: "项", kind: unitQuantity}, false},
		{"出台", "二十", "措施", 20, unitMatch{unit: "条", kind: unitQuantity}, false},
		{"增强", "四", "意识", 4, ge, false},
		{"选派", "两", "干部", 2, q, false},
	} {
		if got := chineseCount(c.pre, c.numeral, c.after, c.value, c.m); got != c.want {
			t.Errorf("chineseCount(%q, %q, %q) = %v, want %v", c.pre, c.numeral, c.after, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县共有两千余名志愿者参与服务。", []wantFig{{ind: "志愿者", value: 2000, unit: "名", qual: "余", number: "两千"}}},
		{"全年开展培训十二次。", []wantFig{{ind: "开展培训", value: 12, unit: "次", number: "十二"}}},
		{"坚定拥护“两个确立”，做好六稳工作，全面推进四大检察。", nil},
		{"坚持两个确立，落实八项规定，出台二十条措施。", nil},
	})
}

// TestShares: fractions, percentages and tenths in words are figures in
// their unit as written (cnFraction, fractionChain, tenthsUnit); vague
// shares and voting thresholds are none.
func TestShares(t *testing.T) {
	for _, c := range []struct {
		s     string
		value float64
		unit  string
		ok    bool
	}{
		{"三分之一的", 1.0 / 3, "", true},
		{"四分之三", 0.75, "", true},
		{"十分之一", 0.1, "", true},
		{"百分之八十", 80, "%", true},
		{"百分之百", 100, "%", true},
		{"千分之五", 5, "‰", true},
		{"千分之12.13", 12.13, "‰", true},
		{"百分之95.5", 95.5, "%", true},
		{"三分之四", 0, "", false},
		{"一分之一", 0, "", false},
		{"三分局", 0, "", false},
	} {
		n, u, ok := cnFraction(c.s, 0)
		if ok != c.ok || ok && (math.Abs(n.value-c.value) > 1e-12 || u != c.unit) {
			t.Errorf("cnFraction(%q) = %v %q %v, want %v %q %v", c.s, n.value, u, ok, c.value, c.unit, c.ok)
		}
	}
	frac := func(a, b float64) token {
		return token{kind: tokNum, parts: 2, sep: '/', num: number{value: a, intDigits: 1}, last: number{value: b, intDigits: 1}}
	}
	for _, c := range []struct {
		pre, rest string
		t         token
		want      bool
	}{
		{"约", "左右的案件", frac(1, 4), true},
		{"调解结案占比达", "。", frac(1, 3), true},
		{"会议于", "召开", frac(3, 10), false},
		{"比分", "。", frac(1, 4), false},
		{"占比达", "。", frac(5, 4), false},
		{"占比达", "。", frac(1, 12), false},
	} {
		if _, got := fractionChain(c.pre, c.rest, c.t); got != c.want {
			t.Errorf("fractionChain(%q, %q) = %v, want %v", c.pre, c.rest, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{{"成受访者", true}, {"成以上", true}, {"成。", true}, {"成不变", false}, {"成员单位", false}, {"成立", false}} {
		if _, got := tenthsUnit(c.s, 0, 7, 0); got != c.want {
			t.Errorf("tenthsUnit(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"案件调解率约为三分之一。", []wantFig{{ind: "案件调解率", value: 1.0 / 3, unit: "", qual: "约", number: "三分之一"}}},
		{"全市三分之一的企业实现盈利。", []wantFig{{ind: "企业", value: 1.0 / 3, unit: ""}}},
		{"调解结案占比达1/4左右。", []wantFig{{ind: "调解结案占比", value: 0.25, unit: "", qual: "左右", number: "1/4"}}},
		{"近七成受访者表示满意。", []wantFig{{ind: "受访者表示满意", value: 7, unit: "成", qual: "近", number: "七"}}},
		{"8成以上的纠纷就地化解。", []wantFig{{ind: "纠纷就地化解", value: 8, unit: "成", qual: "以上"}}},
		{"百分之八十的案件调解结案。", []wantFig{{ind: "案件调解结案", value: 80, unit: "%", number: "百分之八十"}}},
		{"行政诉讼中超五成的被诉机关为县级政府。", []wantFig{{ind: "被诉机关", value: 5, unit: "成", qual: "超"}}},
		{"过半数的乡镇建成综合服务站。", nil},
		{"经全体代表三分之二以上多数通过。", nil},
		{"各项制度一成不变。", nil},
		{"由七成员单位组成。", nil},
	})
}

// TestFromToPrior: 由A…至B states B with the value A it changed from, a
// prior of the subject named before 由 (fromToPrior).
func TestFromToPrior(t *testing.T) {
	for _, c := range []struct {
		head, after string
		from, year  int
		want        bool
	}{
		{"办理时限由", "压减至5日", len("办理时限"), 0, true},
		{"占比从", "提高到5.1%", len("占比"), 0, true},
		{"登记时间由原来的", "压缩到5个工作日", len("登记时间"), 0, true},
		{"人均预期寿命由2017年的", "提高到2018年的77.0岁", len("人均预期寿命"), 2017, true},
		{"死亡率由上年的", "下降到6.1‰", len("死亡率"), -1, true},
		{"由", "压减至5日", 0, 0, false},    // no subject before 由
		{"办理时限由", "压减", 0, 0, false},   // no later value
		{"经费来自", "提高到5%", 0, 0, false}, // no 由 or 从
	} {
		from, year, _, got := fromToPrior(c.head, c.after)
		if got != c.want || got && (from != c.from || year != c.year) {
			t.Errorf("fromToPrior(%q, %q) = %d %d %v, want %d %d %v", c.head, c.after, from, year, got, c.from, c.year, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"办理时限由20日压减至5日。", []wantFig{{ind: "办理时限", value: 20, unit: "日", prior: true}, {ind: "办理时限", value: 5, unit: "日"}}},
		{"审批时限由22个工作日压缩至5个工作日。", []wantFig{
			{ind: "审批时限", value: 22, unit: "个工作日", prior: true}, {ind: "审批时限", value: 5, unit: "个工作日"}}},
		{"受理案件数由1200件增至1500件，增长25%。", []wantFig{
			{ind: "受理案件数", value: 1200, unit: "件", prior: true},
			{ind: "受理案件数", value: 1500, unit: "件", changes: []string{"growth_pct 25"}}}},
		{"居民人均预期寿命由2021年的78.2岁提高到2022年的78.6岁。", []wantFig{
			{ind: "居民人均预期寿命", value: 78.2, unit: "岁", prior: true}, {ind: "居民人均预期寿命", value: 78.6, unit: "岁"}}},
		{"婴儿死亡率从5.2‰下降到4.9‰。", []wantFig{{ind: "婴儿死亡率", value: 5.2, unit: "‰", prior: true}, {ind: "婴儿死亡率", value: 4.9, unit: "‰"}}},
	})
	figs := mustExtract(t, "居民人均预期寿命由2021年的78.2岁提高到2022年的78.6岁。", Options{Year: 2023})
	if len(figs) == 2 && (figs[0].Year != 2021 || figs[1].Year != 2022) {
		t.Errorf("years %d, %d; want 2021, 2022", figs[0].Year, figs[1].Year)
	}
}

// TestBracketParts: a figure in brackets after another (含再审1件) takes
// no change stated after the bracket (markParens); a change inside the
// bracket is its own.
func TestBracketParts(t *testing.T) {
	s := "审结4822件(含再审1件)，持平。"
	toks := (&extractor{s: s}).lex(0, len(s), nil)
	markParens(s, 0, len(s), toks)
	var in []bool
	for _, tk := range toks {
		if tk.kind == tokNum {
			in = append(in, tk.inParen)
		}
	}
	if len(in) != 2 || in[0] || !in[1] {
		t.Errorf("markParens(%q): numbers in brackets %v, want [false true]", s, in)
	}
	open := "审结4822件(含再审1件，持平。"
	toks = (&extractor{s: open}).lex(0, len(open), nil)
	markParens(open, 0, len(open), toks)
	for _, tk := range toks {
		if tk.inParen {
			t.Errorf("markParens(%q): a bracket left open marks %q", open, open[tk.start:tk.end])
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"审结民商事案件4822件(含再审1件)，与去年持平。", []wantFig{
			{ind: "审结民商事案件", value: 4822, unit: "件", changes: []string{"growth_pct 0"}},
			{ind: "再审案件", value: 1, unit: "件"}}},
		{"审结民商事案件4822件（含再审3件，同比增加1件），同比增长5%。", []wantFig{
			{ind: "审结民商事案件", value: 4822, unit: "件", changes: []string{"growth_pct 5"}},
			{ind: "再审案件", value: 3, unit: "件", changes: []string{"abs 1"}},
			{ind: "再审案件增加", value: 1, unit: "件", changeOf: "再审案件"}}},
	})
}

// TestScaledClassifiers: a classifier after a scale (12万名员额法官, 3万余名
// 志愿者) counts the noun after it, as the classifier alone does.
func TestScaledClassifiers(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全省共有约1.2万名员额法官。", []wantFig{{ind: "员额法官", value: 1.2, unit: "万名", qual: "约"}}},
		{"全市共有3万余名志愿者。", []wantFig{{ind: "志愿者", value: 3, unit: "万名", qual: "余"}}},
		{"新增市场主体1.2万户。", []wantFig{{ind: "新增市场主体", value: 1.2, unit: "万户"}}},
	})
}

// TestDistributeMixedKinds: the changes after 分别 may mix percents and
// multiples (distributedKind), and 分别 after a comparison (比前五年分别)
// still distributes.
func TestDistributeMixedKinds(t *testing.T) {
	m := func(kind unitKind, unit string) unitMatch { return unitMatch{kind: kind, unit: unit} }
	pct := &Change{Kind: GrowthPct, Value: 5, verb: "上升"}
	mul := &Change{Kind: Multiple, Value: 2.5, verb: "上升"}
	for _, c := range []struct {
		first  *Change
		m, um  unitMatch
		want   string
		wantOK bool
	}{
		{pct, m(unitPercent, "%"), m(unitPercent, "%"), GrowthPct, true},
		{pct, m(unitPercent, "%"), m(unitMultiple, "倍"), Multiple, true},
		{mul, m(unitMultiple, "倍"), m(unitPercent, "%"), GrowthPct, true},
		{pct, m(unitPercent, "%"), m(unitPP, "个百分点"), "", false},
		{pct, m(unitPercent, "%"), m(unitQuantity, "件"), "", false},
	} {
		got, ok := distributedKind(c.first, c.m, c.um)
		if got != c.want || ok != c.wantOK {
			t.Errorf("distributedKind(%s, %s) = %q %v, want %q %v", c.m.unit, c.um.unit, got, ok, c.want, c.wantOK)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"办理民事案件3.2万件、行政案件0.8万件、公益诉讼案件1.5万件，比上年分别上升1.5倍、2倍和12.6%。", []wantFig{
			{ind: "办理民事案件", value: 3.2, unit: "万件", changes: []string{"multiple 2.5"}},
			{ind: "行政案件", value: 0.8, unit: "万件", changes: []string{"multiple 3"}},
			{ind: "公益诉讼案件", value: 1.5, unit: "万件", changes: []string{"growth_pct 12.6"}}}},
		{"制定规范性文件17件，发布指导性案例13件，比前五年分别上升78.9%和3.5倍。", []wantFig{
			{ind: "制定规范性文件", value: 17, unit: "件", changes: []string{"growth_pct 78.9"}},
			{ind: "发布指导性案例", value: 13, unit: "件", changes: []string{"multiple 4.5"}}}},
	})
}

// TestAbsChangeAfterShare: an absolute change after a share of the level
// (占调整预算…%) is the level's, as a percent change there is.
func TestAbsChangeAfterShare(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"税收收入完成5,210万元，占年初预算98.2%，同比增长3.5%，增收176万元。", []wantFig{
			{ind: "税收收入", value: 5210, unit: "万元", changes: []string{"growth_pct 3.5", "abs 176"}},
			{ind: "占年初预算", value: 98.2, unit: "%"},
			{ind: "税收收入增收", value: 176, unit: "万元", changeOf: "税收收入"}}},
	})
}

// TestChineseMultiples: a multiple in Chinese numerals is a change
// (增长一倍 → 2, 是上年的两倍 → 2), as in digits.
func TestChineseMultiples(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"受理案件1200件，增长一倍。", []wantFig{{ind: "受理案件", value: 1200, unit: "件", changes: []string{"multiple 2"}}}},
		{"受理案件1200件，是上年的两倍。", []wantFig{{ind: "受理案件", value: 1200, unit: "件", changes: []string{"multiple 2"}}}},
		{"形成一倍增效应。", nil},
	})
}

// TestWrappedUnit: a unit wrapped to the next line is read only when it
// ends its word there (wrappedUnit): 5928\n条， but not 4972\n门诊部.
func TestWrappedUnit(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{{"条，", true}, {"条", true}, {"件。", true}, {"人以上", true}, {"门诊部 clinics", false}, {"人口", false}, {"诊所", false}} {
		if got := wrappedUnit(c.s, 0); got != c.want {
			t.Errorf("wrappedUnit(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"累计主动公开政府信息5928\n条，全文电子化率90.3%。", []wantFig{
			{ind: "主动公开政府信息", value: 5928, unit: "条"}, {ind: "全文电子化率", value: 90.3, unit: "%"}}},
		{"卫生院 936 19072 4972\n门诊部 313 2595", nil},
	})
}

// TestBareMeasure: an index, a coefficient or a ratio is a figure without a
// unit (bareMeasure); a bare number after another name is none.
func TestBareMeasure(t *testing.T) {
	for _, c := range []struct {
		pre  string
		want bool
	}{
		{"居民消费价格指数为", true}, {"基尼系数约为", true}, {"总人口性别比为", true}, {"工业生产者出厂价格指数", true},
		{"指数下降", false}, {"受理案件", false}, {"比", false},
	} {
		if got := bareMeasure(c.pre); got != c.want {
			t.Errorf("bareMeasure(%q) = %v, want %v", c.pre, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年居民消费价格指数为101.8。", []wantFig{{ind: "居民消费价格指数", value: 101.8, unit: "", number: "101.8"}}},
		{"城镇居民恩格尔系数约为28.6。", []wantFig{{ind: "城镇居民恩格尔系数", value: 28.6, unit: "", qual: "约"}}},
		{"常住人口性别比为103.9(以女性为100)。", []wantFig{{ind: "常住人口性别比", value: 103.9, unit: ""}}},
		{"人口出生率为千分之8.25。", []wantFig{{ind: "人口出生率", value: 8.25, unit: "‰", number: "千分之8.25"}}},
		{"价格指数下降0.5。", nil},
		{"全院1-10月“案件比”为1.12。", []wantFig{{ind: "“案件比”", value: 1.12, unit: ""}}},
	})
}

// TestRoughlyFlat: 持平 is a change of 0; 基本持平 and its kin are a
// comment, no change (roughlyFlat).
func TestRoughlyFlat(t *testing.T) {
	for _, c := range []struct {
		before string
		want   bool
	}{{"与上年基本", true}, {"总体", true}, {"大体", true}, {"与上年", false}, {"同比", false}} {
		if got := roughlyFlat(c.before); got != c.want {
			t.Errorf("roughlyFlat(%q) = %v, want %v", c.before, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"其中专任教师4708人，比上年减少10人，基本持平。", []wantFig{
			{ind: "专任教师", value: 4708, unit: "人", changes: []string{"abs -10"}},
			{ind: "专任教师减少", value: 10, unit: "人", changeOf: "专任教师"}}},
		{"诊疗人次8.4亿，与上年基本持平。", []wantFig{{ind: "诊疗人次", value: 8.4, unit: "亿"}}},
		{"行政诉讼未结案10件，与去年同期持平。", []wantFig{{ind: "行政诉讼未结案", value: 10, unit: "件", changes: []string{"growth_pct 0"}}}},
	})
}

// TestQualifiedChangeOnly: a figure stated only as a change keeps the
// change's qualifier (增长4%左右), and a list after 分别 with one name gives
// a figure per change, the list's qualifier on each (singleSubject).
func TestQualifiedChangeOnly(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"固定资产投资增长10%左右。", []wantFig{{ind: "固定资产投资", missing: true, changes: []string{"growth_pct 10"}, qual: "左右"}}},
		{"外贸进出口总额增长约6%。", []wantFig{{ind: "外贸进出口总额", missing: true, changes: []string{"growth_pct 6"}, qual: "约"}}},
		{"城乡居民人均可支配收入分别增长5%和7.5%左右。", []wantFig{
			{ind: "城乡居民人均可支配收入", missing: true, changes: []string{"growth_pct 5"}, qual: "左右"},
			{ind: "城乡居民人均可支配收入", missing: true, changes: []string{"growth_pct 7.5"}, qual: "左右"}}},
		{"同比分别上升5%和6%。", nil},
	})
}

// TestRestatedLevel: an absolute change in a later sentence that repeats
// the end of the level's name after a comparison is the level's change
// (restatedLevel); without a comparison it stays a figure of its own.
func TestRestatedLevel(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{{"与上年比较，", true}, {"与上年相比，", true}, {"全市新增", false}, {"其中医院", false}} {
		if got := hasComparison(c.t); got != c.want {
			t.Errorf("hasComparison(%q) = %v, want %v", c.t, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"年末全省医疗卫生机构床位35.2万张。其中医院床位占75.0%。与上年比较，床位增加1.2万张。", []wantFig{
			{ind: "医疗卫生机构床位", value: 35.2, unit: "万张", changes: []string{"abs 1.2"}},
			{ind: "医院床位占", value: 75, unit: "%"},
			{ind: "床位增加", value: 1.2, unit: "万张", changeOf: "医疗卫生机构床位"}}},
		{"年末全省医疗卫生机构床位35.2万张。全市新增床位1.2万张。", []wantFig{
			{ind: "医疗卫生机构床位", value: 35.2, unit: "万张"},
			{ind: "新增床位", value: 1.2, unit: "万张"}}},
	})
}

// TestLexPlain: the runes lex passes over at once are those it has no
// case for: no opening quotation mark, Chinese numeral, break or the start
// of 持平 or 翻番.
func TestLexPlain(t *testing.T) {
	for r := rune(0x2F00); r < 0xA100; r++ {
		_, quote := openQuote(r)
		want := r >= 0x3000 && r < 0xA000 && !quote && !isCNNumeral(r) && !breakRune(r) && r != '持' && r != '翻'
		if got := lexPlain(r); got != want {
			t.Errorf("lexPlain(%q) = %v, want %v", r, got, want)
		}
	}
	for _, r := range "一两十百千万零〇、　“‘《「持翻" {
		if lexPlain(r) {
			t.Errorf("lexPlain(%q): a rune lex reads", r)
		}
	}
	for _, r := range "的受理案件增长" {
		if !lexPlain(r) {
			t.Errorf("lexPlain(%q) false", r)
		}
	}
}

// TestExactDecimal: the integer-and-power-of-ten reading of up to 15
// digits gives what strconv.ParseFloat gives, bit for bit.
func TestExactDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	check := func(text string) {
		digits, decimals, point := 0, 0, false
		for _, c := range text {
			switch {
			case c == '.':
				point = true
			case point:
				digits++
				decimals++
			default:
				digits++
			}
		}
		want, err := strconv.ParseFloat(text, 64)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := exactDecimal([]byte(text), digits, decimals)
		if digits <= 15 != ok || ok && math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("exactDecimal(%q) = %v %v, ParseFloat %v", text, got, ok, want)
		}
	}
	for _, s := range []string{"0", "0.0", "007", "1.5", "0.1", "0.3", "12.33", "999999999999999", "0.000000000000001", "123456789.012345", "9007199254740993", "1234567890123456"} {
		check(s)
	}
	for i := 0; i < 200000; i++ {
		n := 1 + rng.IntN(16)
		b := make([]byte, n)
		for k := range b {
			b[k] = byte('0' + rng.IntN(10))
		}
		text := string(b)
		if p := rng.IntN(n + 1); p > 0 && p < n {
			text = text[:p] + "." + text[p:]
		}
		check(text)
	}
}

// TestHasSentenceStop: the byte scan agrees with strings.ContainsAny on
// texts with and without the stops, at their ends and inside runes alike.
func TestHasSentenceStop(t *testing.T) {
	pieces := []string{"", "营业收入", "1,234.56", " ", "。", "；", ";", "！", "？", "!", "?", "｜", "、", "\xe3\x80", "\xef\xbc", "ａ"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				s := a + b + c
				if got, want := hasSentenceStop(s), strings.ContainsAny(s, "。；;！？"); got != want {
					t.Errorf("hasSentenceStop(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// TestAbsChangeOwnSentence: a change that opens a sentence of its own is
// a change of the figure before, and its figure's sentence is the one it
// is written in (was the earlier sentence, which does not hold its span).
func TestAbsChangeOwnSentence(t *testing.T) {
	text := "全年收入5亿元。比上年增加3亿元。"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var abs *Figure
	for i := range figs {
		if figs[i].ChangeOf != "" {
			abs = &figs[i]
		}
	}
	if abs == nil || abs.Value != 3 {
		t.Fatalf("figures %+v: want the change 3亿元 as a figure of its own", figs)
	}
	if abs.Span[0] < abs.SentenceSpan[0] || abs.Span[1] > abs.SentenceSpan[1] || text[abs.SentenceSpan[0]:abs.SentenceSpan[1]] != abs.Sentence || strings.Contains(abs.Sentence, "5亿元") {
		t.Errorf("abs figure span %v, sentence %q %v: want the second sentence, holding its span", abs.Span, abs.Sentence, abs.SentenceSpan)
	}
}

// TestStripReadingNotesScan: the bracket search of stripReadingNotes cuts
// what looking at every ( and every EF byte cuts.
func TestStripReadingNotesScan(t *testing.T) {
	ref := func(s string) (string, []noteShift) {
		var b []byte
		var shifts []noteShift
		last := 0
		for i := 0; i < len(s); i++ {
			if s[i] != '(' && s[i] != 0xEF {
				continue
			}
			n := readingNote(s, i)
			if n == 0 {
				n = abbreviationNote(s, i)
			}
			if n == 0 {
				continue
			}
			if b == nil {
				b = make([]byte, 0, len(s))
			}
			b = append(b, s[last:i]...)
			cum := n
			if len(shifts) > 0 {
				cum += shifts[len(shifts)-1].cum
			}
			shifts = append(shifts, noteShift{at: len(b), cum: cum})
			last = i + n
			i += n - 1
		}
		if b == nil {
			return s, nil
		}
		return string(append(b, s[last:]...)), shifts
	}
	pieces := []string{"統", "(tǒng)", "（jì）", "計", "（", "(", "）", "，", "增长", "（以下简称“增长”）", "7.2%", "a", "\xbc\x88"}
	var gen func(s string, n int)
	gen = func(s string, n int) {
		got, gs := stripReadingNotes(s)
		want, ws := ref(s)
		if got != want || !reflect.DeepEqual(gs, ws) {
			t.Errorf("stripReadingNotes(%q) = %q %v, want %q %v", s, got, gs, want, ws)
		}
		if n == 0 {
			return
		}
		for _, p := range pieces {
			gen(s+p, n-1)
		}
	}
	gen("", 3)
}
