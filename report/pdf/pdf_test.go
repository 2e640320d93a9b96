package pdf

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/present"
)

// stripSpace removes all white space: pdftotext breaks lines inside wrapped
// cells and puts spaces between separately drawn pieces of text, but must
// return every other character as written.
func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// pdfPages returns the text of each page, as pdftotext -raw gives it.
func pdfPages(t *testing.T, path string) []string {
	t.Helper()
	out := run(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-")
	pages := strings.Split(out, "\f")
	if pages[len(pages)-1] == "" || strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages
}

func numPages(t *testing.T, path string) int {
	t.Helper()
	n, err := strconv.Atoi(strings.TrimSpace(run(t, "qpdf", "--show-npages", path)))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// expectedCells is the text of a table row as the issue specifies it,
// computed here from the row's values, in column order.
func expectedCells(r *analysis.Row, dec int) []string {
	val := func(ok bool, p analysis.Point) string {
		if !ok {
			return "—"
		}
		return analysis.FormatValue(p.Value, r.Kind)
	}
	cells := []string{r.Indicator.Name, r.Indicator.Unit, val(r.HasPrevious, r.Previous), val(r.HasCurrent, r.Current)}
	if r.Kind == analysis.KindRate {
		if v, ok := r.PP.Float(); ok {
			cells = append(cells, analysis.FormatFixed(v, dec))
		} else {
			cells = append(cells, "—")
		}
	} else {
		if v, ok := r.Change.Float(); ok {
			cells = append(cells, analysis.FormatValue(v, r.Kind))
		} else {
			cells = append(cells, "—")
		}
		if v, ok := r.Growth.Float(); ok {
			cells = append(cells, analysis.FormatFixed(v, dec)+"%")
		} else {
			cells = append(cells, "—")
		}
	}
	return cells
}

func TestPDFContents(t *testing.T) {
	requireTools(t, "pdftotext", "qpdf", "pdfinfo", "pdfimages")
	f := testFont(t)
	ds := genDataset(120, 3, true)
	tab := analyze(t, ds)
	findings := testFindings()
	charts := []Image{{Title: "主要指标本年与上年对比", PNG: testChart(t, 1)}, {Title: "增速排序", PNG: testChart(t, 2)}, {Title: "同一图再次出现", PNG: testChart(t, 1)}}
	path := filepath.Join(t.TempDir(), "appendix.pdf")
	err := Write(context.Background(), path, docOf(tab, findings, "测试数据集"), Options{Font: f, Charts: charts})
	if err != nil {
		t.Fatal(err)
	}
	if out := run(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	pages := pdfPages(t, path)
	n := numPages(t, path)
	if len(pages) != n {
		t.Fatalf("pdftotext gives %d pages, qpdf %d", len(pages), n)
	}
	all := strings.Join(pages, "\n")
	// The body text without page headers and footers, so that a paragraph
	// continued on the next page reads on.
	var body strings.Builder
	for i, p := range pages {
		p = stripSpace(p)
		p = strings.TrimPrefix(p, ds.Org+"2022年")
		p = strings.TrimSuffix(p, "第"+strconv.Itoa(i+1)+"页/共"+strconv.Itoa(n)+"页")
		body.WriteString(p)
	}
	flat := body.String()
	// Page footers: 第 N 页 / 共 M 页 with M the real page count.
	if strings.Contains(all, pageAlias) {
		t.Errorf("page-count alias %q left in the text", pageAlias)
	}
	for i, p := range pages {
		want := "第" + strconv.Itoa(i+1) + "页/共" + strconv.Itoa(n) + "页"
		if !strings.Contains(stripSpace(p), want) {
			t.Errorf("page %d has no footer %q", i+1, want)
		}
		if !strings.Contains(p, ds.Org) || !strings.Contains(p, "2022年") {
			t.Errorf("page %d has no header with body and year", i+1)
		}
	}
	for _, s := range []string{ds.Title, ds.Org, "资料来源：测试数据集", "2021年", "2023年3月15日", "120项"} {
		if !strings.Contains(flat, stripSpace(s)) {
			t.Errorf("title block or signature lacks %q", s)
		}
	}
	doc := docOf(tab, findings, "测试数据集")
	rows, statements := 0, 0
	for _, r := range doc.Tables[0].Rows {
		var cells []string
		for _, c := range r.Cells {
			cells = append(cells, c.Text)
		}
		row := stripSpace(strings.Join(cells, ""))
		if !strings.Contains(flat, row) {
			t.Errorf("row %q not in the text", row)
		} else {
			rows++
		}
	}
	for i := range tab.Rows {
		if st := present.Punctuate(tab.Rows[i].Statement); st != "" {
			if !strings.Contains(flat, stripSpace(st)+"。") {
				t.Errorf("row %d: statement %q not in the text", i+1, st)
			} else {
				statements++
			}
		}
	}
	if rows != len(doc.Tables[0].Rows) || statements == 0 {
		t.Errorf("%d of %d rows and %d statements found", rows, len(doc.Tables[0].Rows), statements)
	}
	// The marks are explained under the table, in words written here.
	for _, s := range []string{
		"注：“—”表示上年为0，增速无意义，或基期为负，增速无意义", "空白表示缺少该年数据。", "为约数",
		"比上年增减（百分点）", "续表1", "表1",
	} {
		if !strings.Contains(flat, stripSpace(s)) {
			t.Errorf("text lacks %q", s)
		}
	}
	for _, line := range strings.Split(all, "\n") {
		if bad := present.Mispunctuated(line); bad != nil {
			t.Errorf("ASCII punctuation next to Chinese: %q in %q", bad, line)
		}
	}
	// Findings go to the check report, not the appendix.
	for _, f := range findings {
		if strings.Contains(flat, stripSpace(f.Message)) {
			t.Errorf("finding %q printed in the appendix", f.Message)
		}
	}
	info := stripSpace(run(t, "pdfinfo", path))
	for _, s := range []string{"Title:" + ds.Title, "Author:" + ds.Org, "Subject:" + ds.Org + "2022年与2021年比较的统计附录", "Pagesize:595.28x841.89"} {
		if !strings.Contains(info, s) {
			t.Errorf("pdfinfo lacks %q:\n%s", s, info)
		}
	}
	// Charts embedded at their pixel size and at least 200 DPI on paper;
	// the repeated chart is one image object shown twice.
	images := strings.Split(strings.TrimSpace(run(t, "pdfimages", "-list", path)), "\n")[2:]
	if len(images) != len(charts) {
		t.Errorf("%d images shown, want %d", len(images), len(charts))
	}
	objects := map[string]bool{}
	for _, line := range images {
		fs := strings.Fields(line)
		if fs[3] != "1500" || fs[4] != "940" {
			t.Errorf("image %s×%s, want 1500×940", fs[3], fs[4])
		}
		if ppi, _ := strconv.Atoi(fs[12]); ppi < 200 {
			t.Errorf("image at %d DPI, want ≥ 200", ppi)
		}
		objects[fs[10]] = true
	}
	if len(objects) != 2 {
		t.Errorf("%d image objects, want 2", len(objects))
	}
	outline := run(t, "qpdf", "--json", "--json-key=outlines", path)
	for _, s := range []string{ds.Title, "一、主要指标表述", "二、统计表", "三、统计图", "（一）第1部分", "表1 2022年主要指标", "主要指标本年与上年对比"} {
		if !strings.Contains(outline, strconv.QuoteToASCII(s)[1:len(strconv.QuoteToASCII(s))-1]) && !strings.Contains(outline, s) {
			t.Errorf("no bookmark %q", s)
		}
	}
}

// TestPDFPageCount checks the table layout against arithmetic: 2,000
// indicators whose names fit on one line, no sections and no footnotes,
// give rows of one line each; every table page but the first and the last
// holds exactly as many rows as fit under the repeated header.
func TestPDFPageCount(t *testing.T) {
	requireTools(t, "pdftotext", "qpdf")
	f := testFont(t)
	ds := &analysis.Dataset{Org: "测试单位", Year: 2022}
	const n = 2000
	for i := 1; i <= n; i++ {
		ind := &analysis.Indicator{Name: "测试指标" + strconv.Itoa(10000+i) + "号", Unit: "件"}
		_ = ind.Set(analysis.Point{Year: 2021, Value: float64(1000 + i)})
		_ = ind.Set(analysis.Point{Year: 2022, Value: float64(1100 + i*3)})
		if err := ds.Add(ind); err != nil {
			t.Fatal(err)
		}
	}
	tab := analyze(t, ds)
	path := filepath.Join(t.TempDir(), "long.pdf")
	if err := Write(context.Background(), path, docOf(tab, nil, ""), Options{Font: f}); err != nil {
		t.Fatal(err)
	}
	pages := pdfPages(t, path)
	if got := numPages(t, path); got != len(pages) {
		t.Fatalf("qpdf counts %d pages, pdftotext %d", got, len(pages))
	}
	// Rows per full page: the text area (A4 height less the margins) less
	// the continuation head (续表1, the unit line 单位：件, a gap of 0.5 mm
	// and the header of two lines, as 比上年增长（%） wraps), divided by
	// the row height.
	area := 297 - marginTop - marginBottom
	header := bodyLH + cellLH + 0.5 + 2*cellLH + 2*cellPadY
	perPage := int((area - header) / (cellLH + 2*cellPadY))
	re := regexp.MustCompile(`测试指标1\d{4}号`)
	// The narrative names every indicator too: the table pages are those
	// from the first with the table header to the last with a row.
	first, last := -1, -1
	for i, p := range pages {
		if first < 0 && strings.Contains(p, "增减量") {
			first = i
		}
		if first >= 0 && re.MatchString(p) {
			last = i
		}
	}
	if first < 0 {
		t.Fatal("no table header found")
	}
	counted, tablePages := 0, 0
	for i := first; i <= last; i++ {
		tablePages++
		if c := strings.Count(pages[i], "增减量"); c != 1 {
			t.Errorf("page %d: table header appears %d times", i+1, c)
		}
		rows := 0
		page := pages[i]
		if i == first {
			// The narrative may end on the table's first page.
			page = page[strings.Index(page, "增减量"):]
		}
		for _, line := range strings.Split(page, "\n") {
			if re.MatchString(line) {
				rows++
			}
		}
		counted += rows
		if i > first && i < last && rows != perPage {
			t.Errorf("table page %d holds %d rows, want %d", i+1, rows, perPage)
		}
	}
	if counted != n {
		t.Errorf("table pages hold %d rows, want %d", counted, n)
	}
	want := (n + perPage - 1) / perPage // pages if the table started on a fresh page
	if tablePages != want && tablePages != want+1 {
		t.Errorf("table spans %d pages, want %d or %d (%d rows per page)", tablePages, want, want+1, perPage)
	}
	t.Logf("%d pages in all, table on %d pages, %d rows per page", len(pages), tablePages, perPage)
}

func TestPDFLandscapeAndTruncation(t *testing.T) {
	requireTools(t, "pdftotext", "pdfinfo")
	f := testFont(t)
	tab := analyze(t, genDataset(300, 2, true))
	path := filepath.Join(t.TempDir(), "l.pdf")
	if err := Write(context.Background(), path, docOf(tab, nil, ""), Options{Font: f, Landscape: true, MaxRows: 40}); err != nil {
		t.Fatal(err)
	}
	if info := stripSpace(run(t, "pdfinfo", path)); !strings.Contains(info, "841.89x595.28") {
		t.Errorf("not A4 landscape:\n%s", info)
	}
	flat := stripSpace(strings.Join(pdfPages(t, path), ""))
	for _, s := range []string{"本表列出前40项指标，共300项", "（本文件列出前40项）", tab.Rows[39].Indicator.Name} {
		if !strings.Contains(flat, s) {
			t.Errorf("text lacks %q", s)
		}
	}
	if strings.Contains(flat, tab.Rows[40].Indicator.Name) {
		t.Errorf("row 41 printed despite MaxRows 40")
	}
}

// TestPDFSingleYear: data of one year has no comparison: the table has
// the year's values only.
func TestPDFSingleYear(t *testing.T) {
	requireTools(t, "pdftotext")
	f := testFont(t)
	tab := analyze(t, genDataset(10, 1, false))
	if tab.PreviousYear != 0 {
		t.Fatalf("previous year %d", tab.PreviousYear)
	}
	path := filepath.Join(t.TempDir(), "one.pdf")
	if err := Write(context.Background(), path, docOf(tab, nil, ""), Options{Font: f}); err != nil {
		t.Fatal(err)
	}
	flat := stripSpace(strings.Join(pdfPages(t, path), ""))
	for _, s := range []string{"比较期：无", "指标单位2022年", stripSpace(tab.Rows[0].Statement) + "。"} {
		if !strings.Contains(flat, s) {
			t.Errorf("text lacks %q", s)
		}
	}
}

func TestPDFRejectsText(t *testing.T) {
	f := testFont(t)
	dir := t.TempDir()
	for _, tc := range []struct {
		name, indicator string
		is              error
		as              any
	}{
		{"non-BMP", "𠀀字号指标", font.ErrNonBMP, nil},
		{"no glyph", "指标\ue000", nil, new(*font.MissingGlyphsError)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := genDataset(5, 2, true)
			ds.Indicators[3].Name = tc.indicator
			tab := analyze(t, ds)
			path := filepath.Join(dir, tc.name+".pdf")
			err := Write(context.Background(), path, docOf(tab, nil, ""), Options{Font: f})
			if err == nil {
				t.Fatal("no error")
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %v does not wrap %v", err, tc.is)
			}
			if tc.as != nil && !errors.As(err, tc.as) {
				t.Errorf("error %v is not a %T", err, tc.as)
			}
			if !strings.Contains(err.Error(), strconv.Quote(tc.indicator)[1:len(tc.indicator)]) && !strings.Contains(err.Error(), tc.indicator) {
				t.Errorf("error %q does not say where", err)
			}
			if _, serr := os.Stat(path); !os.IsNotExist(serr) {
				t.Errorf("file written despite the error")
			}
		})
	}
}

func TestPDFErrors(t *testing.T) {
	f := testFont(t)
	tab := analyze(t, genDataset(5, 2, false))
	var buf bytes.Buffer
	if err := WriteTo(context.Background(), &buf, docOf(nil, nil, ""), Options{Font: f}); err == nil {
		t.Error("nil table: no error")
	}
	err := WriteTo(context.Background(), &buf, docOf(tab, nil, ""), Options{Font: f, Charts: []Image{{Title: "坏图", PNG: []byte("not a png")}}})
	if err == nil || !strings.Contains(err.Error(), "坏图") {
		t.Errorf("bad PNG: error %v", err)
	}
	if err := WriteTo(context.Background(), &buf, docOf(tab, nil, ""), Options{Font: f, MaxRows: -1}); err == nil {
		t.Error("negative MaxRows: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := WriteTo(ctx, &buf, docOf(tab, nil, ""), Options{Font: f}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: error %v", err)
	}
	if buf.Len() != 0 {
		t.Errorf("%d bytes written despite errors", buf.Len())
	}
}

// TestPDFDeterministic: the same input and generation time give the same
// bytes.
func TestPDFDeterministic(t *testing.T) {
	f := testFont(t)
	tab := analyze(t, genDataset(30, 2, true))
	var a, b bytes.Buffer
	opt := Options{Font: f, Charts: []Image{{Title: "图", PNG: testChart(t, 1)}}}
	if err := WriteTo(context.Background(), &a, docOf(tab, testFindings(), ""), opt); err != nil {
		t.Fatal(err)
	}
	if err := WriteTo(context.Background(), &b, docOf(tab, testFindings(), ""), opt); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two runs give different bytes")
	}
	if !bytes.HasPrefix(a.Bytes(), []byte("%PDF-")) {
		t.Error("not a PDF")
	}
}

func TestWrap(t *testing.T) {
	// Every rune one unit wide, so widths are counts.
	m := func(rune) float64 { return 1 }
	for _, tc := range []struct {
		s     string
		width float64
	}{
		{"实有各类市场主体28716户，比上年增长12.33%。行政许可事项时限压缩率95.87%", 7},
		{"下放镇街综合执法事项（含先后三批下放的事项）", 5},
		{"Annual report of the Zhanjiang zone 2022", 10},
		{"一二三四五六七八九十", 3},
		{"abcdefghijklmnopqrstuvwxyz", 4},
		{"第一行\n第二行比较长一些", 4},
		{"", 5},
	} {
		lines := wrap(tc.s, tc.width, 0, 1, m)
		if got := strings.Join(lines, ""); got != strings.ReplaceAll(tc.s, "\n", "") {
			t.Errorf("wrap(%q) lost text: %q", tc.s, lines)
		}
		for i, l := range lines {
			if n := len([]rune(strings.TrimRight(l, " "))); float64(n) > tc.width {
				// Only an unbreakable piece may overflow, and it is broken
				// between runes, so no line may exceed the width.
				t.Errorf("wrap(%q): line %d %q has %d > %v units", tc.s, i, l, n, tc.width)
			}
			if i > 0 && l != "" {
				if r := []rune(l)[0]; isClosing(r) {
					t.Errorf("wrap(%q): line %d begins with closing punctuation %q", tc.s, i, r)
				}
			}
			if rs := []rune(l); len(rs) > 0 && i < len(lines)-1 && isOpening(rs[len(rs)-1]) {
				t.Errorf("wrap(%q): line %d ends with opening punctuation", tc.s, i)
			}
		}
	}
	// Numbers stay whole when they fit: "28716" is not split.
	for _, l := range wrap("市场主体28716户", 6, 0, 1, m) {
		if strings.Contains(l, "2") && !strings.Contains(l, "28716") {
			t.Errorf("number split across lines: %q", wrap("市场主体28716户", 6, 0, 1, m))
		}
	}
}

// TestPDFConcurrent: documents written at the same time share the parsed
// font and give the same bytes as one written alone.
func TestPDFConcurrent(t *testing.T) {
	f := testFont(t)
	tab := analyze(t, genDataset(40, 2, true))
	opt := Options{Font: f}
	var want bytes.Buffer
	if err := WriteTo(context.Background(), &want, docOf(tab, nil, ""), opt); err != nil {
		t.Fatal(err)
	}
	const n = 4
	got := make([]bytes.Buffer, n)
	errs := make(chan error, n)
	for i := range n {
		go func() { errs <- WriteTo(context.Background(), &got[i], docOf(tab, nil, ""), opt) }()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	for i := range got {
		if !bytes.Equal(got[i].Bytes(), want.Bytes()) {
			t.Errorf("document %d differs", i)
		}
	}
}

// The check report goes to a file of its own; IncludeChecks puts it in
// the appendix as well, in Chinese, without rule codes.
func TestPDFChecks(t *testing.T) {
	requireTools(t, "pdftotext")
	f := testFont(t)
	tab := analyze(t, genDataset(20, 2, true))
	findings := testFindings()
	dir := t.TempDir()
	doc := docOf(tab, findings, "")
	var buf bytes.Buffer
	if err := WriteChecks(context.Background(), &buf, doc, Options{Font: f}); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "c.pdf")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	flat := stripSpace(strings.Join(pdfPages(t, p), ""))
	for _, s := range []string{doc.Checks.Title, doc.Checks.Summary, "序号", "级别", "检查项", present.RuleName(findings[0].Rule), stripSpace(present.Punctuate(findings[0].Message))} {
		if !strings.Contains(flat, stripSpace(s)) {
			t.Errorf("check report lacks %q", s)
		}
	}
	if strings.Contains(flat, findings[0].Rule) {
		t.Errorf("check report shows the rule code %q", findings[0].Rule)
	}
	doc.IncludeChecks = true
	p2 := filepath.Join(dir, "a.pdf")
	if err := Write(context.Background(), p2, doc, Options{Font: f}); err != nil {
		t.Fatal(err)
	}
	flat = stripSpace(strings.Join(pdfPages(t, p2), ""))
	if !strings.Contains(flat, "数据核查结果") || !strings.Contains(flat, stripSpace(present.Punctuate(findings[0].Message))) {
		t.Errorf("IncludeChecks: the appendix lacks the findings")
	}
}
