package ingest

import (
	"bytes"
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis"
)

// randomDataset makes a dataset that uses every field of the model, with
// values that need all 17 significant digits, extreme magnitudes and -0.
func randomDataset(rng *rand.Rand, withHeader bool) *analysis.Dataset {
	d := &analysis.Dataset{}
	if withHeader {
		d.Title, d.Org, d.Year, d.Source = "2022年法治政府建设年度报告", "某开发区管委会", 2022, "合成数据 \"quoted\"\n<&>"
	}
	texts := []string{"", "甲", "a,b", "引号\"", "多行\n文本", " spaced", "百分比%", "<&>", "tab\there"}
	units := []string{"户", "万元", "%", "分", "", "人次", "元/股"}
	n := rng.IntN(12)
	for i := 0; i < n; i++ {
		ind := d.Indicator("板块"+string(rune('A'+rng.IntN(3))), "指标"+texts[rng.IntN(len(texts))]+string(rune('a'+i)), units[rng.IntN(len(units))])
		ind.Kind = analysis.Kind(rng.IntN(5))
		if rng.IntN(3) == 0 {
			ind.Parent = "指标a"
		}
		ind.Note = texts[rng.IntN(len(texts))]
		for y := 2015; y <= 2024; y++ {
			if rng.IntN(3) == 0 {
				continue
			}
			p := analysis.Point{Year: y, Value: randomValue(rng), Flags: analysis.Flag(rng.IntN(8)), Note: texts[rng.IntN(len(texts))]}
			if rng.IntN(4) == 0 {
				p.Period = "1-11月"
			}
			if rng.IntN(3) == 0 {
				p.Changes = []analysis.Stated{{Kind: analysis.ChangeKind(rng.IntN(5)), Value: randomValue(rng), Text: "12.33", Ambiguous: rng.IntN(2) == 0}}
			}
			ind.Points = append(ind.Points, p)
		}
	}
	return d
}

func randomValue(rng *rand.Rand) float64 {
	switch rng.IntN(6) {
	case 0:
		return float64(rng.IntN(10_000_000))
	case 1:
		return math.Round(rng.Float64()*1e6) / 100
	case 2:
		return math.Copysign(0, -1)
	case 3:
		for {
			v := math.Float64frombits(rng.Uint64())
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				return v
			}
		}
	case 4:
		return 0.1 + 0.2 // needs 17 digits
	}
	return -rng.Float64() * 1e-9
}

func TestJSONRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 300; i++ {
		d := randomDataset(rng, i%2 == 0)
		var buf bytes.Buffer
		if err := WriteJSON(&buf, d); err != nil {
			t.Fatal(err)
		}
		got, err := ReadJSON(bytes.NewReader(buf.Bytes()), Options{Name: "rt.json"})
		if err != nil {
			t.Fatalf("ReadJSON: %v\n%s", err, buf.String())
		}
		equalDatasets(t, "JSON round trip", got, d)
		for j, ind := range got.Indicators {
			for k, p := range ind.Points {
				if w := d.Indicators[j].Points[k].Value; math.Float64bits(p.Value) != math.Float64bits(w) {
					t.Fatalf("value %v read back as %v", w, p.Value)
				}
			}
		}
		if got.Lookup(analysis.Key{}) != nil {
			t.Fatal("lookup of an absent key found something")
		}
		for _, ind := range got.Indicators {
			if got.Lookup(ind.Key()) != ind {
				t.Fatal("lookup index not built")
			}
		}
	}
}

// moreChanges are changes added after a value's first in the round trips:
// bases, verbs and units as written, decimals, texts that need escaping.
var moreChanges = [][]analysis.Stated{
	{{Kind: analysis.ChangeAbs, Value: -7, Text: "7", Base: "同比", Verb: "减少", Unit: "件"}},
	{{Kind: analysis.ChangePP, Value: 1.2, Text: "1.20", Precision: analysis.PrecisionOf(2), Base: "比上年末", Verb: "提高"},
		{Kind: analysis.ChangeMultiple, Value: 6, Text: "增长5倍 (a) b\\c; d", Ambiguous: true}},
	{{Kind: analysis.ChangeGrowthPct, Value: 3e-9, Base: "比 2019年;", Verb: "x\\y"}},
}

// WriteCSV and ReadCSV round-trip everything the long layout holds: all
// but the dataset's title, body, year and source, and leading or trailing
// spaces of names (cells are trimmed).
func TestCSVRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 300; i++ {
		d := randomDataset(rng, false)
		for _, ind := range d.Indicators {
			ind.Name = strings.TrimSpace(ind.Name)
			ind.Note = strings.TrimSpace(ind.Note)
			for j := range ind.Points {
				p := &ind.Points[j]
				p.Note = strings.TrimSpace(p.Note)
				if st := p.FirstChange(); st != nil && st.Kind == analysis.ChangeNone {
					st.Kind = analysis.ChangeGrowthPct // a stated change without a kind has no CSV form
				}
				if len(p.Changes) > 0 && rng.IntN(2) == 0 {
					// Several changes, with what only the changes column holds.
					p.Changes = append(p.Changes, moreChanges[rng.IntN(len(moreChanges))]...)
				}
			}
		}
		if d.Reindex() != nil {
			continue
		}
		var buf bytes.Buffer
		if err := WriteCSV(&buf, d); err != nil {
			t.Fatal(err)
		}
		got, err := ReadCSV(bytes.NewReader(buf.Bytes()), Options{Name: "rt.csv"})
		if err != nil {
			t.Fatalf("ReadCSV: %v\n%s", err, buf.String())
		}
		equalDatasets(t, "CSV round trip", got, d)
	}
}

