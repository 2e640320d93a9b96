package ingest

import (
	"errors"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		pct  bool
	}{
		{"28716", 28716, false},
		{"28,716", 28716, false},
		{"28，716", 28716, false},
		{"3\u2009572\u2009178", 3572178, false}, // thin spaces
		{"3\u202f572", 3572, false},             // narrow no-break space
		{"1,234.5", 1234.5, false},
		{"1,234,567.125", 1234567.125, false},
		{"２８７１６", 28716, false},
		{"－１２．５", -12.5, false},
		{"＋３", 3, false},
		{"12.33%", 12.33, true},
		{"12.33％", 12.33, true},
		{"１００％", 100, true},
		{"12.33 %", 12.33, true},
		{"-0.5", -0.5, false},
		{"−0.5", -0.5, false}, // U+2212 minus sign
		{"+3", 3, false},
		{" 42 ", 42, false},
		{"\u3000４２\u3000", 42, false},
		{"0", 0, false},
		{".5", 0.5, false},
		{"5.", 5, false},
		{"1.5E+07", 15000000, false},
		{"2.25e-3", 0.00225, false},
		{"0.1", 0.1, false},
		{"95.87", 95.87, false},
		{"123456789012345678", 123456789012345678, false},
	}
	for _, tc := range tests {
		v, pct, err := ParseNumber(tc.in)
		if err != nil {
			t.Errorf("ParseNumber(%q): %v", tc.in, err)
			continue
		}
		if v != tc.want || pct != tc.pct {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tc.in, v, pct, tc.want, tc.pct)
		}
	}
}

func TestParseNumberMissing(t *testing.T) {
	for _, in := range []string{"", " ", "-", "—", "–", "…", "NA", "n/a", "N/A", "null", "NULL", "——", "－", "...", "/", "／"} {
		if _, _, err := ParseNumber(in); !errors.Is(err, ErrMissing) {
			t.Errorf("ParseNumber(%q) error = %v, want ErrMissing", in, err)
		}
		if !IsMissing(in) {
			t.Errorf("IsMissing(%q) = false", in)
		}
	}
	if IsMissing("0") {
		t.Error(`IsMissing("0") = true`)
	}
}

func TestParseNumberErrors(t *testing.T) {
	tests := []struct{ in, why string }{
		{"abc", "want a number"},
		{"1,23", "groups of three"},
		{"1,2345", "groups of three"},
		{",123", "want a number"},
		{"123,", "want a number"},
		{"1,,234", "groups of three"},
		{"1.234,5", "after the decimal point"},
		{"12%%", "want a number"},
		{"%12", "want a number"},
		{"1-2", "misplaced sign"},
		{"--1", "misplaced sign"},
		{"1e", "want a number"},
		{"1e999", "out of range"},
		{"-1e999", "out of range"},
		{"Inf", "want a number"},
		{"NaN", "want a number"},
		{"nan", "want a number"},
		{"+Inf", "want a number"},
		{"infinity", "want a number"},
		{"0x1p3", "want a number"},
		{"1_000", "want a number"},
		{"12.3.4", "want a number"},
		{"约12", "want a number"},
		{"12万", "want a number"},
		{"1 2", "groups of three"},
	}
	for _, tc := range tests {
		v, _, err := ParseNumber(tc.in)
		if err == nil || errors.Is(err, ErrMissing) {
			t.Errorf("ParseNumber(%q) = %v, %v; want an error", tc.in, v, err)
			continue
		}
		if !strings.Contains(err.Error(), tc.why) || !strings.Contains(err.Error(), tc.in) {
			t.Errorf("ParseNumber(%q) error %q; want it to contain %q and the input", tc.in, err, tc.why)
		}
	}
}

// ParseNumber agrees with strconv on plain numbers: thousands separators
// and full-width forms do not change the value.
func TestParseNumberForms(t *testing.T) {
	for _, v := range []float64{0, 1, 12, 999, 1000, 28716, 1234567, 98765432.5, 0.001, 1e15} {
		plain := formatPlain(v)
		grouped := group(plain, ",")
		full := toFullWidth(grouped)
		for _, s := range []string{plain, grouped, full, "-" + grouped, group(plain, "，"), grouped + "%"} {
			got, _, err := ParseNumber(s)
			want := v
			if strings.HasPrefix(s, "-") {
				want = -v
			}
			if err != nil || got != want {
				t.Errorf("ParseNumber(%q) = %v, %v; want %v", s, got, err, want)
			}
		}
	}
}

func formatPlain(v float64) string { return string(appendValue(nil, v)) }

// group inserts sep between groups of three digits of the integer part.
func group(s, sep string) string {
	ip, fp, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range ip {
		if i > 0 && (len(ip)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteString("." + fp)
	}
	return b.String()
}

func toFullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return '０' + r - '0'
		case r == '.':
			return '．'
		case r == '-':
			return '－'
		}
		return r
	}, s)
}

// The quick path for short decimals agrees with strconv bit for bit.
func TestParseDecimalMatchesStrconv(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for i := 0; i < 200000; i++ {
		digits := 1 + rng.IntN(15)
		b := make([]byte, 0, 20)
		if rng.IntN(2) == 0 {
			b = append(b, '-')
		}
		point := -1
		if rng.IntN(3) > 0 {
			point = rng.IntN(digits + 1)
		}
		for d := 0; d < digits; d++ {
			if d == point {
				b = append(b, '.')
			}
			b = append(b, byte('0'+rng.IntN(10)))
		}
		if point == digits {
			b = append(b, '.')
		}
		s := string(b)
		want, err := strconv.ParseFloat(s, 64)
		got, _, gerr := ParseNumber(s)
		if err != nil || gerr != nil || math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("ParseNumber(%q) = %v, %v; strconv: %v, %v", s, got, gerr, want, err)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"28,716", "２８７１６", "12.33%", "-0.5", "1,234.5", "—", "", "1e999", "1,23", "０x1p3", "+.5e-3%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, pct, err := ParseNumber(s)
		if err != nil {
			if v != 0 || pct {
				t.Fatalf("ParseNumber(%q) = %v, %v with error %v", s, v, pct, err)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		// Plain numbers read as strconv reads them, bit for bit.
		if f, err := strconv.ParseFloat(s, 64); err == nil && fastNumber(s) && math.Float64bits(f) != math.Float64bits(v) {
			t.Fatalf("ParseNumber(%q) = %v, strconv says %v", s, v, f)
		}
		// A number written plainly reads back as itself.
		if w, _, err := ParseNumber(formatPlain(v)); err != nil || w != v {
			t.Fatalf("ParseNumber(%q) = %v, but its plain form %q reads %v, %v", s, v, formatPlain(v), w, err)
		}
	})
}
