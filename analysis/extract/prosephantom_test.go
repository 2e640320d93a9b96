package extract

import (
	"strings"
	"testing"
)

// Sentences written for these tests: qualifiers written twice, counts
// that point back, periods of a ranking, growths that bound a count.

func TestOneQualifier(t *testing.T) {
	for _, c := range []struct {
		first string
		later []string
		want  string
	}{
		{"大约", []string{"多"}, "大约"},
		{"约", []string{"余"}, "约"},
		{"", []string{"多", "以上"}, "多"},
		{"", []string{"", "左右"}, "左右"},
		{"", nil, ""},
	} {
		if got := oneQualifier(c.first, c.later...); got != c.want {
			t.Errorf("oneQualifier(%q, %q) = %q, want %q", c.first, c.later, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全市共有大约15万多名志愿者。", []wantFig{{ind: "志愿者", value: 15, unit: "万名", qual: "大约"}}},
		{"全年接待游客约3000余人次。", []wantFig{{ind: "接待游客", value: 3000, unit: "人次", qual: "约"}}},
		{"全年接待游客800多人次。", []wantFig{{ind: "接待游客", value: 800, unit: "人次", qual: "多"}}},
	})
}

func TestDemonstrativeCount(t *testing.T) {
	for _, c := range []struct {
		pre  string
		want bool
	}{
		{"这", true},
		{"其中，该", true},
		{"上述", true},
		{"前述", true},
		{"此", true},
		{"应该", false},
		{"因此", false},
		{"全县共有", false},
		{"该县共有", false},
	} {
		if got := demonstrativeCount(c.pre); got != c.want {
			t.Errorf("demonstrativeCount(%q) = %v, want %v", c.pre, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"这240件买卖合同案件的诉讼标的额达5100万元。", []wantFig{{ind: "这240件买卖合同案件的诉讼标的额", value: 5100, unit: "万元"}}},
		{"上述6家企业实现产值12亿元。", []wantFig{{ind: "上述6家企业实现产值", value: 12, unit: "亿元"}}},
	})
}

func TestRankedPeriods(t *testing.T) {
	q := unitMatch{unit: "个", kind: unitQuantity}
	for _, c := range []struct {
		rest string
		want bool
	}{
		{"个季度位居全省第一", true},
		{"个月排名全市首位", true},
		{"个季度居全市前列", true},
		{"个月", false},
		{"个季度。", false},
		{"个项目位居全省第一", false},
	} {
		if got := rankedPeriods(c.rest, q); got != c.want {
			t.Errorf("rankedPeriods(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"五年来，工业增加值增速8个季度位居全省第一、5个季度位居全市第二。", nil},
	})
}

func TestGrowthCondition(t *testing.T) {
	pct := unitMatch{unit: "%", kind: unitPercent}
	for _, c := range []struct {
		rest string
		want bool
	}{
		{"的企业45家。", true},
		{"以上的行业有12个", true},
		{"及以上的园区6个", true},
		{"的企业贡献了60%的税收", false},
		{"的经济增速比上年加快2.2个百分点", false},
		{"的预期目标，", false},
		{"的增长具有坚实支撑。", false},
		{"，企业45家", false},
	} {
		if got := growthCondition(c.rest, pct); got != c.want {
			t.Errorf("growthCondition(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
	if growthCondition("的企业45家", unitMatch{unit: "亿元", kind: unitQuantity}) {
		t.Error("growthCondition reads a level in 亿元")
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年营业收入增长超过20%的企业45家。", []wantFig{{ind: "营业收入增长超过20%的企业", value: 45, unit: "家"}}},
		{"工业增加值同比增长6.5%，实现了6%的预期目标。", []wantFig{
			{ind: "工业增加值", missing: true, unit: "", changes: []string{"growth_pct 6.5"}},
			{ind: "预期目标", value: 6, unit: "%"}}},
	})
}

func TestRelativeComparison(t *testing.T) {
	for _, c := range []struct {
		before string
		want   int
	}{
		{"全县粮食产量相", len("相")},
		{"2023年相", len("相")},
		{"全县粮食产量", 0},
		{"", 0},
	} {
		if got := relativeComparison(c.before); got != c.want {
			t.Errorf("relativeComparison(%q) = %d, want %d", c.before, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县粮食产量32万吨，相较上年下降3.1%。", []wantFig{
			{ind: "粮食产量", value: 32, unit: "万吨", changes: []string{"growth_pct -3.1"}}}},
		{"相较2021年，出口额下降2.5%。", []wantFig{
			{ind: "出口额", missing: true, changes: []string{"growth_pct -2.5"}}}},
	})
}

func TestYearsCompared(t *testing.T) {
	for _, c := range []struct {
		opening, base, want string
	}{
		{"2019年", "相比2018年", "2019年相比2018年"},
		{" 2023年", "比2022年", "2023年比2022年"},
		{"2023年", "较上年", ""},
		{"全年", "比2022年", ""},
		{"", "相比2018年", ""},
	} {
		if got := yearsCompared(c.opening, c.base); got != c.want {
			t.Errorf("yearsCompared(%q, %q) = %q, want %q", c.opening, c.base, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"2020年相比2019年增加了120万人次。", []wantFig{{ind: "2020年相比2019年增加", value: 120, unit: "万人次", changeOf: "2020年相比2019年"}}},
		{"2021年相比2020年增长12.5%。", []wantFig{{ind: "2021年相比2020年", missing: true, changes: []string{"growth_pct 12.5"}}}},
	})
}

func TestBareLifeAndHeadcount(t *testing.T) {
	for _, c := range []struct {
		pre  string
		want bool
	}{
		{"户籍人口期望寿命", true},
		{"人均预期寿命达到", true},
		{"全年死亡人数", true},
		{"全年死亡", false},
	} {
		if got := bareMeasure(c.pre); got != c.want {
			t.Errorf("bareMeasure(%q) = %v, want %v", c.pre, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年户籍人口出生人数6200，死亡人数4100。", []wantFig{
			{ind: "户籍人口出生人数", value: 6200, unit: ""},
			{ind: "死亡人数", value: 4100, unit: ""}}},
		{"户籍人口期望寿命81.2。", []wantFig{{ind: "户籍人口期望寿命", value: 81.2, unit: ""}}},
	})
}

func TestListedBare(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"户籍人口期望寿命81.2，其中，男、女期望寿命分别为79.1和83.4。", []wantFig{
			{ind: "户籍人口期望寿命", value: 81.2, unit: ""},
			{ind: "男期望寿命", value: 79.1, unit: ""},
			{ind: "女期望寿命", value: 83.4, unit: ""}}},
		// After a value in a unit, a number without one is no figure.
		{"全年接待游客800万人次和12。", []wantFig{{ind: "接待游客", value: 800, unit: "万人次"}}},
	})
}

