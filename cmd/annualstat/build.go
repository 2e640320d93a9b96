package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report"
	"github.com/annualstat/annualstat/report/docx"
	"github.com/annualstat/annualstat/report/font"
)

func cmdBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("build",
		"annualstat build FILE... -o DIR [--title T] [--org NAME] [--year Y] [--prev Y] [--precision N] [--only xlsx,pdf,docx,png,svg] [--reference-docx FILE] [--font PATH] [--dpi N] [--landscape] [--pdf-max-rows N] [--date YYYY-MM-DD] [--include-checks] [-j N]",
		"annualstat build testdata/sample-2022.csv -o out --org 湛江经开区 --only xlsx,pdf", stderr)
	outDir := fs.String("o", "", "output `directory` (required); created if missing")
	title := fs.String("title", "", "document `title` (default: from the data, or \"<org><year>年统计附录\")")
	org := fs.String("org", "", "reporting body `name` printed in the PDF header and workbook properties")
	source := fs.String("source", "", "data source `note` printed under charts and in the PDF")
	year := fs.Int("year", 0, "current `year` (default: the latest year in each file)")
	prev := fs.Int("prev", 0, "comparison `year` (default: the latest year before --year)")
	precision := fs.Int("precision", analysis.DefaultPrecision, "`decimals` shown for growth and percentage points")
	var only listFlag
	fs.Var(&only, "only", "comma-separated `outputs` to write: xlsx, pdf, docx, png, svg (default: xlsx,pdf,docx,png)")
	refDocx := fs.String("reference-docx", "", "Word `template` (.docx) whose styles and page setup the .docx output takes (as pandoc's --reference-doc)")
	dpi := fs.Int("dpi", 0, "`resolution` of the PNG charts (default 96: 800×500 pixels; 192 for high-DPI screens)")
	fontPath := fs.String("font", "", "CJK font `file` (.ttf/.ttc; face index as PATH#N); default: $ANNUALSTAT_FONT, then system fonts")
	landscape := fs.Bool("landscape", false, "PDF in A4 landscape")
	pdfMax := fs.Int("pdf-max-rows", 0, "cap on the `rows` of the PDF's and the Word document's table and narrative (0: all; the workbook always has every row)")
	dateFlag := fs.String("date", "", "`date` of issue printed in the signature and stamped on the files, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else today); the same inputs and date give byte-identical files")
	includeChecks := fs.Bool("include-checks", false, "print the check report in the appendix PDF too (it is always written as NAME-核查.pdf)")
	encoding := addEncodingFlag(fs)
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "number of inputs built in `parallel`")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 || *outDir == "" {
		fs.Usage()
		return usageError{fmt.Errorf("build: want at least one input file and -o DIR")}
	}
	if *precision < 0 || *precision > 6 {
		return usageError{fmt.Errorf("build: --precision %d: want 0 to 6", *precision)}
	}
	if *dpi < 0 || *dpi > 600 {
		return usageError{fmt.Errorf("build: --dpi %d: want 1 to 600", *dpi)}
	}
	date, err := issueDate(*dateFlag, os.Getenv("SOURCE_DATE_EPOCH"), time.Now())
	if err != nil {
		return usageError{err}
	}
	outs, err := report.ParseOutputs(only)
	if err != nil {
		return usageError{fmt.Errorf("build: --only: %w", err)}
	}
	var ref *docx.Reference
	if *refDocx != "" {
		if ref, err = docx.ReadReference(*refDocx); err != nil {
			return usageError{fmt.Errorf("build: --reference-docx: %w", err)}
		}
	}
	fopt, err := fontOption(*fontPath)
	if err != nil {
		return usageError{err}
	}
	// Outputs are named after their inputs: two inputs with one name would
	// overwrite each other.
	names := map[string]string{}
	for _, p := range pos {
		n := outputName(p)
		if other, dup := names[n]; dup {
			return usageError{fmt.Errorf("build: %s and %s would both write %s.*", other, p, n)}
		}
		names[n] = p
	}

	opt := report.BuildOptions{
		Title: *title, Org: *org, Source: *source, Date: date, Outputs: outs, Font: fopt,
		Landscape: *landscape, PDFMaxRows: *pdfMax, ChartDPI: *dpi, ReferenceDocx: ref, IncludeChecks: *includeChecks,
	}
	aopt := analysis.Options{Year: *year, PreviousYear: *prev, Precision: precisionOption(*precision)}
	prog := newProgress(stderr, len(pos))
	results := make([]buildResult, len(pos))
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < max(1, min(*jobs, len(pos))); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				results[i] = buildOne(ctx, pos[i], *outDir, inputOptions{year: *year, encoding: *encoding}, aopt, opt)
				prog.done(results[i])
			}
		}()
	}
	for i := range pos {
		work <- i
	}
	close(work)
	wg.Wait()
	prog.finish()

	failed := 0
	var skipped report.Outputs
	for _, r := range results {
		skipped |= r.skipped
		if r.err != nil {
			failed++
			continue
		}
		for _, f := range r.files {
			fmt.Fprintln(stdout, f)
		}
	}
	fmt.Fprintf(stderr, "built %d of %d input(s) into %s", len(pos)-failed, len(pos), *outDir)
	if failed > 0 {
		fmt.Fprintf(stderr, "; %d failed", failed)
	}
	fmt.Fprintln(stderr)
	if skipped != 0 {
		fmt.Fprintln(stderr, noFontLine(skipped))
	}
	switch {
	case failed > 0:
		return errFailed
	case skipped != 0:
		return errPartial
	}
	return nil
}

