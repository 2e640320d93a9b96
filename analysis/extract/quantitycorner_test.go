package extract

import "testing"

// TestQuantityCornerGrid: a year series one cell a line whose corner names
// the quantity (床位数), its total row unlabelled: the total is the
// quantity's, every other row its label and the quantity, a figure a year
// in the unit line's unit.
func TestQuantityCornerGrid(t *testing.T) {
	text := "各年全县医疗机构床位情况\n单位:张\n\n床位数\n\n2020\n\n2021\n\n2022\n\n   \n\n1250\n\n1310\n\n1402\n\n其中:公立医院\n\n980\n\n1004\n\n1050\n\n    乡镇卫生院\n\n310\n\n322\n\n347\n"
	figs := mustExtract(t, text, Options{Year: 2022})
	if len(figs) != 9 {
		t.Fatalf("got %d figures, want 9: %v", len(figs), figureSet(figs))
	}
	if f := figs[0]; f.Indicator != "床位数" || f.Value != 1250 || f.Unit != "张" || f.Period != "2020" {
		t.Errorf("first: %+v", f)
	}
	if f := figs[5]; f.Indicator != "公立医院床位数" || f.Value != 1050 || f.Period != "2022" || f.Parent != "床位数" {
		t.Errorf("part: %+v", f)
	}
	if f := figs[8]; f.Indicator != "乡镇卫生院床位数" || f.Value != 347 {
		t.Errorf("last: %+v", f)
	}
}

// TestQuantityCornerRefused: a corner word (项目) heads labels, not a
// quantity; a row with fewer values than years, or one year, is no
// quantity-corner grid.
func TestQuantityCornerRefused(t *testing.T) {
	for _, cells := range [][]string{
		{"项目", "2020", "2021", "10", "12", "医院", "5", "6"},
		{"床位数", "2020", "2021", "医院", "10", "卫生院", "5", "6"},
		{"床位数", "2020", "10", "卫生院", "5"},
	} {
		var tc []tcell
		for _, c := range cells {
			tc = append(tc, tcell{text: c})
		}
		if _, _, ok := quantityCornerRows(tc); ok {
			t.Errorf("%v: read as a quantity-corner grid", cells)
		}
	}
	if !quantityCornerCell("出院人数") || quantityCornerCell("指标") || quantityCornerCell("2021年") || quantityCornerCell("床位数(张)") {
		t.Error("quantityCornerCell")
	}
}

// TestQuantityCornerLabelledTotal: the same grid with its total row
// labelled (合计) names every row by its label and the quantity.
func TestQuantityCornerLabelledTotal(t *testing.T) {
	text := "单位:人次\n\n门诊人次\n\n2021\n\n2022\n\n合计\n\n5200\n\n5610\n\n县医院\n\n3100\n\n3320\n"
	figs := mustExtract(t, text, Options{Year: 2022})
	wantFigures(t, figs, []string{"合计门诊人次 5200 人次", "合计门诊人次 5610 人次", "县医院门诊人次 3100 人次", "县医院门诊人次 3320 人次"})
}
