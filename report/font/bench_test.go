package font

import (
	"os"
	"testing"
)

// BenchmarkResolveCached measures a Resolve after the first: the system
// search result comes from the process cache (a map lookup plus building
// the key from the search directories).
func BenchmarkResolveCached(b *testing.B) {
	systemFont(b, wqyMicroHei)
	opt := Options{Getenv: func(k string) string {
		if k == EnvVar {
			return ""
		}
		return os.Getenv(k)
	}}
	if _, err := Resolve(opt, PDF); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Resolve(opt, PDF); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResolveCachedPath is the same for an explicit Options.Path,
// which adds a stat of the file.
func BenchmarkResolveCachedPath(b *testing.B) {
	systemFont(b, wqyMicroHei)
	opt := Options{Path: wqyMicroHei}
	if _, err := Resolve(opt, PDF); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Resolve(opt, PDF); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseWQYMicroHei is the cost the cache saves: extracting face 0
// of wqy-microhei.ttc (5 MB) and parsing it, from bytes in memory.
func BenchmarkParseWQYMicroHei(b *testing.B) {
	data := systemFont(b, wqyMicroHei)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(data, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadAndCheckWQYMicroHei adds reading the file and the checks
// Resolve makes (PDF tables and Probe coverage): an uncached resolution of
// an explicit path.
func BenchmarkLoadAndCheckWQYMicroHei(b *testing.B) {
	systemFont(b, wqyMicroHei)
	b.ReportAllocs()
	for b.Loop() {
		f, err := Load(wqyMicroHei, 0)
		if err != nil {
			b.Fatal(err)
		}
		if err := suitable(f, PDF); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMissing measures a coverage check of a 100-rune sentence.
func BenchmarkMissing(b *testing.B) {
	data := systemFont(b, wqyMicroHei)
	f, err := Parse(data, 0)
	if err != nil {
		b.Fatal(err)
	}
	const s = "2022年全区市场主体新增4698户，同比增长12.33%；行政许可数据10685条，行政处罚数据1052条，网办率100%，即办件占比98.06%。投资约2.25亿元。"
	b.ReportAllocs()
	for b.Loop() {
		if m := f.Missing(s); len(m) != 0 {
			b.Fatalf("missing %q", string(m))
		}
	}
}
