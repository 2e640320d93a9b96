package doc

import (
	"strings"
	"testing"
)

// gridTexts is a table's cells, a merged cell's copies written ^.
func gridTexts(t *Table) string {
	var b strings.Builder
	for r := range t.Rows {
		for c := range t.Rows[r] {
			if c > 0 {
				b.WriteString(" | ")
			}
			if t.IsOrigin(r, c) {
				b.WriteString(t.Rows[r][c].Text)
			} else {
				b.WriteString("^")
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func textLines(s string) []TextLine {
	var out []TextLine
	off := 0
	for i, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		out = append(out, TextLine{Text: l, Offset: off, Line: i + 1})
		off += len(l) + 1
	}
	return out
}

func TestBoxTablePartialBorder(t *testing.T) {
	in := "┌────┬─────────────┬──────┐\n" +
		"│    │   2022年    │      │\n" +
		"│项目├──────┬──────┤ 增减 │\n" +
		"│    │调整前│调整后│      │\n" +
		"├────┼──────┼──────┼──────┤\n" +
		"│收入│    10│    11│   2.5│\n" +
		"│利润│     3│     4│   1.0│\n" +
		"└────┴──────┴──────┴──────┘\n"
	tb, err := BoxTable(textLines(in), GridOptions{})
	if err != nil || tb == nil {
		t.Fatalf("BoxTable: %v %v", tb, err)
	}
	want := "项目 | 2022年 | ^ | 增减\n" +
		"^ | 调整前 | 调整后 | ^\n" +
		"收入 | 10 | 11 | 2.5\n" +
		"利润 | 3 | 4 | 1.0\n"
	if got := gridTexts(tb); got != want {
		t.Errorf("grid\n%s\nwant\n%s", got, want)
	}
	c := tb.At(2, 2)
	if in[c.Source.Offset:c.Source.Offset+len(c.Text)] != "11" || c.Source.Line != 6 {
		t.Errorf("cell source %+v", c.Source)
	}
}

func TestBoxTableWideAmbiguous(t *testing.T) {
	// Drawn where box characters take two columns (a CJK terminal): the
	// bars line up only when they are counted two wide.
	in := "┌──┬──┐\n" +
		"│项目│数量│\n" +
		"├──┼──┤\n" +
		"│ 甲 │ 12 │\n" +
		"│ 乙 │ 30 │\n" +
		"└──┴──┘\n"
	tb, err := BoxTable(textLines(in), GridOptions{})
	if err != nil || tb == nil {
		t.Fatalf("BoxTable: %v %v", tb, err)
	}
	if got, want := gridTexts(tb), "项目 | 数量\n甲 | 12\n乙 | 30\n"; got != want {
		t.Errorf("grid\n%s\nwant\n%s", got, want)
	}
}

func TestIsBoxBorderLine(t *testing.T) {
	for s, want := range map[string]bool{
		"┌──┬──┐": true, "├──┼──┤": true, "+----+----+": true, "+====+====+": true, "│  ├──┬──┤  │": true,
		"|---|---|": false, "----------": false, "│ 项目 │": false, "+5.2%": false, "": false,
	} {
		if got := IsBoxBorderLine(s); got != want {
			t.Errorf("IsBoxBorderLine(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestAlignedTableStacksHeaders(t *testing.T) {
	in := "                 本年比上年\n" +
		"项目      2023年    增减(%)\n" +
		"收入        120       5.1\n" +
		"利润         30       2.0\n"
	tb, err := AlignedTable(textLines(in), GridOptions{})
	if err != nil || tb == nil {
		t.Fatalf("AlignedTable: %v %v", tb, err)
	}
	if got, want := gridTexts(tb), "项目 | 2023年 | 本年比上年增减(%)\n收入 | 120 | 5.1\n利润 | 30 | 2.0\n"; got != want {
		t.Errorf("grid\n%s\nwant\n%s", got, want)
	}
}

func TestTrailingNumbers(t *testing.T) {
	for s, want := range map[string]int{
		"普通高等学校 Regular Institutions 38 38":      2,
		"疗养院 sanatorium 14   2227   328 103 150": 7,
		"2023年全市完成投资":                            0,
		"学校数 Number of Schools":                  0,
		"合计 120 — 35":                            3,
	} {
		if got := TrailingNumbers(s); got != want {
			t.Errorf("TrailingNumbers(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestJoinWrapped(t *testing.T) {
	for _, c := range [][3]string{{"本年比上年", "增减(%)", "本年比上年增减(%)"}, {"Net", "profit", "Net profit"}, {"", "a", "a"}} {
		if got := JoinWrapped(c[0], c[1]); got != c[2] {
			t.Errorf("JoinWrapped(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

// TestBoxClass: the table of box-drawing runes puts each rune in the sets
// whose text holds it, and only those.
func TestBoxClass(t *testing.T) {
	sets := []struct {
		runes string
		bit   uint8
	}{{boxBars, inBars}, {boxStrokes, inStrokes}, {boxHorizontals, inHorizontals}, {boxJunctions, inJunctions}, {boxBarJunctions, inBarJunctions}}
	for r := rune(0x2400); r < 0x2600; r++ {
		for _, set := range sets {
			if got, want := inBox(r, set.bit), strings.ContainsRune(set.runes, r); got != want {
				t.Errorf("inBox(%q, %b) = %v, want %v", r, set.bit, got, want)
			}
		}
	}
	if !isBoxBar('│', false) || isBoxBar('|', false) || !isBoxBar('|', true) || isBoxBar('─', true) {
		t.Error("isBoxBar")
	}
}

// TestRuneWidths: the two widths from one look-up are RuneWidth's
// without and with AmbiguousWide.
func TestRuneWidths(t *testing.T) {
	for r := rune(0); r < 0x11000; r++ {
		n, w := runeWidths(r)
		if n != RuneWidth(r, GridOptions{}) || w != RuneWidth(r, GridOptions{AmbiguousWide: true}) {
			t.Fatalf("runeWidths(%q) = %d, %d", r, n, w)
		}
	}
}
