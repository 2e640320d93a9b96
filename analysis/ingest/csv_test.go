package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"math"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/annualstat/annualstat/analysis"
)

const samplePath = "../../testdata/sample-2022.csv"

func readString(t *testing.T, name, text string) *analysis.Dataset {
	t.Helper()
	d, err := ReadCSV(strings.NewReader(text), Options{Name: name})
	if err != nil {
		t.Fatalf("ReadCSV(%s): %v", name, err)
	}
	return d
}

// equalDatasets compares two datasets field by field, lookup indexes
// rebuilt.
func equalDatasets(t *testing.T, what string, got, want *analysis.Dataset) {
	t.Helper()
	if got.Title != want.Title || got.Org != want.Org || got.Year != want.Year || got.Source != want.Source {
		t.Errorf("%s: header %q %q %d %q, want %q %q %d %q", what, got.Title, got.Org, got.Year, got.Source, want.Title, want.Org, want.Year, want.Source)
	}
	if len(got.Indicators) != len(want.Indicators) {
		t.Fatalf("%s: %d indicators, want %d", what, len(got.Indicators), len(want.Indicators))
	}
	for i := range got.Indicators {
		g, w := got.Indicators[i], want.Indicators[i]
		if !reflect.DeepEqual(g, w) {
			t.Fatalf("%s: indicator %d:\n got %+v\nwant %+v", what, i, *g, *w)
		}
	}
}

// TestReadSample checks the sample file against an independent reading of
// it with encoding/csv.
func TestReadSample(t *testing.T) {
	raw, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Load(samplePath, Options{})
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var order []analysis.Key
	seen := map[analysis.Key]bool{}
	for _, r := range recs[1:] {
		k := analysis.Key{Section: r[0], Name: r[1], Unit: r[2]}
		if !seen[k] {
			seen[k] = true
			order = append(order, k)
		}
		ind := d.Lookup(k)
		if ind == nil {
			t.Fatalf("indicator %v missing", k)
		}
		year, _ := strconv.Atoi(r[3])
		want, _ := strconv.ParseFloat(r[4], 64)
		p, ok := ind.At(year)
		if !ok || p.Value != want || p.Note != r[6] || p.Flags.String() != r[5] || ind.Parent != r[7] {
			t.Errorf("%v %d: got %+v (ok %v), want value %v flag %q note %q", k, year, p, ok, want, r[5], r[6])
		}
	}
	if len(d.Indicators) != len(order) {
		t.Fatalf("%d indicators, want %d", len(d.Indicators), len(order))
	}
	for i, k := range order {
		if d.Indicators[i].Key() != k {
			t.Errorf("indicator %d is %v, want %v (order of first appearance)", i, d.Indicators[i].Key(), k)
		}
	}
	if d.Len() != len(recs)-1 {
		t.Errorf("Len = %d, want %d", d.Len(), len(recs)-1)
	}
	if d.Year != 0 {
		t.Errorf("Year = %d, want 0", d.Year)
	}
	// The approximate figures carry the source's qualifier as written
	// (the seed report: 540多个, 12000多名, 50余次, 约2.25亿元), and only they.
	wantQual := map[string]analysis.Qualifier{"组织学习的基层党组织": "多", "组织学习的党员": "多",
		"列席区管委会主任办公会等会议": "余", "智慧城市平台管理设施建设投资": "约"}
	for _, ind := range d.Indicators {
		for _, p := range ind.Points {
			if p.Qualifier != wantQual[ind.Name] {
				t.Errorf("%s %d: qualifier %q, want %q", ind.Name, p.Year, p.Qualifier, wantQual[ind.Name])
			}
			if (p.Qualifier != "") != (p.Flags&analysis.FlagApprox != 0) {
				t.Errorf("%s %d: qualifier %q with flags %v", ind.Name, p.Year, p.Qualifier, p.Flags)
			}
		}
	}
}

