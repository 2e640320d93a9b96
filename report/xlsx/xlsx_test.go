package xlsx

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
)

func analyze(t testing.TB, d *analysis.Dataset, opt analysis.Options) *analysis.Table {
	t.Helper()
	tb, err := analysis.Analyze(d, opt)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// writeBook writes the workbook to a temporary directory and opens it with
// raw cell values (as stored, not as formatted).
func writeBook(t *testing.T, tb *analysis.Table, findings []analysis.Finding, opt Options) (string, *excelize.File) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "appendix.xlsx")
	if err := Write(context.Background(), path, tb, findings, opt); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return path, f
}

// expectedLines is where each table row should be on 同比分析: line 1 is the
// header, and a section row precedes the first row of each section.
func expectedLines(tb *analysis.Table) []int {
	lines := make([]int, len(tb.Rows))
	line, last := 1, ""
	for i, r := range tb.Rows {
		if i == 0 || r.Indicator.Section != last {
			line++
			last = r.Indicator.Section
		}
		line++
		lines[i] = line
	}
	return lines
}

func cell(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, ref)
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, ref, err)
	}
	return v
}

func formulaOf(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	v, err := f.GetCellFormula(sheet, ref)
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, ref, err)
	}
	return v
}

func numFmt(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.CustomNumFmt == nil {
		return ""
	}
	return *st.CustomNumFmt
}

// near compares a stored number with the exact figure: Excel stores 15
// significant digits.
func near(got string, want float64) bool {
	v, err := strconv.ParseFloat(got, 64)
	if err != nil {
		return false
	}
	return math.Abs(v-want) <= 1e-14*math.Max(1, math.Abs(want))
}

