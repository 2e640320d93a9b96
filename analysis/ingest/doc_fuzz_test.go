package ingest

import (
	"bytes"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/doc"
)

// checkDocument asserts what every reader promises of a document: blocks
// numbered in order, named after the file, rectangular tables whose every
// position refers to a cell that covers it, and data helpers that run.
func checkDocument(t *testing.T, d *doc.Document, name string) {
	t.Helper()
	if d == nil {
		t.Fatal("nil document without an error")
	}
	for i, b := range d.Blocks {
		if b.Source.Block != i || b.Source.File != name {
			t.Fatalf("block %d source %+v", i, b.Source)
		}
		if (b.Kind == doc.TableBlock) != (b.Table != nil) {
			t.Fatalf("block %d kind %v table %v", i, b.Kind, b.Table != nil)
		}
		if b.Table == nil {
			if b.Text == "" || strings.TrimSpace(b.Text) != b.Text {
				t.Fatalf("block %d text %q", i, b.Text)
			}
			continue
		}
		tb := b.Table
		w := tb.NumCols()
		for r, row := range tb.Rows {
			if len(row) != w {
				t.Fatalf("table %d row %d has %d cells, want %d", i, r, len(row), w)
			}
			for c, x := range row {
				if x.RowSpan < 1 || x.ColSpan < 1 || x.Row > r || x.Col > c || x.Row+x.RowSpan <= r || x.Col+x.ColSpan <= c {
					t.Fatalf("table %d (%d,%d) holds %+v, which does not cover it", i, r, c, x)
				}
				if o := tb.At(x.Row, x.Col); o.Text != x.Text {
					t.Fatalf("table %d (%d,%d) copy %q differs from its origin %q", i, r, c, x.Text, o.Text)
				}
			}
		}
		if tb.HeaderRows < 0 || tb.HeaderRows > tb.NumRows() || tb.LabelCols < 0 || tb.LabelCols > w {
			t.Fatalf("table %d layout %d/%d of %d×%d", i, tb.HeaderRows, tb.LabelCols, tb.NumRows(), w)
		}
		tb.Data()
	}
	d.PipeText()
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(testPage))
	for _, s := range []string{
		`<table><tr><td rowspan=3 colspan=2>a</td><td>1</td></tr><tr><td>2</td></tr></table>`,
		`<p>一<br>二<table><tr><th>x<td>1<tr><td>y<td rowspan=0>2</table>`,
		`<meta charset="gbk"><div class="nav">首页</div><div><p align=center><b>标题</b></p><p>正文12亿元。</p></div>`,
		`<div><div><div></p></td></tr></table></div>`,
		"\xef\xbb\xbf<p>\x00</p>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ReadHTML(bytes.NewReader(b), Options{Name: "fuzz.html"})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.html") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		checkDocument(t, d, "fuzz.html")
	})
}

func FuzzReadDOCX(f *testing.F) {
	tbl := `<w:tbl><w:tr>` + wtc("项目", `<w:vMerge w:val="restart"/>`) + wtc("本期", `<w:gridSpan w:val="2"/>`) + `</w:tr>` +
		`<w:tr>` + wtc("", `<w:vMerge/>`) + wtc("数", "") + wtc("增减(%)", "") + `</w:tr>` +
		`<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>` + wtc("1", `<w:vMerge/>`) + `</w:tr></w:tbl>`
	f.Add(docxFile(f, wp("标题")+tbl+wp("注：说明。"), testStyles))
	f.Add(docxFile(f, `<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>一</w:t><w:br/><w:tab/></w:r></w:p>`, ""))
	f.Add([]byte("PK\x03\x04garbage"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ReadDOCX(bytes.NewReader(b), Options{Name: "fuzz.docx"})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.docx") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		checkDocument(t, d, "fuzz.docx")
	})
}

// FuzzDOCXBody fuzzes the body XML of a well-formed archive, which the
// archive fuzzer rarely reaches.
func FuzzDOCXBody(f *testing.F) {
	f.Add(wp("一") + `<w:tbl><w:tr>` + wtc("a", `<w:gridSpan w:val="3"/>`) + `</w:tr><w:tr>` + wtc("1", `<w:vMerge w:val="restart"/>`) + wtc("2", "") + `</w:tr><w:tr>` + wtc("", `<w:vMerge/>`) + `</w:tr></w:tbl>`)
	f.Add(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>标题</w:t></w:r></w:p>`)
	styles := parseDocxStyles([]byte(`<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` + testStyles + `</w:styles>`))
	f.Fuzz(func(t *testing.T, body string) {
		d := &doc.Document{Name: "fuzz.docx"}
		p := &docxParser{d: d, styles: styles, part: "word/document.xml", budget: newCellBudget()}
		xml := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`
		if err := p.parse([]byte(xml)); err != nil {
			return
		}
		attachTableParagraphs(d)
		checkDocument(t, d, "fuzz.docx")
	})
}

func FuzzReadTextDocument(f *testing.F) {
	for _, s := range []string{
		"表1 收支\n单位：万元\n| 项目 | 2022年 | 2023年 |\n|---|---|---|\n| 收入 | 1 | 2 |\n注：说明。\n",
		"指标\t本期\t上期\nx\t1\t2\ny\t3\t4\n",
		"                 2023年\n  产业      金额      增长(%)\n  一产      1.5       2\n  其中\n  二产      3         4\n",
		"热搜:\n标题 -网站\n首页 > 公开 > 报告\n标题\n一、总体\n正文12亿元。\n",
		"|\n||\n|||\n\t\t\n  a  b\n",
		// box-drawn, and aligned as pdftotext lays out tight cells
		"┌──┬──┐\n│项│年│\n├──┼──┤\n│甲│ 1│\n│乙│ 2│\n└──┴──┘\n",
		"          2022 年        2021 年\n项目   2023 年   调整后 调整前   调整后\n\n收入  1,520.5 1,380.2 1,375.0    1,200.0\n\n利\n润 60.3      58.0    57.5      50.0\n",
		// a table over pages: header repeated, none, a lone last row,
		// running heads and feet, labels wrapped round their numbers
		"  公报\n乡镇      总值   增长\n\n第 1 号  1.5   2\n\n第 2 号  3   4\n  第 1 页\n\f  公报\n乡镇   总值   增长\n\n\n\n第 3 号   5   6\n\f  公报\n第 4 号     7     8\n\f第 5 号   9   1\n",
		"指标名称（按行业分组统计口 本年累计     比上年\n径）            （亿元）     增长（%）\n\n全市规模以上工业企业实现营\n              3521.6   6.3\n业收入\n\n全市规模\n              210.8    -2.7\n润总额\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, mode := range []textMode{{}, {pdf: true}} {
			d := parseTextDocument(s, "fuzz.txt", mode)
			checkDocument(t, d, "fuzz.txt")
			if mode.pdf && d.Plain != "" || !mode.pdf && len(d.Plain) != len(s) {
				t.Fatalf("Plain has %d bytes for %d of input (pdf %v)", len(d.Plain), len(s), mode.pdf)
			}
			for _, b := range d.Blocks {
				if b.Table != nil {
					continue
				}
				if b.Source.Offset < 0 || b.Source.Offset > len(s) {
					t.Fatalf("offset %d outside the input", b.Source.Offset)
				}
			}
		}
	})
}

// FuzzReadDocument fuzzes what ReadDocument tells from a file's name and
// first bytes (checkContent, zipFormat) and the workbook reader behind it
// (ReadXLSXDocument); PDF content, which goes to pdftotext, is left out.
func FuzzReadDocument(f *testing.F) {
	names := []string{"fuzz.xlsx", "fuzz.docx", "fuzz.html", "fuzz.txt", "fuzz", "fuzz.xls"}
	f.Add(uint8(0), publishedWorkbookBytes(f))
	f.Add(uint8(1), publishedWorkbookBytes(f))
	f.Add(uint8(4), publishedWorkbookBytes(f))
	f.Add(uint8(0), docxFile(f, wp("一、总体")+wp("收入12亿元。"), ""))
	f.Add(uint8(4), []byte("PK\x03\x04\x14\x00\x00\x08\x00\x00\xf7d\x83]\x85l9\x8a.\x00\x00\x00.\x00\x00\x00\x08\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet"))
	f.Add(uint8(5), []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0})
	f.Add(uint8(2), []byte("<html><body><p>二、收入</p><p>收入12亿元。</p></body></html>"))
	f.Add(uint8(3), []byte(""))
	f.Fuzz(func(t *testing.T, n uint8, b []byte) {
		name := names[int(n)%len(names)]
		if bytes.HasPrefix(b, pdfMagic) {
			return
		}
		d, err := ReadDocument(bytes.NewReader(b), name, Options{})
		if err != nil {
			if !strings.HasPrefix(err.Error(), name) {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		checkDocument(t, d, name)
	})
}
