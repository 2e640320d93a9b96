package extract

import "testing"

// TestAfterUnclosedOpen: a growth stated in a bracket after the words it
// qualifies is named by the words inside the bracket.
func TestAfterUnclosedOpen(t *testing.T) {
	text := "全年消费市场稳步恢复(社会消费品零售总额增长6.3%),二季度明显加快(CPI上涨2.1%)。"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, text, figs, []wantFig{
		{ind: "社会消费品零售总额", missing: true, unit: "", changes: []string{"growth_pct 6.3"}},
		{ind: "CPI", missing: true, unit: "", changes: []string{"growth_pct 2.1"}},
	})
	for _, c := range []struct {
		s    string
		want string
	}{
		{"开局良好(GDP增长", "GDP增长"},
		{"地区生产总值(GDP)", "地区生产总值(GDP)"},
		{"回升(增", "回升(增"},
		{"全市(含新区(试点)工业", "含新区(试点)工业"},
	} {
		a := afterUnclosedOpen(c.s, 0, len(c.s))
		if c.s[a:] != c.want {
			t.Errorf("afterUnclosedOpen(%q) = %q, want %q", c.s, c.s[a:], c.want)
		}
	}
}
