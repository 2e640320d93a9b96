package extract

import (
	"testing"

	"github.com/annualstat/annualstat/analysis/doc"
)

// Sentences written for these tests: traditional script, changes by a
// half or tenths.

// TestFoldTraditional: the fold maps traditional characters byte for byte
// and leaves simplified text as it is.
func TestFoldTraditional(t *testing.T) {
	for _, c := range []struct {
		in, want string
		trad     bool
	}{
		{"收入12.3億元，較上年增長5.6%", "收入12.3亿元，较上年增长5.6%", true},
		{"常住人口120萬人，減少0.3萬人", "常住人口120万人，减少0.3万人", true},
		{"提高1.2個百分點", "提高1.2个百分点", true},
		{"收入12.3亿元，较上年增长5.6%", "收入12.3亿元，较上年增长5.6%", false},
		{"abc 123", "abc 123", false},
		{"", "", false},
	} {
		got, trad := foldTraditional(c.in)
		if got != c.want || trad != c.trad {
			t.Errorf("foldTraditional(%q) = %q, %v; want %q, %v", c.in, got, trad, c.want, c.trad)
		}
		if len(got) != len(c.in) {
			t.Errorf("foldTraditional(%q): %d bytes, want %d", c.in, len(got), len(c.in))
		}
	}
}

// TestTraditionalScript: scales, units and change words in traditional
// script read like simplified ones; subjects and change texts stay as
// written, units are spelled in simplified script.
func TestTraditionalScript(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年財政收入12.3億元，較上年減少2.1億元，同比增長5.6%。", []wantFig{
			{ind: "財政收入", value: 12.3, unit: "亿元", changes: []string{"abs -2.1", "growth_pct 5.6"}},
			{ind: "財政收入減少", value: 2.1, unit: "亿元", changeOf: "財政收入"}}},
		{"年末常住人口856.2萬人，比上年增長0.8%。", []wantFig{
			{ind: "常住人口", value: 856.2, unit: "万人", changes: []string{"growth_pct 0.8"}}}},
		{"城鎮化率為61.5%，比上年提高1.2個百分點。", []wantFig{
			{ind: "城鎮化率", value: 61.5, unit: "%", changes: []string{"pp 1.2"}}}},
		{"糧食產量35.6萬噸，下降2.3%。", []wantFig{
			{ind: "糧食產量", value: 35.6, unit: "万吨", changes: []string{"growth_pct -2.3"}}}},
		{"新建社區服務站12個，惠及居民3200戶。", []wantFig{
			{ind: "新建社區服務站", value: 12, unit: "个"},
			{ind: "惠及居民", value: 3200, unit: "户"}}},
		// Simplified text reads as before.
		{"全年财政收入12.3亿元，较上年减少2.1亿元。", []wantFig{
			{ind: "财政收入", value: 12.3, unit: "亿元", changes: []string{"abs -2.1"}},
			{ind: "财政收入减少", value: 2.1, unit: "亿元", changeOf: "财政收入"}}},
	})
	figs := mustExtract(t, "全年財政收入12.3億元，同比增長5.6%。", Options{Year: 2023})
	if len(figs) != 1 || figs[0].Change == nil || figs[0].Change.Text != "同比增長5.6%" || figs[0].Sentence != "全年財政收入12.3億元，同比增長5.6%" {
		t.Fatalf("traditional change text and sentence not as written: %+v", figs)
	}
}

// TestUnfoldString: a character is written back in traditional script only
// when the sentence has it so and not in simplified script.
func TestUnfoldString(t *testing.T) {
	for _, c := range []struct{ in, sent, want string }{
		{"收入减少", "財政收入減少2億元", "收入減少"},
		{"收入减少2亿元", "財政收入減少2億元", "收入減少2億元"},
		{"财政收入减少", "财政收入减少2亿元", "财政收入减少"},
		{"收入减少", "收入減少2億元，减少3億元", "收入减少"}, // both scripts: left as it is
	} {
		if got := unfoldString(c.in, c.sent); got != c.want {
			t.Errorf("unfoldString(%q, %q) = %q, want %q", c.in, c.sent, got, c.want)
		}
	}
}

