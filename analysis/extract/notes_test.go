package extract

import "testing"

// TestAbbreviationNote: a note that sets up a short form (以下简称“增长”) or
// says a phrase holds below (下同) is read out of the text, so the verb
// before it keeps its number and a subject does not carry it
// (abbreviationNote).
func TestAbbreviationNote(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县一般公共预算收入12.6亿元，比上年增长（以下简称“增长”）5.4%。", []wantFig{
			{ind: "一般公共预算收入", value: 12.6, unit: "亿元", changes: []string{"growth_pct 5.4"}}}},
		{"税收收入8.1亿元，为调整预算(以下简称“预算”)的96.2%。", []wantFig{
			{ind: "税收收入", value: 8.1, unit: "亿元"},
			{ind: "为调整预算", value: 96.2, unit: "%"}}},
	})
	for _, c := range []struct {
		s    string
		want int
	}{
		{"（以下简称“增长”）7.2%", len("（以下简称“增长”）")},
		{"(下同)地区生产总值", len("(下同)")},
		{"（含上级补助收入）", 0},     // a note of content: kept
		{"（以下简称“增长”7.2%", 0}, // never closed
	} {
		if got := abbreviationNote(c.s, 0); got != c.want {
			t.Errorf("abbreviationNote(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestComparableBasis: a second growth on a comparable basis (可比增长,
// 同口径下降) after a clause naming what was left out is the level's, kept
// beside the first, not a figure named 可比 (comparableBasis).
func TestComparableBasis(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全市一般公共预算收入56.2亿元，增长3.1%，扣除留抵退税因素，可比增长9.4%。", []wantFig{
			{ind: "一般公共预算收入", value: 56.2, unit: "亿元", changes: []string{"growth_pct 3.1", "growth_pct 9.4"}}}},
		{"税收收入30.5亿元，下降8.2%，同口径下降1.6%。", []wantFig{
			{ind: "税收收入", value: 30.5, unit: "亿元", changes: []string{"growth_pct -8.2", "growth_pct -1.6"}}}},
	})
	for _, c := range []struct {
		t    string
		want int
	}{
		{"，可比", len("可比")},
		{"可比", len("可比")},
		{"剔除留抵退税因素，同口径", len("同口径")},
		{"不可比", 0},
	} {
		if got := comparableBasis(c.t); got != c.want {
			t.Errorf("comparableBasis(%q) = %d, want %d", c.t, got, c.want)
		}
	}
}

// TestDropAddedItem: the conjunction that adds an item to a budget's total
// (加上, 加) is no part of the item's name (dropAddedItem).
func TestDropAddedItem(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全区一般公共预算收入20.5亿元，加上上级补助收入31.2亿元、调入资金4.1亿元。", []wantFig{
			{ind: "一般公共预算收入", value: 20.5, unit: "亿元"},
			{ind: "上级补助收入", value: 31.2, unit: "亿元"},
			{ind: "调入资金", value: 4.1, unit: "亿元"}}},
	})
	for _, c := range []struct{ in, want string }{
		{"加上上级补助收入", "上级补助收入"},
		{"加上上解支出", "上解支出"},
		{"加上解支出", "上解支出"},
		{"加税收返还和转移支付补助", "税收返还和转移支付补助"},
		{"加工贸易进出口", "加工贸易进出口"},
		{"加快项目", "加快项目"},
		{"加上", "加上"},
	} {
		if got := dropAddedItem(c.in); got != c.want {
			t.Errorf("dropAddedItem(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestComparisonYearEnd: a comparison with the end of a year (比2020年末,
// 较2022年底) is the change's base, and 分别 before it distributes.
func TestComparisonYearEnd(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"年末全县共有专业公共卫生机构床位1250张、卫生人员986人，分别比2020年末增长9.8%、8.8%。", []wantFig{
			{ind: "专业公共卫生机构床位", value: 1250, unit: "张", changes: []string{"growth_pct 9.8"}},
			{ind: "卫生人员", value: 986, unit: "人", changes: []string{"growth_pct 8.8"}}}},
		{"年末住户存款余额420.5亿元，较2022年底增加31.2亿元。", []wantFig{
			{ind: "住户存款余额", value: 420.5, unit: "亿元", changes: []string{"abs 31.2"}},
			{ind: "住户存款余额增加", value: 31.2, unit: "亿元", changeOf: "住户存款余额"}}},
	})
	for _, c := range []struct {
		t    string
		want int
	}{{"比2020年末", len("比2020年末")}, {"较2022年底", len("较2022年底")}, {"2020年末", 0}} {
		if got := comparisonSuffix(c.t); got != c.want {
			t.Errorf("comparisonSuffix(%q) = %d, want %d", c.t, got, c.want)
		}
	}
}

