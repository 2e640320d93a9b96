package vgfpdf_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/font"
)

// requireTools reports whether a missing tool or font must fail the test
// (CI) rather than skip it.
func requireTools() bool { return os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" }

func missing(tb testing.TB, format string, args ...any) {
	tb.Helper()
	if requireTools() {
		tb.Fatalf(format, args...)
	}
	tb.Skipf(format, args...)
}

// tool returns the path of an external program, skipping (or failing under
// ANNUALSTAT_REQUIRE_TOOLS=1) when it is not installed.
func tool(tb testing.TB, name string) string {
	tb.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		missing(tb, "%s not installed (poppler-utils, qpdf): %v", name, err)
	}
	return p
}

// pdfFont resolves the CJK font usable by both gonum/plot and fpdf.
func pdfFont(tb testing.TB) *font.Font {
	tb.Helper()
	f, err := font.Resolve(font.Options{}, font.PDF)
	if err != nil {
		missing(tb, "no CJK font for PDF: %v", err)
	}
	return f
}

// embeddable returns what fpdf can embed of f: a copy of a TrueType font,
// or for a CFF font (Noto Sans CJK) its characters of ASCII, punctuation
// and the CJK Unified Ideographs converted once by Subset.
func embeddable(tb testing.TB, f *font.Font) []byte {
	tb.Helper()
	if f.Outline != font.CFFOutline {
		return f.PDFBytes()
	}
	cffSubset.once.Do(func() {
		var rs []rune
		for _, rg := range [][2]rune{{0x20, 0x7e}, {0x2000, 0x206f}, {0x3000, 0x303f}, {0x4e00, 0x9fff}, {0xff00, 0xffef}} {
			for r := rg[0]; r <= rg[1]; r++ {
				rs = append(rs, r)
			}
		}
		cffSubset.b, cffSubset.err = f.Subset(rs)
	})
	if cffSubset.err != nil {
		tb.Fatal(cffSubset.err)
	}
	return append([]byte(nil), cffSubset.b...)
}

var cffSubset struct {
	once sync.Once
	b    []byte
	err  error
}

// family is the name the tests register the font under.
const family = "cjk"

// newDoc returns an A4 mm document with f registered as family and one
// page.
func newDoc(tb testing.TB, f *font.Font) *fpdf.Fpdf {
	tb.Helper()
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(family, "", embeddable(tb, f))
	pdf.SetFont(family, "", 10)
	pdf.AddPage()
	if err := pdf.Error(); err != nil {
		tb.Fatal(err)
	}
	return pdf
}

// writePDF writes pdf to a file in dir and returns its path.
func writePDF(tb testing.TB, pdf *fpdf.Fpdf, dir, name string) string {
	tb.Helper()
	path := filepath.Join(dir, name)
	if err := pdf.OutputFileAndClose(path); err != nil {
		tb.Fatalf("writing %s: %v", path, err)
	}
	return path
}

// run runs a program and returns its standard output.
func run(tb testing.TB, name string, args ...string) []byte {
	tb.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(tool(tb, name), args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		tb.Fatalf("%s %v: %v\n%s%s", name, args, err, out.Bytes(), errb.Bytes())
	}
	return out.Bytes()
}

// renderPage renders a page of the PDF at dpi with pdftoppm.
func renderPage(tb testing.TB, path string, dpi, page int) image.Image {
	tb.Helper()
	prefix := path + fmt.Sprintf("-%d-%d", page, dpi)
	run(tb, "pdftoppm", "-png", "-r", fmt.Sprint(dpi), "-f", fmt.Sprint(page), "-l", fmt.Sprint(page), "-singlefile", path, prefix)
	b, err := os.ReadFile(prefix + ".png")
	if err != nil {
		tb.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		tb.Fatalf("decoding %s.png: %v", prefix, err)
	}
	return img
}

