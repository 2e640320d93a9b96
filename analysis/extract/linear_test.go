package extract

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// workOf is the work Extract does on text, counted without a clock: the
// allocations of one run and the bytes they take. Work that grows faster
// than the input (a block of lines re-read for every line, a row copied
// for every cell) shows in both.
func workOf(t *testing.T, text []byte) (allocs, bytes uint64) {
	t.Helper()
	if _, err := Extract(text, Options{}); err != nil { // warm up the lexicons
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if _, err := Extract(text, Options{}); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc
}

// TestExtractWorkLinear: the work on 4n units of a shape of text is at
// most 5 times the work on n (4 times if linear, with a margin), for the
// forms of text tables and for shapes that a reader re-scanning a block
// per line, or a cell per cell, would make quadratic.
func TestExtractWorkLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("short: the shapes run to a few MB")
	}
	shapes := []struct {
		name string
		n    int
		gen  func(n int) []byte
	}{
		{"prose", 64 << 10, genReport},
		{"tables", 64 << 10, genTables},
		{"mixed", 128 << 10, genMixed},
		{"pipe tables", 64 << 10, func(n int) []byte { return genForm(n, writePipeTable) }},
		{"box tables", 64 << 10, func(n int) []byte { return genForm(n, writeBoxTable) }},
		{"aligned tables", 64 << 10, func(n int) []byte { return genForm(n, writeAlignedTable) }},
		{"cell per line tables", 64 << 10, func(n int) []byte { return genForm(n, writeCellStream) }},
		// One | table of n rows (read as tables of at most maxTableRows).
		{"one huge pipe table", 2000, func(n int) []byte {
			var b bytes.Buffer
			writePipeTable(&b, 1, n)
			return b.Bytes()
		}},
		// One box-drawn table of n rows.
		{"one huge box table", 1000, func(n int) []byte {
			var b bytes.Buffer
			writeBoxTable(&b, 1, n)
			return b.Bytes()
		}},
		// One aligned table of n rows.
		{"one huge aligned table", 1000, func(n int) []byte {
			var b bytes.Buffer
			writeAlignedTable(&b, 1, n)
			return b.Bytes()
		}},
		// A line of n | characters, and one of n cells.
		{"line of bars", 25000, func(n int) []byte { return []byte("合计" + strings.Repeat("|", n) + "\n") }},
		{"line of cells", 10000, func(n int) []byte { return []byte("合计" + strings.Repeat(" | 12.5", n) + "\n") }},
		// n header lines that wrap (text in aligned columns, no digit)
		// above a row of numbers, and n such blocks.
		{"wrapped header lines", 2500, func(n int) []byte {
			var b bytes.Buffer
			for i := 0; i < n; i++ {
				b.WriteString("        项目名称          本年实际          上年同期       比上年增减\n")
			}
			b.WriteString("营业收入                 1,520.50          1,380.20           10.15\n")
			return b.Bytes()
		}},
		{"header lines over numbers", 2500, func(n int) []byte {
			var b bytes.Buffer
			for i := 0; i < n; i++ {
				b.WriteString("项目 本年 上年\n")
				fmt.Fprintf(&b, "收入%d 1,520.50 1,380.20\n", i)
			}
			return b.Bytes()
		}},
		// Box borders nested n deep: a border line of n columns, n
		// border lines in a row, cells of n bars.
		{"wide box borders", 2000, func(n int) []byte {
			var b bytes.Buffer
			b.WriteString("┌" + strings.Repeat("──┬", n) + "──┐\n")
			b.WriteString("│" + strings.Repeat("12│", n) + "34│\n")
			b.WriteString("├" + strings.Repeat("──┼", n) + "──┤\n")
			b.WriteString("│" + strings.Repeat("56│", n) + "78│\n")
			b.WriteString("└" + strings.Repeat("──┴", n) + "──┘\n")
			return b.Bytes()
		}},
		{"stacked box borders", 2000, func(n int) []byte {
			var b bytes.Buffer
			b.WriteString("┌──────┬──────┐\n")
			for i := 0; i < n; i++ {
				b.WriteString("├──────┼──────┤\n│ 收入 │ 12.5 │\n")
			}
			b.WriteString("└──────┴──────┘\n")
			return b.Bytes()
		}},
		{"nested box borders", 500, func(n int) []byte {
			var b bytes.Buffer
			for i := 0; i < n; i++ {
				b.WriteString(strings.Repeat("│", i%50) + "┌──┬──┐" + strings.Repeat("│", i%50) + "\n")
				b.WriteString(strings.Repeat("│", i%50) + "│收入│12│" + strings.Repeat("│", i%50) + "\n")
			}
			return b.Bytes()
		}},
		// n lines of one cell each ending with |.
		{"cell per line", 5000, func(n int) []byte {
			var b bytes.Buffer
			for i := 0; i < n; i++ {
				fmt.Fprintf(&b, "收入%d |\n%d.5\n|\n", i, i)
			}
			return b.Bytes()
		}},
	}
	for _, sh := range shapes {
		a1, b1 := workOf(t, sh.gen(sh.n))
		a4, b4 := workOf(t, sh.gen(4*sh.n))
		t.Logf("%s: allocs %d → %d (×%.2f), bytes %d → %d (×%.2f)", sh.name, a1, a4, float64(a4)/float64(max(a1, 1)), b1, b4, float64(b4)/float64(max(b1, 1)))
		if a4 > 5*max(a1, 20) {
			t.Errorf("%s: %d allocations at n, %d at 4n: more than 5 times", sh.name, a1, a4)
		}
		if b4 > 5*max(b1, 4096) {
			t.Errorf("%s: %d bytes allocated at n, %d at 4n: more than 5 times", sh.name, b1, b4)
		}
	}
}
