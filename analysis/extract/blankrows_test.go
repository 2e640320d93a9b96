package extract

import "testing"

// TestBlankRowsGrid: a table of regions one cell a line, no corner, each
// header's unit on a line of its own, regions without values written
// alone: the units join their headers, the regions alone are no sections,
// the others' figures are their region's in the header's unit.
func TestBlankRowsGrid(t *testing.T) {
	text := "2023年各地区油菜籽产量\n\n面积\n\n(千公顷)\n\n产量\n\n(万吨)\n\n合  计\n\n310.5\n\n92.4\n\n甲  省\n\n乙  省\n\n丙  省\n\n120.2\n\n35.1\n\n丁  省\n\n190.3\n\n57.3\n\n戊  省\n\n己  省\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	wantFigures(t, figs, []string{
		"合计面积 310.5 千公顷", "合计产量 92.4 万吨",
		"丙省面积 120.2 千公顷", "丙省产量 35.1 万吨",
		"丁省面积 190.3 千公顷", "丁省产量 57.3 万吨",
	})
}

// TestJoinUnitCells: a bracketed unit after a header cell without one
// joins it; after a cell with a unit, or among the values, it does not.
func TestJoinUnitCells(t *testing.T) {
	cells := func(ts ...string) []tcell {
		var out []tcell
		for _, s := range ts {
			out = append(out, tcell{text: s})
		}
		return out
	}
	got := joinUnitCells(cells("面积", "(千公顷)", "产量(万吨)", "(吨)", "甲", "12", "(个)"))
	var texts []string
	for _, c := range got {
		texts = append(texts, c.text)
	}
	want := []string{"面积(千公顷)", "产量(万吨)", "(吨)", "甲", "12", "(个)"}
	if len(texts) != len(want) {
		t.Fatalf("got %q, want %q", texts, want)
	}
	for i := range want {
		if texts[i] != want[i] {
			t.Errorf("got %q, want %q", texts, want)
		}
	}
	if !blankRowRun(cells("甲", "乙", "丙", "1"), []int{0, 0, 1, 0}, 0) || blankRowRun(cells("甲", "乙", "1"), []int{0, 1, 0}, 0) {
		t.Error("blankRowRun")
	}
}
