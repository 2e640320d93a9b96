package extract

import "testing"

// TestPriorOwnChange: a year table with a growth column after each year
// (2022年 | 增长% | 2021年 | 增长%): the second growth is 2021's own, not a
// second growth of 2022; a growth after 本期 | 上年同期 stays the current's.
func TestPriorOwnChange(t *testing.T) {
	text := "表5 卫生资源\n" +
		"指标 | 2022年 | 增长% | 2021年 | 增长%\n" +
		"医院(个) | 120 | 9.1 | 110 | 4.8\n" +
		"床位(张) | 5600 | 5.7 | 5300 | 3.9\n"
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, "growth after each year", figs, []wantFig{
		{ind: "医院", value: 120, unit: "个", changes: []string{"growth_pct 9.1"}},
		{ind: "医院", value: 110, unit: "个", prior: true, changes: []string{"growth_pct 4.8"}},
		{ind: "床位", value: 5600, unit: "张", changes: []string{"growth_pct 5.7"}},
		{ind: "床位", value: 5300, unit: "张", prior: true, changes: []string{"growth_pct 3.9"}},
	})
	text = "项目 | 本期 | 上年同期 | 增长%\n" +
		"营业收入(万元) | 1200 | 1000 | 20.0\n" +
		"利润总额(万元) | 330 | 300 | 10.0\n"
	figs = mustExtract(t, text, Options{Year: 2022})
	if len(figs) < 1 || len(figs[0].Changes) != 1 || figs[0].Prior {
		t.Errorf("本期 | 上年同期 | 增长%%: %+v", figs)
	}
}