// noFontLine is the one line, in Chinese and English, that says which
// outputs were skipped for want of a Chinese font and the two ways to get
// them.
func noFontLine(skipped report.Outputs) string {
	return fmt.Sprintf("未找到中文字体，未生成 %[1]s；请用 --font PATH 指定字体，或安装 fonts-noto-cjk（apt-get install fonts-noto-cjk）。"+
		" No Chinese font: skipped %[1]s; use --font PATH or apt-get install fonts-noto-cjk.", skipped)
}

// issueDate is the date of issue: --date as YYYY-MM-DD, else
// SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
// convention), else today's date in local time. Only the day counts: the
// result is midnight UTC of that day.
func issueDate(flag, epoch string, now time.Time) (time.Time, error) {
	day := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }
	if flag != "" {
		t, err := time.Parse("2006-01-02", flag)
		if err != nil {
			return time.Time{}, fmt.Errorf("build: --date %q: want a date such as 2023-02-22", flag)
		}
		return t, nil
	}
	if epoch != "" {
		n, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil || n < 0 {
			return time.Time{}, fmt.Errorf("build: SOURCE_DATE_EPOCH=%q: want seconds since 1970-01-01", epoch)
		}
		return day(time.Unix(n, 0).UTC()), nil
	}
	return day(now), nil
}

// systemFonts is the font search without --font: $ANNUALSTAT_FONT, then
// the system's font directories. Tests point it elsewhere.
var systemFonts font.Options

// fontOption reads --font PATH or PATH#INDEX.
func fontOption(s string) (font.Options, error) {
	if s == "" {
		return systemFonts, nil
	}
	path, idx := s, 0
	if i := strings.LastIndexByte(s, '#'); i > 0 {
		if _, err := fmt.Sscanf(s[i+1:], "%d", &idx); err == nil {
			path = s[:i]
		}
	}
	if _, err := os.Stat(path); err != nil {
		return font.Options{}, fmt.Errorf("build: --font: %w", err)
	}
	return font.Options{Path: path, Index: idx}, nil
}

func outputName(input string) string {
	base := filepath.Base(input)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

type buildResult struct {
	input    string
	files    []string
	skipped  report.Outputs // outputs not written for want of a font
	findings int
	errors   int
	elapsed  time.Duration
	err      error
}

func buildOne(ctx context.Context, input, dir string, in inputOptions, aopt analysis.Options, opt report.BuildOptions) buildResult {
	start := time.Now()
	r := buildResult{input: input}
	d, err := loadInput(input, in)
	if err != nil {
		r.err = err
		return r
	}
	opt.Name = outputName(input)
	res, err := report.BuildDir(ctx, d, dir, aopt, opt)
	r.elapsed = time.Since(start)
	if err != nil && res != nil && res.Skipped != 0 {
		// No font: the outputs that need none are written (partly built),
		// and the one line cmdBuild prints says what to do.
		r.skipped = res.Skipped
		err = nil
		if len(res.Files) == 0 {
			err = fmt.Errorf("no Chinese font for %s, nothing else to write", res.Skipped)
		}
	}
	if err != nil {
		r.err = fmt.Errorf("%s: %w", input, err)
		return r
	}
	r.files = res.Files
	r.findings = len(res.Findings)
	for _, f := range res.Findings {
		if f.Severity == analysis.Error {
			r.errors++
		}
	}
	return r
}

// progress reports each finished input on its own line; on a terminal it
// also keeps a bar on the last line.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	total int
	n     int
}

func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = true
		p.bar()
	}
	return p
}

func (p *progress) done(r buildResult) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	if p.tty {
		fmt.Fprint(p.w, "\r\033[K")
	}
	if r.err != nil {
		fmt.Fprintf(p.w, "[%d/%d] FAILED %v\n", p.n, p.total, r.err)
	} else {
		note := ""
		if r.errors > 0 {
			note = fmt.Sprintf(", %d check error(s): see the findings (annualstat check %s)", r.errors, r.input)
		}
		if r.skipped != 0 {
			note += fmt.Sprintf(", %s skipped (no font)", r.skipped)
		}
		fmt.Fprintf(p.w, "[%d/%d] %s: %d file(s) in %v%s\n", p.n, p.total, r.input, len(r.files), r.elapsed.Round(time.Millisecond), note)
	}
	if p.tty {
		p.bar()
	}
}

func (p *progress) bar() {
	const width = 30
	filled := width * p.n / max(p.total, 1)
	fmt.Fprintf(p.w, "[%s%s] %d/%d", strings.Repeat("█", filled), strings.Repeat("░", width-filled), p.n, p.total)
}

func (p *progress) finish() {
	if p.tty {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
