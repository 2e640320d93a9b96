package extract

import (
	"io"
	"math"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/ingest"
)

// bothPaths reads an HTML page through ingest and ExtractDocument, and the
// same document written as pipe text (Document.PipeText) through Extract,
// and checks both against the same figures: the two paths read a table the
// same way.
func bothPaths(t *testing.T, name, page string, year int, want []wantFig) []Figure {
	t.Helper()
	d, err := ingest.ReadDocument(strings.NewReader(page), name+".html", ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Tables()) == 0 {
		t.Fatalf("%s: no table read from the page", name)
	}
	figs, err := ExtractDocument(d, Options{Year: year})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, name+" (document)", figs, want)
	text, err := Extract([]byte(d.PipeText()), Options{Year: year})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, name+" (pipe text)", text, want)
	return figs
}

// TestTableSectionRows: rows of a label alone inside a table's data (a cell
// merged across the table) head the rows below: they are no header, give
// no figure, and a unit in their brackets holds for the rows below them.
func TestTableSectionRows(t *testing.T) {
	page := `<table>
<tr><th>报告期</th><th>2023-03-31</th><th>同比变化</th><th>2022-12-31</th></tr>
<tr><td colspan="4">财务指标</td></tr>
<tr><td>每股收益(元)</td><td>0.52</td><td>-12.5%</td><td>0.61</td></tr>
<tr><td colspan="4">经营业绩(万元)</td></tr>
<tr><td>营业收入</td><td>8230</td><td>6.4%</td><td>30112</td></tr>
</table>`
	figs := bothPaths(t, "sections", page, 2023, []wantFig{
		{ind: "每股收益", value: 0.52, unit: "元", changes: []string{"growth_pct -12.5"}},
		{ind: "每股收益", value: 0.61, unit: "元", prior: true},
		{ind: "营业收入", value: 8230, unit: "万元", changes: []string{"growth_pct 6.4"}},
		{ind: "营业收入", value: 30112, unit: "万元", prior: true},
	})
	if s := figs[2].Source; s.Table != 1 || s.Row != 4 || s.Col != 1 {
		t.Errorf("营业收入: source %+v, want table 1 row 4 col 1", s)
	}
}

// xxgkPage is a 信息公开年报's T3 (an excerpt of its rows, labelled by a
// group and an item, the group merged down; a header over every value
// column) and T4 (no label column; three header rows) as a web page.
const xxgkPage = `<html><head><meta charset="utf-8"></head><body>
<h1>某区2023年政府信息公开工作年度报告</h1>
<p>三、收到和处理政府信息公开申请情况</p>
<center><table border="1">
<thead>
<tr><td rowspan="3" colspan="3"><p>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p></td><td colspan="7"><p>申请人情况</p></td></tr>
<tr><td rowspan="2"><p>自然人</p></td><td colspan="5"><p>法人或其他组织</p></td><td rowspan="2"><p>总计</p></td></tr>
<tr><td><p>商业企业</p></td><td><p>科研机构</p></td><td><p>社会公益组织</p></td><td><p>法律服务机构</p></td><td><p>其他</p></td></tr>
</thead>
<tbody>
<tr><td colspan="3"><p>一、本年新收政府信息公开申请数量</p></td><td>30</td><td>5</td><td>0</td><td>0</td><td>1</td><td>0</td><td>36</td></tr>
<tr><td rowspan="4"><p>三、本年度办理结果</p></td><td colspan="2"><p>（一）予以公开</p></td><td>20</td><td>3</td><td>0</td><td>0</td><td>1</td><td>0</td><td>24</td></tr>
<tr><td rowspan="2"><p>（三）不予公开</p></td><td><p>1.属于国家秘密</p></td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td><p>2.其他法律行政法规禁止公开</p></td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td colspan="2"><p>（七）总计</p></td><td>30</td><td>5</td><td>0</td><td>0</td><td>1</td><td>0</td><td>36</td></tr>
</tbody></table></center>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<center><table border="1">
<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>3</td><td>1</td><td>0</td><td>1</td><td>5</td><td>2</td><td>0</td><td>0</td><td>0</td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
</table></center>
</body></html>`

