package xxgk

import (
	"os"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis"
)

func readFixture(t *testing.T, name string) *Report {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rep, err := ReadText(f, name)
	if err != nil {
		t.Fatalf("ReadText(%s): %v", name, err)
	}
	return rep
}

func rules(fs []analysis.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule+" "+f.Severity.String()+" "+f.Message)
	}
	return out
}

// 淮安 2024 (XXGK.md): every identity holds; the prose agrees.
func TestHuaian2024(t *testing.T) {
	rep := readFixture(t, "huaian-2024.txt")
	if rep.T3Format != Format2021 || rep.T2Format != Format2021 {
		t.Errorf("formats T2 %v T3 %v, want 2021", rep.T2Format, rep.T3Format)
	}
	if got := len(rep.T3); got != 25*7 {
		t.Errorf("T3 has %d cells, want 175", got)
	}
	want := map[string]float64{
		"R1·C1": 3001, "R1·C5": 61, "R1·C7": 3119, "R2·C7": 34, "R3.3.2·C2": 1, "R3.3.8·C7": 105,
		"R3.4.1·C6": 1, "R3.5.3·C7": 0, "R3.6.3·C7": 110, "R3.7·C7": 3050, "R4·C1": 103,
	}
	for id, v := range want {
		if got := rep.T3[id].Num; got != v {
			t.Errorf("%s = %v, want %v", id, got, v)
		}
	}
	t4 := map[string]float64{"A1": 72, "A5": 351, "B2": 4, "B5": 26, "D4": 6, "D5": 20}
	for id, v := range t4 {
		if got := rep.T4[id].Num; got != v {
			t.Errorf("%s = %v, want %v", id, got, v)
		}
	}
	t2 := map[string]float64{"Z1·C3": 11, "Z2·C2": 26, "Z3·C1": 447228, "Z4·C1": 3985758, "Z5·C1": 88283, "Z6·C1": 96171.6}
	for id, v := range t2 {
		if got := rep.T2[id].Num; got != v {
			t.Errorf("%s = %v, want %v", id, got, v)
		}
	}
	if fs := Check(rep, nil); len(fs) != 0 {
		t.Errorf("findings on 淮安 2024, want none:\n%s", strings.Join(rules(fs), "\n"))
	}
	// The prose's four figures were read (3119 受理, 3050 答复, 34 结转, 103 顺延).
	got := map[string]float64{}
	for _, p := range rep.Prose {
		got[p.Measure] = p.Value
	}
	wantProse := map[string]float64{MeasureNew: 3119, MeasureAnswered: 3050, MeasureCarryIn: 34, MeasureCarryOut: 103}
	for m, v := range wantProse {
		if got[m] != v {
			t.Errorf("prose %s = %v, want %v (all: %+v)", m, got[m], v, rep.Prose)
		}
	}
	if rep.Body != "淮安市人民政府" || rep.Year != 2024 {
		t.Errorf("title: %q %d", rep.Body, rep.Year)
	}
}

// 洪泽 2023: the 2019 single （六） row; T4 violates H4 twice, T3 holds.
func TestHongze2023(t *testing.T) {
	rep := readFixture(t, "hongze-2023.txt")
	if rep.T3Format != Format2019 {
		t.Errorf("T3 format %v, want 2019 (single （六） row)", rep.T3Format)
	}
	if got := len(rep.T3); got != 23*7 {
		t.Errorf("T3 has %d cells, want 161", got)
	}
	if rep.T3["R3.3.6·C7"].Num != 1 || rep.T3["R3.4.2·C1"].Num != 3 {
		t.Errorf("1、 numbering misread: R3.3.6·C7 %v R3.4.2·C1 %v", rep.T3["R3.3.6·C7"].Num, rep.T3["R3.4.2·C1"].Num)
	}
	fs := Check(rep, nil)
	if len(fs) != 2 {
		t.Fatalf("want the two H4 violations, got:\n%s", strings.Join(rules(fs), "\n"))
	}
	for i, want := range []string{"表四行政复议：结果维持、结果纠正、其他结果、尚未审结之和为10+1+0+0=11，但“总计”（A5）为0。",
		"表四行政诉讼（复议后起诉）：结果维持、结果纠正、其他结果、尚未审结之和为5+0+0+0=5，但“总计”（D5）为0。"} {
		if fs[i].Rule != RuleH4 || fs[i].Severity != analysis.Error || fs[i].Message != want {
			t.Errorf("finding %d: %s %v %q, want H4 error %q", i, fs[i].Rule, fs[i].Severity, fs[i].Message, want)
		}
	}
	if fs[0].Indicators[0] != "A5" || fs[1].Indicators[0] != "D5" {
		t.Errorf("cells named: %v %v", fs[0].Indicators, fs[1].Indicators)
	}
}

