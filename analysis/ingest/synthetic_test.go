package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/synthetic"
)

// A generated file loads to the generated dataset, grouped by indicator or
// sorted by year.
func TestLoadSynthetic(t *testing.T) {
	opt := synthetic.Options{Indicators: 6000, Years: 4, Seed: 11}
	want := synthetic.Generate(opt)
	var buf bytes.Buffer
	if err := synthetic.WriteLongCSV(&buf, opt); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "grouped.csv")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The generator writes fixed decimals (44765.800); the precision read
	// from them is not part of the generated dataset.
	clearPrecision(got)
	equalDatasets(t, "grouped", got, want)

	// The same rows sorted by year, then by indicator backwards.
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	body := lines[1:]
	slices.SortStableFunc(body, func(a, b string) int {
		fa, fb := strings.Split(a, ","), strings.Split(b, ",")
		if c := strings.Compare(fa[3], fb[3]); c != 0 {
			return c
		}
		return -strings.Compare(fa[1], fb[1])
	})
	path = filepath.Join(dir, "by-year.csv")
	if err := os.WriteFile(path, []byte(lines[0]+"\n"+strings.Join(body, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err = Load(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Indicators) != len(want.Indicators) {
		t.Fatalf("%d indicators, want %d", len(got.Indicators), len(want.Indicators))
	}
	clearPrecision(got)
	for _, w := range want.Indicators {
		g := got.Lookup(w.Key())
		if g == nil || !reflect.DeepEqual(g.Points, w.Points) {
			t.Fatalf("%v: got %+v, want %+v", w.Key(), g, w)
		}
	}
}

// clearPrecision forgets the written precision of every value of d.
func clearPrecision(d *analysis.Dataset) {
	for _, ind := range d.Indicators {
		for i := range ind.Points {
			ind.Points[i].Precision = 0
		}
	}
}
