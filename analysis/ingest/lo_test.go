package ingest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// loCell writes a table cell as LibreOffice writes one: a width, a
// paragraph with a font inside the cell.
func loCell(text string, rowspan, colspan int) string {
	span := ""
	if rowspan > 1 {
		span += fmt.Sprintf(` rowspan="%d"`, rowspan)
	}
	if colspan > 1 {
		span += fmt.Sprintf(` colspan="%d"`, colspan)
	}
	return fmt.Sprintf("\t\t\t\t<td%s width=\"40\" style=\"border: 1px solid #000000; padding: 0.02in\"><p align=\"center\">\n\t\t\t\t\t<font face=\"仿宋_GB2312\"><font size=\"3\" style=\"font-size: 12pt\"><span lang=\"zh-CN\">%s</span></font></font></p>\n\t\t\t\t</td>\n", span, text)
}

// loTable writes a table as LibreOffice exports a Word file's table: in
// a <center>, with <col> widths, the header rows in <thead>.
func loTable(header, body [][]string) string {
	var b strings.Builder
	b.WriteString("<center>\n\t<table width=\"590\" cellpadding=\"6\" cellspacing=\"0\">\n")
	for range 4 {
		b.WriteString("\t\t<col width=\"40\"/>\n\n")
	}
	rows := func(tag string, rs [][]string) {
		fmt.Fprintf(&b, "\t\t<%s>\n", tag)
		for _, r := range rs {
			b.WriteString("\t\t\t<tr valign=\"top\">\n")
			for _, c := range r {
				// "text@RxC" gives a cell's spans.
				text, rsp, csp := c, 1, 1
				if i := strings.LastIndex(c, "@"); i >= 0 {
					fmt.Sscanf(c[i+1:], "%dx%d", &rsp, &csp)
					text = c[:i]
				}
				b.WriteString(loCell(text, rsp, csp))
			}
			b.WriteString("\t\t\t</tr>\n")
		}
		fmt.Fprintf(&b, "\t\t</%s>\n", tag)
	}
	rows("thead", header)
	rows("tbody", body)
	b.WriteString("\t</table>\n</center>\n")
	return b.String()
}

