package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"encoding/csv"
	"hash/crc32"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/internal/synthetic"
	"github.com/annualstat/annualstat/report/font"
)

// The catalogue of hostile inputs: each fails fast with an error that
// names the file and the limit, and leaves the output directory and the
// temporary directory (TMPDIR, where excelize would unpack large sheets)
// empty.

// cleanDirs points TMPDIR at a fresh directory and returns it with an
// output directory; check asserts that both are empty.
func cleanDirs(t *testing.T) (tmp, out string, check func()) {
	t.Helper()
	tmp, out = t.TempDir(), t.TempDir()
	t.Setenv("TMPDIR", tmp)
	return tmp, out, func() {
		t.Helper()
		for _, d := range []string{tmp, out} {
			ents, _ := os.ReadDir(d)
			var names []string
			for _, e := range ents {
				names = append(names, e.Name())
			}
			if len(names) > 0 {
				t.Errorf("%s is not empty: %v", d, names)
			}
		}
	}
}

// zipBomb writes an XLSX file of a few megabytes whose worksheet unpacks
// to 2 GiB: a valid workbook's parts, with sheet1.xml replaced by 2048
// copies of one compressed megabyte of rows (deflate blocks ended by a
// sync flush can follow each other) and honest sizes and checksum.
func zipBomb(t *testing.T, path string) {
	t.Helper()
	wb := excelize.NewFile()
	var base bytes.Buffer
	if err := wb.Write(&base); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(base.Bytes()), int64(base.Len()))
	if err != nil {
		t.Fatal(err)
	}
	row := []byte(`<row><c t="inlineStr"><is><t>市场主体</t></is></c><c><v>28716</v></c></row>`)
	mb := bytes.Repeat(row, (1<<20)/len(row)+1)[:1<<20]
	var block bytes.Buffer
	fw, _ := flate.NewWriter(&block, flate.BestCompression)
	fw.Write(mb)
	fw.Flush()
	var end bytes.Buffer
	fe, _ := flate.NewWriter(&end, flate.BestCompression)
	fe.Close()
	const copies = 2048
	crc := uint32(0)
	for range copies {
		crc = crc32.Update(crc, crc32.IEEETable, mb)
	}

	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, e := range zr.File {
		if e.Name == "xl/worksheets/sheet1.xml" {
			w, err := zw.CreateRaw(&zip.FileHeader{
				Name: e.Name, Method: zip.Deflate, CRC32: crc,
				CompressedSize64:   uint64(copies*block.Len() + end.Len()),
				UncompressedSize64: copies << 20,
			})
			if err != nil {
				t.Fatal(err)
			}
			for range copies {
				w.Write(block.Bytes())
			}
			w.Write(end.Bytes())
			continue
		}
		if err := zw.Copy(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func TestHostileInputs(t *testing.T) {
	// Checked by hand first, so the test proves what it claims: the
	// bomb's sheet does unpack to 2 GiB.
	t.Run("zip bomb is a bomb", func(t *testing.T) {
		if testing.Short() {
			t.Skip("unpacks 2 GiB")
		}
		p := filepath.Join(t.TempDir(), "bomb.xlsx")
		zipBomb(t, p)
		zr, err := zip.OpenReader(p)
		if err != nil {
			t.Fatal(err)
		}
		defer zr.Close()
		for _, e := range zr.File {
			if e.Name != "xl/worksheets/sheet1.xml" {
				continue
			}
			rc, err := e.Open()
			if err != nil {
				t.Fatal(err)
			}
			n, err := io.Copy(io.Discard, rc)
			if err != nil || n != 2<<30 {
				t.Fatalf("sheet unpacks to %d bytes (%v), want 2 GiB", n, err)
			}
		}
		if fi, _ := os.Stat(p); fi.Size() > 16<<20 {
			t.Errorf("bomb is %d bytes, want a small file", fi.Size())
		}
	})

	tests := []struct {
		name  string
		file  string
		write func(t *testing.T, path string)
		want  []string // in the error
	}{
		{"zip bomb", "bomb.xlsx", zipBomb, []string{"bomb.xlsx", "512 MiB", "zip bomb"}},
		{"100 MB cell", "cell.csv", func(t *testing.T, p string) {
			var b bytes.Buffer
			b.WriteString("section,indicator,unit,year,value\n甲,")
			b.Write(bytes.Repeat([]byte("长"), 100<<20/3))
			b.WriteString(",户,2022,1\n甲,乙,户,2021,1\n")
			writeTestFile(t, p, b.Bytes())
		}, []string{"cell.csv:2", "MiB"}},
		{"quoted 1 MB cell", "quoted.csv", func(t *testing.T, p string) {
			var b bytes.Buffer
			b.WriteString("section,indicator,unit,year,value\n甲,\"")
			for range 1 << 10 {
				b.WriteString(strings.Repeat("x", 1023) + "\n")
			}
			b.WriteString("\",户,2022,1\n")
			writeTestFile(t, p, b.Bytes())
		}, []string{"quoted.csv:", ":2: ", "128 KiB"}},
		{"huge JSON", "huge.json", func(t *testing.T, p string) {
			writeTestFile(t, p, []byte(`{"indicators": [`))
			if err := os.Truncate(p, 300<<20); err != nil { // sparse: no disk used
				t.Fatal(err)
			}
		}, []string{"huge.json", "256 MiB"}},
		{"50 MB text", "report.txt", func(t *testing.T, p string) {
			s := "全区实有各类市场主体28716户，比上年增长12.33%。"
			writeTestFile(t, p, bytes.Repeat([]byte(s), 50<<20/len(s)))
		}, []string{"report.txt", "32 MiB"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, out, check := cleanDirs(t)
			in := filepath.Join(t.TempDir(), tt.file)
			tt.write(t, in)
			cmds := [][]string{{"analyze", in}, {"build", in, "-o", out, "--only", "xlsx"}}
			if strings.HasSuffix(in, ".txt") || strings.HasSuffix(in, ".xlsx") {
				cmds = append(cmds, []string{"extract", in})
			}
			for _, cmd := range cmds {
				code, _, errs := runCLI(t, cmd...)
				if code != exitBadUse && code != exitFailed || code == exitFailed && cmd[0] != "build" {
					t.Errorf("%s: exit %d, want %d (analyze) or %d (build)", cmd[0], code, exitBadUse, exitFailed)
				}
				for _, w := range tt.want {
					if !strings.Contains(errs, w) {
						t.Errorf("%s: error lacks %q: %s", cmd[0], w, errs)
					}
				}
			}
			check()
		})
	}
}

func writeTestFile(t *testing.T, p string, b []byte) {
	t.Helper()
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Names that a spreadsheet would run as formulas come out of every CSV
// output as text (a leading quote), numbers as numbers; the workbook holds
// them as strings, never formulas; and the escaped CSV reads back as the
// original names.
func TestFormulaNames(t *testing.T) {
	_, out, _ := cleanDirs(t)
	in := filepath.Join(t.TempDir(), "names.csv")
	writeTestFile(t, in, []byte("section,indicator,unit,year,value\n"+
		"\"=HYPERLINK(\"\"http://x\"\")\",=1+2,户,2021,10\n\"=HYPERLINK(\"\"http://x\"\")\",=1+2,户,2022,12\n"+
		"甲,+SUM(A1:A2),户,2021,-2.5\n甲,+SUM(A1:A2),户,2022,-3\n"+
		"甲,@cmd,户,2021,1\n甲,@cmd,户,2022,2\n"+
		"甲,-2.5,户,2021,1\n甲,-2.5,户,2022,2\n"))
	code, stdout, errs := runCLI(t, "analyze", in, "--format", "csv")
	if code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"'=1+2": true, "'+SUM(A1:A2)": true, "'@cmd": true, "-2.5": true}
	for _, r := range recs[1:] {
		if !want[r[1]] {
			t.Errorf("indicator cell %q", r[1])
		}
		if strings.HasPrefix(r[0], "=") || strings.HasPrefix(r[12], "=") || strings.HasPrefix(r[12], "+") || strings.HasPrefix(r[12], "@") {
			t.Errorf("section %q or statement %q can run as a formula", r[0], r[12])
		}
		if r[1] == "'+SUM(A1:A2)" && (r[6] != "-3" || r[7] != "-2.5") {
			t.Errorf("numbers escaped: current %q, previous %q, want -3, -2.5", r[6], r[7])
		}
	}
	// The escaped CSV reads back as the names written.
	back := filepath.Join(t.TempDir(), "back.csv")
	var long bytes.Buffer
	cw := csv.NewWriter(&long)
	cw.Write([]string{"section", "indicator", "unit", "year", "value"})
	for _, r := range recs[1:] {
		cw.Write([]string{r[0], r[1], r[2], r[4], r[6]})
	}
	cw.Flush()
	writeTestFile(t, back, long.Bytes())
	code, stdout, errs = runCLI(t, "analyze", back, "--format", "json")
	if code != 0 {
		t.Fatalf("analyze of the escaped CSV: exit %d: %s", code, errs)
	}
	for _, n := range []string{`"=1+2"`, `"+SUM(A1:A2)"`, `"@cmd"`, `"-2.5"`} {
		if !strings.Contains(stdout, `"indicator": `+n) {
			t.Errorf("name %s not read back", n)
		}
	}

	// The workbook stores the names as text.
	code, _, errs = runCLI(t, "build", in, "-o", out, "--only", "xlsx")
	if code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	wb, err := excelize.OpenFile(filepath.Join(out, "names.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	found := 0
	for _, sheet := range wb.GetSheetList() {
		rows, _ := wb.GetRows(sheet)
		for i, r := range rows {
			for j, v := range r {
				cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
				f, _ := wb.GetCellFormula(sheet, cell)
				if v == "=1+2" || v == "+SUM(A1:A2)" || v == "@cmd" {
					found++
					if f != "" {
						t.Errorf("%s!%s: name %q written as the formula %q", sheet, cell, v, f)
					}
				}
				if strings.Contains(f, "HYPERLINK") || strings.Contains(f, "SUM(A1") || strings.Contains(f, "cmd") {
					t.Errorf("%s!%s: formula %q from a name", sheet, cell, f)
				}
			}
		}
	}
	if found == 0 {
		t.Error("the names are not in the workbook")
	}
}

// An interrupted build (cancelled while it writes) exits 130 and leaves
// neither outputs nor temporary files.
func TestInterruptedBuild(t *testing.T) {
	tmp, out, check := cleanDirs(t)
	in := filepath.Join(tmp, "..", filepath.Base(tmp)+"-big.csv")
	f, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(in) })
	if err := synthetic.WriteLongCSV(f, synthetic.Options{Indicators: 20000, Years: 3}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		// Cancel as soon as a temporary output file exists: mid-write.
		for ctx.Err() == nil {
			ents, _ := os.ReadDir(out)
			for _, e := range ents {
				if strings.Contains(e.Name(), ".tmp-") {
					cancel()
					return
				}
			}
			time.Sleep(time.Millisecond)
		}
	}()
	var stdout, stderr bytes.Buffer
	code := runContext(ctx, []string{"build", in, "-o", out, "--only", "xlsx"}, strings.NewReader(""), &stdout, &stderr)
	cancel()
	if code != exitInterrupted {
		t.Errorf("exit %d, want %d: %s", code, exitInterrupted, stderr.String())
	}
	if !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("stderr: %s", stderr.String())
	}
	check()
}

// SIGINT and SIGTERM to the real command: exit 130, nothing left behind.
func TestSignalledBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "annualstat")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	data := filepath.Join(t.TempDir(), "big.csv")
	f, _ := os.Create(data)
	if err := synthetic.WriteLongCSV(f, synthetic.Options{Indicators: 40000, Years: 3}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			tmp, out, check := cleanDirs(t)
			cmd := exec.Command(bin, "build", data, "-o", out, "--only", "xlsx")
			cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(30 * time.Second)
			for time.Now().Before(deadline) {
				ents, _ := os.ReadDir(out)
				if len(ents) > 0 {
					break
				}
				time.Sleep(time.Millisecond)
			}
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			if code := cmd.ProcessState.ExitCode(); code != exitInterrupted {
				t.Errorf("exit %d (%v), want %d: %s", code, err, exitInterrupted, stderr.String())
			}
			check()
		})
	}
}