// GBK-encoded, GB18030-encoded, BOM-prefixed and UTF-16 twins of a UTF-8
// file load to the same dataset.
func TestEncodingTwins(t *testing.T) {
	raw, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	want := readString(t, "utf8.csv", string(raw))
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	gb18030, err := simplifiedchinese.GB18030.NewEncoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	u16le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	u16be, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	crlf := bytes.ReplaceAll(raw, []byte("\n"), []byte("\r\n"))
	if bytes.Equal(gbk, raw) {
		t.Fatal("GBK encoding changed nothing: the test would prove nothing")
	}
	twins := map[string][]byte{
		"bom.csv":      append([]byte{0xEF, 0xBB, 0xBF}, raw...),
		"gbk.csv":      gbk,
		"gb18030.csv":  gb18030,
		"utf16le.csv":  u16le,
		"utf16be.csv":  u16be,
		"crlf.csv":     crlf,
		"bom-crlf.csv": append([]byte{0xEF, 0xBB, 0xBF}, crlf...),
	}
	for name, b := range twins {
		d, err := ReadCSV(bytes.NewReader(b), Options{Name: name})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		equalDatasets(t, name, d, want)
	}
	// Naming the encoding works too, and naming the wrong one is caught
	// or gives different text.
	d, err := ReadCSV(bytes.NewReader(gbk), Options{Name: "gbk.csv", Encoding: "GBK"})
	if err != nil {
		t.Fatal(err)
	}
	equalDatasets(t, "gbk named", d, want)
	if _, err := ReadCSV(bytes.NewReader(gbk), Options{Name: "gbk.csv", Encoding: "utf-8"}); err == nil || !strings.Contains(err.Error(), "gbk.csv:") {
		t.Errorf("GBK read as UTF-8: error %v, want one naming the file", err)
	}
	if _, err := ReadCSV(bytes.NewReader(raw), Options{Encoding: "latin-9"}); err == nil {
		t.Error("unknown encoding accepted")
	}
}

// A GBK file whose first 64 KiB are ASCII is detected as UTF-8; the
// Chinese text later is then reported with its line, not garbled.
func TestEncodingLateGBK(t *testing.T) {
	var b strings.Builder
	b.WriteString("section,indicator,unit,year,value\n")
	n := 0
	for b.Len() < sniffSize+100 {
		n++
		b.WriteString("s,ind" + strconv.Itoa(n) + ",u,2022,1\n")
	}
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("板块,指标,户,2022,1\n")
	text := b.String() + gbk
	_, err := ReadCSV(strings.NewReader(text), Options{Name: "late.csv"})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != n+2 || !strings.Contains(pe.Msg, "gb18030") {
		t.Fatalf("error %v, want one at line %d suggesting gb18030", err, n+2)
	}
	d, err := ReadCSV(strings.NewReader(text), Options{Name: "late.csv", Encoding: "gb18030"})
	if err != nil {
		t.Fatal(err)
	}
	if last := d.Indicators[len(d.Indicators)-1]; last.Section != "板块" || last.Name != "指标" || last.Unit != "户" {
		t.Errorf("last indicator %+v", last)
	}
}

func TestNotText(t *testing.T) {
	bad := []byte("section,indicator,unit,year,value\n\xff\xfe\xfd\x80,\x81,u,2022,1\n")
	bad = bad[:len(bad)] // BOM-less garbage after a valid header
	_, err := ReadCSV(bytes.NewReader(append([]byte("a,b\n"), 0x80, 0x00, 0xff, 0xff)), Options{Name: "bin.csv"})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.File != "bin.csv" || pe.Line != 2 {
		t.Errorf("binary input: %v, want an error at bin.csv line 2", err)
	}
	if _, err := ReadCSV(bytes.NewReader(bad), Options{Name: "bad.csv"}); err == nil {
		t.Error("garbage accepted")
	}
}

