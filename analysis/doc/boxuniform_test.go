package doc

import "testing"

// TestBoxTableUniformRows: a box-drawn table whose copy collapsed the
// spaces that aligned its bars: every row has the border's three cells,
// so the k-th cell of a line is in the k-th column (a missing mark -- left
// empty), whatever display columns the bars stand at.
func TestBoxTableUniformRows(t *testing.T) {
	src := []string{
		"┌──────────┬──────┬──────┐",
		"│指标 │2024-06-30│2023-12-31│",
		"├──────────┼──────┼──────┤",
		"│每股净资产(元) │ 3.2100│ 3.1000│",
		"│加权净资产收益率 │ --│ 2.5000│",
		"│营业收入(万元) │ 1234.56│ 2345.67│",
		"└──────────┴──────┴──────┘",
	}
	var lines []TextLine
	off := 0
	for _, s := range src {
		lines = append(lines, TextLine{Text: s, Offset: off})
		off += len(s) + 1
	}
	tb, err := BoxTable(lines, GridOptions{})
	if err != nil || tb == nil {
		t.Fatalf("BoxTable: %v, %v", tb, err)
	}
	if tb.NumCols() != 3 {
		t.Fatalf("%d columns, want 3", tb.NumCols())
	}
	want := [][]string{
		{"指标", "2024-06-30", "2023-12-31"},
		{"每股净资产(元)", "3.2100", "3.1000"},
		{"加权净资产收益率", "", "2.5000"}, // -- reads as a piece of border: no cell
		{"营业收入(万元)", "1234.56", "2345.67"},
	}
	for r, row := range want {
		for c, w := range row {
			if got := tb.At(r, c).Text; got != w {
				t.Errorf("cell %d,%d = %q, want %q", r, c, got, w)
			}
		}
	}
}