// checkYoY compares every cell of every row of the 同比分析 sheet with the
// analysis: values, formulas and cached results.
func checkYoY(t *testing.T, f *excelize.File, tb *analysis.Table) {
	t.Helper()
	lines := expectedLines(tb)
	for i := range tb.Rows {
		r := &tb.Rows[i]
		ind := r.Indicator
		x := lines[i]
		at := func(col string) string { return col + strconv.Itoa(x) }
		for col, want := range map[string]string{"A": ind.Section, "B": ind.Name, "C": ind.Unit, "H": r.Statement} {
			if got := cell(t, f, SheetYoY, at(col)); got != want {
				t.Errorf("%s: %q, want %q", at(col), got, want)
			}
		}
		flags := cell(t, f, SheetYoY, at("I"))
		for _, code := range r.Flags() {
			if !strings.Contains(flags, code) {
				t.Errorf("%s: flags %q lack %s", at("I"), flags, code)
			}
		}
		if len(r.Flags()) == 0 && flags != "" {
			t.Errorf("%s: flags %q, want none", at("I"), flags)
		}
		checkValue := func(col string, has bool, v float64) {
			got := cell(t, f, SheetYoY, at(col))
			switch {
			case !has && got != "":
				t.Errorf("%s: %q, want empty", at(col), got)
			case has && !near(got, v):
				t.Errorf("%s: %q, want %v", at(col), got, v)
			}
		}
		// A difference is compared on the scale of what was subtracted:
		// the analysis gives the exact decimal difference (0.73), the
		// float subtraction the spreadsheet repeats may differ in its last
		// bits (0.7299999999999898).
		checkDiff := func(col string, has bool, c, p float64) {
			got := cell(t, f, SheetYoY, at(col))
			v, err := strconv.ParseFloat(got, 64)
			switch {
			case !has && got != "":
				t.Errorf("%s: %q, want empty", at(col), got)
			case has && (err != nil || math.Abs(v-(c-p)) > 1e-14*math.Max(1, math.Max(math.Abs(c), math.Abs(p)))):
				t.Errorf("%s: %q, want %v", at(col), got, c-p)
			}
		}
		checkValue("D", r.HasPrevious, r.Previous.Value)
		checkValue("E", r.HasCurrent, r.Current.Value)

		wantChange := fmt.Sprintf(`IF(AND(ISNUMBER(D%d),ISNUMBER(E%d)),E%d-D%d,"")`, x, x, x, x)
		if got := formulaOf(t, f, SheetYoY, at("F")); got != wantChange {
			t.Errorf("%s formula %q, want %q", at("F"), got, wantChange)
		}
		both := r.HasPrevious && r.HasCurrent
		c, p := r.Current.Value, r.Previous.Value
		checkDiff("F", both, c, p)
		if both != r.Change.OK() {
			t.Errorf("row %d: change defined %v, the analysis says %v", i, both, r.Change.OK())
		}

		wantG := fmt.Sprintf(`IF(AND(ISNUMBER(D%d),ISNUMBER(E%d),D%d>0),(E%d-D%d)/D%d,"")`, x, x, x, x, x, x)
		defined := both && p > 0
		want := (c - p) / p
		if r.Kind == analysis.KindRate {
			wantG = wantChange
			defined, want = both, c-p
			if defined && math.Abs(r.PP.Value-want) > 1e-9 {
				t.Errorf("row %d: pp %v, analysis %v", i, want, r.PP.Value)
			}
		} else if defined != r.Growth.OK() {
			t.Errorf("row %d: growth defined %v, the analysis says %v (%v)", i, defined, r.Growth.OK(), r.Growth.Reason)
		} else if defined && math.Abs(want*100-r.Growth.Value) > 1e-9*math.Max(1, math.Abs(want*100)) {
			t.Errorf("row %d: growth %v, analysis %v", i, want*100, r.Growth.Value)
		}
		if got := formulaOf(t, f, SheetYoY, at("G")); got != wantG {
			t.Errorf("%s formula %q, want %q", at("G"), got, wantG)
		}
		if r.Kind == analysis.KindRate {
			checkDiff("G", defined, c, p)
		} else {
			checkValue("G", defined, want)
		}

		// Number formats.
		if r.Kind == analysis.KindRate {
			if got, want := numFmt(t, f, SheetYoY, at("G")), "0"+zerosOf(tb.Decimals); got != want {
				t.Errorf("%s format %q, want %q", at("G"), got, want)
			}
		} else if got, want := numFmt(t, f, SheetYoY, at("G")), "0"+zerosOf(tb.Decimals)+"%"; got != want {
			t.Errorf("%s format %q, want %q", at("G"), got, want)
		}
		wantV := "#,##0"
		if r.Kind == analysis.KindRate {
			wantV = "0"
		}
		d := 0
		for _, pt := range []struct {
			has bool
			v   float64
		}{{r.HasPrevious, p}, {r.HasCurrent, c}} {
			if pt.has {
				d = max(d, analysis.Decimals(analysis.FormatValue(pt.v, r.Kind)))
			}
		}
		if r.Kind == analysis.KindRate {
			d = max(d, tb.Decimals)
		}
		wantV += zerosOf(d)
		for _, col := range []string{"D", "E", "F"} {
			if got := numFmt(t, f, SheetYoY, at(col)); got != wantV {
				t.Errorf("%s format %q, want %q", at(col), got, wantV)
			}
		}
	}
}

func zerosOf(d int) string {
	if d <= 0 {
		return ""
	}
	return "." + strings.Repeat("0", d)
}

func TestSampleWorkbook(t *testing.T) {
	d := loadSample(t)
	tb := analyze(t, d, analysis.Options{})
	findings := analysis.Check(d, analysis.CheckOptions{})
	_, f := writeBook(t, tb, findings, Options{})
	// One indicator has both years (the prior back-computed): it is charted.
	if got, want := f.GetSheetList(), []string{SheetYoY, SheetData, SheetFindings, SheetCharts}; !slices.Equal(got, want) {
		t.Errorf("sheets %v, want %v", got, want)
	}
	if got := cell(t, f, SheetCharts, "A2"); got != "实有各类市场主体" || cell(t, f, SheetCharts, "A3") != "" {
		t.Errorf("图表 rows: %q, want the one comparable indicator", got)
	}
	checkYoY(t, f, tb)
	// Spot checks against the report's own figures, not computed here.
	x := expectedLines(tb)[0]
	if got := cell(t, f, SheetYoY, "E"+strconv.Itoa(x)); got != "28716" {
		t.Errorf("实有各类市场主体 2022: %q", got)
	}
	if got := cell(t, f, SheetYoY, "D"+strconv.Itoa(x)); got != "25564" {
		t.Errorf("实有各类市场主体 2021: %q", got)
	}
	if got := cell(t, f, SheetYoY, "I"+strconv.Itoa(x)); got != "推算值(derived)" {
		t.Errorf("实有各类市场主体 flags: %q", got)
	}
	checkFindings(t, f, findings)
}

