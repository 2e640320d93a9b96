package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/doc"
	"github.com/annualstat/annualstat/analysis/ingest"
	"github.com/annualstat/annualstat/analysis/xxgk"
	"github.com/annualstat/annualstat/internal/atomicfile"
	"github.com/annualstat/annualstat/report"
	"github.com/annualstat/annualstat/report/font"
	rxxgk "github.com/annualstat/annualstat/report/xxgk"
)

const xxgkUsage = `annualstat xxgk: the statistics of a 政府信息公开工作年度报告 (national template).

Usage:
  annualstat xxgk template -o FILE.xlsx [--format 2021|2019] [--org NAME] [--year Y]
  annualstat xxgk check FILE [--prev FILE] [--format text|json]
  annualstat xxgk cells FILE      print the cells as read (the long CSV layout)
  annualstat xxgk build FILE [--prev FILE] -o DIR [--only xlsx,pdf,docx] [--font PATH] [--date YYYY-MM-DD]

FILE: the template filled in (.xlsx), an office's workbook or Word document
in the official layout (.xlsx, .docx), a CSV (cell,value rows or the tables),
or a published report as text, a web page or a PDF (.txt, .md, .html, .pdf).
check exits 1 when a table contradicts itself (H1–H5), 2 on bad input.
`

// cmdXXGK runs the xxgk subcommands.
func cmdXXGK(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, xxgkUsage)
		return usageError{fmt.Errorf("xxgk: want a subcommand: template, check, cells or build")}
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, xxgkUsage)
		return errHelp
	case "template":
		return cmdXXGKTemplate(ctx, args[1:], stderr)
	case "check":
		return cmdXXGKCheck(args[1:], stdout, stderr)
	case "build":
		return cmdXXGKBuild(ctx, args[1:], stdout, stderr)
	case "cells":
		return cmdXXGKCells(args[1:], stdout, stderr)
	}
	fmt.Fprint(stderr, xxgkUsage)
	return usageError{fmt.Errorf("xxgk: unknown subcommand %q", args[0])}
}

func parseFormat(s string) (xxgk.Format, error) {
	switch s {
	case "2021", "":
		return xxgk.Format2021, nil
	case "2019":
		return xxgk.Format2019, nil
	}
	return 0, usageError{fmt.Errorf("--format %q: want 2021 or 2019", s)}
}

func cmdXXGKTemplate(ctx context.Context, args []string, stderr io.Writer) error {
	fs := newFlagSet("xxgk template", "annualstat xxgk template -o FILE.xlsx [--format 2021|2019] [--org NAME] [--year Y]",
		"annualstat xxgk template -o 2024年报表.xlsx --org 某某区人民政府 --year 2024", stderr)
	out := fs.String("o", "", "the workbook to write (`FILE`.xlsx)")
	format := fs.String("format", "2021", "the template's `edition`: 2021（国办公开办函〔2021〕30号）or 2019")
	org := fs.String("org", "", "the reporting body, printed on the 说明 sheet")
	year := fs.Int("year", 0, "the `year` reported on")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 || *out == "" {
		fs.Usage()
		return usageError{fmt.Errorf("xxgk template: want -o FILE.xlsx and no other argument")}
	}
	f, err := parseFormat(*format)
	if err != nil {
		return err
	}
	return rxxgk.WriteTemplate(ctx, *out, rxxgk.Template{T2Format: f, T3Format: f, Body: *org, Year: *year})
}

