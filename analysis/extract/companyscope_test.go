package extract

import "testing"

// TestScopeGroupsCellLines: an income statement copied one cell a line with
// the consolidated and the parent company's columns (合并, 母公司 over
// 本期数 | 上年同期数 each): the consolidated figures are the row's item, the
// parent's carry 母公司 before it; 减： names no item.
func TestScopeGroupsCellLines(t *testing.T) {
	text := "二、利润表\n单位：元 币种：人民币\n项目\n合并\n母公司\n" +
		"本期数\n(4-6月)\n上年同期数\n(4-6月)\n本期数\n(4-6月)\n上年同期数\n(4-6月)\n" +
		"一、营业收入\n52,318,440.10\n48,902,113.25\n30,117,264.08\n28,004,519.77\n" +
		"减：营业成本\n31,205,876.43\n29,880,410.62\n18,664,903.15\n17,220,045.30\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "scope groups, cell lines", figs, []wantFig{
		{ind: "营业收入", value: 52318440.10, unit: "元"},
		{ind: "营业收入", value: 48902113.25, unit: "元", prior: true},
		{ind: "母公司营业收入", value: 30117264.08, unit: "元"},
		{ind: "母公司营业收入", value: 28004519.77, unit: "元", prior: true},
		{ind: "营业成本", value: 31205876.43, unit: "元"},
		{ind: "营业成本", value: 29880410.62, unit: "元", prior: true},
		{ind: "母公司营业成本", value: 18664903.15, unit: "元"},
		{ind: "母公司营业成本", value: 17220045.30, unit: "元", prior: true},
	})
	if figs[2].Period != "本期数(4-6月)" || figs[3].Period != "上年同期数(4-6月)" {
		t.Errorf("periods %q, %q", figs[2].Period, figs[3].Period)
	}
}

// TestScopeGroupsPipe: the same groups over a | table (本集团 | 本公司 as a
// Hong Kong report names them); 加： names no item either.
func TestScopeGroupsPipe(t *testing.T) {
	text := "单位：人民币千元\n" +
		"| 项目 | 本集团 | | 本公司 | |\n" +
		"| | 2022年 | 2021年 | 2022年 | 2021年 |\n" +
		"| 收入 | 8,804,112 | 7,950,361 | 1,230,448 | 1,106,020 |\n" +
		"| 加：其他收益 | 45,300 | 38,214 | 6,118 | 5,002 |\n"
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, "scope groups, pipe", figs, []wantFig{
		{ind: "收入", value: 8804112, unit: "人民币千元"},
		{ind: "收入", value: 7950361, unit: "人民币千元", prior: true},
		{ind: "本公司收入", value: 1230448, unit: "人民币千元"},
		{ind: "本公司收入", value: 1106020, unit: "人民币千元", prior: true},
		{ind: "其他收益", value: 45300, unit: "人民币千元"},
		{ind: "其他收益", value: 38214, unit: "人民币千元", prior: true},
		{ind: "本公司其他收益", value: 6118, unit: "人民币千元"},
		{ind: "本公司其他收益", value: 5002, unit: "人民币千元", prior: true},
	})
}

// TestScopeGroupsNot: groups the columns do not divide among, or whose
// columns differ from group to group, read nothing.
func TestScopeGroupsNot(t *testing.T) {
	for _, text := range []string{
		"项目\n合并\n母公司\n本期数\n上年同期数\n本期数\n营业收入\n1.00\n2.00\n3.00\n",
		"项目\n合并\n母公司\n本期数\n上年同期数\n本期数\n本年累计\n营业收入\n1.00\n2.00\n3.00\n4.00\n",
		"项目\n合并\n合并\n本期数\n上年同期数\n本期数\n上年同期数\n营业收入\n1.00\n2.00\n3.00\n4.00\n",
	} {
		x := &extractor{s: text}
		if rows, _ := x.companyCellLines(0); rows != nil {
			t.Errorf("companyCellLines(%q) read %d rows, want none", text, len(rows))
		}
	}
}