func TestLongOptionalColumns(t *testing.T) {
	const text = `Section,Indicator,Unit,Year,Value,Flag,Note,Parent,Kind,Period,change_kind,change_value,change_text,extra
市场主体,实有各类市场主体,户,2022,"28,716",,,,,,growth_pct,12.33,12.33,whatever
市场主体,新增各类市场主体,户,2022,4698,approx|estimated,原文:4698户,实有各类市场主体,count,,,,,
数据,归集上报数据,条,2022,11737,,,,,1-11月,,,,
数据,行政许可数据,条,2022,10685,derived,,归集上报数据,,1-11月,,,,
考核,得分,分,2021,88,,,,score,,,,,
考核,得分,分,2022,90.5,,,,,,abs,2.5,2.5,
考核,占比,,2022,12.5%,,,,,,pp,-1.2,1.2,
`
	d := readString(t, "opt.csv", text)
	if len(d.Indicators) != 6 {
		t.Fatalf("%d indicators, want 6", len(d.Indicators))
	}
	p, _ := d.Indicators[0].At(2022)
	if p.Value != 28716 || len(p.Changes) != 1 || p.Changes[0] != (analysis.Stated{Kind: analysis.ChangeGrowthPct, Value: 12.33, Text: "12.33"}) {
		t.Errorf("stated growth: %+v %+v", p, p.Changes)
	}
	ind := d.Indicators[1]
	p, _ = ind.At(2022)
	if p.Flags != analysis.FlagApprox|analysis.FlagEstimated || p.Note != "原文:4698户" || ind.Parent != "实有各类市场主体" || ind.Kind != analysis.KindCount {
		t.Errorf("flags/note/parent/kind: %+v %+v", *ind, p)
	}
	p, _ = d.Indicators[3].At(2022)
	if p.Period != "1-11月" || p.Flags != analysis.FlagDerived || d.Indicators[3].Parent != "归集上报数据" {
		t.Errorf("period: %+v", p)
	}
	score := d.Indicators[4]
	if score.Kind != analysis.KindScore || len(score.Points) != 2 {
		t.Errorf("score: %+v", *score)
	}
	rate := d.Indicators[5]
	p, _ = rate.At(2022)
	if rate.Unit != "%" || p.Value != 12.5 || len(p.Changes) != 1 || p.Changes[0].Kind != analysis.ChangePP || p.Changes[0].Value != -1.2 {
		t.Errorf("percent value with empty unit: %+v %+v", *rate, p)
	}
}

func TestChineseHeaderAndTabs(t *testing.T) {
	want := readString(t, "en.csv", "section,indicator,unit,year,value,flag,note,parent\n甲,乙,户,2022,5,approx,注,\n甲,丙,户,2022,3,,,乙\n")
	got := readString(t, "zh.tsv", "板块\t指标\t单位\t年份\t数值\t标记\t备注\t上级指标\n甲\t乙\t户\t2022\t5\tapprox\t注\t\n甲\t丙\t户\t2022\t3\t\t\t乙\n")
	equalDatasets(t, "Chinese header, tabs", got, want)
	// Columns in another order, unknown columns ignored, section and unit
	// absent.
	d := readString(t, "min.csv", "value,comment,indicator,year\n7,x,乙,2021\n")
	if len(d.Indicators) != 1 || d.Indicators[0].Section != "" || d.Indicators[0].Unit != "" || d.Indicators[0].Points[0].Value != 7 {
		t.Errorf("minimal table: %+v", d.Indicators)
	}
}

func TestMissingValues(t *testing.T) {
	d := readString(t, "miss.csv", `section,indicator,unit,year,value
a,x,户,2021,
a,y,户,2021,1
a,x,户,2022,—
a,z,户,,
a,y,户,2022,N/A
`)
	var names []string
	for _, ind := range d.Indicators {
		names = append(names, ind.Name+":"+strconv.Itoa(len(ind.Points)))
	}
	if got := strings.Join(names, " "); got != "x:0 y:1 z:0" {
		t.Errorf("indicators %s, want x:0 y:1 z:0 (missing values keep the indicator in its place)", got)
	}
	if d.Indicators[0].Points != nil {
		t.Errorf("points of an indicator without values: %#v, want nil", d.Indicators[0].Points)
	}
}

