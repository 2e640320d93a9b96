package xlsx

import (
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"strconv"
	"testing"

	"github.com/annualstat/annualstat/analysis"
)

// loadSample reads the long CSV of the sample report (until analysis/ingest
// lands, a minimal reader of its UTF-8 long layout).
func loadSample(t testing.TB) *analysis.Dataset {
	t.Helper()
	fh, err := os.Open("../../testdata/sample-2022.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	recs, err := csv.NewReader(fh).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	d := &analysis.Dataset{}
	for i, r := range recs[1:] {
		year, err := strconv.Atoi(r[3])
		if err != nil {
			t.Fatalf("line %d: %v", i+2, err)
		}
		v, err := strconv.ParseFloat(r[4], 64)
		if err != nil {
			t.Fatalf("line %d: %v", i+2, err)
		}
		fl, err := analysis.ParseFlags(r[5])
		if err != nil {
			t.Fatalf("line %d: %v", i+2, err)
		}
		ind := d.Indicator(r[0], r[1], r[2])
		ind.Parent = r[7]
		if err := ind.Set(analysis.Point{Year: year, Value: v, Flags: fl, Note: r[6]}); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// synthetic builds n indicators × years years ending in 2022, in sections
// of 50, cycling through the kinds, with the edge cases of the
// year-over-year arithmetic mixed in: zero base, negative base, missing
// previous, missing current, approximate and derived values, periods, notes,
// parents and stated changes. Values are whole numbers or decimals with at
// most two places, as reports write them.
func synthetic(n, years int) *analysis.Dataset {
	d := &analysis.Dataset{Title: "合成数据", Org: "测试区", Year: 2022}
	first := 2022 - years + 1
	for i := range n {
		sec := fmt.Sprintf("板块%03d", i/50)
		var unit string
		switch i % 5 {
		case 0, 1:
			unit = "件"
		case 2:
			unit = "万元"
		case 3:
			unit = "%"
		case 4:
			unit = "分"
		}
		ind := &analysis.Indicator{Section: sec, Name: fmt.Sprintf("指标%06d", i), Unit: unit}
		if i%50 > 0 && i%7 == 0 {
			ind.Parent = fmt.Sprintf("指标%06d", i-i%50)
		}
		if i%11 == 0 {
			ind.Kind = ind.EffectiveKind() // an explicit kind
		}
		if i%43 == 10 {
			ind.Note = "口径调整"
		}
		if i%97 == 11 {
			_ = d.Add(ind) // an indicator without values
			continue
		}
		for y := first; y <= 2022; y++ {
			if i%13 == 5 && y == 2021 || i%17 == 6 && y == 2022 {
				continue // missing previous / current
			}
			h := uint32(i*7919+y*104729) * 2654435761
			var v float64
			switch unit {
			case "件":
				v = float64(h % 100000)
			case "万元":
				v = float64(h%10000000) / 100
			case "%":
				v = float64(h%10001) / 100
			case "分":
				v = float64(h%1000) / 10
			}
			if i%19 == 3 && y == 2021 {
				v = 0 // zero base
			}
			if i%23 == 4 && y == 2021 && unit == "万元" {
				v = -v - 1 // negative base
			}
			p := analysis.Point{Year: y, Value: v}
			if i%29 == 1 {
				p.Flags = analysis.FlagApprox
			}
			if i%31 == 2 && y == 2021 {
				p.Flags |= analysis.FlagDerived
				p.Note = "由增速反推"
			}
			if i%37 == 8 {
				p.Period = "1-11月"
			}
			if i%41 == 9 && y == 2022 && unit != "%" {
				p.Changes = []analysis.Stated{{Kind: analysis.ChangeGrowthPct, Value: 12.3, Text: "12.3"}}
			}
			if math.IsNaN(v) {
				panic("NaN")
			}
			_ = ind.Set(p)
		}
		_ = d.Add(ind)
	}
	return d
}
