package extract

import "testing"

// TestSiteAreas: the land area and the floor area of a level's schools,
// written in ㎡, the floor area named alone after the land area takes the
// level (counterpartName).
func TestSiteAreas(t *testing.T) {
	text := "全市中小学占地面积210.5万㎡,建筑面积98.2万㎡,其中初中占地面积60320㎡,建筑面积31280.5㎡。"
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, text, figs, []wantFig{
		{ind: "中小学占地面积", value: 210.5, unit: "万㎡"},
		{ind: "中小学建筑面积", value: 98.2, unit: "万㎡"},
		{ind: "初中占地面积", value: 60320, unit: "㎡"},
		{ind: "初中建筑面积", value: 31280.5, unit: "㎡"},
	})
}

// TestTraditionalGraduates: 畢業生 in traditional script is a school count
// as 毕业生 is, and takes the level named before it.
func TestTraditionalGraduates(t *testing.T) {
	text := "全市普通高中招生3.2萬人,在校生9.6萬人,畢業生3.0萬人。"
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, text, figs, []wantFig{
		{ind: "普通高中招生", value: 3.2, unit: "万人"},
		{ind: "普通高中在校生", value: 9.6, unit: "万人"},
		{ind: "普通高中畢業生", value: 3.0, unit: "万人"},
	})
}
