package present

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
)

func TestPunctuate(t *testing.T) {
	for in, want := range map[string]string{
		"28716户,比上年增长12.33%":    "28716户，比上年增长12.33%",
		"网办率100%,比上年提高1.20个百分点": "网办率100%，比上年提高1.20个百分点",
		"单位:户":                     "单位：户",
		"注: 数据截至年底":                "注：数据截至年底",
		"增减(百分点)":                  "增减（百分点）",
		"比上年增长(%)":                 "比上年增长（%）",
		"行政复议案件受理(第2类)":            "行政复议案件受理（第2类）",
		"(一)市场主体":                  "（一）市场主体",
		"甲;乙":                      "甲；乙",
		"是否完成?是!":                  "是否完成？是！",
		"1,234":                    "1,234",
		"12:30":                    "12:30",
		"f(x) = 2":                 "f(x) = 2",
		"GDP (2022), USD":          "GDP (2022), USD",
		"":                         "",
		"已经全角，无需改动。":               "已经全角，无需改动。",
		"A区(2022年),B区":             "A区（2022年），B区",
		"期望 5,实际 6":                "期望 5，实际 6",
		"“新增”,比":                   "“新增”，比",
		"区间25562.83–25565.10,整数候选": "区间25562.83–25565.10，整数候选",
	} {
		if got := Punctuate(in); got != want {
			t.Errorf("Punctuate(%q) = %q, want %q", in, got, want)
		}
		if got := Mispunctuated(Punctuate(in)); in != "GDP (2022), USD" && got != nil {
			t.Errorf("Mispunctuated(Punctuate(%q)) = %q", in, got)
		}
	}
}

func TestMispunctuated(t *testing.T) {
	if got := Mispunctuated("28716户,比上年增长12.33%"); len(got) != 1 || !strings.Contains(got[0], "户,比") {
		t.Errorf("comma after 户: %q", got)
	}
	if got := Mispunctuated("单位:户 增减(百分点)"); len(got) != 3 {
		t.Errorf("colon and two brackets: %q", got)
	}
	if got := Mispunctuated("1,234 (x) a:b 单位：户"); got != nil {
		t.Errorf("no Chinese next to the ASCII marks: %q", got)
	}
}

func TestChineseDate(t *testing.T) {
	if got := ChineseDate(time.Date(2023, 2, 22, 23, 59, 0, 0, time.UTC)); got != "2023年2月22日" {
		t.Errorf("got %q", got)
	}
	if got := ChineseDate(time.Time{}); got != "" {
		t.Errorf("zero date: %q", got)
	}
}

func TestRef(t *testing.T) {
	for n, want := range map[int]string{1: "①", 2: "②", 20: "⑳", 21: "（21）"} {
		if got := Ref(n); got != want {
			t.Errorf("Ref(%d) = %q, want %q", n, got, want)
		}
	}
}