// TestCounterpartName: the other side of a budget named alone after the
// first (…收入…；支出…) takes the first's words (counterpartName).
func TestCounterpartName(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县政府性基金预算收入9.6亿元，下降12.4%，完成调整预算的101%；支出11.2亿元，下降3.5%。", []wantFig{
			{ind: "政府性基金预算收入", value: 9.6, unit: "亿元", changes: []string{"growth_pct -12.4"}},
			{ind: "完成调整预算", value: 101, unit: "%"},
			{ind: "政府性基金预算支出", value: 11.2, unit: "亿元", changes: []string{"growth_pct -3.5"}}}},
		// Another base unit: no counterpart.
		{"国有资本经营预算收入850万元；支出12项。", []wantFig{
			{ind: "国有资本经营预算收入", value: 850, unit: "万元"},
			{ind: "支出", value: 12, unit: "项"}}},
	})
}

// TestSpacedDistribution: a list of changes after 分别 that a copy wrote with
// spaces (分别增长 8%和 8.5%) is distributed as one without.
func TestSpacedDistribution(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"城镇、农村常住居民人均可支配收入分别达到 41250 元和 21630 元，分别增长 5.2%和 6.9%。", []wantFig{
			{ind: "城镇常住居民人均可支配收入", value: 41250, unit: "元", changes: []string{"growth_pct 5.2"}},
			{ind: "农村常住居民人均可支配收入", value: 21630, unit: "元", changes: []string{"growth_pct 6.9"}}}},
	})
}

// TestTraditionalWithin: 以內 in traditional script is the qualifier 以内
// (traditionalPairs), as a work report's target bounds a rate.
func TestTraditionalWithin(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"城鎮調查失業率5.5%以內。", []wantFig{
			{ind: "城鎮調查失業率", value: 5.5, unit: "%", qual: "以內"}}},
	})
}

// TestRateOfGrowthAndTotals: a pp change of a level's growth rate named
// only as the rate (增幅) takes the level's name (rateOfGrowth); a total of
// a name of one or two characters keeps 总计 (收入总计); 也 before a verb of
// change is no part of the name.
func TestRateOfGrowthAndTotals(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县地方财政支出8640万元，同比增长12.5%，增幅同比提高了3.2个百分点。", []wantFig{
			{ind: "地方财政支出", value: 8640, unit: "万元", changes: []string{"growth_pct 12.5"}},
			{ind: "地方财政支出增幅", missing: true, unit: "%", changes: []string{"pp 3.2"}}}},
		{"加上转移性收入3200万元，收入总计9800万元。", []wantFig{
			{ind: "转移性收入", value: 3200, unit: "万元"},
			{ind: "收入总计", value: 9800, unit: "万元"}}},
		{"普通高中招生人数也比上年增加1200人。", []wantFig{
			{ind: "普通高中招生人数增加", value: 1200, unit: "人", changeOf: "普通高中招生人数"}}},
	})
}

// TestOtherComparison: a second change of one kind against another period
// (比去年同期…，比去年全年…) is the figure's too (otherComparison); one
// without a comparison of its own qualifies the first and is not.
func TestOtherComparison(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县税收收入12.4亿元，占财政收入比重为68.2%，比去年同期提升2.1个百分点，比去年全年提升0.9个百分点。", []wantFig{
			{ind: "税收收入", value: 12.4, unit: "亿元"},
			{ind: "占财政收入比重", value: 68.2, unit: "%", changes: []string{"pp 2.1", "pp 0.9"}}}},
		{"居民人均可支配收入32000元，比上年增长6.2%，实际增长4.1%。", []wantFig{
			{ind: "居民人均可支配收入", value: 32000, unit: "元", changes: []string{"growth_pct 6.2", "growth_pct 4.1"}}}},
		// A second growth that names no basis still qualifies the first.
		{"居民人均可支配收入32000元，比上年增长6.2%，增长4.1%。", []wantFig{
			{ind: "居民人均可支配收入", value: 32000, unit: "元", changes: []string{"growth_pct 6.2"}}}},
	})
}

