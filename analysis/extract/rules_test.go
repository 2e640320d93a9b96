package extract

import (
	"math"
	"testing"
)

// wantFig is what a rule test expects of one figure; zero fields are not
// checked except where noted.
type wantFig struct {
	ind      string
	value    float64
	unit     string
	missing  bool     // stated only as a change
	changes  []string // "kind value" of every change, in order; nil: none
	qual     string
	number   string
	prior    bool
	changeOf string
	high     float64 // range upper end; 0: not a range
	term     [2]int
}

func changeStrings(f Figure) []string {
	var out []string
	for _, c := range f.Changes {
		out = append(out, c.Kind+" "+formatFloat(c.Value))
	}
	return out
}

func checkFigures(t *testing.T, text string, got []Figure, want []wantFig) {
	t.Helper()
	if len(got) != len(want) {
		for _, f := range got {
			t.Logf("  got %q %v %q changes %v", f.Indicator, f.Value, f.Unit, changeStrings(f))
		}
		t.Fatalf("%s: %d figures, want %d", text, len(got), len(want))
	}
	for i, w := range want {
		f := got[i]
		cs := changeStrings(f)
		switch {
		case f.Indicator != w.ind:
			t.Errorf("%s: figure %d indicator %q, want %q", text, i, f.Indicator, w.ind)
		case f.Missing != w.missing || !w.missing && math.Abs(f.Value-w.value) > 1e-9:
			t.Errorf("%s: %s value %v (missing %v), want %v (missing %v)", text, w.ind, f.Value, f.Missing, w.value, w.missing)
		case f.Unit != w.unit:
			t.Errorf("%s: %s unit %q, want %q", text, w.ind, f.Unit, w.unit)
		case len(cs) != len(w.changes):
			t.Errorf("%s: %s changes %v, want %v", text, w.ind, cs, w.changes)
		case f.Qualifier != w.qual:
			t.Errorf("%s: %s qualifier %q, want %q", text, w.ind, f.Qualifier, w.qual)
		case w.number != "" && f.Number != w.number:
			t.Errorf("%s: %s number %q, want %q", text, w.ind, f.Number, w.number)
		case f.Prior != w.prior:
			t.Errorf("%s: %s prior %v, want %v", text, w.ind, f.Prior, w.prior)
		case f.ChangeOf != w.changeOf:
			t.Errorf("%s: %s change_of %q, want %q", text, w.ind, f.ChangeOf, w.changeOf)
		case f.Range != (w.high != 0) || f.High != w.high:
			t.Errorf("%s: %s range %v high %v, want high %v", text, w.ind, f.Range, f.High, w.high)
		case [2]int{f.Term, f.Terms} != w.term:
			t.Errorf("%s: %s ratio term %d/%d, want %v", text, w.ind, f.Term, f.Terms, w.term)
		}
		for k := range cs {
			if k < len(w.changes) && cs[k] != w.changes[k] {
				t.Errorf("%s: %s change %d = %q, want %q", text, w.ind, k, cs[k], w.changes[k])
			}
		}
		if (f.Change == nil) != (len(f.Changes) == 0) || f.Change != nil && *f.Change != f.Changes[0] {
			t.Errorf("%s: %s Change is not Changes[0]", text, w.ind)
		}
	}
}

func runRuleCases(t *testing.T, cases []struct {
	text string
	want []wantFig
}) {
	t.Helper()
	for _, c := range cases {
		checkFigures(t, c.text, mustExtract(t, c.text, Options{Year: 2023}), c.want)
	}
}

// TestSeveralChanges: every change of a clause is kept, and an absolute
// change is also a figure of its own (SPEC §8).
func TestSeveralChanges(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"受理刑事案件262件，同比下降2.60%，同比减少7件。", []wantFig{
			{ind: "受理刑事案件", value: 262, unit: "件", changes: []string{"growth_pct -2.6", "abs -7"}, number: "262"},
			{ind: "受理刑事案件减少", value: 7, unit: "件", changeOf: "受理刑事案件"}}},
		{"教育支出85.3亿元，比上年增加4.1亿元，增长5.1%。", []wantFig{
			{ind: "教育支出", value: 85.3, unit: "亿元", changes: []string{"abs 4.1", "growth_pct 5.1"}},
			{ind: "教育支出增加", value: 4.1, unit: "亿元", changeOf: "教育支出"}}},
		// An absolute change in another scale of the same base.
		{"税收收入12.5亿元，减少3000万元。", []wantFig{
			{ind: "税收收入", value: 12.5, unit: "亿元", changes: []string{"abs -3000"}},
			{ind: "税收收入减少", value: 3000, unit: "万元", changeOf: "税收收入"}}},
		// A growth in real terms (实际增长) is a second change of its own,
		// at constant prices, kept beside the first (the annotators' reading:
		// every change stated).
		{"居民人均可支配收入32000元，增长6.2%，扣除价格因素实际增长4.1%。", []wantFig{
			{ind: "居民人均可支配收入", value: 32000, unit: "元", changes: []string{"growth_pct 6.2", "growth_pct 4.1"}}}},
	})
}

