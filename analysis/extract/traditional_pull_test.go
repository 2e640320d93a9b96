package extract

import "testing"

// TestTraditionalPull: the pull on growth and the contribution in
// traditional script (拉動…增長…個百分點, 貢獻率) read as in simplified: a
// figure in 个百分点 and a rate, not a change without a value.
func TestTraditionalPull(t *testing.T) {
	text := "其中,第三產業增加值52.6億元,同比增長4.2%,對全縣生產總值的貢獻率為35.10%,拉動生產總值增長1.65個百分點。"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "traditional pull", figs, []wantFig{
		{ind: "第三產業增加值", value: 52.6, unit: "亿元", changes: []string{"growth_pct 4.2"}},
		{ind: "對全縣生產總值的貢獻率", value: 35.10, unit: "%"},
		{ind: "拉動生產總值增長", value: 1.65, unit: "个百分点"},
	})
}
