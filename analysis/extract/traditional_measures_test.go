package extract

import "testing"

// TestTraditionalMeasureWords: a crop's area and output in traditional
// script (播種面積…, 產量…) name the output by the crop, as in simplified
// (小麥產量, not 小麥播種面積產量), and with reading notes in the words the
// same.
func TestTraditionalMeasureWords(t *testing.T) {
	for _, text := range []string{
		"全縣小麥播種面積12.5萬畝,產量4.3萬噸,增長2.1%。",
		"全縣小麥播種(zhǒng)面積12.5萬畝,產(chǎn)量4.3萬噸,增長(zhǎng)2.1%。",
	} {
		figs := mustExtract(t, text, Options{Year: 2023})
		checkFigures(t, text, figs, []wantFig{
			{ind: "小麥播種面積", value: 12.5, unit: "万亩"},
			{ind: "小麥產量", value: 4.3, unit: "万吨", changes: []string{"growth_pct 2.1"}},
		})
	}
}

// TestEvalNormSubjectReadingNotes: the scorer drops reading notes before
// notes in brackets, so a bracketed note with reading notes inside it
// ((不含農(nóng)戶(hù))) is dropped whole, as the same note without them is.
func TestEvalNormSubjectReadingNotes(t *testing.T) {
	got := evalNormSubject("固定資產(chǎn)投資 (不含農(nóng)戶(hù))環(huán)比增速")
	if want := evalNormSubject("固定資產投資(不含農戶)環比增速"); got != want {
		t.Errorf("evalNormSubject = %q, want %q", got, want)
	}
}