// TestHalfOrTenthsChange: 减少一半 is −50%, 增长一成 +10%, 下降两成 −20%;
// qualified shares, shares of a noun and names are no change.
func TestHalfOrTenthsChange(t *testing.T) {
	for _, c := range []struct {
		s    string
		at   string // the share the rule is asked at
		want float64
		ok   bool
	}{
		{"审批时限减少一半", "一半", -50, true},
		{"审批时限减少了一半", "一半", -50, true},
		{"收入增长一成", "一成", 10, true},
		{"事故起数下降两成", "两成", -20, true},
		{"参保人数提高三成", "三成", 30, true},
		{"审批时限减少一半以上", "一半", 0, false},
		{"收入增长一成多", "一成", 0, false},
		{"审批时间减少一半的时间", "一半", 0, false},
		{"新增一成员单位", "一成", 0, false},
		{"增加一成员单位", "一成", 0, false},
		{"其中一半来自外省", "一半", 0, false},
		{"减半征收", "半", 0, false},
	} {
		i := len(c.s) - len(c.s[indexOf(c.s, c.at):])
		_, _, got, ok := halfOrTenthsChange(c.s, 0, i)
		if ok != c.ok || got != c.want {
			t.Errorf("halfOrTenthsChange(%q at %q) = %v, %v; want %v, %v", c.s, c.at, got, ok, c.want, c.ok)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"受理信访事项1200件，同比减少一半。", []wantFig{
			{ind: "受理信访事项", value: 1200, unit: "件", changes: []string{"growth_pct -50"}}}},
		{"旅游收入85.2亿元，比上年增长一成。", []wantFig{
			{ind: "旅游收入", value: 85.2, unit: "亿元", changes: []string{"growth_pct 10"}}}},
		{"全年发生交通事故320起，下降两成。", []wantFig{
			{ind: "发生交通事故", value: 320, unit: "起", changes: []string{"growth_pct -20"}}}},
		// No change: qualified, or 一成 starting a word.
		{"受理信访事项1200件，减少一半以上。", []wantFig{
			{ind: "受理信访事项", value: 1200, unit: "件"}}},
		{"收入85.2亿元，比上年翻一番。", []wantFig{
			{ind: "收入", value: 85.2, unit: "亿元", changes: []string{"multiple 2"}}}},
	})
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestListCommaUnit: numbers listed with a comma or 、 before one unit
// each take it (listCommaUnit); thousands separators, dates and lists of
// numbers each with its unit are read as before.
func TestListCommaUnit(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"新建学校3,5个。", []wantFig{
			{ind: "新建学校", value: 3, unit: "个"}, {ind: "新建学校", value: 5, unit: "个"}}},
		{"建成驿站3,4,5个。", []wantFig{
			{ind: "建成驿站", value: 3, unit: "个"}, {ind: "建成驿站", value: 4, unit: "个"}, {ind: "建成驿站", value: 5, unit: "个"}}},
		{"每班配备3、5名辅导员。", []wantFig{
			{ind: "辅导员", value: 3, unit: "名"}, {ind: "辅导员", value: 5, unit: "名"}}},
		{"奖励资金3,5万元。", []wantFig{
			{ind: "奖励资金", value: 3, unit: "万元"}, {ind: "奖励资金", value: 5, unit: "万元"}}},
		// Not a list: a thousands separator, a broken grouping, months,
		// values that each write their unit.
		{"奖励资金1,234万元。", []wantFig{{ind: "奖励资金", value: 1234, unit: "万元", number: "1,234"}}},
		{"奖励资金1,234,5678元。", nil},
		{"2023年3、5月新建驿站8个。", []wantFig{{ind: "新建驿站", value: 8, unit: "个"}}},
		{"受理案件120件,审结100件。", []wantFig{
			{ind: "受理案件", value: 120, unit: "件"}, {ind: "审结案件", value: 100, unit: "件"}}},
	})
	// A list whose unit is a change's: never a lone 5 named 增长3.
	for _, f := range mustExtract(t, "增长3,5%。", Options{Year: 2023}) {
		if f.Indicator == "增长3" {
			t.Errorf("增长3,5%%: figure named %q", f.Indicator)
		}
	}
}