// 洪泽 2024: identities hold; X1 and X2 hold against 2023; the prose's 17
// against R1·C7 = 95 is an X3 warning.
func TestHongze2024(t *testing.T) {
	prev := readFixture(t, "hongze-2023.txt")
	rep := readFixture(t, "hongze-2024.txt")
	if rep.T3Format != Format2019 {
		t.Errorf("T3 format %v, want 2019", rep.T3Format)
	}
	if rep.T3["R3.3.3·C7"].Num != 1 || rep.T3["R3.4.1·C1"].Num != 31 || rep.T3["R2·C7"].Num != 0 {
		t.Errorf("cells: R3.3.3·C7 %v R3.4.1·C1 %v", rep.T3["R3.3.3·C7"].Num, rep.T3["R3.4.1·C1"].Num)
	}
	if _, ok := rep.T3["R2·C3"]; !ok {
		t.Error("blank R2·C3 missing: blank cells are zeros")
	}
	fs := Check(rep, prev)
	if len(fs) != 1 {
		t.Fatalf("want one X3 warning, got:\n%s", strings.Join(rules(fs), "\n"))
	}
	f := fs[0]
	if f.Rule != RuleX3 || f.Severity != analysis.Warning || f.Expected != "95" || f.Found != "17" {
		t.Errorf("got %s %v expected %s found %s", f.Rule, f.Severity, f.Expected, f.Found)
	}
	if !strings.Contains(f.Message, "受理政府信息公开申请17件") || !strings.Contains(f.Message, "95件") {
		t.Errorf("message %q", f.Message)
	}
	// X2 by hand: 行政规范性文件 5 + 3 − 0 = 8.
	if len(CheckX2(rep, prev)) != 0 || len(CheckX1(rep, prev)) != 0 {
		t.Error("X1/X2 should hold from 2023 to 2024")
	}
	// and would fail if the stock did not follow
	bad := *rep
	bad.T2 = map[string]Value{}
	for k, v := range rep.T2 {
		bad.T2[k] = v
	}
	bad.T2["Z2·C3"] = Value{Num: 9, Text: "9"}
	if x := CheckX2(&bad, prev); len(x) != 1 || x[0].Expected != "8" {
		t.Errorf("X2 with 9 in force: %v", rules(x))
	}
}

// Parts of two real reports not in XXGK.md, in their pages' own layouts:
// what they show is read, nothing is invented, no false alarm; the one
// real disagreement (prose 2 against R1·C7 = 3) is an X3 warning.
func TestRealParts(t *testing.T) {
	cc := readFixture(t, "changchun-2023-part.txt")
	if cc.T3["R1·C7"].Num != 3 || len(cc.T3) != 14 || len(cc.T2) != 8 {
		t.Errorf("changchun: R1·C7 %v, %d T3 cells, %d T2 cells", cc.T3["R1·C7"].Num, len(cc.T3), len(cc.T2))
	}
	fs := Check(cc, nil)
	if len(fs) != 1 || fs[0].Rule != RuleX3 || fs[0].Severity != analysis.Warning || fs[0].Found != "2" || fs[0].Expected != "3" {
		t.Errorf("changchun: %v", rules(fs))
	}
	lg := readFixture(t, "longgang-2024-part.txt")
	want := map[string]float64{"R1·C1": 58, "R1·C2": 7, "R1·C5": 1, "R1·C7": 66, "R2·C7": 2, "R3.1·C7": 3, "R3.2·C1": 16, "R3.3.5·C7": 1, "Z2·C3": 25}
	for id, w := range want {
		v, ok := lg.T3[id]
		if !ok {
			v, ok = lg.T2[id]
		}
		if !ok || v.Num != w {
			t.Errorf("longgang %s = %v (present %v), want %v", id, v.Num, ok, w)
		}
	}
	if len(lg.T4) != 0 {
		t.Errorf("longgang: T4 from the overview sentence: %+v", lg.T4)
	}
	if fs := Check(lg, nil); len(fs) != 0 {
		t.Errorf("longgang: %v", rules(fs))
	}
}
