package ingest

import (
	"bytes"
	"math"
	"os"
	"strings"
	"testing"
)

func FuzzReadCSV(f *testing.F) {
	if raw, err := os.ReadFile(samplePath); err == nil {
		f.Add(raw)
	}
	for _, s := range []string{
		"section,indicator,unit,year,value\na,b,户,2022,\"28,716\"\n",
		"indicator,2021,2022年\nx,1,2%\n",
		"板块,指标,单位,年份,数值\n甲,乙,户,２０２２,１２\n",
		"indicator,year,value,change_kind,change_value,period,kind\nx,2022,1,pp,-1,1-11月,rate\n",
		"indicator,year,value\nx,2022,1\nx,2022,2\n",
		"indicator\tyear\tvalue\n\"a\nb\",2022,1\n",
		"\xef\xbb\xbfindicator,year,value\n",
		"\xff\xfei\x00n\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ReadCSV(bytes.NewReader(b), Options{Name: "fuzz.csv"})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.csv") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		for _, ind := range d.Indicators {
			if ind.Name == "" {
				t.Fatal("indicator without a name")
			}
			if d.Lookup(ind.Key()) != ind {
				t.Fatal("lookup index wrong")
			}
			for i, p := range ind.Points {
				if math.IsNaN(p.Value) || math.IsInf(p.Value, 0) {
					t.Fatalf("non-finite value %v", p.Value)
				}
				if p.Year < MinYear || p.Year > MaxYear || i > 0 && p.Year <= ind.Points[i-1].Year {
					t.Fatalf("years out of order or range: %v", ind.Years())
				}
				if st := p.FirstChange(); st != nil && (math.IsNaN(st.Value) || math.IsInf(st.Value, 0)) {
					t.Fatal("non-finite stated change")
				}
			}
		}
		// What was read writes and reads back the same.
		var buf bytes.Buffer
		if err := WriteCSV(&buf, d); err != nil {
			t.Fatalf("WriteCSV: %v", err)
		}
		d2, err := ReadCSV(&buf, Options{Name: "again.csv"})
		if err != nil {
			t.Fatalf("reading back: %v\n%s", err, buf.String())
		}
		if d2.Len() != d.Len() || len(d2.Indicators) != len(d.Indicators) {
			t.Fatalf("read back %d values of %d indicators, want %d of %d", d2.Len(), len(d2.Indicators), d.Len(), len(d.Indicators))
		}
	})
}

func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`{"title":"t","year":2022,"indicators":[{"section":"s","name":"x","unit":"%","kind":"rate","values":[{"year":2022,"value":1.5,"flags":["approx"],"stated":{"kind":"pp","value":-1,"text":"1"}}]}]}`))
	f.Add([]byte(`{"indicators":[{"name":"x","values":[{"year":2022,"value":1},{"year":2021,"value":2}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ReadJSON(bytes.NewReader(b), Options{Name: "fuzz.json"})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.json") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := WriteJSON(&buf, d); err != nil {
			t.Fatalf("WriteJSON: %v", err)
		}
		d2, err := ReadJSON(&buf, Options{Name: "again.json"})
		if err != nil {
			t.Fatalf("reading back: %v", err)
		}
		equalDatasets(t, "fuzz round trip", d2, d)
	})
}
