package extract

// The PDF path measured against the web-page path: pages written for the
// test (figures made up) are converted to PDF by LibreOffice, read back
// through ingest (pdftotext -layout and the text document reader) and
// ExtractDocument, and the figures of their tables must be the ones the
// same page gives as HTML: the same values, units, subjects, periods and
// changes.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/ingest"
)

// needPDFTools returns the LibreOffice program, skipping the test when it
// or pdftotext is missing, except under ANNUALSTAT_REQUIRE_TOOLS=1 (CI),
// where that is a failure.
func needPDFTools(t *testing.T) string {
	t.Helper()
	fail := func(what string) {
		if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" {
			t.Fatalf("ANNUALSTAT_REQUIRE_TOOLS=1 and %s missing", what)
		}
		t.Skipf("%s not installed", what)
	}
	if _, err := exec.LookPath(ingest.PDFToText); err != nil {
		fail("pdftotext (poppler-utils)")
	}
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	fail("soffice (libreoffice-writer)")
	return ""
}

// pdfPage is a web page of the test corpus and figures of its tables
// written by hand (a few of each table, as "subject|value|unit").
type pdfPage struct {
	name  string
	html  string
	year  int // the report's year (Options.Year)
	cells int // the figures of its tables
	// tables, when not 0, limits the comparison to the document's first
	// tables (those the PDF path reads as the HTML path does so far).
	tables int
	some   []string // figures it must hold, subject|value|unit|changes
}

func htmlPage(title, body string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `</title></head><body>
<p align="center">` + title + `</p>
` + body + `</body></html>`
}

// htmlRows writes rows of cells; "text@RxC" gives a cell's rowspan and
// colspan.
func htmlRows(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString("<tr>")
		for _, c := range r {
			text, rs, cs := c, 1, 1
			if i := strings.LastIndex(c, "@"); i >= 0 {
				fmt.Sscanf(c[i+1:], "%dx%d", &rs, &cs)
				text = c[:i]
			}
			span := ""
			if rs > 1 {
				span += fmt.Sprintf(` rowspan="%d"`, rs)
			}
			if cs > 1 {
				span += fmt.Sprintf(` colspan="%d"`, cs)
			}
			fmt.Fprintf(&b, "<td%s>%s</td>", span, text)
		}
		b.WriteString("</tr>\n")
	}
	return b.String()
}

func htmlTable(head, body [][]string) string {
	return `<table border="1" cellspacing="0" width="100%"><thead>` + htmlRows(head) + `</thead><tbody>` + htmlRows(body) + "</tbody></table>\n"
}