func TestWriteRejectsNonFinite(t *testing.T) {
	d := &analysis.Dataset{}
	d.Indicator("a", "b", "户").Points = []analysis.Point{{Year: 2022, Value: math.NaN()}}
	if err := WriteJSON(&bytes.Buffer{}, d); err == nil {
		t.Error("WriteJSON wrote NaN")
	}
	if err := WriteCSV(&bytes.Buffer{}, d); err == nil {
		t.Error("WriteCSV wrote NaN")
	}
	d.Indicators[0].Points[0].Value = math.Inf(1)
	if err := WriteJSON(&bytes.Buffer{}, d); err == nil {
		t.Error("WriteJSON wrote +Inf")
	}
}

func TestJSONErrors(t *testing.T) {
	tests := []struct {
		name, text string
		line, col  int
		want       string
	}{
		{"unknown top", `{"title":"t","colour":1}`, 1, 14, `colour: unknown field`},
		{"unknown nested", "{\"indicators\":[{\"name\":\"x\",\"values\":[\n {\"year\":2022,\"value\":1,\"flag\":[]}]}]}", 2, 25, "indicators[0].values[0].flag: unknown field"},
		{"year type", "{\"indicators\":[{\"name\":\"x\",\"values\":[{\"year\":\"2022\",\"value\":1}]}]}", 1, 46, "indicators[0].values[0].year: want a number, got the string \"2022\""},
		{"year range", "{\"indicators\":[{\"name\":\"x\",\"values\":[{\"year\":20222,\"value\":1}]}]}", 1, 46, "want a year"},
		{"year fraction", "{\"indicators\":[{\"name\":\"x\",\"values\":[{\"year\":2022.5,\"value\":1}]}]}", 1, 46, "want a year"},
		{"value null", "{\"indicators\":[{\"name\":\"x\",\"values\":[{\"year\":2022,\"value\":null}]}]}", 1, 59, "want a number, got null"},
		{"value huge", "{\"indicators\":[{\"name\":\"x\",\"values\":[{\"year\":2022,\"value\":1e999}]}]}", 1, 59, "out of range"},
		{"no value", "{\"indicators\":[{\"name\":\"x\",\"values\":[{\"year\":2022}]}]}", 1, 38, "want year and value"},
		{"no name", "{\"indicators\":[{\"unit\":\"户\"}]}", 1, 16, "want a name"},
		{"empty name", "{\"indicators\":[{\"name\":\" \"}]}", 1, 24, "want the indicator's name"},
		{"bad flag", "{\"indicators\":[{\"name\":\"x\",\"values\":[{\"year\":2022,\"value\":1,\"flags\":[\"maybe\"]}]}]}", 1, 70, "unknown flag"},
		{"bad kind", "{\"indicators\":[{\"name\":\"x\",\"kind\":\"ratio\"}]}", 1, 35, "unknown kind"},
		{"bad stated", "{\"indicators\":[{\"name\":\"x\",\"values\":[{\"year\":2022,\"value\":1,\"stated\":{\"kind\":\"up\"}}]}]}", 1, 78, "unknown change kind"},
		{"dup year", "{\"indicators\":[{\"name\":\"x\",\"values\":[{\"year\":2022,\"value\":1},\n{\"year\":2022,\"value\":2}]}]}", 2, 9, "year 2022 repeats values[0]"},
		{"dup indicator", "{\"indicators\":[{\"name\":\"x\"},\n{\"name\":\"x\"}]}", 2, 1, "repeats indicators[0]"},
		{"dup field", `{"title":"a","title":"b"}`, 1, 14, "given twice"},
		{"syntax", "{\"title\":\"a\",\n\"org\" 1}", 2, 7, "malformed JSON"},
		{"truncated", `{"title":"a"`, 1, 13, "malformed JSON"},
		{"trailing", `{"title":"a"} {}`, 1, 15, "want the end of the input"},
		{"not object", `[1,2]`, 1, 1, "want an object, got an array"},
		{"dataset year", `{"year":1800}`, 1, 9, "want a year"},
		{"indicators type", `{"indicators":{}}`, 1, 15, "want an array"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadJSON(strings.NewReader(tc.text), Options{Name: "data.json"})
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T %v, want *ParseError", err, err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "data.json:") || !strings.Contains(msg, tc.want) {
				t.Errorf("error %q, want data.json:… containing %q", msg, tc.want)
			}
			if pe.Line != tc.line || pe.Column != tc.col {
				t.Errorf("error %q at %d:%d, want %d:%d", msg, pe.Line, pe.Column, tc.line, tc.col)
			}
		})
	}
	if _, err := ReadJSON(strings.NewReader("{\"indicators\":[{\"name\":\"x\",\"values\":[{\"year\":2022,\"value\":1},{\"year\":2022,\"value\":2}]}]}"), Options{}); !errors.Is(err, analysis.ErrDuplicate) {
		t.Errorf("duplicate year: %v does not wrap ErrDuplicate", err)
	}
}

// ReadJSON sorts values by year and accepts null for absent strings and
// arrays.
func TestJSONLenient(t *testing.T) {
	d, err := ReadJSON(strings.NewReader(`{"title":null,"indicators":[{"section":"s","name":"x","unit":"户","note":null,
		"values":[{"year":2023,"value":3},{"year":2021,"value":1,"flags":null},{"year":2022,"value":2,"flags":["approx","derived"]}]}]}`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ind := d.Indicators[0]
	if got := ind.Years(); len(got) != 3 || got[0] != 2021 || got[2] != 2023 {
		t.Errorf("years %v, want sorted", got)
	}
	if p, _ := ind.At(2022); p.Flags != analysis.FlagApprox|analysis.FlagDerived || p.Value != 2 {
		t.Errorf("2022: %+v", p)
	}
}