// loadXXGK reads a report by its file name's extension.
func loadXXGK(path, encoding string) (*xxgk.Report, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rep *xxgk.Report
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm":
		rep, err = rxxgk.ReadWorkbook(bytes.NewReader(b), path)
	case ".docx":
		rep, err = xxgk.ReadDOCX(bytes.NewReader(b), int64(len(b)), path)
	case ".pdf":
		var d *doc.Document
		if d, err = ingest.LoadDocument(path, ingest.Options{Encoding: encoding}); err == nil {
			rep, err = xxgk.ReadDocument(d)
		}
	case ".html", ".htm":
		// Two readers of a web page: ingest's document model, and xxgk's
		// own rows of <tr>/<td>; the one that finds more cells is used
		// (pages exported by office suites lose tables in one or the other).
		var d *doc.Document
		var viaDoc, viaText *xxgk.Report
		var errDoc, errText error
		if d, errDoc = ingest.LoadDocument(path, ingest.Options{Encoding: encoding}); errDoc == nil {
			viaDoc, errDoc = xxgk.ReadDocument(d)
		}
		var text []byte
		if text, errText = ingest.ReadText(bytes.NewReader(b), ingest.Options{Name: path, Encoding: encoding}); errText == nil {
			viaText, errText = xxgk.ReadText(bytes.NewReader(text), path)
		}
		switch {
		case errDoc == nil && (errText != nil || cellCount(viaDoc) >= cellCount(viaText)):
			rep = viaDoc
		case errText == nil:
			rep = viaText
		default:
			err = errDoc
		}
	case ".csv":
		var text []byte
		if text, err = ingest.ReadText(bytes.NewReader(b), ingest.Options{Name: path, Encoding: encoding}); err == nil {
			rep, err = xxgk.ReadCSV(bytes.NewReader(text), path)
		}
	default:
		var text []byte
		if text, err = ingest.ReadText(bytes.NewReader(b), ingest.Options{Name: path, Encoding: encoding}); err == nil {
			rep, err = xxgk.ReadText(bytes.NewReader(text), path)
		}
	}
	if err != nil {
		return nil, err
	}
	if !rep.Has(xxgk.T2) && !rep.Has(xxgk.T3) && !rep.Has(xxgk.T4) {
		return nil, fmt.Errorf("%s: found none of the tables (表二、表三、表四): no row had a label of the template", path)
	}
	return rep, nil
}

func loadPair(file, prevFile, encoding string) (rep, prev *xxgk.Report, err error) {
	if rep, err = loadXXGK(file, encoding); err != nil {
		return nil, nil, usageError{err}
	}
	if prevFile != "" {
		if prev, err = loadXXGK(prevFile, encoding); err != nil {
			return nil, nil, usageError{fmt.Errorf("--prev: %w", err)}
		}
	}
	return rep, prev, nil
}

func cmdXXGKCheck(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("xxgk check", "annualstat xxgk check FILE [--prev FILE] [--format text|json]",
		"annualstat xxgk check 2024年报表.xlsx --prev 2023年报告.txt", stderr)
	prevFile := fs.String("prev", "", "last year's report of the same body and scope (`FILE`), for X1, X2, X5")
	format := fs.String("format", "text", "output `format`: text (the check report) or json")
	encoding := addEncodingFlag(fs)
	file, err := parseOneFile(fs, args, "report file")
	if err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usageError{fmt.Errorf("xxgk check: --format %q: want text or json", *format)}
	}
	rep, prev, err := loadPair(file, *prevFile, *encoding)
	if err != nil {
		return err
	}
	findings := xxgk.Check(rep, prev)
	if *format == "json" {
		err = report.WriteFindingsJSON(stdout, findings)
	} else {
		err = rxxgk.WriteCheckReport(stdout, rep, prev, findings)
	}
	if err != nil {
		return err
	}
	if analysis.HasErrors(findings) {
		return errFailed
	}
	return nil
}

// Output files of xxgk build.
const (
	xxgkBookName  = "xxgk.xlsx"
	xxgkPDFName   = "xxgk.pdf"
	xxgkDOCXName  = "xxgk.docx"
	xxgkCheckName = "xxgk-校验报告.txt"
)

func cmdXXGKBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("xxgk build", "annualstat xxgk build FILE [--prev FILE] -o DIR [--only xlsx,pdf,docx] [--font PATH] [--date YYYY-MM-DD]",
		"annualstat xxgk build 2024年报表.xlsx --prev 2023年报表.xlsx -o out", stderr)
	prevFile := fs.String("prev", "", "last year's report of the same body and scope (`FILE`)")
	outDir := fs.String("o", "", "output `DIR`ectory")
	var only listFlag
	fs.Var(&only, "only", "write only these `outputs`: xlsx, pdf, docx (the check report is always written)")
	fontPath := fs.String("font", "", "the CJK font `file` for the PDF (default: ANNUALSTAT_FONT or a system font)")
	dateText := fs.String("date", "", "the signature `date` (YYYY-MM-DD); default: none, so the files depend only on the input")
	org := fs.String("org", "", "the reporting body (default: read from the input)")
	year := fs.Int("year", 0, "the `year` reported on (default: read from the input)")
	encoding := addEncodingFlag(fs)
	file, err := parseOneFile(fs, args, "report file")
	if err != nil {
		return err
	}
	if *outDir == "" {
		fs.Usage()
		return usageError{fmt.Errorf("xxgk build: want -o DIR")}
	}
	want := map[string]bool{"xlsx": true, "pdf": true, "docx": true}
	if len(only) > 0 {
		want = map[string]bool{}
		for _, o := range only {
			if o != "xlsx" && o != "pdf" && o != "docx" {
				return usageError{fmt.Errorf("xxgk build: --only %q: want xlsx, pdf or docx", o)}
			}
			want[o] = true
		}
	}
	var date time.Time
	if *dateText != "" {
		if date, err = time.Parse("2006-01-02", *dateText); err != nil {
			return usageError{fmt.Errorf("xxgk build: --date %q: want YYYY-MM-DD", *dateText)}
		}
	}
	rep, prev, err := loadPair(file, *prevFile, *encoding)
	if err != nil {
		return err
	}
	if *org != "" {
		rep.Body = *org
	}
	if *year != 0 {
		rep.Year = *year
	}
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		return err
	}
	findings := xxgk.Check(rep, prev)
	var cmp *xxgk.Comparison
	if prev != nil {
		cmp = xxgk.Compare(rep, prev, 2)
	}
	var check bytes.Buffer
	if err := rxxgk.WriteCheckReport(&check, rep, prev, findings); err != nil {
		return err
	}
	written := []string{}
	put := func(name string, err error) error {
		if err != nil {
			return fmt.Errorf("xxgk build: %s: %w", name, err)
		}
		written = append(written, filepath.Join(*outDir, name))
		return nil
	}
	if err := put(xxgkCheckName, atomicfile.WriteBytes(ctx, filepath.Join(*outDir, xxgkCheckName), check.Bytes())); err != nil {
		return err
	}
	if want["xlsx"] {
		if err := put(xxgkBookName, rxxgk.WriteWorkbook(ctx, filepath.Join(*outDir, xxgkBookName), rep, cmp, findings)); err != nil {
			return err
		}
	}
	opt := rxxgk.Options{Date: date}
	if want["docx"] {
		if err := put(xxgkDOCXName, rxxgk.WriteDOCX(ctx, filepath.Join(*outDir, xxgkDOCXName), rep, cmp, opt)); err != nil {
			return err
		}
	}
	if want["pdf"] {
		f, err := font.Resolve(font.Options{Path: *fontPath}, font.PDF)
		if err != nil {
			return fmt.Errorf("xxgk build: PDF: %w", err)
		}
		opt.Font = f
		if err := put(xxgkPDFName, rxxgk.WritePDF(ctx, filepath.Join(*outDir, xxgkPDFName), rep, cmp, opt)); err != nil {
			return err
		}
	}
	for _, w := range written {
		fmt.Fprintln(stdout, w)
	}
	nErr := 0
	for _, f := range findings {
		if f.Severity == analysis.Error {
			nErr++
		}
	}
	if nErr > 0 {
		fmt.Fprintf(stderr, "annualstat xxgk build: %d个错误，见 %s\n", nErr, filepath.Join(*outDir, xxgkCheckName))
	}
	return nil
}

// cmdXXGKCells prints the cells read from a file in the long CSV layout,
// which xxgk check and build read back: to see what was read, or to
// convert a published report into a file to correct and check.
func cmdXXGKCells(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("xxgk cells", "annualstat xxgk cells FILE",
		"annualstat xxgk cells 2024年报告.txt > 2024.csv", stderr)
	encoding := addEncodingFlag(fs)
	file, err := parseOneFile(fs, args, "report file")
	if err != nil {
		return err
	}
	rep, err := loadXXGK(file, *encoding)
	if err != nil {
		return usageError{err}
	}
	return xxgk.WriteCSV(stdout, rep)
}

// cellCount is how many cells of the three tables a report has.
func cellCount(r *xxgk.Report) int { return len(r.T2) + len(r.T3) + len(r.T4) }
