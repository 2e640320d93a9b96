package chart

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"strconv"
	"testing"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/font"
)

// requireTools reports whether a missing font must fail the test (CI)
// rather than skip it.
func requireTools() bool { return os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" }

// testFont resolves the system CJK font, skipping (or failing under
// ANNUALSTAT_REQUIRE_TOOLS=1) when there is none.
func testFont(tb testing.TB) *font.Font {
	tb.Helper()
	f, err := font.Resolve(font.Options{}, font.Raster)
	if err != nil {
		if requireTools() {
			tb.Fatalf("no CJK font: %v", err)
		}
		tb.Skipf("no CJK font: %v", err)
	}
	return f
}

// loadSample reads testdata/sample-2022.csv (long layout) into a dataset.
// It is a minimal reader for this test only: the real loaders live in
// analysis/ingest.
func loadSample(tb testing.TB) *analysis.Dataset {
	tb.Helper()
	f, err := os.Open("../../testdata/sample-2022.csv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	d := &analysis.Dataset{Title: "2022年法治政府建设年度报告", Org: "湛江经开区", Year: 2022,
		Source: "湛江经开区2022年法治政府建设年度报告"}
	for i, r := range recs[1:] {
		year, err := strconv.Atoi(r[3])
		if err != nil {
			tb.Fatalf("line %d: %v", i+2, err)
		}
		v, err := strconv.ParseFloat(r[4], 64)
		if err != nil {
			tb.Fatalf("line %d: %v", i+2, err)
		}
		fl, err := analysis.ParseFlags(r[5])
		if err != nil {
			tb.Fatalf("line %d: %v", i+2, err)
		}
		ind := d.Indicator(r[0], r[1], r[2])
		if err := ind.Set(analysis.Point{Year: year, Value: v, Flags: fl}); err != nil {
			tb.Fatalf("line %d: %v", i+2, err)
		}
	}
	return d
}

// mixedData builds a dataset of n indicators over the given years, with a
// mix of units (counts, amounts in 元/万元/亿元, rates), long names, large
// values, declines, a zero base and a missing year. Deterministic.
func mixedData(n int, years ...int) *analysis.Dataset {
	d := &analysis.Dataset{Title: "合成数据", Source: "合成测试数据"}
	stems := []string{"新设立各类市场主体", "政务服务事项网上可办", "行政复议案件受理", "法律援助案件",
		"基层矛盾纠纷调解成功", "列席区管委会主任办公会等各类会议", "门户网站独立用户访问总量",
		"一般公共预算收入", "固定资产投资", "调解涉及金额", "行政许可事项时限压缩率", "即办件占比",
		"社会治安综合治理专项行动查处案件", "依申请公开", "重大行政决策合法性审查"}
	units := []string{"户", "项", "件", "件", "宗", "次", "个", "亿元", "亿元", "万元", "%", "%", "宗", "件", "件"}
	bases := []float64{4698, 4862, 120, 356, 786, 50, 3572178, 18.6, 126.4, 1210, 92.5, 96.1, 48, 29, 12}
	for i := 0; i < n; i++ {
		k := i % len(stems)
		name := stems[k]
		if i >= len(stems) {
			name = fmt.Sprintf("%s(第%d类)", stems[k], i/len(stems)+1)
		}
		ind := d.Indicator("合成", name, units[k])
		for j, y := range years {
			if i == 3 && j == 0 { // a missing first year
				continue
			}
			g := 1 + 0.08*math.Sin(float64(i*7+j*3)) // ±8% a year
			if i%5 == 2 {
				g = 1 - 0.06*float64(j%3) // a decline
			}
			v := bases[k] * math.Pow(g, float64(j)) * (1 + float64(i/len(stems))*0.5)
			if units[k] == "%" {
				v = math.Min(100, bases[k]+float64(j)*0.7*math.Sin(float64(i+j)))
			} else if units[k] != "亿元" && units[k] != "万元" {
				v = math.Round(v)
			} else {
				v = math.Round(v*100) / 100
			}
			if i == 4 && j == len(years)-2 { // zero base for the last comparison
				v = 0
			}
			if err := ind.Set(analysis.Point{Year: y, Value: v}); err != nil {
				panic(err)
			}
		}
	}
	return d
}

func analyze(tb testing.TB, d *analysis.Dataset) *analysis.Table {
	tb.Helper()
	t, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// decodePNG renders c as PNG and decodes it.
func decodePNG(tb testing.TB, c *Chart, opt Options) image.Image {
	tb.Helper()
	var buf bytes.Buffer
	if err := c.PNG(&buf, opt); err != nil {
		tb.Fatalf("%s: PNG: %v", c.Name, err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		tb.Fatalf("%s: decoding PNG: %v", c.Name, err)
	}
	return img
}

// ink returns the fraction of pixels in r darker than light grey.
func ink(img image.Image, r image.Rectangle) float64 {
	r = r.Intersect(img.Bounds())
	if r.Empty() {
		return 0
	}
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if (cr+cg+cb)/3 < 0xc000 {
				n++
			}
		}
	}
	return float64(n) / float64(r.Dx()*r.Dy())
}

// writeDebug writes c's PNG to $ANNUALSTAT_CHART_DIR/name.png when the
// variable is set, for looking at the charts.
func writeDebug(tb testing.TB, c *Chart, name string, opt Options) {
	dir := os.Getenv("ANNUALSTAT_CHART_DIR")
	if dir == "" {
		return
	}
	var buf bytes.Buffer
	if err := c.PNG(&buf, opt); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(dir+"/"+name+".png", buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// oneUnit builds n indicators of one unit over two years, with long names.
func oneUnit(n int) *analysis.Dataset {
	d := &analysis.Dataset{Source: "合成测试数据"}
	names := []string{"办理政府法律顾问事务", "出具书面法律意见", "审查重大合同和招商引资协议", "新收政府信息公开申请",
		"区管委会应诉行政民事案件", "成功调解基层矛盾纠纷", "中央交办重复信访治理案件", "镇街接访群众人次"}
	for i := 0; i < n; i++ {
		name := names[i%len(names)]
		if i >= len(names) {
			name = fmt.Sprintf("%s%d", name, i/len(names)+1)
		}
		ind := d.Indicator("合成", name, "件")
		base := float64(50 + (i*37)%900)
		_ = ind.Set(analysis.Point{Year: 2021, Value: base})
		_ = ind.Set(analysis.Point{Year: 2022, Value: math.Round(base * (1 + 0.3*math.Sin(float64(i))))})
	}
	return d
}