// TestXXGKSubjects: a row of a 信息公开年报 table is named by its group and
// its item (本年度办理结果 不予公开 属于国家秘密), not by the group alone, even
// where the group's cell is merged down over it; a header over every value
// column (申请人情况) names no group; the cells of T4, which has no label
// column, are named by their three levels of headers. The web page and its
// text copy (merged cells written once) read alike.
func TestXXGKSubjects(t *testing.T) {
	rows := []struct {
		label  string
		values []float64
	}{
		{"本年新收政府信息公开申请数量", []float64{30, 5, 0, 0, 1, 0, 36}},
		{"本年度办理结果予以公开", []float64{20, 3, 0, 0, 1, 0, 24}},
		{"本年度办理结果不予公开属于国家秘密", []float64{1, 0, 0, 0, 0, 0, 1}},
		{"本年度办理结果不予公开其他法律行政法规禁止公开", []float64{2, 1, 0, 0, 0, 0, 3}},
		{"本年度办理结果总计", []float64{30, 5, 0, 0, 1, 0, 36}},
	}
	columns := []string{"自然人", "法人或其他组织商业企业", "法人或其他组织科研机构", "法人或其他组织社会公益组织", "法人或其他组织法律服务机构", "法人或其他组织其他", "总计"}
	var want []wantFig
	for _, r := range rows {
		for i, v := range r.values {
			name := r.label + columns[i]
			if r.label == "本年度办理结果总计" && columns[i] == "总计" {
				name = r.label // the grand total: 总计 once
			}
			want = append(want, wantFig{ind: name, value: v})
		}
	}
	t4 := []float64{3, 1, 0, 1, 5, 2, 0, 0, 0, 2, 1, 0, 0, 0, 1}
	for i, v := range t4 {
		group := []string{"行政复议", "行政诉讼未经复议直接起诉", "行政诉讼复议后起诉"}[i/5]
		want = append(want, wantFig{ind: group + []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}[i%5], value: v})
	}
	figs := bothPaths(t, "xxgk", xxgkPage, 2023, want)
	if s := figs[len(figs)-1].Source; s.Table != 2 || s.Row != 3 || s.Col != 14 {
		t.Errorf("T4 cell source %+v, want table 2 row 3 col 14", s)
	}
}

// TestTableCompanyPeriods: a company report's key figures, 本报告期 | 上年同期
// | 本报告期比上年同期增减(%), under 单位：元 币种：人民币: the current value
// carries the change, the prior is a figure of the year before; a rate's
// change written out as 增加0.61个百分点 is a change in points.
func TestTableCompanyPeriods(t *testing.T) {
	page := `<p>单位：元 币种：人民币</p>
<table>
<tr><td>项目</td><td>本报告期</td><td>上年同期</td><td>本报告期比上年同期增减(%)</td></tr>
<tr><td>营业收入</td><td>1,234,567.89</td><td>1,100,000.00</td><td>12.23</td></tr>
<tr><td>基本每股收益（元／股）</td><td>0.52</td><td>0.48</td><td>8.33</td></tr>
<tr><td>加权平均净资产收益率(%)</td><td>8.52</td><td>7.91</td><td>增加0.61个百分点</td></tr>
</table>`
	figs := bothPaths(t, "periods", page, 2023, []wantFig{
		{ind: "营业收入", value: 1234567.89, unit: "元", changes: []string{"growth_pct 12.23"}},
		{ind: "营业收入", value: 1100000, unit: "元", prior: true},
		{ind: "基本每股收益", value: 0.52, unit: "元/股", changes: []string{"growth_pct 8.33"}},
		{ind: "基本每股收益", value: 0.48, unit: "元/股", prior: true},
		{ind: "加权平均净资产收益率", value: 8.52, unit: "%", changes: []string{"pp 0.61"}},
		{ind: "加权平均净资产收益率", value: 7.91, unit: "%", prior: true},
	})
	if figs[1].Year != 2022 || figs[0].Year != 2023 {
		t.Errorf("years %d, %d; want 2023 and the prior 2022", figs[0].Year, figs[1].Year)
	}
}

// TestTableCompanyBalances: 本报告期末 | 上年度末 | 本报告期末比上年度末增减(%):
// the balances at the period's end and at the end of the year before.
func TestTableCompanyBalances(t *testing.T) {
	page := `<table>
<tr><td></td><td>本报告期末</td><td>上年度末</td><td>本报告期末比上年度末增减(%)</td></tr>
<tr><td>总资产(万元)</td><td>52,000</td><td>48,000</td><td>8.33</td></tr>
<tr><td>归属于上市公司股东的净资产(万元)</td><td>21,000</td><td>20,500</td><td>2.44</td></tr>
</table>`
	figs := bothPaths(t, "balances", page, 2023, []wantFig{
		{ind: "总资产", value: 52000, unit: "万元", changes: []string{"growth_pct 8.33"}},
		{ind: "总资产", value: 48000, unit: "万元", prior: true},
		{ind: "归属于上市公司股东的净资产", value: 21000, unit: "万元", changes: []string{"growth_pct 2.44"}},
		{ind: "归属于上市公司股东的净资产", value: 20500, unit: "万元", prior: true},
	})
	if figs[1].Period != "上年度末" || figs[1].Year != 2022 {
		t.Errorf("prior balance: period %q year %d, want 上年度末 2022", figs[1].Period, figs[1].Year)
	}
}

