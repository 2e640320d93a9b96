package extract

import "testing"

// Sentences written for these tests: lengths of time in days, changes by
// 缩短 and 延长.

// TestDecimalDays: a number of days written with decimals is a length of
// time, never a day of a month (decimalDays).
func TestDecimalDays(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{{"8.9", true}, {"0.25", true}, {"15", false}, {"3", false}} {
		n, ok := scanNumber(c.text, 0)
		if !ok {
			t.Fatalf("scanNumber(%q) failed", c.text)
		}
		if got := decimalDays(n); got != c.want {
			t.Errorf("decimalDays(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全市医院出院者平均住院日7.6日，比上年缩短0.3日。", []wantFig{
			{ind: "医院出院者平均住院日", value: 7.6, unit: "日", changes: []string{"abs -0.3"}},
			{ind: "医院出院者平均住院日缩短", value: 0.3, unit: "日", changeOf: "医院出院者平均住院日"}}},
		{"公立医院平均住院日9.2日。", []wantFig{{ind: "公立医院平均住院日", value: 9.2, unit: "日"}}},
		// A day of a month stays no figure.
		{"会议于2024年5月18日召开。", nil},
	})
}

// TestLengthChanges: 缩短 and 延长 state a change of a length of time.
func TestLengthChanges(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"民事案件平均审理天数42天，同比缩短5天。", []wantFig{
			{ind: "民事案件平均审理天数", value: 42, unit: "天", changes: []string{"abs -5"}},
			{ind: "民事案件平均审理天数缩短", value: 5, unit: "天", changeOf: "民事案件平均审理天数"}}},
		{"平均办理时间为12天，较上年延长1.5天。", []wantFig{
			{ind: "平均办理时间", value: 12, unit: "天", changes: []string{"abs 1.5"}},
			{ind: "平均办理时间延长", value: 1.5, unit: "天", changeOf: "平均办理时间"}}},
		{"审批时限由30个工作日缩短至8个工作日。", []wantFig{
			{ind: "审批时限", value: 30, unit: "个工作日", prior: true},
			{ind: "审批时限", value: 8, unit: "个工作日"}}},
	})
}

// TestGrowthOnlyThenAbs: an absolute change after a figure stated only as
// a percent change, in brackets or after a comma, is that figure's change
// and a figure of its own (growthOnlyBefore).
func TestGrowthOnlyThenAbs(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"户籍人口增长2.3%（增加1.2万人）。", []wantFig{
			{ind: "户籍人口", missing: true, changes: []string{"growth_pct 2.3", "abs 1.2"}},
			{ind: "户籍人口增加", value: 1.2, unit: "万人", changeOf: "户籍人口"}}},
		{"非税收入下降6.5%(减少0.8亿元)，税收收入增加2.4亿元。", []wantFig{
			{ind: "非税收入", missing: true, changes: []string{"growth_pct -6.5", "abs -0.8"}},
			{ind: "非税收入减少", value: 0.8, unit: "亿元", changeOf: "非税收入"},
			{ind: "税收收入增加", value: 2.4, unit: "亿元", changeOf: "税收收入"}}},
		{"注册护士增长7%，增加350人。", []wantFig{
			{ind: "注册护士", missing: true, changes: []string{"growth_pct 7", "abs 350"}},
			{ind: "注册护士增加", value: 350, unit: "人", changeOf: "注册护士"}}},
		// With a level the changes are the level's, as before.
		{"常住人口95.6万人，增长1.1%（增加1.0万人）。", []wantFig{
			{ind: "常住人口", value: 95.6, unit: "万人", changes: []string{"growth_pct 1.1", "abs 1"}},
			{ind: "常住人口增加", value: 1, unit: "万人", changeOf: "常住人口"}}},
	})
}

// TestPerBase: a number after 每 is the base of a rate, not a figure; the
// rate's subject is written with it (perBase).
func TestPerBase(t *testing.T) {
	for _, c := range []struct {
		pre  string
		want bool
	}{{"每", true}, {"全市每", true}, {"平均每 ", true}, {"全市拥有", false}, {"", false}} {
		if got := perBase(c.pre); got != c.want {
			t.Errorf("perBase(%q) = %v, want %v", c.pre, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"每10万人口拥有注册护士312人。", []wantFig{{ind: "每10万人口拥有注册护士", value: 312, unit: "人"}}},
		{"每100名在校生拥有计算机18.5台，比上年增加1.2台。", []wantFig{
			{ind: "每100名在校生拥有计算机", value: 18.5, unit: "台", changes: []string{"abs 1.2"}},
			{ind: "每100名在校生拥有计算机增加", value: 1.2, unit: "台", changeOf: "每100名在校生拥有计算机"}}},
		{"每1000元主营业务收入实现利润62元。", []wantFig{{ind: "每1000元主营业务收入实现利润", value: 62, unit: "元"}}},
	})
}

