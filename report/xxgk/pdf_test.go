package xxgk

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
	"github.com/annualstat/annualstat/analysis/xxgk"
	"github.com/annualstat/annualstat/report/font"
)

func pdfFont(t *testing.T) *font.Font {
	t.Helper()
	f, err := font.Resolve(font.Options{}, font.PDF)
	if err != nil {
		if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" {
			t.Fatalf("ANNUALSTAT_REQUIRE_TOOLS=1 and no CJK font: %v", err)
		}
		t.Skipf("no CJK font: %v", err)
	}
	return f
}

// The PDF of 洪泽 2024 against 2023 prints every label of its formats
// verbatim, its figures, and the 同比 statements; the same input gives
// the same bytes.
func TestPDFLabelsVerbatim(t *testing.T) {
	fnt := pdfFont(t)
	pdftotext := tool(t, "pdftotext")
	prev := fixture(t, "hongze-2023.txt")
	rep := fixture(t, "hongze-2024.txt")
	cmp := xxgk.Compare(rep, prev, 2)
	opt := Options{Font: fnt, Date: time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)}
	var a, b bytes.Buffer
	if err := WritePDFTo(&a, rep, cmp, opt); err != nil {
		t.Fatal(err)
	}
	if err := WritePDFTo(&b, rep, cmp, opt); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two PDFs of the same input differ")
	}
	cmd := exec.Command(pdftotext, "-raw", "-", "-")
	cmd.Stdin = &a
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	text := squeeze(string(out))
	for _, l := range allLabels(rep.T2Format, rep.T3Format) {
		if !strings.Contains(text, squeeze(l)) {
			t.Errorf("label %q not in the PDF", l)
		}
	}
	for _, s := range []string{"淮安市洪泽区人民政府2024年政府信息公开工作年度报告统计表", "9487", "7545",
		"收办政府信息公开申请（本年新收加上年结转）95件，同比增长352.38%（上年21件）。", "2025年1月20日"} {
		if !strings.Contains(text, squeeze(s)) {
			t.Errorf("%q not in the PDF", s)
		}
	}
}

// The Word document, read back by ReadDOCX (as an office's .docx in the
// official layout is read), gives the same cells.
func TestDOCXRoundTrip(t *testing.T) {
	for _, name := range []string{"huaian-2024.txt", "hongze-2023.txt", "example-2019.txt"} {
		want := fixture(t, name)
		var buf bytes.Buffer
		if err := WriteDOCXTo(&buf, want, nil, Options{}); err != nil {
			t.Fatal(err)
		}
		got, err := xxgk.ReadDOCX(bytes.NewReader(buf.Bytes()), int64(buf.Len()), name+".docx")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.T3Format != want.T3Format || got.T2Format != want.T2Format {
			t.Errorf("%s: formats %v %v", name, got.T2Format, got.T3Format)
		}
		sameCells(t, name+" T2", got.T2, want.T2)
		sameCells(t, name+" T3", got.T3, want.T3)
		sameCells(t, name+" T4", got.T4, want.T4)
	}
}

// The PDF this package writes, read back as a published PDF is read
// (ingest.LoadDocument through pdftotext, then xxgk.ReadDocument), gives
// the cells it was written from.
func TestPDFReadsBack(t *testing.T) {
	fnt := pdfFont(t)
	tool(t, "pdftotext")
	for _, name := range []string{"huaian-2024.txt", "hongze-2023.txt", "example-2019.txt"} {
		want := fixture(t, name)
		path := filepath.Join(t.TempDir(), "report.pdf")
		if err := WritePDF(context.Background(), path, want, nil, Options{Font: fnt}); err != nil {
			t.Fatal(err)
		}
		d, err := ingest.LoadDocument(path, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := xxgk.ReadDocument(d)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !got.Unsure {
			t.Error("a PDF's tables are not marked Unsure")
		}
		sameCells(t, name+" T2", got.T2, want.T2)
		sameCells(t, name+" T3", got.T3, want.T3)
		sameCells(t, name+" T4", got.T4, want.T4)
		// 洪泽 2023's H4 violations, from a PDF, are warnings
		for _, f := range xxgk.Check(got, nil) {
			if f.Severity != analysis.Warning || !strings.Contains(f.Message, "PDF") {
				t.Errorf("%s: %v %s", name, f.Severity, f.Message)
			}
		}
	}
}
