package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/synthetic"
)

func smallTable(t *testing.T) *analysis.Table {
	t.Helper()
	var d analysis.Dataset
	set := func(name, unit string, pts ...analysis.Point) {
		ind := d.Indicator("S", name, unit)
		for _, p := range pts {
			if err := ind.Set(p); err != nil {
				t.Fatal(err)
			}
		}
	}
	set("实有各类市场主体", "户", analysis.Point{Year: 2021, Value: 25564, Flags: analysis.FlagDerived}, analysis.Point{Year: 2022, Value: 28716})
	set("即办件占比", "%", analysis.Point{Year: 2021, Value: 96.86}, analysis.Point{Year: 2022, Value: 98.06})
	set("投资", "亿元", analysis.Point{Year: 2021, Value: 0}, analysis.Point{Year: 2022, Value: 2.25, Flags: analysis.FlagApprox})
	set("新增", "户", analysis.Point{Year: 2022, Value: 4698})
	tab, err := analysis.Analyze(&d, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

func TestWriteJSONFieldsAndNulls(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, smallTable(t)); err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	want := strings.Fields("section indicator unit kind year previous_year current previous change growth_pct change_pp multiple statement flags " +
		"unit_scale unit_factor unit_base class period period_kind qualifier current_decimals previous_decimals current_text previous_text no_level changes")
	for _, r := range rows {
		if len(r) != len(want) {
			t.Errorf("row has %d fields, want %d: %v", len(r), len(want), r)
		}
		for _, k := range want {
			if _, ok := r[k]; !ok {
				t.Errorf("row lacks %q", k)
			}
		}
	}
	if rows[0]["growth_pct"].(float64) < 12.329 || rows[0]["change_pp"] != nil || rows[0]["change"].(float64) != 3152 {
		t.Errorf("count row: %v", rows[0])
	}
	if rows[1]["growth_pct"] != nil || rows[1]["change_pp"].(float64) < 1.19 || rows[1]["kind"] != "rate" {
		t.Errorf("rate row: %v", rows[1])
	}
	if rows[2]["growth_pct"] != nil || rows[2]["multiple"] != nil || rows[2]["change"].(float64) != 2.25 {
		t.Errorf("zero base row: %v", rows[2])
	}
	if fl := rows[2]["flags"].([]any); len(fl) != 2 || fl[0] != "zero_base" || fl[1] != "approx" {
		t.Errorf("zero base flags: %v", fl)
	}
	if rows[3]["previous"] != nil || rows[3]["change"] != nil || rows[3]["flags"].([]any)[0] != "missing_previous" {
		t.Errorf("missing previous row: %v", rows[3])
	}
	if strings.Contains(buf.String(), "NaN") || strings.Contains(buf.String(), "\\u") {
		t.Errorf("JSON has NaN or escaped text: %s", buf.String())
	}
}

func TestWriteCSVAndText(t *testing.T) {
	tab := smallTable(t)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, tab); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 5 || recs[0][9] != "growth_pct" || recs[3][9] != "" || recs[2][10] == "" {
		t.Errorf("csv: %v", recs)
	}
	buf.Reset()
	if err := WriteText(&buf, tab); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("text lines: %q", lines)
	}
	// Columns line up on screen: everything before the (left-aligned, last)
	// flags column has the same display width in every row.
	flags := []string{"标记", "derived", "", "zero_base,approx", "missing_previous"}
	for i, l := range lines {
		if got, want := DisplayWidth(l)-DisplayWidth(flags[i]), DisplayWidth(lines[0])-DisplayWidth(flags[0]); got != want || !strings.HasSuffix(l, flags[i]) {
			t.Errorf("line %d misaligned (%d vs %d): %q", i, got, want, l)
		}
	}
	if !strings.Contains(lines[1], "12.33%") || !strings.Contains(lines[2], "1.20pp") || !strings.Contains(lines[3], "—") {
		t.Errorf("text table: %s", buf.String())
	}
	if DisplayWidth("实有a") != 5 {
		t.Errorf("DisplayWidth = %d", DisplayWidth("实有a"))
	}
}

