package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis"
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
	want := strings.Fields("section indicator unit kind year previous_year current previous change growth_pct change_pp multiple statement flags")
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