// TestFromToPeriods: the year or word of a from-phrase is the prior's
// period, and not the period of the level after it (fromYear,
// fromPeriod).
func TestFromToPeriods(t *testing.T) {
	for _, c := range []struct {
		prev rune
		rest string
		want bool
	}{{'从', "年的55元", true}, {'由', "年6.70张", true}, {'由', "年末的3.2%", true}, {'从', "年起，", false}, {'较', "年的", false}, {'由', "年以来", false}} {
		if got := fromYear(c.prev, c.rest); got != c.want {
			t.Errorf("fromYear(%q, %q) = %v, want %v", c.prev, c.rest, got, c.want)
		}
	}
	for _, c := range []struct{ phrase, want string }{
		{"从2019年的", "2019年"}, {"由2020年", "2020年"}, {"由上年的", "上年"}, {"从去年末的", "去年末"}, {"由原来的", ""}, {"由", ""},
	} {
		if got := fromPeriod(c.phrase); got != c.want {
			t.Errorf("fromPeriod(%q) = %q, want %q", c.phrase, got, c.want)
		}
	}
	for _, c := range []struct {
		text                 string
		prior, level         float64
		priorPeriod, levelPd string
	}{
		{"城乡居民医保财政补助标准从2019年的520元提高至610元。", 520, 610, "2019年", ""},
		{"森林覆盖率由上年的41.2%提高到41.9%。", 41.2, 41.9, "上年", ""},
		{"每千人口执业医师由2020年2.9人增加到2023年3.4人。", 2.9, 3.4, "2020年", "2023年"},
		{"调查失业率从去年末的5.1%下降到4.8%。", 5.1, 4.8, "去年末", ""},
	} {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		if len(figs) != 2 {
			t.Errorf("%s: %d figures, want 2: %+v", c.text, len(figs), figs)
			continue
		}
		p, l := figs[0], figs[1]
		if !p.Prior || p.Value != c.prior || p.Period != c.priorPeriod {
			t.Errorf("%s: prior %v %v %q, want prior %v %q", c.text, p.Prior, p.Value, p.Period, c.prior, c.priorPeriod)
		}
		if l.Prior || l.Value != c.level || l.Period != c.levelPd || len(l.Changes) != 0 {
			t.Errorf("%s: level %v %v %q %v, want %v %q and no change (none written as a number)", c.text, l.Prior, l.Value, l.Period, l.Changes, c.level, c.levelPd)
		}
		if p.Indicator != l.Indicator {
			t.Errorf("%s: prior %q, level %q: one subject", c.text, p.Indicator, l.Indicator)
		}
	}
}

// TestFlatWords: 持平 is a change of 0 (pp for a rate), 大体持平 and
// 保持稳定 are none, as the eval guidelines say.
func TestFlatWords(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"高中阶段毛入学率为92.4%，与上年持平。", []wantFig{{ind: "高中阶段毛入学率", value: 92.4, unit: "%", changes: []string{"pp 0"}}}},
		{"全年生猪出栏56万头，同比持平。", []wantFig{{ind: "生猪出栏", value: 56, unit: "万头", changes: []string{"growth_pct 0"}}}},
		{"油料产量3.2万吨，与上年大体持平。", []wantFig{{ind: "油料产量", value: 3.2, unit: "万吨"}}},
		{"全县物价保持稳定。", nil},
	})
}

