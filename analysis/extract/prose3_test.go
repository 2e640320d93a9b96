package extract

import "testing"

// Prose rules of the third session of issue 11 (report grammar), each
// from sentences written for these tests.

type ruleCase = struct {
	text string
	want []wantFig
}

// TestShortComparison: 比 alone before a change verb is report shorthand
// for 比上年 (比增, 比降), and 分别 before it distributes the changes; 占比,
// 可比 end in 比 and are no comparison.
func TestShortComparison(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"全县地区生产总值85.2亿元，税收收入6.3亿元，分别比增4.6%和12.1%。", []wantFig{
			{ind: "地区生产总值", value: 85.2, unit: "亿元", changes: []string{"growth_pct 4.6"}},
			{ind: "税收收入", value: 6.3, unit: "亿元", changes: []string{"growth_pct 12.1"}}}},
		{"进出口总额12.4亿美元，比降3.5%。", []wantFig{
			{ind: "进出口总额", value: 12.4, unit: "亿美元", changes: []string{"growth_pct -3.5"}}}},
		{"城镇新增就业3200人，比增6%。", []wantFig{
			{ind: "城镇新增就业", value: 3200, unit: "人", changes: []string{"growth_pct 6"}}}},
		{"民营经济占比提高1.2个百分点。", []wantFig{
			{ind: "民营经济占比", missing: true, unit: "%", changes: []string{"pp 1.2"}}}},
	})
}

// TestCompletionOfAnnualBudget: 完成年度预算的100.2% is a completion, a
// share of the plan, and the growth after it is the level's.
func TestCompletionOfAnnualBudget(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"全县一般公共预算支出完成52.6亿元，完成年度预算的98.7%，同比增长3.1%。", []wantFig{
			{ind: "一般公共预算支出", value: 52.6, unit: "亿元", changes: []string{"growth_pct 3.1"}},
			{ind: "完成年度预算", value: 98.7, unit: "%"}}},
		{"政府性基金收入41亿元，为年度预算数的103%，下降8.2%。", []wantFig{
			{ind: "政府性基金收入", value: 41, unit: "亿元", changes: []string{"growth_pct -8.2"}},
			{ind: "为年度预算数", value: 103, unit: "%"}}},
	})
}

// TestWrappedNumberList: a copy that wrapped a sentence inside a list of
// numbers (5.1%\n和15.3%, 和\n3.8%) keeps the list whole, so 分别 hands
// each figure its change.
func TestWrappedNumberList(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"全市工业增加值120亿元，建筑业增加值45亿元，分别增长6.2%\n和3.4%，增速居全省前列。", []wantFig{
			{ind: "工业增加值", value: 120, unit: "亿元", changes: []string{"growth_pct 6.2"}},
			{ind: "建筑业增加值", value: 45, unit: "亿元", changes: []string{"growth_pct 3.4"}}}},
		{"在全省率先完成农村危房改造任务，全年完成农村公路建设里程超过计划，社会消费品零售总额64.48亿元\n、出口总额2.42亿美元，分别增长9.3%和\n3.8%。", []wantFig{
			{ind: "社会消费品零售总额", value: 64.48, unit: "亿元", changes: []string{"growth_pct 9.3"}},
			{ind: "出口总额", value: 2.42, unit: "亿美元", changes: []string{"growth_pct 3.8"}}}},
	})
	for _, c := range []struct {
		next string
		want bool
	}{{"和15.3%", true}, {"及2.1万元", true}, {"、9.3%", true}, {"和谐社会建设", false}, {"和", false}} {
		if got := listedNumberNext(c.next); got != c.want {
			t.Errorf("listedNumberNext(%q) = %v, want %v", c.next, got, c.want)
		}
	}
}

