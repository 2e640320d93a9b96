package docx

import (
	"strings"
	"testing"
	"time"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/present"
)

func TestChineseNumber(t *testing.T) {
	for n, want := range map[int]string{1: "一", 9: "九", 10: "十", 11: "十一", 20: "二十", 21: "二十一", 99: "九十九", 100: "100"} {
		if got := ChineseNumber(n); got != want {
			t.Errorf("ChineseNumber(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestNoteLines(t *testing.T) {
	got := NoteLines([]present.Note{{Text: "“—”表示无意义。"}, {Ref: "①", Text: "含个体工商户。"}})
	want := []string{"注：1.“—”表示无意义。", "　　①含个体工商户。"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("NoteLines = %q, want %q", got, want)
	}
	if got := NoteLines([]present.Note{{Text: "单独一条。"}}); len(got) != 1 || got[0] != "注：单独一条。" {
		t.Errorf("one note: %q", got)
	}
}

// FromPresent keeps the presentation's decisions: its caption, unit
// line, header texts, section rows across the table, shown cells and
// signature.
func TestFromPresent(t *testing.T) {
	d := &analysis.Dataset{Title: "某区2022年统计附录", Org: "某区统计局", Source: "某区统计局"}
	for i, v := range [][2]float64{{25564, 28716}, {4182, 4698}} {
		ind := d.Indicator("市场主体", []string{"实有各类市场主体", "新增各类市场主体"}[i], "户")
		_ = ind.Set(analysis.Point{Year: 2021, Value: v[0]})
		_ = ind.Set(analysis.Point{Year: 2022, Value: v[1]})
	}
	tb, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := present.New(tb, nil, present.Options{Date: time.Date(2023, 2, 22, 0, 0, 0, 0, time.UTC)})
	w := FromPresent(doc, nil)
	if w.Title != "某区2022年统计附录" || w.Org != "某区统计局" || w.Date.Day() != 22 {
		t.Errorf("title %q org %q date %v", w.Title, w.Org, w.Date)
	}
	var tables []*Table
	for _, b := range w.Blocks {
		switch b := b.(type) {
		case *Table:
			tables = append(tables, b)
		case *Figure:
			t.Error("a figure without a picture")
		}
	}
	if len(tables) != 1 {
		t.Fatalf("%d tables", len(tables))
	}
	x := tables[0]
	if x.Caption != doc.Tables[0].Caption || x.Unit != "单位：户" {
		t.Errorf("caption %q unit %q", x.Caption, x.Unit)
	}
	if len(x.Rows) != 3 || !x.Rows[0].Section || x.Rows[0].Cells[0] != "市场主体" {
		t.Fatalf("rows %+v, want a section row and two items", x.Rows)
	}
	if x.Rows[1].Cells[len(x.Rows[1].Cells)-1] != "12.33" || x.Rows[1].Cells[2] != "28716" {
		t.Errorf("item row %q", x.Rows[1].Cells)
	}
	if len(x.Header) != 1 || x.Header[0][0].Text != "指标" || !x.Numeric[2] || x.Numeric[0] {
		t.Errorf("header %+v numeric %v", x.Header, x.Numeric)
	}
	p := parts(t, build(t, w, Options{}))
	if !strings.Contains(string(p["word/document.xml"]), `<w:gridSpan w:val="`) {
		t.Error("the section row does not span the table")
	}
}

// FromPresentRows cuts the narrative and the main table at the first rows,
// as the PDF does, and says so; 0 keeps every row.
func TestFromPresentRows(t *testing.T) {
	d := &analysis.Dataset{Title: "某区2022年统计附录"}
	for i, name := range []string{"甲指标", "乙指标", "丙指标"} {
		ind := d.Indicator([]string{"一部分", "一部分", "二部分"}[i], name, "户")
		_ = ind.Set(analysis.Point{Year: 2021, Value: 100})
		_ = ind.Set(analysis.Point{Year: 2022, Value: 110})
	}
	tb, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := present.New(tb, nil, present.Options{})
	text := func(w *Document) (paras []string, items int) {
		for _, b := range w.Blocks {
			switch b := b.(type) {
			case *Heading:
				paras = append(paras, b.Text)
			case *Paragraph:
				paras = append(paras, b.Text)
			case *Table:
				for _, r := range b.Rows {
					if !r.Section {
						items++
					}
				}
			}
		}
		return paras, items
	}
	paras, items := text(FromPresentRows(doc, nil, 1))
	all := strings.Join(paras, "|")
	if items != 1 || !strings.Contains(all, "甲指标") || strings.Contains(all, "乙指标") || strings.Contains(all, "二部分") {
		t.Errorf("1 row: %d item rows, text %q", items, all)
	}
	if !strings.Contains(all, "以下仅列出前1项指标的表述。") || !strings.Contains(all, "本表列出前1项指标，共3项；全部指标见工作簿。") {
		t.Errorf("1 row: no note of the cut in %q", all)
	}
	for _, n := range []int{0, 3, 5} {
		paras, items := text(FromPresentRows(doc, nil, n))
		all := strings.Join(paras, "|")
		if items != 3 || !strings.Contains(all, "丙指标") || strings.Contains(all, "仅列出") || strings.Contains(all, "本表列出") {
			t.Errorf("%d rows: %d item rows, text %q", n, items, all)
		}
	}
}
