package extract

import "testing"

// TestUnnamedColumns: a table whose header fits its value columns in no
// way gives no figures named by the row label alone; a table whose header
// names its columns still gives every figure.
func TestUnnamedColumns(t *testing.T) {
	unplaced := "单位：万元\n" +
		"类别 | 项目 |\n" +
		"上半年 | 下半年 | 合计 | | | | |\n" +
		"拨付 | 发放 | 人次 | 其中:甲 | 乙 | | |\n" +
		"人次 | 金额 | 人次 | 金额 | | | |\n" +
		"小学 | 午餐补助 | 12.5 | 12.5 | 250 | 100 | 5.0 | 150 | 7.5 |\n" +
		"初中 | 住宿补助 | 20.4 | 20.4 | 340 | 140 | 7.0 | 200 | 13.4 |\n"
	figs, err := Extract([]byte(unplaced), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range figs {
		if f.Indicator == "小学" || f.Indicator == "初中" || f.Indicator == "午餐补助" || f.Indicator == "住宿补助" {
			t.Errorf("figure named by its row label alone: %s %v", f.Indicator, f.Value)
		}
	}
	named := "单位：万元\n" +
		"项目 | 拨付资金 | 发放金额 |\n" +
		"午餐补助 | 12.5 | 12.0 |\n" +
		"住宿补助 | 20.4 | 19.8 |\n"
	got := map[string]float64{}
	figs, err = Extract([]byte(named), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range figs {
		got[f.Indicator] = f.Value
	}
	for k, v := range map[string]float64{"午餐补助拨付资金": 12.5, "午餐补助发放金额": 12.0, "住宿补助拨付资金": 20.4, "住宿补助发放金额": 19.8} {
		if got[k] != v {
			t.Errorf("%s = %v, want %v (got %v)", k, got[k], v, got)
		}
	}
}

// TestUnnamedColumnRule: the column rule alone.
func TestUnnamedColumnRule(t *testing.T) {
	if !unnamedColumn(tableColumn{}) {
		t.Error("an empty column is unnamed")
	}
	for _, c := range []tableColumn{{name: "产量"}, {period: "当月"}, {year: 2023}, {change: GrowthPct}, {group: "收入"}} {
		if unnamedColumn(c) {
			t.Errorf("%+v is named", c)
		}
	}
	cols := []tableColumn{{}, {}, {}}
	markUnnamedColumns(cols, 1)
	if cols[0].unnamed || !cols[1].unnamed || !cols[2].unnamed {
		t.Errorf("marked %+v", cols)
	}
	cols = []tableColumn{{}, {name: "产量"}, {}}
	markUnnamedColumns(cols, 1)
	if cols[1].unnamed || cols[2].unnamed {
		t.Errorf("a header that names a column leaves the others to the template rules: %+v", cols)
	}
}