// TestConsolidationScope: the groups that name a statement's scope.
func TestConsolidationScope(t *testing.T) {
	for _, c := range []struct {
		g, prefix string
		ok        bool
	}{
		{"合并", "", true}, {"本集团", "", true}, {"母公司", "母公司", true},
		{"母公司报表", "母公司", true}, {"本公司", "本公司", true},
		{"城镇", "", false}, {"", "", false}, {"合并利润表", "", false},
	} {
		if p, ok := consolidationScope(c.g); p != c.prefix || ok != c.ok {
			t.Errorf("consolidationScope(%q) = %q, %v; want %q, %v", c.g, p, ok, c.prefix, c.ok)
		}
	}
	for _, c := range []struct {
		t string
		n int
	}{{"减：营业成本", len("减：")}, {"加:营业外收入", len("加:")}, {"减少额", 0}, {"减：", 0}, {"营业收入", 0}} {
		if n := statementSignLen(c.t); n != c.n {
			t.Errorf("statementSignLen(%q) = %d, want %d", c.t, n, c.n)
		}
	}
}

// TestCellLinesLongLabels: the items of 非经常性损益 copied one cell a line
// keep their commas and full length; the 合计 row is the topic's total.
func TestCellLinesLongLabels(t *testing.T) {
	text := "非经常性损益项目\n金额（单位：元）\n非流动资产处置损益\n-12,450.00\n" +
		"计入当期损益的政府补助，但与企业正常经营业务密切相关、按照国家统一标准定额或定量享受的政府补助除外\n1,308,000.00\n" +
		"除上述各项之外的其他营业外收入,、支出\n256,114.37\n合计\n1,551,664.37\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "long labels", figs, []wantFig{
		{ind: "非流动资产处置损益", value: -12450, unit: "元"},
		{ind: "计入当期损益的政府补助，但与企业正常经营业务密切相关、按照国家统一标准定额或定量享受的政府补助除外", value: 1308000, unit: "元"},
		{ind: "除上述各项之外的其他营业外收入,、支出", value: 256114.37, unit: "元"},
		{ind: "非经常性损益合计", value: 1551664.37, unit: "元"},
	})
	for _, c := range []struct {
		t  string
		ok bool
	}{
		{"营业收入", true}, {"收入，但不含税", true}, {"公司营业收入稳步增长。", false},
		{"其中：", false}, {"营业收入，", false}, {"2023", false},
	} {
		if cellLineLabel(c.t) != c.ok {
			t.Errorf("cellLineLabel(%q) = %v", c.t, !c.ok)
		}
	}
	if got := topicTotal("项目", "合计"); got != "合计" {
		t.Errorf("topicTotal(项目) = %q", got)
	}
}

// TestBareUnitLine: a unit line over a table (单位：人民币千元) is no figure
// of 1000 元; a line that says more than the unit is read as prose.
func TestBareUnitLine(t *testing.T) {
	for _, u := range []string{"单位：人民币千元", "单位：千元", "金额单位：人民币百万元"} {
		text := u + "\n| 项目 | 2020年 | 2019年 |\n| 收入 | 6,120,330 | 5,870,412 |\n"
		figs := mustExtract(t, text, Options{})
		if len(figs) != 2 || figs[0].Indicator != "收入" {
			for _, f := range figs {
				t.Logf("got %q %v %q", f.Indicator, f.Value, f.Unit)
			}
			t.Errorf("%s: %d figures, want the table's 2", u, len(figs))
		}
	}
	if bareUnitLine("单位：万元，全年收入3.5万元") || !bareUnitLine("单位：元 币种：人民币") {
		t.Error("bareUnitLine")
	}
}

// TestMarkerComma: a list marker written 一,、 is a marker.
func TestMarkerComma(t *testing.T) {
	for in, want := range map[string]string{
		"一,、营业收入": "一、营业收入", "二，、利润总额": "二、利润总额", "3,、其他": "3、其他",
		"营业收入,、支出": "营业收入,、支出", "一、营业收入": "一、营业收入",
	} {
		if got := markerComma(in); got != want {
			t.Errorf("markerComma(%q) = %q, want %q", in, got, want)
		}
	}
	if got := tableLabel("一,、主营业务收入"); got != "主营业务收入" {
		t.Errorf("tableLabel = %q", got)
	}
}
