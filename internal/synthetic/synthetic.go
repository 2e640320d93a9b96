// Package synthetic makes deterministic, clearly synthetic datasets for
// tests and benchmarks: many indicators over several years, with the edge
// cases real reports have (missing years, zero bases, rates, mixed units).
// It mirrors the project's Python benchmark generator (gen_data.py) in
// shape, not in its exact random numbers.
package synthetic

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strconv"

	"github.com/annualstat/annualstat/analysis"
)

// Options says what to generate. The zero value, with Indicators and Years
// set, gives the defaults noted.
type Options struct {
	Indicators   int     // number of indicators (at least 1)
	Years        int     // number of years (at least 1)
	EndYear      int     // the latest year; 0 means 2024
	Seed         uint64  // random seed; the same options give the same data
	Sections     int     // number of sections; 0 means about 8 indicators a section, at most 20
	MissingRate  float64 // share of (indicator, year) values left out; 0 means 1%, negative none
	ZeroBaseRate float64 // share of indicators whose value the year before the latest is 0; 0 means 0.5%, negative none
}

// Units are the units the generator draws from: counts (户 件 项 人次),
// amounts (万元 亿元) and a rate (%).
var Units = []string{"户", "件", "项", "万元", "亿元", "%", "人次"}

func intUnit(u string) bool { return u == "户" || u == "件" || u == "项" || u == "人次" }

func (o Options) norm() Options {
	if o.EndYear == 0 {
		o.EndYear = 2024
	}
	if o.Indicators < 0 {
		o.Indicators = 0
	}
	if o.Years < 1 {
		o.Years = 1
	}
	if o.Sections <= 0 {
		o.Sections = min(20, max(1, (o.Indicators+7)/8))
	}
	if o.MissingRate == 0 {
		o.MissingRate = 0.01
	}
	if o.ZeroBaseRate == 0 {
		o.ZeroBaseRate = 0.005
	}
	return o
}

// Row is one generated value, with the value as the CSV file writes it.
type Row struct {
	Section, Indicator, Unit string
	Year                     int
	Value                    string  // as written: integers for count units, 2 decimals otherwise
	V                        float64 // Value as a number
}

// Rows calls yield for each value, grouped by indicator, years ascending,
// until yield returns false. When there are at least 10 indicators and 2
// years, one indicator misses the year before the latest, one misses the
// latest year, and one has a zero base (0 the year before the latest).
func Rows(opt Options, yield func(Row) bool) {
	o := opt.norm()
	n, ny := o.Indicators, o.Years
	rng := rand.New(rand.NewPCG(o.Seed, 0x616e6e75616c73)) // "annuals"
	perSection := max(1, (n+o.Sections-1)/o.Sections)
	const (
		missPrev = iota + 1
		missLast
		zeroBase
	)
	forced := map[int]int{}
	if n >= 10 && ny >= 2 {
		p := rng.Perm(n)[:3]
		forced[p[0]], forced[p[1]], forced[p[2]] = missPrev, missLast, zeroBase
	}
	first := o.EndYear - ny + 1
	width := max(6, len(strconv.Itoa(n)))
	var buf []byte
	for i := 0; i < n; i++ {
		section := fmt.Sprintf("合成板块%02d", i/perSection+1)
		name := fmt.Sprintf("合成指标%0*d", width, i+1)
		unit := Units[rng.IntN(len(Units))]
		var v float64
		switch {
		case unit == "%":
			v = 1 + rng.Float64()*94
		case intUnit(unit):
			v = float64(100 + rng.IntN(5_000_000))
		case unit == "万元":
			v = 100 + rng.Float64()*8_999_900
		default:
			v = 1 + rng.Float64()*89_999
		}
		zb := (o.ZeroBaseRate > 0 && rng.Float64() < o.ZeroBaseRate) || forced[i] == zeroBase
		for k := 0; k < ny; k++ {
			if k > 0 {
				if unit == "%" {
					v = math.Min(99.9, math.Max(0.1, v+rng.Float64()*10-5))
				} else {
					v = math.Max(1, v*(1+rng.Float64()*0.4-0.15))
				}
			}
			drop := o.MissingRate > 0 && rng.Float64() < o.MissingRate
			if (forced[i] == missPrev && k == ny-2) || (forced[i] == missLast && k == ny-1) {
				drop = true
			}
			if drop {
				continue
			}
			val := v
			if zb && k == ny-2 {
				val = 0
			}
			if intUnit(unit) {
				buf = strconv.AppendInt(buf[:0], int64(math.Round(val)), 10)
			} else {
				buf = strconv.AppendFloat(buf[:0], val, 'f', 2, 64)
			}
			f, _ := strconv.ParseFloat(string(buf), 64) // our own digits: cannot fail
			if !yield(Row{section, name, unit, first + k, string(buf), f}) {
				return
			}
		}
	}
}

// Generate returns the dataset Rows describes; its values are exactly those
// WriteLongCSV writes (rounded as written).
func Generate(opt Options) *analysis.Dataset {
	d := &analysis.Dataset{}
	var cur *analysis.Indicator
	Rows(opt, func(r Row) bool {
		if cur == nil || cur.Name != r.Indicator {
			cur = d.Indicator(r.Section, r.Indicator, r.Unit)
		}
		cur.Points = append(cur.Points, analysis.Point{Year: r.Year, Value: r.V})
		return true
	})
	// An indicator all of whose years were dropped has no row in the CSV
	// and is not in the dataset either.
	return d
}

// WriteLongCSV writes the rows as a long CSV table: UTF-8 without a byte
// order mark, "\n" line endings, header section,indicator,unit,year,value.
func WriteLongCSV(w io.Writer, opt Options) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	bw.WriteString("section,indicator,unit,year,value\n")
	var line []byte
	Rows(opt, func(r Row) bool {
		line = append(line[:0], r.Section...)
		line = append(line, ',')
		line = append(line, r.Indicator...)
		line = append(line, ',')
		line = append(line, r.Unit...)
		line = append(line, ',')
		line = strconv.AppendInt(line, int64(r.Year), 10)
		line = append(line, ',')
		line = append(line, r.Value...)
		line = append(line, '\n')
		_, err := bw.Write(line)
		return err == nil
	})
	return bw.Flush()
}
