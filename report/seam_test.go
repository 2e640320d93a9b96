package report

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/present"
)

// memSink keeps each output in memory.
type memSink struct {
	mu    sync.Mutex
	files map[string]*bytes.Buffer
}

type memFile struct{ *bytes.Buffer }

func (memFile) Close() error { return nil }

func (m *memSink) Create(name string) (io.WriteCloser, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.files == nil {
		m.files = map[string]*bytes.Buffer{}
	}
	b := new(bytes.Buffer)
	m.files[name] = b
	return memFile{b}, nil
}

// Build shows the caller's table and findings as given: it analyses and
// checks nothing again, and writes through any sink.
func TestBuildTakesCallersFindings(t *testing.T) {
	needFont(t)
	d := loadSample(t)
	tb, err := analysis.Analyze(d, analysis.Options{Precision: 1})
	if err != nil {
		t.Fatal(err)
	}
	mine := []analysis.Finding{{Rule: analysis.RuleSum, Severity: analysis.Error, Year: 2022,
		Indicators: []string{"甲"}, Expected: "10", Found: "9", Message: "调用方给出的核查结果"}}
	var sink memSink
	res, err := Build(context.Background(), tb, mine, &sink, BuildOptions{Name: "m", Outputs: OutputChecks | OutputXLSX})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Message != "调用方给出的核查结果" {
		t.Errorf("findings %+v", res.Findings)
	}
	if got := strings.Join(res.Files, " "); got != "m.xlsx m-核查.pdf" {
		t.Errorf("files %q", got)
	}
	for _, n := range res.Files {
		if sink.files[n].Len() == 0 {
			t.Errorf("%s is empty", n)
		}
	}
	// The precision the caller chose is the one shown (1 decimal).
	for _, c := range res.Document.Tables[0].Columns {
		if c.Role == present.ColGrowth && c.Decimals != 1 {
			t.Errorf("growth column with %d decimals, want 1", c.Decimals)
		}
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		text := pdfText(t, sink.files["m-核查.pdf"].Bytes())
		if !strings.Contains(strings.ReplaceAll(text, " ", ""), "调用方给出的核查结果") {
			t.Errorf("check report lacks the caller's finding:\n%s", text)
		}
	}
}

// pdfText is pdftotext's text of a PDF.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(p, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", p, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// Two builds with the same date are byte-identical: workbook, PDFs, PNG
// and SVG.
func TestBuildReproducible(t *testing.T) {
	needFont(t)
	d := loadSample(t)
	date := time.Date(2023, 2, 22, 0, 0, 0, 0, time.UTC)
	build := func() map[string][]byte {
		tb, fs, err := Analyze(d, analysis.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var sink memSink
		if _, err := Build(context.Background(), tb, fs, &sink, BuildOptions{Name: "r", Date: date, Outputs: OutputAll | OutputSVG}); err != nil {
			t.Fatal(err)
		}
		out := map[string][]byte{}
		for n, b := range sink.files {
			out[n] = b.Bytes()
		}
		return out
	}
	a := build()
	time.Sleep(1100 * time.Millisecond) // a clock in the output would now differ
	b := build()
	for _, n := range []string{"r.xlsx", "r.pdf", "r-核查.pdf", "r-chart-1.png", "r-chart-1.svg"} {
		if len(a[n]) == 0 {
			t.Errorf("%s not written", n)
			continue
		}
		if !bytes.Equal(a[n], b[n]) {
			t.Errorf("%s differs between two builds with the same date", n)
		}
	}
	if len(a) != len(b) {
		t.Errorf("%d outputs, then %d", len(a), len(b))
	}
}

// The sample's PDF: no ASCII punctuation next to Chinese, and every
// caption, unit line, note and source of the document is printed; the
// signature is there, the audit section and 生成日期 are not.
func TestBuildPDFPublishing(t *testing.T) {
	needFont(t)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	d := loadSample(t)
	tb, fs, err := Analyze(d, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sink memSink
	res, err := Build(context.Background(), tb, fs, &sink, BuildOptions{Name: "p", Org: "测试开发区", Source: "测试报告(2022)",
		Date: time.Date(2023, 2, 22, 0, 0, 0, 0, time.UTC), Outputs: OutputPDF, Charts: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, sink.files["p.pdf"].Bytes())
	flat := strings.Join(strings.Fields(text), "")
	for _, line := range strings.Split(text, "\n") {
		if bad := present.Mispunctuated(line); bad != nil {
			t.Errorf("ASCII punctuation next to Chinese: %q in %q", bad, line)
		}
	}
	doc := res.Document
	want := []string{"表1", doc.Tables[0].Caption, "续表1", "资料来源：测试报告（2022）", "测试开发区", "2023年2月22日", "其中：行政许可数据"}
	for _, n := range doc.Tables[0].Notes {
		want = append(want, n.String())
	}
	for _, w := range want {
		if !strings.Contains(flat, strings.Join(strings.Fields(w), "")) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
	for _, no := range []string{"生成日期", "数据一致性检查", "new_vs_net", "规则"} {
		if strings.Contains(flat, no) {
			t.Errorf("PDF text has %q", no)
		}
	}
}

// A sink that fails makes Build fail and take back what it wrote.
func TestBuildSinkFailure(t *testing.T) {
	needFont(t)
	d := loadSample(t)
	tb, fs, err := Analyze(d, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	boom := errors.New("disk full")
	sink := failingSink{Dir: Dir(dir), fail: "f.pdf", err: boom}
	if _, err := Build(context.Background(), tb, fs, sink, BuildOptions{Name: "f", Outputs: OutputXLSX | OutputPDF}); !errors.Is(err, boom) {
		t.Fatalf("err = %v, want %v", err, boom)
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		t.Errorf("left behind: %s", e.Name())
	}
}

// failingSink is a Dir whose output named fail cannot be created.
type failingSink struct {
	Dir
	fail string
	err  error
}

func (s failingSink) Create(name string) (io.WriteCloser, error) {
	if name == s.fail {
		return nil, s.err
	}
	return s.Dir.Create(name)
}

func TestDirRejectsPaths(t *testing.T) {
	for _, n := range []string{"", "../x.pdf", "a/b.pdf", ".."} {
		if _, err := Dir(t.TempDir()).Create(n); err == nil {
			t.Errorf("Create(%q) accepted", n)
		}
	}
}