// TestPriorPeriod: an inline prior's period is the one its comparison
// names (priorPeriod).
func TestPriorPeriod(t *testing.T) {
	for _, c := range []struct{ pre, want string }{
		{"比去年", "去年"}, {"较上年同期的", "上年同期"}, {"上年末为", "上年末"}, {"较2021年", "2021年"}, {"比2020年的", "2020年"}, {"共", ""}, {"", ""},
	} {
		if got := priorPeriod(c.pre); got != c.want {
			t.Errorf("priorPeriod(%q) = %q, want %q", c.pre, got, c.want)
		}
	}
	for _, c := range []struct{ text, period string }{
		{"全市新登记市场主体3.6万户，比去年4.1万户减少0.5万户。", "去年"},
		{"受理行政复议申请215件，较2021年187件增加28件。", "2021年"},
	} {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		found := false
		for _, f := range figs {
			if f.Prior {
				found = true
				if f.Period != c.period {
					t.Errorf("%s: prior period %q, want %q", c.text, f.Period, c.period)
				}
			}
		}
		if !found {
			t.Errorf("%s: no prior in %+v", c.text, figs)
		}
	}
}

// TestRestatedChange: an absolute change restated in brackets in another
// unit is a figure of its own and the change of the level in that unit
// (restatedChange, restatedChangeFigure).
func TestRestatedChange(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年小麦产量41.6万吨（8.3亿斤），比上年增产1.5万吨（0.3亿斤），增长3.7%。", []wantFig{
			{ind: "小麦产量", value: 41.6, unit: "万吨", changes: []string{"abs 1.5", "growth_pct 3.7"}},
			{ind: "小麦产量", value: 8.3, unit: "亿斤", changes: []string{"abs 0.3"}},
			{ind: "小麦产量增产", value: 1.5, unit: "万吨", changeOf: "小麦产量"},
			{ind: "小麦产量增产", value: 0.3, unit: "亿斤", changeOf: "小麦产量"}}},
		{"蔬菜种植面积35千公顷（52.5万亩），比上年减少2千公顷（3万亩）。", []wantFig{
			{ind: "蔬菜种植面积", value: 35, unit: "千公顷", changes: []string{"abs -2"}},
			{ind: "蔬菜种植面积", value: 52.5, unit: "万亩", changes: []string{"abs -3"}},
			{ind: "蔬菜种植面积减少", value: 2, unit: "千公顷", changeOf: "蔬菜种植面积"},
			{ind: "蔬菜种植面积减少", value: 3, unit: "万亩", changeOf: "蔬菜种植面积"}}},
		// Without a level in the bracket's unit the restated change stands alone.
		{"棉花产量1.2万吨，减少0.1万吨（200万斤）。", []wantFig{
			{ind: "棉花产量", value: 1.2, unit: "万吨", changes: []string{"abs -0.1"}},
			{ind: "棉花产量减少", value: 0.1, unit: "万吨", changeOf: "棉花产量"},
			{ind: "棉花产量减少", value: 200, unit: "万斤", changeOf: "棉花产量"}}},
	})
}

// TestFullPeriodWord: a clause opening with 全年 is of the whole year; the
// period of a part of the year named before it does not hold
// (fullPeriodWord).
func TestFullPeriodWord(t *testing.T) {
	for _, c := range []struct{ clause, want string }{
		{"全年生猪出栏72.6万头", "全年"}, {"全年度完成", "全年度"}, {"年末存栏", ""}, {"上半年", ""},
	} {
		if got := fullPeriodWord(c.clause); got != c.want {
			t.Errorf("fullPeriodWord(%q) = %q, want %q", c.clause, got, c.want)
		}
	}
	for _, c := range []struct {
		text    string
		periods []string
	}{
		{"年末耕地面积86千公顷，比上年末减少1.2%；全年粮食产量41万吨，增长2.1%。", []string{"年末", ""}},
		{"年底全市实有市场主体12万户；全年新登记市场主体2.1万户。", []string{"年底", ""}},
		{"上半年，工业增加值增长5.1%，固定资产投资增长3.2%。", []string{"上半年", "上半年"}},
	} {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		var got []string
		for _, f := range figs {
			if f.ChangeOf == "" && !f.Prior {
				got = append(got, f.Period)
			}
		}
		if len(got) != len(c.periods) {
			t.Errorf("%s: periods %q, want %q", c.text, got, c.periods)
			continue
		}
		for i := range got {
			if got[i] != c.periods[i] {
				t.Errorf("%s: periods %q, want %q", c.text, got, c.periods)
				break
			}
		}
	}
}

