package extract

import (
	"slices"
	"testing"
)

// TestPeriodGroups: two period groups over a repeated run, a column of its
// own before and after them, are placed; a lower row that repeats nothing,
// or two runs of periods that could be the groups, are not.
func TestPeriodGroups(t *testing.T) {
	lower := []string{"本期", "同期", "增减额", "增减率%", "本期", "同期", "增减额", "增减率%"}
	if got := periodGroups([]string{"年度预算", "累计", "当月", "完成预算%"}, lower, 10); !slices.Equal(got, []int{0, 4, 4, 0}) {
		t.Errorf("groups: %v", got)
	}
	if got := periodGroups([]string{"年度预算", "累计", "当月", "完成预算%"}, []string{"本期", "同期", "增减额", "增减率%", "本期", "同期", "增减", "增减率%"}, 10); got != nil {
		t.Errorf("no repeat: %v", got)
	}
	if got := periodGroups([]string{"本年", "累计", "当月", "完成预算%"}, lower, 10); got != nil {
		t.Errorf("two runs of periods: %v", got)
	}
}

// TestPeriodGroupsTable: a revenue table of a plan column, the year to
// date and the month each with its level, the level a year before and
// both changes, and a share of the plan: each group's changes are its
// level's, the 单位 cell beside the table's number gives the unit, and a
// tax's share written in its name stays in the label.
func TestPeriodGroupsTable(t *testing.T) {
	text := "某县2023年6月财政收入表 | | | |\n" +
		"表二 | 单位:万元 | | |\n" +
		"科目 | 年度预算 | 累计 | 当月 | 完成预算% |\n" +
		"本期 | 同期 | 增减额 | 增减率% | 本期 | 同期 | 增减额 | 增减率% |\n" +
		"一般公共预算收入 | 20,000 | 9,000 | 8,000 | 1,000 | 12.5 | 1,500 | 1,400 | 100 | 7.1 | 45.0 |\n" +
		"1、契税40% | 2,000 | 700 | 800 | -100 | -12.5 | 120 | 100 | 20 | 20.0 | 35.0 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	var got []string
	for _, f := range figs {
		got = append(got, figureLine(f))
	}
	for _, want := range []string{
		"一般公共预算收入年度预算 20000 万元",
		"一般公共预算收入 9000 万元 [abs 1000] [growth_pct 12.5]",
		"一般公共预算收入 1500 万元 [abs 100] [growth_pct 7.1]",
		"一般公共预算收入完成预算 45 %",
		"契税40% 700 万元 [abs -100] [growth_pct -12.5]",
		"契税40% 120 万元 [abs 20] [growth_pct 20]",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %q in %q", want, got)
		}
	}
}

// figureLine is "indicator value unit" and each change as [kind value].
func figureLine(f Figure) string {
	s := f.Indicator + " " + fmtValue(f.Value) + " " + f.Unit
	for _, c := range f.Changes {
		s += " [" + c.Kind + " " + fmtValue(c.Value) + "]"
	}
	return s
}

// TestShareLabel: a whole percent written against a tax's name in a row
// with values is the name's; a label with a rate run into it in a short
// row, a decimal rate, or a percent after a space are not.
func TestShareLabel(t *testing.T) {
	for _, c := range []struct {
		t     string
		cells int
		want  bool
	}{
		{"1、增值税50%", 11, true},
		{"营业税25%", 5, true},
		{"增值税50%", 2, false},
		{"毛利率12.5%", 6, false},
		{"比重 50%", 6, false},
	} {
		_, vals, ok := companyRowLine(c.t)
		if got := ok && shareLabel(c.t, vals, c.cells); got != c.want {
			t.Errorf("shareLabel(%q, %d) = %v", c.t, c.cells, got)
		}
	}
	if l, u := shareInLabel("增值税50", "%"); l != "增值税50%" || u != "" {
		t.Errorf("shareInLabel: %q %q", l, u)
	}
	if l, u := shareInLabel("税收比重", "%"); l != "税收比重" || u != "%" {
		t.Errorf("shareInLabel kept: %q %q", l, u)
	}
}