// loPage is a 信息公开年报 statistics page in the form LibreOffice saves a
// Word file as a web page: a centred title paragraph, headings, and six
// tables, each wrapped in its own <center> (the form in which
// ReadDocument once found 1 table of 6: each wrapper scored for itself).
func loPage() string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title>某区2023年政府信息公开工作年度报告</title>
<meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/></head>
<body lang="en-US" dir="ltr"><p align="center" style="margin-bottom: 0in"><font face="方正小标宋简体"><font size="6">某区2023年政府信息公开工作年度报告</font></font></p>
<h1 class="western"><font face="黑体">二、主动公开政府信息情况</font></h1>
`)
	for _, item := range []struct{ title, name, head string }{
		{"第二十条第（一）项", "规章", "本年制发件数"}, {"第二十条第（五）项", "行政许可", "本年处理决定数量"},
		{"第二十条第（六）项", "行政处罚", "本年处理决定数量"}, {"第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）"},
	} {
		fmt.Fprintf(&b, "<p align=\"center\"><font face=\"黑体\">%s</font></p>\n", item.title)
		b.WriteString(loTable([][]string{{"信息内容", item.head}}, [][]string{{item.name, "12"}}))
	}
	b.WriteString("<h1 class=\"western\"><font face=\"黑体\">三、收到和处理政府信息公开申请情况</font></h1>\n")
	b.WriteString(loTable([][]string{
		{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）@3x3", "申请人情况@1x7"},
		{"自然人@2x1", "法人或其他组织@1x5", "总计@2x1"},
		{"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"},
	}, loT3Source()))
	b.WriteString("<h1 class=\"western\"><font face=\"黑体\">四、政府信息公开行政复议、行政诉讼情况</font></h1>\n")
	b.WriteString(loTable([][]string{
		{"行政复议@2x5", "行政诉讼@1x10"},
		{"未经复议直接起诉@1x5", "复议后起诉@1x5"},
		{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"},
	}, [][]string{{"3", "1", "0", "1", "5", "2", "0", "0", "0", "2", "1", "0", "0", "0", "1"}}))
	b.WriteString("<p>五、存在的主要问题及改进情况。本年度工作还存在一些不足。</p>\n</body></html>\n")
	return b.String()
}

// loT3 and loT4 are the grids ReadDocument must give for the page's T3
// and T4 (merged cells replicated).
var (
	loT3Header = [][]string{
		{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况"},
		{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "自然人", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", "总计"},
		{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"},
	}
	loT4 = [][]string{
		{"行政复议", "行政复议", "行政复议", "行政复议", "行政复议", "行政诉讼", "行政诉讼", "行政诉讼", "行政诉讼", "行政诉讼", "行政诉讼", "行政诉讼", "行政诉讼", "行政诉讼", "行政诉讼"},
		{"行政复议", "行政复议", "行政复议", "行政复议", "行政复议", "未经复议直接起诉", "未经复议直接起诉", "未经复议直接起诉", "未经复议直接起诉", "未经复议直接起诉", "复议后起诉", "复议后起诉", "复议后起诉", "复议后起诉", "复议后起诉"},
		{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"},
		{"3", "1", "0", "1", "5", "2", "0", "0", "0", "2", "1", "0", "0", "0", "1"},
	}
)

// loT3Groups are the groups of T3's 三、本年度办理结果 with their items
// (the national template's labels).
var loT3Groups = []struct {
	group string
	items []string
}{
	{"（三）不予公开", []string{"1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
		"5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"}},
	{"（四）无法提供", []string{"1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"}},
	{"（五）不予处理", []string{"1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
		"5.要求行政机关确认或重新出具已获取信息"}},
	{"（六）其他处理", []string{"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
		"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"}},
}

var loValues = []string{"1208", "35", "0", "0", "12", "4", "1259"}

// loT3Source is T3's body as the page writes it ("text@RxC" a merged
// cell); loT3Rows is the grid ReadDocument must give for it.
func loT3Source() [][]string {
	rows := [][]string{append([]string{"一、本年新收政府信息公开申请数量@1x3"}, "30", "5", "0", "0", "1", "0", "36")}
	n := 1
	for _, g := range loT3Groups {
		n += len(g.items)
	}
	rows = append(rows, append([]string{fmt.Sprintf("三、本年度办理结果@%dx1", n+1), "（一）予以公开@1x2"}, "20", "3", "0", "0", "1", "0", "24"))
	for _, g := range loT3Groups {
		for i, it := range g.items {
			r := []string{it}
			if i == 0 {
				r = []string{fmt.Sprintf("%s@%dx1", g.group, len(g.items)), it}
			}
			rows = append(rows, append(r, loValues...))
		}
	}
	rows = append(rows, append([]string{"（七）总计@1x2"}, "30", "5", "0", "0", "1", "0", "36"))
	rows = append(rows, append([]string{"四、结转下年度继续办理@1x3"}, "0", "0", "0", "0", "0", "0", "0"))
	return rows
}

func loT3Rows() [][]string {
	first := "一、本年新收政府信息公开申请数量"
	rows := [][]string{{first, first, first, "30", "5", "0", "0", "1", "0", "36"}}
	g3 := "三、本年度办理结果"
	rows = append(rows, []string{g3, "（一）予以公开", "（一）予以公开", "20", "3", "0", "0", "1", "0", "24"})
	for _, g := range loT3Groups {
		for _, it := range g.items {
			rows = append(rows, append([]string{g3, g.group, it}, loValues...))
		}
	}
	rows = append(rows, []string{g3, "（七）总计", "（七）总计", "30", "5", "0", "0", "1", "0", "36"})
	last := "四、结转下年度继续办理"
	return append(rows, []string{last, last, last, "0", "0", "0", "0", "0", "0", "0"})
}

// checkLOPage checks the document read from loPage (or from LibreOffice's
// conversions of it): six tables, T3 and T4 with their merged cells.
func checkLOPage(t *testing.T, what string, blocks func() []string, tables [][][]string) {
	t.Helper()
	if len(tables) != 6 {
		t.Fatalf("%s: %d tables, want 6; blocks %q", what, len(tables), blocks())
	}
	if got := tables[0]; !reflect.DeepEqual(got, [][]string{{"信息内容", "本年制发件数"}, {"规章", "12"}}) {
		t.Errorf("%s: T2 (一) %q", what, got)
	}
	if want := append(append([][]string{}, loT3Header...), loT3Rows()...); !reflect.DeepEqual(tables[4], want) {
		t.Errorf("%s: T3\n got %q\nwant %q", what, tables[4], want)
	}
	if !reflect.DeepEqual(tables[5], loT4) {
		t.Errorf("%s: T4\n got %q\nwant %q", what, tables[5], loT4)
	}
}

func docGrids(t *testing.T, name string, data []byte) ([][][]string, func() []string) {
	t.Helper()
	d, err := ReadDocument(bytes.NewReader(data), name, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out [][][]string
	for _, tb := range d.Tables() {
		out = append(out, grid(tb))
	}
	return out, func() []string {
		var s []string
		for _, b := range d.Blocks {
			s = append(s, b.Kind.String()+": "+b.Text)
		}
		return s
	}
}

// TestReadHTMLWordExport: a Word file saved as a web page by LibreOffice
// (every table in its own <center>) gives all its tables, with their
// merged header and label cells, and its title and headings.
func TestReadHTMLWordExport(t *testing.T) {
	page := loPage()
	tables, blocks := docGrids(t, "xxgk.html", []byte(page))
	checkLOPage(t, "web page", blocks, tables)
	d, err := ReadDocument(strings.NewReader(page), "xxgk.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b := d.Blocks[0]; b.Kind.String() != "heading" || b.Text != "某区2023年政府信息公开工作年度报告" {
		t.Errorf("first block %s %q, want the title", b.Kind, b.Text)
	}
	last := d.Blocks[len(d.Blocks)-1]
	if !strings.HasPrefix(last.Text, "五、存在的主要问题") {
		t.Errorf("last block %q, want the text after the tables", last.Text)
	}
}

// TestLibreOfficeRoundTrip: the page converted by LibreOffice to a Word
// file (merged cells as w:vMerge and w:gridSpan) and that Word file saved
// back as a web page read as the page does.
func TestLibreOfficeRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("converts with LibreOffice")
	}
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
	convert := func(src, to string) string {
		t.Helper()
		out := filepath.Join(dir, to)
		if err := os.MkdirAll(out, 0o755); err != nil {
			t.Fatal(err)
		}
		filter := map[string]string{"docx": "docx:MS Word 2007 XML", "html": "html:HTML (StarWriter)"}[to]
		cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless", "--convert-to", filter, "--outdir", out, src)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, b)
		}
		base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
		return filepath.Join(out, base+"."+to)
	}
	src := filepath.Join(dir, "xxgk.html")
	if err := os.WriteFile(src, []byte(loPage()), 0o644); err != nil {
		t.Fatal(err)
	}
	docx := convert(src, "docx")
	data, err := os.ReadFile(docx)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte("PK")) {
		t.Fatalf("%s is no Word file", docx)
	}
	tables, blocks := docGrids(t, "xxgk.docx", data)
	checkLOPage(t, "Word file", blocks, tables)
	page := convert(docx, "html")
	data, err = os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	tables, blocks = docGrids(t, "xxgk.html", data)
	checkLOPage(t, "Word file saved as a web page", blocks, tables)
}

// TestReadHTMLUTF8UnderGBKLabel: a page saved as UTF-8 under its old
// <meta charset="gbk"> reads as UTF-8; a page in GBK under the same label
// reads as GBK.
func TestReadHTMLUTF8UnderGBKLabel(t *testing.T) {
	page := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body><p>全年地区生产总值123.4亿元。</p></body></html>`
	for name, data := range map[string][]byte{"utf-8": []byte(page), "gbk": gb18030(t, page)} {
		d, err := ReadDocument(bytes.NewReader(data), "p.html", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Blocks) == 0 || d.Blocks[len(d.Blocks)-1].Text != "全年地区生产总值123.4亿元。" {
			t.Errorf("%s bytes: blocks %+v", name, d.Blocks)
		}
	}
}

