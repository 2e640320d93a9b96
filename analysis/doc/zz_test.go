package doc

import (
	"os"
	"strings"
	"testing"
)

func TestZZAligned(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("ZZFILE"))
	if err != nil {
		t.Skip()
	}
	var lines []TextLine
	off := 0
	for _, l := range strings.Split(string(b), "\n") {
		lines = append(lines, TextLine{Text: l, Offset: off})
		off += len(l) + 1
	}
	for i, l := range lines {
		k, fs := AlignedLine(l.Text, GridOptions{})
		var ts []string
		for _, f := range fs {
			ts = append(ts, f.Text)
		}
		t.Logf("%d kind=%v %q", i, k, ts)
	}
	for _, f := range FindAligned(lines, GridOptions{}) {
		t.Logf("found %d-%d rows=%d cols=%d hdr=%d", f.Start, f.End, f.Table.NumRows(), f.Table.NumCols(), f.Table.HeaderRows)
		for r := 0; r < f.Table.NumRows(); r++ {
			var cs []string
			for c := 0; c < f.Table.NumCols(); c++ {
				cs = append(cs, f.Table.At(r, c).Text)
			}
			t.Logf("  %q", cs)
		}
	}
}
