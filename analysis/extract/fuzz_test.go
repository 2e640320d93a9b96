package extract

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that Extract never panics, that every span lies in the
// input and within its sentence, that every string is valid UTF-8, and
// that both writers accept the result.
func FuzzExtract(f *testing.F) {
	for _, name := range []string{"testdata/annotated.json", "testdata/heldout.json"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		var set []annotation
		if err := json.Unmarshal(b, &set); err != nil {
			f.Fatal(err)
		}
		for _, a := range set {
			f.Add([]byte(a.Text))
		}
	}
	if b, err := os.ReadFile(samplePath); err == nil {
		f.Add(b)
	}
	f.Add([]byte("\xef\xbc\x91\xef\xbc\x92,345.6万元\xff"))
	f.Add([]byte("1,2,3,4,5,6%、7%、8%分别增长1%、2%"))
	// Tables as text: box-drawn (a border between some columns only, a
	// label wrapped in its cell), aligned by spaces (a header wrapped over
	// two lines, a label round its numbers), numbers trailing their labels.
	f.Add([]byte("单位：元\n┌────┬─────────────┬──────┐\n│    │   2022年    │      │\n│项目├──────┬──────┤ 增减 │\n" +
		"│    │调整前│调整后│  (%) │\n├────┼──────┼──────┼──────┤\n│收入│    10│    11│   2.5│\n│净利│     3│     4│     —│\n│润  │      │      │      │\n└────┴──────┴──────┴──────┘\n"))
	f.Add([]byte("+----+------+\n| 指标 | 本年 |\n+====+======+\n| 粮食 | 12.5 |\n+----+------+\n| 油料 | 3 |\n+----+------+\n"))
	f.Add([]byte("                 本年比上年\n项目      2023年    增减(%)\n收入        120       5.1\n归属于上市公司股东\n              30       2.0\n的净利润\n"))
	f.Add([]byte("医疗机构 床位 #医院\n(个) (张) (张)\n医院 hospitals 60 6500 6000\n诊所 clinics 400   1800\n        Item 2022 2023\n合计 12 13\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		figs, err := Extract(in, Options{})
		if !utf8.Valid(in) {
			if err == nil {
				t.Fatal("no error for invalid UTF-8")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		for i, f := range figs {
			if f.Span[0] < 0 || f.Span[0] > f.Span[1] || f.Span[1] > len(in) {
				t.Fatalf("figure %d: span %v outside input of %d bytes", i, f.Span, len(in))
			}
			if f.SentenceSpan[0] > f.Span[0] || f.Span[1] > f.SentenceSpan[1] || f.SentenceSpan[1] > len(in) {
				t.Fatalf("figure %d: span %v outside sentence %v", i, f.Span, f.SentenceSpan)
			}
			if string(in[f.SentenceSpan[0]:f.SentenceSpan[1]]) != f.Sentence {
				t.Fatalf("figure %d: sentence is not input[SentenceSpan]", i)
			}
			for _, s := range []string{f.Indicator, f.Unit, f.Period, f.Section, f.Parent, f.Sentence} {
				if !utf8.ValidString(s) {
					t.Fatalf("figure %d: invalid UTF-8 %q", i, s)
				}
			}
			if f.Indicator == "" {
				t.Fatalf("figure %d: empty indicator", i)
			}
			if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
				t.Fatalf("figure %d: value %v", i, f.Value)
			}
			if f.Change != nil && (math.IsNaN(f.Change.Value) || math.IsInf(f.Change.Value, 0) || !utf8.ValidString(f.Change.Text)) {
				t.Fatalf("figure %d: change %+v", i, f.Change)
			}
		}
		var buf bytes.Buffer
		if err := WriteJSON(&buf, figs); err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(buf.Bytes()) || !json.Valid(buf.Bytes()) {
			t.Fatal("WriteJSON wrote invalid UTF-8 or JSON")
		}
		buf.Reset()
		if err := WriteCSV(&buf, figs); err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(buf.Bytes()) {
			t.Fatal("WriteCSV wrote invalid UTF-8")
		}
		if _, err := ToDataset(figs, Options{Year: 2023}); err != nil {
			t.Fatalf("ToDataset: %v", err)
		}
	})
}