func TestPostNounAbbreviatedScale(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"限上法人企业完成零售额", "限上法人企业"},
		{"规上工业企业。", "规上工业企业"},
		{"上市公司", "上市公司"},
	} {
		if a, b := postNoun(c.in, 0, len(c.in)); c.in[a:b] != c.want {
			t.Errorf("postNoun(%q) = %q, want %q", c.in, c.in[a:b], c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县有120家规上工业企业。", []wantFig{{ind: "规上工业企业", value: 120, unit: "家"}}},
		{"其中40家限上批发企业。", []wantFig{{ind: "限上批发企业", value: 40, unit: "家"}}},
	})
}

func TestPartsMarkLen(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"其中采矿业、制造业", len("其中")},
		{"其中，城镇、农村", len("其中，")},
		{"其中", 0},
		{"采矿业、制造业", 0},
	} {
		if got := partsMarkLen(c.in); got != c.want {
			t.Errorf("partsMarkLen(%q) = %d, want %d", c.in, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县工业增加值同比增长5.5%，其中轻工业、重工业分别增长3.9%、6.1%。", []wantFig{
			{ind: "工业增加值", missing: true, changes: []string{"growth_pct 5.5"}},
			{ind: "轻工业", missing: true, changes: []string{"growth_pct 3.9"}},
			{ind: "重工业", missing: true, changes: []string{"growth_pct 6.1"}}}},
	})
}

func TestDropHolderVerbSchoolLevel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"普通小学共有校舍", "普通小学校舍"},
		{"普通高中拥有图书", "普通高中图书"},
		{"初中共有专任教师", "初中专任教师"},
		{"全县共有教师", "全县共有教师"},
	} {
		if got := dropHolderVerb(c.in); got != c.want {
			t.Errorf("dropHolderVerb(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPlanOrPastBase(t *testing.T) {
	for _, c := range []struct {
		tail string
		want bool
	}{
		{"“十二五”末", true},
		{"十三五时期", true},
		{"过去", true},
		{"以往", true},
		{"全省平均", false},
		{"“十二五”", false},
	} {
		if got := planOrPastBase(c.tail); got != c.want {
			t.Errorf("planOrPastBase(%q) = %v, want %v", c.tail, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县工业总产值320亿元，较“十三五”末增长60.5%。", []wantFig{
			{ind: "工业总产值", value: 320, unit: "亿元", changes: []string{"growth_pct 60.5"}}}},
		{"平均审理周期35天，较过去缩短20%。", []wantFig{
			{ind: "平均审理周期", value: 35, unit: "天", changes: []string{"growth_pct -20"}}}},
	})
}

func TestUnitsDepartmentAndFish(t *testing.T) {
	for _, c := range []struct{ in, unit string }{
		{"12部门联合", "部门"},
		{"3部手机", "部"},
		{"80万尾", "万尾"},
	} {
		k := strings.IndexFunc(c.in, func(r rune) bool { return r < '0' || r > '9' })
		if m := readUnit(c.in, k); m.unit != c.unit {
			t.Errorf("readUnit(%q) = %q, want %q", c.in, m.unit, c.unit)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年增殖放流鱼苗120万尾。", []wantFig{{ind: "增殖放流鱼苗", value: 120, unit: "万尾"}}},
	})
}

func TestBodyMultiple(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"我院人均结案数是全市人均结案数的", true},
		{"人均收入为全省平均水平的", true},
		{"地区生产总值是上年的", false},
		{"是2015年的", false},
		{"是“十二五”末的", false},
		{"是全市", false},
	} {
		if got := bodyMultiple(c.p); got != c.want {
			t.Errorf("bodyMultiple(%q) = %v, want %v", c.p, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"本院法官人均办案数是全省平均水平的1.6倍。", []wantFig{{ind: "本院法官人均办案数是全省平均水平", value: 1.6, unit: "倍"}}},
		{"全县地区生产总值是上年的1.2倍。", []wantFig{{ind: "地区生产总值", missing: true, changes: []string{"multiple 1.2"}}}},
	})
}