// Without a Chinese font, build writes the workbook, prints one line on
// what it skipped and how to fix it, and exits 3; with --font naming a
// font it builds everything.
func TestBuildWithoutFontExitsThree(t *testing.T) {
	old := systemFonts
	systemFonts = font.Options{Roots: []string{t.TempDir()}, Getenv: func(string) string { return "" }}
	defer func() { systemFonts = old }()
	_, out, _ := cleanDirs(t)
	code, stdout, errs := runCLI(t, "build", sample, "-o", out)
	if code != exitPartial {
		t.Fatalf("exit %d, want %d: %s", code, exitPartial, errs)
	}
	if strings.TrimSpace(stdout) != filepath.Join(out, "sample-2022.xlsx") {
		t.Errorf("stdout %q, want the workbook only", stdout)
	}
	ents, _ := os.ReadDir(out)
	if len(ents) != 1 || ents[0].Name() != "sample-2022.xlsx" {
		t.Errorf("output directory holds %v", ents)
	}
	var notes []string
	for _, l := range strings.Split(strings.TrimSpace(errs), "\n") {
		if strings.Contains(l, "--font PATH") {
			notes = append(notes, l)
		}
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "未找到中文字体") || !strings.Contains(notes[0], "fonts-noto-cjk") {
		t.Errorf("want one line naming both fixes, got %q in:\n%s", notes, errs)
	}
	if strings.Contains(errs, "raster") || len(errs) > 600 {
		t.Errorf("stderr is not short: %d bytes:\n%s", len(errs), errs)
	}

	// Only outputs that need a font, and none exists: nothing built, exit 1.
	_, out2, check := cleanDirs(t)
	code, _, errs = runCLI(t, "build", sample, "-o", out2, "--only", "png")
	if code != exitFailed || strings.Count(errs, "未找到中文字体") != 1 || len(errs) > 600 {
		t.Errorf("--only png without a font: exit %d, want %d, and one short line on what to do:\n%s", code, exitFailed, errs)
	}
	check()
}