func TestRowsCarryUnitPeriodQualifierChanges(t *testing.T) {
	var d analysis.Dataset
	d.Indicator("S", "实有市场主体", "万户").Set(analysis.Point{Year: 2022, Value: 449.5, Precision: analysis.PrecisionOf(1),
		Changes: []analysis.Stated{{Kind: analysis.ChangeGrowthPct, Value: 6.1, Text: "6.1"}}})
	analysis.DeriveFromStated(&d)
	d.Indicator("S", "归集上报数据", "条").Set(analysis.Point{Year: 2022, Value: 11737, Period: "1-11月"})
	d.Indicator("S", "基层党组织", "个").Set(analysis.Point{Year: 2022, Value: 540, Qualifier: "多", Flags: analysis.FlagApprox})
	d.Indicator("S", "居民消费价格", "%").Set(analysis.Point{Year: 2022, NoLevel: true,
		Changes: []analysis.Stated{{Kind: analysis.ChangeGrowthPct, Value: 0.3, Text: "0.3", Verb: "上涨"}}})
	tab, err := analysis.Analyze(&d, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows := Rows(tab)
	r := rows[0]
	if r.UnitScale != "万" || r.UnitFactor != 1e4 || r.UnitBase != "户" || r.Class != "count" ||
		r.PreviousText != "423.7" || *r.PreviousDecimals != 1 || *r.CurrentDecimals != 1 ||
		len(r.Changes) != 1 || r.Changes[0].Text != "6.1" || r.Changes[0].Decimals != 1 {
		t.Errorf("scaled count row: %+v", r)
	}
	if r := rows[1]; r.Period != "1-11月" || r.PeriodKind != "partial" || r.Statement != "1-11月归集上报数据11737条" {
		t.Errorf("period row: %+v", r)
	}
	if r := rows[2]; r.Qualifier != "多" || r.Statement != "基层党组织540多个" {
		t.Errorf("qualifier row: %+v", r)
	}
	if r := rows[3]; !r.NoLevel || r.Current != nil || r.Class != "percent" || r.Statement != "居民消费价格比上年上涨0.3%" ||
		len(r.Flags) != 1 || r.Flags[0] != "no_level" {
		t.Errorf("no-level row: %+v", r)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, tab); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	if got := recs[1][col["changes"]]; got != "growth_pct 6.1 (6.1) decimals=1" {
		t.Errorf("changes column %q", got)
	}
	if got := recs[4][col["no_level"]]; got != "true" {
		t.Errorf("no_level column %q", got)
	}
	if got := recs[1][col["previous_text"]]; got != "423.7" {
		t.Errorf("previous_text column %q", got)
	}
}

// The terminal table shows names in Chinese punctuation, as the appendix
// does: the names extract gives (在校生人数(2), 三次产业结构比(第1项)) keep
// ASCII brackets in the data.
func TestWriteTextPunctuated(t *testing.T) {
	d := &analysis.Dataset{}
	for _, name := range []string{"在校生人数(2)", "教职工数(含中小学、幼儿园)"} {
		ind := d.Indicator("学生情况", name, "人")
		_ = ind.Set(analysis.Point{Year: 2022, Value: 10})
	}
	tab, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteText(&buf, tab); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"在校生人数（2）", "教职工数（含中小学、幼儿园）"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, buf.String())
		}
	}
}

// WriteJSON streams the rows as an encoder of the whole array writes it:
// the same bytes, <>& unescaped (the statements have none here, the
// indicator does).
func TestWriteJSONStreamsAsOneArray(t *testing.T) {
	tab := smallTable(t)
	tab.Rows[0].Indicator = &analysis.Indicator{Section: "S", Name: "A<B>&C", Unit: "户"}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(Rows(tab)); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := WriteJSON(&got, tab); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("streamed:\n%s\nwant:\n%s", got.String(), want.String())
	}
	if !strings.HasPrefix(got.String(), "[\n  {\n    \"section\": \"S\",\n    \"indicator\": \"A<B>&C\",") || !strings.HasSuffix(got.String(), "\n  }\n]\n") {
		t.Errorf("layout: %.120q … %q", got.String(), got.String()[got.Len()-12:])
	}
	got.Reset()
	if err := WriteJSON(&got, &analysis.Table{}); err != nil || got.String() != "[]\n" {
		t.Errorf("no rows: %q %v", got.String(), err)
	}
}

// BenchmarkWriteJSON200k: `annualstat analyze --format json` of 200,000
// indicators × 5 years, after the analysis.
func BenchmarkWriteJSON200k(b *testing.B) {
	tab, err := analysis.Analyze(synthetic.Generate(synthetic.Options{Indicators: 200000, Years: 5, Seed: 42}), analysis.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteJSON(io.Discard, tab); err != nil {
			b.Fatal(err)
		}
	}
}
