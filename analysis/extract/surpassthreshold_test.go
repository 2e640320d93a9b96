package extract

import "testing"

// TestSurpassThreshold: an amount after 过 or 超过 that a count follows names
// the counted class and gives no figure; one with no count after it stays a
// figure.
func TestSurpassThreshold(t *testing.T) {
	cases := []struct {
		text      string
		threshold float64 // value that must give no figure
		count     float64 // value that must stay a figure (0: none)
	}{
		{"全市营业收入过5亿元的企业达到23家，其中过20亿元的4家。", 5, 23},
		{"全市营业收入过5亿元的企业达到23家，其中过20亿元的4家。", 20, 4},
		{"新开工超过3亿元项目17个，完成投资80亿元。", 3, 17},
		{"全县財政收入過8億元的鄉鎮(街道,、園區)達到9個。", 8, 9},
	}
	for _, c := range cases {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		var sawCount bool
		for _, f := range figs {
			if f.Value == c.threshold {
				t.Errorf("%s: threshold %v read as a figure %q", c.text, c.threshold, f.Indicator)
			}
			if f.Value == c.count {
				sawCount = true
			}
		}
		if c.count != 0 && !sawCount {
			t.Errorf("%s: count %v lost: %+v", c.text, c.count, figs)
		}
	}
	// A qualified figure: no count after the amount in its clause.
	figs := mustExtract(t, "全年固定资产投资超过120亿元，新建项目35个。", Options{Year: 2023})
	var saw bool
	for _, f := range figs {
		saw = saw || f.Value == 120
	}
	if !saw {
		t.Errorf("投资超过120亿元: want a figure, got %+v", figs)
	}
	m := unitMatch{kind: unitQuantity, unit: "亿元"}
	if surpassThreshold("资金通过", "的渠道投入项目6个", m) || surpassThreshold("收入达到", "的企业5家", m) || surpassThreshold("投资超过", "，新建项目3个", m) {
		t.Error("surpassThreshold: want none after 通过, without 过, or past the clause's end")
	}
	if !surpassThreshold("收入过", "的企业5家", m) {
		t.Error("surpassThreshold(收入过5亿元的企业5家): want a threshold")
	}
}
