package extract

import "testing"

// TestSeriesTopic: a sentence that announces a series of data names the
// counts given after it by a bare verb of the quantity announced.
func TestSeriesTopic(t *testing.T) {
	text := "会上公布了一组全省法院执结案件数量的数据,2021年执结52.1万件、2022年执结55.3万件。"
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, text, figs, []wantFig{
		{ind: "全省法院执结案件数量", value: 52.1, unit: "万件"},
		{ind: "全省法院执结案件数量", value: 55.3, unit: "万件"},
	})
	if q, _ := announcedSeries("一组数据显示", 0, len("一组数据显示")); q != "" {
		t.Errorf("announcedSeries of no quantity = %q", q)
	}
}

// TestDurationTail: how long a figure has held is no part of its name.
func TestDurationTail(t *testing.T) {
	for _, c := range []struct {
		t    string
		want int
	}{
		{"粮食产量已经连续两年", len("已经连续两年")},
		{"粮食产量已连续8年", len("已连续8年")},
		{"粮食产量连续多年", len("连续多年")},
		{"粮食产量连续", 0},
		{"连续两年", 0},
	} {
		if got := durationTail(c.t); got != c.want {
			t.Errorf("durationTail(%q) = %d, want %d", c.t, got, c.want)
		}
	}
	text := "全市粮食产量已经连续五年稳定在120万吨以上。"
	figs := mustExtract(t, text, Options{Year: 2022})
	checkFigures(t, text, figs, []wantFig{{ind: "粮食产量", value: 120, unit: "万吨", qual: "以上"}})
}

// TestPerCapitaAfterCount: the noun a count counts ends before 人均, which
// begins a per-capita figure of that noun.
func TestPerCapitaAfterCount(t *testing.T) {
	text := "全市3200多名执业律师人均办案56件。"
	figs := mustExtract(t, text, Options{Year: 2022})
	if len(figs) == 0 || figs[0].Indicator != "执业律师" {
		for _, f := range figs {
			t.Logf("%q %v %q", f.Indicator, f.Value, f.Unit)
		}
		t.Errorf("the count's noun is not 执业律师")
	}
}

// TestTopOfSuperlative: the top places after a superlative are a rank; a
// count of 家 stays a figure.
func TestTopOfSuperlative(t *testing.T) {
	for _, c := range []struct {
		pre  string
		want bool
	}{
		{"增速最快的前", true},
		{"结案最多的前", true},
		{"全市前", false},
		{"新增", false},
	} {
		if got := topOfSuperlative(c.pre); got != c.want {
			t.Errorf("topOfSuperlative(%q) = %v, want %v", c.pre, got, c.want)
		}
	}
}