// TestTopicOfChange: a change in a clause without a subject after a clause
// that names its topic (and the span it is measured over) is the topic's,
// not a figure's of the sentence before (topicOfChange, sinceTopic); a
// rank's clause names no topic.
func TestTopicOfChange(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全县共有公办幼儿园86所。学前三年毛入园率从2015年以来，提高了12.5个百分点。", []wantFig{
			{ind: "公办幼儿园", value: 86, unit: "所"},
			{ind: "学前三年毛入园率", missing: true, unit: "%", changes: []string{"pp 12.5"}}}},
		{"全县一般公共预算收入9.2亿元。收入规模位居全市第3位，同比提升2个位次。", []wantFig{
			{ind: "一般公共预算收入", value: 9.2, unit: "亿元"}}},
	})
	for _, c := range []struct{ in, want string }{
		{"学前三年毛入园率从2010年以来", "学前三年毛入园率"},
		{"城镇化率自2018年以来", "城镇化率"},
		{"城镇化率2018年以来", "城镇化率"},
		{"城镇化率", "城镇化率"},
	} {
		if got := sinceTopic(c.in); got != c.want {
			t.Errorf("sinceTopic(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestListNumbersAndPronouns: a list number in digits (1.国内增值税) is no
// part of the name (digitListMarker); 其 before a share's 占 is dropped
// (dropSharePronoun); a comparison with a plan period in quotation marks
// (较“十二五”期间) is a change's base.
func TestListNumbersAndPronouns(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"主要税种：\n1.国内增值税54.2亿元，增长5.2%。\n2.企业所得税70.9亿元，下降1%。", []wantFig{
			{ind: "国内增值税", value: 54.2, unit: "亿元", changes: []string{"growth_pct 5.2"}},
			{ind: "企业所得税", value: 70.9, unit: "亿元", changes: []string{"growth_pct -1"}}}},
		{"非税收入22.1亿元，同比增长12.2%，其占地方一般公共预算收入的31.8%。", []wantFig{
			{ind: "非税收入", value: 22.1, unit: "亿元", changes: []string{"growth_pct 12.2"}},
			{ind: "占地方一般公共预算收入", value: 31.8, unit: "%"}}},
		{"“十三五”期间财政收入总量较“十二五”期间增加3.4亿元。", []wantFig{
			{ind: "“十三五”期间财政收入总量增加", value: 3.4, unit: "亿元", changeOf: "“十三五”期间财政收入总量"}}},
	})
	for _, c := range []struct {
		in   string
		want int
	}{{"1.国内增值税", 2}, {"12．契税", len("12．")}, {"3、印花税", len("3、")}, {"1.5亿元", 0}, {"2023年", 0}} {
		if got := digitListMarker(c.in); got != c.want {
			t.Errorf("digitListMarker(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestGrowthRateChanges: further pp changes without a subject after a
// growth rate's figure (增速比去年同期提高…，比1-4月提高…) are the rate's
// (growthRateBefore), not the level's; a comparison with a range of months
// is a base (monthRangeCompared).
func TestGrowthRateChanges(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"1-5月，全省地方一般公共预算收入完成698.1亿元，同比增长10.9%，增速比去年同期提高10.5个百分点，比1-4月提高2.2个百分点。", []wantFig{
			{ind: "地方一般公共预算收入", value: 698.1, unit: "亿元", changes: []string{"growth_pct 10.9"}},
			{ind: "地方一般公共预算收入增速", missing: true, unit: "%", changes: []string{"pp 10.5", "pp 2.2"}}}},
	})
	for _, c := range []struct {
		t    string
		want int
	}{{"增速比1-4月", len("比1-4月")}, {"较1—3月份", len("较1—3月份")}, {"比4月", 0}, {"1-4月", 0}} {
		if got := monthRangeCompared(c.t); got != c.want {
			t.Errorf("monthRangeCompared(%q) = %d, want %d", c.t, got, c.want)
		}
	}
}

// TestWrappedScaleUnit: a unit the copy wrapped to the next line with its
// scale (15.4\n亿元) or after it (316 亿\n元) is the number's (wrappedUnit,
// wrappedLine).
func TestWrappedScaleUnit(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全区固定资产投资 316 亿\n元，增长 11.8%；进出口总额 15.4\n亿元。", []wantFig{
			{ind: "固定资产投资", value: 316, unit: "亿元", changes: []string{"growth_pct 11.8"}},
			{ind: "进出口总额", value: 15.4, unit: "亿元"}}},
	})
}

// TestClauseMarkWrap: a line that ends in a clause mark (，、) continues on
// the next (wrappedLine), so a list of names broken after 、 and changes
// distributed on the next line keep their sentence.
func TestClauseMarkWrap(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"城镇、\n农村常住居民人均可支配收入分别达到41250元和21630元，\n分别增长5.2%和6.9%。", []wantFig{
			{ind: "城镇常住居民人均可支配收入", value: 41250, unit: "元", changes: []string{"growth_pct 5.2"}},
			{ind: "农村常住居民人均可支配收入", value: 21630, unit: "元", changes: []string{"growth_pct 6.9"}}}},
	})
}

// TestNamedAgain: a change whose clause names again a figure of the
// sentence (结案率…，结案率同比提高…; 结案…，结案数同比上升…) is that
// figure's (namedAgain), not a figure stated only as a change.
func TestNamedAgain(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"受理刑事案件68件，结案38件，结案率为55.88%，结案率同比提高了5.2个百分点。", []wantFig{
			{ind: "受理刑事案件", value: 68, unit: "件"},
			{ind: "刑事案件结案", value: 38, unit: "件"},
			{ind: "刑事案件结案率", value: 55.88, unit: "%", changes: []string{"pp 5.2"}}}},
		{"受理执行案件770件，结案406件，结案率为52.73%，结案数同比上升13.73%。", []wantFig{
			{ind: "受理执行案件", value: 770, unit: "件"},
			{ind: "执行案件结案", value: 406, unit: "件", changes: []string{"growth_pct 13.73"}},
			{ind: "执行案件结案率", value: 52.73, unit: "%"}}},
	})
}

// TestListCloser: 等 after the last count of a list closes the list and is
// no noun the count counts (postNoun).
func TestListCloser(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"其中安全生产1728件，农产品质量144件，无障碍环境建设198件等。", []wantFig{
			{ind: "安全生产", value: 1728, unit: "件"},
			{ind: "农产品质量", value: 144, unit: "件"},
			{ind: "无障碍环境建设", value: 198, unit: "件"}}},
	})
}
