package ingest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/doc"
)

// docxFile returns a Word file whose body is the given WordprocessingML
// and whose styles part is styles ("" for none).
func docxFile(t testing.TB, body, styles string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, text string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(text)); err != nil {
			t.Fatal(err)
		}
	}
	add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)
	add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
	add("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+body+`</w:body></w:document>`)
	if styles != "" {
		add("word/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`+styles+`</w:styles>`)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wp is a paragraph of one run.
func wp(text string) string { return `<w:p><w:r><w:t>` + text + `</w:t></w:r></w:p>` }

// wtc is a table cell; props go into w:tcPr.
func wtc(text, props string) string {
	return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + wp(text) + `</w:tc>`
}

const testStyles = `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="MyTitle"><w:name w:val="报告小标题"/><w:basedOn w:val="2"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>`

func TestReadDOCXParagraphsAndHeadings(t *testing.T) {
	body := `<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>某县2023年</w:t></w:r><w:r><w:t xml:space="preserve">工作报告</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="MyTitle"/></w:pPr><w:r><w:t>一、主要成效</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>全年受理案件262件，</w:t></w:r><w:del><w:r><w:delText>删去的字</w:delText></w:r></w:del><w:ins><w:r><w:t>同比下降2.60%。</w:t></w:r></w:ins></w:p>` +
		`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>二、存在问题</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>（一）大纲级别</w:t></w:r></w:p>`
	d, err := ReadDOCX(bytes.NewReader(docxFile(t, body, testStyles)), Options{Name: "r.docx"})
	if err != nil {
		t.Fatal(err)
	}
	type blk struct {
		kind  doc.Kind
		level int
		text  string
	}
	want := []blk{
		{doc.Heading, 1, "某县2023年工作报告"},
		{doc.Heading, 2, "一、主要成效"},
		{doc.Paragraph, 0, "全年受理案件262件，同比下降2.60%。"},
		{doc.Heading, 2, "二、存在问题"},
		{doc.Paragraph, 0, "第一行"},
		{doc.Paragraph, 0, "第二行"},
		{doc.Heading, 3, "（一）大纲级别"},
	}
	var got []blk
	for _, b := range d.Blocks {
		got = append(got, blk{b.Kind, b.Level, b.Text})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %v\nwant %v", got, want)
	}
	if s := d.Blocks[2].Source; s.File != "r.docx" || s.Part != "word/document.xml" || s.Block != 2 || s.Offset <= 0 {
		t.Errorf("source %+v", s)
	}
}

func TestReadDOCXMergedTable(t *testing.T) {
	// | 项目 (vMerge)  | 本报告期 (gridSpan 2)        | 上年同期 (vMerge) |
	// |                | 金额(万元) | 增减变动幅度(%) |                   |
	// | 营业收入       | 1,200.5    | 12.33           | 1,068.8           |
	// gridBefore: a row starting one column in.
	tbl := `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
		`<w:tr>` + wtc("项目", `<w:vMerge w:val="restart"/>`) + wtc("本报告期", `<w:gridSpan w:val="2"/>`) + wtc("上年同期", `<w:vMerge w:val="restart"/>`) + `</w:tr>` +
		`<w:tr>` + wtc("", `<w:vMerge/>`) + wtc("金额(万元)", "") + wtc("增减变动幅度(%)", "") + wtc("", `<w:vMerge/>`) + `</w:tr>` +
		`<w:tr>` + wtc("营业收入", "") + wtc("1,200.5", "") + wtc("12.33", "") + wtc("1,068.8", "") + `</w:tr>` +
		`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>` + wtc("9", "") + wtc("1", "") + wtc("8", "") + `</w:tr>` +
		`</w:tbl>`
	body := wp("表1 主要会计数据") + wp("单位：万元") + tbl + wp("注：本表为合并报表数据。") + wp("正文继续。")
	d, err := ReadDOCX(bytes.NewReader(docxFile(t, body, "")), Options{Name: "r.docx"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Blocks) != 2 || d.Blocks[0].Kind != doc.TableBlock || d.Blocks[1].Text != "正文继续。" {
		t.Fatalf("blocks: %+v", d.Blocks)
	}
	tb := d.Blocks[0].Table
	if tb.Caption != "表1 主要会计数据" || tb.Unit != "万元" || !reflect.DeepEqual(tb.Notes, []string{"注：本表为合并报表数据。"}) {
		t.Errorf("caption %q unit %q notes %q", tb.Caption, tb.Unit, tb.Notes)
	}
	if tb.NumRows() != 4 || tb.NumCols() != 4 || tb.HeaderRows != 2 {
		t.Fatalf("grid %d×%d header %d; want 4×4, 2", tb.NumRows(), tb.NumCols(), tb.HeaderRows)
	}
	if c := tb.At(1, 0); c.Text != "项目" || c.Row != 0 || c.RowSpan != 2 {
		t.Errorf("vMerge: At(1,0) = %+v", c)
	}
	if c := tb.At(1, 3); c.Text != "上年同期" || c.RowSpan != 2 {
		t.Errorf("vMerge: At(1,3) = %+v", c)
	}
	if c := tb.At(0, 2); c.Text != "本报告期" || c.Col != 1 || c.ColSpan != 2 {
		t.Errorf("gridSpan: At(0,2) = %+v", c)
	}
	if got := tb.ColumnPath(2); !reflect.DeepEqual(got, []string{"本报告期", "增减变动幅度(%)"}) {
		t.Errorf("ColumnPath(2) = %q", got)
	}
	if tb.At(3, 0).Text != "" || tb.At(3, 1).Text != "9" {
		t.Errorf("gridBefore: row 3 = %q %q", tb.At(3, 0).Text, tb.At(3, 1).Text)
	}
	data := tb.Data()
	if data[0].Text != "1,200.5" || data[0].Unit != "万元" || data[1].Column.Change != doc.ChangePercent || data[2].Column.Period.Rel != doc.RelPrior {
		t.Errorf("data %+v", data[:3])
	}
}

func TestReadDOCXZipBomb(t *testing.T) {
	defer func(c int64) { docxPartCap = c }(docxPartCap)
	docxPartCap = 1 << 20 // so that the test bomb is small to make
	chunk := bytes.Repeat([]byte(" "), 1<<20)

	// A part whose header says it is larger than the cap.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write(chunk)
	w.Write(chunk)
	zw.Close()
	_, err := ReadDOCX(bytes.NewReader(buf.Bytes()), Options{Name: "bomb.docx"})
	if !errors.Is(err, ErrPartTooLarge) || !strings.Contains(err.Error(), "bomb.docx") || !strings.Contains(err.Error(), "word/document.xml") {
		t.Fatalf("err = %v, want ErrPartTooLarge naming the file and part", err)
	}

	// A part whose header lies (says 100 bytes): archive/zip stops at the
	// size the header gives, so the lie is an error too, not a bomb.
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	fw.Write(chunk)
	fw.Write(chunk)
	fw.Close()
	buf.Reset()
	zw = zip.NewWriter(&buf)
	raw, _ := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: 100, CRC32: 0})
	raw.Write(comp.Bytes())
	zw.Close()
	_, err = ReadDOCX(bytes.NewReader(buf.Bytes()), Options{Name: "liar.docx"})
	if err == nil || !strings.Contains(err.Error(), "liar.docx: word/document.xml") {
		t.Fatalf("lying header: err = %v, want an error naming the file and part", err)
	}
}

func TestReadDOCXBadInput(t *testing.T) {
	for name, in := range map[string][]byte{
		"not a zip":   []byte("hello"),
		"no document": docxFileWithout(t),
		"broken xml":  docxFile(t, `<w:p><w:r><w:t>abc`, ""),
	} {
		_, err := ReadDOCX(bytes.NewReader(in), Options{Name: "x.docx"})
		if err == nil || !strings.Contains(err.Error(), "x.docx") {
			t.Errorf("%s: err = %v, want an error naming x.docx", name, err)
		}
	}
}

func docxFileWithout(t *testing.T) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("other.xml")
	w.Write([]byte("<a/>"))
	zw.Close()
	return buf.Bytes()
}

func TestHeadingStyleLevel(t *testing.T) {
	for in, want := range map[string]int{
		"heading 1": 1, "Heading 2": 2, "heading3": 3, "标题 1": 1, "标题2": 2, "Title": 1, "1": 1, "9": 6,
		"Normal": 0, "正文": 0, "": 0, "heading 10": 0,
	} {
		if got := HeadingStyleLevel(in); got != want {
			t.Errorf("HeadingStyleLevel(%q) = %d, want %d", in, got, want)
		}
	}
}
