package extract

import (
	"reflect"
	"testing"
)

func TestMissingTailMark(t *testing.T) {
	for run, want := range map[string]bool{
		"12.50%11.40%-":      true,
		"3,210.55-1,004.20-": true,
		"8.1290.40-":         true,
		"12.50%11.40%-3.10%": false, // a sign before digits
		"2023-":              false, // no amount with a point
		"-":                  false,
		"12.50-1.00":         false,
		"1,234.56+":          false,
	} {
		if got := missingTailMark(run); got != want {
			t.Errorf("missingTailMark(%q) = %v, want %v", run, got, want)
		}
	}
}

func TestRunAmountPiecesMissingTail(t *testing.T) {
	pieces := func(run string) []string {
		var out []string
		for _, p := range runAmountPieces(run) {
			out = append(out, run[p[0]:p[1]])
		}
		return out
	}
	for run, want := range map[string][]string{
		"3,210.55-1,004.20-": {"3,210.55", "-1,004.20", "-"},
		"12.50%11.40%-":      {"12.50%", "11.40%", "-"},
		"8.1290.40-":         {"8.12", "90.40", "-"},
		"5.5-":               {"5.5", "-"},
		"1,234.56":           {"1,234.56"},
	} {
		if got := pieces(run); !reflect.DeepEqual(got, want) {
			t.Errorf("runAmountPieces(%q) = %q, want %q", run, got, want)
		}
	}
	if p := runAmountPieces("12-3-"); p != nil {
		t.Errorf("runAmountPieces(12-3-) = %v, want nil", p)
	}
}

func TestGluedRowMissingTail(t *testing.T) {
	s := "现金流量净额3,210.55-1,004.20-"
	var got []string
	for _, p := range gluedRowPieces(s) {
		got = append(got, s[p[0]:p[1]])
	}
	want := []string{"现金流量净额", "3,210.55", "-1,004.20", "-"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("gluedRowPieces(%q) = %q, want %q", s, got, want)
	}
}

func TestCompanyRowLineMissingTail(t *testing.T) {
	s := "资产负债率%(合并)30.10%28.70%-"
	end, vals, ok := companyRowLine(s)
	if !ok || s[:end] != "资产负债率%(合并)" || len(vals) != 3 || s[vals[2][0]:vals[2][1]] != "-" {
		t.Errorf("companyRowLine(%q) = %d %v %v", s, end, vals, ok)
	}
}

func TestFlatHeaderPriorPeriodEnd(t *testing.T) {
	s := "本报告期末上年期末增减比例%"
	ends, _, rest := flatHeaderParse(s)
	var got []string
	p := 0
	for _, e := range ends {
		got = append(got, s[p:e])
		p = e
	}
	want := []string{"本报告期末", "上年期末", "增减比例%"}
	if !reflect.DeepEqual(got, want) || rest != len(s) {
		t.Errorf("flatHeaderParse(%q) = %q (rest %d), want %q", s, got, rest, want)
	}
}

func TestCompanyTablePriorPeriodEnd(t *testing.T) {
	text := "本报告期末上年期末增减比例%\n" +
		"资产总计1,200.00900.00-25.00%\n" +
		"负债合计300.00400.00-25.00%\n" +
		"现金流量净额3,210.55-1,004.20-\n"
	figs, err := Extract([]byte(text), Options{Year: 2022})
	if err != nil {
		t.Fatal(err)
	}
	type fig struct {
		ind   string
		v     float64
		prior bool
	}
	var got []fig
	for _, f := range figs {
		got = append(got, fig{f.Indicator, f.Value, f.Prior})
	}
	want := []fig{{"资产总计", 1200, false}, {"资产总计", 900, true}, {"负债合计", 300, false}, {"负债合计", 400, true},
		{"现金流量净额", 3210.55, false}, {"现金流量净额", -1004.2, true}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("figures = %v, want %v", got, want)
	}
	if c := figs[0].Change; c == nil || c.Value != -25 || figs[1].Change != nil {
		t.Errorf("资产总计 changes %v %v, want -25 on the period's end only", figs[0].Change, figs[1].Change)
	}
}

func TestWrappedBracketNote(t *testing.T) {
	for label, want := range map[string]bool{
		"净资产收益率%(按扣除非经常性损": true,
		"每股收益(元/":          false,
		"营业收入(1-6":         false,
		"净资产收益率(按扣":        false, // too short for a note
		"净资产收益率(按扣除非经常性)":  false, // closed
	} {
		if got := wrappedBracketNote(label); got != want {
			t.Errorf("wrappedBracketNote(%q) = %v, want %v", label, got, want)
		}
	}
}

func TestCompanyTableWrappedNoteRow(t *testing.T) {
	text := "本报告期上年同期增减比例%\n" +
		"营业收入1,500.001,000.0050.00%\n" +
		"净资产收益率%(按扣除非经常性损2.50%2.00%-\n" +
		"益后的利润计算)\n" +
		"每股收益(元/股)0.300.2050.00%\n"
	figs, err := Extract([]byte(text), Options{Year: 2022})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, f := range figs {
		got[f.Indicator]++
	}
	for _, ind := range []string{"营业收入", "净资产收益率%(按扣除非经常性损益后的利润计算)", "每股收益"} {
		if got[ind] != 2 {
			t.Errorf("%s: %d figures, want 2 (all: %v)", ind, got[ind], got)
		}
	}
}