func TestUnsortedAndInterleaved(t *testing.T) {
	// Rows sorted by year rather than grouped by indicator.
	d := readString(t, "by-year.csv", `section,indicator,unit,year,value
a,x,户,2023,3
a,y,件,2023,30
a,x,户,2021,1
a,y,件,2021,10
a,x,户,2022,2
a,y,件,2022,20
`)
	for i, ind := range d.Indicators {
		ys := ind.Years()
		if !reflect.DeepEqual(ys, []int{2021, 2022, 2023}) {
			t.Errorf("%s years %v", ind.Name, ys)
		}
		for _, p := range ind.Points {
			want := float64(p.Year-2020) * math.Pow(10, float64(i))
			if p.Value != want {
				t.Errorf("%s %d = %v, want %v", ind.Name, p.Year, p.Value, want)
			}
		}
	}
}

func TestWide(t *testing.T) {
	long := readString(t, "long.csv", `section,indicator,unit,year,value,parent
市场主体,实有各类市场主体,户,2021,25564,
市场主体,实有各类市场主体,户,2022,28716,
市场主体,新增各类市场主体,户,2022,4698,实有各类市场主体
政务服务,网办率,%,2021,99.5,
政务服务,网办率,%,2022,100,
`)
	wide := readString(t, "wide.csv", `section,indicator,unit,2021年,2022,parent
市场主体,实有各类市场主体,户,"25,564",２８７１６,
市场主体,新增各类市场主体,户,,4698,实有各类市场主体
政务服务,网办率,,99.5%,100%,
`)
	equalDatasets(t, "wide vs long", wide, long)
}

