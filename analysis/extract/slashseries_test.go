package extract

import "testing"

// TestSlashSeries: values of consecutive periods apart by slashes after
// their range, as broker notes write forecasts and quarters: each a figure
// of its period and the quantity (the words before 分别为, or the figure
// before 其中), the unit after the last value every value's.
func TestSlashSeries(t *testing.T) {
	text := "我们预计2025-2027年归母净利润分别为8.10/9.25/10.40亿元，维持增持评级。\n" +
		"前三季度经营净现金流-35.20亿元，其中Q1-Q3为-40/2/2.8亿元(2024Q1 - Q4为-30/10/6/25亿元)。\n"
	figs := mustExtract(t, text, Options{Year: 2025})
	checkFigures(t, "slash series", figs, []wantFig{
		{ind: "2025年归母净利润", value: 8.10, unit: "亿元"},
		{ind: "2026年归母净利润", value: 9.25, unit: "亿元"},
		{ind: "2027年归母净利润", value: 10.40, unit: "亿元"},
		{ind: "经营净现金流", value: -35.20, unit: "亿元"},
		{ind: "Q1经营净现金流", value: -40, unit: "亿元"},
		{ind: "Q2经营净现金流", value: 2, unit: "亿元"},
		{ind: "Q3经营净现金流", value: 2.8, unit: "亿元"},
		{ind: "2024Q1经营净现金流", value: -30, unit: "亿元"},
		{ind: "2024Q2经营净现金流", value: 10, unit: "亿元"},
		{ind: "2024Q3经营净现金流", value: 6, unit: "亿元"},
		{ind: "2024Q4经营净现金流", value: 25, unit: "亿元"},
	})
	if figs[8].Year != 2024 || figs[1].Year != 2026 {
		t.Errorf("years %d, %d", figs[8].Year, figs[1].Year)
	}
}

// TestSlashSeriesNotOther: a series whose count is not the range's, or
// with no range before it, is no series.
func TestSlashSeriesNotOther(t *testing.T) {
	for _, text := range []string{
		"预计2025-2027年归母净利润分别为8.10/9.25亿元。\n",
		"归母净利润为8.10/9.25/10.40亿元。\n",
	} {
		for _, f := range mustExtract(t, text, Options{Year: 2025}) {
			if f.Value == 8.10 && f.Indicator != "归母净利润" {
				t.Errorf("%q: %q %v", text, f.Indicator, f.Value)
			}
			if f.Indicator == "2025年归母净利润" {
				t.Errorf("%q: read as a series", text)
			}
		}
	}
	if p := slashSeriesPeriods([]string{"", "", "3", "", "1", "", ""}); p != nil {
		t.Errorf("Q3-Q1 runs backwards: %v", p)
	}
}
