package ingest

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/annualstat/annualstat/analysis/doc"
)

// testPage is a government page as they are built: a menu, a breadcrumb,
// the article with a date line, share and print controls, and a footer.
const testPage = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>某区2023年统计公报_某区人民政府网</title>
<style>p{margin:0}</style><script>var s = "<p>脚本里的字</p>";</script></head>
<body>
<div class="top-nav"><a href="/">首页</a> | <a href="/a">政务公开</a> | <a href="/b">新闻动态</a> | <a href="/c">办事服务</a></div>
<nav><ul><li><a>机构概况</a></li><li><a>政策文件</a></li></ul></nav>
<div class="location">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; 统计数据</div>
<div class="main-content">
 <h1>某区2023年国民经济和社会发展统计公报</h1>
 <div class="info">发布日期：2024-03-01　来源：区统计局</div>
 <p style="text-align:center"><b>一、综合</b></p>
 <p>　　全年地区生产总值1234.5亿元，比上年增长5.2%。<br>年末常住人口56.7万人。</p>
 <p>表1　2023年主要农产品产量</p>
 <p>单位：万吨</p>
 <table border=1>
  <tr><td rowspan=2>产品</td><td colspan=2>产量</td></tr>
  <tr><td>2023年</td><td>比上年增长(%)</td></tr>
  <tr><td>粮食<td>12.3<td>1.5
  <tr><td>油料</td><td>2.1</td><td>-0.4</td></tr>
 </table>
 <p>注：本表数据为快报数。</p>
 <p><strong>二、农业</strong></p>
 <p>全年完成一般公共预算收入45.6亿元。</p>
 <div class="share">分享到：<a>微信</a><a>微博</a></div>
 <div>【打印本页】【关闭窗口】</div>
