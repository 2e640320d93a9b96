package extract

// The document path measured against the text path on the dev set's
// tables: each table excerpt of testdata/eval/dev*.json written as the web
// page it was copied from (the same cells as an HTML table, merged header
// cells as rowspan and colspan, the prose around it as paragraphs), read
// with ingest.ReadDocument and ExtractDocument, and scored with the eval
// scorer. The pages are written by hand from the excerpts' texts: the text
// copies break cells over lines, which a page does not.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/ingest"
)

// devTablePages are the dev table excerpts as HTML pages, by text id.
var devTablePages = map[string]string{
	"dev-budget-puyang-2023m3": `<html><head><meta charset="utf-8"><title>3月份财政收支情况</title></head><body>
<div class="content">
<p>3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。收入规模位居全省第15位,同比提升1个位次;收入增幅高于省辖市平均增幅3.7个百分点,居全省第6位,同比提升1个位次;税收比重为70.9%,位居全省第3位,同比回落1个位次。3月份,全市一般公共预算支出当月完成380990万元,增长15.8%,累计完成744234万元,下降4.1%。支出规模位居全省第13位,同比持平;支出增幅高于省辖市平均增幅3.3个百分点,居全省第8位,同比回落6个位次。市本级及各县区具体情况如下表:</p>
<p>单位:万元</p>
<table border="1">
<tr><td rowspan="2">单位名称</td><td colspan="4">一般公共预算收入</td><td rowspan="2">税收比重%</td><td colspan="4">一般公共预算支出</td></tr>
<tr><td>当月</td><td>累计</td><td>为预算的%</td><td>增幅%</td><td>当月</td><td>累计</td><td>为预算的%</td><td>增幅%</td></tr>
` + devRows([][]string{
		{"濮阳市", "73795", "234267", "", "-10.9", "70.9", "380990", "744234", "", "-4.1"},
		{"市本级", "14070", "54065", "", "-22.8", "61.4", "59373", "129558", "", "-27.6"},
		{"县区级", "59725", "180202", "", "-6.6", "73.8", "321617", "614676", "", "3.0"},
		{"区 级", "24867", "70978", "", "1.0", "85.9", "28853", "100375", "", "-3.9"},
		{"华龙区", "14729", "36567", "", "4.9", "81.8", "10038", "32062", "", "-22.0"},
		{"开发区", "3239", "19420", "", "-6.8", "89.9", "13878", "56469", "", "22.6"},
		{"工业园区", "1675", "4331", "", "3.2", "91.8", "2491", "6648", "", "20.5"},
		{"示范区", "5224", "10660", "", "2.6", "90.3", "2446", "5196", "", "-55.7"},
		{"县 级", "34858", "109224", "", "-10.9", "65.9", "292764", "514301", "", "4.4"},
		{"濮阳县", "11330", "39387", "", "-17.1", "61.4", "74911", "164712", "", "-7.9"},
		{"清丰县", "5324", "20424", "", "-11.5", "60.2", "32768", "51975", "", "-28.3"},
		{"南乐县", "7933", "17960", "", "-6.2", "56.5", "67293", "101285", "", "23.0"},
		{"范 县", "6088", "20229", "", "-3.7", "85.1", "50079", "109330", "", "51.4"},
		{"台前县", "4183", "11224", "", "-5.4", "72.5", "67713", "86999", "", "0.4"},
	}) + `</table></div></body></html>`,
	"dev-company-000059-indicators": `<html><head><meta charset="utf-8"><title>财务指标</title></head><body>
<div class="content"><table>
<tr><th>报告期</th><th>2023-03-31</th><th>同比变化</th><th>2022-12-31</th><th>2022-09-30</th><th>2022-06-30</th><th>2022-03-31</th></tr>
<tr><td colspan="7">财务指标</td></tr>
` + devRows([][]string{
		{"每股收益", "-0.31", "-275.28%", "0.33", "0.32", "0.31", "0.18"},
		{"每股净资产", "8.71", "-4.19%", "9.02", "9.03", "9.02", "9.10"},
		{"每股资本公积金", "4.05", "", "4.05", "4.05", "4.05", "4.05"},
		{"每股未分配利润", "3.27", "-10.35%", "3.58", "3.57", "3.56", "3.64"},
		{"每股经营现金流", "-2.58", "-55.26%", "1.10", "-1.89", "-1.35", "-1.66"},
		{"净资产收益率", "-3.57", "-282.90%", "3.66", "3.55", "3.47", "1.95"},
		{"销售毛利率", "--", "--", "--", "--", "--", "--"},
		{"净利润率", "-4.99", "-287.91%", "1.08", "1.44", "2.07", "2.66"},
		{"资产负债率", "50.60", "-3.64%", "53.72", "51.42", "50.61", "52.51"},
		{"流动比率", "2.29", "7.98%", "1.65", "1.71", "1.84", "2.12"},
		{"速动比率", "1.24", "-1.67%", "1.20", "0.92", "1.05", "1.26"},
	}) + `<tr><td colspan="7">经营业绩(万元)</td></tr>
` + devRows([][]string{
		{"主营业务收入", "997456", "-6.73%", "4906214", "3553716", "2415815", "1069421"},
		{"主营业务利润", "-3369", "-103.75%", "286327", "246420", "219157", "89926"},
		{"管理费用", "25894", "-28.56%", "111740", "115099", "83714", "36248"},
		{"财务费用", "4911", "-12.45%", "24349", "17023", "10646", "5609"},
		{"营业利润", "-44382", "-212.42%", "79442", "75149", "66446", "39477"},
	}) + `</table></div></body></html>`,
}