// TestInlinePrior: a prior stated inline is a figure of its own, and so is
// the absolute change after it.
func TestInlinePrior(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"办理信访事项600件，较2022年558件增加42件。", []wantFig{
			{ind: "办理信访事项", value: 600, unit: "件", changes: []string{"abs 42"}},
			{ind: "办理信访事项", value: 558, unit: "件", prior: true},
			{ind: "办理信访事项增加", value: 42, unit: "件", changeOf: "办理信访事项"}}},
	})
}

// TestSignedForms: 负增长, 负8.6%, 增长-0.5%, 下降-0.3%.
func TestSignedForms(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"规模以上工业增加值负增长1.21%。", []wantFig{{ind: "规模以上工业增加值", missing: true, changes: []string{"growth_pct -1.21"}}}},
		{"出口总额增长负8.6%。", []wantFig{{ind: "出口总额", missing: true, changes: []string{"growth_pct -8.6"}}}},
		{"进口总额增长-0.5%。", []wantFig{{ind: "进口总额", missing: true, changes: []string{"growth_pct -0.5"}}}},
		{"工业生产者出厂价格下降-0.3%。", []wantFig{{ind: "工业生产者出厂价格", missing: true, changes: []string{"growth_pct -0.3"}}}},
		{"全年人口自然增长率为负1.05‰。", []wantFig{{ind: "人口自然增长率", value: -1.05, unit: "‰", number: "-1.05"}}},
	})
}

// TestContributions: 拉动…个百分点 is a figure of its own, not a change of
// the figure before.
func TestContributions(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"工业投资增长12.4%，拉动全部投资增长3.1个百分点。", []wantFig{
			{ind: "工业投资", missing: true, changes: []string{"growth_pct 12.4"}},
			{ind: "拉动全部投资增长", value: 3.1, unit: "个百分点"}}},
	})
}

// TestPerMille: ‰ levels and 千分点 changes.
func TestPerMille(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"人口出生率为6.39‰，比上年下降0.50个千分点。", []wantFig{
			{ind: "人口出生率", value: 6.39, unit: "‰", changes: []string{"pp -0.5"}, number: "6.39"}}},
		{"死亡率7.2‰，上升0.3‰。", []wantFig{
			{ind: "死亡率", value: 7.2, unit: "‰", changes: []string{"pp 0.3"}}}},
	})
}

// TestRanges: one figure per range, Value the lower end and High the upper.
func TestRanges(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"每个网格配备网格员3-5个。", []wantFig{{ind: "每个网格配备网格员", value: 3, unit: "个", high: 5, number: "3-5"}}},
		{"单个项目补助300-500万元。", []wantFig{{ind: "单个项目补助", value: 300, unit: "万元", high: 500}}},
		{"各县增幅为3%至32%。", []wantFig{{ind: "各县增幅", value: 3, unit: "%", high: 32, number: "3-32"}}},
		// Periods and year spans are not ranges.
		{"1-11月办结案件120件。", []wantFig{{ind: "办结案件", value: 120, unit: "件"}}},
	})
}

// TestRatios: a ratio structure gives one figure per term, unit "" as the
// text writes none; 由上年的 marks the prior year's terms.
func TestRatios(t *testing.T) {
	figs := mustExtract(t, "三次产业结构由上年的14.9:33.2:51.9调整为15.3:31.3:53.4。", Options{Year: 2023})
	checkFigures(t, "三次产业结构", figs, []wantFig{
		{ind: "三次产业结构", value: 14.9, term: [2]int{1, 3}, prior: true},
		{ind: "三次产业结构", value: 33.2, term: [2]int{2, 3}, prior: true},
		{ind: "三次产业结构", value: 51.9, term: [2]int{3, 3}, prior: true},
		{ind: "三次产业结构", value: 15.3, term: [2]int{1, 3}},
		{ind: "三次产业结构", value: 31.3, term: [2]int{2, 3}},
		{ind: "三次产业结构", value: 53.4, term: [2]int{3, 3}},
	})
	if figs[0].Year != 2022 || figs[3].Year != 2023 {
		t.Errorf("years %d, %d; want 2022, 2023", figs[0].Year, figs[3].Year)
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"常住人口性别比为105.23:100。", []wantFig{
			{ind: "常住人口性别比", value: 105.23, term: [2]int{1, 2}},
			{ind: "常住人口性别比", value: 100, term: [2]int{2, 2}}}},
		// A time is not a ratio.
		{"会议于9:30召开，参会代表120人。", []wantFig{{ind: "参会代表", value: 120, unit: "人"}}},
	})
}

