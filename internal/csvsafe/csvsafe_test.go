package csvsafe

import "testing"

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+2", "'=1+2"},
		{"+SUM(A1:A2)", "'+SUM(A1:A2)"},
		{"-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"-Inf", "'-Inf"},
		{"-", "'-"},
		{"-2.5", "-2.5"},
		{"+3", "+3"},
		{"-12.33%", "-12.33%"},
		{"1e5", "1e5"},
		{"-1.5e-3", "-1.5e-3"},
		{"-1.5e", "'-1.5e"},
		{"实有各类市场主体", "实有各类市场主体"},
		{"a=1", "a=1"},
		{"", ""},
		{"'=1", "''=1"}, // looks escaped: one more quote, to read back as written
		{"'abc", "'abc"},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Unescape(Text(tt.in)); got != tt.in {
			t.Errorf("Unescape(Text(%q)) = %q", tt.in, got)
		}
	}
	for _, s := range []string{"'abc", "'-2.5", "'", "it's", "''abc"} {
		if got := Unescape(s); got != s {
			t.Errorf("Unescape(%q) = %q, want it unchanged", s, got)
		}
	}
}
