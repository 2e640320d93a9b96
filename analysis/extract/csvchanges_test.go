package extract

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
)

// WriteCSV's changes cell holds every stated change as the analysis
// package holds it, so the CSV read back by ingest gives the changes
// ToDataset gives (the statement no longer doubles 比上年增长).
func TestCSVChangesReadBack(t *testing.T) {
	text := "2023年，全院受理刑事案件262件，同比下降2.60%，同比减少7件。新增市场主体500户，比上年增长25%。"
	figs, err := Extract([]byte(text), Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, figs); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"growth_pct -2.6 (-2.60) base=同比 verb=下降 decimals=2; abs -7 (-7) base=同比 verb=减少 decimals=0",
		"growth_pct 25 (25) base=比上年 verb=增长 decimals=0",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("CSV lacks %q:\n%s", want, out)
		}
	}
	back, err := ingest.ReadCSV(strings.NewReader(out), ingest.Options{Name: "x.csv"})
	if err != nil {
		t.Fatal(err)
	}
	direct, err := ToDataset(figs, Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"全院受理刑事案件", "新增市场主体"} {
		var a, b *analysis.Indicator
		for _, ind := range back.Indicators {
			if ind.Name == name {
				a = ind
			}
		}
		for _, ind := range direct.Indicators {
			if ind.Name == name {
				b = ind
			}
		}
		if a == nil || b == nil {
			t.Fatalf("%s: missing (csv %v, direct %v)", name, a != nil, b != nil)
		}
		pa, _ := a.At(2023)
		pb, _ := b.At(2023)
		if len(pa.Changes) == 0 || !reflect.DeepEqual(pa.Changes, pb.Changes) {
			t.Errorf("%s: changes read back %+v, ToDataset %+v", name, pa.Changes, pb.Changes)
		}
	}
	tab, err := analysis.Analyze(back, analysis.Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range tab.Rows {
		if r.Indicator.Name == "新增市场主体" && r.Statement != "新增市场主体500户，比上年增长25%" {
			t.Errorf("statement from the CSV: %q", r.Statement)
		}
	}
}
