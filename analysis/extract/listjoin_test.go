package extract

import "testing"

// TestListJoinAfterUnit: values listed with 和 after a unit the copy set
// apart by a space are each read with their unit and subject; a classifier
// before 和 keeps its rule.
func TestListJoinAfterUnit(t *testing.T) {
	text := "本年营业收入和净利润分别为48.30 亿元和5.12 亿元。"
	checkFigures(t, text, mustExtract(t, text, Options{Year: 2023}), []wantFig{
		{ind: "营业收入", value: 48.3, unit: "亿元"}, {ind: "净利润", value: 5.12, unit: "亿元"},
	})
	if !listJoinAfterUnit('和', "亿元") || !listJoinAfterUnit('及', "万吨") || listJoinAfterUnit('和', "个") || listJoinAfterUnit('的', "亿元") {
		t.Errorf("listJoinAfterUnit: wrong reading of 和/及 after a unit or a classifier")
	}
}
