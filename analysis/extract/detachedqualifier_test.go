package extract

import "testing"

// TestDetachedQualifier: a qualifier after the value that a bracketed note
// or a wrapped line parts from it is the value's (detachedQualifier, and
// wrappedLine for the line); a note with figures of its own keeps them.
func TestDetachedQualifier(t *testing.T) {
	runRuleCases(t, []struct {
		text string
		want []wantFig
	}{
		{"全年完成水利投资52亿元（人民币，下同）以上，新建水库3座。", []wantFig{
			{ind: "水利投资", value: 52, unit: "亿元", qual: "以上"},
			{ind: "新建水库", value: 3, unit: "座"}}},
		{"全年植树造林覆盖率达到65%\n左右，居全市前列。", []wantFig{
			{ind: "植树造林覆盖率", value: 65, unit: "%", qual: "左右"}}},
		{"收案120件（含旧存5件）以上。", []wantFig{
			{ind: "收案", value: 120, unit: "件"},
			{ind: "旧存案件", value: 5, unit: "件"}}},
	})
}

func TestDetachedQualifierEnds(t *testing.T) {
	for _, c := range []struct {
		s    string
		j    int
		want int
	}{
		{"52亿元(下同)以上，", len("52亿元"), len("52亿元(下同)以上")},
		{"52亿元（下同）以下", len("52亿元"), len("52亿元（下同）以下")},
		{"80%\n 左右", len("80%"), len("80%\n 左右")},
		{"80%\n新建", len("80%"), len("80%")},
		{"52亿元(同比5%)以上", len("52亿元"), len("52亿元")},
		{"52亿元(下同", len("52亿元"), len("52亿元")},
		{"52亿元，以上", len("52亿元"), len("52亿元")},
	} {
		if got := detachedQualifier(c.s, c.j); got != c.want {
			t.Errorf("detachedQualifier(%q, %d) = %d, want %d", c.s, c.j, got, c.want)
		}
	}
}
