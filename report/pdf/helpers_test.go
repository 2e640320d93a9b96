package pdf

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/present"
)

// requireTools skips the test when a tool is missing, or fails it when
// ANNUALSTAT_REQUIRE_TOOLS is set.
func requireTools(t testing.TB, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") != "" {
				t.Fatalf("%s is required: %v", tool, err)
			}
			t.Skipf("%s not installed: %v", tool, err)
		}
	}
}

// testFont resolves the system CJK font, skipping when there is none
// (failing under ANNUALSTAT_REQUIRE_TOOLS).
func testFont(t testing.TB) *font.Font {
	t.Helper()
	f, err := font.Resolve(font.Options{}, font.PDF)
	if err != nil {
		if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") != "" {
			t.Fatalf("a CJK font is required: %v", err)
		}
		t.Skipf("no CJK font: %v", err)
	}
	return f
}

var fragments = []string{
	"全区", "实有各类", "市场主体", "行政许可", "事项", "网上办理", "政务服务", "综合执法",
	"下放镇街", "数据归集", "上报", "窗口业务", "信访接待", "法律顾问", "行政复议", "规范性文件",
	"备案审查", "公平竞争", "审查", "投诉举报", "受理", "办结", "执法人员", "培训",
}

// genDataset builds n indicators over the given number of years ending in
// 2022, deterministically: long Chinese names (every fifth long enough to
// wrap), rates, amounts with decimals, zero and negative bases, missing
// values, approximate and derived values, and a new section every 25
// indicators (none when sections is false).
func genDataset(n, years int, sections bool) *analysis.Dataset {
	ds := &analysis.Dataset{Title: "2022年法治政府建设年度报告统计附录", Org: "湛江经济技术开发区管理委员会", Year: 2022, Source: "测试数据"}
	for i := 1; i <= n; i++ {
		name := fragments[i%len(fragments)] + fragments[(i*7+3)%len(fragments)] + fmt.Sprintf("指标%04d号", i)
		if i%5 == 0 {
			name = fragments[(i+5)%len(fragments)] + fragments[(i*3)%len(fragments)] + fragments[(i+11)%len(fragments)] +
				fragments[(i*5+1)%len(fragments)] + "（含" + fragments[(i+2)%len(fragments)] + "及其他）" + name
		}
		unit := []string{"户", "件", "项", "人次", "条"}[i%5]
		switch {
		case i%7 == 0:
			unit = "%"
		case i%11 == 0:
			unit = "万元"
		}
		section := ""
		if sections {
			section = fmt.Sprintf("第%d部分%s", (i-1)/25+1, fragments[((i-1)/25)%len(fragments)])
		}
		ind := &analysis.Indicator{Section: section, Name: name, Unit: unit}
		for y := 2022 - years + 1; y <= 2022; y++ {
			k := float64(i*31+y*17) / 7
			v := float64(1000 + (i*7919+y*104729)%90000)
			switch {
			case unit == "%":
				v = analysis.Round(float64((i*131+y*71)%10000)/100, 2)
			case unit == "万元":
				v = analysis.Round(k*3.7, 2)
			}
			p := analysis.Point{Year: y, Value: v}
			switch {
			case i%37 == 0 && y == 2021:
				p.Value = 0
			case i%53 == 0 && y == 2021 && unit != "%":
				p.Value = -v
			case i%41 == 0 && y == 2021, i%43 == 0 && y == 2022:
				continue
			}
			if i%13 == 0 && y == 2022 {
				p.Flags = analysis.FlagApprox
			}
			if i%17 == 0 && y == 2021 {
				p.Flags = analysis.FlagDerived
			}
			if err := ind.Set(p); err != nil {
				panic(err)
			}
		}
		if err := ds.Add(ind); err != nil {
			panic(err)
		}
	}
	return ds
}

