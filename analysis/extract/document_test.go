package extract

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/doc"
	"github.com/annualstat/annualstat/analysis/ingest"
)

// TestExtractDocument: a document as the readers give it: a title, a
// section heading, a paragraph and a table with merged header cells.
func TestExtractDocument(t *testing.T) {
	var b doc.Builder
	b.Row()
	b.Cell("地区", 2, 1, doc.Source{})
	b.Cell("地区生产总值", 1, 2, doc.Source{})
	b.Cell("人口(万人)", 2, 1, doc.Source{})
	b.Row()
	b.Cell("2023年(亿元)", 1, 1, doc.Source{})
	b.Cell("比上年增长(%)", 1, 1, doc.Source{})
	b.Row()
	b.Cell("甲市", 1, 1, doc.Source{})
	b.Cell("1,234.5", 1, 1, doc.Source{})
	b.Cell("5.2", 1, 1, doc.Source{})
	b.Cell("312.4", 1, 1, doc.Source{})
	tab, err := b.Table()
	if err != nil {
		t.Fatal(err)
	}
	tab.HeaderRows, tab.LabelCols = 2, 1
	d := &doc.Document{Name: "report.html"}
	d.Add(doc.Block{Kind: doc.Heading, Level: 1, Text: "某市2023年统计公报"})
	d.Add(doc.Block{Kind: doc.Heading, Level: 2, Text: "综合"})
	d.Add(doc.Block{Kind: doc.Paragraph, Text: "全年受理案件120件，同比下降2.5%。"})
	d.Add(doc.Block{Kind: doc.TableBlock, Table: tab})
	figs, err := ExtractDocument(d, Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, "document", figs, []wantFig{
		{ind: "受理案件", value: 120, unit: "件", changes: []string{"growth_pct -2.5"}},
		{ind: "甲市地区生产总值", value: 1234.5, unit: "亿元", changes: []string{"growth_pct 5.2"}},
		{ind: "甲市人口", value: 312.4, unit: "万人"},
	})
	if figs[0].Section != "综合" || figs[0].Source.File != "report.html" || figs[0].Source.Table != 0 {
		t.Errorf("prose figure: section %q source %+v", figs[0].Section, figs[0].Source)
	}
	if s := figs[1].Source; s.Table != 1 || s.Row != 2 || s.Col != 1 || s.File != "report.html" {
		t.Errorf("table figure source %+v", s)
	}
	if figs[1].Year != 2023 || figs[1].Sentence != "甲市 | 1,234.5 | 5.2 | 312.4" {
		t.Errorf("table figure year %d sentence %q", figs[1].Year, figs[1].Sentence)
	}
}