// TestParagraphSchoolScope: a bare school measure (校数, 毕业, 图书) in a
// line about one level of schooling takes the level the line named in an
// earlier sentence, as a dash topic (——初中。) or a count of schools; a
// line that names no level leaves it bare, and a new line forgets it.
func TestParagraphSchoolScope(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"——初中。校数9所；毕业2100人；招生2300人。图书40.2万册，比上年增加0.5万册。", []wantFig{
			{ind: "初中校数", value: 9, unit: "所"},
			{ind: "初中毕业", value: 2100, unit: "人"},
			{ind: "初中招生", value: 2300, unit: "人"},
			{ind: "初中图书", value: 40.2, unit: "万册", changes: []string{"abs 0.5"}},
			{ind: "初中图书增加", value: 0.5, unit: "万册", changeOf: "初中图书"}}},
		{"全市普通高中学校7所。毕业生3200人；招生3500人。", []wantFig{
			{ind: "普通高中学校", value: 7, unit: "所"},
			{ind: "普通高中毕业生", value: 3200, unit: "人"},
			{ind: "普通高中招生", value: 3500, unit: "人"}}},
		{"全区义务教育中小学41所。专任教师5120人。", []wantFig{
			{ind: "义务教育中小学", value: 41, unit: "所"},
			{ind: "义务教育专任教师", value: 5120, unit: "人"}}},
		// No level named before: the measure stays as written.
		{"全年新增公共图书馆藏书。图书12.5万册。", []wantFig{
			{ind: "图书", value: 12.5, unit: "万册"}}},
		// The level of another line does not hold.
		{"——小学。校数12所。\n图书8万册。", []wantFig{
			{ind: "小学校数", value: 12, unit: "所"},
			{ind: "图书", value: 8, unit: "万册"}}},
		// 共有 says the schools exist; the level is the scope.
		{"全县高中段教育共有学校6所；招生3133人，比上年增加321人；在校生为8637人。", []wantFig{
			{ind: "高中段教育共有学校", value: 6, unit: "所"},
			{ind: "高中段教育招生", value: 3133, unit: "人", changes: []string{"abs 321"}},
			{ind: "高中段教育招生增加", value: 321, unit: "人", changeOf: "高中段教育招生"},
			{ind: "高中段教育在校生", value: 8637, unit: "人"}}},
	})
}

// TestGrowthRateChange: percentage points against another period after a
// figure that grew in percent, with no subject of their own, are the change
// of its growth rate, a figure of its own named by the figure, the base and
// the verb; a comparison with another body between does not take them, and
// points after a share stay the share's change.
func TestGrowthRateChange(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"1-8月份，全区工业投资同比增长6.1%，高于全省平均增速2.3个百分点，较1-7月份回落0.8个百分点。", []wantFig{
			{ind: "工业投资", missing: true, changes: []string{"growth_pct 6.1"}},
			{ind: "高于全省平均增速", value: 2.3, unit: "个百分点"},
			{ind: "工业投资较1-7月份回落", value: 0.8, unit: "个百分点", changeOf: "工业投资"}}},
		// Right after the growth, with nothing between, the points are the
		// growth's second change (periodPointsOfGrowth: the reading of the
		// dev23, dev28 and dev30 annotators).
		{"社会消费品零售总额86.2亿元，增长4.5%，比一季度提高1.1个百分点。", []wantFig{
			{ind: "社会消费品零售总额", value: 86.2, unit: "亿元", changes: []string{"growth_pct 4.5", "pp 1.1"}}}},
		// The share's own change.
		{"第三产业增加值1000亿元，增长8%，占地区生产总值比重45%，比上年提高1个百分点。", []wantFig{
			{ind: "第三产业增加值", value: 1000, unit: "亿元", changes: []string{"growth_pct 8"}},
			{ind: "占地区生产总值比重", value: 45, unit: "%", changes: []string{"pp 1"}}}},
	})
}