</div>
<div class="footer">版权所有：某区人民政府　主办单位：某区政府办公室 ICP备12345号</div>
</body></html>`

func gb18030(t testing.TB, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type blockSummary struct {
	Kind  doc.Kind
	Level int
	Text  string
}

func summary(d *doc.Document) []blockSummary {
	var out []blockSummary
	for _, b := range d.Blocks {
		s := blockSummary{b.Kind, b.Level, b.Text}
		if b.Table != nil {
			s.Text = b.Table.Caption
		}
		out = append(out, s)
	}
	return out
}

func TestReadHTMLGovernmentPage(t *testing.T) {
	d, err := ReadHTML(bytes.NewReader(gb18030(t, testPage)), Options{Name: "p.html"})
	if err != nil {
		t.Fatal(err)
	}
	want := []blockSummary{
		{doc.Heading, 1, "某区2023年国民经济和社会发展统计公报"},
		{doc.Heading, 2, "一、综合"},
		{doc.Paragraph, 0, "全年地区生产总值1234.5亿元，比上年增长5.2%。"},
		{doc.Paragraph, 0, "年末常住人口56.7万人。"},
		{doc.TableBlock, 0, "表1 2023年主要农产品产量"},
		{doc.Heading, 3, "二、农业"},
		{doc.Paragraph, 0, "全年完成一般公共预算收入45.6亿元。"},
	}
	if got := summary(d); !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %v\nwant %v", got, want)
	}
	text := d.Text()
	for _, junk := range []string{"首页", "政务公开", "机构概况", "分享", "打印", "版权所有", "脚本", "发布日期"} {
		if strings.Contains(text, junk) {
			t.Errorf("text keeps page furniture %q:\n%s", junk, text)
		}
	}
	tb := d.Tables()[0]
	if tb.Unit != "万吨" || !reflect.DeepEqual(tb.Notes, []string{"注：本表数据为快报数。"}) || tb.HeaderRows != 2 {
		t.Errorf("table unit %q notes %q header rows %d", tb.Unit, tb.Notes, tb.HeaderRows)
	}
	if c := tb.At(1, 0); c.Text != "产品" || c.RowSpan != 2 || c.Row != 0 {
		t.Errorf("rowspan: At(1,0) = %+v", c)
	}
	if c := tb.At(0, 2); c.Text != "产量" || c.ColSpan != 2 || c.Col != 1 {
		t.Errorf("colspan: At(0,2) = %+v", c)
	}
	if tb.At(2, 1).Text != "12.3" || tb.At(3, 2).Text != "-0.4" {
		t.Errorf("unclosed cells: %q %q", tb.At(2, 1).Text, tb.At(3, 2).Text)
	}
}

func TestReadHTMLOffsets(t *testing.T) {
	page := `<html><body><div id="content"><p>第一段文字，全年收入12亿元。</p><p>第二段&amp;文字，支出3亿元。</p>` +
		`<table><tr><th>项目</th><th>金额(万元)</th></tr><tr><td>收入</td><td> 120 </td></tr></table></div></body></html>`
	d, err := ReadHTML(strings.NewReader(page), Options{Name: "o.html"})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range d.Blocks {
		if b.Kind == doc.Paragraph && !strings.HasPrefix(page[b.Source.Offset:], "第") {
			t.Errorf("paragraph %q: offset %d points at %q", b.Text, b.Source.Offset, page[b.Source.Offset:][:10])
		}
	}
	tb := d.Tables()[0]
	c := tb.At(1, 1)
	if !strings.HasPrefix(page[c.Source.Offset:], "120") || c.Source.File != "o.html" {
		t.Errorf("cell source %+v points at %q", c.Source, page[c.Source.Offset:][:5])
	}
}

func TestReadHTMLCharsets(t *testing.T) {
	body := `<body><div><p>全年粮食产量12.3万吨，增长1.5%。这一段是正文的内容。</p></div></body></html>`
	want := "全年粮食产量12.3万吨，增长1.5%。这一段是正文的内容。"
	cases := map[string][]byte{
		"meta charset gb18030":   gb18030(t, `<html><head><meta charset="GB18030"></head>`+body),
		"meta http-equiv gbk":    gb18030(t, `<html><head><meta http-equiv="content-type" content="text/html;charset=gbk"></head>`+body),
		"no meta, GB bytes":      gb18030(t, `<html><head></head>`+body),
		"utf-8 meta":             []byte(`<html><head><meta charset="utf-8"></head>` + body),
		"utf-8 BOM":              append([]byte{0xEF, 0xBB, 0xBF}, `<html>`+body...),
		"utf-8 label on GB text": gb18030(t, `<html><head><meta charset="utf-8"></head>`+body),
	}
	for name, in := range cases {
		d, err := ReadHTML(bytes.NewReader(in), Options{Name: "c.html"})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(d.Blocks) == 0 || d.Blocks[len(d.Blocks)-1].Text != want {
			t.Errorf("%s: blocks %v, want the paragraph %q", name, summary(d), want)
		}
	}
}

func TestHTMLCharset(t *testing.T) {
	for in, want := range map[string]string{
		`<meta charset="gb2312">`: "gb2312",
		`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">`: "GBK",
		`<meta charset=utf-8 />`:                         "utf-8",
		`<?xml version="1.0" encoding="GB18030"?><html>`: "GB18030",
		`<html><head><title>x</title></head>`:            "",
	} {
		if got := HTMLCharset([]byte(in)); got != want {
			t.Errorf("HTMLCharset(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadHTMLLayoutTable(t *testing.T) {
	// Old sites lay pages out with tables: the text sits in a cell beside
	// a menu cell.
	page := `<html><body><table width=100%><tr><td class="left"><a>栏目一</a><br><a>栏目二</a><br><a>栏目三</a></td>
<td><p align="center"><b>关于2023年预算执行情况的报告</b></p>
<p>2023年全区一般公共预算收入完成45.6亿元，为预算的101.2%，比上年增长3.4%。</p>
<p>全区一般公共预算支出完成78.9亿元，比上年下降2.1%，主要是上年一次性支出较多。</p></td></tr></table></body></html>`
	d, err := ReadHTML(strings.NewReader(page), Options{Name: "l.html"})
	if err != nil {
		t.Fatal(err)
	}
	want := []blockSummary{
		{doc.Heading, 1, "关于2023年预算执行情况的报告"},
		{doc.Paragraph, 0, "2023年全区一般公共预算收入完成45.6亿元，为预算的101.2%，比上年增长3.4%。"},
		{doc.Paragraph, 0, "全区一般公共预算支出完成78.9亿元，比上年下降2.1%，主要是上年一次性支出较多。"},
	}
	if got := summary(d); !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %v\nwant %v", got, want)
	}
}

func TestReadHTMLThreeRowHeader(t *testing.T) {
	page := `<html><body><article><h2>表2 分行业情况</h2><table>
<thead><tr><th rowspan="3">行业</th><th colspan="3">2024年</th></tr>
<tr><th colspan="2">营业收入</th><th rowspan="2">利润总额(亿元)</th></tr>
<tr><th>金额(亿元)</th><th>同比增减(%)</th></tr></thead>
<tbody><tr><td>制造业</td><td>1,234.5</td><td>6.7</td><td>89.0</td></tr>
<tr><td>建筑业</td><td>456.7</td><td>-1.2</td><td>12.3</td></tr></tbody></table></article></body></html>`
	d, err := ReadHTML(strings.NewReader(page), Options{Name: "t.html"})
	if err != nil {
		t.Fatal(err)
	}
	tbs := d.Tables()
	if len(tbs) != 1 {
		t.Fatalf("tables: %v", summary(d))
	}
	tb := tbs[0]
	if tb.Caption != "表2 分行业情况" || tb.HeaderRows != 3 || tb.NumCols() != 4 {
		t.Fatalf("caption %q header rows %d cols %d", tb.Caption, tb.HeaderRows, tb.NumCols())
	}
	if got := tb.ColumnPath(2); !reflect.DeepEqual(got, []string{"2024年", "营业收入", "同比增减(%)"}) {
		t.Errorf("ColumnPath(2) = %q", got)
	}
	if got := tb.ColumnPath(3); !reflect.DeepEqual(got, []string{"2024年", "利润总额(亿元)"}) {
		t.Errorf("ColumnPath(3) = %q", got)
	}
	c := tb.Column(1)
	if c.Unit != "亿元" || c.Period.Year != 2024 || c.Label != "营业收入/金额" {
		t.Errorf("Column(1) = %+v", c)
	}
}

func TestReadHTMLHostile(t *testing.T) {
	cases := map[string]string{
		"deep nesting":   strings.Repeat("<div>", 100000) + "正文" + strings.Repeat("</div>", 100000),
		"stray ends":     strings.Repeat("</td></tr></table></p>", 50000) + "<p>正文</p>",
		"huge spans":     `<table><tr><td colspan=999999 rowspan=999999>1</td><td>2</td></tr><tr><td>3</td></tr></table>`,
		"unclosed tags":  `<p>一<p>二<table><tr><td>三<tr><td>四`,
		"binary garbage": "\x00\x01<\xff\xfe>\x00<<<>>>&#xFFFFFFFF;&#0;",
	}
	for name, page := range cases {
		d, err := ReadHTML(strings.NewReader(page), Options{Name: "h.html"})
		if err != nil {
			t.Logf("%s: %v", name, err)
			continue
		}
		if d == nil {
			t.Errorf("%s: nil document without error", name)
		}
	}
}
