package main

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
	"github.com/annualstat/annualstat/report"
)

const sample = "../../testdata/sample-2022.csv"

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// requireTool returns the path of a command-line tool, skipping the test when
// it is missing unless ANNUALSTAT_REQUIRE_TOOLS=1 (as in CI), where a missing
// tool fails.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" {
			t.Fatalf("ANNUALSTAT_REQUIRE_TOOLS=1 and %s is missing", name)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

func TestAnalyzeJSON(t *testing.T) {
	code, out, errs := runCLI(t, "analyze", sample, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	d, err := ingest.Load(sample, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(d.Indicators) {
		t.Fatalf("%d rows for %d indicators", len(rows), len(d.Indicators))
	}
	first := rows[0]
	if first["indicator"] != "实有各类市场主体" || first["statement"] != "实有各类市场主体28716户，比上年增长12.33%" ||
		first["previous_year"].(float64) != 2021 || first["change"].(float64) != 3152 {
		t.Errorf("first row %v", first)
	}
	for _, r := range rows[1:] {
		if r["growth_pct"] != nil || r["change"] != nil {
			t.Errorf("%v: a figure without a previous value", r["indicator"])
		}
		if fl := r["flags"].([]any); len(fl) == 0 || fl[0] != "missing_previous" {
			t.Errorf("%v: flags %v", r["indicator"], fl)
		}
	}
	// Precision and the flag after the file name. The sample states its
	// growth (12.33%) and gives no prior but a derived one: the statement
	// repeats the stated change as written whatever --precision says (SPEC
	// §8); computed growth follows --precision (analysis.TestAnalyze).
	code, out, _ = runCLI(t, "analyze", sample, "--precision", "1", "--format", "csv")
	if code != 0 || !strings.Contains(out, "实有各类市场主体28716户，比上年增长12.33%") || strings.Contains(out, "12.3%,") {
		t.Errorf("precision 1: exit %d %q", code, out[:min(300, len(out))])
	}
}

func TestExtract(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "report.txt")
	os.WriteFile(txt, []byte("2022年某区工作报告\n全区实有各类市场主体28716户，比上年增长12.33%。网办率100%。\n"), 0o644)
	code, out, errs := runCLI(t, "extract", txt, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var figs []map[string]any
	if err := json.Unmarshal([]byte(out), &figs); err != nil {
		t.Fatal(err)
	}
	byKey := map[string]map[string]any{}
	for _, f := range figs {
		byKey[f["indicator"].(string)+"/"+strconv.Itoa(int(f["year"].(float64)))] = f
	}
	cur, prior := byKey["实有各类市场主体/2022"], byKey["实有各类市场主体/2021"]
	if cur == nil || cur["value"].(float64) != 28716 || cur["change"].(map[string]any)["value"].(float64) != 12.33 {
		t.Errorf("2022 figure: %v", cur)
	}
	if prior == nil || prior["value"].(float64) != 25564 || prior["flags"].([]any)[0] != "derived" {
		t.Errorf("derived 2021 prior: %v", prior)
	}
	if byKey["网办率/2022"] == nil {
		t.Errorf("rate missing: %v", figs)
	}
	code, out, _ = runCLI(t, "extract", txt, "--derive=false")
	if code != 0 || strings.Contains(out, "derived") || !strings.HasPrefix(out, "section,indicator,unit,year,value") {
		t.Errorf("csv without derived: %d %q", code, out)
	}
	// The text goes through analyze too.
	code, out, _ = runCLI(t, "analyze", txt)
	if code != 0 || !strings.Contains(out, "12.33%") {
		t.Errorf("analyze text: %d %q", code, out)
	}
}

func TestBadInputExitsTwo(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("section,indicator,unit,year,value\nS,A,件,2022,12x\n"), 0o644)
	code, out, errs := runCLI(t, "analyze", bad)
	if code != 2 || out != "" || !strings.Contains(errs, "bad.csv:2:") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if code, _, _ := runCLI(t, "analyze"); code != 2 {
		t.Errorf("missing file argument: exit %d", code)
	}
	if code, _, errs := runCLI(t, "analyze", sample, "--format", "xml"); code != 2 || !strings.Contains(errs, "xml") {
		t.Errorf("bad format: exit %d %q", code, errs)
	}
	if code, _, _ := runCLI(t, "frobnicate"); code != 2 {
		t.Errorf("unknown command: exit %d", code)
	}
	if code, out, _ := runCLI(t, "--version"); code != 0 || !strings.HasPrefix(out, "annualstat ") {
		t.Errorf("--version: %d %q", code, out)
	}
	if code, _, errs := runCLI(t, "build", "--help"); code != 0 || !strings.Contains(errs, "--only") && !strings.Contains(errs, "-only") || !strings.Contains(errs, "Example") {
		t.Errorf("build --help: %d %q", code, errs)
	}
}

// A GBK file is detected; naming its encoding works too, and naming a
// wrong one is an error that names the file.
func TestEncodingFlag(t *testing.T) {
	dir := t.TempDir()
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("section,indicator,unit,year,value\n市场主体,实有各类市场主体,户,2021,25564\n市场主体,实有各类市场主体,户,2022,28716\n")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "gbk.csv")
	os.WriteFile(p, []byte(gbk), 0o644)
	for _, args := range [][]string{{"analyze", p}, {"analyze", p, "--encoding", "gbk"}} {
		code, out, errs := runCLI(t, args...)
		if code != 0 || !strings.Contains(out, "实有各类市场主体") || !strings.Contains(out, "12.33%") {
			t.Errorf("%v: exit %d %q %q", args, code, out, errs)
		}
	}
	if code, _, errs := runCLI(t, "analyze", p, "--encoding", "utf-8"); code != 2 || !strings.Contains(errs, "gbk.csv") {
		t.Errorf("wrong encoding: exit %d %q", code, errs)
	}
}

