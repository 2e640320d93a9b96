package extract

import (
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/doc"
)

// notedDocument is a report in traditional script as a stored copy writes
// it, with pinyin reading notes inside its words: a heading, a paragraph,
// and a table whose caption, unit line, cells and note carry notes.
func notedDocument(t *testing.T) *doc.Document {
	t.Helper()
	var b doc.Builder
	b.Row()
	b.Cell("指標", 1, 1, doc.Source{})
	b.Cell("2023年", 1, 1, doc.Source{})
	b.Cell("比上年增長(zhǎng)(%)", 1, 1, doc.Source{})
	b.Row()
	b.Cell("營業收入", 1, 1, doc.Source{})
	b.Cell("1,234萬(wàn)元", 1, 1, doc.Source{})
	b.Cell("3.5", 1, 1, doc.Source{})
	b.Row()
	b.Cell("稅(shuì)收", 1, 1, doc.Source{})
	b.Cell("56", 1, 1, doc.Source{})
	b.Cell("-1.2", 1, 1, doc.Source{})
	tab, err := b.Table()
	if err != nil {
		t.Fatal(err)
	}
	tab.HeaderRows, tab.LabelCols = 1, 1
	tab.Caption = "主要經(jīng)濟指標"
	tab.Unit = "萬(wàn)元"
	tab.Notes = []string{"注：年末常住人口123.4萬(wàn)人。"}
	d := &doc.Document{Name: "report.html"}
	d.Add(doc.Block{Kind: doc.Heading, Level: 1, Text: "某縣2023年統(tǒng)計公報"})
	d.Add(doc.Block{Kind: doc.Heading, Level: 2, Text: "農(nóng)業"})
	d.Add(doc.Block{Kind: doc.Paragraph, Text: "全年糧食產(chǎn)量36.17萬(wàn)噸,增長(zhǎng)2.1%。"})
	d.Add(doc.Block{Kind: doc.TableBlock, Table: tab})
	d.Add(doc.Block{Kind: doc.Paragraph, Text: "全年財(cái)政收入20萬(wàn)元，下降(jiàng)0.5%。"})
	return d
}

// TestDocumentReadingNotes: ExtractDocument reads a document's paragraphs,
// cells, unit line and table notes as if their reading notes were not there
// (stripDocumentNotes), and gives every figure its place and sentence as
// written (restoreDocumentNotes).
func TestDocumentReadingNotes(t *testing.T) {
	d := notedDocument(t)
	figs, err := ExtractDocument(d, Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, "noted document", figs, []wantFig{
		{ind: "糧食產量", value: 36.17, unit: "万吨", changes: []string{"growth_pct 2.1"}},
		{ind: "營業收入", value: 1234, unit: "万元", changes: []string{"growth_pct 3.5"}},
		{ind: "稅收", value: 56, unit: "万元", changes: []string{"growth_pct -1.2"}},
		{ind: "常住人口", value: 123.4, unit: "万人"},
		{ind: "財政收入", value: 20, unit: "万元", changes: []string{"growth_pct -0.5"}},
	})
	if len(figs) != 5 {
		return
	}
	text := d.Text()
	for _, k := range []int{0, 4} {
		f := figs[k]
		if !f.InInput() || f.Sentence != text[f.SentenceSpan[0]:f.SentenceSpan[1]] {
			t.Errorf("prose figure %d: sentence %q at %v, not the text as written", k, f.Sentence, f.SentenceSpan)
		}
	}
	if got := text[figs[0].Span[0]:figs[0].Span[1]]; !strings.HasPrefix(got, "糧食產(chǎn)量") || !strings.Contains(got, "萬(wàn)噸") {
		t.Errorf("span %v is %q, want 糧食產(chǎn)量…萬(wàn)噸", figs[0].Span, got)
	}
	if got := text[figs[4].Span[0]:figs[4].Span[1]]; !strings.HasPrefix(got, "財(cái)政收入") {
		t.Errorf("span %v is %q, want 財(cái)政收入…", figs[4].Span, got)
	}
	if figs[0].Section != "農業" {
		t.Errorf("section %q, want 農業", figs[0].Section)
	}
	if f := figs[1]; f.Sentence != "營業收入 | 1,234萬(wàn)元 | 3.5" || f.Source.Table != 1 || f.Source.Row != 1 || f.Source.Col != 1 {
		t.Errorf("cell figure: sentence %q source %+v", f.Sentence, f.Source)
	}
	if f := figs[3]; f.Sentence != "注：年末常住人口123.4萬(wàn)人" || f.Source.Row != -1 {
		t.Errorf("note figure: sentence %q source %+v", f.Sentence, f.Source)
	}
}

// TestDocumentWithoutReadingNotes: brackets that are no reading note (a
// list marker, a year, a Latin abbreviation, a pinyin without tone marks)
// stay, and a document without notes is read as it was.
func TestDocumentWithoutReadingNotes(t *testing.T) {
	d := &doc.Document{Name: "report.html"}
	d.Add(doc.Block{Kind: doc.Heading, Level: 1, Text: "某市2023年统计公报"})
	d.Add(doc.Block{Kind: doc.Paragraph, Text: "(一)地区生产总值(GDP)1200亿元(2023年)，增长5.2%。"})
	d.Add(doc.Block{Kind: doc.Paragraph, Text: "（二）技改投资(wan)80亿元。"})
	nd, shifts, noted := stripDocumentNotes(d)
	if noted || shifts != nil || nd != d {
		t.Fatalf("stripDocumentNotes cut %v from a document without notes", shifts)
	}
	figs, err := ExtractDocument(d, Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	text := d.Text()
	for _, f := range figs {
		if f.Sentence != text[f.SentenceSpan[0]:f.SentenceSpan[1]] {
			t.Errorf("%s: sentence %q at %v", f.Indicator, f.Sentence, f.SentenceSpan)
		}
	}
	if len(figs) == 0 || !strings.Contains(figs[0].Indicator, "地区生产总值") || figs[0].Value != 1200 {
		t.Errorf("figures %+v", figs)
	}
	for _, s := range []string{"(一)地区", "（二）技改", "总值(GDP)", "亿元(2023年)", "投资(wan)", "萬(wan)元"} {
		if got, sh := stripReadingNotes(s); got != s || sh != nil {
			t.Errorf("stripReadingNotes(%q) = %q, want it unchanged", s, got)
		}
	}
}
