package analysis

import (
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

func TestKindOf(t *testing.T) {
	cases := map[string]Kind{
		"户": KindCount, "件": KindCount, "人次": KindCount, "条": KindCount, "": KindAmount, "万户": KindAmount, "万吨": KindAmount, "‰": KindRate, "指数": KindScore,
		"元": KindAmount, "万元": KindAmount, "亿元": KindAmount, "亿美元": KindAmount, "元/股": KindAmount,
		"分": KindScore, "%": KindRate, "％": KindRate,
	}
	for unit, want := range cases {
		if got := KindOf(unit); got != want {
			t.Errorf("KindOf(%q) = %v, want %v", unit, got, want)
		}
	}
}

func TestFigures(t *testing.T) {
	cases := []struct {
		name string
		got  Figure
		want float64
		why  Reason
	}{
		{"change", Change(28716, 25564), 3152, Defined},
		{"growth", GrowthRate(28716, 25564), (28716.0 - 25564) / 25564 * 100, Defined},
		{"growth zero base", GrowthRate(5, 0), 0, ZeroBase},
		{"growth negative base", GrowthRate(5, -2), 0, NegativeBase},
		{"growth decline", GrowthRate(90, 100), -10, Defined},
		{"pp", PercentagePoints(98.06, 96.86), 98.06 - 96.86, Defined},
		{"multiple", Multiple(6, 1), 6, Defined},
		{"multiple zero", Multiple(6, 0), 0, ZeroBase},
		{"multiple negative", Multiple(6, -1), 0, NegativeBase},
		{"share", Share(10685, 11737), 10685.0 / 11737 * 100, Defined},
		{"share zero total", Share(1, 0), 0, ZeroBase},
		{"cagr", CAGR(100, 121, 2), 10, Defined},
		{"cagr zero first", CAGR(0, 121, 2), 0, ZeroBase},
		{"cagr negative last", CAGR(10, -1, 2), 0, OutOfRange},
		{"index", Index(120, 100), 120, Defined},
		{"index zero base", Index(120, 0), 0, ZeroBase},
		{"overflow", GrowthRate(math.MaxFloat64, 1e-300), 0, OutOfRange},
	}
	for _, c := range cases {
		if c.got.Reason != c.why {
			t.Errorf("%s: reason %v, want %v", c.name, c.got.Reason, c.why)
			continue
		}
		if c.why == Defined && math.Abs(c.got.Value-c.want) > 1e-9*math.Max(1, math.Abs(c.want)) {
			t.Errorf("%s: %v, want %v", c.name, c.got.Value, c.want)
		}
		if math.IsNaN(c.got.Value) || math.IsInf(c.got.Value, 0) {
			t.Errorf("%s: non-finite value %v", c.name, c.got.Value)
		}
	}
}

func TestFormatFixedHalfAwayFromZeroAsWritten(t *testing.T) {
	cases := []struct {
		x    float64
		d    int
		want string
	}{
		{12.325, 2, "12.33"}, // the float is 12.32499999…; as written it is a half
		{-12.325, 2, "-12.33"},
		{2.675, 2, "2.68"},
		{1.005, 2, "1.01"},
		{0.5, 0, "1"},
		{-0.5, 0, "-1"},
		{1.5, 0, "2"},
		{2.5, 0, "3"},
		{9.995, 2, "10.00"},
		{99.5, 0, "100"},
		{-0.001, 2, "0.00"},
		{12.33, 2, "12.33"},
		{7, 2, "7.00"},
		{1e21, 1, "1000000000000000000000.0"},
		{123.456, -1, "123"},
	}
	for _, c := range cases {
		if got := FormatFixed(c.x, c.d); got != c.want {
			t.Errorf("FormatFixed(%v, %d) = %q, want %q", c.x, c.d, got, c.want)
		}
	}
	if got := Round(12.325, 2); got != 12.33 {
		t.Errorf("Round(12.325, 2) = %v", got)
	}
	if FormatFixed(math.NaN(), 2) != "" || FormatFixed(math.Inf(1), 2) != "" {
		t.Error("non-finite values must format as empty")
	}
}

func TestDecimals(t *testing.T) {
	for s, want := range map[string]int{"12.33": 2, "100": 0, "98.6": 1, "12.330%": 3, "-0.5": 1, "1e3": 0} {
		if got := Decimals(s); got != want {
			t.Errorf("Decimals(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestBackComputeSample(t *testing.T) {
	// 全区实有各类市场主体28716户 … 增长12.33%
	iv, err := BackCompute(28716, 12.33, 2)
	if err != nil {
		t.Fatal(err)
	}
	cands, complete := iv.WholeCandidates(0)
	if !complete || !slices.Equal(cands, []float64{25563, 25564, 25565}) {
		t.Fatalf("candidates = %v (complete %v), want 25563 25564 25565", cands, complete)
	}
	if n, ok := iv.Nearest(); !ok || n != 25564 {
		t.Errorf("nearest = %v, want 25564", n)
	}
	if !(iv.Low < 25563 && iv.High > 25565 && iv.Low > 25562 && iv.High < 25566) {
		t.Errorf("interval [%v, %v] does not bracket the candidates tightly", iv.Low, iv.High)
	}
	// 新增4698户 at 12.33% would need 4182.13–4182.51: no whole number.
	iv2, _ := BackCompute(4698, 12.33, 2)
	if c, _ := iv2.WholeCandidates(0); len(c) != 0 {
		t.Errorf("4698 at 12.33%%: candidates %v, want none", c)
	}
	if _, err := BackCompute(10, -100, 0); err == nil {
		t.Error("growth of -100% must have no prior")
	}
	if _, err := BackCompute(0, 5, 0); err == nil {
		t.Error("zero current must be an error")
	}
	if _, err := BackCompute(math.NaN(), 5, 0); err == nil {
		t.Error("NaN current must be an error")
	}
}

// Property: every prior in the back-computed interval, put through the growth
// formula and rounded as stated, gives back the stated growth; the whole
// candidates are exactly the integers that do.
func TestBackComputeProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3000; i++ {
		c := float64(1 + rng.IntN(1_000_000))
		dec := rng.IntN(3)
		g := Round(rng.Float64()*300-60, dec)
		iv, err := BackCompute(c, g, dec)
		if err != nil {
			t.Fatalf("BackCompute(%v, %v, %d): %v", c, g, dec, err)
		}
		for _, frac := range []float64{0.001, 0.25, 0.5, 0.75, 0.999} {
			p := iv.Low + frac*(iv.High-iv.Low)
			if !iv.Reproduces(p) {
				t.Fatalf("c=%v g=%v d=%d: p=%v inside [%v,%v] gives %v", c, g, dec, p, iv.Low, iv.High, GrowthRate(c, p).Value)
			}
		}
		cands, complete := iv.WholeCandidates(0)
		if !complete {
			continue
		}
		for p := math.Floor(iv.Low) - 2; p <= math.Ceil(iv.High)+2; p++ {
			in := slices.Contains(cands, p)
			if p > 0 && iv.Reproduces(p) != in {
				t.Fatalf("c=%v g=%v: whole %v reproduces=%v but candidate=%v", c, g, p, iv.Reproduces(p), in)
			}
		}
	}
}

// Priors beyond 2⁵³ cannot be listed one whole number at a time; the
// fuzzer found the loop that never ended.
func TestBackComputeHugeValuesTerminate(t *testing.T) {
	iv, err := BackCompute(1e20, 5, 0)
	if err != nil {
		t.Fatal(err)
	}
	if c, complete := iv.WholeCandidates(0); len(c) != 0 || complete {
		t.Errorf("candidates %v complete %v", c, complete)
	}
	if _, ok := iv.Nearest(); ok {
		t.Error("Nearest found a whole prior beyond 2^53")
	}
	iv, _ = BackCompute(1e6, -99.9, 1) // interval up to ~2e10
	if n, ok := iv.Nearest(); !ok || !iv.Reproduces(n) || math.Abs(n-iv.Estimate) > 1 {
		t.Errorf("nearest %v for estimate %v", n, iv.Estimate)
	}
}

// FormatFixed against an independent oracle: exact rational arithmetic on
// the shortest decimal form, rounded half away from zero.
func TestFormatFixedMatchesRationalRounding(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	oracle := func(x float64, d int) string {
		r, _ := new(big.Rat).SetString(strconv.FormatFloat(x, 'f', -1, 64))
		neg := r.Sign() < 0
		r.Abs(r)
		scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil))
		r.Mul(r, scale)
		r.Add(r, big.NewRat(1, 2))
		n := new(big.Int).Quo(r.Num(), r.Denom()) // floor, r ≥ 0
		q := new(big.Rat).SetFrac(n, scale.Num())
		s := q.FloatString(d)
		if neg && n.Sign() != 0 {
			s = "-" + s
		}
		return s
	}
	values := []float64{0, -0.0, 0.5, 1.5, 2.5, -2.5, 9.995, 99.995, 12.325, 1e-7, 123456789.125, 1e20, 5e-324}
	for i := 0; i < 20000; i++ {
		var x float64
		switch i % 4 {
		case 0:
			x = Round(rng.NormFloat64()*1000, rng.IntN(5)) + float64(rng.IntN(2))*0.5*math.Pow(10, -float64(rng.IntN(4)))
		case 1:
			x = rng.NormFloat64() * math.Pow(10, float64(rng.IntN(16)-6))
		case 2:
			x = float64(rng.IntN(100000)) / 1000
		default:
			x = values[rng.IntN(len(values))]
		}
		d := rng.IntN(5)
		if got, want := FormatFixed(x, d), oracle(x, d); got != want {
			t.Fatalf("FormatFixed(%v, %d) = %q, oracle %q", x, d, got, want)
		}
	}
}

// Values as written print as written; computed ones lose their binary
// noise.
func TestFormatValueNoise(t *testing.T) {
	for _, c := range []struct {
		v    float64
		kind Kind
		want string
	}{
		{5966580.03 - 6102483.06, KindAmount, "-135903.03"},
		{0.1 + 0.2, KindAmount, "0.3"},
		{95.87, KindRate, "95.87"},
		{98.06 - 96.86, KindRate, "1.2"},
		{2.25, KindAmount, "2.25"},
		{123456789.123456, KindAmount, "123456789.123456"},
		{28716, KindCount, "28716"},
		{-0.0, KindAmount, "0"},
		{1e-7, KindAmount, "0.0000001"},
	} {
		if got := FormatValue(c.v, c.kind); got != c.want {
			t.Errorf("FormatValue(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

// Changes of values as written are exact decimals.
func TestChangeIsDecimalExact(t *testing.T) {
	for _, c := range []struct{ cur, prev, want float64 }{
		{16345175.09, 15865274.14, 479900.95},
		{5966580.03, 6102483.06, -135903.03},
		{98.06, 96.86, 1.2},
		{0.3, 0.1, 0.2},
		{28716, 25564, 3152},
	} {
		if got := Change(c.cur, c.prev).Value; got != c.want {
			t.Errorf("Change(%v, %v) = %v, want %v", c.cur, c.prev, got, c.want)
		}
		if got := PercentagePoints(c.cur, c.prev).Value; got != c.want {
			t.Errorf("PercentagePoints(%v, %v) = %v, want %v", c.cur, c.prev, got, c.want)
		}
	}
}

// The reasons print in Chinese punctuation (they reach findings' messages
// unpunctuated).
func TestReasonChinese(t *testing.T) {
	for r, want := range map[Reason]string{ZeroBase: "上年为0，增速无意义", NegativeBase: "基期为负，增速无意义", MissingPrevious: "缺少上年数据"} {
		if got := r.Chinese(); got != want {
			t.Errorf("%v.Chinese() = %q, want %q", r, got, want)
		}
	}
}
