package xxgk

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/ingest"
	"github.com/annualstat/annualstat/analysis/xxgk"
)

// pageOf writes the report as a government web page does: each table in
// the official layout with rowspan and colspan, values in its cells
// (blank where zero when blankZero), prose in paragraphs.
func pageOf(rep *xxgk.Report, blankZero bool) string {
	var b strings.Builder
	b.WriteString("<html><head><meta charset=\"utf-8\"><title>年度报告</title></head><body>\n")
	b.WriteString("<p>一、总体情况</p><p>本年度共收到申请若干件。</p>\n")
	for _, l := range Layouts(rep) {
		fmt.Fprintf(&b, "<p>%s</p>\n<table border=\"1\">\n", l.Title)
		for r := 0; r < l.Rows; r++ {
			b.WriteString("<tr>")
			for _, bx := range l.Boxes {
				if bx.Row != r {
					continue
				}
				text := bx.Text
				if bx.ID != "" {
					text = ValueText(rep, bx.ID)
					if blankZero && text == "0" {
						text = ""
					}
				}
				fmt.Fprintf(&b, "<td rowspan=\"%d\" colspan=\"%d\">%s</td>", bx.RowSpan, bx.ColSpan, html.EscapeString(text))
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</table>\n")
	}
	b.WriteString("<p>五、存在的主要问题及改进情况</p></body></html>\n")
	return b.String()
}

// A web page in the official layout (merged cells as rowspan/colspan, zero
// cells printed or left blank), read through ingest.ReadDocument, gives
// the cells it shows.
func TestWebPageOfficialLayout(t *testing.T) {
	for _, name := range []string{"huaian-2024.txt", "hongze-2023.txt", "hongze-2024.txt", "example-2019.txt"} {
		want := fixture(t, name)
		for _, blank := range []bool{false, true} {
			page := pageOf(want, blank)
			d, err := ingest.ReadDocument(strings.NewReader(page), "page.html", ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := xxgk.ReadDocument(d)
			if err != nil {
				t.Fatalf("%s blank=%v: %v", name, blank, err)
			}
			what := fmt.Sprintf("%s blank=%v", name, blank)
			if got.T3Format != want.T3Format {
				t.Errorf("%s: format %v", what, got.T3Format)
			}
			sameCells(t, what+" T2", got.T2, want.T2)
			sameCells(t, what+" T3", got.T3, want.T3)
			sameCells(t, what+" T4", got.T4, want.T4)
		}
	}
}