// xxgkPDFPage is a 政府信息公开工作年度报告 with the national template's T2,
// T3 and T4 (XXGK.md), merged cells as in the template.
func xxgkPDFPage() pdfPage {
	t2 := htmlTable([][]string{{"第二十条第（一）项@1x4"}, {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}},
		[][]string{{"规章", "2", "1", "15"}, {"行政规范性文件", "9", "4", "57"}}) +
		htmlTable([][]string{{"第二十条第（五）项@1x2"}, {"信息内容", "本年处理决定数量"}}, [][]string{{"行政许可", "3526"}}) +
		htmlTable([][]string{{"第二十条第（六）项@1x2"}, {"信息内容", "本年处理决定数量"}}, [][]string{{"行政处罚", "1288"}, {"行政强制", "97"}}) +
		htmlTable([][]string{{"第二十条第（八）项@1x2"}, {"信息内容", "本年收费金额（单位：万元）"}}, [][]string{{"行政事业性收费", "2456.7"}})
	row := func(label string, v ...string) []string { return append([]string{label}, v...) }
	zero := []string{"0", "0", "0", "0", "0", "0", "0"}
	t3body := [][]string{
		row("一、本年新收政府信息公开申请数量@1x3", "215", "12", "0", "1", "3", "2", "233"),
		row("二、上年结转政府信息公开申请数量@1x3", "8", "1", "0", "0", "0", "0", "9"),
		row("三、本年度办理结果@22x1", "（一）予以公开@1x2", "120", "6", "0", "1", "2", "1", "130"),
		{"（二）部分公开（区分处理的，只计这一情形，不计其他情形）@1x2", "31", "2", "0", "0", "0", "0", "33"},
		{"（三）不予公开@8x1", "1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1"},
	}
	items3 := []string{"2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
		"6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"}
	for i, it := range items3 {
		if i == 2 {
			t3body = append(t3body, []string{it, "4", "1", "0", "0", "0", "0", "5"})
			continue
		}
		t3body = append(t3body, append([]string{it}, zero...))
	}
	t3body = append(t3body,
		[]string{"（四）无法提供@3x1", "1.本机关不掌握相关政府信息", "40", "2", "0", "0", "1", "1", "44"},
		[]string{"2.没有现成信息需要另行制作", "3", "0", "0", "0", "0", "0", "3"},
		[]string{"3.补正后申请内容仍不明确", "2", "0", "0", "0", "0", "0", "2"},
		[]string{"（五）不予处理@5x1", "1.信访举报投诉类申请", "6", "0", "0", "0", "0", "0", "6"},
		append([]string{"2.重复申请"}, "5", "1", "0", "0", "0", "0", "6"),
		append([]string{"3.要求提供公开出版物"}, zero...),
		append([]string{"4.无正当理由大量反复申请"}, zero...),
		append([]string{"5.要求行政机关确认或重新出具已获取信息"}, zero...),
		[]string{"（六）其他处理@3x1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "3", "0", "0", "0", "0", "0", "3"},
		append([]string{"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"}, zero...),
		[]string{"3.其他", "1", "0", "0", "0", "0", "0", "1"},
		[]string{"（七）总计@1x2", "216", "12", "0", "1", "3", "2", "234"},
		row("四、结转下年度继续办理@1x3", "7", "1", "0", "0", "0", "0", "8"),
	)
	t3 := htmlTable([][]string{
		{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）@3x3", "申请人情况@1x7"},
		{"自然人@2x1", "法人或其他组织@1x5", "总计@2x1"},
		{"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"},
	}, t3body)
	t4 := htmlTable([][]string{
		{"行政复议@1x5", "行政诉讼@1x10"},
		{"结果维持@2x1", "结果纠正@2x1", "其他结果@2x1", "尚未审结@2x1", "总计@2x1", "未经复议直接起诉@1x5", "复议后起诉@1x5"},
		{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"},
	}, [][]string{{"6", "2", "1", "0", "9", "3", "1", "0", "2", "6", "1", "0", "0", "1", "2"}})
	body := `<p>一、总体情况</p>
<p>本年度，我局坚持以公开为常态、不公开为例外，全年共受理政府信息公开申请233件。</p>
<p>二、主动公开政府信息情况</p>
` + t2 + `<p>三、收到和处理政府信息公开申请情况</p>
` + t3 + `<p>四、政府信息公开行政复议、行政诉讼情况</p>
` + t4 + `<p>五、存在的主要问题及改进情况</p><p>政策解读的形式还不够丰富，下一步将加以改进。</p>`
	return pdfPage{name: "xxgk", year: 2024, html: htmlPage("某市某局2024年政府信息公开工作年度报告", body),
		cells: 10 + 25*7 + 15, // T2 has 10 cells here: 规章 and 行政规范性文件 3 each, then 4 of one
		// T3 and T4 too, as pdftotext lays them out (labels of three
		// levels wrapped in narrow columns and centred across the rows
		// they span, headers over ten lines and repeated at page breaks,
		// columns shifted by the CJK labels): read by the template
		// (xxgkDocTable).
		some: []string{"规章现行有效件数|15|", "行政事业性收费本年收费金额|2456.7|万元", "本年度办理结果总计|234|", "行政诉讼复议后起诉总计|2|"}}
}

// yearbookPage is a statistical bulletin's table: 指标 | 单位 | 2024年 |
// 2023年 | 增长(%).
func yearbookPage() pdfPage {
	rows := [][]string{
		{"地区生产总值", "亿元", "1234.56", "1170.21", "5.5"},
		{"第一产业增加值", "亿元", "98.70", "95.12", "3.8"},
		{"规模以上工业增加值", "亿元", "402.33", "381.90", "5.4"},
		{"社会消费品零售总额", "亿元", "512.08", "489.77", "4.6"},
		{"一般公共预算收入", "亿元", "88.45", "85.01", "4.0"},
		{"城镇居民人均可支配收入", "元", "48236", "46120", "4.6"},
		{"农村居民人均可支配收入", "元", "23518", "22135", "6.2"},
		{"年末常住人口", "万人", "321.45", "322.80", "-0.4"},
		{"粮食产量", "万吨", "156.3", "158.1", "-1.1"},
		{"全社会用电量", "亿千瓦时", "210.5", "198.6", "6.0"},
	}
	body := `<p>全年全市经济运行总体平稳，主要指标见下表。</p>
<p>表1　2024年主要经济指标</p>
` + htmlTable([][]string{{"指标", "单位", "2024年", "2023年", "增长(%)"}}, rows) +
		`<p>注：地区生产总值增长按不变价格计算。</p>`
	return pdfPage{name: "yearbook", year: 2024, html: htmlPage("某市2024年国民经济和社会发展统计公报", body),
		cells: 20,
		some:  []string{"地区生产总值|1234.56|亿元|growth_pct 5.5", "年末常住人口|321.45|万人|growth_pct -0.4", "城镇居民人均可支配收入|46120|元"}}
}

// companyPage is a company's 主要会计数据 with 本年比上年增减(%).
func companyPage() pdfPage {
	rows := [][]string{
		{"营业收入", "8,523,416,210.35", "7,902,118,334.80", "7.86", "7,011,520,908.12"},
		{"归属于上市公司股东的净利润", "612,300,118.50", "580,221,903.27", "5.53", "498,660,215.04"},
		{"归属于上市公司股东的扣除非经常性损益的净利润", "590,114,276.18", "561,003,218.62", "5.19", "470,552,301.77"},
		{"经营活动产生的现金流量净额", "-120,556,310.02", "330,418,562.91", "-136.49", "280,905,113.40"},
	}
	body := `<p>七、近三年主要会计数据和财务指标</p>
<p>（一）主要会计数据</p>
<p>单位：元　币种：人民币</p>
` + htmlTable([][]string{{"主要会计数据", "2023年", "2022年", "本年比上年增减(%)", "2021年"}}, rows) +
		`<p>报告期内，公司经营情况良好。</p>`
	return pdfPage{name: "company", year: 2023, html: htmlPage("某股份有限公司2023年年度报告摘要", body),
		cells: 12,
		some:  []string{"营业收入|8523416210.35|元|growth_pct 7.86", "经营活动产生的现金流量净额|-120556310.02|元|growth_pct -136.49"}}
}

// wrapPage is a table whose label and header cells wrap onto two lines or
// more in the PDF: long labels in a narrow first column.
func wrapPage() pdfPage {
	rows := [][]string{
		{"全市规模以上工业企业实现营业收入", "3521.6", "6.3"},
		{"全市规模以上工业企业实现利润总额", "210.8", "-2.7"},
		{"全市高新技术产业增加值占规模以上工业增加值比重", "45.2", "1.8"},
		{"全市限额以上批发和零售业商品零售额", "866.4", "4.9"},
	}
	body := `<p>表2　2024年工业和商贸主要指标</p>
<table border="1" cellspacing="0" width="60%"><thead>` +
		htmlRows([][]string{{"指标名称（按行业分组统计口径）", "本年累计（亿元）", "比上年同期增长（%）"}}) +
		"</thead><tbody>" + htmlRows(rows) + "</tbody></table>\n<p>以上数据为快报数。</p>"
	return pdfPage{name: "wrap", year: 2024, html: htmlPage("某市2024年工业和商贸运行情况", body),
		cells: 4,
		some:  []string{"全市规模以上工业企业实现营业收入|3521.6|亿元|growth_pct 6.3"}}
}

// pageBreakPage is a table of 70 rows that crosses page breaks, its
// header row repeated on every page.
func pageBreakPage() pdfPage {
	var rows [][]string
	for i := 1; i <= 70; i++ {
		rows = append(rows, []string{fmt.Sprintf("第%d号乡镇", i), fmt.Sprintf("%d.%d", 100+i*3, i%10), fmt.Sprintf("%d.%d", i%9, (i*7)%10)})
	}
	body := `<p>表3　2024年各乡镇地区生产总值</p>
<p>单位：亿元</p>
` + htmlTable([][]string{{"乡镇", "地区生产总值", "比上年增长(%)"}}, rows) + `<p>注：按现价计算。</p>`
	return pdfPage{name: "pagebreak", year: 2024, html: htmlPage("某县2024年各乡镇主要经济指标", body),
		cells: 70,
		some:  []string{"第1号乡镇地区生产总值|103.1|亿元|growth_pct 1.7", "第70号乡镇地区生产总值|310|亿元|growth_pct 7"}}
}

// tableFigures are the figures of a document's table cells, one string
// each (subject, value, unit, period, prior, changes), sorted.
func tableFigures(figs []Figure, tables int) []string {
	var out []string
	for _, f := range figs {
		if f.Source.Table == 0 || f.Source.Row < 0 || tables > 0 && f.Source.Table > tables {
			continue
		}
		out = append(out, figureKey(f))
	}
	sort.Strings(out)
	return out
}

func figureKey(f Figure) string {
	s := fmt.Sprintf("%s|%s|%s", f.Indicator, formatFloat(f.Value), f.Unit)
	if cs := changeStrings(f); len(cs) > 0 {
		s += "|" + strings.Join(cs, ",")
	}
	if f.Period != "" || f.Prior {
		s += fmt.Sprintf("|period %s prior %v", f.Period, f.Prior)
	}
	return s
}

// diffFigures lists the figures of a that b lacks and those of b that a
// lacks (both sorted).
func diffFigures(a, b []string) (onlyA, onlyB []string) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && a[i] < b[j]:
			onlyA = append(onlyA, a[i])
			i++
		case i >= len(a) || b[j] < a[i]:
			onlyB = append(onlyB, b[j])
			j++
		default:
			i++
			j++
		}
	}
	return onlyA, onlyB
}