// TestUnits: units real statistics write (SPEC §7).
func TestUnits(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"粮食总产量1.39万亿斤。", []wantFig{{ind: "粮食总产量", value: 1.39, unit: "万亿斤"}}},
		{"棉花产量520万担。", []wantFig{{ind: "棉花产量", value: 520, unit: "万担"}}},
		{"人均预期寿命78.6岁。", []wantFig{{ind: "人均预期寿命", value: 78.6, unit: "岁"}}},
		{"审批时限压缩至5日。", []wantFig{{ind: "审批时限", value: 5, unit: "日"}}},
		{"平均办理时间3.5天。", []wantFig{{ind: "平均办理时间", value: 3.5, unit: "天"}}},
		{"孕产妇死亡率为9.8/10万。", []wantFig{{ind: "孕产妇死亡率", value: 9.8, unit: "/10万"}}},
		{"粮食播种面积343.6千公顷。", []wantFig{{ind: "粮食播种面积", value: 343.6, unit: "千公顷"}}},
		{"港口集装箱吞吐量120.5万标准箱。", []wantFig{{ind: "港口集装箱吞吐量", value: 120.5, unit: "万标准箱"}}},
		{"全社会用电量50.2亿千瓦时。", []wantFig{{ind: "全社会用电量", value: 50.2, unit: "亿千瓦时"}}},
		{"实际使用外资3.2亿美元。", []wantFig{{ind: "实际使用外资", value: 3.2, unit: "亿美元"}}},
		{"新建住宅面积120万平方米。", []wantFig{{ind: "新建住宅面积", value: 120, unit: "万平方米"}}},
	})
}

// TestPhantoms: text that states no figure yields none.
func TestPhantoms(t *testing.T) {
	for _, text := range []string{
		"庆祝中华人民共和国成立70周年。",
		"全市经济保持平稳。",
		"于15日召开全体会议。",
	} {
		if figs := mustExtract(t, text, Options{Year: 2023}); len(figs) != 0 {
			t.Errorf("%s: %d figures, want none: %+v", text, len(figs), figs)
		}
	}
	// 343.6千公顷 is one figure, not also 1000公顷.
	figs := mustExtract(t, "播种面积343.6千公顷。", Options{Year: 2023})
	if len(figs) != 1 {
		t.Errorf("343.6千公顷: %d figures, want 1: %+v", len(figs), figs)
	}
	// 持平 is a change of 0; 基本持平 (roughly flat, as the dev3
	// annotators read it) and 保持平稳 are none (roughlyFlat).
	figs = mustExtract(t, "受理案件120件，与上年持平。", Options{Year: 2023})
	if len(figs) != 1 || len(figs[0].Changes) != 1 || figs[0].Changes[0].Value != 0 {
		t.Errorf("持平: %+v", figs)
	}
	figs = mustExtract(t, "受理案件120件，与上年基本持平。", Options{Year: 2023})
	if len(figs) != 1 || len(figs[0].Changes) != 0 {
		t.Errorf("基本持平: %+v", figs)
	}
}

// TestQualifiers: the qualifier as written, never normalised to 约.
func TestQualifiers(t *testing.T) {
	for _, c := range []struct {
		text, qual string
		value      float64
		unit       string
	}{
		{"组织基层党组织540多个。", "多", 540, "个"},
		{"接待群众50余次。", "余", 50, "次"},
		{"服务企业近1900家次。", "近", 1900, "家次"},
		{"带动就业将近300人。", "将近", 300, "人"},
		{"投资约2.25亿元。", "约", 2.25, "亿元"},
		{"覆盖群众大约5万人。", "大约", 5, "万人"},
		{"参训人员200人左右。", "左右", 200, "人"},
		{"培训干部超过3000人次。", "超过", 3000, "人次"},
		{"受益群众500人以上。", "以上", 500, "人"},
		{"服务企业逾100家。", "逾", 100, "家"},
		{"空置率不足10%。", "不足", 10, "%"},
		{"覆盖群众3万余人。", "余", 3, "万人"},
	} {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		if len(figs) != 1 {
			t.Errorf("%s: %d figures %+v", c.text, len(figs), figs)
			continue
		}
		f := figs[0]
		if f.Qualifier != c.qual || f.Flags&Approx == 0 || f.Value != c.value || f.Unit != c.unit {
			t.Errorf("%s: qualifier %q flags %v value %v %s; want %q approx %v %s", c.text, f.Qualifier, f.Flags, f.Value, f.Unit, c.qual, c.value, c.unit)
		}
	}
}

