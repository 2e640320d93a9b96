package extract

import "testing"

// TestRestatedChangeLevels: a sentence that comes back to a level of the
// sentence before by name (全县学校总数, 专任教师) states that level's
// changes; a change of a quantity named otherwise, or in another
// paragraph, stays a figure of its own.
func TestRestatedChangeLevels(t *testing.T) {
	text := "全县共有学校86所，专任教师4210人。与上年相比，全县学校总数减少3所，下降3.4%；专任教师增长2.1%。\n" +
		"全县幼儿园52所。\n与上年相比，幼儿园总数增加2所。\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	var got []string
	for _, f := range figs {
		got = append(got, figureLine(f))
	}
	for _, want := range []string{
		"学校 86 所 [abs -3] [growth_pct -3.4]",
		"专任教师 4210 人 [growth_pct 2.1]",
		"幼儿园 52 所",
	} {
		found := false
		for _, g := range got {
			if g == want {
				found = true
			}
		}
		if !found {
			t.Errorf("missing %q in %q", want, got)
		}
	}
	for _, f := range figs {
		if f.Missing && f.Indicator == "学校总数" {
			t.Errorf("the change stayed a figure without a level: %q", got)
		}
	}
}

// TestSameRestated: frames dropped, a short word left out; a name that
// leaves out more, or a part of a whole, is another quantity.
func TestSameRestated(t *testing.T) {
	for _, c := range []struct {
		change, level string
		want          bool
	}{
		{"全省医院总数", "医院", true},
		{"卫生人员总数", "卫生健康人员总数", true},
		{"医院床位数", "医院床位", true},
		{"地方财政收入", "地方财政一般公共预算收入", false},
		{"医院", "民营医院", false},
	} {
		if got := sameRestated(c.change, c.level); got != c.want {
			t.Errorf("sameRestated(%q, %q) = %v", c.change, c.level, got)
		}
	}
	if !sameUnitBase("张", "万张") || sameUnitBase("人", "所") || !sameUnitBase("", "%") {
		t.Error("sameUnitBase")
	}
}
