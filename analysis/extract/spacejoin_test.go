package extract

import "testing"

func TestDropJoiningSpaces(t *testing.T) {
	always := func(before, after string) bool { return true }
	never := func(before, after string) bool { return false }
	for _, c := range []struct {
		in   string
		join func(string, string) bool
		want string
	}{
		{"a  b c", always, "abc"},
		{" a b ", always, " ab "}, // runs at either end stay
		{"a b", never, "a b"},
		{"2011 年末", dateJoin, "2011年末"},
		{"共 2011 个", dateJoin, "共 2011 个"},
	} {
		if got := dropJoiningSpaces(c.in, c.join); got != c.want {
			t.Errorf("dropJoiningSpaces(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
