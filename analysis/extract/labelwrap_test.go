package extract

import "testing"

// TestOpenLabelStart: a box table whose label wrapped onto the row below
// after 每 (its rows not ruled apart) reads the two pieces as one label,
// and the piece is no section of the rows after it.
func TestOpenLabelStart(t *testing.T) {
	text := "┌──────┬─────┬─────┐\n" +
		"|指标(单位) |2023-12-31|2022-12-31|\n" +
		"├──────┼─────┼─────┤\n" +
		"|每股收益(元) |0.5000 |0.4000 |\n" +
		"|扣除后每 | | |\n" +
		"|股收益(元) |0.4800 |0.3900 |\n" +
		"|营业收入(万元)|1200.50 |1100.20 |\n" +
		"└──────┴─────┴─────┘\n"
	got := map[string]int{}
	for _, f := range mustExtract(t, text, Options{Year: 2023}) {
		got[f.Indicator]++
	}
	for _, k := range []string{"每股收益", "扣除后每股收益", "营业收入"} {
		if got[k] != 2 {
			t.Errorf("%s: %d figures, want 2 (got %v)", k, got[k], got)
		}
	}
	rows := []trow{{cells: []tcell{{text: "合计"}, {}, {}}}, {cells: []tcell{{text: "城镇"}, {text: "1.0"}, {text: "2.0"}}}}
	if openLabelStart(rows, 0) {
		t.Error("合计 is a label of its own")
	}
}