func TestSyntheticWorkbook(t *testing.T) {
	d := synthetic(400, 3)
	for _, prec := range []int{0, 1, -1} {
		t.Run(fmt.Sprint("precision", prec), func(t *testing.T) {
			tb := analyze(t, d, analysis.Options{Precision: prec})
			_, f := writeBook(t, tb, nil, Options{})
			checkYoY(t, f, tb)
		})
	}
}

func checkFindings(t *testing.T, f *excelize.File, findings []analysis.Finding) {
	t.Helper()
	rows, err := f.GetRows(SheetFindings)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(findings)+1 {
		t.Fatalf("校验 has %d rows, want %d findings and the header", len(rows), len(findings))
	}
	for i, fd := range findings {
		row := append(rows[i+1], make([]string, 7)...)
		if row[0] != fd.Rule || !strings.Contains(row[1], fd.Severity.Chinese()) || row[4] != fd.Expected || row[5] != fd.Found || row[6] != fd.Message {
			t.Errorf("finding %d: %q, want %+v", i, rows[i+1], fd)
		}
		for _, n := range fd.Indicators {
			if !strings.Contains(row[3], n) {
				t.Errorf("finding %d: indicators %q lack %s", i, row[3], n)
			}
		}
	}
}

// The 数据 sheet reads back through analysis/ingest as the same dataset.
func TestDataRoundTrip(t *testing.T) {
	for name, d := range map[string]*analysis.Dataset{"sample": loadSample(t), "synthetic": synthetic(300, 4)} {
		t.Run(name, func(t *testing.T) {
			tb := analyze(t, d, analysis.Options{})
			path, f := writeBook(t, tb, nil, Options{})
			hdr, err := f.GetRows(SheetData)
			if err != nil {
				t.Fatal(err)
			}
			if want := "section,indicator,unit,year,value,flag,note,parent"; !strings.HasPrefix(strings.Join(hdr[0], ","), want) {
				t.Errorf("数据 header %v, want it to start %s", hdr[0], want)
			}
			got, err := ingest.Load(path, ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			sameIndicators(t, got, d)
		})
	}
}

func sameIndicators(t *testing.T, got, want *analysis.Dataset) {
	t.Helper()
	if len(got.Indicators) != len(want.Indicators) {
		t.Fatalf("%d indicators read back, want %d", len(got.Indicators), len(want.Indicators))
	}
	for i, w := range want.Indicators {
		g := got.Indicators[i]
		if g.Key() != w.Key() || g.Kind != w.Kind || g.Parent != w.Parent || g.Note != w.Note {
			t.Errorf("indicator %d: %+v, want %+v", i, *g, *w)
			continue
		}
		if len(g.Points) != len(w.Points) {
			t.Errorf("%s: %d points, want %d", w.Name, len(g.Points), len(w.Points))
			continue
		}
		for j := range w.Points {
			if !reflect.DeepEqual(g.Points[j], w.Points[j]) {
				t.Errorf("%s point %d: %+v, want %+v", w.Name, j, g.Points[j], w.Points[j])
			}
		}
	}
}

// Sheets longer than the row limit continue on numbered sheets, each with
// its header and with formulas that refer to their own rows.
func TestSplitSheets(t *testing.T) {
	d := synthetic(120, 2)
	tb := analyze(t, d, analysis.Options{})
	const limit = 40
	_, f := writeBook(t, tb, nil, Options{maxRows: limit})
	list := f.GetSheetList()
	values := dataRows(d) // 数据 rows
	lines := len(tb.Rows) + len(d.Sections())
	nYoY, nData := (lines+limit-2)/(limit-1), (values+limit-2)/(limit-1)
	var want []string
	for k := range nYoY {
		want = append(want, SheetYoY+suffix(k))
	}
	for k := range nData {
		want = append(want, SheetData+suffix(k))
	}
	want = append(want, SheetFindings, SheetCharts)
	if !slices.Equal(list, want) {
		t.Fatalf("sheets %v, want %v", list, want)
	}
	// Every indicator once, on some 同比分析 sheet, its formulas on its row.
	seen := map[string]bool{}
	for k := range nYoY {
		rows, err := f.GetRows(SheetYoY + suffix(k))
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) > limit {
			t.Errorf("%s has %d rows, limit %d", SheetYoY+suffix(k), len(rows), limit)
		}
		if rows[0][1] != "指标" {
			t.Errorf("%s header %v", SheetYoY+suffix(k), rows[0])
		}
		for x := 2; x <= len(rows); x++ {
			row := rows[x-1]
			if len(row) < 2 || row[1] == "" {
				continue // section row
			}
			seen[row[1]] = true
			fm := formulaOf(t, f, SheetYoY+suffix(k), "F"+strconv.Itoa(x))
			if !strings.Contains(fm, "E"+strconv.Itoa(x)+"-D"+strconv.Itoa(x)) {
				t.Errorf("%s!F%d: %q refers to another row", SheetYoY+suffix(k), x, fm)
			}
		}
	}
	if len(seen) != len(tb.Rows) {
		t.Errorf("%d indicators on the 同比分析 sheets, want %d", len(seen), len(tb.Rows))
	}
	// The data sheets together hold the dataset.
	n := 0
	for k := range nData {
		rows, err := f.GetRows(SheetData + suffix(k))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(rows[0], ",") != strings.Join(DataHeader, ",") {
			t.Errorf("%s header %v", SheetData+suffix(k), rows[0])
		}
		n += len(rows) - 1
	}
	if n != values {
		t.Errorf("%d data rows, want %d", n, values)
	}
}

