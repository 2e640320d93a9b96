package extract

import "testing"

// TestSpreadCharacters: a name spread with runs of spaces is joined; a text
// of words is not.
func TestSpreadCharacters(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"收    入", "收入", true},
		{"总   计", "总计", true},
		{"支\u3000\u3000出", "支出", true},
		{"医院    公立医院", "", false},
		{"2023 年", "", false},
		{"收入", "", false},
	} {
		got, ok := spreadCharacters(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("spreadCharacters(%q) = %q, %v, want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	text := "单位:万元\n\n收    入\n\n执行数\n\n支    出\n\n执行数\n\n总   计\n\n5200\n\n总   计\n\n5200\n\n" +
		"税收\n\n3100\n\n一般公共服务\n\n900\n\n非税\n\n2100\n\n教育\n\n4300\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	if len(figs) != 6 {
		for _, f := range figs {
			t.Log(f.Indicator, f.Value, f.Unit)
		}
		t.Fatalf("%d figures, want 6", len(figs))
	}
}
