package ingest

import (
	"bytes"
	"context"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/present"
	"github.com/annualstat/annualstat/report/xlsx"
)

// A 数据 sheet that goes on in 数据2 is read as one table.
func TestReadXLSXContinuation(t *testing.T) {
	hdr := []any{"section", "indicator", "unit", "year", "value"}
	b := workbook(t, []string{"同比分析", DataSheet, DataSheet + "2"}, map[string][][]any{
		"同比分析":          {{"不是数据"}},
		DataSheet:       {hdr, {"a", "x", "户", 2021, 1}, {"a", "x", "户", 2022, 2}},
		DataSheet + "2": {hdr, {"a", "y", "户", 2022, 3}, {"a", "x", "户", 2023, 4}},
	})
	got, err := ReadXLSX(bytes.NewReader(b), Options{Name: "book.xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	want := readString(t, "want.csv", "section,indicator,unit,year,value\na,x,户,2021,1\na,x,户,2022,2\na,y,户,2022,3\na,x,户,2023,4\n")
	equalDatasets(t, "continued sheet", got, want)
	// A duplicate across the sheets names the sheet.
	b = workbook(t, []string{DataSheet, DataSheet + "2"}, map[string][][]any{
		DataSheet:       {hdr, {"a", "x", "户", 2021, 1}},
		DataSheet + "2": {hdr, {"a", "x", "户", 2021, 1}},
	})
	_, err = ReadXLSX(bytes.NewReader(b), Options{Name: "book.xlsx"})
	if err == nil || !strings.HasPrefix(err.Error(), "book.xlsx:数据2!D2:") {
		t.Errorf("duplicate across sheets: %v", err)
	}
}

// The workbook annualstat writes (report/xlsx) reads back as the dataset
// it was written from.
func TestReadXLSXFromReportWriter(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	sample, err := Load(samplePath, Options{})
	if err != nil {
		t.Fatal(err)
	}
	datasets := []*analysis.Dataset{sample}
	for i := 0; i < 20; i++ {
		d := randomDataset(rng, false)
		for _, ind := range d.Indicators {
			ind.Name = strings.TrimSpace(ind.Name)
			ind.Note = strings.TrimSpace(ind.Note)
			for j := range ind.Points {
				p := &ind.Points[j]
				p.Note = strings.TrimSpace(p.Note)
				if st := p.FirstChange(); st != nil && st.Kind == analysis.ChangeNone {
					p.Changes = nil // not representable in a table
				}
				if len(p.Changes) > 0 && rng.IntN(2) == 0 {
					p.Changes = append(p.Changes, moreChanges[rng.IntN(len(moreChanges))]...)
				}
			}
		}
		if d.Reindex() == nil && d.Len() > 0 {
			datasets = append(datasets, d)
		}
	}
	for i, d := range datasets {
		table, err := analysis.Analyze(d, analysis.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := xlsx.WriteTo(context.Background(), &buf, present.New(table, nil, present.Options{}), table, xlsx.Options{}); err != nil {
			t.Fatalf("dataset %d: writing: %v", i, err)
		}
		got, err := ReadXLSX(bytes.NewReader(buf.Bytes()), Options{Name: "appendix.xlsx"})
		if err != nil {
			t.Fatalf("dataset %d: %v", i, err)
		}
		// The workbook keeps 15 significant digits, as Excel does: accept
		// values that close and compare everything else exactly.
		snap15(t, got, d)
		equalDatasets(t, "report/xlsx workbook", got, d)
	}
}

// snap15 replaces the values of got that agree with want's to 15
// significant digits by want's.
func snap15(t *testing.T, got, want *analysis.Dataset) {
	t.Helper()
	close15 := func(a, b float64) bool { return a == b || math.Abs(a-b) <= 1e-14*math.Abs(b) }
	for i, ind := range got.Indicators {
		if i >= len(want.Indicators) || len(ind.Points) != len(want.Indicators[i].Points) {
			return
		}
		for j := range ind.Points {
			p, w := &ind.Points[j], want.Indicators[i].Points[j]
			if close15(p.Value, w.Value) {
				p.Value = w.Value
			}
			if p.FirstChange() != nil && w.FirstChange() != nil && close15(p.Changes[0].Value, w.Changes[0].Value) {
				p.Changes[0].Value = w.Changes[0].Value
			}
		}
	}
}
