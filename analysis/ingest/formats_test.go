package ingest

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/annualstat/annualstat/analysis/doc"
)

// zipOf returns a ZIP archive of the given parts, in order, stored (not
// compressed) as OpenDocument files store their mimetype.
func zipOf(t *testing.T, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: parts[i], Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[i+1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// publishedWorkbook is a sheet laid out for people: a title row, a 单位
// row, three merged header rows, two data rows (the second a 其中 item)
// and a 注 row, with a hidden second sheet and a percent-format cell.
func publishedWorkbook(t *testing.T) []byte {
	t.Helper()
	return publishedWorkbookBytes(t)
}

// publishedWorkbookBytes is publishedWorkbook for tests and fuzz targets.
func publishedWorkbookBytes(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	s := "Sheet1"
	f.SetSheetName(s, "收支表")
	s = "收支表"
	rows := [][]any{
		{"表3 2023年某市一般公共预算收支情况"},
		{"单位：万元"},
		{"项目", "2023年", nil, nil, "2022年"},
		{nil, "预算数", "执行数", nil, "执行数"},
		{nil, nil, "金额", "比上年增长（%）", nil},
		{"一般公共预算收入", 500000, 512345, 0.067, 480000},
		{"其中：税收收入", 350000, 361000, 6.2, 340000},
		{"注：2022年为决算数。"},
	}
	for r, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		if err := f.SetSheetRow(s, cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range [][2]string{{"A1", "E1"}, {"A2", "E2"}, {"A3", "A5"}, {"B3", "D3"}, {"B4", "B5"}, {"C4", "D4"}, {"E4", "E5"}, {"A8", "E8"}} {
		if err := f.MergeCell(s, m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	pct, _ := f.NewStyle(&excelize.Style{NumFmt: 10}) // 0.00%
	f.SetCellStyle(s, "D6", "D6", pct)
	f.NewSheet("数据")
	f.SetSheetRow("数据", "A1", &[]any{"section", "indicator", "unit", "year", "value"})
	f.SetSheetRow("数据", "A2", &[]any{"", "隐藏指标", "个", 2023, 99})
	f.SetSheetVisible("数据", false)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadXLSXDocument(t *testing.T) {
	d, err := ReadDocument(bytes.NewReader(publishedWorkbook(t)), "book.xlsx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	tabs := d.Tables()
	if len(tabs) != 1 || len(d.Blocks) != 1 {
		t.Fatalf("got %d blocks, %d tables, want the visible sheet as one table:\n%s", len(d.Blocks), len(tabs), d.PipeText())
	}
	tb := tabs[0]
	if tb.Caption != "表3 2023年某市一般公共预算收支情况" || tb.Unit != "万元" || len(tb.Notes) != 1 || tb.Notes[0] != "注：2022年为决算数。" {
		t.Errorf("caption %q, unit %q, notes %q", tb.Caption, tb.Unit, tb.Notes)
	}
	if tb.HeaderRows != 3 || tb.LabelCols != 1 || tb.NumRows() != 5 || tb.NumCols() != 5 {
		t.Errorf("header rows %d, label cols %d, grid %dx%d, want 3, 1, 5x5:\n%s", tb.HeaderRows, tb.LabelCols, tb.NumRows(), tb.NumCols(), d.PipeText())
	}
	// Merged header cells are resolved: 执行数 over 金额 and the growth,
	// 2023年 over all three.
	if c := tb.Column(3); len(c.Path) < 3 || c.Path[0] != "2023年" || c.Path[1] != "执行数" || !strings.Contains(c.Path[2], "比上年增长") {
		t.Errorf("column 3 path %q, want 2023年 / 执行数 / 比上年增长（%%）", c.Path)
	}
	if got := tb.At(3, 3).Text; got != "6.7%" {
		t.Errorf("percent-format cell reads %q, want 6.7%% (as shown)", got)
	}
	src := tb.At(4, 2).Source
	if got := tb.At(4, 2).Text; got != "361000" || src.Part != "收支表" || src.Line != 7 || src.Column != 3 || src.File != "book.xlsx" {
		t.Errorf("cell %q at %+v, want 361000 at 收支表 row 7 column 3 of book.xlsx", got, src)
	}
	if strings.Contains(d.PipeText(), "隐藏指标") {
		t.Error("the hidden sheet was read")
	}
}

func TestLoadDocumentXLSX(t *testing.T) {
	// LoadDocument reads a workbook; IsDocument still sends it to Load.
	p := filepath.Join(t.TempDir(), "book.xlsx")
	if err := os.WriteFile(p, publishedWorkbook(t), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := LoadDocument(p, Options{})
	if err != nil || len(d.Tables()) != 1 {
		t.Fatalf("LoadDocument: %v, %v", d, err)
	}
	if IsDocument("book.xlsx") || !IsDocument("report.docx") || DocFormatOf("a.XLSX") != DocXLSX {
		t.Error("IsDocument/DocFormatOf of workbooks")
	}
	// Sniffed from the content when the name says nothing.
	d, err = ReadDocument(bytes.NewReader(publishedWorkbook(t)), "download", Options{})
	if err != nil || len(d.Tables()) != 1 {
		t.Fatalf("ReadDocument without extension: %v, %v", d, err)
	}
}

func TestDocumentContentChecks(t *testing.T) {
	docx := docxFile(t, wp("全年地区生产总值100亿元。"), "")
	xlsx := publishedWorkbook(t)
	ods := zipOf(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>")
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	binary := append([]byte("<html><body>"), 0, 1, 2, 0xFF, 0)
	tests := []struct {
		name    string
		content []byte
		want    []string
	}{
		{"empty.html", nil, []string{"empty.html", "empty"}},
		{"empty.docx", []byte{}, []string{"empty"}},
		{"old.doc", ole, []string{"old.doc", "Word 97-2003", ".docx"}},
		{"old.xls", ole, []string{"Excel 97-2003", ".xlsx"}},
		{"report.docx.pdf", docx, []string{"want a PDF file", "ZIP archive"}},
		{"report.docx", []byte("%PDF-1.4\n%...."), []string{"want a Word file", "got a PDF file"}},
		{"page.docx", []byte("<html><body><p>x</p></body></html>"), []string{"want a Word file", "web page"}},
		{"book.docx", xlsx, []string{"want a Word file", "Excel workbook", "rename it .xlsx"}},
		{"report.xlsx", docx, []string{"want an XLSX workbook", "Word file", "rename it .docx"}},
		{"book.ods", ods, []string{"OpenDocument", "spreadsheet"}},
		{"book.xlsx", ods, []string{"OpenDocument"}},
		{"cut.docx", docx[:len(docx)/2], []string{"cut.docx", "damaged or truncated"}},
		{"cut.xlsx", xlsx[:len(xlsx)/2], []string{"cut.xlsx", "damaged or truncated"}},
		{"bin.html", binary, []string{"bin.html", "want a web page", "binary data"}},
		{"bin.txt", binary, []string{"want text", "binary data"}},
		{"zip.txt", docx, []string{"want text", "ZIP archive"}},
		{"other.zip", zipOf(t, "a.txt", "x"), []string{"neither"}},
	}
	for _, tt := range tests {
		_, err := ReadDocument(bytes.NewReader(tt.content), tt.name, Options{})
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", tt.name, err, w)
			}
		}
	}
	// The same content rightly named reads.
	for name, b := range map[string][]byte{"r.docx": docx, "b.xlsx": xlsx, "r": docx} {
		if _, err := ReadDocument(bytes.NewReader(b), name, Options{}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestLoadLegacyOffice(t *testing.T) {
	// A dataset in a format annualstat does not read says so.
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	ods := zipOf(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>")
	for name, b := range map[string][]byte{"book.xls": ole, "book.ods": ods} {
		_, err := Read(bytes.NewReader(b), Options{Name: name})
		if err == nil || !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), "save it as .xlsx") {
			t.Errorf("%s: err = %v, want one naming the file and saying to save it as .xlsx", name, err)
		}
	}
	if got := odfType(ods); got != "spreadsheet" {
		t.Errorf("odfType = %q", got)
	}
}

func TestPDFError(t *testing.T) {
	for in, want := range map[string]string{
		"Syntax Warning: x\nSyntax Error: Couldn't find trailer dictionary\nSyntax Error: Couldn't read xref table\n": "Couldn't read xref table",
		"Command Line Error: Incorrect password\n": "Incorrect password",
		"":                       "",
		strings.Repeat("长", 200): strings.Repeat("长", 100),
	} {
		if got := pdfError(in); got != want {
			t.Errorf("pdfError(%.40q) = %.40q, want %.40q", in, got, want)
		}
	}
	var w tailWriter
	w.Write(bytes.Repeat([]byte("a"), 5000))
	w.Write([]byte("\nlast"))
	if w.buf.Len() != 4096 || !strings.HasSuffix(w.buf.String(), "\nlast") {
		t.Errorf("tailWriter kept %d bytes ending %q", w.buf.Len(), w.buf.String()[w.buf.Len()-5:])
	}
}

// A text box is read once (mc:Choice; its VML copy in mc:Fallback left
// out) and as a line of its own, and its paragraphs' styles do not
// restyle the paragraph it is anchored in; was "文本框说明文本框说明非税收入
// 26.3亿元" as one paragraph.
func TestReadDOCXTextBox(t *testing.T) {
	box := `<w:p><w:pPr><w:pStyle w:val="2"/></w:pPr><w:r><w:t>二、非税收入</w:t></w:r></w:p>`
	alt := `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent>` + wp("文本框说明") + `</w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml"><w:txbxContent>` + wp("文本框说明") + `</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent>`
	body := `<w:p><w:r>` + alt + `</w:r><w:r><w:t>非税收入26.3亿元。</w:t></w:r></w:p>` +
		`<w:p><w:r><w:drawing><w:txbxContent>` + box + `</w:txbxContent></w:drawing></w:r><w:r><w:t>税收收入60.2亿元。</w:t></w:r></w:p>` +
		`<w:tbl><w:tr>` + `<w:tc><w:p><w:r>` + alt + `</w:r><w:r><w:t>项目</w:t></w:r></w:p></w:tc>` + wtc("2023年", "") + `</w:tr></w:tbl>`
	d, err := ReadDOCX(bytes.NewReader(docxFile(t, body, testStyles)), Options{Name: "box.docx"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range d.Blocks {
		if b.Kind == doc.TableBlock {
			got = append(got, "table:"+b.Table.At(0, 0).Text)
			continue
		}
		got = append(got, b.Kind.String()+":"+b.Text)
	}
	want := []string{"paragraph:文本框说明", "paragraph:非税收入26.3亿元。", "heading:二、非税收入", "paragraph:税收收入60.2亿元。", "table:文本框说明 项目"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocks\n %q\nwant\n %q", got, want)
	}
}

// A numbered heading written in the body style (二、政府性基金预算, a
// plain <p> or w:p) is a heading, as in text, so the figures under it
// take it as their section; was a paragraph, and the figures kept the
// section above.
func TestNumberedHeadingParagraphs(t *testing.T) {
	body := wp("一、一般公共预算") + wp("全市一般公共预算收入86.5亿元，增长5.6%。") + wp("二、政府性基金预算") + wp("政府性基金预算收入32.1亿元。") + wp("1.税收收入60.2亿元，增长4.1%。")
	dx, err := ReadDOCX(bytes.NewReader(docxFile(t, body, "")), Options{Name: "r.docx"})
	if err != nil {
		t.Fatal(err)
	}
	page := `<html><body><div class="content"><p>一、一般公共预算</p><p>全市一般公共预算收入86.5亿元，增长5.6%。</p><p>二、政府性基金预算</p><p>政府性基金预算收入32.1亿元。</p><p>1.税收收入60.2亿元，增长4.1%。</p></div></body></html>`
	dh, err := ReadHTML(strings.NewReader(page), Options{Name: "r.html"})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []*doc.Document{dx, dh} {
		var heads []string
		for _, b := range d.Blocks {
			if b.Kind == doc.Heading {
				heads = append(heads, b.Text)
			}
		}
		if strings.Join(heads, "|") != "一、一般公共预算|二、政府性基金预算" {
			t.Errorf("%s: headings %q, want the two numbered ones (not the sentence)", d.Name, heads)
		}
	}
}

// A page's charset declared after 4 KiB of scripts in its head is the
// page's (a Big5 page was read as GB18030, and garbled); a meta tag quoted
// in the body is not.
func TestHTMLCharsetAfterLongHead(t *testing.T) {
	script := "<script>" + strings.Repeat("// "+strings.Repeat("x", 97)+"\n", 50) + "</script>"
	page := `<html><head>` + script + `<meta charset="big5"><title>t</title></head><body><div class="content"><p>本澳居民總數68.3萬人。</p></div></body></html>`
	raw, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := HTMLCharset(raw); got != "big5" {
		t.Errorf("HTMLCharset = %q, want big5", got)
	}
	d, err := ReadHTML(bytes.NewReader(raw), Options{Name: "big5.html"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text(), "本澳居民總數68.3萬人") {
		t.Errorf("text %q, want the Big5 text decoded", d.Text())
	}
	quoted := []byte(`<html><head><title>t</title></head><body>` + script + `<p>写 &lt;meta charset="big5"&gt; 或 <meta charset="big5"></p></body></html>`)
	if got := HTMLCharset(quoted); got != "" {
		t.Errorf("HTMLCharset of a meta tag in the body = %q, want none", got)
	}
}

// A formula's stored result is read as its cell shows it: 6.73854166666666
// under 0.0 is 6.7, 0.300000000000000 under General 0.3; a cell whose
// format shows something else than a plain number keeps its stored digits.
func TestXLSXDocumentShownNumbers(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	s := "Sheet1"
	rows := [][]any{
		{"指标", "2023年", "比上年增长（%）", "占比（%）", "差额"},
		{"收入", 512345, 6.7385416666666668, 0.30000000000000004, -1.123456789},
	}
	for r, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		f.SetSheetRow(s, cell, &row)
	}
	one, neg := "0.0", "0.00_);[Red](0.00)"
	st1, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &one})
	st2, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &neg})
	f.SetCellStyle(s, "C2", "C2", st1)
	f.SetCellStyle(s, "E2", "E2", st2)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	d, err := ReadXLSXDocument(&buf, Options{Name: "f.xlsx"})
	if err != nil || len(d.Tables()) != 1 {
		t.Fatalf("%v %v", d, err)
	}
	tb := d.Tables()[0]
	var got []string
	for c := 1; c < tb.NumCols(); c++ {
		got = append(got, tb.At(tb.NumRows()-1, c).Text)
	}
	if strings.Join(got, " ") != "512345 6.7 0.3 -1.123456789" {
		t.Errorf("cells %q, want 512345 6.7 0.3 -1.123456789", got)
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{{"6.7", true}, {"512,345", true}, {"-6.70%", true}, {"(1.50)", false}, {"01-05-23", false}, {"6.", false}, {"", false}} {
		if plainShownNumber(tt.s) != tt.want {
			t.Errorf("plainShownNumber(%q) = %v", tt.s, !tt.want)
		}
	}
}

// A sheet without a title row takes its tab's name as its caption (and so
// the year of 2023年财政收支), unless the name is a program's default.
func TestXLSXSheetNameCaption(t *testing.T) {
	rows := [][]any{{"项目", "本年", "上年"}, {"收入", 12, 10}}
	b := workbook(t, []string{"2023年财政收支", "Sheet2"}, map[string][][]any{"2023年财政收支": rows, "Sheet2": rows})
	d, err := ReadXLSXDocument(bytes.NewReader(b), Options{Name: "f.xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	tabs := d.Tables()
	if len(tabs) != 2 || tabs[0].Caption != "2023年财政收支" || tabs[1].Caption != "" {
		t.Fatalf("captions of %d tables: %q", len(tabs), func() (c []string) {
			for _, tb := range tabs {
				c = append(c, tb.Caption)
			}
			return
		}())
	}
	for name, want := range map[string]bool{"Sheet1": true, "sheet 12": true, "工作表3": true, "表1": false, "Sheet1 (2)": false, "收支": false} {
		if defaultSheetName(name) != want {
			t.Errorf("defaultSheetName(%q) = %v", name, !want)
		}
	}
}

// Two tables stacked in one sheet, a blank row between, each with its
// title and 单位 rows, are two tables, each with its own unit; were one,
// and the second table's figures took the first's 万元 for 吨. A blank row
// inside a table, before a group label over data rows, does not split it.
func TestXLSXStackedTables(t *testing.T) {
	rows := [][]any{
		{"表1 2023年一般公共预算收入"},
		{"单位：万元"},
		{"项目", "2023年", "比上年增长（%）"},
		{"税收收入", 361000, 6.2},
		nil,
		{"二、非税"},
		{"非税收入", 151345, 8.1},
		nil,
		{"表2 2023年主要农产品产量"},
		{"单位：吨"},
		{"产品", "2023年", "比上年增长（%）"},
		{"粮食", 285000, 2.1},
		nil,
		{"注：快报数。"},
	}
	b := workbook(t, []string{"Sheet1"}, map[string][][]any{"Sheet1": rows})
	d, err := ReadXLSXDocument(bytes.NewReader(b), Options{Name: "f.xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	tabs := d.Tables()
	if len(tabs) != 2 {
		t.Fatalf("%d tables, want 2:\n%s", len(tabs), d.PipeText())
	}
	if tabs[0].Unit != "万元" || tabs[1].Unit != "吨" || tabs[1].Caption != "表2 2023年主要农产品产量" || len(tabs[1].Notes) != 1 {
		t.Errorf("units %q %q, second caption %q notes %q", tabs[0].Unit, tabs[1].Unit, tabs[1].Caption, tabs[1].Notes)
	}
	if n := tabs[0].NumRows(); n != 4 {
		t.Errorf("first table has %d rows, want 4 (header, 税收收入, 二、非税, 非税收入):\n%s", n, d.PipeText())
	}
	if got := tabs[1].At(1, 1).Source.Line; got != 12 {
		t.Errorf("粮食's value at sheet row %d, want 12", got)
	}
}

// An element a browser does not show — the bare hidden attribute,
// display:none, visibility:hidden — gives no text; a bare hidden was
// read (its value is empty).
func TestHTMLHiddenElements(t *testing.T) {
	page := `<html><body><div class="article"><h1>公报</h1>` +
		`<p hidden>年末户籍人口88.8万人。</p><div style="display: none">生产总值999.9亿元。</div>` +
		`<p style="VISIBILITY: hidden">收入77亿元。</p>` +
		`<p>全年全县地区生产总值385.6亿元，比上年增长5.8%。年末户籍人口52.3万人。</p></div></body></html>`
	d, err := ReadHTML(strings.NewReader(page), Options{Name: "h.html"})
	if err != nil {
		t.Fatal(err)
	}
	text := d.Text()
	for _, hidden := range []string{"88.8", "999.9", "77亿元"} {
		if strings.Contains(text, hidden) {
			t.Errorf("hidden text %q read: %q", hidden, text)
		}
	}
	if !strings.Contains(text, "385.6亿元") {
		t.Errorf("the shown text is missing: %q", text)
	}
}

// Tables stacked in one sheet are read as a dataset one by one, each
// with its unit; was an error at the second table's header (value: want
// a number, got "2023年").
func TestReadStackedTablesDataset(t *testing.T) {
	rows := [][]any{
		{"表1 2023年一般公共预算收入"}, {"单位：万元"}, {"项目", "2023年", "比上年增长（%）"}, {"税收收入", 361000, 6.2},
		nil,
		{"表2 2023年主要农产品产量"}, {"单位：吨"}, {"产品", "2023年", "比上年增长（%）"}, {"粮食", 285000, 2.1},
	}
	csv := "表1 2023年一般公共预算收入\n单位：万元\n项目,2023年,比上年增长（%）\n税收收入,361000,6.2\n\n表2 2023年主要农产品产量\n单位：吨\n产品,2023年,比上年增长（%）\n粮食,285000,2.1\n"
	for name, in := range map[string][]byte{
		"stacked.xlsx": workbook(t, []string{"Sheet1"}, map[string][][]any{"Sheet1": rows}),
		"stacked.csv":  []byte(csv),
	} {
		d, err := Read(bytes.NewReader(in), Options{Name: name})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		got := map[string]string{}
		for _, ind := range d.Indicators {
			got[ind.Name] = ind.Unit
		}
		if got["税收收入"] != "万元" || got["粮食"] != "吨" || len(got) != 2 {
			t.Errorf("%s: indicators and units %v, want 税收收入 万元 and 粮食 吨", name, got)
		}
	}
}

// A web page saved as .xls, as sites offer their tables for download, is
// read as a dataset from its tables laid out for people; was "malformed
// CSV". A page without such a table says so.
func TestLoadWebPageSpreadsheet(t *testing.T) {
	page := `<html><head><meta charset="utf-8"></head><body><table>` +
		`<tr><td colspan="3">表3 2023年某市财政收入</td></tr><tr><td colspan="3">单位：万元</td></tr>` +
		`<tr><td>项目</td><td>2023年</td><td>2022年</td></tr>` +
		`<tr><td>税收收入</td><td>361000</td><td>340000</td></tr></table></body></html>`
	dir := t.TempDir()
	p := filepath.Join(dir, "下载.xls")
	os.WriteFile(p, []byte(page), 0o644)
	d, err := Load(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Indicators) != 1 || d.Indicators[0].Name != "税收收入" || d.Indicators[0].Unit != "万元" || len(d.Indicators[0].Points) != 2 {
		t.Errorf("indicators %+v, want 税收收入 in 万元 with 2022 and 2023", d.Indicators)
	}
	q := filepath.Join(dir, "文字.xls")
	os.WriteFile(q, []byte(`<html><body><p>全年收入12亿元。</p></body></html>`), 0o644)
	if _, err := Load(q, Options{}); err == nil || !strings.Contains(err.Error(), "文字.xls") || !strings.Contains(err.Error(), "want a table") {
		t.Errorf("page without a table: err = %v", err)
	}
}

// A note's mark set as a superscript after a figure or a name is left
// out (285000<sup>1</sup> was 2850001, 粮食<sup>[2]</sup> 粮食[2]); a
// unit's exponent (平方米 as m<sup>2</sup>) stays.
func TestHTMLFootnoteMarks(t *testing.T) {
	page := `<html><body><div class="article"><p>全年粮食产量285000<sup>1</sup>吨，耕地面积12.5万hm<sup>2</sup>，增长3.1%<sup>①</sup>。</p>` +
		`<table><tr><td>指标</td><td>2023年</td></tr><tr><td>粮食<sup>[2]</sup></td><td>285000<sup>1</sup></td></tr><tr><td>油料</td><td>12500</td></tr></table></div></body></html>`
	d, err := ReadHTML(strings.NewReader(page), Options{Name: "s.html"})
	if err != nil {
		t.Fatal(err)
	}
	if text := d.Text(); !strings.Contains(text, "全年粮食产量285000吨，耕地面积12.5万hm2，增长3.1%。") {
		t.Errorf("prose %q", text)
	}
	tabs := d.Tables()
	if len(tabs) != 1 || tabs[0].At(1, 0).Text != "粮食" || tabs[0].At(1, 1).Text != "285000" {
		t.Fatalf("table:\n%s", d.PipeText())
	}
}
