package extract

import "testing"

// TestCaptionRunOnTable: a small table run into the prose of its line
// after a sentence end: the prose is read as prose, each row's values are
// its label's in the unit and the years of the caption, the total row is
// the caption's quantity's, and a label the line breaks off gives nothing.
func TestCaptionRunOnTable(t *testing.T) {
	text := "全县共有养老机构31个。 表 2 养老服务机构 数 单位:个 2022 年 2021 年 合计 31 29 敬老院 18 18 民办养老院 13 11 日间照料 中心\n"
	figs := mustExtract(t, text, Options{Year: 2022})
	wantFigures(t, figs, []string{
		"养老机构 31 个",
		"养老服务机构数合计 31 个", "养老服务机构数合计 29 个",
		"敬老院 18 个", "敬老院 18 个",
		"民办养老院 13 个", "民办养老院 11 个",
	})
	if figs[2].Period != "2021年" {
		t.Errorf("period: %+v", figs[2])
	}
}

// TestCaptionRunOnRefused: a 表 inside a sentence, a row with more values
// than the header's periods, or a caption with no unit is no such table.
func TestCaptionRunOnRefused(t *testing.T) {
	for _, text := range []string{
		"据统计表 2 所列单位:个 2022 年 2021 年 合计 31 29 敬老院 18 18 民办养老院 13 11\n",
		"全县共有养老机构31个。 表 2 养老服务机构数 单位:个 2022 年 2021 年 合计 31 29 3 敬老院 18 18 民办养老院 13 11\n",
	} {
		a, b := 0, len(text)-1
		if t0 := captionRunOnAt(text, a, b); t0 >= 0 {
			if _, _, _, ok := captionRunOnTable(text, t0, b); ok {
				t.Errorf("%q: read as a caption run-on table", text)
			}
		}
	}
}
