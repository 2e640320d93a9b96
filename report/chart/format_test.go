package chart

import (
	"math"
	"slices"
	"testing"
)

func TestPlainNumber(t *testing.T) {
	for v, want := range map[float64]string{3572178: "3572178", 2.5: "2.5", 0: "0", -35000: "-35000", 0.125: "0.125", 1e-9: "0"} {
		if got := plainNumber(v); got != want {
			t.Errorf("plainNumber(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestWrapRunes(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want []string
	}{
		{"列席区管委会主任办公会等会议", 8, []string{"列席区管委会主", "任办公会等会议"}},
		{"即办件占比(第2类)", 8, []string{"即办件占比", "(第2类)"}},
		{"网办率", 8, []string{"网办率"}},
		{"合成指标000009", 9, []string{"合成指标", "000009"}},
		{"2022年GDP总量", 5, []string{"2022年", "GDP总量"}},
		{"一二三四五六七八九十一二三四五六七", 6, []string{"一二三四五六", "七八九十一二", "三四五六七"}},
	} {
		if got := wrapRunes(tc.s, tc.n); !slices.Equal(got, tc.want) {
			t.Errorf("wrapRunes(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

func TestTicks(t *testing.T) {
	for _, tc := range []struct{ x, want float64 }{{2.466, 2.5}, {0.3, 0.5}, {7, 10}, {1, 1}, {0, 1}, {1.1e6, 2e6}} {
		if got := niceStep(tc.x); math.Abs(got-tc.want) > 1e-12*tc.want {
			t.Errorf("niceStep(%v) = %v, want %v", tc.x, got, tc.want)
		}
	}
	vt := dataTicker(true)
	for _, r := range [][2]float64{{1, 1}, {2, 1}, {0, math.NaN()}, {math.Inf(-1), 0}} {
		if ticks := vt.Ticks(r[0], r[1]); ticks != nil {
			t.Errorf("ticks of %v: %v, want none", r, ticks)
		}
	}
	var labels []string
	for _, tk := range vt.Ticks(0, 3.6e6) {
		if tk.Label != "" {
			labels = append(labels, tk.Label)
		}
	}
	if want := []string{"0", "1000000", "2000000", "3000000"}; !slices.Equal(labels, want) {
		t.Errorf("ticks of 0..3.6e6 户: %q, want %q", labels, want)
	}
	// Counts: no tick between whole numbers.
	for _, tk := range vt.Ticks(0, 3) {
		if tk.Label != "" && tk.Value != math.Trunc(tk.Value) {
			t.Errorf("count tick %v at a fraction", tk)
		}
	}
}

func TestSigned(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		s    string
		want string
	}{{12.33, "12.33", "+12.33"}, {-3.1, "-3.10", "-3.10"}, {0.001, "0.00", "0.00"}, {-0.001, "-0.00", "0.00"}} {
		if got := signed(tc.v, tc.s); got != tc.want {
			t.Errorf("signed(%v, %q) = %q, want %q", tc.v, tc.s, got, tc.want)
		}
	}
}

func TestLabel1(t *testing.T) {
	if got := label1("  网办\n率\x00 "); got != "网办 率" {
		t.Errorf("label1 = %q, want %q", got, "网办 率")
	}
}

func TestWrapBracketSuffix(t *testing.T) {
	got := wrapRunes("行政复议案件受理(第2类)", 5)
	want := []string{"行政复议", "案件受理", "(第2类)"}
	if !slices.Equal(got, want) {
		t.Errorf("wrapRunes = %q, want %q", got, want)
	}
}
