package xxgk

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// Large or pathological inputs read in bounded time: a long line without
// breaks, many one-cell lines, many pipe rows of labels.
func TestLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	inputs := map[string]string{
		"long line":  strings.Repeat("属于国家秘密", 20000),
		"cell lines": strings.Repeat("1.属于国家秘密 |\n|\n", 20000),
		"pipe rows":  strings.Repeat("| （三）不予公开 | 1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n", 10000),
		"value rows": strings.Repeat("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15\n", 10000),
	}
	for name, in := range inputs {
		start := time.Now()
		rep, err := ReadText(bytes.NewReader([]byte(in)), name)
		if err == nil {
			Check(rep, nil)
		}
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("%s (%d bytes): %v", name, len(in), d)
		}
	}
}