// TestPDFTablesAsHTML: every page of the corpus gives the same table
// figures read as a PDF (LibreOffice, pdftotext -layout) as read as HTML.
func TestPDFTablesAsHTML(t *testing.T) {
	if testing.Short() {
		t.Skip("converts with LibreOffice")
	}
	soffice := needPDFTools(t)
	pages := []pdfPage{yearbookPage(), companyPage(), pageBreakPage(), wrapPage(), xxgkPDFPage()}
	dir := t.TempDir()
	args := []string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir}
	for _, p := range pages {
		src := filepath.Join(dir, p.name+".html")
		if err := os.WriteFile(src, []byte(p.html), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, src)
	}
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			hd, err := ingest.ReadDocument(strings.NewReader(p.html), p.name+".html", ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			hf, err := ExtractDocument(hd, Options{Year: p.year})
			if err != nil {
				t.Fatal(err)
			}
			html := tableFigures(hf, p.tables)
			if all := len(tableFigures(hf, 0)); all != p.cells {
				t.Errorf("HTML: %d table figures, want %d", all, p.cells)
				for _, f := range hf {
					if f.Source.Table > 0 {
						t.Logf("T%d r%d c%d %s", f.Source.Table, f.Source.Row, f.Source.Col, figureKey(f))
					}
				}
			}
			for _, w := range p.some {
				found := false
				for _, h := range tableFigures(hf, 0) {
					if h == w || strings.HasPrefix(h, w+"|") {
						found = true
					}
				}
				if !found {
					t.Errorf("HTML: no figure %q", w)
				}
			}
			data, err := os.ReadFile(filepath.Join(dir, p.name+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			pd, err := ingest.ReadDocument(bytes.NewReader(data), p.name+".pdf", ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			pf, err := ExtractDocument(pd, Options{Year: p.year})
			if err != nil {
				t.Fatal(err)
			}
			pdf := tableFigures(pf, p.tables)
			if p.name == "xxgk" {
				// The text path too: Extract on pdftotext -layout output.
				out, err := exec.Command(ingest.PDFToText, "-layout", filepath.Join(dir, p.name+".pdf"), "-").Output()
				if err != nil {
					t.Fatal(err)
				}
				tf, err := Extract(out, Options{Year: p.year})
				if err != nil {
					t.Fatal(err)
				}
				onlyHTML, onlyText := diffFigures(html, tableFigures(tf, 0))
				if len(onlyHTML) > 0 || len(onlyText) > 0 {
					t.Errorf("text: %d only in HTML, %d only in the text (%v, %v)", len(onlyHTML), len(onlyText),
						onlyHTML[:min(len(onlyHTML), 6)], onlyText[:min(len(onlyText), 6)])
				}
			}
			onlyHTML, onlyPDF := diffFigures(html, pdf)
			if len(onlyHTML) > 0 || len(onlyPDF) > 0 {
				t.Errorf("PDF: %d table figures (%d tables), HTML %d; %d only in HTML, %d only in PDF", len(pdf), len(pd.Tables()), len(html), len(onlyHTML), len(onlyPDF))
				for _, s := range onlyHTML[:min(len(onlyHTML), 12)] {
					t.Logf("  only HTML: %s", s)
				}
				for _, s := range onlyPDF[:min(len(onlyPDF), 12)] {
					t.Logf("  only PDF:  %s", s)
				}
			}
		})
	}
}

