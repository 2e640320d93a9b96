package extract

import "testing"

// A table copied one cell a line with one data row under a header of
// quantities with units: read, the empty column dropped.
func TestOneRowStream(t *testing.T) {
	text := "附表 各类机构汇总\n科室 |\n门诊量(人次) |\n住院人数(人) |\n|\n床位数(张) |\n合计 |\n52310 |\n1204 |\n|\n380 |\n"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"合计门诊量": 52310, "合计住院人数": 1204, "合计床位数": 380}
	if len(figs) != len(want) {
		t.Fatalf("got %d figures, want %d: %+v", len(figs), len(want), figs)
	}
	for _, f := range figs {
		if want[f.Indicator] != f.Value {
			t.Errorf("%s %v: not wanted", f.Indicator, f.Value)
		}
	}
}

func TestOneRowStreamRefused(t *testing.T) {
	cells := func(ts ...string) []tcell {
		var out []tcell
		for _, s := range ts {
			out = append(out, tcell{text: s})
		}
		return out
	}
	isValue := byText(func(c tcell) bool {
		_, _, _, ok := parseCell(c.text)
		return c.text == "" || ok
	})
	if w, _, ok := oneRowStream(cells("科室", "门诊量(人次)", "床位数(张)", "合计", "52310", "380"), isValue); !ok || w != 2 {
		t.Errorf("want one row of width 2, got %v %d", ok, w)
	}
	for _, c := range [][]tcell{
		cells("科室", "门诊量较多", "床位数(张)", "合计", "52310", "380"),        // a header cell of no known form
		cells("科室", "门诊量(人次)", "床位数(张)", "合计", "52310", "380", "注"), // not two rows
		cells("科室", "门诊量(人次)", "", "合计", "52310", "380"),            // an empty header over a value
	} {
		if _, _, ok := oneRowStream(c, isValue); ok {
			t.Errorf("%v: no one-row table", c)
		}
	}
}
