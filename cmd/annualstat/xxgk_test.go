package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const xxgkData = "../../analysis/xxgk/testdata/"

func TestXXGKCheckExitCodes(t *testing.T) {
	// 洪泽 2023: two H4 errors → 1
	code, out, _ := runCLI(t, "xxgk", "check", xxgkData+"hongze-2023.txt")
	if code != exitFailed || !strings.Contains(out, "10+1+0+0=11") || !strings.Contains(out, "2个错误") {
		t.Errorf("hongze 2023: code %d\n%s", code, out)
	}
	// 洪泽 2024 with 2023: one X3 warning → 0
	code, out, _ = runCLI(t, "xxgk", "check", xxgkData+"hongze-2024.txt", "--prev", xxgkData+"hongze-2023.txt")
	if code != exitOK || !strings.Contains(out, "0个错误，1个警告") {
		t.Errorf("hongze 2024: code %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, "xxgk", "check", xxgkData+"huaian-2024.txt", "--format", "json")
	if code != exitOK || strings.TrimSpace(out) != "[]" {
		t.Errorf("huaian json: code %d %q", code, out)
	}
	// bad input → 2, with the file named
	bad := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(bad, []byte("（七）总计 | 5 | x | | | | | 5\n"), 0o644)
	code, _, errs := runCLI(t, "xxgk", "check", bad)
	if code != exitBadUse || !strings.Contains(errs, "bad.txt:1") || !strings.Contains(errs, "“x”不是数字") {
		t.Errorf("bad cell: code %d %q", code, errs)
	}
	empty := filepath.Join(t.TempDir(), "empty.txt")
	os.WriteFile(empty, []byte("没有表格的文字。\n"), 0o644)
	if code, _, errs := runCLI(t, "xxgk", "check", empty); code != exitBadUse || !strings.Contains(errs, "found none of the tables") {
		t.Errorf("no tables: code %d %q", code, errs)
	}
	if code, _, _ := runCLI(t, "xxgk", "nosuch"); code != exitBadUse {
		t.Errorf("unknown subcommand: %d", code)
	}
}

// template → fill (by the long CSV here) → build: the files are written,
// and the template checks clean.
func TestXXGKTemplateAndBuild(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "2024年报表.xlsx")
	if code, _, errs := runCLI(t, "xxgk", "template", "-o", book, "--org", "某某区人民政府", "--year", "2024"); code != exitOK {
		t.Fatalf("template: %d %s", code, errs)
	}
	if code, out, _ := runCLI(t, "xxgk", "check", book); code != exitOK || !strings.Contains(out, "0个错误，0个警告") {
		t.Errorf("blank template check: %d\n%s", code, out)
	}
	out := filepath.Join(dir, "out")
	code, stdout, errs := runCLI(t, "xxgk", "build", xxgkData+"hongze-2024.txt", "--prev", xxgkData+"hongze-2023.txt",
		"-o", out, "--only", "xlsx,docx", "--date", "2025-01-20")
	if code != exitOK {
		t.Fatalf("build: %d %s", code, errs)
	}
	for _, name := range []string{"xxgk.xlsx", "xxgk.docx", "xxgk-校验报告.txt"} {
		if !strings.Contains(stdout, name) {
			t.Errorf("%s not reported in %q", name, stdout)
		}
		if fi, err := os.Stat(filepath.Join(out, name)); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
	report, _ := os.ReadFile(filepath.Join(out, "xxgk-校验报告.txt"))
	if !strings.Contains(string(report), "受理政府信息公开申请17件") {
		t.Errorf("check report:\n%s", report)
	}
	// the workbook built reads back through check
	if code, out, _ := runCLI(t, "xxgk", "check", filepath.Join(out, "xxgk.xlsx")); code != exitOK || !strings.Contains(out, "0个错误") {
		t.Errorf("check of the built workbook: %d\n%s", code, out)
	}
}

// A Word file an office saved as a web page with LibreOffice reads back
// with all three tables (xxgk's own row reader takes over where the
// document reader finds fewer cells).
func TestXXGKWebPageFromWord(t *testing.T) {
	soffice := requireTool(t, "soffice")
	dir := t.TempDir()
	if code, _, errs := runCLI(t, "xxgk", "build", xxgkData+"huaian-2024.txt", "-o", dir, "--only", "docx"); code != exitOK {
		t.Fatalf("build: %s", errs)
	}
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "html", "--outdir", dir, filepath.Join(dir, "xxgk.docx"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	code, got, errs := runCLI(t, "xxgk", "cells", filepath.Join(dir, "xxgk.html"))
	if code != exitOK {
		t.Fatalf("cells: %s", errs)
	}
	_, want, _ := runCLI(t, "xxgk", "cells", xxgkData+"huaian-2024.txt")
	if got != want {
		t.Errorf("cells of the web page differ from the source:\n%s\nwant\n%s", got, want)
	}
}
