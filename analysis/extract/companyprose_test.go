package extract

import (
	"strings"
	"testing"
)

// TestDropAchieveVerb: a segment's figure named with 实现 or 取得 between
// the segment and the quantity loses the verb; other names stay.
func TestDropAchieveVerb(t *testing.T) {
	for in, want := range map[string]string{
		"海外工程业务实现营业收入": "海外工程业务营业收入",
		"全年新能源板块取得净利润": "全年新能源板块净利润",
		"华东分部实现新签合同额":  "华东分部新签合同额",
		"公司实现营业总收入":    "公司实现营业总收入", // the company leads: stripped elsewhere
		"全市实现地区生产总值":   "全市实现地区生产总值",
		"制造业务实现":       "制造业务实现",
		"物流业务实现了A类":    "物流业务实现了A类",
		"实现营业收入":       "实现营业收入",
	} {
		if got := dropAchieveVerb(in); got != want {
			t.Errorf("dropAchieveVerb(%q) = %q, want %q", in, got, want)
		}
	}
	text := "报告期内，环保业务实现营业收入12.5亿元，同比增长8.1%；水务业务实现净利润3.2亿元。"
	checkFigures(t, text, mustExtract(t, text, Options{}), []wantFig{
		{ind: "环保业务营业收入", value: 12.5, unit: "亿元", changes: []string{"growth_pct 8.1"}},
		{ind: "水务业务净利润", value: 3.2, unit: "亿元"},
	})
}

