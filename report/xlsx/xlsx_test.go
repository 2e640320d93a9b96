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
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
	"github.com/annualstat/annualstat/report/present"
)

func analyze(t testing.TB, d *analysis.Dataset, opt analysis.Options) *analysis.Table {
	t.Helper()
	tb, err := analysis.Analyze(d, opt)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// writeBook writes the workbook of the table's document to a temporary
// directory and opens it with raw cell values (as stored, not as
// formatted).
func writeBook(t *testing.T, tb *analysis.Table, findings []analysis.Finding, opt Options) (string, *excelize.File, *present.Document) {
	t.Helper()
	doc := present.New(tb, findings, present.Options{})
	path := filepath.Join(t.TempDir(), "appendix.xlsx")
	if err := Write(context.Background(), path, doc, tb, opt); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return path, f, doc
}

// yoyTop is the line of the 同比分析 header: the caption and the unit line
// are above it.
const yoyTop = 3

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
	return math.Abs(v-want) <= 1e-12*math.Max(1, math.Abs(want))
}

// letters names the columns of the document's main table by role.
func letters(doc *present.Document) map[present.ColumnRole]string {
	out := map[present.ColumnRole]string{}
	for i, c := range doc.Tables[0].Columns {
		out[c.Role] = string(rune('A' + i))
	}
	return out
}

