package xxgk

import (
	"context"
	"io"

	"github.com/annualstat/annualstat/analysis/xxgk"
	"github.com/annualstat/annualstat/report/docx"
)

// Document returns the Word document of rep: the title, the three tables
// in the official layout (T2 as its four blocks, each with its caption;
// T3 and T4 under their merged headers, labels verbatim) and the
// comparison with last year (cmp, may be nil).
func Document(rep *xxgk.Report, cmp *xxgk.Comparison, opt Options) *docx.Document {
	d := &docx.Document{Title: Title(rep), Org: rep.Body, Date: opt.Date}
	d.Blocks = append(d.Blocks, &docx.Heading{Level: 1, Text: xxgk.HeadingT2})
	d.Blocks = append(d.Blocks, t2Tables(rep)...)
	d.Blocks = append(d.Blocks, &docx.Heading{Level: 1, Text: xxgk.HeadingT3}, t3Table(rep))
	d.Blocks = append(d.Blocks, &docx.Heading{Level: 1, Text: xxgk.HeadingT4}, t4Table(rep))
	if lines := compareLines(cmp); len(lines) > 0 {
		d.Blocks = append(d.Blocks, &docx.Heading{Level: 1, Text: "同比情况"})
		for _, l := range lines {
			d.Blocks = append(d.Blocks, &docx.Paragraph{Text: l})
		}
	}
	return d
}

// WriteDOCX writes Document(rep, cmp, opt) to path.
func WriteDOCX(ctx context.Context, path string, rep *xxgk.Report, cmp *xxgk.Comparison, opt Options) error {
	return docx.WriteFile(ctx, path, Document(rep, cmp, opt), docx.Options{})
}

// WriteDOCXTo writes Document(rep, cmp, opt) to w.
func WriteDOCXTo(w io.Writer, rep *xxgk.Report, cmp *xxgk.Comparison, opt Options) error {
	return docx.Write(w, Document(rep, cmp, opt), docx.Options{})
}

func t2Tables(rep *xxgk.Report) []docx.Block {
	var out []docx.Block
	for _, blk := range t2Blocks(rep.T2Format) {
		t := &docx.Table{Caption: blk.caption}
		head := []docx.Cell{{Text: xxgk.HeaderInfo}}
		t.Numeric = []bool{false}
		t.Widths = []float64{2}
		for _, h := range blk.columns {
			head = append(head, docx.Cell{Text: h})
			t.Numeric = append(t.Numeric, true)
			t.Widths = append(t.Widths, 3.6/float64(len(blk.columns)))
		}
		t.Header = [][]docx.Cell{head}
		for _, row := range blk.rows {
			cells := []string{row.label}
			for _, id := range row.ids {
				cells = append(cells, ValueText(rep, id))
			}
			t.Rows = append(t.Rows, docx.Row{Cells: cells})
		}
		out = append(out, t)
	}
	return out
}

func t3Table(rep *xxgk.Report) *docx.Table {
	t := &docx.Table{
		Header: [][]docx.Cell{
			{{Text: xxgk.T3Note, Span: 3, RowSpan: 3}, {Text: xxgk.HeaderApplicant, Span: 7}},
			{{Text: xxgk.HeaderPerson, RowSpan: 2}, {Text: xxgk.HeaderOrg, Span: 5}, {Text: xxgk.HeaderTotal, RowSpan: 2}},
			{{Text: xxgk.T3Columns[1]}, {Text: xxgk.T3Columns[2]}, {Text: xxgk.T3Columns[3]}, {Text: xxgk.T3Columns[4]}, {Text: xxgk.T3Columns[5]}},
		},
		Numeric: []bool{false, false, false, true, true, true, true, true, true, true},
		Widths:  []float64{1.0, 1.3, 2.6, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75},
	}
	rows := xxgk.T3Rows(rep.T3Format)
	for i, r := range rows {
		c := make([]string, 10)
		switch {
		case r.Top == "":
			c[0] = r.Label
		case r.Group == "":
			if r.ID == "R3.1" {
				c[0] = r.Top
			}
			c[1] = r.Label
		default:
			if i == 0 || rows[i-1].Group != r.Group {
				c[1] = r.Group
			}
			c[2] = r.Label
		}
		for k := 1; k <= 7; k++ {
			c[2+k] = ValueText(rep, xxgk.CellID(r.ID, k))
		}
		t.Rows = append(t.Rows, docx.Row{Cells: c, Bold: r.ID == "R3.7"})
	}
	return t
}

func t4Table(rep *xxgk.Report) *docx.Table {
	t := &docx.Table{
		Header: [][]docx.Cell{
			{{Text: xxgk.HeaderReview, Span: 5, RowSpan: 2}, {Text: xxgk.HeaderSuit, Span: 10}},
			{{Text: xxgk.HeaderSuitDirect, Span: 5}, {Text: xxgk.HeaderSuitAfter, Span: 5}},
			{},
		},
	}
	row := make([]string, 15)
	for i, id := range xxgk.T4IDs {
		t.Header[2] = append(t.Header[2], docx.Cell{Text: xxgk.T4Results[i%5]})
		row[i] = ValueText(rep, id)
		t.Numeric = append(t.Numeric, true)
	}
	t.Rows = []docx.Row{{Cells: row}}
	return t
}