// TestChangeThenBareTo: a level written after its change with 至 or 到
// alone is the level of the figure the change is of (isBareTo).
func TestChangeThenBareTo(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{{"至", true}, {"到", true}, {"降至", true}, {"至今", false}, {"总量", false}, {"", false}} {
		if got := isBareTo(c.name); got != c.want {
			t.Errorf("isBareTo(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"城镇调查失业率下降0.4个百分点至5.1%。", []wantFig{{ind: "城镇调查失业率", value: 5.1, unit: "%", changes: []string{"pp -0.4"}}}},
		{"外贸进出口总额增长8.3%到356.2亿元。", []wantFig{{ind: "外贸进出口总额", value: 356.2, unit: "亿元", changes: []string{"growth_pct 8.3"}}}},
		{"一般公共预算收入下降2.1%至48.6亿元，税收收入增长3%至30亿元。", []wantFig{
			{ind: "一般公共预算收入", value: 48.6, unit: "亿元", changes: []string{"growth_pct -2.1"}},
			{ind: "税收收入", value: 30, unit: "亿元", changes: []string{"growth_pct 3"}}}},
	})
}

// TestComparand: the body a figure is compared with stays in the name
// (comparandWord).
func TestComparand(t *testing.T) {
	for _, c := range []struct {
		t, w string
		want bool
	}{
		{"高于全省平均", "平均", true}, {"增速高于全市", "全市", true}, {"低于全国平均", "平均", true},
		{"投资全市", "全市", false}, {"人均收入平均", "平均", false}, {"高于全省平均", "的", false},
	} {
		if got := comparandWord(c.t, c.w); got != c.want {
			t.Errorf("comparandWord(%q, %q) = %v, want %v", c.t, c.w, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"城镇化率为58.2%，比上年提高0.9个百分点，高于全省平均1.4个百分点。", []wantFig{
			{ind: "城镇化率", value: 58.2, unit: "%", changes: []string{"pp 0.9"}},
			{ind: "高于全省平均", value: 1.4, unit: "个百分点"}}},
		{"工业投资增速低于全市2.3个百分点。", []wantFig{{ind: "工业投资增速低于全市", value: 2.3, unit: "个百分点"}}},
	})
}

// TestAbsReachedLevel: the level an absolute change stated without a level
// reached is the changed subject's figure, with the change
// (absReachedLevel, levelOfAbs).
func TestAbsReachedLevel(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"执业药师增加120人，达到2650人。", []wantFig{
			{ind: "执业药师增加", value: 120, unit: "人", changeOf: "执业药师"},
			{ind: "执业药师", value: 2650, unit: "人", changes: []string{"abs 120"}}}},
		{"乡镇卫生院减少3个，降至41个。", []wantFig{
			{ind: "乡镇卫生院减少", value: 3, unit: "个", changeOf: "乡镇卫生院"},
			{ind: "乡镇卫生院", value: 41, unit: "个", changes: []string{"abs -3"}}}},
		// A level stated before: the change is its, no second level.
		{"受理案件300件，增加12件，达到历史最高。", []wantFig{
			{ind: "受理案件", value: 300, unit: "件", changes: []string{"abs 12"}},
			{ind: "受理案件增加", value: 12, unit: "件", changeOf: "受理案件"}}},
	})
}

// TestChangeThenLevel: after a verb of an absolute change, a count 至 a
// count is the change and the level it reached, not a range
// (changeThenLevel).
func TestChangeThenLevel(t *testing.T) {
	q := unitMatch{unit: "件", base: "件", kind: unitQuantity}
	pct := unitMatch{unit: "%", kind: unitPercent}
	for _, c := range []struct {
		pre  string
		m    unitMatch
		want bool
	}{{"受理案件增加", q, true}, {"减少了", q, true}, {"预计增长", pct, false}, {"招商引资项目", q, false}, {"", q, false}} {
		if got := changeThenLevel(c.pre, c.m); got != c.want {
			t.Errorf("changeThenLevel(%q, %v) = %v, want %v", c.pre, c.m.unit, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"行政复议案件减少15件至236件。", []wantFig{
			{ind: "行政复议案件减少", value: 15, unit: "件", changeOf: "行政复议案件"},
			{ind: "行政复议案件", value: 236, unit: "件", changes: []string{"abs -15"}}}},
		{"签约律师增加8人到96人。", []wantFig{
			{ind: "签约律师增加", value: 8, unit: "人", changeOf: "签约律师"},
			{ind: "签约律师", value: 96, unit: "人", changes: []string{"abs 8"}}}},
		// A range of counts without a change verb stays a range.
		{"全年培训新型职业农民300人至500人。", []wantFig{{ind: "培训新型职业农民", value: 300, unit: "人", high: 500}}},
	})
}
