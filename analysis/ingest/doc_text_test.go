package ingest

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/doc"
)

func readTextDoc(t *testing.T, text string) *doc.Document {
	t.Helper()
	d, err := ReadTextDocument(strings.NewReader(text), Options{Name: "t.txt"})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// grid returns a table's texts row by row.
func grid(tb *doc.Table) [][]string {
	var out [][]string
	for r := 0; r < tb.NumRows(); r++ {
		var row []string
		for c := 0; c < tb.NumCols(); c++ {
			row = append(row, tb.At(r, c).Text)
		}
		out = append(out, row)
	}
	return out
}

func TestTextPipeTable(t *testing.T) {
	d := readTextDoc(t, `# 2023年工作报告

表1 收支情况
单位：万元
| 项目 | 2022年 | 2023年 |
|---|---:|---:|
| 收入 | 1,200 | 1,350 |
| 支出 | 980 | 1,010 |
注：2023年为快报数。
正文第一句，收入增长12.5%。
`)
	want := []blockSummary{
		{doc.Heading, 1, "2023年工作报告"},
		{doc.TableBlock, 0, "表1 收支情况"},
		{doc.Paragraph, 0, "正文第一句，收入增长12.5%。"},
	}
	if got := summary(d); !reflect.DeepEqual(got, want) {
		t.Fatalf("blocks\n got %v\nwant %v", got, want)
	}
	tb := d.Tables()[0]
	wantGrid := [][]string{{"项目", "2022年", "2023年"}, {"收入", "1,200", "1,350"}, {"支出", "980", "1,010"}}
	if got := grid(tb); !reflect.DeepEqual(got, wantGrid) {
		t.Errorf("grid %q, want %q", got, wantGrid)
	}
	if tb.Unit != "万元" || !reflect.DeepEqual(tb.Notes, []string{"注：2023年为快报数。"}) || tb.HeaderRows != 1 || tb.LabelCols != 1 {
		t.Errorf("unit %q notes %q layout %d/%d", tb.Unit, tb.Notes, tb.HeaderRows, tb.LabelCols)
	}
	// Provenance: the cell 1,350 is on line 7 at its own offset.
	c := tb.At(1, 2)
	text := `# 2023年工作报告

表1 收支情况
单位：万元
| 项目 | 2022年 | 2023年 |
|---|---:|---:|
| 收入 | 1,200 | 1,350 |`
	if c.Source.Line != 7 || c.Source.Offset != strings.LastIndex(text, "1,350") {
		t.Errorf("cell source %+v, want line 7 offset %d", c.Source, strings.LastIndex(text, "1,350"))
	}
}

func TestTextTabTable(t *testing.T) {
	d := readTextDoc(t, "指标\t本报告期\t上年同期\t增减变动幅度(%)\n营业收入(万元)\t1200.5\t1068.8\t12.33\n净利润(万元)\t300\t320\t-6.25\n")
	tb := d.Tables()
	if len(tb) != 1 {
		t.Fatalf("blocks %v", summary(d))
	}
	data := tb[0].Data()
	if len(data) != 6 || data[0].Unit != "万元" || data[0].Column.Period.Rel != doc.RelCurrent ||
		data[1].Column.Period.Rel != doc.RelPrior || data[2].Column.Change != doc.ChangePercent || data[2].Unit != "%" {
		t.Errorf("data %+v", data)
	}
}

func TestTextAlignedTable(t *testing.T) {
	// As pdftotext -layout writes a table with a two-row header whose
	// upper cell spans two columns, and a group label alone on its line.
	text := `表2  分产业增加值                                单位：亿元
                         2023年
  产业                金额        比上年增长(%)
  第一产业            123.4           3.1
  第二产业          1,234.5           4.5
  其中
    工业              987.6           5.0
注：按不变价格计算增长速度。
数据来源于统计局，分行业数据为初步核算数。

下一段正文。`
	d := readTextDoc(t, text)
	tbs := d.Tables()
	if len(tbs) != 1 {
		t.Fatalf("blocks %v", summary(d))
	}
	tb := tbs[0]
	if tb.Caption != "表2 分产业增加值" || tb.Unit != "亿元" {
		t.Errorf("caption %q unit %q", tb.Caption, tb.Unit)
	}
	if want := []string{"注：按不变价格计算增长速度。", "数据来源于统计局，分行业数据为初步核算数。"}; !reflect.DeepEqual(tb.Notes, want) {
		t.Errorf("notes %q, want %q", tb.Notes, want)
	}
	wantGrid := [][]string{
		{"", "2023年", "2023年"},
		{"产业", "金额", "比上年增长(%)"},
		{"第一产业", "123.4", "3.1"},
		{"第二产业", "1,234.5", "4.5"},
		{"其中", "", ""},
		{"工业", "987.6", "5.0"},
	}
	if got := grid(tb); !reflect.DeepEqual(got, wantGrid) {
		t.Errorf("grid\n got %q\nwant %q", got, wantGrid)
	}
	if tb.HeaderRows != 2 {
		t.Errorf("HeaderRows = %d, want 2", tb.HeaderRows)
	}
	if got := tb.ColumnPath(2); !reflect.DeepEqual(got, []string{"2023年", "比上年增长(%)"}) {
		t.Errorf("ColumnPath(2) = %q", got)
	}
	if last := d.Blocks[len(d.Blocks)-1]; last.Text != "下一段正文。" {
		t.Errorf("last block %+v", last)
	}
}

func TestTextBoxTable(t *testing.T) {
	// A box-drawn table under a caption and a unit line, a label wrapped
	// in its cell, prose after it.
	text := "表3 主要指标\n单位：万元\n" +
		"┌──────────┬──────┬──────┐\n" +
		"│项目      │ 本年 │ 上年 │\n" +
		"├──────────┼──────┼──────┤\n" +
		"│营业收入  │  120 │  110 │\n" +
		"├──────────┼──────┼──────┤\n" +
		"│经营活动现│   35 │   30 │\n" +
		"│金流量净额│      │      │\n" +
		"└──────────┴──────┴──────┘\n" +
		"下一段正文。"
	d := readTextDoc(t, text)
	tbs := d.Tables()
	if len(tbs) != 1 {
		t.Fatalf("blocks %v", summary(d))
	}
	tb := tbs[0]
	if tb.Caption != "表3 主要指标" || tb.Unit != "万元" {
		t.Errorf("caption %q unit %q", tb.Caption, tb.Unit)
	}
	wantGrid := [][]string{
		{"项目", "本年", "上年"},
		{"营业收入", "120", "110"},
		{"经营活动现金流量净额", "35", "30"},
	}
	if got := grid(tb); !reflect.DeepEqual(got, wantGrid) {
		t.Errorf("grid\n got %q\nwant %q", got, wantGrid)
	}
	if c := tb.At(2, 1); text[c.Source.Offset:c.Source.Offset+2] != "35" || c.Source.Line != 8 {
		t.Errorf("cell source %+v", c.Source)
	}
	if last := d.Blocks[len(d.Blocks)-1]; last.Text != "下一段正文。" {
		t.Errorf("last block %+v", last)
	}
}

func TestTextNotTables(t *testing.T) {
	// Menus written with | and metadata with double spaces are not tables.
	d := readTextDoc(t, "首页 | 新闻 | 公开 |\n| 政策 | 服务 | 互动 |\n来源:本网  作者:  发布日期:2023-02-22\n正文，全年增长5%。\n")
	if len(d.Tables()) != 0 {
		t.Errorf("tables found in %v", summary(d))
	}
}

func TestIsBoilerplateLine(t *testing.T) {
	for in, want := range map[string]bool{
		"热搜:": true,
		"7凯发app平台-凯发k8官网登录入口 > 政务公开 > 结果公开 > 落实情况公开": true,
		"来源:本网  作者:  发布日期:2023-02-22 09:25:33":       true,
		"【打印】 【字体:": true,
		"网站地图":      true,
		"分享到：微信 微博": true,
		"二、下一步工作安排": false,
		"全年新增市场主体4698户，比去年同期增长12.33%。": false,
		"打印机采购12台，关闭违规网站3家。":           false,
	} {
		if got := IsBoilerplateLine(in); got != want {
			t.Errorf("IsBoilerplateLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestHeadingLevelOf(t *testing.T) {
	for in, want := range map[string]int{
		"一、主要举措和成效": 2, "（一）强化组织领导": 3, "(二)依法全面履职": 3, "1.加强领导": 4, "2、完善机制": 4,
		"第一章 总则": 2,
		"(一)强化组织领导,压实法治建设政治责任。一是提高政治站位。": 0,
		"1.5万元": 0, "一是提高站位": 0, "2023年": 0,
	} {
		if got := headingLevelOf(in); got != want {
			t.Errorf("headingLevelOf(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestTextSampleReport(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "seed", "000_12f1895fbef9a70f.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("sample report not available: %v", err)
	}
	defer f.Close()
	d, err := ReadTextDocument(f, Options{Name: "sample.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Blocks[0].Kind != doc.Heading || d.Blocks[0].Text != "湛江经济技术开发区2022年法治政府建设年度报告" {
		t.Errorf("title block %+v", d.Blocks[0])
	}
	text := d.Text()
	for _, junk := range []string{"凯发", "热搜", "打印", "发布日期", "网站地图"} {
		if strings.Contains(text, junk) {
			t.Errorf("sample text keeps %q", junk)
		}
	}
	for _, fact := range []string{"全区实有各类市场主体28716户", "1-11月共计归集上报数据11737条", "网办率100%"} {
		if !strings.Contains(text, fact) {
			t.Errorf("sample text lost %q", fact)
		}
	}
	headings := 0
	for _, b := range d.Blocks {
		if b.Kind == doc.Heading && b.Level == 2 {
			headings++
		}
	}
	if headings != 2 || len(d.Tables()) != 0 {
		t.Errorf("%d level-2 headings (want 2: 一、 二、), %d tables (want 0)", headings, len(d.Tables()))
	}
}

func TestPDFTightAlignedTable(t *testing.T) {
	// A company table (figures made up) as pdftotext -layout gives the PDF
	// LibreOffice made of it: numbers one space apart, a label one space
	// before its first number, headers wrapped and set at their cells'
	// left edges, labels wrapped round their numbers, blank lines between
	// rows.
	text := "单位：元\n\n" +
		"                        2022 年                              2021 年\n" +
		"                                                  本年比上\n" +
		"主要会计数据      2023 年\n" +
		"                                                  年增减(%)\n" +
		"                        调整后          调整前                    调整后          调整前\n" +
		"\n" +
		"营业收入        1,520,300.50 1,380,200.00 1,375,000.00 10.15    1,200,000.00 1,198,000.00\n" +
		"\n" +
		"归属于上市公司股\n" +
		"东的扣除非经常性 60,300.00      58,000.00    57,500.00    3.97      50,000.00    49,800.00\n" +
		"损益的净利润\n" +
		"\n" +
		"报告期内，公司经营情况良好。\n"
	d := parseTextDocument(text, "t.pdf", textMode{pdf: true})
	tbs := d.Tables()
	if len(tbs) != 1 {
		t.Fatalf("blocks %v", summary(d))
	}
	tb := tbs[0]
	want := [][]string{
		{"主要会计数据", "2023年", "2022年", "2022年", "本年比上年增减(%)", "2021年", "2021年"},
		{"主要会计数据", "2023年", "调整后", "调整前", "本年比上年增减(%)", "调整后", "调整前"},
		{"营业收入", "1,520,300.50", "1,380,200.00", "1,375,000.00", "10.15", "1,200,000.00", "1,198,000.00"},
		{"归属于上市公司股东的扣除非经常性损益的净利润", "60,300.00", "58,000.00", "57,500.00", "3.97", "50,000.00", "49,800.00"},
	}
	got := grid(tb)
	// a header cell with nothing under it spans both header rows or
	// leaves the lower one empty; compare the upper row and the data
	for _, r := range []int{0, 2, 3} {
		if r >= len(got) || !reflect.DeepEqual(got[r], want[r]) {
			t.Fatalf("grid\n got %q\nwant %q", got, want)
		}
	}
	if got[1][2] != "调整后" || got[1][6] != "调整前" || tb.Unit != "元" {
		t.Errorf("grid %q unit %q", got, tb.Unit)
	}
}

// TestReadTextDocumentPlain: a text document keeps the text it was read
// from as Plain, the page's boilerplate lines blanked byte for byte so
// that every block's Source.Offset still points at its text there; a web
// page keeps none.
func TestReadTextDocumentPlain(t *testing.T) {
	text := "某县统计公报\r\n首页 > 统计数据 > 统计公报\r\n全县常住人口52.3万人。\r\n【打印】 【关闭】\r\n"
	d := readTextDoc(t, text)
	if len(d.Plain) != len(text) {
		t.Fatalf("Plain has %d bytes, the text %d", len(d.Plain), len(text))
	}
	for _, gone := range []string{"首页", "打印", "关闭"} {
		if strings.Contains(d.Plain, gone) {
			t.Errorf("Plain keeps the boilerplate %q: %q", gone, d.Plain)
		}
	}
	if !strings.Contains(d.Plain, "全县常住人口52.3万人。") || !strings.HasPrefix(d.Plain, "某县统计公报\r\n") {
		t.Errorf("Plain lost the text: %q", d.Plain)
	}
	for _, b := range d.Blocks {
		if b.Kind == doc.TableBlock {
			continue
		}
		if o := b.Source.Offset; o < 0 || !strings.HasPrefix(d.Plain[o:], b.Text) {
			t.Errorf("block %q: offset %d does not point at it in Plain", b.Text, o)
		}
	}
	page, err := ReadDocument(strings.NewReader("<html><body><p>全县常住人口52.3万人。</p></body></html>"), "p.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if page.Plain != "" {
		t.Errorf("a web page has Plain %q, want none", page.Plain)
	}
}