func TestCheckExitCodes(t *testing.T) {
	code, out, _ := runCLI(t, "check", sample)
	if code != 0 || !strings.Contains(out, "0 error(s)") {
		t.Errorf("sample: exit %d\n%s", code, out)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "sum.csv")
	os.WriteFile(bad, []byte("section,indicator,unit,year,value,parent\nS,总数,条,2022,100,\nS,甲,条,2022,60,总数\nS,乙,条,2022,30,总数\n"), 0o644)
	code, out, _ = runCLI(t, "check", bad, "--format", "json")
	var fs []map[string]any
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatal(err)
	}
	if code != 1 || len(fs) != 1 || fs[0]["rule"] != "sum" || fs[0]["severity"] != "error" {
		t.Errorf("sum error: exit %d %v", code, fs)
	}
}

func TestBuildEndToEnd(t *testing.T) {
	pdftotext := requireTool(t, "pdftotext")
	dir := t.TempDir()
	code, out, errs := runCLI(t, "build", sample, "-o", dir, "--org", "湛江经济技术开发区")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	files := strings.Fields(out)
	want := []string{"sample-2022.xlsx", "sample-2022.pdf", "sample-2022-chart-1.png"}
	for _, w := range want {
		if !strings.Contains(out, filepath.Join(dir, w)) {
			t.Errorf("output list lacks %s: %v", w, files)
		}
	}
	if !strings.Contains(errs, "[1/1]") || !strings.Contains(errs, "built 1 of 1") {
		t.Errorf("progress/summary: %q", errs)
	}
	d, _ := ingest.Load(sample, ingest.Options{})
	tab, _ := analysis.Analyze(d, analysis.Options{})

	// Workbook: every indicator and value of the YoY sheet, and the data
	// sheet loads back to the same values.
	wb, err := excelize.OpenFile(filepath.Join(dir, "sample-2022.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := wb.GetRows("同比分析")
	if err != nil {
		t.Fatal(err)
	}
	text := ""
	for _, r := range rows {
		text += strings.Join(r, "\t") + "\n"
	}
	for _, r := range tab.Rows {
		if !strings.Contains(text, r.Indicator.Name) || r.Statement != "" && !strings.Contains(text, r.Statement) {
			t.Errorf("workbook lacks %s / %q", r.Indicator.Name, r.Statement)
		}
	}
	wb.Close()
	back, err := ingest.Load(filepath.Join(dir, "sample-2022.xlsx"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if back.Len() != d.Len() || len(back.Indicators) != len(d.Indicators) {
		t.Errorf("workbook data sheet: %d values / %d indicators, want %d / %d", back.Len(), len(back.Indicators), d.Len(), len(d.Indicators))
	}
	for i, ind := range d.Indicators {
		b := back.Indicators[i]
		if b.Name != ind.Name || len(b.Points) != len(ind.Points) {
			t.Errorf("indicator %d: %s/%d points, want %s/%d", i, b.Name, len(b.Points), ind.Name, len(ind.Points))
			continue
		}
		for j, p := range ind.Points {
			if b.Points[j].Value != p.Value || b.Points[j].Flags != p.Flags || b.Points[j].Qualifier != p.Qualifier {
				t.Errorf("%s %d: %v/%v/%q, want %v/%v/%q", ind.Name, p.Year, b.Points[j].Value, b.Points[j].Flags, b.Points[j].Qualifier,
					p.Value, p.Flags, p.Qualifier)
			}
		}
	}

	// PDF: the statements and every indicator name come back as text.
	raw, err := exec.Command(pdftotext, "-raw", filepath.Join(dir, "sample-2022.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.NewReplacer("\n", "", " ", "").Replace(string(raw))
	for _, r := range tab.Rows {
		if !strings.Contains(flat, r.Indicator.Name) {
			t.Errorf("PDF text lacks %s", r.Indicator.Name)
		}
		if r.Statement != "" && !strings.Contains(flat, r.Statement) {
			t.Errorf("PDF text lacks statement %q", r.Statement)
		}
		_, cur, _, _ := report.Shown(tab, &r)
		if !strings.Contains(flat, cur) {
			t.Errorf("PDF text lacks value %s of %s", cur, r.Indicator.Name)
		}
	}
	if !strings.Contains(flat, "湛江经济技术开发区") {
		t.Error("PDF lacks the reporting body")
	}
	// The sample's approximate figures keep the source's qualifier, as
	// written (SPEC §8): 多 and 余 are never turned into 约.
	for _, w := range []string{"组织学习的基层党组织540多个", "组织学习的党员12000多名", "列席区管委会主任办公会等会议50余次",
		"智慧城市平台管理设施建设投资约2.25亿元"} {
		if !strings.Contains(flat, w) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
	for _, bad := range []string{"约540", "约12000", "约50"} {
		if strings.Contains(flat, bad) {
			t.Errorf("PDF text has %q: the source wrote 多/余", bad)
		}
	}

	// Charts: real PNGs with ink.
	for i := 1; ; i++ {
		p := filepath.Join(dir, "sample-2022-chart-"+strconv.Itoa(i)+".png")
		f, err := os.Open(p)
		if err != nil {
			if i == 1 {
				t.Fatal("no chart written")
			}
			break
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		b := img.Bounds()
		dark := 0
		for y := b.Min.Y; y < b.Max.Y; y += 3 {
			for x := b.Min.X; x < b.Max.X; x += 3 {
				r, g, bb, _ := img.At(x, y).RGBA()
				if r+g+bb < 3*0x8000 {
					dark++
				}
			}
		}
		if b.Dx() < 800 || dark < 100 {
			t.Errorf("%s: %dx%d, %d dark samples", p, b.Dx(), b.Dy(), dark)
		}
	}
	// Nothing else, no temporary files, in the directory.
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left over: %s", e.Name())
		}
	}
}

func TestBuildOneBadInputOthersStillBuild(t *testing.T) {
	requireTool(t, "pdftotext") // the font is needed too; pdftotext stands for "the CI setup"
	dir := t.TempDir()
	bad := filepath.Join(t.TempDir(), "broken.csv")
	os.WriteFile(bad, []byte("section,indicator,unit,year,value\nS,A,件,year?,1\n"), 0o644)
	code, out, errs := runCLI(t, "build", bad, sample, "-o", dir, "--only", "xlsx")
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, errs)
	}
	if !strings.Contains(errs, "FAILED") || !strings.Contains(errs, "broken.csv:2:") || !strings.Contains(errs, "1 failed") {
		t.Errorf("stderr: %s", errs)
	}
	if !strings.Contains(out, "sample-2022.xlsx") || strings.Contains(out, ".pdf") {
		t.Errorf("stdout: %s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "broken.xlsx")); err == nil {
		t.Error("a workbook was written for the bad input")
	}
	if code, _, errs := runCLI(t, "build", sample, "-o", dir, "--only", "doc"); code != 2 || !strings.Contains(errs, "doc") {
		t.Errorf("--only doc: %d %s", code, errs)
	}
}

// The version names the commit the binary was built from.
func TestBuildVersion(t *testing.T) {
	tests := []struct {
		bi   debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "devel"},
		{debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, "v1.2.0"},
		{debug.BuildInfo{
			Main: debug.Module{Version: "v0.0.0-20261202182000-b6867b1a2c3d"},
			Settings: []debug.BuildSetting{
				{Key: "vcs", Value: "git"},
				{Key: "vcs.revision", Value: "b6867b1a2c3d4e5f60718293a4b5c6d7e8f90123"},
				{Key: "vcs.time", Value: "2026-12-02T18:20:00Z"},
				{Key: "vcs.modified", Value: "true"},
			},
		}, "v0.0.0-20261202182000-b6867b1a2c3d (revision b6867b1a2c3d, 2026-12-02T18:20:00Z, modified)"},
		{debug.BuildInfo{
			Main:     debug.Module{Version: "(devel)"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc123"}},
		}, "devel (revision abc123)"},
	}
	for _, tt := range tests {
		if got := buildVersion(&tt.bi); got != tt.want {
			t.Errorf("buildVersion = %q, want %q", got, tt.want)
		}
	}
}

// The no-font message is one line, in Chinese and English, naming what was
// skipped and both remedies.
func TestNoFontLine(t *testing.T) {
	line := noFontLine(report.OutputPDF | report.OutputPNG)
	for _, want := range []string{"未找到中文字体", "No Chinese font", "pdf,png", "--font PATH", "apt-get install fonts-noto-cjk"} {
		if !strings.Contains(line, want) {
			t.Errorf("line lacks %q: %s", want, line)
		}
	}
	if strings.Contains(line, "\n") || len([]rune(line)) > 200 {
		t.Errorf("not one short line (%d characters): %s", len([]rune(line)), line)
	}
}

// The README's extract example: the sample report text of testdata gives
// its figures, stated changes and 其中 parts (expected values read off the
// text by hand).
func TestExtractSampleReport(t *testing.T) {
	code, out, errs := runCLI(t, "extract", "../../testdata/report-2023.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"市场主体持续增长,实有各类市场主体,户,2023,31520,",
		"市场主体持续增长,个体工商户,户,2023,22880,,,实有各类市场主体,",
		"执法数据全面归集,行政处罚数据,条,2023,1300,,,归集上报行政执法数据,",
		"行政复议和应诉,受理行政复议申请,件,2023,58,",
		"基层矛盾纠纷调解,调解成功率,%,2023,97.5,",
		"基层矛盾纠纷调解,涉及金额,亿元,2023,3.1,approx,",
		// Priors back-computed from stated changes: 58 after 下降6.45% and
		// 减少4件 is 62; 12800 after 增长9.06% is 11737.
		"行政复议和应诉,受理行政复议申请,件,2022,62,derived,",
		"执法数据全面归集,归集上报行政执法数据,条,2022,11737,derived,",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("extract output lacks %q", want)
		}
	}
	code, out, errs = runCLI(t, "check", "../../testdata/report-2023.txt")
	if code != 0 || !strings.Contains(out, "0 error(s)") {
		t.Errorf("check of the sample report: exit %d: %s%s", code, out, errs)
	}
}

// check --year on a report text sets its reporting year and leaves the
// findings of every year in; --only-year limits them, and --year on a
// dataset (whose values carry their years) is a usage error naming
// --only-year.
func TestCheckYearFlags(t *testing.T) {
	txt := filepath.Join(t.TempDir(), "two.txt")
	// A 其中 list of 2022 that exceeds its total, in a 2023 report whose
	// second figure names no year.
	body := "全区2023年法治政府建设年度报告\n\n2022年，全区受理案件100件，其中民事案件60件，刑事案件50件。\n\n今年新增市场主体500户，比上年增长25%。\n"
	if err := os.WriteFile(txt, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	const finding = "2022年“受理案件”为100件"
	code, out, errs := runCLI(t, "check", txt, "--year", "2023")
	if code != exitOK || !strings.Contains(out, finding) {
		t.Errorf("--year 2023 on a text: exit %d, the 2022 finding should stay:\n%s%s", code, out, errs)
	}
	code, out, _ = runCLI(t, "check", txt, "--year", "2023", "--only-year", "2023")
	if code != exitOK || strings.Contains(out, finding) || !strings.Contains(out, "0 warning(s)") {
		t.Errorf("--only-year 2023: exit %d:\n%s", code, out)
	}
	code, out, _ = runCLI(t, "check", txt, "--only-year", "2022", "--format", "json")
	if code != exitOK || !strings.Contains(out, `"year": 2022`) || strings.Contains(out, `"year": 2023`) {
		t.Errorf("--only-year 2022: exit %d:\n%s", code, out)
	}
	code, _, errs = runCLI(t, "check", sample, "--year", "2022")
	if code != exitBadUse || !strings.Contains(errs, "use --only-year 2022") {
		t.Errorf("--year on a dataset: exit %d, %q", code, errs)
	}
	if code, _, errs = runCLI(t, "check", sample, "--only-year", "2022"); code != exitOK {
		t.Errorf("--only-year on a dataset: exit %d, %q", code, errs)
	}
	if code, _, errs = runCLI(t, "check", sample, "--only-year", "22"); code != exitBadUse || !strings.Contains(errs, "want a year") {
		t.Errorf("--only-year 22: exit %d, %q", code, errs)
	}
}
