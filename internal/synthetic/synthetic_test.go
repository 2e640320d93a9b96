package synthetic

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis"
)

func TestDeterministic(t *testing.T) {
	opt := Options{Indicators: 500, Years: 5, Seed: 7}
	a, b := Generate(opt), Generate(opt)
	if !reflect.DeepEqual(a.Indicators, b.Indicators) {
		t.Fatal("the same options gave different data")
	}
	c := Generate(Options{Indicators: 500, Years: 5, Seed: 8})
	if reflect.DeepEqual(a.Indicators, c.Indicators) {
		t.Fatal("another seed gave the same data")
	}
}

func TestShape(t *testing.T) {
	const n, ny = 2000, 5
	d := Generate(Options{Indicators: n, Years: ny})
	if len(d.Indicators) < n-1 || len(d.Indicators) > n {
		t.Fatalf("%d indicators, want about %d", len(d.Indicators), n)
	}
	years := d.Years()
	if want := []int{2020, 2021, 2022, 2023, 2024}; !reflect.DeepEqual(years, want) {
		t.Fatalf("years %v, want %v", years, want)
	}
	missPrev, missLast, zeroBase, missing, sections := 0, 0, 0, 0, map[string]bool{}
	units := map[string]int{}
	for _, ind := range d.Indicators {
		sections[ind.Section] = true
		units[ind.Unit]++
		if !strings.HasPrefix(ind.Name, "合成指标") || !strings.HasPrefix(ind.Section, "合成板块") {
			t.Fatalf("names not clearly synthetic: %s / %s", ind.Section, ind.Name)
		}
		missing += ny - len(ind.Points)
		if _, ok := ind.At(2023); !ok {
			missPrev++
		}
		if _, ok := ind.At(2024); !ok {
			missLast++
		}
		if p, ok := ind.At(2023); ok && p.Value == 0 {
			zeroBase++
		}
		for i, p := range ind.Points {
			if i > 0 && p.Year <= ind.Points[i-1].Year {
				t.Fatalf("%s: years not ascending", ind.Name)
			}
			if ind.IsRate() && (p.Value < 0 || p.Value > 100) {
				t.Fatalf("%s: rate %v outside 0–100", ind.Name, p.Value)
			}
			if ind.EffectiveKind() == analysis.KindCount && p.Value != float64(int64(p.Value)) {
				t.Fatalf("%s: count %v not whole", ind.Name, p.Value)
			}
		}
	}
	if missPrev == 0 || missLast == 0 || zeroBase == 0 {
		t.Errorf("edge cases: %d missing previous, %d missing latest, %d zero bases; want each ≥ 1", missPrev, missLast, zeroBase)
	}
	if rate := float64(missing) / (n * ny); rate < 0.005 || rate > 0.02 {
		t.Errorf("missing rate %.4f, want about 0.01", rate)
	}
	if len(sections) != 20 {
		t.Errorf("%d sections, want 20", len(sections))
	}
	for _, u := range Units {
		if units[u] == 0 {
			t.Errorf("unit %s never drawn", u)
		}
	}
	none := Generate(Options{Indicators: 300, Years: 3, MissingRate: -1, ZeroBaseRate: -1})
	if none.Len() != 300*3-2 { // the two forced missing values remain
		t.Errorf("without missing values: %d values, want %d", none.Len(), 300*3-2)
	}
}

// WriteLongCSV writes exactly the values Generate returns, in the format of
// the Python generator.
func TestWriteLongCSV(t *testing.T) {
	opt := Options{Indicators: 300, Years: 4, Seed: 3}
	var buf bytes.Buffer
	if err := WriteLongCSV(&buf, opt); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if lines[0] != "section,indicator,unit,year,value" {
		t.Fatalf("header %q", lines[0])
	}
	d := Generate(opt)
	if len(lines)-1 != d.Len() {
		t.Fatalf("%d rows, want %d", len(lines)-1, d.Len())
	}
	i := 1
	for _, ind := range d.Indicators {
		for _, p := range ind.Points {
			f := strings.Split(lines[i], ",")
			v, err := strconv.ParseFloat(f[4], 64)
			if err != nil || f[0] != ind.Section || f[1] != ind.Name || f[2] != ind.Unit || f[3] != strconv.Itoa(p.Year) || v != p.Value {
				t.Fatalf("line %d %q does not match %s %d %v", i+1, lines[i], ind.Name, p.Year, p.Value)
			}
			i++
		}
	}
}

func ExampleGenerate() {
	d := Generate(Options{Indicators: 3, Years: 2, Seed: 1, MissingRate: -1, ZeroBaseRate: -1})
	for _, ind := range d.Indicators {
		fmt.Println(ind.Section, ind.Name, len(ind.Points))
	}
	// Output:
	// 合成板块01 合成指标000001 2
	// 合成板块01 合成指标000002 2
	// 合成板块01 合成指标000003 2
}
