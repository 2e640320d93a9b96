package extract

import "testing"

func TestVerbFinalRun(t *testing.T) {
	checkSubjects(t, []subjectCase{
		// A run of counts named noun first, verb last: each later verb and
		// the closing total take the noun.
		{"民事案件旧存30件，新收120件，共150件。", []string{"民事案件旧存", "民事案件新收", "民事案件共"}},
		{"本院案件旧存64件，新收300件，共计364件。", []string{"本院案件旧存", "本院案件新收", "案件共计"}},
		// A total after a count named verb first is not the run's.
		{"受理刑事案件40件，共计40件。", []string{"受理刑事案件", "受理刑事案件"}},
	})
}

func TestVerbFinalNoun(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"行政案件新收", "行政案件"},
		{"该院案件旧存", "案件"},
		{"全区法院共案件结案", "案件"},
		{"新收", ""},
		{"受理行政案件", ""},
		{"市场主体新收", ""},
	} {
		if got := verbFinalNoun(c.in); got != c.want {
			t.Errorf("verbFinalNoun(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
