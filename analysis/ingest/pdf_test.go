package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/doc"
)

// needPDFToText skips the test when pdftotext is missing, except under
// ANNUALSTAT_REQUIRE_TOOLS=1 (CI), where that is a failure.
func needPDFToText(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath(PDFToText); err != nil {
		if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" {
			t.Fatal("ANNUALSTAT_REQUIRE_TOOLS=1 and pdftotext missing (poppler-utils)")
		}
		t.Skip("pdftotext not installed (poppler-utils)")
	}
}

// textPDF writes a one-page PDF showing each line of text at its (x, y)
// in Helvetica: a hand-made file, so the test needs no PDF library.
func textPDF(lines []pdfText) []byte {
	var content bytes.Buffer
	for _, l := range lines {
		fmt.Fprintf(&content, "BT /F1 11 Tf %d %d Td (%s) Tj ET\n", l.x, l.y, l.s)
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", content.Len(), content.String()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

type pdfText struct {
	x, y int
	s    string
}

func TestReadPDF(t *testing.T) {
	needPDFToText(t)
	pdf := textPDF([]pdfText{
		{72, 760, "Annual report 2023"},
		{72, 730, "Revenue grew in all regions this year, as the table shows."},
		{72, 700, "Region"}, {250, 700, "2022"}, {350, 700, "2023"},
		{72, 685, "North"}, {250, 685, "1,200"}, {350, 685, "1,350"},
		{72, 670, "South"}, {250, 670, "980"}, {350, 670, "1,010"},
	})
	path := filepath.Join(t.TempDir(), "r.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := LoadDocument(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tbs := d.Tables()
	if len(tbs) != 1 {
		t.Fatalf("blocks %v", summary(d))
	}
	want := [][]string{{"Region", "2022", "2023"}, {"North", "1,200", "1,350"}, {"South", "980", "1,010"}}
	if got := grid(tbs[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("grid %q, want %q", got, want)
	}
	if !strings.Contains(d.Text(), "Revenue grew in all regions") {
		t.Errorf("text %q", d.Text())
	}
	// From a stream (a temporary file that is removed).
	d2, err := ReadDocument(bytes.NewReader(pdf), "stream.pdf", Options{})
	if err != nil || len(d2.Tables()) != 1 || d2.Name != "stream.pdf" {
		t.Errorf("ReadDocument: %v, %v", err, d2)
	}
	_, err = ReadDocument(strings.NewReader("%PDF-1.4 broken"), "bad.pdf", Options{})
	if err == nil || !strings.Contains(err.Error(), "bad.pdf") {
		t.Errorf("broken PDF: err = %v", err)
	}
}

func TestReadPDFWithoutPDFToText(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	path := filepath.Join(t.TempDir(), "r.pdf")
	os.WriteFile(path, textPDF([]pdfText{{72, 700, "x"}}), 0o644)
	_, err := LoadDocument(path, Options{})
	if !errors.Is(err, ErrNoPDFToText) || !strings.Contains(err.Error(), "poppler-utils") || !strings.Contains(err.Error(), "r.pdf") {
		t.Fatalf("err = %v, want ErrNoPDFToText naming the file and poppler-utils", err)
	}
}

func TestPDFLines(t *testing.T) {
	// Lines wrapped inside a paragraph are joined; page numbers and form
	// feeds go; a heading and an indented line start paragraphs.
	text := "一、总体情况\n" +
		"    全年全区实现地区生产总值一千二百三十四亿元，比上年增长百分之五点二，\n" +
		"增速高于全市平均水平。\n" +
		"                               — 1 —\n" +
		"\f    第二段从新的一页开始，内容较短。\n"
	d := parseTextDocument(text, "p.pdf", textMode{pdf: true})
	want := []blockSummary{
		{doc.Heading, 1, "一、总体情况"},
		{doc.Paragraph, 0, "全年全区实现地区生产总值一千二百三十四亿元，比上年增长百分之五点二，增速高于全市平均水平。"},
		{doc.Paragraph, 0, "第二段从新的一页开始，内容较短。"},
	}
	if got := summary(d); !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %v\nwant %v", got, want)
	}
}

func TestIsPageNumberLine(t *testing.T) {
	for in, want := range map[string]bool{
		"— 1 —": true, "- 12 -": true, "第3页": true, "3/10": true, "  7  ": true,
		"2023": false, "12.5": false, "一、": false, "": false,
	} {
		if got := isPageNumberLine(in); got != want {
			t.Errorf("isPageNumberLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestDropPDFSpaces(t *testing.T) {
	for in, want := range map[string]string{
		"表1   2023 年主要产品":          "表1   2023年主要产品",
		"生产总值 1234.5 亿元，增长 5.2%":   "生产总值1234.5亿元，增长5.2%",
		"钢材        万吨     1,234.5": "钢材        万吨     1,234.5",
		"GDP growth 5 percent":     "GDP growth 5 percent",
	} {
		if got := dropPDFSpaces(in); got != want {
			t.Errorf("dropPDFSpaces(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestReadPDFChinese reads a Chinese PDF that LibreOffice makes from a web
// page with a table: pdftotext's layout, CJK in one column each, the
// spaces it puts around digits. (LibreOffice lays the page's prose out in
// ways that vary; TestPDFLines covers wrapped lines.)
func TestReadPDFChinese(t *testing.T) {
	if testing.Short() {
		t.Skip("converts with LibreOffice")
	}
	needPDFToText(t)
	soffice := ""
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			soffice = p
			break
		}
	}
	if soffice == "" {
		if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" {
			t.Fatal("ANNUALSTAT_REQUIRE_TOOLS=1 and soffice missing (libreoffice-writer)")
		}
		t.Skip("soffice not installed (libreoffice-writer)")
	}
	dir := t.TempDir()
	page := `<html><head><meta charset="utf-8"></head><body>
<p>全年全市地区生产总值达到一千二百三十四亿元，按不变价格计算，比上年增长百分之五点二，增速比全省平均水平高零点三个百分点。</p>
<p>表1　2023年主要工业产品产量</p>
<table border="1" width="100%">
<tr><td width="40%">产品名称</td><td width="15%">单位</td><td width="20%">产量</td><td width="25%">比上年增长(%)</td></tr>
<tr><td>发电量</td><td>亿千瓦时</td><td>123.45</td><td>6.7</td></tr>
<tr><td>钢材</td><td>万吨</td><td>1,234.5</td><td>-2.3</td></tr>
</table>
<p>注：规模以上工业企业口径。</p></body></html>`
	src := filepath.Join(dir, "w.html")
	if err := os.WriteFile(src, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir, src)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	d, err := LoadDocument(filepath.Join(dir, "w.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tbs := d.Tables()
	if len(tbs) != 1 {
		t.Fatalf("blocks %v", summary(d))
	}
	tb := tbs[0]
	want := [][]string{{"产品名称", "单位", "产量", "比上年增长(%)"}, {"发电量", "亿千瓦时", "123.45", "6.7"}, {"钢材", "万吨", "1,234.5", "-2.3"}}
	if got := grid(tb); !reflect.DeepEqual(got, want) {
		t.Errorf("grid %q, want %q", got, want)
	}
	if tb.Caption != "表1 2023年主要工业产品产量" || !reflect.DeepEqual(tb.Notes, []string{"注：规模以上工业企业口径。"}) {
		t.Errorf("caption %q notes %q", tb.Caption, tb.Notes)
	}
}

// TestReadPDFCompanyTable reads a company's 主要会计数据 (figures made up)
// from the PDF LibreOffice makes of a web page: a two-level header
// (2022年 over 调整后 | 调整前, merged cells), cells so tight that
// pdftotext sets their numbers one space apart, labels wrapped over three
// lines round their numbers.
func TestReadPDFCompanyTable(t *testing.T) {
	if testing.Short() {
		t.Skip("converts with LibreOffice")
	}
	needPDFToText(t)
	soffice := ""
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			soffice = p
			break
		}
	}
	if soffice == "" {
		if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" {
			t.Fatal("ANNUALSTAT_REQUIRE_TOOLS=1 and soffice missing (libreoffice-writer)")
		}
		t.Skip("soffice not installed (libreoffice-writer)")
	}
	dir := t.TempDir()
	page := `<html><head><meta charset="utf-8"></head><body>
<p>单位：元 币种：人民币</p>
<table border="1">
<tr><td rowspan="2">主要会计数据</td><td rowspan="2">2023年</td><td colspan="2">2022年</td><td rowspan="2">本年比上年增减(%)</td><td colspan="2">2021年</td></tr>
<tr><td>调整后</td><td>调整前</td><td>调整后</td><td>调整前</td></tr>
<tr><td>营业收入</td><td>1,520,300.50</td><td>1,380,200.00</td><td>1,375,000.00</td><td>10.15</td><td>1,200,000.00</td><td>1,198,000.00</td></tr>
<tr><td>归属于上市公司股东的扣除非经常性损益的净利润</td><td>60,300.00</td><td>58,000.00</td><td>57,500.00</td><td>3.97</td><td>50,000.00</td><td>49,800.00</td></tr>
<tr><td>经营活动产生的现金流量净额</td><td>-12,450.00</td><td>9,870.00</td><td>9,870.00</td><td>-226.14</td><td>8,000.00</td><td>8,000.00</td></tr>
</table>
<p>报告期内，公司经营情况良好。</p></body></html>`
	src := filepath.Join(dir, "c.html")
	if err := os.WriteFile(src, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir, src)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	d, err := LoadDocument(filepath.Join(dir, "c.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tbs := d.Tables()
	if len(tbs) != 1 {
		t.Fatalf("blocks %v", summary(d))
	}
	got := grid(tbs[0])
	want := [][]string{
		{"主要会计数据", "2023年", "2022年", "2022年", "本年比上年增减(%)", "2021年", "2021年"},
		{"营业收入", "1,520,300.50", "1,380,200.00", "1,375,000.00", "10.15", "1,200,000.00", "1,198,000.00"},
		{"归属于上市公司股东的扣除非经常性损益的净利润", "60,300.00", "58,000.00", "57,500.00", "3.97", "50,000.00", "49,800.00"},
		{"经营活动产生的现金流量净额", "-12,450.00", "9,870.00", "9,870.00", "-226.14", "8,000.00", "8,000.00"},
	}
	if len(got) != 5 || !reflect.DeepEqual(got[0], want[0]) || !reflect.DeepEqual(got[2:], want[1:]) {
		t.Fatalf("grid\n got %q\nwant %q (and a row of 调整后 | 调整前)", got, want)
	}
	if got[1][2] != "调整后" || got[1][3] != "调整前" || got[1][5] != "调整后" || got[1][6] != "调整前" {
		t.Errorf("second header row %q", got[1])
	}
	// A yearbook table with a 单位 column (right-aligned numbers, the
	// header's words glued by pdftotext's dropped spaces) and an education
	// table whose 学生数(人) spans three columns.
	for _, c := range []struct {
		name, table string
		want        [][]string
	}{
		{"yearbook", `<tr><td>指标</td><td>单位</td><td align="right">2023年</td><td align="right">2022年</td><td>比上年增长(%)</td></tr>
<tr><td>地区生产总值</td><td>亿元</td><td align="right">1,234.5</td><td align="right">1,150.2</td><td align="right">7.3</td></tr>
<tr><td>规模以上工业企业营业收入（含制造业与采矿业）</td><td>亿元</td><td align="right">2,310.8</td><td align="right">2,105.4</td><td align="right">9.8</td></tr>
<tr><td>城镇居民人均可支配收入</td><td>元</td><td align="right">52,345</td><td align="right">49,876</td><td align="right">5.0</td></tr>
<tr><td>城镇登记失业率</td><td>%</td><td align="right">2.8</td><td align="right">3.1</td><td align="right">—</td></tr>`,
			[][]string{{"指标", "单位", "2023年", "2022年", "比上年增长(%)"},
				{"地区生产总值", "亿元", "1,234.5", "1,150.2", "7.3"},
				{"规模以上工业企业营业收入（含制造业与采矿业）", "亿元", "2,310.8", "2,105.4", "9.8"},
				{"城镇居民人均可支配收入", "元", "52,345", "49,876", "5.0"},
				{"城镇登记失业率", "%", "2.8", "3.1", "—"}}},
		{"education", `<tr><td rowspan="2">学校类别</td><td rowspan="2">学校数(所)</td><td colspan="3">学生数(人)</td><td rowspan="2">专任教师(人)</td></tr>
<tr><td>招生数</td><td>在校学生数</td><td>毕业生数</td></tr>
<tr><td>普通高等学校</td><td>12</td><td>35,210</td><td>120,433</td><td>30,118</td><td>8,120</td></tr>
<tr><td>中等职业教育学校（不含技工学校）</td><td>45</td><td>28,900</td><td>80,210</td><td>25,300</td><td>5,210</td></tr>
<tr><td>普通小学</td><td>560</td><td>70,112</td><td>420,321</td><td>68,800</td><td>25,340</td></tr>`,
			[][]string{{"学校类别", "学校数(所)", "学生数(人)", "学生数(人)", "学生数(人)", "专任教师(人)"},
				{"", "", "招生数", "在校学生数", "毕业生数", ""},
				{"普通高等学校", "12", "35,210", "120,433", "30,118", "8,120"},
				{"中等职业教育学校（不含技工学校）", "45", "28,900", "80,210", "25,300", "5,210"},
				{"普通小学", "560", "70,112", "420,321", "68,800", "25,340"}}},
	} {
		page := `<html><head><meta charset="utf-8"></head><body><table border="1">` + c.table + `</table><p>以上数据为初步统计数。</p></body></html>`
		src := filepath.Join(dir, c.name+".html")
		if err := os.WriteFile(src, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir, src)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, out)
		}
		d, err := LoadDocument(filepath.Join(dir, c.name+".pdf"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if tbs := d.Tables(); len(tbs) != 1 || !reflect.DeepEqual(grid(tbs[0]), c.want) {
			t.Errorf("%s: blocks %v", c.name, summary(d))
			for _, tb := range tbs {
				t.Errorf("%s: grid\n got %q\nwant %q", c.name, grid(tb), c.want)
			}
		}
	}
}

// TestPDFTableAcrossPages: pdftotext lays each page out by itself, so a
// table continued on the next page has its columns elsewhere there, its
// header repeated (or not), blank lines under the header; it is one
// table with all its rows, and its cells lose the font spaces (第 1 号).
func TestPDFTableAcrossPages(t *testing.T) {
	text := "表3　各乡镇地区生产总值\n\n单位：亿元\n\n" +
		"乡镇               地区生产总值   比上年增长(%)\n\n" +
		"第 1 号乡镇          103.1    1.7\n\n" +
		"第 2 号乡镇          106.2    2.4\n" +
		"\f乡镇         地区生产总值   比上年增长(%)\n\n\n\n" +
		"第 3 号乡镇   109.3    3.1\n\n" +
		"第 4 号乡镇   112.4    4.8\n" +
		"                 — 2 —\n" +
		"\f第 5 号乡镇      115.5      5.5\n\n" +
		"第 6 号乡镇      118.6      6.2\n\n" +
		"注：按现价计算。\n"
	d := parseTextDocument(text, "p.pdf", textMode{pdf: true})
	tbs := d.Tables()
	if len(tbs) != 1 {
		t.Fatalf("%d tables, want 1: %v", len(tbs), summary(d))
	}
	want := [][]string{{"乡镇", "地区生产总值", "比上年增长(%)"},
		{"第1号乡镇", "103.1", "1.7"}, {"第2号乡镇", "106.2", "2.4"}, {"第3号乡镇", "109.3", "3.1"},
		{"第4号乡镇", "112.4", "4.8"}, {"第5号乡镇", "115.5", "5.5"}, {"第6号乡镇", "118.6", "6.2"}}
	if got := grid(tbs[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("grid\n got %q\nwant %q", got, want)
	}
	if tb := tbs[0]; tb.Unit != "亿元" || tb.HeaderRows != 1 || !reflect.DeepEqual(tb.Notes, []string{"注：按现价计算。"}) {
		t.Errorf("unit %q header rows %d notes %q", tb.Unit, tb.HeaderRows, tb.Notes)
	}
	// A table on the next page with a header of its own is another table.
	other := "乡镇      地区生产总值\n\n甲镇      10.5\n\n乙镇      11.5\n\f指标      本年      上年\n\n人口      10      11\n\n户数      5      6\n"
	if n := len(parseTextDocument(other, "q.pdf", textMode{pdf: true}).Tables()); n != 2 {
		t.Errorf("%d tables, want 2", n)
	}
}

// TestPDFTableLabelTouchingNumber: a company table (figures made up) as
// pdftotext -layout writes LibreOffice's PDF of it: a label that fills its
// cell stands one space before its number (归属于上市公司股东的净利润
// 612,300,118.50), a space that is a column gap, not a font space (the
// line once lost it and the number ran into the label); a header wrapped
// over three lines (本年比上年增 / 减(%)) is one header row; a label
// wrapped round its numbers is one label.
func TestPDFTableLabelTouchingNumber(t *testing.T) {
	text := "单位：元   币种：人民币\n\n" +
		"                                                       本年比上年增\n" +
		"主要会计数据                2023 年          2022 年                  2021 年\n" +
		"                                                       减(%)\n" +
		"\n" +
		"营业收入                  8,523,416,210.35 7,902,118,334.80 7.86     7,011,520,908.12\n" +
		"\n" +
		"归属于上市公司股东的净利润 612,300,118.50          580,221,903.27   5.53      498,660,215.04\n" +
		"\n" +
		"归属于上市公司股东的扣除非\n" +
		"              590,114,276.18          561,003,218.62   5.19      470,552,301.77\n" +
		"经常性损益的净利润\n" +
		"\n" +
		"经营活动产生的现金流量净额 -120,556,310.02 330,418,562.91           -136.49   280,905,113.40\n"
	d := parseTextDocument(text, "c.pdf", textMode{pdf: true})
	tbs := d.Tables()
	if len(tbs) != 1 {
		t.Fatalf("%d tables, want 1: %v", len(tbs), summary(d))
	}
	want := [][]string{{"主要会计数据", "2023年", "2022年", "本年比上年增减(%)", "2021年"},
		{"营业收入", "8,523,416,210.35", "7,902,118,334.80", "7.86", "7,011,520,908.12"},
		{"归属于上市公司股东的净利润", "612,300,118.50", "580,221,903.27", "5.53", "498,660,215.04"},
		{"归属于上市公司股东的扣除非经常性损益的净利润", "590,114,276.18", "561,003,218.62", "5.19", "470,552,301.77"},
		{"经营活动产生的现金流量净额", "-120,556,310.02", "330,418,562.91", "-136.49", "280,905,113.40"}}
	if got := grid(tbs[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("grid\n got %q\nwant %q", got, want)
	}
}

func TestSplitCJKCells(t *testing.T) {
	for in, want := range map[string]string{
		// a label header touching the next header cell: parted, the next
		// wide gap one space narrower
		"指标名称（按行业分组统计口 本年累计     比上年同期": "指标名称（按行业分组统计口  本年累计    比上年同期",
		"三、本 （一）予以公开      20     3":    "三、本  （一）予以公开     20     3",
		// value headers set one space apart, indented: the doc package's
		"                招生数 在校学生数 毕业生数": "                招生数 在校学生数 毕业生数",
		// prose, Latin words, a font space before a digit: as they are
		"全年增长 5.2%，高于全省。":        "全年增长 5.2%，高于全省。",
		"GDP growth 5 percent":   "GDP growth 5 percent",
		"第 1 号乡镇          103.1": "第 1 号乡镇          103.1",
	} {
		if got := splitCJKCells(in); got != want {
			t.Errorf("splitCJKCells(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPDFRunningHeads: a running head and a running foot with the page
// number (某市2024年统计公报 on top, 某市统计局 第 N 页 共 3 页 at the foot)
// go from every page, so the table they cut is one table; a heading that
// heads one page only stays.
func TestPDFRunningHeads(t *testing.T) {
	page := func(rows ...string) string {
		return "          某市2024年统计公报\n\n" + strings.Join(rows, "\n\n") + "\n\n        某市统计局 第 1 页 共 3 页\n"
	}
	text := page("一、综合", "地区          生产总值     增长(%)", "甲县          103.1        1.7", "乙县          106.2        2.4") + "\f" +
		page("丙县   109.3   3.1", "丁县   112.4   4.8") + "\f" +
		page("戊县      115.5      5.5", "二、农业")
	d := parseTextDocument(text, "p.pdf", textMode{pdf: true})
	got := summary(d)
	if len(d.Tables()) != 1 || d.Tables()[0].NumRows() != 6 {
		t.Fatalf("blocks %v, want one table of 6 rows", got)
	}
	for _, b := range d.Blocks {
		if strings.Contains(b.Text, "统计公报") || strings.Contains(b.Text, "统计局") {
			t.Errorf("running head kept: %q", b.Text)
		}
	}
	if b := d.Blocks[len(d.Blocks)-1]; b.Text != "二、农业" {
		t.Errorf("last block %q, want the heading", b.Text)
	}
	for in, want := range map[string]bool{"第 3 页 共 9 页": true, "第3页共9页": true, "共9页": false} {
		if isPageNumberLine(in) != want {
			t.Errorf("isPageNumberLine(%q) = %v", in, !want)
		}
	}
}
