package xxgk

import (
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/xxgk"
	"github.com/annualstat/annualstat/report/present"
)

// The Chinese this package and analysis/xxgk write (check reports,
// findings, statements, labels) follows SPEC §10: no ASCII comma, colon,
// semicolon or bracket next to a Chinese character.
func TestChinesePunctuation(t *testing.T) {
	var texts []string
	pairs := [][2]string{{"hongze-2024.txt", "hongze-2023.txt"}, {"hongze-2023.txt", ""}, {"huaian-2024.txt", "huaian-2024.txt"}, {"example-2019.txt", "hongze-2023.txt"}}
	for _, p := range pairs {
		rep := fixture(t, p[0])
		var prev *xxgk.Report
		if p[1] != "" {
			prev = fixture(t, p[1])
			for _, it := range xxgk.Compare(rep, prev, 2).Items {
				texts = append(texts, it.Statement, it.Name)
			}
		}
		fs := xxgk.Check(rep, prev)
		var b strings.Builder
		if err := WriteCheckReport(&b, rep, prev, fs); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, b.String())
		for _, l := range Layouts(rep) {
			texts = append(texts, l.Title)
			for _, bx := range l.Boxes {
				texts = append(texts, bx.Text)
			}
		}
	}
	for _, id := range []string{"R3.3.1·C7", "Z8·C2", "Z3·C3", "D5"} {
		texts = append(texts, xxgk.CellName(id))
	}
	for _, s := range texts {
		if bad := present.Mispunctuated(s); bad != nil {
			t.Errorf("%q: %q", s, bad)
		}
	}
}