// devRows writes rows of plain cells as HTML table rows.
func devRows(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString("<tr>")
		for _, c := range r {
			fmt.Fprintf(&b, "<td>%s</td>", c)
		}
		b.WriteString("</tr>\n")
	}
	return b.String()
}

// scoreDevTables scores the dev set's table excerpts read by figs.
func scoreDevTables(t *testing.T, texts []evalText, figs func(evalText) ([]Figure, error), log bool) evalScore {
	var total evalScore
	for _, text := range texts {
		fs, err := figs(text)
		if err != nil {
			t.Errorf("%s: %v", text.ID, err)
			continue
		}
		got := make([]evalGot, len(fs))
		for i := range fs {
			got[i] = evalView(fs[i])
		}
		s, why := evalScoreText(text, got)
		if log {
			t.Logf("%s: %v", text.ID, s)
			for _, w := range why {
				t.Logf("  %s: %s", text.ID, w)
			}
		}
		total.add(s)
	}
	return total
}

// TestDocumentPathOnDevTables: the dev set's tables read from web pages
// through ingest and ExtractDocument score at least what the text copies
// score through Extract, on each of the three figures.
func TestDocumentPathOnDevTables(t *testing.T) {
	var texts []evalText
	for _, file := range []string{"testdata/eval/dev.json", "testdata/eval/dev2.json"} {
		set, err := loadEvalSet(file)
		if err != nil {
			if file == "testdata/eval/dev.json" {
				t.Fatal(err)
			}
			continue
		}
		for _, x := range set {
			if x.Kind != "table" {
				continue
			}
			if _, ok := devTablePages[x.ID]; !ok {
				// A table excerpt landed before its page was written:
				// measured once it has one.
				t.Logf("%s: table excerpt without its page in devTablePages: not measured", x.ID)
				continue
			}
			texts = append(texts, x)
		}
	}
	if len(texts) == 0 {
		t.Fatal("no table excerpts in the dev set")
	}
	viaText := scoreDevTables(t, texts, evalFigures, false)
	viaDoc := scoreDevTables(t, texts, func(x evalText) ([]Figure, error) {
		d, err := ingest.ReadDocument(strings.NewReader(devTablePages[x.ID]), x.ID+".html", ingest.Options{})
		if err != nil {
			return nil, err
		}
		return ExtractDocument(d, Options{Year: x.Year})
	}, testing.Verbose())
	t.Logf("text path:     %v", viaText)
	t.Logf("document path: %v", viaDoc)
	if viaDoc.FullyRight() < viaText.FullyRight() || viaDoc.ValueRecall() < viaText.ValueRecall() || viaDoc.Precision() < viaText.Precision() {
		t.Errorf("the document path scores below the text path:\n document %v\n text     %v", viaDoc, viaText)
	}
}
