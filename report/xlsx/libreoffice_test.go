package xlsx

import (
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/present"
)

// soffice finds LibreOffice. Without it the test is skipped, unless
// ANNUALSTAT_REQUIRE_TOOLS=1 (as in CI), where a missing tool fails.
func soffice(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" {
		t.Fatal("LibreOffice (soffice) not found; install libreoffice-calc-nogui")
	}
	t.Skip("LibreOffice (soffice) not found")
	return ""
}

// recalcProfile is a LibreOffice user profile that always recalculates
// OOXML workbooks on load (OOXMLRecalcMode 0; by default LibreOffice trusts
// the cached results) and formats numbers for en-US.
const recalcProfile = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`

// csvFilter exports UTF-8 CSV (76) of the cells as shown (the last token).
const csvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"

// TestLibreOfficeRecalculates has LibreOffice recalculate two workbooks of
// the same table, one with right and one with deliberately wrong cached
// results, and compares every shown cell of 同比分析 with the library's
// figures. The wrong one proves that the numbers seen are LibreOffice's own
// results of the formulas, not the cached values.
func TestLibreOfficeRecalculates(t *testing.T) {
	bin := soffice(t)
	d := synthetic(150, 2)
	edge := d.Indicator("边界", "几乎持平的金额", "万元")
	_ = edge.Set(analysis.Point{Year: 2021, Value: 100000})
	_ = edge.Set(analysis.Point{Year: 2022, Value: 99999.99})
	big := d.Indicator("边界", "大数", "件")
	_ = big.Set(analysis.Point{Year: 2021, Value: 987654321})
	_ = big.Set(analysis.Point{Year: 2022, Value: 1234567890})
	rate := d.Indicator("边界", "持平的比率", "%")
	_ = rate.Set(analysis.Point{Year: 2021, Value: 98.06})
	_ = rate.Set(analysis.Point{Year: 2022, Value: 98.06})
	only := d.Indicator("边界", "只述增速的收入", "元")
	_ = only.Set(analysis.Point{Year: 2022, NoLevel: true, Changes: []analysis.Stated{{Kind: analysis.ChangeGrowthPct, Value: 4.6, Text: "4.6"}}})
	derived := d.Indicator("边界", "上年推算的收入", "万元")
	_ = derived.Set(analysis.Point{Year: 2021, Value: 956, Flags: analysis.FlagDerived})
	_ = derived.Set(analysis.Point{Year: 2022, Value: 1000, Qualifier: "多", Flags: analysis.FlagApprox,
		Changes: []analysis.Stated{{Kind: analysis.ChangeGrowthPct, Value: 4.6, Text: "4.6"}}})
	tb := analyze(t, d, analysis.Options{})

	dir := t.TempDir()
	profile := filepath.Join(dir, "profile")
	if err := os.MkdirAll(filepath.Join(profile, "user"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(profile, "user", "registrymodifications.xcu"), []byte(recalcProfile), 0o644); err != nil {
		t.Fatal(err)
	}
	good, bad := filepath.Join(dir, "good.xlsx"), filepath.Join(dir, "wrong.xlsx")
	doc := present.New(tb, nil, present.Options{})
	if err := Write(context.Background(), good, doc, tb, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := Write(context.Background(), bad, doc, tb, Options{wrongCache: true}); err != nil {
		t.Fatal(err)
	}

	// One start of LibreOffice for both files: it is slow to start.
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	out := filepath.Join(dir, "out")
	cmd := exec.CommandContext(ctx, bin, "--headless", "--norestore",
		"-env:UserInstallation=file://"+filepath.ToSlash(profile),
		"--convert-to", csvFilter, "--outdir", out, good, bad)
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8", "HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	for _, name := range []string{"good", "wrong"} {
		t.Run(name, func(t *testing.T) {
			fh, err := os.Open(filepath.Join(out, name+".csv"))
			if err != nil {
				t.Fatal(err)
			}
			defer fh.Close()
			r := csv.NewReader(fh)
			r.FieldsPerRecord = -1
			recs, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			compareShown(t, doc, tb, recs)
		})
	}
}

// compareShown compares LibreOffice's shown cells of 同比分析 with the
// document's: every cell of the main table as the PDF and the Word
// document print it, the statement and the note. The one difference
// allowed: a figure the document marks "…" (not zero, less than the
// decimals shown) is shown by the spreadsheet as a zero at those decimals.
func compareShown(t *testing.T, doc *present.Document, tb *analysis.Table, recs [][]string) {
	t.Helper()
	main := doc.Tables[0]
	if len(recs) < yoyTop+len(main.Rows) {
		t.Fatalf("LibreOffice shows %d rows, want at least %d", len(recs), yoyTop+len(main.Rows))
	}
	if recs[0][0] != main.Caption {
		t.Errorf("line 1 %q, want the caption %q", recs[0][0], main.Caption)
	}
	width := len(main.Columns) + 2
	bad := 0
	for k, r := range main.Rows {
		rec := append(recs[yoyTop+k], make([]string, width)...)
		want := make([]string, width)
		for c, cell := range r.Cells {
			want[c] = cell.Text
		}
		if r.Kind == present.RowItem {
			want[len(main.Columns)] = present.Punctuate(tb.Rows[r.Index].Statement)
			want[len(main.Columns)+1] = r.Note
		}
		for c := range width {
			got := rec[c]
			if c < len(r.Cells) && r.Cells[c].Mark == present.MarkTooSmall && strings.Trim(negZero(got), "0.") == "" {
				continue
			}
			if got = negZero(got); got != want[c] {
				bad++
				if bad <= 20 {
					t.Errorf("%s (line %d) column %c: LibreOffice shows %q, the document %q", r.Cells[0].Text, yoyTop+1+k, 'A'+c, rec[c], want[c])
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d cells differ", bad)
	}
}

// negZero reads a shown negative zero ("-0.00%", which spreadsheets show
// for a tiny decline) as the zero it is at the shown precision.
func negZero(s string) string {
	if strings.HasPrefix(s, "-") && strings.Trim(s, "-0.,%") == "" {
		return s[1:]
	}
	return s
}

// grouped inserts thousands separators into a formatted number.
func grouped(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	ip, fp, hasFrac := strings.Cut(s, ".")
	var parts []string
	for len(ip) > 3 {
		parts = append([]string{ip[len(ip)-3:]}, parts...)
		ip = ip[:len(ip)-3]
	}
	parts = append([]string{ip}, parts...)
	out := sign + strings.Join(parts, ",")
	if hasFrac {
		out += "." + fp
	}
	return out
}

func TestGrouped(t *testing.T) {
	for in, want := range map[string]string{"1234567.50": "1,234,567.50", "-1000": "-1,000", "999": "999", "0.25": "0.25"} {
		if got := grouped(in); got != want {
			t.Errorf("grouped(%q) = %q, want %q", in, got, want)
		}
	}
}