func suffix(k int) string {
	if k == 0 {
		return ""
	}
	return strconv.Itoa(k + 1)
}

// Layout: frozen header, filters, print setup, column widths, properties.
func TestLayout(t *testing.T) {
	d := synthetic(60, 2)
	d.Indicators[0].Name = "这是一个很长的中文指标名称用来检验列宽" // 19 CJK characters
	tb := analyze(t, d, analysis.Options{})
	path, f := writeBook(t, tb, nil, Options{Creator: "测试", Subject: "主题"})
	for _, sheet := range []string{SheetYoY, SheetData, SheetFindings} {
		p, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Freeze || p.YSplit != 1 || p.TopLeftCell != "A2" {
			t.Errorf("%s panes %+v, want the header row frozen", sheet, p)
		}
	}
	names := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		names[dn.Scope+"/"+dn.Name] = dn.RefersTo
	}
	lastLine := len(tb.Rows) + len(d.Sections()) + 1
	if got, want := names[SheetYoY+"/_xlnm._FilterDatabase"], fmt.Sprintf("'%s'!$A$1:$I$%d", SheetYoY, lastLine); got != want {
		t.Errorf("filter %q, want %q", got, want)
	}
	if got, want := names[SheetYoY+"/_xlnm.Print_Titles"], "'"+SheetYoY+"'!$1:$1"; got != want {
		t.Errorf("print titles %q, want %q", got, want)
	}
	if names[SheetData+"/_xlnm._FilterDatabase"] == "" {
		t.Errorf("数据 has no filter: %v", names)
	}
	pl, err := f.GetPageLayout(SheetYoY)
	if err != nil {
		t.Fatal(err)
	}
	if *pl.Size != 9 || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
		t.Errorf("page layout size %d %s fit %d×%d, want A4 (9) landscape fit to width", *pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
	}
	w, err := f.GetColWidth(SheetYoY, "B")
	if err != nil {
		t.Fatal(err)
	}
	if w < 38 {
		t.Errorf("indicator column width %v, want ≥ 38 for 19 CJK characters", w)
	}
	if w, _ := f.GetColWidth(SheetYoY, "C"); w > 12 {
		t.Errorf("unit column width %v, want narrow", w)
	}
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Title != "合成数据" || props.Creator != "测试" || props.Subject != "主题" || props.Keywords != "2022" {
		t.Errorf("properties %+v", props)
	}
	app, err := f.GetAppProps()
	if err != nil {
		t.Fatal(err)
	}
	if app.Company != "测试区" {
		t.Errorf("company %q, want the dataset's org", app.Company)
	}
	if lvl, _ := f.GetRowOutlineLevel(SheetYoY, 3); lvl != 1 {
		t.Errorf("data row outline level %d, want 1 (grouped under the section row)", lvl)
	}
	// Excel wants <col> elements ascending.
	sheet := zipPart(t, path, "xl/worksheets/sheet1.xml")
	var mins []int
	for _, m := range regexp.MustCompile(`<col [^>]*\bmin="(\d+)"`).FindAllStringSubmatch(sheet, -1) {
		n, _ := strconv.Atoi(m[1])
		mins = append(mins, n)
	}
	if len(mins) != yoyCols || !slices.IsSorted(mins) {
		t.Errorf("columns %v, want %d ascending", mins, yoyCols)
	}
	if !strings.Contains(sheet, `<sheetFormatPr outlineLevelRow="1" `) {
		t.Errorf("no outline level in sheetFormatPr")
	}
}

