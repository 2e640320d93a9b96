package main

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/report/present"
)

// Every text a sample build writes is in Chinese punctuation where it is
// next to Chinese (SPEC §10): the appendix PDF and the check report PDF
// (pdftotext), every cell of the workbook, and every paragraph of the Word
// file. present.Mispunctuated flags an ASCII , : ; ( ) beside a Chinese
// character.
func TestBuildOutputsPunctuated(t *testing.T) {
	pdftotext := requireTool(t, "pdftotext")
	dir := t.TempDir()
	// The source note is given with ASCII brackets, as a user would type it.
	code, _, errs := runCLI(t, "build", sample, "-o", dir, "--org", "湛江经济技术开发区",
		"--source", "湛江经开区法治政府建设年度报告(2022)", "--date", "2023-02-22")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	check := func(where, s string) {
		t.Helper()
		if bad := present.Mispunctuated(s); bad != nil {
			t.Errorf("%s: ASCII punctuation next to Chinese %q in %q", where, bad, s)
		}
	}
	for _, name := range []string{"sample-2022.pdf", "sample-2022-核查.pdf"} {
		out, err := exec.Command(pdftotext, "-raw", filepath.Join(dir, name), "-").Output()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(string(out), "湛江经济技术开发区") {
			t.Errorf("%s: no text came back", name)
		}
		for _, line := range strings.Split(string(out), "\n") {
			check(name, line)
		}
	}

	wb, err := excelize.OpenFile(filepath.Join(dir, "sample-2022.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	cells := 0
	for _, sh := range wb.GetSheetList() {
		rows, err := wb.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			for _, c := range r {
				cells++
				check("workbook sheet "+sh, c)
			}
		}
	}
	if cells < 100 {
		t.Errorf("workbook: only %d cells read", cells)
	}

	paras := docxParagraphs(t, filepath.Join(dir, "sample-2022.docx"))
	if len(paras) < 10 {
		t.Errorf("docx: only %d paragraphs", len(paras))
	}
	joined := strings.Join(paras, "\n")
	for _, p := range paras {
		check("docx", p)
	}
	if !strings.Contains(joined, "资料来源：湛江经开区法治政府建设年度报告（2022）") {
		t.Errorf("docx lacks the source note in Chinese punctuation")
	}
}

// docxParagraphs returns the text of each paragraph of a Word file's
// word/document.xml: its w:t runs joined.
func docxParagraphs(t *testing.T, path string) []string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	f, err := zr.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := xml.NewDecoder(f)
	var paras []string
	var cur strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			inText = e.Name.Local == "t"
		case xml.EndElement:
			inText = false
			if e.Name.Local == "p" {
				paras = append(paras, cur.String())
				cur.Reset()
			}
		case xml.CharData:
			if inText {
				cur.Write(e)
			}
		}
	}
	return paras
}

// The usage texts mix English and Chinese; where Chinese stands beside
// punctuation, the punctuation is full-width.
func TestUsagePunctuated(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"analyze", "--help"}, {"check", "--help"}, {"extract", "--help"},
		{"build", "--help"}, {"xxgk", "--help"}, {"xxgk", "template", "--help"}, {"xxgk", "check", "--help"}} {
		_, out, errs := runCLI(t, args...)
		if !strings.Contains(out+errs, "annualstat") {
			t.Errorf("%v: no usage printed", args)
		}
		for _, line := range strings.Split(out+errs, "\n") {
			if bad := present.Mispunctuated(line); bad != nil {
				t.Errorf("%v: ASCII punctuation next to Chinese %q in %q", args, bad, line)
			}
		}
	}
}
