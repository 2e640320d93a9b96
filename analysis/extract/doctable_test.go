package extract

import (
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/ingest"
)

// bothPaths reads an HTML page through ingest and ExtractDocument, and the
// same document written as pipe text (Document.PipeText) through Extract,
// and checks both against the same figures: the two paths read a table the
// same way.
func bothPaths(t *testing.T, name, page string, year int, want []wantFig) []Figure {
	t.Helper()
	d, err := ingest.ReadDocument(strings.NewReader(page), name+".html", ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Tables()) == 0 {
		t.Fatalf("%s: no table read from the page", name)
	}
	figs, err := ExtractDocument(d, Options{Year: year})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, name+" (document)", figs, want)
	text, err := Extract([]byte(d.PipeText()), Options{Year: year})
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, name+" (pipe text)", text, want)
	return figs
}

// TestTableSectionRows: rows of a label alone inside a table's data (a cell
// merged across the table) head the rows below: they are no header, give
// no figure, and a unit in their brackets holds for the rows below them.
func TestTableSectionRows(t *testing.T) {
	page := `<table>
<tr><th>报告期</th><th>2023-03-31</th><th>同比变化</th><th>2022-12-31</th></tr>
<tr><td colspan="4">财务指标</td></tr>
<tr><td>每股收益(元)</td><td>0.52</td><td>-12.5%</td><td>0.61</td></tr>
<tr><td colspan="4">经营业绩(万元)</td></tr>
<tr><td>营业收入</td><td>8230</td><td>6.4%</td><td>30112</td></tr>
</table>`
	figs := bothPaths(t, "sections", page, 2023, []wantFig{
		{ind: "每股收益", value: 0.52, unit: "元", changes: []string{"growth_pct -12.5"}},
		{ind: "每股收益", value: 0.61, unit: "元", prior: true},
		{ind: "营业收入", value: 8230, unit: "万元", changes: []string{"growth_pct 6.4"}},
		{ind: "营业收入", value: 30112, unit: "万元", prior: true},
	})
	if s := figs[2].Source; s.Table != 1 || s.Row != 4 || s.Col != 1 {
		t.Errorf("营业收入: source %+v, want table 1 row 4 col 1", s)
	}
}
