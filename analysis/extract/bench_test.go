package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
)

// benchText is the sample report repeated to about 1 MB, or, without it,
// the annotated sentences repeated.
func benchText(b *testing.B) []byte {
	src, err := os.ReadFile(samplePath)
	if err != nil {
		raw, err := os.ReadFile("testdata/annotated.json")
		if err != nil {
			b.Fatal(err)
		}
		var set []annotation
		if err := json.Unmarshal(raw, &set); err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		for _, a := range set {
			buf.WriteString(a.Text)
			buf.WriteByte('\n')
		}
		src = buf.Bytes()
	}
	return bytes.Repeat(src, 1+(1<<20)/len(src))
}

// BenchmarkExtract measures extraction throughput (target ≥ 20 MB/s on one
// core).
func BenchmarkExtract(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
