package extract

import "testing"

// TestWrappedHeaderTable: a header copied a cell at a time over lines (a
// unit on a line of its own, a formula note under a name closed by its
// unit), then a row a line: each column named by its cell, each row's
// label its period; the notes are no part of the names.
func TestWrappedHeaderTable(t *testing.T) {
	text := "获利能力\n期间 |\n营业收入\n(百万元) |\n毛利率(%)\n营业毛利/收入 |\n净利率(%)\n净利/收入 |\n" +
		"2020年1-12月 | 310.50 | 12.40 | -3.25 |\n" +
		"2020年1-6月 | 150.20 | 11.10 | -4.80 |\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "wrapped header", figs, []wantFig{
		{ind: "营业收入", value: 310.5, unit: "百万元"}, {ind: "毛利率", value: 12.4, unit: "%"}, {ind: "净利率", value: -3.25, unit: "%"},
		{ind: "营业收入", value: 150.2, unit: "百万元"}, {ind: "毛利率", value: 11.1, unit: "%"}, {ind: "净利率", value: -4.8, unit: "%"},
	})
	if figs[3].Period != "2020年1-6月" {
		t.Errorf("period %q, want 2020年1-6月", figs[3].Period)
	}
}

// TestWrappedHeaderMisfit: rows with fewer cells than the header has are
// not placed under it; a header with no wrapped cell is left to the
// stream readers.
func TestWrappedHeaderMisfit(t *testing.T) {
	for _, text := range []string{
		"期间 |\n营业收入\n(百万元) |\n毛利率(%) |\n净利率(%) |\n2020年 | 310.50 | 12.40 |\n2019年 | 150.20 | 11.10 |\n",
		"期间 |\n营业收入(百万元) |\n毛利率(%) |\n2020年 | 310.50 | 12.40 |\n2019年 | 150.20 | 11.10 |\n",
	} {
		x := &extractor{s: text}
		if rows, _ := x.wrappedHeaderTable(0); rows != nil {
			t.Errorf("wrappedHeaderTable(%q) read %d rows", text, len(rows))
		}
	}
	if c := wrappedHeaderCell([]tcell{{text: "营业"}, {text: "收入"}, {text: "(万元)"}}); c.text != "营业收入(万元)" {
		t.Errorf("wrappedHeaderCell = %q, want 营业收入(万元)", c.text)
	}
}
