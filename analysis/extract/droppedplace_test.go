package extract

import "testing"

// TestPlaceDroppedCells: rows whose copy dropped an empty cell put their
// values in the columns they resemble: a growth among growths (3.5 is no
// count of 村卫生室 last year), last year's count among counts (2200 is no
// growth), the other rows as written.
func TestPlaceDroppedCells(t *testing.T) {
	text := "表4 卫生\n" +
		"指标 | 2022年 | 2021年 | 增长%\n" +
		"医院(个) | 120 | 110 | 9.1\n" +
		"村卫生室(个) | 2300 | 3.5\n" +
		"床位(张) | 5600 | 5300 | 5.7\n" +
		"人员(人) | 8800 | 8000 | 10.0\n"
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, "dropped prior", figs[2:3], []wantFig{
		{ind: "村卫生室", value: 2300, unit: "个", changes: []string{"growth_pct 3.5"}},
	})
	text = "表4 卫生\n" +
		"指标 | 2022年 | 增长% | 2021年\n" +
		"医院(个) | 120 | 9.1 | 110\n" +
		"村卫生室(个) | 2300 | 2200\n" +
		"床位(张) | 5600 | 5.7 | 5300\n" +
		"人员(人) | 8800 | 10.0 | 8000\n"
	figs = mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, "dropped growth", figs[2:4], []wantFig{
		{ind: "村卫生室", value: 2300, unit: "个"},
		{ind: "村卫生室", value: 2200, unit: "个", prior: true},
	})
}

func TestCellMisfit(t *testing.T) {
	counts := columnProfile{n: 3, whole: true, min: 2, max: 3.7}
	growths := columnProfile{n: 3, min: 0.7, max: 1}
	if cellMisfit(counts, 3.5, "3.5") < 2 || cellMisfit(counts, 2300, "2300") != 0 {
		t.Error("counts")
	}
	if cellMisfit(growths, 2200, "2200") < 1 || cellMisfit(growths, 3.5, "3.5") != 0 || cellMisfit(growths, 45.2, "45.2") != 0 {
		t.Error("growths")
	}
	if cellMisfit(columnProfile{n: 1, whole: true}, 3.5, "3.5") != 0 {
		t.Error("one row tells nothing")
	}
}
