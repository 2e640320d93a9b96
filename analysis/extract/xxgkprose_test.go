package extract

import "testing"

// TestCountedAction: a count of applications written before what became
// of them is named by all of it, not by a noun cut at 下.
func TestCountedAction(t *testing.T) {
	text := "全年共收到政府信息公开申请56件，已办结53件，3件结转下年度继续办理。\n" +
		"本年度新收申请20件，其中2件结转至下年度办理。\n" +
		"受理申请12件，1件顺延到下年度答复。\n" +
		"办结申请349件，7件结转至2024年继续办理。\n"
	checkFigures(t, "carried", mustExtract(t, text, Options{Year: 2024}), []wantFig{
		{ind: "收到政府信息公开申请", value: 56, unit: "件"},
		{ind: "办结政府信息公开申请", value: 53, unit: "件"},
		{ind: "结转下年度继续办理", value: 3, unit: "件"},
		{ind: "新收申请", value: 20, unit: "件"},
		{ind: "结转至下年度办理", value: 2, unit: "件"},
		{ind: "受理申请", value: 12, unit: "件"},
		{ind: "顺延到下年度答复", value: 1, unit: "件"},
		{ind: "办结申请", value: 349, unit: "件"},
		{ind: "结转至2024年继续办理", value: 7, unit: "件"},
	})
}

// TestDisposalObject: a count inside 将/把 … (a disposal construction)
// counts the noun after it.
func TestDisposalObject(t *testing.T) {
	text := "二是建立规范性文件专栏，将我区6件行政规范性文件集中公开。\n" +
		"将我县4件行政规范性文件公开。\n"
	checkFigures(t, "disposal", mustExtract(t, text, Options{Year: 2024}), []wantFig{
		{ind: "行政规范性文件", value: 6, unit: "件"},
		{ind: "行政规范性文件", value: 4, unit: "件"},
	})
	for _, c := range []struct {
		name string
		want bool
	}{{"将我县", true}, {"把全区", true}, {"将", true}, {"全县", false}, {"将全县各乡镇街道办事处", false}} {
		if got := disposalObject(c.name); got != c.want {
			t.Errorf("disposalObject(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCountAfterJinxing: a count after 进行 counts the noun after it, in
// either script (進 folds to 进).
func TestCountAfterJinxing(t *testing.T) {
	text := "全年通过12345热线平台进行56条答复解读。\n全年通過熱線平臺進行31條答復解讀。\n"
	checkFigures(t, "jinxing", mustExtract(t, text, Options{Year: 2024}), []wantFig{
		{ind: "答复解读", value: 56, unit: "条"},
		{ind: "答復解讀", value: 31, unit: "条"},
	})
}
