package docx

import (
	"io"
	"testing"
)

// BenchmarkLongTable writes a document of one table of 20,000 rows.
func BenchmarkLongTable(b *testing.B) {
	d := sampleDoc(b, 20000)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
