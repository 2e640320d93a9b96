package extract

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

// annotation is one hand-annotated text of testdata/annotated.json: the
// figures a careful reader takes from it.
type annotation struct {
	Text    string     `json:"text"`
	Figures []expected `json:"figures"`
}

type expected struct {
	Indicator string   `json:"indicator"`
	Value     *float64 `json:"value"`
	Unit      string   `json:"unit"`
	Flags     []string `json:"flags"`
	Change    *struct {
		Kind  string  `json:"kind"`
		Value float64 `json:"value"`
	} `json:"change"`
	Parent string `json:"parent"`
	Period string `json:"period"`
	Year   int    `json:"year"`
}

// matches reports whether f is the expected figure; the reason says what
// differs.
func (e expected) matches(f Figure) (bool, string) {
	switch {
	case f.Indicator != e.Indicator:
		return false, fmt.Sprintf("indicator %q, want %q", f.Indicator, e.Indicator)
	case e.Value == nil && !f.Missing:
		return false, fmt.Sprintf("value %v, want none", f.Value)
	case e.Value != nil && (f.Missing || math.Abs(f.Value-*e.Value) > 1e-9):
		return false, fmt.Sprintf("value %v (missing %v), want %v", f.Value, f.Missing, *e.Value)
	case f.Unit != e.Unit:
		return false, fmt.Sprintf("unit %q, want %q", f.Unit, e.Unit)
	case !slices.Equal(f.Flags.Names(), append([]string{}, e.Flags...)):
		return false, fmt.Sprintf("flags %v, want %v", f.Flags.Names(), e.Flags)
	case (f.Change == nil) != (e.Change == nil):
		return false, fmt.Sprintf("change %+v, want %+v", f.Change, e.Change)
	case e.Change != nil && (f.Change.Kind != e.Change.Kind || math.Abs(f.Change.Value-e.Change.Value) > 1e-9):
		return false, fmt.Sprintf("change %s %v, want %s %v", f.Change.Kind, f.Change.Value, e.Change.Kind, e.Change.Value)
	case f.Parent != e.Parent:
		return false, fmt.Sprintf("parent %q, want %q", f.Parent, e.Parent)
	case e.Period != "" && f.Period != e.Period:
		return false, fmt.Sprintf("period %q, want %q", f.Period, e.Period)
	case e.Year != 0 && f.Year != e.Year:
		return false, fmt.Sprintf("year %d, want %d", f.Year, e.Year)
	}
	return true, ""
}

// score matches predicted figures to expected ones (each used once) and
// returns the counts of correct, predicted and expected figures.
func score(t *testing.T, label string, figs []Figure, want []expected) (correct, predicted, total int) {
	used := make([]bool, len(want))
	for _, f := range figs {
		ok := false
		var why []string
		for i, e := range want {
			if used[i] {
				continue
			}
			if m, reason := e.matches(f); m {
				used[i], ok = true, true
				break
			} else if e.Indicator == f.Indicator || e.Value != nil && *e.Value == f.Value {
				why = append(why, reason)
			}
		}
		if ok {
			correct++
		} else {
			t.Logf("%s: wrong figure %s %v %s (%s)", label, f.Indicator, f.Value, f.Unit, strings.Join(why, "; "))
		}
	}
	for i, e := range want {
		if !used[i] {
			v := "none"
			if e.Value != nil {
				v = fmt.Sprint(*e.Value)
			}
			t.Logf("%s: missed %s %s %s", label, e.Indicator, v, e.Unit)
		}
	}
	return correct, len(figs), len(want)
}

func TestAnnotatedPrecisionRecall(t *testing.T) {
	b, err := os.ReadFile("testdata/annotated.json")
	if err != nil {
		t.Fatal(err)
	}
	var set []annotation
	if err := json.Unmarshal(b, &set); err != nil {
		t.Fatalf("testdata/annotated.json: %v", err)
	}
	var c, p, n int
	for i, a := range set {
		figs, err := Extract([]byte(a.Text), Options{Year: 2023})
		if err != nil {
			t.Fatalf("text %d: %v", i, err)
		}
		ci, pi, ni := score(t, fmt.Sprintf("text %d %.30q", i, a.Text), figs, a.Figures)
		c, p, n = c+ci, p+pi, n+ni
	}
	precision := float64(c) / float64(max(p, 1))
	recall := float64(c) / float64(max(n, 1))
	t.Logf("annotated set: %d texts, %d expected figures, %d extracted, %d exactly right: precision %.3f, recall %.3f",
		len(set), n, p, c, precision, recall)
	if precision < 0.95 {
		t.Errorf("precision %.3f below 0.95", precision)
	}
	if recall < 0.9 {
		t.Errorf("recall %.3f below 0.90", recall)
	}
}
