package extract

import "testing"

// TestLossChange: an amount by which a loss grew is a fall of the result
// it follows, one by which a loss shrank a rise; a loss up by a percentage
// and a plain increase keep their sign.
func TestLossChange(t *testing.T) {
	for _, c := range []struct {
		text string
		want []wantFig
	}{
		{"本年度公司净利润-8,120.50万元，较上年同期亏损增加2,310.20万元。", []wantFig{
			{ind: "公司净利润", value: -8120.5, unit: "万元", changes: []string{"abs -2310.2"}},
			{ind: "公司净利润增加", value: 2310.2, unit: "万元", changes: nil, changeOf: "公司净利润"},
		}},
		{"本年度公司凈利潤-8,120.50萬元，較上年同期虧損增加2,310.20萬元。", []wantFig{
			{ind: "公司凈利潤", value: -8120.5, unit: "万元", changes: []string{"abs -2310.2"}},
			{ind: "公司凈利潤增加", value: 2310.2, unit: "万元", changes: nil, changeOf: "公司凈利潤"},
		}},
		{"本年度公司净利润-8,120.50万元，较上年同期增加2,310.20万元。", []wantFig{
			{ind: "公司净利润", value: -8120.5, unit: "万元", changes: []string{"abs 2310.2"}},
			{ind: "公司净利润增加", value: 2310.2, unit: "万元", changes: nil, changeOf: "公司净利润"},
		}},
	} {
		checkFigures(t, c.text, mustExtract(t, c.text, Options{Year: 2023}), c.want)
	}
	if lossChange("较上年同期亏损", unitMatch{kind: unitPercent}) {
		t.Errorf("a loss up by a percentage signed as the result's fall")
	}
}
