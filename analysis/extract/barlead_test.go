package extract

import "testing"

// TestBarLeadTable: a | table whose copy broke the line before each bar,
// a row number first and empty cells as bars alone: each row is read as
// a | row, the 其中 row a part, the empty prior and change cells no
// figure.
func TestBarLeadTable(t *testing.T) {
	text := "附表:2022年文化事业主要指标\n序号\n| 指标\n| 单位\n| 2022年\n| 2021年\n|\n" +
		"1\n| 公共图书馆\n| 个\n| 15\n|\n|\n" +
		"2\n| 其中:少儿图书馆\n| 个\n| 3\n|\n|\n" +
		"3\n| 博物馆\n| 个\n| 22\n| 20\n|\n" +
		"全市文化事业稳步发展。\n"
	figs := mustExtract(t, text, Options{Year: 2022})
	wantFigures(t, figs, []string{"公共图书馆 15 个", "少儿图书馆 3 个", "博物馆 22 个", "博物馆 20 个"})
	if len(figs) == 4 && figs[1].Parent != "公共图书馆" {
		t.Errorf("少儿图书馆: parent %q, want 公共图书馆", figs[1].Parent)
	}
}

// TestBarLeadNoNumbers: lines that open with bars under a short line but
// hold no number are no table.
func TestBarLeadNoNumbers(t *testing.T) {
	text := "目录\n| 第一章 总则\n| 第二章 机构\n说明\n| 见附件\n| 见附表\n其他\n| 无\n"
	if figs := mustExtract(t, text, Options{}); len(figs) != 0 {
		t.Errorf("got %v, want none", figureSet(figs))
	}
}