// small is a dataset with a total and its items, a rate, a zero base, a
// missing value and an approximate value.
func small(t *testing.T) *analysis.Table {
	t.Helper()
	d := &analysis.Dataset{Title: "测试区2022年统计附录", Org: "测试区管委会", Source: "测试区统计局"}
	set := func(sec, name, unit, parent string, pts ...analysis.Point) {
		ind := d.Indicator(sec, name, unit)
		ind.Parent = parent
		for _, p := range pts {
			if err := ind.Set(p); err != nil {
				t.Fatal(err)
			}
		}
	}
	p := func(y int, v float64) analysis.Point { return analysis.Point{Year: y, Value: v} }
	set("市场主体", "实有市场主体", "户", "", p(2021, 25564), p(2022, 28716))
	set("市场主体", "企业", "户", "实有市场主体", p(2021, 8000), p(2022, 9000))
	set("市场主体", "个体工商户", "户", "实有市场主体", p(2021, 17564), p(2022, 19716))
	set("市场主体", "新增市场主体", "户", "", p(2021, 0), p(2022, 4698))
	set("政务服务", "网办率", "%", "", p(2021, 98.8), p(2022, 100))
	set("政务服务", "投资", "亿元", "", p(2021, 2), analysis.Point{Year: 2022, Value: 2.25, Flags: analysis.FlagApprox})
	set("政务服务", "新建窗口", "个", "", p(2022, 3))
	tb, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func TestMainTable(t *testing.T) {
	doc := New(small(t), nil, Options{Date: time.Date(2023, 2, 22, 0, 0, 0, 0, time.UTC)})
	if len(doc.Tables) != 1 {
		t.Fatalf("%d tables", len(doc.Tables))
	}
	tb := doc.Tables[0]
	if tb.Caption != "表1 2022年主要指标" || tb.ContinuedCaption != "续表1" {
		t.Errorf("captions %q, %q", tb.Caption, tb.ContinuedCaption)
	}
	if tb.UnitLine != "" {
		t.Errorf("several units, yet unit line %q", tb.UnitLine)
	}
	var heads []string
	for _, c := range tb.Columns {
		heads = append(heads, c.Header)
	}
	want := []string{"指标", "单位", "2021年", "2022年", "增减量", "比上年增长\n（%）", "比上年增减\n（百分点）"}
	if !reflect.DeepEqual(heads, want) {
		t.Errorf("headers %q, want %q", heads, want)
	}
	text := func(r Row) []string {
		var out []string
		for _, c := range r.Cells {
			out = append(out, c.Text)
		}
		return out
	}
	rows := map[string][]string{}
	levels := map[string]int{}
	for _, r := range tb.Rows {
		rows[r.Cells[0].Text] = text(r)
		levels[r.Cells[0].Text] = r.Level
	}
	for name, want := range map[string][]string{
		"市场主体":   {"市场主体", "", "", "", "", "", ""},
		"实有市场主体": {"实有市场主体", "户", "25564", "28716", "3152", "12.33", "—"},
		"其中：企业":  {"其中：企业", "户", "8000", "9000", "1000", "12.50", "—"},
		"个体工商户":  {"个体工商户", "户", "17564", "19716", "2152", "12.25", "—"},
		"新增市场主体": {"新增市场主体", "户", "0", "4698", "4698", "—", "—"},
		"网办率":    {"网办率", "%", "98.8", "100.0", "1.2", "—", "1.20"},
		"投资":     {"投资", "亿元", "2.00", "约2.25", "0.25", "12.50", "—"},
		"新建窗口":   {"新建窗口", "个", "", "3", "", "", "—"},
	} {
		got, ok := rows[name]
		if !ok {
			t.Errorf("no row %q", name)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("row %q: %q, want %q", name, got, want)
		}
	}
	if levels["其中：企业"] != 1 || levels["个体工商户"] != 1 || levels["新增市场主体"] != 0 {
		t.Errorf("levels %v", levels)
	}
	var notes []string
	for _, n := range tb.Notes {
		notes = append(notes, n.String())
	}
	wantNotes := []string{"“—”表示上年为0，增速无意义，或该指标不适用此栏。", "空白表示缺少该年数据。", "数字带“约、多、余、近、左右”等字样的为约数，照原文列出。"}
	if !reflect.DeepEqual(notes, wantNotes) {
		t.Errorf("notes %q, want %q", notes, wantNotes)
	}
	if tb.Source != "资料来源：测试区统计局" {
		t.Errorf("source %q", tb.Source)
	}
	if got := doc.Signature.Lines(); !reflect.DeepEqual(got, []string{"测试区管委会", "2023年2月22日"}) {
		t.Errorf("signature %q", got)
	}
	if doc.Period != "2022年" || doc.Comparison != "上年" {
		t.Errorf("period %q comparison %q", doc.Period, doc.Comparison)
	}
}

func TestSingleUnit(t *testing.T) {
	d := &analysis.Dataset{}
	for i, v := range []float64{10, 12.5} {
		ind := d.Indicator("", []string{"甲", "乙"}[i], "万元")
		_ = ind.Set(analysis.Point{Year: 2021, Value: v})
		_ = ind.Set(analysis.Point{Year: 2022, Value: v + 1})
	}
	tb, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := New(tb, nil, Options{})
	m := doc.Tables[0]
	if m.UnitLine != "单位：万元" || len(m.Columns) != 5 || m.Columns[1].Role != ColPrevious || m.Columns[1].Decimals != 1 {
		t.Fatalf("unit line %q, columns %+v", m.UnitLine, m.Columns)
	}
	// No section row, and one decimal in the whole value column.
	if len(m.Rows) != 2 || m.Rows[0].Cells[1].Text != "10.0" || m.Rows[1].Cells[2].Text != "13.5" {
		t.Errorf("rows %+v", m.Rows)
	}
	if doc.Signature.DateText != "" {
		t.Errorf("no date given, yet %q", doc.Signature.DateText)
	}
}

func TestCharts(t *testing.T) {
	doc := New(small(t), nil, Options{})
	var names []string
	for _, c := range doc.Charts {
		names = append(names, c.Name)
	}
	if !reflect.DeepEqual(names, []string{"grouped", "growth", "growth-pp"}) {
		t.Fatalf("charts %q", names)
	}
	g := doc.Charts[0]
	if g.Unit != "户" || g.UnitLine != "单位：户" || !g.Legend || !g.ZeroBaseline || len(g.Series) != 2 || g.Caption != "图1 2022年与2021年主要指标对比" {
		t.Errorf("grouped %+v", g)
	}
	gr := doc.Charts[1]
	if gr.Legend || gr.Unit != "%" || !reflect.DeepEqual(gr.Series[0].Labels, []string{"+12.50%", "+12.50%", "+12.33%", "+12.25%"}) {
		t.Errorf("growth labels %q, legend %v", gr.Series[0].Labels, gr.Legend)
	}
	if len(gr.Notes) != 2 || !strings.Contains(gr.Notes[0], "新增市场主体上年为0") {
		t.Errorf("growth notes %q", gr.Notes)
	}
	pp := doc.Charts[2]
	if pp.Unit != "百分点" || pp.Series[0].Labels[0] != "+1.20" {
		t.Errorf("pp %+v", pp)
	}
	if doc := New(small(t), nil, Options{Charts: []string{"growth"}}); len(doc.Charts) != 1 || doc.Charts[0].Number != 1 {
		t.Errorf("selection: %+v", doc.Charts)
	}
}

func TestCheckReport(t *testing.T) {
	fs := []analysis.Finding{
		{Rule: analysis.RuleNewVsNet, Severity: analysis.Info, Year: 2022, Indicators: []string{"新增"}, Expected: "≥1", Found: "2", Message: "提示,说明"},
		{Rule: analysis.RuleSum, Severity: analysis.Error, Year: 2022, Indicators: []string{"合计", "分项"}, Expected: "10", Found: "9", Message: "不等"},
	}
	doc := New(small(t), fs, Options{})
	cr := doc.Checks
	if cr.Summary != "共发现2项：错误1项，提示1项。" || cr.Errors != 1 || cr.Infos != 1 {
		t.Errorf("summary %q", cr.Summary)
	}
	r := cr.Table.Rows[0].Cells
	if r[1].Text != "错误" || r[2].Text != "分项与合计" || r[4].Text != "合计、分项" || r[7].Text != "不等。" {
		t.Errorf("first finding %+v", r)
	}
	if got := cr.Table.Rows[1].Cells[7].Text; got != "提示，说明。" {
		t.Errorf("message %q", got)
	}
	if New(small(t), nil, Options{}).Checks.Summary != "未发现不一致的数据。" {
		t.Error("no findings")
	}
}

// TestSamplePunctuation: every text of the sample's document is
// punctuated for Chinese.
func TestSamplePunctuation(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "sample-2022.csv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := ingest.ReadCSV(f, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tb, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := New(tb, analysis.Check(d, analysis.CheckOptions{}), Options{})
	for _, s := range Texts(doc) {
		if bad := Mispunctuated(s); bad != nil {
			t.Errorf("%q: ASCII punctuation next to Chinese at %q", s, bad)
		}
	}
}

// A figure stated only as a change shows its change as stated; a growth
// over a prior derived from the statement shows the statement.
func TestStatedChanges(t *testing.T) {
	d := &analysis.Dataset{}
	cpi := d.Indicator("价格", "居民人均可支配收入", "元")
	_ = cpi.Set(analysis.Point{Year: 2022, NoLevel: true, Changes: []analysis.Stated{{Kind: analysis.ChangeGrowthPct, Value: 4.6, Text: "4.6"}}})
	inc := d.Indicator("价格", "营业收入", "万元")
	_ = inc.Set(analysis.Point{Year: 2021, Value: 956, Flags: analysis.FlagDerived})
	_ = inc.Set(analysis.Point{Year: 2022, Value: 1000, Changes: []analysis.Stated{{Kind: analysis.ChangeGrowthPct, Value: 4.6, Text: "4.6"}}})
	other := d.Indicator("价格", "其他收入", "万元")
	_ = other.Set(analysis.Point{Year: 2021, Value: 100})
	_ = other.Set(analysis.Point{Year: 2022, Value: 104.6})
	tb, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := New(tb, nil, Options{}).Tables[0]
	got := map[string][]string{}
	for _, r := range m.Rows {
		var cells []string
		for _, c := range r.Cells {
			cells = append(cells, c.Text)
		}
		got[r.Cells[0].Text] = cells
	}
	for name, want := range map[string][]string{
		"居民人均可支配收入": {"居民人均可支配收入", "元", "", "—", "—", "4.6"},
		"营业收入①":     {"营业收入①", "万元", "956.0", "1000.0", "44.0", "4.6"},
		"其他收入":      {"其他收入", "万元", "100.0", "104.6", "4.6", "4.60"},
	} {
		if !reflect.DeepEqual(got[name], want) {
			t.Errorf("%s: %q, want %q", name, got[name], want)
		}
	}
	var notes []string
	for _, n := range m.Notes {
		notes = append(notes, n.Text)
	}
	if !strings.Contains(strings.Join(notes, ""), "原文只公布了增减情况") || !strings.Contains(strings.Join(notes, ""), "增减栏照原文列出") {
		t.Errorf("notes %q", notes)
	}
}

// A value of a part of the year in a column of whole years says its
// period in its label.
func TestPeriodLabel(t *testing.T) {
	d := &analysis.Dataset{}
	a := d.Indicator("", "全年指标", "件")
	_ = a.Set(analysis.Point{Year: 2022, Value: 5})
	b := d.Indicator("", "归集上报数据", "条")
	_ = b.Set(analysis.Point{Year: 2022, Value: 11737, Period: "1-11月"})
	tb, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := New(tb, nil, Options{}).Tables[0]
	if got := m.Rows[1].Cells[0].Text; got != "归集上报数据（1-11月）" {
		t.Errorf("label %q", got)
	}
	if got := m.Rows[0].Cells[0].Text; got != "全年指标" {
		t.Errorf("label %q", got)
	}
}
