package xxgk

import (
	"bytes"
	"os"
	"testing"
)

// BenchmarkReadText reads the 淮安 2024 fixture (a full report's tables).
func BenchmarkReadText(b *testing.B) {
	data, err := os.ReadFile("testdata/huaian-2024.txt")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := ReadText(bytes.NewReader(data), "b.txt"); err != nil {
			b.Fatal(err)
		}
	}
}