func analyze(t testing.TB, ds *analysis.Dataset) *analysis.Table {
	t.Helper()
	tab, err := analysis.Analyze(ds, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// loadSample reads testdata/sample-2022.csv.
func loadSample(t testing.TB) *analysis.Dataset {
	t.Helper()
	ds := loadCSV(t, "../../testdata/sample-2022.csv")
	ds.Title, ds.Org, ds.Source = "2022年法治政府建设年度报告", "湛江经济技术开发区", "2022年法治政府建设年度报告"
	return ds
}

// loadCSV reads a long CSV (section,indicator,unit,year,value[,flag,note])
// by hand; the real loader lives in analysis/ingest.
func loadCSV(t testing.TB, path string) *analysis.Dataset {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	ds := &analysis.Dataset{Org: "测试单位"}
	for i, r := range recs[1:] {
		if r[4] == "" {
			continue
		}
		y, err := strconv.Atoi(r[3])
		if err != nil {
			t.Fatalf("line %d: %v", i+2, err)
		}
		v, err := strconv.ParseFloat(r[4], 64)
		if err != nil {
			t.Fatalf("line %d: %v", i+2, err)
		}
		p := analysis.Point{Year: y, Value: v}
		if len(r) > 6 {
			if p.Flags, err = analysis.ParseFlags(r[5]); err != nil {
				t.Fatalf("line %d: %v", i+2, err)
			}
			p.Note = r[6]
		}
		if err := ds.Indicator(r[0], r[1], r[2]).Set(p); err != nil {
			t.Fatalf("line %d: %v", i+2, err)
		}
	}
	return ds
}

var (
	chartMu  sync.Mutex
	chartPNG = map[int][]byte{}
)

// testChart is a 1,500 × 940 PNG (200 DPI at a 19 cm width) that looks like
// a bar chart: white with coloured bars and grey grid lines. Each variant
// has different bars.
func testChart(t testing.TB, variant int) []byte {
	chartMu.Lock()
	defer chartMu.Unlock()
	if b, ok := chartPNG[variant]; ok {
		return b
	}
	{
		img := image.NewRGBA(image.Rect(0, 0, 1500, 940))
		for i := range img.Pix {
			img.Pix[i] = 0xff
		}
		for y := 100; y < 860; y += 95 {
			for x := 120; x < 1450; x++ {
				img.Set(x, y, color.RGBA{200, 200, 200, 255})
			}
		}
		for b := range 12 {
			h := 100 + (b*137+variant*211)%700
			c := color.RGBA{uint8(40 + b*15), 90, uint8(200 - b*10), 255}
			for x := 150 + b*105; x < 150+b*105+70; x++ {
				for y := 860 - h; y < 860; y++ {
					img.Set(x, y, c)
				}
			}
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			panic(err)
		}
		chartPNG[variant] = buf.Bytes()
	}
	return chartPNG[variant]
}

func testFindings() []analysis.Finding {
	return []analysis.Finding{
		{Rule: analysis.RuleSum, Severity: analysis.Error, Year: 2022, Indicators: []string{"归集上报数据", "行政许可数据", "行政处罚数据"},
			Expected: "11737", Found: "11737 ≠ 10685 + 1000", Message: "归集上报数据11737条不等于行政许可数据与行政处罚数据之和11685条。"},
		{Rule: analysis.RuleNewVsNet, Severity: analysis.Info, Year: 2022, Indicators: []string{"新增各类市场主体", "实有各类市场主体"},
			Expected: "≥ 3152", Found: "4698", Message: "新增市场主体4698户多于净增3152户,意味着约1546户退出。"},
		{Rule: analysis.RuleWhole, Severity: analysis.Warning, Year: 2021, Indicators: []string{"新增各类市场主体"},
			Expected: "整数", Found: "4182.13–4182.51", Message: "按增长12.33%反推的上年新增市场主体数不是整数。"},
	}
}

var fixedTime = time.Date(2023, 3, 15, 9, 30, 0, 0, time.UTC)

// docOf is the presentation of a table, signed on fixedTime, with the
// source src.
func docOf(tab *analysis.Table, findings []analysis.Finding, src string) *present.Document {
	if tab == nil {
		return nil
	}
	return present.New(tab, findings, present.Options{Source: src, Date: fixedTime})
}