func TestErrors(t *testing.T) {
	const hdr = "section,indicator,unit,year,value,flag,note,parent,kind\n"
	tests := []struct {
		name, text string
		line, col  int
		want       string
	}{
		{"bad value", hdr + "a,x,户,2022,abc\n", 2, 5, `value: want a number, got "abc"`},
		{"bad year", hdr + "a,x,户,2022,1\na,y,户,20x2,1\n", 3, 4, "year: want a year"},
		{"year range", hdr + "a,x,户,1899,1\n", 2, 4, "1900–2200"},
		{"year range high", hdr + "a,x,户,2201,1\n", 2, 4, "1900–2200"},
		{"year missing", hdr + "a,x,户,,1\n", 2, 4, "want a year"},
		{"no name", hdr + "a,x,户,2022,1\na,,户,2022,1\n", 3, 2, "indicator: want the indicator's name"},
		{"duplicate", hdr + "a,x,户,2021,1\na,x,户,2022,2\na,y,户,2022,2\na,x,户,2022,3\n", 5, 4, "line 5 repeats line 3"},
		{"duplicate later", hdr + "a,x,户,2021,1\na,y,户,2022,2\na,x,户,2021,3\n", 4, 4, "line 4 repeats line 2"},
		{"percent on count", hdr + "a,x,户,2022,12%\n", 2, 5, "got a percentage"},
		{"bad flag", hdr + "a,x,户,2022,1,maybe\n", 2, 6, `unknown flag "maybe"`},
		{"bad kind", hdr + "a,x,户,2022,1,,,,ratio\n", 2, 9, "unknown kind"},
		{"kind conflict", hdr + "a,x,户,2021,1,,,,count\na,x,户,2022,1,,,,rate\n", 3, 9, "kind count before"},
		{"parent conflict", hdr + "a,x,户,2021,1,,,p\na,x,户,2022,1,,,q\n", 3, 8, "parent"},
		{"separator", hdr + "a,x,户,2022,\"1,23\"\n", 2, 5, "groups of three"},
		{"too many cells", hdr + "a,x,户,2022,1,,,,,9\n", 2, 10, "want at most 9 cells"},
		{"bare quote", hdr + "a,x\"y,户,2022,1\n", 2, 4, "malformed CSV"},
		{"open quote", hdr + "a,\"x,户,2022,1\n", 2, 0, "malformed CSV"},
		{"after quote", hdr + "a,\"x\"y,户,2022,1\n", 2, 6, "malformed CSV"},
		{"overflow", hdr + "a,x,户,2022,1e400\n", 2, 5, "out of range"},
		{"inf", hdr + "a,x,户,2022,inf\n", 2, 5, "want a number"},
		{"nan", hdr + "a,x,户,2021,5\na,x,户,2022,NaN\n", 3, 5, `want a number, got "NaN"`},
		{"wide nan", "indicator,unit,2021,2022\nx,户,1,NaN\n", 2, 4, `want a number, got "NaN"`},
		{"no header", "", 0, 0, "want a header"},
		{"bad header", "foo,bar\n1,2\n", 1, 1, "want a header"},
		{"long without value", "section,indicator,unit,year\na,b,c,2022\n", 1, 1, "want a value column"},
		{"duplicate column", "indicator,year,value,年份\n", 1, 4, "appears twice"},
		{"wide duplicate", "indicator,2021,2022\nx,1,2\nx,3,\n", 3, 2, "line 3 repeats line 2"},
		{"wide bad value", "indicator,2021,2022\nx,1,zz\n", 2, 3, "want a number"},
		{"change kind", hdr[:len(hdr)-1] + ",change_kind,change_value\na,x,户,2022,1,,,,,up,3\n", 2, 10, "want growth_pct"},
		{"change value", hdr[:len(hdr)-1] + ",change_kind,change_value\na,x,户,2022,1,,,,,pp,\n", 2, 11, "stated change as a number"},
		{"control char", hdr + "a,x\x01,户,2022,1\n", 2, 2, "control character"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReadCSV(strings.NewReader(tc.text), Options{Name: "data.csv"})
			if err == nil {
				t.Fatalf("no error; dataset %+v", d)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T %v, want *ParseError", err, err)
			}
			msg := err.Error()
			if pe.File != "data.csv" || !strings.HasPrefix(msg, "data.csv:") {
				t.Errorf("error %q does not name the file", msg)
			}
			if pe.Line != tc.line || (tc.col != 0 && pe.Column != tc.col) {
				t.Errorf("error %q at %d:%d, want %d:%d", msg, pe.Line, pe.Column, tc.line, tc.col)
			}
			if !strings.Contains(msg, tc.want) {
				t.Errorf("error %q, want it to contain %q", msg, tc.want)
			}
		})
	}
}

func TestDuplicateIsErrDuplicate(t *testing.T) {
	_, err := ReadCSV(strings.NewReader("indicator,year,value\nx,2022,1\nx,2022,1\n"), Options{Name: "d.csv"})
	if !errors.Is(err, analysis.ErrDuplicate) {
		t.Errorf("error %v does not wrap analysis.ErrDuplicate", err)
	}
	if err == nil || err.Error() != "d.csv:3:2: year: line 3 repeats line 2: /x () year 2022 is given twice" {
		t.Errorf("error text %q", err)
	}
}

func TestMultilineQuoted(t *testing.T) {
	const text = "section,indicator,unit,year,value,note\na,x,户,2022,1,\"two\nlines, \"\"quoted\"\"\"\na,y,户,2022,zz\n"
	_, err := ReadCSV(strings.NewReader(text), Options{Name: "ml.csv"})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 4 || pe.Column != 5 {
		t.Fatalf("error %v, want one at line 4 (after a two-line field), column 5", err)
	}
	d := readString(t, "ml.csv", strings.Replace(text, "zz", "2", 1))
	p, _ := d.Indicators[0].At(2022)
	if want := "two\nlines, \"quoted\""; p.Note != want {
		t.Errorf("note %q, want %q", p.Note, want)
	}
}