// checkYoY compares every cell of every row of the 同比分析 sheet with the
// document and the analysis: texts, values, formulas and cached results,
// number formats.
func checkYoY(t *testing.T, f *excelize.File, doc *present.Document, tb *analysis.Table) {
	t.Helper()
	main := doc.Tables[0]
	col := letters(doc)
	stCol, noteCol := string(rune('A'+len(main.Columns))), string(rune('A'+len(main.Columns)+1))
	if got := cell(t, f, SheetYoY, "A1"); got != main.Caption {
		t.Errorf("A1 %q, want the caption %q", got, main.Caption)
	}
	for k, vr := range main.Rows {
		x := yoyTop + 1 + k
		at := func(c string) string { return c + strconv.Itoa(x) }
		if vr.Kind == present.RowSection {
			if got := cell(t, f, SheetYoY, at("A")); got != vr.Cells[0].Text {
				t.Errorf("%s: %q, want section %q", at("A"), got, vr.Cells[0].Text)
			}
			continue
		}
		r := &tb.Rows[vr.Index]
		if got := cell(t, f, SheetYoY, at("A")); got != vr.Cells[0].Text {
			t.Errorf("%s: %q, want %q", at("A"), got, vr.Cells[0].Text)
		}
		if u, ok := col[present.ColUnit]; ok && cell(t, f, SheetYoY, at(u)) != r.Indicator.Unit {
			t.Errorf("%s: unit %q", at(u), cell(t, f, SheetYoY, at(u)))
		}
		if got := cell(t, f, SheetYoY, at(stCol)); got != present.Punctuate(r.Statement) {
			t.Errorf("%s: statement %q", at(stCol), got)
		}
		if got := cell(t, f, SheetYoY, at(noteCol)); got != vr.Note {
			t.Errorf("%s: note %q, want %q", at(noteCol), got, vr.Note)
		}
		checkValue := func(c string, has bool, v float64) {
			got := cell(t, f, SheetYoY, at(c))
			switch {
			case !has && got != "":
				t.Errorf("%s: %q, want empty", at(c), got)
			case has && !near(got, v):
				t.Errorf("%s: %q, want %v", at(c), got, v)
			}
		}
		p, q := col[present.ColPrevious], col[present.ColCurrent]
		if p == "" {
			continue
		}
		checkValue(p, r.HasPrevious, r.Previous.Value)
		checkValue(q, r.HasCurrent, r.Current.Value)
		both := fmt.Sprintf("AND(ISNUMBER(%s%d),ISNUMBER(%s%d))", p, x, q, x)
		diff := fmt.Sprintf("%s%d-%s%d", q, x, p, x)
		wantChange := "IF(" + both + "," + diff + `,"")`
		e := col[present.ColChange]
		if got := formulaOf(t, f, SheetYoY, at(e)); got != wantChange {
			t.Errorf("%s formula %q, want %q", at(e), got, wantChange)
		}
		checkValue(e, r.Change.OK(), r.Change.Value)
		c, pv := r.Current.Value, r.Previous.Value
		if g, ok := col[present.ColGrowth]; ok {
			if r.Kind == analysis.KindRate {
				if got := cell(t, f, SheetYoY, at(g)); got != "—" {
					t.Errorf("%s: a rate's growth %q, want —", at(g), got)
				}
			} else {
				wantG := "IF(" + both + fmt.Sprintf(",IF(%s%d>0,(%s)/%s%d*100,\"—\"),\"\")", p, x, diff, p, x)
				if got := formulaOf(t, f, SheetYoY, at(g)); got != wantG {
					t.Errorf("%s formula %q, want %q", at(g), got, wantG)
				}
				got := cell(t, f, SheetYoY, at(g))
				switch {
				case r.Growth.OK():
					if !near(got, (c-pv)/pv*100) || math.Abs(mustFloat(got)-r.Growth.Value) > 1e-9*math.Max(1, math.Abs(r.Growth.Value)) {
						t.Errorf("%s: growth %q, analysis %v", at(g), got, r.Growth.Value)
					}
				case r.HasCurrent && r.HasPrevious:
					if got != "—" {
						t.Errorf("%s: undefined growth %q, want —", at(g), got)
					}
				case got != "":
					t.Errorf("%s: growth %q of a missing value, want empty", at(g), got)
				}
			}
		}
		if pp, ok := col[present.ColPP]; ok {
			if r.Kind != analysis.KindRate {
				if got := cell(t, f, SheetYoY, at(pp)); got != "—" {
					t.Errorf("%s: percentage points of a non-rate %q, want —", at(pp), got)
				}
			} else {
				if got := formulaOf(t, f, SheetYoY, at(pp)); got != wantChange {
					t.Errorf("%s formula %q, want %q", at(pp), got, wantChange)
				}
				checkValue(pp, r.PP.OK(), r.PP.Value)
			}
		}
		// Number formats: the decimals the document shows, the qualifier
		// as a literal.
		for i, vc := range vr.Cells {
			if !vc.Numeric {
				continue
			}
			want := "0" + zerosOf(vc.Decimals)
			if vc.Prefix != "" {
				want = `"` + vc.Prefix + `"` + want
			}
			if vc.Suffix != "" {
				want += `"` + vc.Suffix + `"`
			}
			c := string(rune('A' + i))
			if got := numFmt(t, f, SheetYoY, at(c)); got != want {
				t.Errorf("%s format %q, want %q", at(c), got, want)
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
	_, f, doc := writeBook(t, tb, findings, Options{})
	if got, want := f.GetSheetList(), []string{SheetYoY, SheetData, SheetFindings, SheetCharts}; !slices.Equal(got, want) {
		t.Errorf("sheets %v, want %v", got, want)
	}
	checkYoY(t, f, doc, tb)
	// Spot checks against the report's own figures, not computed here:
	// line 4 is the first section row (市场主体), line 5 its first indicator.
	for ref, want := range map[string]string{
		"A4": "市场主体", "A5": "实有各类市场主体①", "C5": "25564", "D5": "28716", "E5": "3152",
		"I5": "2021年数据为推算值。",
	} {
		if got := cell(t, f, SheetYoY, ref); got != want {
			t.Errorf("同比分析!%s: %q, want %q", ref, got, want)
		}
	}
	if got := cell(t, f, SheetYoY, "F5"); !strings.HasPrefix(got, "12.329838") {
		t.Errorf("growth cached %q, want 12.3298…", got)
	}
	checkFindings(t, f, doc)
	// Every text of the visible sheets is punctuated for Chinese (the
	// hidden 数据 sheet holds the data as it was given).
	for _, sheet := range f.GetSheetList() {
		if v, _ := f.GetSheetVisible(sheet); !v {
			continue
		}
		rows, _ := f.GetRows(sheet)
		for _, r := range rows {
			for _, c := range r {
				if bad := present.Mispunctuated(c); bad != nil {
					t.Errorf("%s: %q has ASCII punctuation next to Chinese: %q", sheet, c, bad)
				}
			}
		}
	}
	// The 注 and the source follow the table.
	rows, err := f.GetRows(SheetYoY)
	if err != nil {
		t.Fatal(err)
	}
	var tail []string
	for _, r := range rows[yoyTop+len(doc.Tables[0].Rows):] {
		if len(r) > 0 {
			tail = append(tail, r[0])
		}
	}
	text := strings.Join(tail, "\n")
	if !strings.HasPrefix(text, "注：") || !strings.Contains(text, "①2021年数据为推算值。") {
		t.Errorf("notes under the table: %q", text)
	}
}

func TestSyntheticWorkbook(t *testing.T) {
	d := synthetic(400, 3)
	for _, prec := range []int{0, 1, -1} {
		t.Run(fmt.Sprint("precision", prec), func(t *testing.T) {
			tb := analyze(t, d, analysis.Options{Precision: prec})
			_, f, doc := writeBook(t, tb, nil, Options{})
			checkYoY(t, f, doc, tb)
		})
	}
	// Three years: 历年数据 shows every value for reading and printing;
	// the long 数据 sheet is hidden (it is for programs).
	tb := analyze(t, d, analysis.Options{})
	_, f, _ := writeBook(t, tb, nil, Options{})
	if got, want := f.GetSheetList(), []string{SheetYoY, SheetYears, SheetData, SheetFindings, SheetCharts}; !slices.Equal(got, want) {
		t.Errorf("sheets %v, want %v", got, want)
	}
	for sheet, want := range map[string]bool{SheetYoY: true, SheetYears: true, SheetData: false, SheetFindings: true} {
		if got, _ := f.GetSheetVisible(sheet); got != want {
			t.Errorf("%s visible %v, want %v", sheet, got, want)
		}
	}
	ind := d.Indicators[0]
	years := d.Years()
	if got := cell(t, f, SheetYears, "C3"); got != strconv.Itoa(years[0])+"年" && cell(t, f, SheetYears, "D3") != strconv.Itoa(years[0])+"年" {
		t.Errorf("历年数据 header %q", got)
	}
	if got := cell(t, f, SheetYears, "B4"); got != ind.Name {
		t.Errorf("历年数据!B4 %q, want %q", got, ind.Name)
	}
	if p, ok := ind.At(years[0]); ok && !near(cell(t, f, SheetYears, "D4"), p.Value) {
		t.Errorf("历年数据!D4 %q, want %v", cell(t, f, SheetYears, "D4"), p.Value)
	}
}

// The 校验 sheet is the document's check report: Chinese headers, rule
// names and levels, no codes.
func checkFindings(t *testing.T, f *excelize.File, doc *present.Document) {
	t.Helper()
	rows, err := f.GetRows(SheetFindings)
	if err != nil {
		t.Fatal(err)
	}
	cr := doc.Checks
	if rows[0][0] != cr.Title || len(rows) != len(cr.Table.Rows)+3 {
		t.Fatalf("校验: %d rows, title %q; want the title block, header and %d findings", len(rows), rows[0][0], len(cr.Table.Rows))
	}
	if got := strings.Join(rows[2], ","); got != "序号,级别,检查项,年份,指标,应为,实为,说明" {
		t.Errorf("校验 header %q", got)
	}
	for i, r := range cr.Table.Rows {
		row := append(rows[i+3], make([]string, 8)...)
		for c, want := range r.Cells {
			if row[c] != want.Text {
				t.Errorf("finding %d column %d: %q, want %q", i, c, row[c], want.Text)
			}
		}
		for _, code := range []string{"new_vs_net", "sum", "stated_change", "error", "warning"} {
			if slices.Contains(row, code) {
				t.Errorf("finding %d shows the code %s: %q", i, code, row)
			}
		}
	}
}

// The 数据 sheet reads back through analysis/ingest as the same dataset.
func TestDataRoundTrip(t *testing.T) {
	for name, d := range map[string]*analysis.Dataset{"sample": loadSample(t), "synthetic": synthetic(300, 4)} {
		t.Run(name, func(t *testing.T) {
			tb := analyze(t, d, analysis.Options{})
			path, f, _ := writeBook(t, tb, nil, Options{})
			hdr, err := f.GetRows(SheetData)
			if err != nil {
				t.Fatal(err)
			}
			if want := "板块,指标,单位,年份,数值,标记,备注,上级指标"; !strings.HasPrefix(strings.Join(hdr[0], ","), want) {
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
			gp, wp := g.Points[j], w.Points[j]
			// A number cell does not keep how the value was written.
			gp.Precision, wp.Precision = 0, 0
			if !reflect.DeepEqual(gp, wp) {
				t.Errorf("%s point %d: %+v, want %+v", w.Name, j, g.Points[j], w.Points[j])
			}
		}
	}
}

// Sheets longer than the row limit continue on numbered sheets, each with
// its title block and header, and with formulas that refer to their own
// rows.
func TestSplitSheets(t *testing.T) {
	d := synthetic(120, 2)
	tb := analyze(t, d, analysis.Options{})
	const limit = 40
	_, f, doc := writeBook(t, tb, nil, Options{maxRows: limit})
	list := f.GetSheetList()
	if !slices.Contains(list, SheetYoY+"2") || !slices.Contains(list, SheetData+"2") {
		t.Fatalf("sheets %v, want 同比分析2 and 数据2", list)
	}
	col := letters(doc)
	seen := map[string]bool{}
	for _, sheet := range list {
		if !strings.HasPrefix(sheet, SheetYoY) {
			continue
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) > limit {
			t.Errorf("%s has %d rows, limit %d", sheet, len(rows), limit)
		}
		if rows[yoyTop-1][0] != "指标" || rows[0][0] != doc.Tables[0].Caption {
			t.Errorf("%s: title %v, header %v", sheet, rows[0], rows[yoyTop-1])
		}
		for x := yoyTop + 1; x <= len(rows); x++ {
			row := rows[x-1]
			if len(row) < 2 || row[1] == "" {
				continue // a section row, or the notes under the table
			}
			seen[row[0]] = true
			fm := formulaOf(t, f, sheet, col[present.ColChange]+strconv.Itoa(x))
			want := col[present.ColCurrent] + strconv.Itoa(x) + "-" + col[present.ColPrevious] + strconv.Itoa(x)
			if !strings.Contains(fm, want) {
				t.Errorf("%s!%s%d: %q refers to another row", sheet, col[present.ColChange], x, fm)
			}
		}
	}
	if len(seen) != len(tb.Rows) {
		t.Errorf("%d indicators on the 同比分析 sheets, want %d", len(seen), len(tb.Rows))
	}
	n := 0
	for _, sheet := range list {
		if !strings.HasPrefix(sheet, SheetData) {
			continue
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(rows[0], ",") != strings.Join(DataHeader, ",") {
			t.Errorf("%s header %v", sheet, rows[0])
		}
		n += len(rows) - 1
	}
	if n != dataRows(d) {
		t.Errorf("%d data rows, want %d", n, dataRows(d))
	}
}

// Layout: title block, frozen header, filters, print setup on every sheet,
// column widths, named fonts, properties.
func TestLayout(t *testing.T) {
	d := synthetic(60, 2)
	d.Indicators[0].Name = "这是一个很长的中文指标名称用来检验列宽" // 19 CJK characters
	tb := analyze(t, d, analysis.Options{})
	path, f, doc := writeBook(t, tb, nil, Options{Creator: "测试"})
	top := map[string]int{SheetYoY: 3, SheetData: 1, SheetFindings: 3, SheetCharts: 3}
	names := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		names[dn.Scope+"/"+dn.Name] = dn.RefersTo
	}
	for _, sheet := range f.GetSheetList() {
		p, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		h := top[sheet]
		if !p.Freeze || p.YSplit != h || p.TopLeftCell != "A"+strconv.Itoa(h+1) {
			t.Errorf("%s panes %+v, want lines 1–%d frozen", sheet, p, h)
		}
		if got, want := names[sheet+"/_xlnm.Print_Titles"], fmt.Sprintf("'%s'!$1:$%d", sheet, h); got != want {
			t.Errorf("%s print titles %q, want %q", sheet, got, want)
		}
		pl, err := f.GetPageLayout(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if *pl.Size != 9 || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
			t.Errorf("%s page layout size %d %s fit %d×%d, want A4 (9) landscape fit to width", sheet, *pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
		}
		if names[sheet+"/_xlnm._FilterDatabase"] == "" {
			t.Errorf("%s has no filter", sheet)
		}
	}
	w, err := f.GetColWidth(SheetYoY, "A")
	if err != nil {
		t.Fatal(err)
	}
	if w < 38 {
		t.Errorf("indicator column width %v, want ≥ 38 for 19 CJK characters", w)
	}
	if w, _ := f.GetColWidth(SheetYoY, "B"); w > 12 {
		t.Errorf("unit column width %v, want narrow", w)
	}
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Title != doc.Title || props.Creator != "测试" || props.Keywords != "2022" || props.Category != "统计附录" {
		t.Errorf("properties %+v", props)
	}
	if props.Created != "1970-01-01T00:00:00Z" || props.Modified != props.Created {
		t.Errorf("dates %q %q, want the fixed date of an undated document", props.Created, props.Modified)
	}
	app, err := f.GetAppProps()
	if err != nil {
		t.Fatal(err)
	}
	if app.Company != "测试区" {
		t.Errorf("company %q, want the dataset's org", app.Company)
	}
	if lvl, _ := f.GetRowOutlineLevel(SheetYoY, yoyTop+2); lvl != 1 {
		t.Errorf("data row outline level %d, want 1 (grouped under the section row)", lvl)
	}
	styles := zipPart(t, path, "xl/styles.xml")
	if strings.Count(styles, `<name val="宋体"`) < 3 || strings.Contains(styles, `<name val="Calibri"`) {
		t.Errorf("fonts are not named 宋体 throughout")
	}
	// Excel wants <col> elements ascending.
	sheet := zipPart(t, path, "xl/worksheets/sheet1.xml")
	var mins []int
	covered := 0
	for _, m := range regexp.MustCompile(`<col [^>]*\bmax="(\d+)" min="(\d+)"`).FindAllStringSubmatch(sheet, -1) {
		n, _ := strconv.Atoi(m[2])
		x, _ := strconv.Atoi(m[1])
		mins = append(mins, n)
		covered += x - n + 1
	}
	if covered != len(doc.Tables[0].Columns)+2 || !slices.IsSorted(mins) {
		t.Errorf("columns %v cover %d, want %d ascending", mins, covered, len(doc.Tables[0].Columns)+2)
	}
	if !strings.Contains(sheet, `<sheetFormatPr outlineLevelRow="1" `) {
		t.Errorf("no outline level in sheetFormatPr")
	}
	// Chinese headers everywhere: no column is headed by a code.
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for _, r := range rows[:min(len(rows), top[sheet])] {
			for _, c := range r {
				if regexp.MustCompile(`^[a-z_]+$`).MatchString(c) {
					t.Errorf("%s: header %q is a code", sheet, c)
				}
			}
		}
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

// The native charts are the document's: horizontal bars from zero, their
// data referring to 同比分析, with number and string caches filled.
func TestCharts(t *testing.T) {
	d := synthetic(100, 2)
	tb := analyze(t, d, analysis.Options{})
	pic := pngImage(t, 400, 250)
	doc := present.New(tb, nil, present.Options{MaxBars: 8})
	path := filepath.Join(t.TempDir(), "c.xlsx")
	if err := Write(context.Background(), path, doc, tb, Options{Charts: [][]byte{pic, pic}}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if len(doc.Charts) < 2 || doc.Charts[0].Kind != present.ChartGrouped || doc.Charts[1].Kind != present.ChartGrowth {
		t.Fatalf("charts %+v", doc.Charts)
	}
	c1 := zipPart(t, path, "xl/charts/chart1.xml")
	c2 := zipPart(t, path, "xl/charts/chart2.xml")
	if !strings.Contains(c1, `barDir val="bar"`) {
		t.Errorf("chart1 is not a bar chart: %.200s", c1)
	}
	// Rows 4–11: the eight indicators, under the title block and header.
	if !strings.Contains(c1, "&#39;图表&#39;!$B$4:$B$11") || !strings.Contains(c1, "&#39;图表&#39;!$C$4:$C$11") {
		t.Errorf("chart1 does not plot 图表!B4:C11")
	}
	if !strings.Contains(c1, `<min val="0"`) {
		t.Errorf("chart1's value axis does not start at zero")
	}
	if n := strings.Count(c1, `<ptCount val="8"/>`); n < 3 {
		t.Errorf("chart1 has %d caches of 8 points, want categories and both series", n)
	}
	first := doc.Charts[0].Series[1].Values[0]
	if !strings.Contains(c1, "<v>"+strconv.FormatFloat(first, 'f', -1, 64)+"</v>") || !strings.Contains(c1, "<strCache>") {
		t.Errorf("chart1's caches lack the first value %v or the names", first)
	}
	if !strings.Contains(c2, `barDir val="bar"`) || !strings.Contains(c2, "&#39;图表&#39;!$F$4:$F$11") {
		t.Errorf("chart2 is not a bar chart of 图表!F4:F11")
	}
	if !strings.Contains(c1, doc.Charts[0].Caption) || !strings.Contains(c1, "单位：") {
		t.Errorf("chart1 lacks its caption or unit line")
	}
	if zipPart(t, path, "xl/media/image1.png") == "" {
		t.Errorf("the PNG charts are not embedded")
	}
	if n := strings.Count(zipPart(t, path, "xl/drawings/drawing1.xml"), "<xdr:pic>"); n != 2 {
		t.Errorf("%d pictures on 图表, want 2", n)
	}
	col := letters(doc)
	yoyLine := map[int]int{}
	for k, r := range doc.Tables[0].Rows {
		if r.Index >= 0 {
			yoyLine[r.Index] = yoyTop + 1 + k
		}
	}
	for k, i := range doc.Charts[0].Rows {
		r := &tb.Rows[i]
		x := strconv.Itoa(k + 4)
		if got := cell(t, f, SheetCharts, "A"+x); got != r.Indicator.Name {
			t.Errorf("图表!A%s %q, want %q", x, got, r.Indicator.Name)
		}
		if got, want := formulaOf(t, f, SheetCharts, "C"+x), fmt.Sprintf("'%s'!%s%d", SheetYoY, col[present.ColCurrent], yoyLine[i]); got != want {
			t.Errorf("图表!C%s formula %q, want %q", x, got, want)
		}
		if got := cell(t, f, SheetCharts, "C"+x); !near(got, r.Current.Value) {
			t.Errorf("图表!C%s cached %q, want %v", x, got, r.Current.Value)
		}
	}
	for k, i := range doc.Charts[1].Rows {
		r := &tb.Rows[i]
		if got := cell(t, f, SheetCharts, "F"+strconv.Itoa(k+4)); math.Abs(mustFloat(got)-r.Growth.Value) > 1e-9 {
			t.Errorf("图表!F%d cached %q, want %v", k+4, got, r.Growth.Value)
		}
	}

	// Without native charts and pictures there is no 图表 sheet.
	_, f2, _ := writeBook(t, tb, nil, Options{NoNativeCharts: true})
	if slices.Contains(f2.GetSheetList(), SheetCharts) {
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

// On any error, no file is left at the target, nor a temporary one.
func TestAtomic(t *testing.T) {
	d := synthetic(5000, 2)
	tb := analyze(t, d, analysis.Options{})
	doc := present.New(tb, nil, present.Options{})
	dir := t.TempDir()
	path := filepath.Join(dir, "out.xlsx")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Write(ctx, path, doc, tb, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v, want context.Canceled", err)
	}
	err := Write(context.Background(), path, doc, tb, Options{Charts: [][]byte{[]byte("not a png")}})
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
	_ = Write(context.Background(), path, doc, tb, Options{Charts: [][]byte{[]byte("not a png")}})
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("a failed write changed the target")
	}
	if err := Write(context.Background(), path, nil, nil, Options{}); err == nil {
		t.Errorf("a nil document gave no error")
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
	rw.formulaAt(6, 5, splitFormula(`IF(D%[1]d>0,E%[1]d/D%[1]d,"—")`), 12, "—")
	want := `<c r="G12" s="5" t="str"><f>IF(D12&gt;0,E12/D12,"—")</f><v>—</v></c>`
	if got := string(rw.buf[len(`<row r="12">`):]); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestWriteToDiscard(t *testing.T) {
	tb := analyze(t, loadSample(t), analysis.Options{})
	if err := WriteTo(context.Background(), io.Discard, present.New(tb, nil, present.Options{}), tb, Options{}); err != nil {
		t.Fatal(err)
	}
}

// The same document gives the same bytes.
func TestReproducible(t *testing.T) {
	tb := analyze(t, synthetic(200, 3), analysis.Options{})
	doc := present.New(tb, nil, present.Options{Date: time.Date(2023, 2, 22, 0, 0, 0, 0, time.UTC)})
	var a, b bytes.Buffer
	if err := WriteTo(context.Background(), &a, doc, tb, Options{}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond)
	if err := WriteTo(context.Background(), &b, doc, tb, Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two workbooks of one document differ")
	}
}
