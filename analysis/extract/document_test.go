package extract

import (
	"testing"

	"github.com/annualstat/annualstat/analysis/doc"
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