// Regression: a UTF-8 file whose first 64 KiB end inside a character was
// taken for neither UTF-8 nor GB18030 (found loading the 1M-row benchmark
// file).
func TestEncodingSampleEndsInCharacter(t *testing.T) {
	for pad := 0; pad < 4; pad++ {
		var b strings.Builder
		b.WriteString("section,indicator,unit,year,value\n" + strings.Repeat(" ", pad))
		n := 0
		for b.Len() < 2*sniffSize {
			n++
			b.WriteString("第1部分,指标" + strconv.Itoa(n) + ",户,2022,1\n")
		}
		d, err := ReadCSV(strings.NewReader(b.String()), Options{Name: "big.csv"})
		if err != nil {
			t.Fatalf("pad %d: %v", pad, err)
		}
		if len(d.Indicators) != n {
			t.Fatalf("pad %d: %d indicators, want %d", pad, len(d.Indicators), n)
		}
	}
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// An error early in a large file stops the reading: the rest of the file
// is not read after ReadCSV returns.
func TestEarlyErrorStopsReading(t *testing.T) {
	var b strings.Builder
	b.WriteString("indicator,year,value\nx,2022,bad\n")
	for i := 0; b.Len() < 8<<20; i++ {
		b.WriteString("指标" + strconv.Itoa(i) + ",2022,1\n")
	}
	cr := &countingReader{r: strings.NewReader(b.String())}
	_, err := ReadCSV(cr, Options{Name: "early.csv"})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 {
		t.Fatalf("error %v, want one at line 2", err)
	}
	if cr.n > 2<<20 {
		t.Errorf("read %d bytes of %d after an error on line 2", cr.n, b.Len())
	}
}

// A latest year given only as missing marks stays the dataset's year: the
// comparison does not silently move to the two years before.
func TestMissingLatestYearKeepsYear(t *testing.T) {
	for _, text := range []string{
		"section,indicator,unit,year,value\na,x,户,2020,1\na,x,户,2021,2\na,x,户,2022,—\na,y,件,2022,/\n",
		"indicator,unit,2020,2021,2022\nx,户,1,2,…\ny,件,3,4,\n",
	} {
		d := readString(t, "m.csv", text)
		if d.Year != 2022 {
			t.Errorf("Year = %d, want 2022 (%q)", d.Year, text)
		}
		if _, err := analysis.Analyze(d, analysis.Options{}); err == nil || !strings.Contains(err.Error(), "year 2022 has no values") {
			t.Errorf("Analyze: %v", err)
		}
	}
	// A year with some values keeps them; a missing cell is a missing point.
	d := readString(t, "m.csv", "indicator,unit,2021,2022\nx,户,1,2\ny,件,3,—\n")
	if d.Year != 0 || len(d.Indicators[1].Points) != 1 {
		t.Errorf("partial year: Year %d, points %v", d.Year, d.Indicators[1].Points)
	}
}

// A user overrides the class derived from name and unit, and says how the
// parts of a total relate to it; both survive CSV and JSON.
func TestClassAndBreakdownColumns(t *testing.T) {
	text := "indicator,unit,year,value,parent,class,breakdown\n" +
		"受理,件,2022,1033,,,subset\n" +
		"维持,件,2022,435,受理,,\n" +
		"增速,%,2022,-2.5,,proportion,\n"
	d := readString(t, "c.csv", text)
	if d.Indicators[0].Breakdown != analysis.BreakdownSubset || d.Indicators[2].Class != analysis.ClassProportion ||
		d.Indicators[1].Class != analysis.ClassAuto {
		t.Fatalf("class/breakdown: %+v %+v %+v", *d.Indicators[0], *d.Indicators[1], *d.Indicators[2])
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, d); err != nil {
		t.Fatal(err)
	}
	equalDatasets(t, "csv", readString(t, "back.csv", buf.String()), d)
	buf.Reset()
	if err := WriteJSON(&buf, d); err != nil {
		t.Fatal(err)
	}
	back, err := ReadJSON(bytes.NewReader(buf.Bytes()), Options{Name: "back.json"})
	if err != nil {
		t.Fatal(err)
	}
	equalDatasets(t, "json", back, d)
	if _, err := ReadCSV(strings.NewReader("indicator,unit,year,value,class\nx,%,2022,1,rate\n"), Options{Name: "bad.csv"}); err == nil ||
		!strings.Contains(err.Error(), "bad.csv:2:5") || !strings.Contains(err.Error(), "unknown unit class") {
		t.Errorf("bad class: %v", err)
	}
}

// A value written with trailing zeros keeps its decimals (43.40万宗,
// 0.3200元/股) through reading and writing; other values need none.
func TestWrittenPrecision(t *testing.T) {
	d := readString(t, "p.csv", "indicator,unit,year,value\n土地纠纷,万宗,2022,43.40\n每股收益,元/股,2022,0.3200\n增速,%,2022,4.60%\n户数,户,2022,28716\n面积,亩,2022,12.5\n")
	want := []int{2, 4, 2, -1, -1}
	for i, w := range want {
		p := d.Indicators[i].Points[0]
		got, ok := p.Precision.Decimals()
		if w < 0 && ok || w >= 0 && (!ok || got != w) {
			t.Errorf("%s: precision %d %v, want %d", d.Indicators[i].Name, got, ok, w)
		}
	}
	if got := analysis.FormatPoint(d.Indicators[0].Points[0], analysis.KindAmount); got != "43.40" {
		t.Errorf("43.40 shown as %q", got)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), ",43.40,") || !strings.Contains(buf.String(), ",0.3200,") {
		t.Errorf("written: %s", buf.String())
	}
	equalDatasets(t, "csv", readString(t, "back.csv", buf.String()), d)
}

