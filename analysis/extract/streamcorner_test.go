package extract

import "testing"

// TestBilingualStreamNoCorner: a yearbook table one cell a line between
// bars, each header and label with its English translation in the same
// cell, the corner lost with the stream's first empty cells, each row
// ended by an empty cell, and a count in brackets kept out of the total:
// the Chinese names the figures, the bracketed count places its row's
// cells and gives no figure.
func TestBilingualStreamNoCorner(t *testing.T) {
	text := "|\n|\n图书馆数(个) Libraries\n|\n从业人员(人) Employed Persons\n|\n|\n" +
		"(一)市级馆(不计馆数) Municipal Libraries Not Counted Separately\n|\n(12)\n|\n340\n|\n|\n" +
		"1.少儿馆 Children's Libraries\n|\n3\n|\n85\n|\n|\n" +
		"(二)县级馆 County Libraries\n|\n96\n|\n1204\n|\n|\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	wantFigures(t, figs, []string{
		"市级馆(不计馆数)从业人员 340 人",
		"少儿馆图书馆数 3 个", "少儿馆从业人员 85 人",
		"县级馆图书馆数 96 个", "县级馆从业人员 1204 人",
	})
}

// TestCellTranslation: the Chinese part of a cell with its translation;
// a cell in one language, or with letters too few to be a translation,
// keeps its text.
func TestCellTranslation(t *testing.T) {
	for _, c := range []struct {
		t    string
		want string
	}{
		{"学校数(所) Schools", "学校数(所)"},
		{"其中:独立学院 of Which:Independent Institutions", "其中:独立学院"},
		{"(一)研究生培养机构(不计校数) Institutions Providing Programs", "(一)研究生培养机构(不计校数)"},
		{"营业收入 RMB", ""},
		{"一般公共预算收入", ""},
	} {
		k, ok := cellTranslation(c.t)
		got := ""
		if ok {
			got = c.t[:k]
		}
		if got != c.want {
			t.Errorf("cellTranslation(%q) = %q, want %q", c.t, got, c.want)
		}
	}
	if streamLineTooLong("(一)研究生培养机构(不计校数) Institutions Providing Postgraduate Programs") {
		t.Error("a cell and its translation is no line too long")
	}
	if !bracketedNumber("(827)") || !bracketedNumber("（1,021）") || bracketedNumber("(万人)") || bracketedNumber("(3.5)") {
		t.Error("bracketedNumber")
	}
}