// TestNoteSymbolLen: circled, bracketed and superscript note marks are
// dropped from subjects; other symbols and ideographs are not marks.
func TestNoteSymbolLen(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"①", len("①")}, {"⑳", len("⑳")}, {"⑴招生", len("⑴")}, {"⒈", len("⒈")}, {"❶", len("❶")},
		{"²", len("²")}, {"¹³", len("¹³")}, {"⁴", len("⁴")},
		{"招生", 0}, {"(1)", 0}, {"%", 0}, {"", 0}, {"ⁱ", 0},
	} {
		if got := noteSymbolLen(c.s, 0); got != c.want {
			t.Errorf("noteSymbolLen(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"城镇新增就业①1.2万人，城镇登记失业率②2.5%。", []wantFig{
			{ind: "城镇新增就业", value: 1.2, unit: "万人"}, {ind: "城镇登记失业率", value: 2.5, unit: "%"}}},
		{"普通高中⑴在校生3.2万人。", []wantFig{{ind: "普通高中在校生", value: 3.2, unit: "万人"}}},
		{"专任教师²1200人。", []wantFig{{ind: "专任教师", value: 1200, unit: "人"}}},
	})
}

// TestPerUnitAverage: 人均, 年均, 日均 and 年平均 end a subject as part of
// its name; 均 as 都 is stripped.
func TestPerUnitAverage(t *testing.T) {
	for _, c := range []struct {
		t, w string
		want bool
	}{
		{"居民人均", "均", true}, {"城镇新增就业年均", "均", true}, {"户均", "均", true},
		{"城镇新增就业年平均", "平均", true}, {"两项指标均", "均", false}, {"各地均", "均", false},
	} {
		if got := perUnitAverage(c.t, c.w); got != c.want {
			t.Errorf("perUnitAverage(%q, %q) = %v, want %v", c.t, c.w, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"城镇新增就业年均12万人。", []wantFig{{ind: "城镇新增就业年均", value: 12, unit: "万人"}}},
		{"农村居民人均8600元。", []wantFig{{ind: "农村居民人均", value: 8600, unit: "元"}}},
		{"两项指标均达到100%。", []wantFig{{ind: "两项指标", value: 100, unit: "%"}}},
		// A period word or 预计 at the end of a subject is no part of it.
		{"户籍人口年末达到95.3万人。", []wantFig{{ind: "户籍人口", value: 95.3, unit: "万人"}}},
		{"社会消费品零售总额预计达412.6亿元。", []wantFig{{ind: "社会消费品零售总额", value: 412.6, unit: "亿元"}}},
	})
}

// TestCaseHeadNoVerb: a case verb's inherited object never ends in a case
// verb (不批准逮捕, not 不批准逮捕逮捕); a noun object is still inherited.
func TestCaseHeadNoVerb(t *testing.T) {
	for _, c := range []struct{ object, unit, want string }{
		{"后(含上期积存)批准逮捕", "件", ""},
		{"各类犯罪嫌疑人", "人", "犯罪嫌疑人"},
		{"刑事案件", "件", "刑事案件"},
	} {
		if got := caseHead(c.object, c.unit); got != c.want {
			t.Errorf("caseHead(%q, %q) = %q, want %q", c.object, c.unit, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"经审查后批准逮捕128件，不批准逮捕21件。", []wantFig{
			{ind: "经审查后批准逮捕", value: 128, unit: "件"}, {ind: "不批准逮捕", value: 21, unit: "件"}}},
		{"批准逮捕犯罪嫌疑人356人，起诉412人。", []wantFig{
			{ind: "批准逮捕犯罪嫌疑人", value: 356, unit: "人"}, {ind: "起诉", value: 412, unit: "人"}}},
	})
}

