package extract

import "testing"

// TestHeadingQuantity: a heading naming nothing but a count names the rows
// of the year table under it (小学招生数); a label naming the count keeps
// its name, in a | table and in a copy one cell a line alike.
func TestHeadingQuantity(t *testing.T) {
	for _, text := range []string{
		"二、招生数 计量单位:人\n指 标 | 2020年 | 2019年\n招生总数 | 900 | 800\n小学 | 300 | 280\n初中 | 200 | 190\n",
		"二、招生数 计量单位:人\n指 标\n|\n2020年\n|\n2019年\n|\n招生总数\n|\n900\n|\n800\n|\n|\n小学\n|\n300\n|\n280\n|\n|\n初中\n|\n200\n|\n190\n|\n",
	} {
		figs := mustExtract(t, text, Options{Year: 2020})
		checkFigures(t, "heading quantity", figs, []wantFig{
			{ind: "招生总数", value: 900, unit: "人"},
			{ind: "招生总数", value: 800, unit: "人", prior: true},
			{ind: "小学招生数", value: 300, unit: "人"},
			{ind: "小学招生数", value: 280, unit: "人", prior: true},
			{ind: "初中招生数", value: 200, unit: "人"},
			{ind: "初中招生数", value: 190, unit: "人", prior: true},
		})
	}
	for _, c := range []struct{ line, want string }{
		{"三、毕业生数 计量单位:人", "毕业生数"},
		{"（二）在校学生数 单位：人", "在校学生数"},
		{"表3 各级各类学校毕业生数", ""},
		{"各级学校基本情况", ""},
		{"二、教育经费 单位:万元", ""},
	} {
		if got := headingQuantity(c.line); got != c.want {
			t.Errorf("%s: %q, want %q", c.line, got, c.want)
		}
	}
}
