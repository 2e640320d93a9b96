package extract

import "testing"

func TestPinyinSyllable(t *testing.T) {
	for _, s := range []string{"shi", "zhuang", "qu", "nian", "chang", "zeng"} {
		if !pinyinSyllable(s) {
			t.Errorf("%s: want a syllable", s)
		}
	}
	for _, s := range []string{"kg", "km", "t", "an", "ha", "gdp", "mw"} {
		if pinyinSyllable(s) {
			t.Errorf("%s: no syllable", s)
		}
	}
}

// A copy with toneless reading notes, some doubled: read through them;
// a lone unit in brackets stays.
func TestTonelessReadingNotes(t *testing.T) {
	text := "全市(shi)(shi)實(shi)現地區(qu)生產(chan)總(zong)值(zhi)520.3億元,同(tong)(tong)比增(zeng)長(chang)(chang)5.1%。"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(figs) != 1 || figs[0].Value != 520.3 || figs[0].Unit != "亿元" || figs[0].Change == nil || figs[0].Change.Value != 5.1 {
		t.Fatalf("got %+v", figs)
	}
	if figs[0].Indicator != "地區生產總值" {
		t.Errorf("subject %q", figs[0].Indicator)
	}
	if manyTonelessNotes("产量(kg)1200,面积(km)35,重量(t)8") {
		t.Error("units in brackets are no notes")
	}
}
