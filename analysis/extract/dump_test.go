package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	if t := os.Getenv("DUMPTEXT"); t != "" {
		b = []byte(t)
	}
	figs, err := Extract(b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range figs {
		ch := ""
		if f.Change != nil {
			ch = fmt.Sprintf(" Δ%s %v %q", f.Change.Kind, f.Change.Value, f.Change.Text)
		}
		fmt.Printf("[%s] %-28s %v %s fl=%s per=%q y=%d par=%q miss=%v prior=%v%s | %q\n", f.Section, f.Indicator, f.Value, f.Unit, f.Flags, f.Period, f.Year, f.Parent, f.Missing, f.Prior, ch, string(b[f.Span[0]:f.Span[1]]))
	}
}
