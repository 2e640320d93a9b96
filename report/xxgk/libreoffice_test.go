package xxgk

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/xxgk"
)

// tool finds a program; without it the test is skipped, unless
// ANNUALSTAT_REQUIRE_TOOLS=1 (as in CI), where a missing tool fails.
func tool(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" {
		t.Fatalf("ANNUALSTAT_REQUIRE_TOOLS=1 and %s not found", names[0])
	}
	t.Skipf("%s not found", names[0])
	return ""
}

// squeeze drops all white space: labels wrapped inside a cell print on
// several lines.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// allLabels is every label of the template in the format, verbatim.
func allLabels(t2, f xxgk.Format) []string {
	labels := []string{xxgk.HeadingT2, xxgk.HeadingT3, xxgk.HeadingT4, xxgk.T3Note, xxgk.HeaderApplicant,
		xxgk.HeaderOrg, xxgk.HeaderReview, xxgk.HeaderSuit, xxgk.HeaderSuitDirect, xxgk.HeaderSuitAfter, xxgk.TopResults}
	labels = append(labels, xxgk.T3Columns[:]...)
	labels = append(labels, xxgk.T4Results[:]...)
	for _, r := range xxgk.T3Rows(f) {
		labels = append(labels, r.Label)
		if r.Group != "" {
			labels = append(labels, r.Group)
		}
	}
	for _, c := range xxgk.T2Cells(t2) {
		labels = append(labels, c.Block, c.Row, c.Column)
	}
	return labels
}

// The blank template, opened and printed by LibreOffice, shows every label
// of the template verbatim (pdftotext of its PDF).
func TestTemplateInLibreOffice(t *testing.T) {
	soffice := tool(t, "soffice", "libreoffice")
	pdftotext := tool(t, "pdftotext")
	dir := t.TempDir()
	for _, f := range []xxgk.Format{xxgk.Format2021, xxgk.Format2019} {
		book := filepath.Join(dir, "template"+f.String()+".xlsx")
		if err := WriteTemplate(context.Background(), book, Template{T2Format: f, T3Format: f, Body: "某某区人民政府", Year: 2024}); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
			"--convert-to", "pdf", "--outdir", dir, book)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, out)
		}
		pdf := strings.TrimSuffix(book, ".xlsx") + ".pdf"
		out, err := exec.Command(pdftotext, "-raw", pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		text := squeeze(string(out))
		for _, l := range allLabels(f, f) {
			if !strings.Contains(text, squeeze(l)) {
				t.Errorf("format %v: label %q not in LibreOffice's PDF", f, l)
			}
		}
		// the 2019 format's single （六） row; the 2021 format's items
		has6 := strings.Contains(text, "1.申请人无正当理由逾期不补正")
		if has6 != (f == xxgk.Format2021) {
			t.Errorf("format %v: （六） items printed: %v", f, has6)
		}
	}
}
