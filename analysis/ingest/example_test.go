package ingest_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
)

func ExampleReadCSV() {
	const data = `section,indicator,unit,year,value,flag
市场主体,实有各类市场主体,户,2021,"25,564",derived
市场主体,实有各类市场主体,户,2022,"28,716",
政务服务,行政许可事项时限压缩率,,2022,95.87%,
`
	d, err := ingest.ReadCSV(strings.NewReader(data), ingest.Options{Name: "data.csv"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ind := range d.Indicators {
		for _, p := range ind.Points {
			fmt.Printf("%s %d: %v %s [%s]\n", ind.Name, p.Year, p.Value, ind.Unit, p.Flags)
		}
	}

	_, err = ingest.ReadCSV(strings.NewReader("indicator,year,value\n网办率,2022,百分百\n"), ingest.Options{Name: "bad.csv"})
	fmt.Println(err)
	// Output:
	// 实有各类市场主体 2021: 25564 户 [derived]
	// 实有各类市场主体 2022: 28716 户 []
	// 行政许可事项时限压缩率 2022: 95.87 % []
	// bad.csv:2:3: value: want a number, got "百分百"
}

func ExampleParseNumber() {
	for _, s := range []string{"28,716", "２８７１６", "12.33%", "-0.5", "1,234.5", "—", "1,23"} {
		v, percent, err := ingest.ParseNumber(s)
		switch {
		case errors.Is(err, ingest.ErrMissing):
			fmt.Printf("%q: missing\n", s)
		case err != nil:
			fmt.Printf("%q: %v\n", s, err)
		default:
			fmt.Printf("%q: %v percent=%v\n", s, v, percent)
		}
	}
	// Output:
	// "28,716": 28716 percent=false
	// "２８７１６": 28716 percent=false
	// "12.33%": 12.33 percent=true
	// "-0.5": -0.5 percent=false
	// "1,234.5": 1234.5 percent=false
	// "—": missing
	// "1,23": want a number, got "1,23" (thousands separator must separate groups of three digits)
}

func ExampleWriteJSON() {
	d := &analysis.Dataset{Title: "示例", Year: 2022}
	ind := d.Indicator("市场主体", "实有各类市场主体", "户")
	ind.Points = []analysis.Point{{Year: 2022, Value: 28716, Changes: []analysis.Stated{{Kind: analysis.ChangeGrowthPct, Value: 12.33, Text: "12.33"}}}}
	var b strings.Builder
	if err := ingest.WriteJSON(&b, d); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(b.String())
	// Output:
	// {
	//   "title": "示例",
	//   "year": 2022,
	//   "indicators": [
	//     {
	//       "section": "市场主体",
	//       "name": "实有各类市场主体",
	//       "unit": "户",
	//       "values": [
	//         {
	//           "year": 2022,
	//           "value": 28716,
	//           "stated": {
	//             "kind": "growth_pct",
	//             "value": 12.33,
	//             "text": "12.33"
	//           }
	//         }
	//       ]
	//     }
	//   ]
	// }
}