// The JSON schema keeps what a source wrote of a value: its qualifier, its
// decimals, a figure stated only as a change, all its changes with base,
// verb and unit, and its share.
func TestJSONKeepsWrittenFigures(t *testing.T) {
	d := &analysis.Dataset{Year: 2022}
	a := d.Indicator("法院", "刑事案件", "件")
	a.Set(analysis.Point{Year: 2022, Value: 262, Precision: analysis.PrecisionOf(0), Changes: []analysis.Stated{
		{Kind: analysis.ChangeGrowthPct, Value: -2.6, Text: "2.60", Precision: analysis.PrecisionOf(2), Base: "同比", Verb: "下降"},
		{Kind: analysis.ChangeAbs, Value: -7, Text: "7", Base: "同比", Verb: "减少"}},
		Share: &analysis.StatedShare{Of: "受理案件", Value: 2.8, Text: "2.8", Precision: analysis.PrecisionOf(1)}})
	d.Indicator("法院", "基层党组织", "个").Set(analysis.Point{Year: 2022, Value: 540, Qualifier: "多", Flags: analysis.FlagApprox})
	d.Indicator("", "居民消费价格", "%").Set(analysis.Point{Year: 2022, NoLevel: true,
		Changes: []analysis.Stated{{Kind: analysis.ChangeGrowthPct, Value: 0.3, Text: "0.3", Verb: "上涨", Unit: ""}}})
	var buf bytes.Buffer
	if err := WriteJSON(&buf, d); err != nil {
		t.Fatal(err)
	}
	back, err := ReadJSON(bytes.NewReader(buf.Bytes()), Options{Name: "w.json"})
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	equalDatasets(t, "json", back, d)
	for _, bad := range []string{
		`{"indicators":[{"name":"x","unit":"件","values":[{"year":2022,"value":1,"qualifier":"很多"}]}]}`,
		`{"indicators":[{"name":"x","unit":"件","values":[{"year":2022,"value":1,"decimals":1.5}]}]}`,
	} {
		if _, err := ReadJSON(strings.NewReader(bad), Options{Name: "bad.json"}); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

func TestQualifierColumn(t *testing.T) {
	d := readString(t, "q.csv", "indicator,unit,year,value,qualifier\n基层党组织,个,2022,540,多\n党员,名,2022,12000,\n")
	p := d.Indicators[0].Points[0]
	if p.Qualifier != "多" || p.Flags&analysis.FlagApprox == 0 || d.Indicators[1].Points[0].Qualifier != "" {
		t.Fatalf("qualifier: %+v", p)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, d); err != nil {
		t.Fatal(err)
	}
	equalDatasets(t, "csv", readString(t, "back.csv", buf.String()), d)
	if _, err := ReadCSV(strings.NewReader("indicator,unit,year,value,qualifier\nx,个,2022,1,很多\n"), Options{Name: "bad.csv"}); err == nil ||
		!strings.Contains(err.Error(), "bad.csv:2:5") {
		t.Errorf("bad qualifier: %v", err)
	}
}

// The changes column carries every stated change of a value, with base,
// verb, unit and decimals; the first is also in the change_* columns.
func TestChangesColumn(t *testing.T) {
	d := &analysis.Dataset{}
	d.Indicator("法院", "刑事案件", "件").Set(analysis.Point{Year: 2022, Value: 262, Changes: []analysis.Stated{
		{Kind: analysis.ChangeGrowthPct, Value: -2.6, Text: "2.60", Precision: analysis.PrecisionOf(2), Base: "同比", Verb: "下降"},
		{Kind: analysis.ChangeAbs, Value: -7, Text: "7", Base: "同比", Verb: "减少"}}})
	var buf bytes.Buffer
	if err := WriteCSV(&buf, d); err != nil {
		t.Fatal(err)
	}
	const want = "section,indicator,unit,year,value,flag,note,parent,change_kind,change_value,change_text,changes\n" +
		"法院,刑事案件,件,2022,262,,,,growth_pct,-2.6,2.60,growth_pct -2.6 (2.60) base=同比 verb=下降 decimals=2; abs -7 (7) base=同比 verb=减少\n"
	if buf.String() != want {
		t.Errorf("written:\n%s\nwant:\n%s", buf.String(), want)
	}
	equalDatasets(t, "changes column", readString(t, "c.csv", buf.String()), d)
	// A hand-made file may give the changes column alone.
	got := readString(t, "h.csv", "indicator,unit,year,value,changes\n人口,万人,2022,1270,abs -1.2 (1.2) base=比上年末 verb=减少 unit=万人\n")
	p, _ := got.Indicators[0].At(2022)
	if len(p.Changes) != 1 || p.Changes[0] != (analysis.Stated{Kind: analysis.ChangeAbs, Value: -1.2, Text: "1.2", Base: "比上年末", Verb: "减少", Unit: "万人"}) {
		t.Errorf("changes alone: %+v", p.Changes)
	}
	for in, msg := range map[string]string{
		"indicator,unit,year,value,change_kind,change_value,changes\n甲,件,2022,1,growth_pct,5,growth_pct 6\n": "bad.csv:2:7: changes: the first change growth_pct 6 disagrees with change_kind,change_value growth_pct 5",
		"indicator,unit,year,value,changes\n甲,件,2022,1,growth_pct five\n":                                    `bad.csv:2:5: changes: want changes as kind value (text)`,
	} {
		_, err := ReadCSV(strings.NewReader(in), Options{Name: "bad.csv"})
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%q: %v, want %q", in, err, msg)
		}
	}
}