// TestCaseVerbInheritance: a bare case verb takes the count named before
// it: verb-final (各类案件收案…；审结… → 各类案件审结), written with a gloss
// (审(执)结), after the semicolon that ends a 其中 list (the whole's, not
// the part's), with the area word the text wrote before the body (全市).
func TestCaseVerbInheritance(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"全省法院各类案件收案120.5万件，同比增长3.2%；审结110.2万件，同比增长2.1%。", []wantFig{
			{ind: "法院各类案件收案", value: 120.5, unit: "万件", changes: []string{"growth_pct 3.2"}},
			{ind: "法院各类案件审结", value: 110.2, unit: "万件", changes: []string{"growth_pct 2.1"}}}},
		{"全区法院受理各类案件3.2万件，其中区法院受理案件8000件；审(执)结3.1万件，结案率96.9%。", []wantFig{
			{ind: "法院受理各类案件", value: 3.2, unit: "万件"},
			{ind: "区法院受理案件", value: 8000, unit: "件"},
			{ind: "全区法院审(执)结案件", value: 3.1, unit: "万件"},
			{ind: "结案率", value: 96.9, unit: "%"}}},
		// 批准和 is another verb, no object: 起诉 stays as written.
		{"批准和决定逮捕8763人，起诉15455人。", []wantFig{
			{ind: "批准和决定逮捕", value: 8763, unit: "人"},
			{ind: "起诉", value: 15455, unit: "人"}}},
		{"全县法院受理各类案件9800件，办结9500件。", []wantFig{
			{ind: "法院受理各类案件", value: 9800, unit: "件"},
			{ind: "全县法院办结案件", value: 9500, unit: "件"}}},
	})
	for _, c := range []struct{ in, want string }{{"审(执)结", "审结"}, {"审（执）结", "审结"}, {"收(结)案", "收案"}, {"审结", ""}, {"案(事)例", ""}} {
		if got := glossedVerb(c.in); got != c.want {
			t.Errorf("glossedVerb(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFromToAfterTopic: a clause that opens with 从/由 (从2006年的8.8亿元增至
// 2011年的20.2亿元) gives a prior and a level named by the topic of the
// clause before, its milestone and adverb cut (连续跨越三个台阶).
func TestFromToAfterTopic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"全县税收收入连续跨越两个台阶，从2018年的6.2亿元增至2023年的11.5亿元；一般公共预算支出保持较快增长，从2018年的9亿元增至2023年的18.4亿元。", []wantFig{
			{ind: "税收收入", value: 6.2, unit: "亿元", prior: true},
			{ind: "税收收入", value: 11.5, unit: "亿元"},
			{ind: "一般公共预算支出", value: 9, unit: "亿元", prior: true},
			{ind: "一般公共预算支出", value: 18.4, unit: "亿元"}}},
		// A subject in the clause itself, as before.
		{"粮食产量从2020年的55万吨增至2023年的60万吨。", []wantFig{
			{ind: "粮食产量", value: 55, unit: "万吨", prior: true},
			{ind: "粮食产量", value: 60, unit: "万吨"}}},
	})
}

// TestListedMarks: round marks passed before the level (先后跨越两百亿元、三百
// 亿元台阶，预计2023年达到316亿元; 三次跨越千万标箱，2023年达1030万标箱) are no
// figures; a mark stated alone (突破2000亿元大关) stays one.
func TestListedMarks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"全区生产总值先后跨越两百亿元、三百亿元台阶，预计2023年达到316亿元。", []wantFig{
			{ind: "生产总值", value: 316, unit: "亿元"}}},
		{"港区集装箱年吞吐量跨越千万标箱，2023年达1030万标箱。", []wantFig{
			{ind: "港区集装箱年吞吐量", value: 1030, unit: "万标箱"}}},
		{"机场旅客吞吐量突破200万大关。", []wantFig{
			{ind: "机场旅客吞吐量", value: 200, unit: "万", qual: "突破"}}},
	})
}

// TestEstimateWords: words that say how a level is known (将, 初步推算,
// 稳定在) end no subject; 标的 is a noun and keeps its 的; traditional 穩
// and 測 fold so the same words are stripped.
func TestEstimateWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"到2025年，卫生人员总数将达到1600万人。", []wantFig{
			{ind: "卫生人员总数", value: 1600, unit: "万人"}}},
		{"全国卫生总费用初步推算为84846.7亿元。", []wantFig{
			{ind: "卫生总费用", value: 84846.7, unit: "亿元"}}},
		{"參保率穩定在95%以上。", []wantFig{
			{ind: "參保率", value: 95, unit: "%", qual: "以上"}}},
		{"执结案件800件，到位标的5.53亿元。", []wantFig{
			{ind: "执结案件", value: 800, unit: "件"},
			{ind: "到位标的", value: 5.53, unit: "亿元"}}},
		{"國內生產總值初步測算為121萬億元。", []wantFig{
			{ind: "國內生產總值", value: 121, unit: "万亿元"}}},
	})
}

