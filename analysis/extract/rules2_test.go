package extract

import "testing"

// TestDigitGroupSpace: a space, thin space or no-break space between groups
// of three digits is part of one number (digitGroupSpace); separate numbers
// stay separate.
func TestDigitGroupSpace(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年受理案件321 146件。", []wantFig{{ind: "受理案件", value: 321146, unit: "件", number: "321 146"}}},
		{"一般公共预算收入1\u2009234.5亿元。", []wantFig{{ind: "一般公共预算收入", value: 1234.5, unit: "亿元"}}},
		{"地区生产总值2\u00a0345\u00a0678万元。", []wantFig{{ind: "地区生产总值", value: 2345678, unit: "万元"}}},
		{"年末户籍人口12 345人，增长1.2%。", []wantFig{{ind: "户籍人口", value: 12345, unit: "人", changes: []string{"growth_pct 1.2"}}}},
		// Not digit groups: a year, then a count; four digits after a space.
		{"2023 年 15 个项目完成投资。", nil},
		{"2022年 123个项目完成。", []wantFig{{ind: "项目", value: 123, unit: "个"}}},
	})
}

// TestDigitGroupSpaceColumns: numbers set apart by spaces in a row of
// columns are not digit groups of one number.
func TestDigitGroupSpaceColumns(t *testing.T) {
	for _, c := range []struct {
		s    string
		j    int
		want bool
	}{
		{"12 345 678 9.1", 2, true},
		{"2 345 678万元", 1, false},
		{"321 146件", 3, false},
		{"1 234 5", 1, true},
	} {
		if got := spacedColumns(c.s, c.j+1); got != c.want {
			t.Errorf("spacedColumns(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want int
	}{{" 146件", 1}, {"\u2009146", 3}, {"\u00a0146", 2}, {" 1461", 0}, {" 14件", 0}, {"  146", 0}, {"x146", 0}} {
		if got := digitGroupSpace(c.s, 0); got != c.want {
			t.Errorf("digitGroupSpace(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}