// inkBounds returns the bounding box of the pixels of img inside r for
// which ink reports true.
func inkBounds(img image.Image, r image.Rectangle, ink func(r, g, b uint32) bool) image.Rectangle {
	var box image.Rectangle
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if ink(cr, cg, cb) {
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return box
}

// red reports a strongly red pixel.
func red(r, g, b uint32) bool { return r > 0xc000 && g < 0x4000 && b < 0x4000 }

// dark reports a pixel darker than mid grey.
func dark(r, g, b uint32) bool { return (r+g+b)/3 < 0x8000 }

// sampleTable builds and analyses a table of n indicators over two years
// (a count unit, an amount unit and a rate), with short names so that the
// charts print them unshortened and unturned when n is small.
func sampleTable(tb testing.TB, n int) *analysis.Table {
	tb.Helper()
	d := &analysis.Dataset{Title: "测试年度报告", Org: "测试区", Year: 2022, Source: "测试区2022年年度报告"}
	names := []string{"市场主体", "行政复议", "法律援助", "调解纠纷", "网站访问", "政务事项", "审查文件", "执法检查"}
	units := []string{"户", "件", "件", "件", "次", "项", "件", "次"}
	for i := range n {
		name := names[i%len(names)]
		if i >= len(names) {
			name = fmt.Sprintf("%s%d", name, i/len(names)+1)
		}
		unit := units[i%len(units)]
		base := 100 + 37*float64(i)
		ind := d.Indicator("测试", name, unit)
		for j, y := range []int{2021, 2022} {
			v := math.Round(base * (1 + 0.1*float64(j)*math.Sin(float64(i+1))))
			if err := ind.Set(analysis.Point{Year: y, Value: v}); err != nil {
				tb.Fatal(err)
			}
		}
	}
	rate := d.Indicator("测试", "即办件占比", "%")
	rate.Set(analysis.Point{Year: 2021, Value: 96.86})
	rate.Set(analysis.Point{Year: 2022, Value: 98.06})
	t, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// blockDiff compares ref with the same-sized part of page whose top-left
// corner is at: the mean luminance (0–1) of each b × b block of pixels,
// and returns the mean and the largest absolute difference over blocks.
func blockDiff(page image.Image, at image.Point, ref image.Image, b int) (mean, worst float64) {
	rb := ref.Bounds()
	n := 0
	for by := rb.Min.Y; by+b <= rb.Max.Y; by += b {
		for bx := rb.Min.X; bx+b <= rb.Max.X; bx += b {
			var sp, sr float64
			for y := by; y < by+b; y++ {
				for x := bx; x < bx+b; x++ {
					sp += luma(page.At(at.X+x-rb.Min.X, at.Y+y-rb.Min.Y))
					sr += luma(ref.At(x, y))
				}
			}
			d := math.Abs(sp-sr) / float64(b*b)
			mean += d
			worst = max(worst, d)
			n++
		}
	}
	return mean / float64(max(n, 1)), worst
}

func luma(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)) / 0xffff
}

// bigTable builds and analyses a table of n indicators over the years
// 2020–2022 with long names (so the bar charts turn and shorten their
// labels), several units, growth and decline, and three years for the
// trend chart. Deterministic.
func bigTable(tb testing.TB, n int) *analysis.Table {
	tb.Helper()
	d := &analysis.Dataset{Title: "合成年度报告", Org: "合成区", Year: 2022, Source: "合成数据"}
	stems := []string{"新设立各类市场主体", "政务服务事项网上可办", "行政复议案件受理", "法律援助案件",
		"基层矛盾纠纷调解成功", "列席区管委会主任办公会等各类会议", "门户网站独立用户访问总量", "一般公共预算收入",
		"固定资产投资", "调解涉及金额", "行政许可事项时限压缩率", "即办件占比"}
	units := []string{"户", "项", "件", "件", "宗", "次", "个", "亿元", "亿元", "万元", "%", "%"}
	bases := []float64{4698, 4862, 120, 356, 786, 50, 3572178, 18.6, 126.4, 1210, 92.5, 96.1}
	for i := range n {
		k := i % len(stems)
		name := stems[k]
		if i >= len(stems) {
			name = fmt.Sprintf("%s(第%d类)", name, i/len(stems)+1)
		}
		ind := d.Indicator("合成", name, units[k])
		for j, y := range []int{2020, 2021, 2022} {
			v := bases[k] * (1 + 0.1*float64(j)*math.Sin(float64(3*i+1))) * (1 + 0.3*float64(i/len(stems)))
			if units[k] == "%" {
				v = math.Min(99.9, bases[k]+float64(j)*0.7*math.Sin(float64(i+j)))
			}
			v = math.Round(v*100) / 100
			if err := ind.Set(analysis.Point{Year: y, Value: v}); err != nil {
				tb.Fatal(err)
			}
		}
	}
	t, err := analysis.Analyze(d, analysis.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return t
}