func zipPart(t *testing.T, path, name string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, zf := range zr.File {
		if zf.Name == name {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	return ""
}

func TestCharts(t *testing.T) {
	d := synthetic(100, 2)
	tb := analyze(t, d, analysis.Options{})
	pic := pngImage(t, 400, 250)
	path, f := writeBook(t, tb, nil, Options{MaxChartRows: 8, Charts: [][]byte{pic, pic}})
	cols, growth := ChartRows(tb, 8)
	if len(cols) != 8 || len(growth) != 8 {
		t.Fatalf("chart rows %v %v, want 8 each", cols, growth)
	}
	c1 := zipPart(t, path, "xl/charts/chart1.xml")
	c2 := zipPart(t, path, "xl/charts/chart2.xml")
	if !strings.Contains(c1, `<c:barDir val="col"`) && !strings.Contains(c1, `<barDir val="col"`) {
		t.Errorf("chart1 is not a column chart: %.200s", c1)
	}
	if !strings.Contains(c1, "&#39;图表&#39;!$B$2:$B$9") || !strings.Contains(c1, "&#39;图表&#39;!$C$2:$C$9") {
		t.Errorf("chart1 does not plot 图表!B2:C9")
	}
	if !strings.Contains(c2, `barDir val="bar"`) || !strings.Contains(c2, "&#39;图表&#39;!$F$2:$F$9") {
		t.Errorf("chart2 is not a bar chart of 图表!F2:F9")
	}
	if zipPart(t, path, "xl/media/image1.png") == "" {
		t.Errorf("the PNG charts are not embedded")
	}
	if n := strings.Count(zipPart(t, path, "xl/drawings/drawing1.xml"), "<xdr:pic>"); n != 2 {
		t.Errorf("%d pictures on 图表, want 2", n)
	}
	lines := expectedLines(tb)
	for k, i := range cols {
		r := &tb.Rows[i]
		x := strconv.Itoa(k + 2)
		if got := cell(t, f, SheetCharts, "A"+x); got != r.Indicator.Name {
			t.Errorf("图表!A%s %q, want %q", x, got, r.Indicator.Name)
		}
		if got, want := formulaOf(t, f, SheetCharts, "C"+x), fmt.Sprintf("'%s'!E%d", SheetYoY, lines[i]); got != want {
			t.Errorf("图表!C%s formula %q, want %q", x, got, want)
		}
		if got := cell(t, f, SheetCharts, "C"+x); !near(got, r.Current.Value) {
			t.Errorf("图表!C%s cached %q, want %v", x, got, r.Current.Value)
		}
	}
	unit := tb.Rows[cols[0]].Indicator.Unit
	for k, i := range growth {
		r := &tb.Rows[i]
		if r.Kind == analysis.KindRate || !r.Growth.OK() {
			t.Errorf("growth chart row %d (%s) has no growth", k, r.Indicator.Name)
		}
		if k > 0 && r.Growth.Value > tb.Rows[growth[k-1]].Growth.Value {
			t.Errorf("growth chart not sorted at %d", k)
		}
		if got := cell(t, f, SheetCharts, "F"+strconv.Itoa(k+2)); !near(got, r.Growth.Value/100) && math.Abs(mustFloat(got)-r.Growth.Value/100) > 1e-12 {
			t.Errorf("图表!F%d cached %q, want %v", k+2, got, r.Growth.Value/100)
		}
	}
	for _, i := range cols {
		if tb.Rows[i].Indicator.Unit != unit || !tb.Rows[i].HasPrevious || !tb.Rows[i].HasCurrent {
			t.Errorf("column chart row %s: unit %s, want %s with both values", tb.Rows[i].Indicator.Name, tb.Rows[i].Indicator.Unit, unit)
		}
	}

	// Without native charts and pictures there is no 图表 sheet.
	path, f = writeBook(t, tb, nil, Options{NoNativeCharts: true})
	if zipPart(t, path, "xl/charts/chart1.xml") != "" || slices.Contains(f.GetSheetList(), SheetCharts) {
		t.Errorf("NoNativeCharts still wrote charts")
	}
}

// pngImage is a plain PNG picture of the given size.
func pngImage(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{uint8(x), uint8(y), 200, 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func mustFloat(s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return math.NaN()
	}
	return v
}

// The column chart shows the unit with the most comparable rows.
func TestChartRowsUnit(t *testing.T) {
	d := &analysis.Dataset{}
	add := func(name, unit string, vals ...float64) {
		ind := d.Indicator("s", name, unit)
		for k, v := range vals {
			if err := ind.Set(analysis.Point{Year: 2021 + k, Value: v}); err != nil {
				t.Fatal(err)
			}
		}
	}
	add("a", "件", 1, 2)
	add("b", "户", 1, 2)
	add("c", "户", 0, 2)
	add("d", "件", 3) // no previous
	add("e", "户", 4, 1)
	add("f", "%", 50, 60)
	tb := analyze(t, d, analysis.Options{})
	cols, growth := ChartRows(tb, 2)
	// 户 has three comparable rows: b (1, 2), c (0, 2), e (4, 1); the two
	// largest are e and b (b before c, the tie), in table order.
	if !slices.Equal(cols, []int{1, 4}) {
		t.Errorf("columns %v, want the two largest 户 rows [1 4]", cols)
	}
	// Growths: a +100%, b +100%, e −75%: the two largest |g| are a and b.
	if !slices.Equal(growth, []int{0, 1}) {
		t.Errorf("growth %v, want [0 1]", growth)
	}
	if _, g := ChartRows(tb, 3); !slices.Equal(g, []int{0, 1, 4}) {
		t.Errorf("growth %v, want [0 1 4] sorted by growth", g)
	}
	if cols, _ := ChartRows(tb, 0); len(cols) != 3 {
		t.Errorf("limit 0 gives %d column rows, want all 3 户 rows", len(cols))
	}
}

// On any error, no file is left at the target, nor a temporary one.
func TestAtomic(t *testing.T) {
	d := synthetic(5000, 2)
	tb := analyze(t, d, analysis.Options{})
	dir := t.TempDir()
	path := filepath.Join(dir, "out.xlsx")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Write(ctx, path, tb, nil, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v, want context.Canceled", err)
	}
	err := Write(context.Background(), path, tb, nil, Options{Charts: [][]byte{[]byte("not a png")}})
	if err == nil {
		t.Errorf("a bad picture gave no error")
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("files left after errors: %v", ents)
	}
	// An existing file is left as it was.
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	_ = Write(context.Background(), path, tb, nil, Options{Charts: [][]byte{[]byte("not a png")}})
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("a failed write changed the target")
	}
	if err := Write(context.Background(), path, nil, nil, Options{}); err == nil {
		t.Errorf("a nil table gave no error")
	}
}

// Cancellation is noticed while rows are written, not only at the start.
func TestCancelBetweenRows(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	rw := newRowWriter(ctx, io.Discard)
	line := 1
	for range checkEvery + 1 {
		rw.start(line, 0)
		rw.int(0, 0, line)
		if err := rw.end(); err != nil {
			t.Fatal(err)
		}
		line++
	}
	cancel()
	var err error
	for n := 0; n <= checkEvery && err == nil; n++ {
		rw.start(line, 0)
		err = rw.end()
		line++
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("%d rows after cancel: %v, want context.Canceled", checkEvery, err)
	}
}

func TestFormulaAt(t *testing.T) {
	rw := newRowWriter(context.Background(), io.Discard)
	rw.start(12, 0)
	rw.formulaAt(colGrowth, 5, growthParts, 12, "")
	want := `<c r="G12" s="5" t="str"><f>IF(AND(ISNUMBER(D12),ISNUMBER(E12),D12&gt;0),(E12-D12)/D12,&#34;&#34;)</f><v></v></c>`
	want = strings.ReplaceAll(want, "&#34;", `"`)
	if got := string(rw.buf[len(`<row r="12">`):]); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestWriteToDiscard(t *testing.T) {
	tb := analyze(t, loadSample(t), analysis.Options{})
	if err := WriteTo(context.Background(), io.Discard, tb, nil, Options{}); err != nil {
		t.Fatal(err)
	}
}