// TestTraditionalDocument: a document in traditional script reads like a
// simplified one, prose and table; subjects and sentences as written,
// units in simplified script.
func TestTraditionalDocument(t *testing.T) {
	var b doc.Builder
	b.Row()
	b.Cell("地區", 1, 1, doc.Source{})
	b.Cell("常住人口(萬人)", 1, 1, doc.Source{})
	b.Cell("比上年增長(%)", 1, 1, doc.Source{})
	b.Row()
	b.Cell("甲區", 1, 1, doc.Source{})
	b.Cell("85.6", 1, 1, doc.Source{})
	b.Cell("1.2", 1, 1, doc.Source{})
	tab, err := b.Table()
	if err != nil {
		t.Fatal(err)
	}
	tab.HeaderRows, tab.LabelCols = 1, 1
	d := &doc.Document{Name: "report.html"}
	d.Add(doc.Block{Kind: doc.Paragraph, Text: "全年財政收入12.3億元，同比增長5.6%。"})
	d.Add(doc.Block{Kind: doc.TableBlock, Table: tab})
	figs, err := ExtractDocument(d, Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, "traditional document", figs, []wantFig{
		{ind: "財政收入", value: 12.3, unit: "亿元", changes: []string{"growth_pct 5.6"}},
		{ind: "甲區常住人口", value: 85.6, unit: "万人", changes: []string{"growth_pct 1.2"}},
	})
	if figs[0].Sentence != "全年財政收入12.3億元，同比增長5.6%" || figs[0].Change.Text != "同比增長5.6%" {
		t.Errorf("prose figure sentence %q change %q", figs[0].Sentence, figs[0].Change.Text)
	}
	if figs[1].Sentence != "甲區 | 85.6 | 1.2" {
		t.Errorf("table figure sentence %q", figs[1].Sentence)
	}
	if d.Blocks[1].Table.Rows[0][1].Text != "常住人口(萬人)" {
		t.Errorf("the document was changed: %q", d.Blocks[1].Table.Rows[0][1].Text)
	}
}

// TestQuotes: a quotation closed by the ASCII mark a copy put in its
// place ends there; one never closed in its sentence quotes nothing, so
// the figures after it are read; numbers in a closed quotation are none.
func TestQuotes(t *testing.T) {
	for _, c := range []struct {
		want, r rune
		ok      bool
	}{{'’', '’', true}, {'’', '\'', true}, {'”', '"', true}, {'》', '>', false}, {'”', '\'', false}} {
		if got := closesQuote(c.want, c.r); got != c.ok {
			t.Errorf("closesQuote(%q, %q) = %v, want %v", c.want, c.r, got, c.ok)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"实现油菜生产‘五连增',到达38.6万吨。", []wantFig{{ind: "油菜生产‘五连增'", value: 38.6, unit: "万吨"}}},
		{"实现油菜生产‘五连增,总产38.6万吨。", []wantFig{{ind: "总产", value: 38.6, unit: "万吨"}}},
		{"落实“3个100%”要求，新建驿站12个。", []wantFig{{ind: "新建驿站", value: 12, unit: "个"}}},
		{"落实“3个100%\"要求，新建驿站12个。", []wantFig{{ind: "新建驿站", value: 12, unit: "个"}}},
	})
}

// TestTraditionalFromTo: 從…提高至 in traditional script gives the prior
// and the level, as 从 does.
func TestTraditionalFromTo(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"人均補助標準從2022年60元提高至75元。", []wantFig{
			{ind: "人均補助標準", value: 60, unit: "元", prior: true},
			{ind: "人均補助標準", value: 75, unit: "元"}}},
	})
}

