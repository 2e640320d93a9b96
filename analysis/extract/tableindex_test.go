package extract

import "testing"

func TestIndexCellsAsLevels(t *testing.T) {
	text := "表3 2023年商品零售价格指数\n" +
		"类别 | 比上年涨跌(%) |\n" +
		"商品零售价格总指数 | 100.6 |\n" +
		"其中:粮食 | 102.3 |\n" +
		"日用品 | 99.1 |\n" +
		"燃料 | 96.8 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "index cells", figs, []wantFig{
		{ind: "商品零售价格总指数", value: 100.6, unit: "%", number: "100.6"},
		{ind: "粮食", value: 102.3, unit: "%", number: "102.3"},
		{ind: "日用品", value: 99.1, unit: "%", number: "99.1"},
		{ind: "燃料", value: 96.8, unit: "%", number: "96.8"},
	})

	// A column of true growths stays growths: not all near 100.
	growths := "类别 | 比上年增长(%) |\n" +
		"商品零售价格总指数 | 0.6 |\n" +
		"粮食 | 2.3 |\n" +
		"燃料 | -3.2 |\n"
	for _, f := range mustExtract(t, growths, Options{Year: 2023}) {
		if !f.Missing || len(f.Changes) != 1 {
			t.Errorf("growth column: %s %v %v, want a growth without a level", f.Indicator, f.Value, f.Changes)
		}
	}

	// Growths all near 100 in a table naming no index: the rule does not
	// judge them (the safeguard still may).
	row := func(ind string, g float64) Figure {
		return Figure{Indicator: ind, Missing: true, Changes: []Change{{Kind: GrowthPct, Value: g, Number: formatFloat(g)}}}
	}
	plain := []Figure{row("甲产品产量", 101), row("乙产品产量", 98), row("丙产品产量", 103)}
	if indexCellsAsLevels(plain) {
		t.Errorf("indexCellsAsLevels rewrote a table naming no index")
	}
	two := []Figure{row("价格总指数", 101), row("食品", 98)}
	if indexCellsAsLevels(two) {
		t.Errorf("indexCellsAsLevels rewrote a table of two cells")
	}
	wide := []Figure{row("价格总指数", 101), row("食品", 98), row("燃料", 230)}
	if indexCellsAsLevels(wide) {
		t.Errorf("indexCellsAsLevels rewrote a column with a cell beyond 200")
	}
}