// TestPrecisionAsWritten: the value's and the change's numbers as written.
func TestPrecisionAsWritten(t *testing.T) {
	figs := mustExtract(t, "基本每股收益0.3200元，同比增长4.60%。", Options{Year: 2023})
	if len(figs) != 1 || figs[0].Number != "0.3200" || figs[0].Change == nil || figs[0].Change.Number != "4.60" || figs[0].Change.Decimals != 2 {
		t.Fatalf("%+v", figs)
	}
	d, ok := precisionOf(&figs[0])
	if !ok || d != 4 {
		t.Errorf("precision %d %v, want 4", d, ok)
	}
}

// TestDistributeAnd: 同比分别上升3.6%和3.1% over the figures before it.
func TestDistributeAnd(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年受理案件8.2万件，审结7.9万件，同比分别上升3.6%和3.1%。", []wantFig{
			{ind: "受理案件", value: 8.2, unit: "万件", changes: []string{"growth_pct 3.6"}},
			// The bare verb takes the counted noun of the figure before.
			{ind: "审结案件", value: 7.9, unit: "万件", changes: []string{"growth_pct 3.1"}}}},
		{"批准逮捕1200人，提起公诉3400人，同比分别下降5.5%、2.1%。", []wantFig{
			{ind: "批准逮捕", value: 1200, unit: "人", changes: []string{"growth_pct -5.5"}},
			{ind: "提起公诉", value: 3400, unit: "人", changes: []string{"growth_pct -2.1"}}}},
	})
}

// TestBudgetCompletion: 完成年初预算数N万元的P% is a share of its own; the
// changes after it belong to the figure the clause began with.
func TestBudgetCompletion(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"一般公共预算支出累计完成5308万元，完成年初预算数24710万元的21.5%，比上年减支2758万元，下降34.2%。", []wantFig{
			{ind: "一般公共预算支出", value: 5308, unit: "万元", changes: []string{"abs -2758", "growth_pct -34.2"}},
			// The plan takes the name of the level measured against it (budgetName).
			{ind: "一般公共预算支出年初预算数", value: 24710, unit: "万元"},
			{ind: "完成年初预算数", value: 21.5, unit: "%"},
			{ind: "一般公共预算支出减支", value: 2758, unit: "万元", changeOf: "一般公共预算支出"}}},
	})
}

// TestPrepositionSubjects: a preposition before the number leaves the
// noun after the classifier as the subject.
func TestPrepositionSubjects(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"与400余家创新企业建立服务机制。", []wantFig{{ind: "创新企业", value: 400, unit: "家", qual: "余"}}},
		{"市检察院对12起积案开展专项清理。", []wantFig{{ind: "积案", value: 12, unit: "起"}}},
	})
}

// TestCarriedSubjects: a clause naming only a verb or a period counts what
// the figure before it counted.
func TestCarriedSubjects(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		// Scope words (全市) are stripped from a subject as written; a verb
		// that inherits the body takes the words the text wrote for it
		// (全市法院办结案件, the annotators' reading).
		{"全市法院受理各类案件12.5万件，办结11.8万件。", []wantFig{
			{ind: "法院受理各类案件", value: 12.5, unit: "万件"},
			{ind: "全市法院办结案件", value: 11.8, unit: "万件"}}},
		{"税收收入当月完成3200万元，增长2.1%，累计完成9800万元，下降1.5%。", []wantFig{
			{ind: "税收收入", value: 3200, unit: "万元", changes: []string{"growth_pct 2.1"}},
			{ind: "税收收入", value: 9800, unit: "万元", changes: []string{"growth_pct -1.5"}}}},
		// A space before the number does not end the clause.
		{"油料种植面积 1139公顷 ，下降0.35%。", []wantFig{
			{ind: "油料种植面积", value: 1139, unit: "公顷", changes: []string{"growth_pct -0.35"}}}},
		// A comparison with another body is a figure of its own.
		{"收入增幅高于全省平均增幅2.5个百分点。", []wantFig{
			{ind: "收入增幅高于全省平均增幅", value: 2.5, unit: "个百分点"}}},
	})
}