// TestRealTermsGrowth: a growth in real terms written without a
// comparison (扣除价格因素，实际增长8.3%) is the figure's second change, kept
// beside the growth at current prices.
func TestRealTermsGrowth(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"全年农村居民人均可支配收入21560元，增长7.9%，扣除价格因素，实际增长6.1%。", []wantFig{
			{ind: "农村居民人均可支配收入", value: 21560, unit: "元", changes: []string{"growth_pct 7.9", "growth_pct 6.1"}}}},
		{"地区生产总值实际增长5.2%。", []wantFig{
			{ind: "地区生产总值", missing: true, changes: []string{"growth_pct 5.2"}}}},
	})
	for _, c := range []struct {
		t    string
		want int
	}{{"扣除价格因素实际", len("扣除价格因素实际")}, {"，实际", len("实际")}, {"同比", 0}} {
		if got := realTermsWord(c.t); got != c.want {
			t.Errorf("realTermsWord(%q) = %d, want %d", c.t, got, c.want)
		}
	}
}

// TestBodyComparisonTakesNoChange: a comparison with another body
// (比全省平均高出19.81%) between a count and its absolute change does not
// take the change; the count does, and the change is a figure of its own.
// 首次 before a mark is no part of the subject.
func TestBodyComparisonTakesNoChange(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"全市法院受理案件8200件，同比增长12.5%，比全省平均高出3.2%，增加911件。", []wantFig{
			{ind: "法院受理案件", value: 8200, unit: "件", changes: []string{"growth_pct 12.5", "abs 911"}},
			{ind: "比全省平均高出", value: 3.2, unit: "%"},
			{ind: "法院受理案件增加", value: 911, unit: "件", changeOf: "法院受理案件"}}},
		{"收案首次突破1万件。", []wantFig{
			{ind: "收案", value: 1, unit: "万件", qual: "突破"}}},
	})
	for _, c := range []struct {
		f    Figure
		want bool
	}{
		{Figure{Indicator: "比全省平均高出", Unit: "%"}, true},
		{Figure{Indicator: "高于全市平均增速", Unit: "个百分点"}, true},
		{Figure{Indicator: "结案率", Unit: "%"}, false},
		{Figure{Indicator: "比全省平均高出", Unit: "件"}, false},
	} {
		if got := isBodyComparison(&c.f); got != c.want {
			t.Errorf("isBodyComparison(%q %s) = %v, want %v", c.f.Indicator, c.f.Unit, got, c.want)
		}
	}
}

// TestSessionOrdinals: the sessions of a congress named by their numbers
// (六届二次、三次、四次全会) are names, no counts; a count of meetings at the
// end of a clause stays one. 共设 counts the noun after it.
func TestSessionOrdinals(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"认真落实区委五届三次、四次全会精神。", nil},
		{"召开常务会议两次。", []wantFig{
			{ind: "召开常务会议", value: 2, unit: "次"}}},
		{"全县128个行政村共设136个村卫生室。", []wantFig{
			{ind: "行政村", value: 128, unit: "个"},
			{ind: "村卫生室", value: 136, unit: "个"}}},
	})
	for _, c := range []struct {
		head string
		want bool
	}{{"市委六届", true}, {"市委六届二次、", true}, {"市委六届二次、三次、", true}, {"召开会议", false}, {"开展、", false}} {
		if got := sessionOrdinal(c.head); got != c.want {
			t.Errorf("sessionOrdinal(%q) = %v, want %v", c.head, got, c.want)
		}
	}
}

// TestBatchAfterList: the cases a list names as a batch (…等一批具有重大影
// 响的涉黑恶案件19件) are counted by the noun after the batch's modifier.
func TestBatchAfterList(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"依法审结刘建国、陈志明等一批具有重大影响的涉黑恶案件19件142人。", []wantFig{
			{ind: "涉黑恶案件", value: 19, unit: "件"},
			{ind: "涉黑恶案件", value: 142, unit: "人"}}},
	})
	for _, c := range []struct{ in, want string }{
		{"一批具有重大影响的涉黑恶案件", "涉黑恶案件"}, {"一批重点项目", "一批重点项目"}, {"一批的案件", "一批的案件"}, {"重大案件", "重大案件"},
	} {
		if got := dropBatchModifier(c.in); got != c.want {
			t.Errorf("dropBatchModifier(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
