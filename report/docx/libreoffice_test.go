package docx

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// tool finds a program. Without it the test is skipped, unless
// ANNUALSTAT_REQUIRE_TOOLS=1 (as in CI), where a missing tool fails.
func tool(t *testing.T, pkg string, names ...string) string {
	t.Helper()
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" {
		t.Fatalf("%s not found; install %s", names[0], pkg)
	}
	t.Skipf("%s not found (%s)", names[0], pkg)
	return ""
}

// toPDF converts a .docx with LibreOffice and returns the PDF's path.
func toPDF(t *testing.T, docx string) string {
	t.Helper()
	bin := tool(t, "libreoffice-writer-nogui", "soffice", "libreoffice")
	dir := filepath.Dir(docx)
	profile := "file://" + filepath.Join(dir, "profile")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation="+profile, "--headless", "--convert-to", "pdf", "--outdir", dir, docx)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := strings.TrimSuffix(docx, filepath.Ext(docx)) + ".pdf"
	if _, err := os.Stat(pdf); err != nil {
		t.Fatalf("LibreOffice wrote no PDF: %v", err)
	}
	return pdf
}

// pdfPages returns the text of each page.
func pdfPages(t *testing.T, pdf string) []string {
	t.Helper()
	bin := tool(t, "poppler-utils", "pdftotext")
	out, err := exec.Command(bin, "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages
}

// TestLibreOfficeRendersTheDocument converts a document with a table of
// several pages and checks what LibreOffice prints: the text, the header
// repeated on every page the table runs over, the page numbers and the
// size of the page. ANNUALSTAT_DOCX_KEEP=DIR keeps the files to look at.
func TestLibreOfficeRendersTheDocument(t *testing.T) {
	dir := t.TempDir()
	if keep := os.Getenv("ANNUALSTAT_DOCX_KEEP"); keep != "" {
		dir = keep
	}
	path := filepath.Join(dir, "sample.docx")
	if err := WriteFile(context.Background(), path, sampleDoc(t, 90), Options{}); err != nil {
		t.Fatal(err)
	}
	pages := pdfPages(t, toPDF(t, path))
	if len(pages) < 3 {
		t.Fatalf("%d pages; the 90-row table should run over at least two", len(pages))
	}
	all := strings.Join(pages, "\n")
	flat := regexp.MustCompile(`\s+`).ReplaceAllString(all, "")
	for _, s := range []string{"某区2022年市场主体发展情况", "统计附表", "一、总体情况", "全区实有市场主体28716户，比上年增长12.33%。",
		"表1主要指标完成情况", "单位：户、万元", "注：1.“—”表示无此项或无意义。", "资料来源：区市场监督管理局", "图1主要指标对比",
		"某区统计局", "2023年2月22日", "其中：分项90", "合计"} {
		if !strings.Contains(flat, s) {
			t.Errorf("the PDF lacks %q", s)
		}
	}
	// Every page the table runs over, after its first, starts with the
	// header.
	tablePages := 0
	for i, p := range pages {
		if !strings.Contains(p, "其中：分项") {
			continue
		}
		tablePages++
		if tablePages == 1 {
			continue
		}
		if fp := regexp.MustCompile(`\s+`).ReplaceAllString(p, ""); !strings.Contains(fp, "比上年增长（%）") || !strings.Contains(fp, "数值") {
			t.Errorf("page %d continues the table without its header:\n%s", i+1, p)
		}
	}
	if tablePages < 2 {
		t.Errorf("the table is on %d page(s)", tablePages)
	}
	for i, p := range pages {
		if !regexp.MustCompile(`—\s*` + itoa(i+1) + `\s*—`).MatchString(p) {
			t.Errorf("page %d has no page number — %d —", i+1, i+1)
		}
	}
	info := tool(t, "poppler-utils", "pdfinfo")
	out, err := exec.Command(info, filepath.Join(dir, "sample.pdf")).Output()
	if err != nil {
		t.Fatal(err)
	}
	// A4 is 595.276 × 841.89 pt.
	if !regexp.MustCompile(`Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)`).Match(out) {
		t.Errorf("not an A4 page:\n%s", out)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }
