package docx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"log"
	"strings"
	"time"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/docx"
	"github.com/annualstat/annualstat/report/present"
)

// A document of a heading, a paragraph and a table, written to memory.
// No font is needed: Word documents name their fonts.
func ExampleWrite() {
	doc := &docx.Document{
		Title: "某区2022年市场主体发展情况",
		Org:   "某区市场监督管理局",
		Date:  time.Date(2023, 2, 22, 0, 0, 0, 0, time.UTC),
		Blocks: []docx.Block{
			&docx.Heading{Level: 1, Text: "一、总体情况"},
			&docx.Paragraph{Text: "全区实有各类市场主体28716户，比上年增长12.33%。"},
			&docx.Table{
				Caption: "表1 市场主体情况", Unit: "单位：户",
				Header: [][]docx.Cell{{{Text: "指标"}, {Text: "2021年"}, {Text: "2022年"}}},
				Rows: []docx.Row{
					{Cells: []string{"实有各类市场主体", "25564", "28716"}},
					{Cells: []string{"其中：企业", "8120", "9034"}, Level: 1},
				},
				Numeric: []bool{false, true, true},
				Notes:   []string{"注：企业含分支机构。"},
				Source:  "资料来源：区市场监督管理局",
			},
		},
	}
	var buf bytes.Buffer
	if err := docx.Write(&buf, doc, docx.Options{}); err != nil {
		log.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, _ := f.Open()
		body, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Println(strings.Contains(string(body), "<w:tblHeader/>"))
		fmt.Println(strings.Contains(string(body), `<w:pgSz w:w="11906" w:h="16838"/>`))
		fmt.Println(strings.Contains(string(body), "2023年2月22日"))
	}
	// Output:
	// true
	// true
	// true
}

// The Word document of a presentation: present.New decides what the
// appendix shows, FromPresent lays it out. Pictures of the charts (PNG,
// from report/chart) go in by the index of doc.Charts; here there are
// none.
func ExampleFromPresent() {
	d := &analysis.Dataset{Title: "某区2022年统计附录", Org: "某区统计局"}
	ind := d.Indicator("市场主体", "实有各类市场主体", "户")
	ind.Set(analysis.Point{Year: 2021, Value: 25564})
	ind.Set(analysis.Point{Year: 2022, Value: 28716})
	t, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		log.Fatal(err)
	}
	p := present.New(t, nil, present.Options{Date: time.Date(2023, 2, 22, 0, 0, 0, 0, time.UTC)})
	doc := docx.FromPresent(p, nil)
	for _, b := range doc.Blocks {
		switch b := b.(type) {
		case *docx.Heading:
			fmt.Println("heading:", b.Text)
		case *docx.Paragraph:
			fmt.Println("paragraph:", b.Text)
		case *docx.Table:
			fmt.Println("table:", b.Caption, b.Unit, len(b.Rows), "rows")
		}
	}
	fmt.Println(docx.ChineseDate(doc.Date))
	// Output:
	// heading: 一、市场主体
	// paragraph: 实有各类市场主体28716户，比上年增长12.33%。
	// table: 表1 2022年主要指标 单位：户 2 rows
	// 2023年2月22日
}
