package xxgk

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// pathological gives inputs that once took quadratic time: a long line
// without breaks, many one-cell lines, many pipe rows of labels, many rows
// of bare values. n scales each.
func pathological(n int) map[string]string {
	return map[string]string{
		"long line":  strings.Repeat("属于国家秘密", 2*n),
		"cell lines": strings.Repeat("1.属于国家秘密 |\n|\n", 2*n),
		"pipe rows":  strings.Repeat("| （三）不予公开 | 1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n", n),
		"value rows": strings.Repeat("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15\n", n),
	}
}

// Large or pathological inputs are read without error (a hang is caught
// by go test's timeout; their cost is BenchmarkPathological's): only the
// pipe rows, which are rows of the template's table 3, give table 3 cells.
func TestLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	for name, in := range pathological(10000) {
		rep, err := ReadText(bytes.NewReader([]byte(in)), name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if rep.Source != name {
			t.Errorf("%s: source %q", name, rep.Source)
		}
		if got := len(rep.T3) > 0; got != (name == "pipe rows") {
			t.Errorf("%s: %d table 3 cells", name, len(rep.T3))
		}
		Check(rep, nil)
	}
}

// BenchmarkPathological reads each pathological input at two sizes, ten
// times apart: ns/op should grow about tenfold (cost linear in the input).
func BenchmarkPathological(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		for name, in := range pathological(n) {
			data := []byte(in)
			b.Run(fmt.Sprintf("%s/%d", strings.ReplaceAll(name, " ", "-"), n), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					if _, err := ReadText(bytes.NewReader(data), name); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
