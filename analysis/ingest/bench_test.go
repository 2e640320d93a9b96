package ingest

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/synthetic"
)

// The benchmark file: 200,000 indicators × 5 years, about 990,000 rows, as
// the Python generator of the pandas baseline makes it.
var (
	bigOnce sync.Once
	bigPath string
	bigErr  error
)

func bigCSV(b *testing.B) string {
	b.Helper()
	bigOnce.Do(func() {
		dir, err := os.MkdirTemp("", "ingest-bench")
		if err != nil {
			bigErr = err
			return
		}
		bigPath = filepath.Join(dir, "big.csv")
		f, err := os.Create(bigPath)
		if err != nil {
			bigErr = err
			return
		}
		if err := synthetic.WriteLongCSV(f, synthetic.Options{Indicators: 200_000, Years: 5, Seed: 42}); err != nil {
			bigErr = err
		}
		if err := f.Close(); err != nil && bigErr == nil {
			bigErr = err
		}
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	return bigPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bigPath != "" {
		os.RemoveAll(filepath.Dir(bigPath))
	}
	os.Exit(code)
}

// BenchmarkLoadLong200k loads a 1M-row long CSV (200,000 indicators × 5
// years). Target (with BenchmarkLoadAnalyze200k): 3× faster than pandas'
// read_csv + pivot + YoY of the same file, peak memory under 250 MB.
func BenchmarkLoadLong200k(b *testing.B) {
	path := bigCSV(b)
	st, _ := os.Stat(path)
	b.SetBytes(st.Size())
	b.ReportAllocs()
	for b.Loop() {
		d, err := Load(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Indicators) < 199_000 {
			b.Fatalf("%d indicators", len(d.Indicators))
		}
	}
}

// BenchmarkLoadAnalyze200k loads the 1M-row file and computes the
// year-over-year table, as the pandas baseline's read + pivot + YoY does.
func BenchmarkLoadAnalyze200k(b *testing.B) {
	path := bigCSV(b)
	b.ReportAllocs()
	for b.Loop() {
		d, err := Load(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		t, err := analysis.Analyze(d, analysis.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(t.Rows) != len(d.Indicators) {
			b.Fatal("rows")
		}
	}
}

func BenchmarkParseNumber(b *testing.B) {
	inputs := []string{"28716", "95.87", "28,716", "２８７１６", "12.33%", "-0.5"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			if _, _, err := ParseNumber(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}
