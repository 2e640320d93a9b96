package extract_test

import (
	"fmt"
	"log"
	"os"

	"github.com/annualstat/annualstat/analysis/extract"
)

func ExampleExtract() {
	text := "2022年,全区实有各类市场主体28716户,投资约2.25亿元,网办率100%,同比提高1.5个百分点。"
	figs, err := extract.Extract([]byte(text), extract.Options{})
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range figs {
		fmt.Printf("%s %v %s %d %s", f.Indicator, f.Value, f.Unit, f.Year, f.Flags)
		if f.Change != nil {
			fmt.Printf(" %s %v (%s)", f.Change.Kind, f.Change.Value, f.Change.Text)
		}
		fmt.Printf(" %q\n", text[f.Span[0]:f.Span[1]])
	}
	// Output:
	// 实有各类市场主体 28716 户 2022  "实有各类市场主体28716户"
	// 投资 2.25 亿元 2022 approx "投资约2.25亿元"
	// 网办率 100 % 2022  pp 1.5 (同比提高1.5个百分点) "网办率100%"
}

func ExampleWriteCSV() {
	figs, err := extract.Extract([]byte("1-11月共计归集上报数据11737条,其中行政许可数据10685条。"), extract.Options{Year: 2022})
	if err != nil {
		log.Fatal(err)
	}
	if err := extract.WriteCSV(os.Stdout, figs); err != nil {
		log.Fatal(err)
	}
	// Output:
	// section,indicator,unit,year,value,flag,note,parent,period,change_kind,change_value,change_text,span_start,span_end,sentence,changes,qualifier,number,precision,unit_scale,unit_base,unit_class,range_high,change_of,prior,file,table,row,col
	// ,归集上报数据,条,2022,11737,,1-11月,,1-11月,,,,13,39,"1-11月共计归集上报数据11737条,其中行政许可数据10685条",,,11737,0,,条,count,,,,,,,
	// ,行政许可数据,条,2022,10685,,1-11月,归集上报数据,1-11月,,,,46,72,"1-11月共计归集上报数据11737条,其中行政许可数据10685条",,,10685,0,,条,count,,,,,,,
}

func ExampleNormalizeUnit() {
	v, u := extract.NormalizeUnit(1210, "万元")
	fmt.Println(v, u)
	v, u = extract.NormalizeUnit(2.25, "亿元")
	fmt.Println(v, u)
	v, u = extract.NormalizeUnit(98.06, "%")
	fmt.Println(v, u)
	// Output:
	// 1.21e+07 元
	// 2.25e+08 元
	// 98.06 %
}