// TestAccountingBasis: a change on a named accounting basis keeps its
// basis as its base and is kept beside the figure's first change.
func TestAccountingBasis(t *testing.T) {
	for _, c := range []struct {
		t    string
		want string // the basis words at the end of t
	}{
		{"扣除留抵退税因素后", "扣除留抵退税因素后"},
		{"，按自然口径计算", "按自然口径计算"},
		{"剔除减税因素影响后", "剔除减税因素影响后"},
		{"按同口径", "按同口径"},
		{"比上年", ""},
		{"按照规定", ""},
		{"扣除2022年一次性因素后", ""}, // a year in it: not a basis this rule reads
	} {
		got := accountingBasis(c.t)
		if w := c.t[len(c.t)-got:]; got > 0 && w != c.want || got == 0 && c.want != "" {
			t.Errorf("accountingBasis(%q) = %d (%q), want %q", c.t, got, c.t[len(c.t)-got:], c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全区税收收入86.4亿元，扣除留抵退税因素后增长3.2%，按自然口径计算下降11.5%。", []wantFig{
			{ind: "税收收入", value: 86.4, unit: "亿元", changes: []string{"growth_pct 3.2", "growth_pct -11.5"}}}},
		// A growth in real terms is kept beside the first (realTermsWord).
		{"居民人均可支配收入32000元，增长6.2%，扣除价格因素实际增长4.1%。", []wantFig{
			{ind: "居民人均可支配收入", value: 32000, unit: "元", changes: []string{"growth_pct 6.2", "growth_pct 4.1"}}}},
	})
	figs := mustExtract(t, "全区税收收入86.4亿元，扣除留抵退税因素后增长3.2%，按自然口径计算下降11.5%。", Options{Year: 2023})
	if len(figs) == 1 && len(figs[0].Changes) == 2 && (figs[0].Changes[0].aside || !figs[0].Changes[1].aside) {
		t.Errorf("the second basis's change is not set aside: %+v", figs[0].Changes)
	}
}

// TestPassedMilestone: a round mark passed just before the level is no
// figure, and the topic clause loses the mark; a mark stated alone stays
// the figure. A clause without a figure after a semicolon names the next
// clause's figure (afterSemicolon).
func TestPassedMilestone(t *testing.T) {
	for _, c := range []struct {
		pre, after string
		want       bool
	}{
		{"全市生产总值跨越", "，达3260亿元", true},
		{"营业收入首次突破", ",达到120.5亿元", true},
		{"农村居民人均可支配收入首次突破", ",到达21460元", true},
		{"存款余额突破", "，达到了3200亿元", true},
		{"常住人口突破", "，增至105.2万人", true},
		{"常住人口突破", "，到达新高", false},
		{"销售收入突破", "；新增企业3家", false},
		{"销售收入突破", "，增长12%", false},
		{"销售收入达", "，为200亿元", false},
	} {
		if got := passedMilestone(c.pre, c.after); got != c.want {
			t.Errorf("passedMilestone(%q, %q) = %v, want %v", c.pre, c.after, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"全市生产总值跨越3000亿元", "全市生产总值"}, {"税收收入迈过百亿大关", "税收收入"}, {"突破千亿", "突破千亿"}, {"税收收入", "税收收入"},
	} {
		if got := dropMilestone(c.in); got != c.want {
			t.Errorf("dropMilestone(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全市生产总值跨越3000亿元，达3260亿元，增长6%；税收收入迈过百亿大关，达108亿元。", []wantFig{
			{ind: "生产总值", value: 3260, unit: "亿元", changes: []string{"growth_pct 6"}},
			{ind: "税收收入", value: 108, unit: "亿元"}}},
		{"农村居民人均可支配收入首次突破2万元,到达21460元。", []wantFig{
			{ind: "农村居民人均可支配收入", value: 21460, unit: "元"}}},
		{"旅游收入突破100亿元，增长12%。", []wantFig{
			{ind: "旅游收入", value: 100, unit: "亿元", qual: "突破", changes: []string{"growth_pct 12"}}}},
	})
}