// TestPDFTextLines: a PDF's lines that its text reader makes no table of
// are read as text is, several lines at a time: a table copied one cell a
// line (as a report converted from a web page's text often is) gives its
// cells, and a sentence wrapped at the page's width gives its figures.
func TestPDFTextLines(t *testing.T) {
	if testing.Short() {
		t.Skip("converts with LibreOffice")
	}
	soffice := needPDFTools(t)
	text := "某县2023年国民经济和社会发展统计公报\n" +
		"初步核算，全县全年实现地区生产总值256.8亿元，按不变价格计算，比上年增长5.6%，其中第一产业增加值31.2亿元，增长3.9%；第二产业增加值98.7亿元，增长6.1%；第三产业增加值126.9亿元，增长5.8%。\n" +
		"表1 主要经济指标\n指标\n单位\n绝对数\n比上年增长(%)\n" +
		"地区生产总值\n亿元\n256.8\n5.6\n" +
		"一般公共预算收入\n亿元\n18.3\n7.1\n" +
		"社会消费品零售总额\n亿元\n96.4\n4.8\n"
	dir := t.TempDir()
	src := filepath.Join(dir, "lines.txt")
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir, src}
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	d, err := ingest.LoadDocument(filepath.Join(dir, "lines.pdf"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	figs, err := ExtractDocument(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range figs {
		if len(f.Changes) == 1 && !f.Missing {
			got = append(got, fmt.Sprintf("%s|%v|%s|%v", f.Indicator, f.Value, f.Unit, f.Changes[0].Value))
		}
	}
	for _, w := range []string{
		"第一产业增加值|31.2|亿元|3.9", "第三产业增加值|126.9|亿元|5.8",
		"一般公共预算收入|18.3|亿元|7.1", "社会消费品零售总额|96.4|亿元|4.8",
	} {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("no figure %s in %v", w, got)
		}
	}
	dt := d.Text()
	for _, f := range figs {
		if f.Span[1] > len(dt) || f.Span[0] > f.Span[1] {
			t.Errorf("%s: span %v outside the document's text (%d bytes)", f.Indicator, f.Span, len(dt))
		}
	}
}