// TestEndedPeriod: a period written as the end of its span (截至…止, with
// 六个月 or 年度 after 止) keeps 止 and the span, out of the subject.
func TestEndedPeriod(t *testing.T) {
	text := "截至6月30日止六个月，本集团收入为人民币35.6亿元，增长4.2%。截至9月30日止第三季纯利约8.8亿元。"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, text, figs, []wantFig{
		{ind: "本集团收入", value: 35.6, unit: "亿元", changes: []string{"growth_pct 4.2"}},
		{ind: "第三季纯利", value: 8.8, unit: "亿元", qual: "约"},
	})
	if figs[0].Period != "截至6月30日止六个月" || figs[1].Period != "截至9月30日止" {
		t.Errorf("periods %q, %q; want 截至6月30日止六个月, 截至9月30日止", figs[0].Period, figs[1].Period)
	}
	for in, want := range map[string]int{"截至9月30日止年度，": len("截至9月30日止年度"), "截至9月30日，": len("截至9月30日"), "9月30日止": len("9月30日")} {
		j := strings.Index(in, "日") + len("日")
		if got := endedPeriodEnd(in, 0, j, len(in)); got != want {
			t.Errorf("endedPeriodEnd(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestFixedWidthWrap: prose a wire copy wrapped at a fixed width reads
// across its breaks (the subject and the date whole); short lines of
// their own are not joined.
func TestFixedWidthWrap(t *testing.T) {
	text := "某某集团公布,截至6月30日止上半年纯利约12亿元,升8%,营业收入300亿元,升5%,每股\n" +
		"盈利1.2元,扣除非经常性损益之纯利11亿元,升6%,经营现金流入9亿元,本期加权平均净\n" +
		"资产收益率5.5%,跌0.3个百分点,经营活动现金净流入50亿元,派中期息每股\n" +
		"0.3元。\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "wire copy", figs, []wantFig{
		{ind: "上半年纯利", value: 12, unit: "亿元", qual: "约", changes: []string{"growth_pct 8"}},
		{ind: "营业收入", value: 300, unit: "亿元", changes: []string{"growth_pct 5"}},
		{ind: "每股盈利", value: 1.2, unit: "元"},
		{ind: "扣除非经常性损益之纯利", value: 11, unit: "亿元", changes: []string{"growth_pct 6"}},
		{ind: "经营现金流入", value: 9, unit: "亿元"},
		{ind: "本期加权平均净资产收益率", value: 5.5, unit: "%", changes: []string{"pp -0.3"}},
		{ind: "经营活动现金净流入", value: 50, unit: "亿元"},
		{ind: "派中期息每股", value: 0.3, unit: "元"},
	})
	// Lines far shorter than the widest are not wrapped at the width.
	s := "公司荣誉与资质情况说明如下\n获评年度优秀企业\n一二三四五六七八九十一二三四五六七八九十一二三\n"
	if fixedWidthWrap(s, 0, strings.IndexByte(s, '\n')) {
		t.Errorf("fixedWidthWrap: a short line under a longer one taken as wrapped")
	}
	// 净利润 then 营业收入: the company's own measure.
	text = "公司上半年净利润约12亿元，增长8%，营业收入300亿元，增长5%。"
	checkFigures(t, text, mustExtract(t, text, Options{}), []wantFig{
		{ind: "公司上半年净利润", value: 12, unit: "亿元", qual: "约", changes: []string{"growth_pct 8"}},
		{ind: "营业收入", value: 300, unit: "亿元", changes: []string{"growth_pct 5"}},
	})
	if got := joinWrapped("扣除非\n 经常性损益 net\nprofit"); got != "扣除非经常性损益 net profit" {
		t.Errorf("joinWrapped = %q", got)
	}
}

// TestNamesResultsQuantity: what is left of a results quantity's name is
// no entity to name a measure by; an entity is.
func TestNamesResultsQuantity(t *testing.T) {
	for in, want := range map[string]bool{
		"第三季纯利": true, "公司净": true, "集团毛": true, "归母净利润": true,
		"规模以上工业企业": false, "蔬菜": false, "农林牧渔业": false,
	} {
		if got := namesResultsQuantity(in); got != want {
			t.Errorf("namesResultsQuantity(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestOpeningBalanceChange: a balance stated at the start of the period,
// then its change by the period word and the level it reached (本期增加…至…):
// the change and the level are the balance's, named without 期初.
func TestOpeningBalanceChange(t *testing.T) {
	text := "公司优先股期初总股本5000万股，本期减少200万股至4800万股。限售股份期初数量300万股，占比6%，本期增加50万股至350万股，占比7%。"
	checkFigures(t, text, mustExtract(t, text, Options{}), []wantFig{
		{ind: "公司优先股期初总股本", value: 5000, unit: "万股"},
		{ind: "公司优先股总股本本期减少", value: 200, unit: "万股", changeOf: "公司优先股总股本"},
		{ind: "公司优先股总股本", value: 4800, unit: "万股", changes: []string{"abs -200"}},
		{ind: "限售股份期初数量", value: 300, unit: "万股"},
		{ind: "限售股份期初数量占", value: 6, unit: "%"},
		{ind: "限售股份本期增加", value: 50, unit: "万股", changeOf: "限售股份"},
		{ind: "限售股份", value: 350, unit: "万股", changes: []string{"abs 50"}},
		{ind: "限售股份占", value: 7, unit: "%"},
	})
	for in, want := range map[string]string{"普通股期初总股本": "普通股总股本", "无限售股份期初数量": "无限售股份", "期初余额": "", "总股本": ""} {
		if got := openedName(in); got != want {
			t.Errorf("openedName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestColonYearPrior: a Hong Kong results statement's prior in brackets,
// its year (digits or Chinese numerals) and a colon first, the currency
// repeated; 百份点 is 百分点; 港仙 is a unit.
func TestColonYearPrior(t *testing.T) {
	text := "收入增加8.2%至约人民币120,500,000元（二零二二年：人民币111,368,000元）。毛利率下跌1.5个百份点至40.1%(2022年:41.6%)。董事建议派发末期股息每股5.2港仙（二零二二年：4.8港仙）。"
	checkFigures(t, text, mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "收入", value: 120500000, unit: "元", qual: "约", changes: []string{"growth_pct 8.2"}},
		{ind: "收入", value: 111368000, unit: "元", prior: true},
		{ind: "毛利率", value: 40.1, unit: "%", changes: []string{"pp -1.5"}},
		{ind: "毛利率", value: 41.6, unit: "%", prior: true},
		{ind: "董事建议派发末期股息每股", value: 5.2, unit: "港仙"},
		{ind: "董事建议派发末期股息每股", value: 4.8, unit: "港仙", prior: true},
	})
	for in, want := range map[string]int{"二零二二年：人民币": 2022, "2021年:": 2021, "2021年度：约": 2021, "二零二二年：收入": 0, "2022年": 0, "含税:": 0} {
		if y, ok := colonYearPrior(in); y != want && ok || !ok && want != 0 {
			t.Errorf("colonYearPrior(%q) = %d %v, want %d", in, y, ok, want)
		}
	}
}

// TestNegativeInlinePrior: a prior stated inline keeps its sign, as a
// company's cash flows are often negative in both periods.
func TestNegativeInlinePrior(t *testing.T) {
	text := "经营活动产生的现金流量净额为-3.20亿元，上年同期为-4120.50万元。"
	checkFigures(t, text, mustExtract(t, text, Options{Year: 2024}), []wantFig{
		{ind: "经营活动产生的现金流量净额", value: -3.2, unit: "亿元"},
		{ind: "经营活动产生的现金流量净额", value: -4120.5, unit: "万元", prior: true, number: "-4120.50"},
	})
}

// TestChangeDegreeAdverb: a change said with its degree (同比大幅增长, 小幅
// 下降, 明显提高) is the figure's before it, no figure of a name 大幅.
func TestChangeDegreeAdverb(t *testing.T) {
	text := "营业收入12.5亿元，同比大幅增长45.2%；毛利率30.1%，同比小幅下降0.8个百分点；净利润2.1亿元，明显增长20%。"
	checkFigures(t, text, mustExtract(t, text, Options{}), []wantFig{
		{ind: "营业收入", value: 12.5, unit: "亿元", changes: []string{"growth_pct 45.2"}},
		{ind: "毛利率", value: 30.1, unit: "%", changes: []string{"pp -0.8"}},
		{ind: "净利润", value: 2.1, unit: "亿元", changes: []string{"growth_pct 20"}},
	})
}

// TestBracketedSignedChange: a signed change in brackets after its figure
// is its change: points after a rate, percent after a level; percent after
// a rate and points after a level are nothing (which was meant is not
// written); a bracket with more than the change is not read so.
func TestBracketedSignedChange(t *testing.T) {
	text := "公司营业收入120.5亿元(+6.2%)，净利润9.8亿元(-3.5%)，毛利率21.4%(+1.3pct)，净利率8.1%(-0.4个百分点)，" +
		"费用率5.5%(+0.2%)，存货30亿元(+2pct)。"
	figs := mustExtract(t, text, Options{Year: 2024})
	checkFigures(t, "bracketed changes", figs, []wantFig{
		{ind: "公司营业收入", value: 120.5, unit: "亿元", changes: []string{"growth_pct 6.2"}},
		{ind: "净利润", value: 9.8, unit: "亿元", changes: []string{"growth_pct -3.5"}},
		{ind: "毛利率", value: 21.4, unit: "%", changes: []string{"pp 1.3"}},
		{ind: "净利率", value: 8.1, unit: "%", changes: []string{"pp -0.4"}},
		{ind: "费用率", value: 5.5, unit: "%"},
		{ind: "存货", value: 30, unit: "亿元"},
	})
}

// TestRatioAcronymBefore: a ratio's Latin abbreviation names the number
// after it; a code (G20, PM2.5) and a longer word ending so do not.
func TestRatioAcronymBefore(t *testing.T) {
	for in, want := range map[string]bool{"加权ROE": true, "EPS": true, "ROIC": true, "G": false, "PM": false, "XROE": false, "": false} {
		if got := ratioAcronymBefore(in, len(in)); got != want {
			t.Errorf("ratioAcronymBefore(%q) = %v, want %v", in, got, want)
		}
	}
}
