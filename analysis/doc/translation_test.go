package doc

import (
	"strings"
	"testing"
)

// TestAlignedTranslationLines: the English header lines of a bilingual
// year series, wrapped over more lines than the Chinese (Gross / Domestic /
// Product), make no header rows: the header is the Chinese one, a per-mille
// sign the English alone writes kept under its column.
func TestAlignedTranslationLines(t *testing.T) {
	text := "年 份      地区生产     常住人口     出生率\n" +
		"           总值(亿元)   (万人)\n" +
		"Year       Gross        Population   Birth Rate(‰)\n" +
		"           Domestic\n" +
		"           Product\n" +
		"2021       1420.8       80.6         9.1\n" +
		"2022       1500.1       80.9         8.7\n"
	var lines []TextLine
	off := 0
	for _, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		lines = append(lines, TextLine{Text: l, Offset: off})
		off += len(l) + 1
	}
	tb, err := AlignedTable(lines, GridOptions{})
	if err != nil || tb == nil {
		t.Fatalf("AlignedTable: %v, %v", tb, err)
	}
	tb.Normalize()
	if tb.HeaderRows != 1 {
		t.Fatalf("header rows %d, want 1", tb.HeaderRows)
	}
	want := []string{"年 份", "地区生产总值(亿元)", "常住人口(万人)", "出生率(‰)"}
	for c, w := range want {
		if got := tb.Rows[0][c].Text; got != w {
			t.Errorf("header %d = %q, want %q", c, got, w)
		}
	}
	if got := tb.Rows[1][1].Text; got != "1420.8" {
		t.Errorf("first row's first value %q, want 1420.8", got)
	}
}