// TestMeasureWords: a subject that is only a measure word names the measure
// of the entity the figure before named.
func TestMeasureWords(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年蔬菜播种面积2100公顷，增长1.2%，产量5.6万吨，下降0.8%。", []wantFig{
			{ind: "蔬菜播种面积", value: 2100, unit: "公顷", changes: []string{"growth_pct 1.2"}},
			{ind: "蔬菜产量", value: 5.6, unit: "万吨", changes: []string{"growth_pct -0.8"}}}},
		{"实现渔业总产值12.5亿元，增加值7.1亿元。", []wantFig{
			{ind: "渔业总产值", value: 12.5, unit: "亿元"},
			{ind: "渔业增加值", value: 7.1, unit: "亿元"}}},
	})
}

// TestScaleOnlyUnits: a figure written with a bare scale (95.5亿) takes a
// change at that scale that names the base.
func TestScaleOnlyUnits(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"总诊疗人次8.5亿，比上年增加0.3亿人次。", []wantFig{
			{ind: "总诊疗人次", value: 8.5, unit: "亿", changes: []string{"abs 0.3"}},
			{ind: "总诊疗人次增加", value: 0.3, unit: "亿人次", changeOf: "总诊疗人次"}}},
		{"出院患者平均住院日为8.8日。", []wantFig{{ind: "出院患者平均住院日", value: 8.8, unit: "日"}}},
		{"人均生产总值约合20533美元。", []wantFig{{ind: "人均生产总值", value: 20533, unit: "美元", qual: "约"}}},
	})
}

// TestWrappedLines: a sentence the copy broke over lines is read whole.
func TestWrappedLines(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"本年度累计主动公开政府信息\n5928\n条，全文电子化率达\n90.3%\n，其中新增信息\n2110\n条。", []wantFig{
			{ind: "主动公开政府信息", value: 5928, unit: "条"},
			{ind: "全文电子化率", value: 90.3, unit: "%"},
			{ind: "新增信息", value: 2110, unit: "条", changeOf: ""}}},
		// A heading or a caption line does not run on.
		{"一、综合\n2023年受理案件120件。", []wantFig{{ind: "受理案件", value: 120, unit: "件"}}},
	})
	if figs := mustExtract(t, "国际收支保持平衡，汇率保持稳定。", Options{Year: 2023}); len(figs) != 0 {
		t.Errorf("保持平衡 read as 持平: %+v", figs)
	}
}

// TestScaleNouns: a bare scale counts the noun after it; an average over
// years qualifies the change, naming no subject.
func TestScaleNouns(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"近1亿农村贫困人口实现脱贫。", []wantFig{{ind: "农村贫困人口", value: 1, unit: "亿", qual: "近"}}},
		{"地区生产总值增加到1.2万亿元，五年年均增长5.2%。", []wantFig{
			{ind: "地区生产总值", value: 1.2, unit: "万亿元", changes: []string{"growth_pct 5.2"}}}},
		{"年末城镇调查失业率降到5.5%。", []wantFig{{ind: "城镇调查失业率", value: 5.5, unit: "%"}}},
	})
}

// TestNamedDistribution: 分别 over subjects the clause names, the unit
// written once after the last number.
func TestNamedDistribution(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点。", []wantFig{
			{ind: "第二产业占地区生产总值的比重", missing: true, unit: "%", changes: []string{"pp -2.16"}},
			{ind: "第三产业占地区生产总值的比重", missing: true, unit: "%", changes: []string{"pp -1.66"}}}},
		{"受理案件120件，审结115件，同比分别增长3.5和2.1%。", []wantFig{
			{ind: "受理案件", value: 120, unit: "件", changes: []string{"growth_pct 3.5"}},
			{ind: "审结案件", value: 115, unit: "件", changes: []string{"growth_pct 2.1"}}}},
	})
}

// TestShortScopedNames: a scope word stays when without it the name would
// be one or two characters (全国床位, not 床位); longer names drop it.
func TestShortScopedNames(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全国床位1017.4万张。", []wantFig{{ind: "全国床位", value: 1017.4, unit: "万张"}}},
		{"全区实有各类市场主体28716户。", []wantFig{{ind: "实有各类市场主体", value: 28716, unit: "户"}}},
	})
}