// TestReadHTMLTableWithLongNote: a data table whose last row is a long
// note (注：…, in a paragraph, across the table) is a data table, not a
// layout table: its cells and caption are kept, the note is its note.
func TestReadHTMLTableWithLongNote(t *testing.T) {
	note := "注：1.本表数据为快报数；2.增长速度按可比价格计算；3.部分数据因四舍五入的原因，存在总计与分项合计不等的情况，未作机械调整。"
	page := `<html><body><p>表1 主要指标</p><table border="1">
<tr><td><p>指标</p></td><td><p>2023年(亿元)</p></td><td><p>比上年增长(%)</p></td></tr>
<tr><td><p>地区生产总值</p></td><td><p>100.5</p></td><td><p>4.1</p></td></tr>
<tr><td colspan="3"><p>` + note + `</p></td></tr>
</table></body></html>`
	d, err := ReadDocument(strings.NewReader(page), "note.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	tbs := d.Tables()
	if len(tbs) != 1 {
		t.Fatalf("%d tables, want 1; blocks %+v", len(tbs), d.Blocks)
	}
	tb := tbs[0]
	if want := [][]string{{"指标", "2023年(亿元)", "比上年增长(%)"}, {"地区生产总值", "100.5", "4.1"}}; !reflect.DeepEqual(grid(tb), want) {
		t.Errorf("grid %q, want %q", grid(tb), want)
	}
	if tb.Caption != "表1 主要指标" || !reflect.DeepEqual(tb.Notes, []string{note}) {
		t.Errorf("caption %q notes %q", tb.Caption, tb.Notes)
	}
}