// TestTableRestatedYears: 2023年 | 2022年 (调整前 | 调整后) | 本年比上年增减
// (调整后) | 2021年 (调整前 | 调整后), as a company restating its prior years
// prints them: the change column under its restated sub-column is the
// current year's change; 调整后 is the comparable prior and keeps the
// subject, 调整前 is the figure as first reported, named apart.
func TestTableRestatedYears(t *testing.T) {
	page := `<p>单位：元</p><table>
<tr><td rowspan="2">项目</td><td rowspan="2">2023年</td><td colspan="2">2022年</td><td>本年比上年增减</td><td colspan="2">2021年</td></tr>
<tr><td>调整前</td><td>调整后</td><td>调整后</td><td>调整前</td><td>调整后</td></tr>
<tr><td>营业收入</td><td>1,500.00</td><td>1,300.00</td><td>1,250.00</td><td>20.00%</td><td>1,100.00</td><td>1,080.00</td></tr>
</table>`
	d, err := ingest.ReadDocument(strings.NewReader(page), "restated.html", ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	figs, err := ExtractDocument(d, Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	want := []wantFig{
		{ind: "营业收入", value: 1500, unit: "元", changes: []string{"growth_pct 20"}},
		{ind: "营业收入（调整前）", value: 1300, unit: "元", prior: true},
		{ind: "营业收入", value: 1250, unit: "元", prior: true},
		{ind: "营业收入（调整前）", value: 1100, unit: "元", prior: true},
		{ind: "营业收入", value: 1080, unit: "元", prior: true},
	}
	checkFigures(t, "restated", figs, want)
	// The same table as its text copy writes it, merged cells once.
	text := "单位：元\n| 项目 | 2023年 | 2022年 | 本年比上年增减 | 2021年 |\n| 调整前 | 调整后 | 调整后 | 调整前 | 调整后 |\n" +
		"| 营业收入 | 1,500.00 | 1,300.00 | 1,250.00 | 20.00% | 1,100.00 | 1,080.00 |\n"
	pipe, err := Extract([]byte(text), Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, "restated (text)", pipe, want)
	for i, y := range []int{2023, 2022, 2022, 2021, 2021} {
		if figs[i].Year != y {
			t.Errorf("figure %d (%s %v): year %d, want %d", i, figs[i].Indicator, figs[i].Value, figs[i].Year, y)
		}
	}
}

// TestTableYearbookColumns: a yearbook's 指标 | 单位 | 2024年 | 2023年 | 增长(%)
// and a bulletin's 产品名称 | 计量单位 | 产量 | 比上年增长(%): the unit column
// gives each row its unit; the earlier year is the prior; the growth is
// the change of the later year's value; a column of 增减(百分点) gives
// changes in points.
func TestTableYearbookColumns(t *testing.T) {
	page := `<table>
<tr><td>指标</td><td>单位</td><td>2024年</td><td>2023年</td><td>增长(%)</td></tr>
<tr><td>地区生产总值</td><td>亿元</td><td>1234.5</td><td>1170.2</td><td>5.5</td></tr>
<tr><td>城镇居民人均可支配收入</td><td>元</td><td>52000</td><td>50000</td><td>4.0</td></tr>
</table>
<table>
<tr><td>产品名称</td><td>计量单位</td><td>产量</td><td>比上年增长(%)</td></tr>
<tr><td>钢材</td><td>万吨</td><td>310.2</td><td>-2.1</td></tr>
</table>
<table>
<tr><td>指标</td><td>2024年(%)</td><td>比上年增减(百分点)</td></tr>
<tr><td>常住人口城镇化率</td><td>65.2</td><td>1.1</td></tr>
</table>`
	figs := bothPaths(t, "yearbook", page, 2024, []wantFig{
		{ind: "地区生产总值", value: 1234.5, unit: "亿元", changes: []string{"growth_pct 5.5"}},
		{ind: "地区生产总值", value: 1170.2, unit: "亿元", prior: true},
		{ind: "城镇居民人均可支配收入", value: 52000, unit: "元", changes: []string{"growth_pct 4"}},
		{ind: "城镇居民人均可支配收入", value: 50000, unit: "元", prior: true},
		{ind: "钢材产量", value: 310.2, unit: "万吨", changes: []string{"growth_pct -2.1"}},
		{ind: "常住人口城镇化率", value: 65.2, unit: "%", changes: []string{"pp 1.1"}},
	})
	if figs[1].Year != 2023 || figs[0].Year != 2024 {
		t.Errorf("years %d, %d; want 2024 and 2023", figs[0].Year, figs[1].Year)
	}
}

// TestClassifyColumn: the header rules on column paths.
func TestClassifyColumn(t *testing.T) {
	tests := []struct {
		path  []string
		want  tableColumn
		about string
	}{
		{[]string{"本报告期比上年同期增减(%)"}, tableColumn{change: GrowthPct, unit: "%", difference: true}, "a growth column"},
		{[]string{"上年度末"}, tableColumn{period: "上年度末", prior: true, unit: "元"}, "a prior balance"},
		{[]string{"本报告期末"}, tableColumn{period: "本报告期末", unit: "元"}, "a current balance"},
		{[]string{"2022年", "调整前"}, tableColumn{year: 2022, period: "2022年", restated: "调整前", unit: "元"}, "a year as first reported"},
		{[]string{"本年比上年增减", "调整后"}, tableColumn{change: Abs, restated: "调整后", difference: true}, "a change over a restated sub-column (its cells say whether in %)"},
		{[]string{"本年比上年增减(%)", "调整后"}, tableColumn{change: GrowthPct, restated: "调整后", unit: "%", difference: true}, "a change in % over a restated sub-column"},
		{[]string{"增减(百分点)"}, tableColumn{change: PP, unit: "个百分点", difference: true}, "a change in points"},
		{[]string{"行政诉讼", "未经复议直接起诉", "结果维持"}, tableColumn{name: "结果维持", group: "行政诉讼未经复议直接起诉", unit: "元"}, "three levels"},
		{[]string{"2023年", "四季度"}, tableColumn{year: 2023, period: "四季度", unit: "元"}, "a quarter under a year"},
		{[]string{"计量单位"}, tableColumn{unitCol: true}, "a unit column"},
		{[]string{"上期发生额"}, tableColumn{period: "上期发生额", prior: true, unit: "元"}, "a statement's prior period"},
		{[]string{"期末余额"}, tableColumn{period: "期末余额", unit: "元"}, "a statement's closing balance (periodHeaders)"},
		{[]string{"产量(吨)"}, tableColumn{name: "产量", unit: "吨"}, "a unit in brackets"},
	}
	for _, tt := range tests {
		got := classifyColumn(tt.path, "元")
		got.head = "" // the leaf as written, for periodWordTarget
		if got != tt.want {
			t.Errorf("%s: classifyColumn(%q) = %+v, want %+v", tt.about, tt.path, got, tt.want)
		}
	}
}

// TestChangeCell: changes written out in a table's change column.
func TestChangeCell(t *testing.T) {
	tests := []struct {
		in   string
		kind string
		v    float64
		ok   bool
	}{
		{"增加0.61个百分点", PP, 0.61, true},
		{"减少1.2个百分点", PP, -1.2, true},
		{"-0.5个百分点", PP, -0.5, true},
		{"下降3.2%", GrowthPct, -3.2, true},
		{"增长5%", GrowthPct, 5, true},
		{"增加5", "", 0, false},
		{"不适用", "", 0, false},
		{"12.3", "", 0, false},
	}
	for _, tt := range tests {
		kind, v, _, ok := changeCell(tt.in)
		if kind != tt.kind || v != tt.v || ok != tt.ok {
			t.Errorf("changeCell(%q) = %q %v %v, want %q %v %v", tt.in, kind, v, ok, tt.kind, tt.v, tt.ok)
		}
	}
}

// TestTableQuarterlyReport: a 季报's key figures as a web page's text copy:
// no header over the labels (本报告期末 | 上年度末 | … over 总资产(元) | …),
// a second block with headers of its own (本报告期 | … | 年初至报告期末 | …),
// and a rate whose difference, printed with %, is in percentage points.
func TestTableQuarterlyReport(t *testing.T) {
	text := "本报告期末 | 上年度末 | 本报告期末比上年度末增减 | ||||\n" +
		"总资产(元) | 1,200,000.00 | 1,000,000.00 | 20.00% | |||\n" +
		"本报告期 | 本报告期比上年同期增减 | 年初至报告期末 | 年初至报告期末比上年同期增减 | |||\n" +
		"营业收入(元) | 300,000.00 | -10.00% | 900,000.00 | 5.00% | ||\n" +
		"加权平均净资产收益率 | 1.50% | -0.40% | 4.20% | 0.30% |\n"
	figs, err := Extract([]byte(text), Options{Year: 2019})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, "季报", figs, []wantFig{
		{ind: "总资产", value: 1200000, unit: "元", changes: []string{"growth_pct 20"}},
		{ind: "总资产", value: 1000000, unit: "元", prior: true},
		{ind: "营业收入", value: 300000, unit: "元", changes: []string{"growth_pct -10"}},
		{ind: "营业收入", value: 900000, unit: "元", changes: []string{"growth_pct 5"}},
		{ind: "加权平均净资产收益率", value: 1.5, unit: "%", changes: []string{"pp -0.4"}},
		{ind: "加权平均净资产收益率", value: 4.2, unit: "%", changes: []string{"pp 0.3"}},
	})
	if figs[3].Period != "年初至报告期末" {
		t.Errorf("year to date: period %q", figs[3].Period)
	}
}

// TestTableBilingualYearbook: a yearbook table printed in Chinese and
// English: translations after the labels and a header row of them are no
// part of the subjects; a section row names the quantity of the rows below
// (学校数, 专任教师) and, with a unit line of two units (单位：人、所), picks
// the unit; a # column is a part of the column before it, named with it
// where its own name is not unique, and takes its unit; a total row
// labelled only in English is named by its columns.
func TestTableBilingualYearbook(t *testing.T) {
	page := `<p>单位：人、所 (person, unit)</p>
<table>
<tr><td>项目 Item</td><td>2022</td><td>2023</td></tr>
<tr><td colspan="3">学校数 Number of Schools</td></tr>
<tr><td>小 学 Primary Schools</td><td>120</td><td>118</td></tr>
<tr><td colspan="3">专任教师 Full-time Teachers</td></tr>
<tr><td>小 学 Primary Schools</td><td>5400</td><td>5520</td></tr>
</table>
<table>
<tr><td></td><td>机构数<br>(个)</td><td>#医院、<br>卫生院</td><td>床位<br>(张)</td><td>#医院、<br>卫生院</td><td>卫生技术人员<br>(人)</td><td>#医 师</td></tr>
<tr><td></td><td>institutions (unit)</td><td>hospitals and health centers</td><td>beds</td><td>hospitals and health centers</td><td>personnel (person)</td><td>doctors</td></tr>
<tr><td>total</td><td>900</td><td>130</td><td>9000</td><td>8500</td><td>11000</td><td>4600</td></tr>
<tr><td>门诊部 clinics</td><td>31</td><td></td><td>17</td><td></td><td>260</td><td>119</td></tr>
</table>`
	figs := bothPaths(t, "bilingual", page, 2023, []wantFig{
		{ind: "小学学校数", value: 120, unit: "所", prior: true},
		{ind: "小学学校数", value: 118, unit: "所"},
		{ind: "小学专任教师", value: 5400, unit: "人", prior: true},
		{ind: "小学专任教师", value: 5520, unit: "人"},
		{ind: "机构数", value: 900, unit: "个"},
		{ind: "机构数（其中：医院、卫生院）", value: 130, unit: "个"},
		{ind: "床位", value: 9000, unit: "张"},
		{ind: "床位（其中：医院、卫生院）", value: 8500, unit: "张"},
		{ind: "卫生技术人员", value: 11000, unit: "人"},
		{ind: "医师", value: 4600, unit: "人"},
		{ind: "门诊部机构数", value: 31, unit: "个"},
		{ind: "门诊部床位", value: 17, unit: "张"},
		{ind: "门诊部卫生技术人员", value: 260, unit: "人"},
		{ind: "门诊部医师", value: 119, unit: "人"},
	})
	if figs[5].Parent != "机构数" || figs[13].Parent != "门诊部卫生技术人员" {
		t.Errorf("parts: parents %q and %q, want 机构数 and 门诊部卫生技术人员", figs[5].Parent, figs[13].Parent)
	}
}

// TestTableLabelRules: the rules for bilingual and spread-out labels.
func TestTableLabelRules(t *testing.T) {
	for in, want := range map[string]string{
		"普通高等学校 Regular Institutions of Higher Education":    "普通高等学校",
		"疾病预防控制中心(防疫站) sanitation and antiepidemic stations": "疾病预防控制中心(防疫站)",
		"total":      "total",
		"GDP 地区生产总值": "GDP 地区生产总值",
	} {
		if got := dropTranslation(in); got != want {
			t.Errorf("dropTranslation(%q) = %q, want %q", in, got, want)
		}
	}
	if got := removeHanSpaces("#医 师"); got != "#医师" {
		t.Errorf("removeHanSpaces = %q", got)
	}
	for subject, want := range map[string]string{"学校数": "所", "专任教师": "人", "招生数": "人", "其他": "人"} {
		if got := unitForSubject("人、所", subject); got != want {
			t.Errorf("unitForSubject(人、所, %q) = %q, want %q", subject, got, want)
		}
	}
	for in, want := range map[string]string{"学校数 Number of Schools": "学校数", "财务指标": "", "经营业绩(万元)": "", "第二十条第（五）项": ""} {
		if got := sectionName(in); got != want {
			t.Errorf("sectionName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTableNumberColumn: a leading 序号 column numbers the rows; the label
// is the column after it, in the page and in its text copy, and the
// figures keep their grid columns.
func TestTableNumberColumn(t *testing.T) {
	page := `<table>
<tr><td>序号</td><td>项目</td><td>预算数(万元)</td><td>完成预算(%)</td></tr>
<tr><td>1</td><td>教育支出</td><td>850</td><td>94.1</td></tr>
<tr><td>2</td><td>卫生健康支出</td><td>420</td><td>102.4</td></tr>
</table>`
	figs := bothPaths(t, "序号", page, 2023, []wantFig{
		{ind: "教育支出预算数", value: 850, unit: "万元"}, {ind: "教育支出完成预算", value: 94.1, unit: "%"},
		{ind: "卫生健康支出预算数", value: 420, unit: "万元"}, {ind: "卫生健康支出完成预算", value: 102.4, unit: "%"},
	})
	if s := figs[1].Source; s.Row != 1 || s.Col != 3 {
		t.Errorf("document: source %+v, want row 1 col 3", s)
	}
	text, err := Extract([]byte("| 序号 | 项目 | 预算数(万元) |\n| 1 | 教育支出 | 850 |\n"), Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	if len(text) != 1 || text[0].Indicator != "教育支出预算数" || text[0].Source.Col != 2 {
		t.Errorf("text: %+v", text)
	}
}

// TestTablePartRows: rows marked as parts (#第一产业, 其中：工业) have the
// figure of the same column in the last row that is no part as their
// parent, in the page and in its text copy; a row after them that is no
// part has none.
func TestTablePartRows(t *testing.T) {
	page := `<table>
<tr><td>指标</td><td>2024年(亿元)</td><td>比上年增长(%)</td></tr>
<tr><td>地区生产总值</td><td>1234.5</td><td>5.2</td></tr>
<tr><td>#第一产业</td><td>100.1</td><td>3.1</td></tr>
<tr><td>其中：工业</td><td>400.2</td><td>6.0</td></tr>
<tr><td>一般公共预算收入</td><td>88.8</td><td>2.0</td></tr>
</table>`
	want := []wantFig{
		{ind: "地区生产总值", value: 1234.5, unit: "亿元", changes: []string{"growth_pct 5.2"}},
		{ind: "第一产业", value: 100.1, unit: "亿元", changes: []string{"growth_pct 3.1"}},
		{ind: "工业", value: 400.2, unit: "亿元", changes: []string{"growth_pct 6"}},
		{ind: "一般公共预算收入", value: 88.8, unit: "亿元", changes: []string{"growth_pct 2"}},
	}
	figs := bothPaths(t, "parts", page, 2024, want)
	d, err := ingest.ReadDocument(strings.NewReader(page), "parts.html", ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text, err := Extract([]byte(d.PipeText()), Options{Year: 2024})
	if err != nil {
		t.Fatal(err)
	}
	for name, fs := range map[string][]Figure{"document": figs, "text": text} {
		for i, parent := range []string{"", "地区生产总值", "地区生产总值", ""} {
			if fs[i].Parent != parent {
				t.Errorf("%s: %s parent %q, want %q", name, fs[i].Indicator, fs[i].Parent, parent)
			}
		}
	}
}

// TestTableCaptionYear: a table whose caption names a year other than the
// report's (表1 2022年各县主要经济指标 in a 2023 report) gives its figures that
// year, in the page and in its text copy; a caption naming a span gives
// none.
func TestTableCaptionYear(t *testing.T) {
	page := `<p>表1 2022年各县主要经济指标</p><table>
<tr><td>县</td><td>地区生产总值(亿元)</td><td>比上年增长(%)</td></tr>
<tr><td>甲县</td><td>100.5</td><td>4.1</td></tr></table>`
	figs := bothPaths(t, "caption", page, 2023, []wantFig{{ind: "甲县地区生产总值", value: 100.5, unit: "亿元", changes: []string{"growth_pct 4.1"}}})
	if figs[0].Year != 2022 {
		t.Errorf("year %d, want the caption's 2022", figs[0].Year)
	}
	for caption, want := range map[string]int{"表1 2022年各县主要经济指标": 2022, "表2 2019—2023年主要指标": 0, "2022年主要指标": 0, "表3 主要指标": 0} {
		if got := captionYear(caption); got != want {
			t.Errorf("captionYear(%q) = %d, want %d", caption, got, want)
		}
	}
}

// FuzzExtractDocumentHTML checks that a web page read by ingest and
// ExtractDocument never panics, that every table figure names a table of
// the document and a cell of its grid, that values are finite and that the
// JSON writer accepts the result.
func FuzzExtractDocumentHTML(f *testing.F) {
	// Small seeds: the engine minimizes what it finds by running it again
	// and again.
	f.Add(xxgkPage)
	f.Add(`<p>单位：元 币种：人民币</p><table><tr><td></td><td>本报告期末</td><td>上年度末</td><td>增减(%)</td></tr><tr><td>总资产(元)</td><td>1,200</td><td>1,000</td><td>20.00%</td></tr><tr><td colspan="4">经营业绩(万元)</td></tr><tr><td>其中：收入</td><td>5</td><td>4</td><td>增加0.5个百分点</td></tr></table>`)
	f.Add(`<table><tr><td rowspan=3 colspan=2>项目</td><td colspan=2>2022年</td><td>本年比上年增减</td></tr><tr><td>调整前</td><td>调整后</td><td>调整后</td></tr><tr><td>序号</td></tr><tr><td>1</td><td>#其中：收入(万元)</td><td>1</td><td>增加0.5个百分点</td><td>-3%</td></tr></table>`)
	f.Fuzz(func(t *testing.T, page string) {
		d, err := ingest.ReadDocument(strings.NewReader(page), "f.html", ingest.Options{})
		if err != nil {
			return
		}
		figs, err := ExtractDocument(d, Options{Year: 2023})
		if err != nil {
			return
		}
		tables := d.Tables()
		for _, fg := range figs {
			if math.IsNaN(fg.Value) || math.IsInf(fg.Value, 0) {
				t.Fatalf("value %v", fg.Value)
			}
			if s := fg.Source; s.Table > 0 {
				if s.Table > len(tables) {
					t.Fatalf("table %d of %d", s.Table, len(tables))
				}
				tb := tables[s.Table-1]
				if s.Row == -1 && s.Col == -1 {
					continue // a figure of the table's note
				}
				if s.Row < 0 || s.Row >= tb.NumRows() || s.Col < 0 || s.Col >= tb.NumCols() {
					t.Fatalf("cell (%d, %d) outside the %d×%d grid", s.Row, s.Col, tb.NumRows(), tb.NumCols())
				}
			}
		}
		if err := WriteJSON(io.Discard, figs); err != nil {
			t.Fatal(err)
		}
	})
}

// TestTableNoteFigures: a figure in a table's note (注：…) is read in the
// document path as the text path reads the note's line, placed by its
// table with no cell.
func TestTableNoteFigures(t *testing.T) {
	page := `<table>
<tr><td>县</td><td>地区生产总值(亿元)</td></tr>
<tr><td>甲县</td><td>100.5</td></tr>
</table><p>注：全县年末常住人口12.3万人。</p>`
	figs := bothPaths(t, "note", page, 2023, []wantFig{
		{ind: "甲县地区生产总值", value: 100.5, unit: "亿元"},
		{ind: "常住人口", value: 12.3, unit: "万人"},
	})
	if s := figs[1].Source; s.Table != 1 || s.Row != -1 || s.Col != -1 || figs[1].InInput() || figs[1].Sentence != "注：全县年末常住人口12.3万人" {
		t.Errorf("note figure: source %+v, in input %v, sentence %q", s, figs[1].InInput(), figs[1].Sentence)
	}
}

// TestDocumentBlankRowNamesNothing: in a document's table a row whose
// values are left blank is no section: the rows below it keep their own
// names; a cell across the table is one.
func TestDocumentBlankRowNamesNothing(t *testing.T) {
	page := `<table>
<tr><td>信息内容</td><td>本年制发件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td></td><td></td></tr>
<tr><td>行政规范性文件</td><td>5</td><td>42</td></tr>
<tr><td colspan="3">专任教师</td></tr>
<tr><td>小学</td><td>7</td><td>9</td></tr>
</table>`
	d, err := ingest.ReadDocument(strings.NewReader(page), "blank.html", ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	figs, err := ExtractDocument(d, Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, "blank row", figs, []wantFig{
		{ind: "行政规范性文件本年制发件数", value: 5}, {ind: "行政规范性文件现行有效件数", value: 42},
		{ind: "小学本年制发件数专任教师", value: 7}, {ind: "小学现行有效件数专任教师", value: 9},
	})
}

// TestTableThreeHeaderRows: a header of three rows whose top row is one
// period over all the value columns (2023年 over 产量 | 产值 over 数量 |
// 增长(%) | …): the period holds for every column, in the page and in its
// text copy.
func TestTableThreeHeaderRows(t *testing.T) {
	page := `<table>
<tr><td rowspan="3">产品</td><td colspan="4">2022年</td></tr>
<tr><td colspan="2">产量(万吨)</td><td colspan="2">产值(亿元)</td></tr>
<tr><td>数量</td><td>增长(%)</td><td>数量</td><td>增长(%)</td></tr>
<tr><td>粮食</td><td>45.6</td><td>1.2</td><td>8.9</td><td>2.5</td></tr>
</table>`
	figs := bothPaths(t, "three rows", page, 2023, []wantFig{
		{ind: "粮食产量", value: 45.6, unit: "万吨", changes: []string{"growth_pct 1.2"}, prior: true},
		{ind: "粮食产值", value: 8.9, unit: "亿元", changes: []string{"growth_pct 2.5"}, prior: true},
	})
	if figs[0].Year != 2022 {
		t.Errorf("year %d, want 2022", figs[0].Year)
	}
}

// TestTableRestatedAfterBefore: restated years written 调整后 | 调整前 with
// the change column spanning both header rows, and a monthly table whose
// unit column spans both header rows beside 12月 | 1-12月 groups: the page
// and its text copy read alike.
func TestTableRestatedAfterBefore(t *testing.T) {
	page := `<table border=1>
<tr><td rowspan=2>主要会计数据</td><td rowspan=2>2023年</td><td colspan=2>2022年</td><td rowspan=2>本期比上年同期增减(%)</td><td colspan=2>2021年</td></tr>
<tr><td>调整后</td><td>调整前</td><td>调整后</td><td>调整前</td></tr>
<tr><td>营业收入(元)</td><td>1,500.00</td><td>1,250.00</td><td>1,300.00</td><td>20.00</td><td>1,080.00</td><td>1,100.00</td></tr>
</table>
<table border=1>
<tr><td rowspan=2>指标</td><td rowspan=2>单位</td><td colspan=2>12月</td><td colspan=2>1-12月</td></tr>
<tr><td>绝对量</td><td>同比增长(%)</td><td>绝对量</td><td>同比增长(%)</td></tr>
<tr><td>规模以上工业增加值</td><td>亿元</td><td>12.3</td><td>5.1</td><td>140.2</td><td>6.0</td></tr>
</table>`
	figs := bothPaths(t, "restated and monthly", page, 2023, []wantFig{
		{ind: "营业收入", value: 1500, unit: "元", changes: []string{"growth_pct 20"}},
		{ind: "营业收入", value: 1250, unit: "元", prior: true},
		{ind: "营业收入（调整前）", value: 1300, unit: "元", prior: true},
		{ind: "营业收入", value: 1080, unit: "元", prior: true},
		{ind: "营业收入（调整前）", value: 1100, unit: "元", prior: true},
		{ind: "规模以上工业增加值", value: 12.3, unit: "亿元", changes: []string{"growth_pct 5.1"}},
		{ind: "规模以上工业增加值", value: 140.2, unit: "亿元", changes: []string{"growth_pct 6"}},
	})
	if figs[5].Period != "12月" || figs[6].Period != "1-12月" {
		t.Errorf("periods %q, %q; want 12月 and 1-12月", figs[5].Period, figs[6].Period)
	}
}

// TestTableMergedLabelHeaderAndBlocks: a label header merged across two
// label columns (案件类型 over 刑事 | 一审), and the T2 blocks of a 信息公开年报
// in one table (a caption row, then 信息内容 | 本年处理决定数量 with its value
// merged across the table): the page and its text copy read alike.
func TestTableMergedLabelHeaderAndBlocks(t *testing.T) {
	page := `<table border=1>
<tr><td colspan=2>案件类型</td><td>收案(件)</td><td>同比(%)</td></tr>
<tr><td rowspan=2>刑事</td><td>一审</td><td>120</td><td>-2.6</td></tr>
<tr><td>二审</td><td>30</td><td>5.0</td></tr>
<tr><td colspan=2>民事</td><td>900</td><td>10.2</td></tr>
</table>
<table border=1>
<tr><td colspan=3>第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>3</td></tr>
<tr><td colspan=3>第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan=2>本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan=2>1523</td></tr>
</table>`
	bothPaths(t, "labels and blocks", page, 2023, []wantFig{
		{ind: "刑事一审收案", value: 120, unit: "件", changes: []string{"growth_pct -2.6"}},
		{ind: "刑事二审收案", value: 30, unit: "件", changes: []string{"growth_pct 5"}},
		{ind: "民事收案", value: 900, unit: "件", changes: []string{"growth_pct 10.2"}},
		{ind: "规章本年制发件数", value: 0}, {ind: "规章现行有效件数", value: 3},
		{ind: "行政许可本年处理决定数量", value: 1523},
	})
}

// TestTablePartGroupAndMarks: a 其中 header over sub-columns (年末常住人口 |
// 其中 over 城镇 | 乡村) makes them parts of the column before it; a column
// of marks in place of values (— and …) is a value column, not a label;
// the page and its text copy read alike.
func TestTablePartGroupAndMarks(t *testing.T) {
	page := `<table border=1>
<tr><td rowspan=2>年份</td><td rowspan=2>年末常住人口(万人)</td><td colspan=2>其中</td></tr>
<tr><td>城镇</td><td>乡村</td></tr>
<tr><td>2023年</td><td>56.7</td><td>36.0</td><td>20.7</td></tr>
</table>
<table border=1>
<tr><td>指标</td><td>1-11月</td><td>同比增长(%)</td></tr>
<tr><td>固定资产投资</td><td>—</td><td>4.5</td></tr>
<tr><td>其中：工业投资</td><td>…</td><td>10.2</td></tr>
</table>`
	figs := bothPaths(t, "parts and marks", page, 2023, []wantFig{
		{ind: "年末常住人口", value: 56.7, unit: "万人"},
		{ind: "城镇", value: 36, unit: "万人"},
		{ind: "乡村", value: 20.7, unit: "万人"},
		{ind: "固定资产投资", missing: true, changes: []string{"growth_pct 4.5"}},
		{ind: "工业投资", missing: true, changes: []string{"growth_pct 10.2"}},
	})
	if figs[1].Parent != "年末常住人口" || figs[2].Parent != "年末常住人口" {
		t.Errorf("parents %q, %q; want 年末常住人口", figs[1].Parent, figs[2].Parent)
	}
}
