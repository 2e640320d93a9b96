package analysis

import (
	"reflect"
	"strings"
	"testing"
)

// The changes column: the form written by hand, read back, and texts that
// need escaping.
func TestFormatParseChanges(t *testing.T) {
	two := []Stated{
		{Kind: ChangeGrowthPct, Value: -2.6, Text: "2.60", Precision: PrecisionOf(2), Base: "同比", Verb: "下降"},
		{Kind: ChangeAbs, Value: -7, Text: "7", Base: "同比", Verb: "减少", Unit: "件"},
	}
	const want = "growth_pct -2.6 (2.60) base=同比 verb=下降 decimals=2; abs -7 (7) base=同比 verb=减少 unit=件"
	got, err := FormatChanges(two)
	if err != nil || got != want {
		t.Fatalf("FormatChanges = %q, %v\nwant %q", got, err, want)
	}
	back, err := ParseChanges(want)
	if err != nil || !reflect.DeepEqual(back, two) {
		t.Fatalf("ParseChanges(%q) = %+v, %v", want, back, err)
	}
	// Written by hand, loosely spaced; extract's older cells (text only).
	back, err = ParseChanges("  pp 1.5 (1.5个百分点) ;multiple 6 (增长5倍)  ")
	if err != nil || len(back) != 2 || back[0] != (Stated{Kind: ChangePP, Value: 1.5, Text: "1.5个百分点"}) ||
		back[1] != (Stated{Kind: ChangeMultiple, Value: 6, Text: "增长5倍"}) {
		t.Errorf("hand-written: %+v, %v", back, err)
	}
	odd := []Stated{
		{Kind: ChangeGrowthPct, Value: 1e-9, Text: `a) b\c; (d`, Base: "比 上年;末", Verb: `x\y`, Ambiguous: true},
		{Kind: ChangeAbs, Value: 3e25},
	}
	s, err := FormatChanges(odd)
	if err != nil {
		t.Fatal(err)
	}
	if back, err := ParseChanges(s); err != nil || !reflect.DeepEqual(back, odd) {
		t.Errorf("round trip of %q: %+v, %v", s, back, err)
	}
	if back, err := ParseChanges(" "); err != nil || back != nil {
		t.Errorf("blank: %+v, %v", back, err)
	}
	for in, msg := range map[string]string{
		"growth 1":                  `change 1: want a kind growth_pct, pp, multiple or abs, got "growth"`,
		"pp x":                      `change 1 (pp): want its value as a number, got "x"`,
		"pp 1 (1.0":                 "no closing )",
		"pp 1; abs NaN":             `change 2 (abs): want its value as a number, got "NaN"`,
		"abs 1 colour=red":          `unknown field "colour=red"`,
		"abs 1 decimals=-1":         "want decimals=N",
		"growth_pct 1 ambiguous=no": "want ambiguous alone",
	} {
		if _, err := ParseChanges(in); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("ParseChanges(%q) = %v, want %q", in, err, msg)
		}
	}
	if _, err := FormatChanges([]Stated{{Kind: ChangeAbs, Value: posInf()}}); err == nil {
		t.Error("FormatChanges accepted +Inf")
	}
}

func posInf() float64 { var z float64; return 1 / z }

// ParseChanges never panics, and what it reads FormatChanges writes back
// to the same changes.
func FuzzParseChanges(f *testing.F) {
	for _, s := range []string{"growth_pct -2.6 (2.60) base=同比 verb=下降 decimals=2; abs -7 (7)", "pp 1 (a\\)b) ambiguous", "abs 1e300", "multiple 6 (", "; ;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cs, err := ParseChanges(s)
		if err != nil {
			return
		}
		out, err := FormatChanges(cs)
		if err != nil {
			t.Fatalf("FormatChanges(%+v): %v", cs, err)
		}
		back, err := ParseChanges(out)
		if err != nil || !reflect.DeepEqual(back, cs) {
			t.Fatalf("%q → %+v → %q → %+v, %v", s, cs, out, back, err)
		}
	})
}