// TestDocumentCellProvenance: a cell of a document's table has no place in
// the input text: InInput is false, the JSON span and sentence_span are
// null and the CSV span cells empty, while Source and Sentence (the row)
// place it; a prose figure keeps its spans in d.Text().
func TestDocumentCellProvenance(t *testing.T) {
	var b doc.Builder
	b.Row()
	b.Cell("项目", 1, 1, doc.Source{})
	b.Cell("金额(万元)", 1, 1, doc.Source{})
	b.Row()
	b.Cell("教育支出", 1, 1, doc.Source{})
	b.Cell("850", 1, 1, doc.Source{})
	tab, err := b.Table()
	if err != nil {
		t.Fatal(err)
	}
	tab.HeaderRows, tab.LabelCols = 1, 1
	d := &doc.Document{Name: "budget.docx"}
	d.Add(doc.Block{Kind: doc.Paragraph, Text: "全年办结案件98件。"})
	d.Add(doc.Block{Kind: doc.TableBlock, Table: tab})
	figs, err := ExtractDocument(d, Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	if len(figs) != 2 {
		t.Fatalf("%d figures, want 2", len(figs))
	}
	text := d.Text()
	if p := figs[0]; !p.InInput() || text[p.Span[0]:p.Span[1]] != "办结案件98件" || text[p.SentenceSpan[0]:p.SentenceSpan[1]] != p.Sentence {
		t.Errorf("prose figure: span %v sentence span %v in %q", p.Span, p.SentenceSpan, text)
	}
	c := figs[1]
	if c.InInput() || c.Span != [2]int{} || c.SentenceSpan != [2]int{} {
		t.Errorf("table cell: InInput %v span %v %v, want no place", c.InInput(), c.Span, c.SentenceSpan)
	}
	if c.Source != (Source{File: "budget.docx", Table: 1, Row: 1, Col: 1}) || c.Sentence != "教育支出 | 850" {
		t.Errorf("table cell: source %+v sentence %q", c.Source, c.Sentence)
	}
	var js bytes.Buffer
	if err := WriteJSON(&js, figs); err != nil {
		t.Fatal(err)
	}
	var objs []map[string]any
	if err := json.Unmarshal(js.Bytes(), &objs); err != nil {
		t.Fatal(err)
	}
	if objs[0]["span"] == nil || objs[0]["sentence_span"] == nil {
		t.Error("JSON: the prose figure lost its spans")
	}
	if v, ok := objs[1]["span"]; !ok || v != nil {
		t.Errorf("JSON: table cell span %v, want null", v)
	}
	if v, ok := objs[1]["sentence_span"]; !ok || v != nil {
		t.Errorf("JSON: table cell sentence_span %v, want null", v)
	}
	var cs bytes.Buffer
	if err := WriteCSV(&cs, figs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cs).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if r := rows[2]; r[col["span_start"]] != "" || r[col["span_end"]] != "" || r[col["table"]] != "1" || r[col["row"]] != "1" || r[col["col"]] != "1" {
		t.Errorf("CSV table cell row %q", r)
	}
	if r := rows[1]; r[col["span_start"]] == "" {
		t.Errorf("CSV prose row %q lost its span", r)
	}
}

// TestDocumentTwoLabelColumns: a document's table labelled by two columns,
// the outer merged down: each row is named by its label path without the
// list markers.
func TestDocumentTwoLabelColumns(t *testing.T) {
	var b doc.Builder
	b.Row()
	b.Cell("项目", 1, 2, doc.Source{})
	b.Cell("自然人", 1, 1, doc.Source{})
	b.Row()
	b.Cell("三、本年度办理结果", 2, 1, doc.Source{})
	b.Cell("（一）予以公开", 1, 1, doc.Source{})
	b.Cell("12", 1, 1, doc.Source{})
	b.Row()
	b.Cell("（二）部分公开", 1, 1, doc.Source{})
	b.Cell("4", 1, 1, doc.Source{})
	tab, err := b.Table()
	if err != nil {
		t.Fatal(err)
	}
	tab.HeaderRows, tab.LabelCols = 1, 2
	d := &doc.Document{Name: "xxgk.html"}
	d.Add(doc.Block{Kind: doc.TableBlock, Table: tab})
	figs, err := ExtractDocument(d, Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, "document T3", figs, []wantFig{
		{ind: "本年度办理结果予以公开自然人", value: 12}, {ind: "本年度办理结果部分公开自然人", value: 4}})
}

// TestExtractDocumentPlainText: a text file read through ingest is read
// as Extract reads its text: a table whose rows the copy broke into one
// cell a line (which the document's text table reader does not see) gives
// its figures, with spans in the text as written, and the page's
// boilerplate line gives none.
func TestExtractDocumentPlainText(t *testing.T) {
	text := "某县2023年国民经济主要指标\n" +
		"发布日期：2024-03-05 浏览次数：1532\n" +
		"全县地区生产总值达到256.8亿元，比上年增长5.6%。\n" +
		"表1 主要经济指标\n指标\n单位\n绝对数\n比上年增长(%)\n" +
		"地区生产总值\n亿元\n256.8\n5.6\n" +
		"一般公共预算收入\n亿元\n18.3\n7.1\n" +
		"社会消费品零售总额\n亿元\n96.4\n4.8\n"
	d, err := ingest.ReadDocument(strings.NewReader(text), "report.txt", ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := ExtractDocument(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := Extract([]byte(text), Options{File: "report.txt"})
	if err != nil {
		t.Fatal(err)
	}
	type cell struct {
		name   string
		value  float64
		growth float64
	}
	var cells []cell
	table := strings.Index(text, "表1")
	for _, f := range got {
		if f.Source.File != "report.txt" {
			t.Errorf("%s: Source.File %q, want report.txt", f.Indicator, f.Source.File)
		}
		if f.Value == 1532 || f.Value == 2024 {
			t.Errorf("a figure from the page's boilerplate line: %s %v", f.Indicator, f.Value)
		}
		if f.Span[0] > table && len(f.Changes) == 1 {
			cells = append(cells, cell{f.Indicator, f.Value, f.Changes[0].Value})
		}
	}
	wantCells := []cell{{"地区生产总值", 256.8, 5.6}, {"一般公共预算收入", 18.3, 7.1}, {"社会消费品零售总额", 96.4, 4.8}}
	if !reflect.DeepEqual(cells, wantCells) {
		t.Errorf("table cells %v, want %v", cells, wantCells)
	}
	if len(got) != len(want) {
		t.Fatalf("%d figures, Extract of the text gives %d", len(got), len(want))
	}
	for i := range got {
		if got[i].Indicator != want[i].Indicator || got[i].Span != want[i].Span {
			t.Errorf("figure %d: %s %v, Extract gives %s %v", i, got[i].Indicator, got[i].Span, want[i].Indicator, want[i].Span)
		}
	}
}
