// Command annualstat turns a year's statistics into a statistical appendix:
// the year-over-year table, consistency checks, charts, an Excel workbook and
// a PDF summary.
//
// Usage:
//
//	annualstat analyze FILE [--year Y] [--prev Y] [--format table|csv|json] [--precision N]
//	annualstat check   FILE [--year Y] [--only-year Y] [--format text|json]
//	annualstat extract FILE [--format csv|json] [--year Y] [--derive=false]
//	annualstat build   FILE... -o DIR [--only xlsx,pdf,docx,png,svg] [--font PATH] [...]
//	annualstat xxgk    template|check|build|cells ...
//	annualstat version
//
// Every command takes --encoding and --help; the README lists every flag.
//
// Exit status: 0 on success; 1 when check finds an error or a build fails;
// 2 on bad input or usage; 3 when a build was partly done: the outputs that
// need no font (the workbook) were written, those that need a Chinese font
// (PDF, charts) were skipped because none is installed; 130 when
// interrupted (SIGINT, SIGTERM), with no partial output left.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/annualstat/annualstat/internal/atomicfile"
)

// version is set at link time (-ldflags "-X main.version=…"); otherwise the
// module version recorded by `go install` is used.
var version = ""

// The command sets no memory limit of its own (GOMEMLIMIT and GOGC work
// as for any Go program). A fixed soft limit below the live data of a
// large build is not soft: the collector then runs all the time, and a
// 200,000-indicator build, whose tables alone are over 300 MB, took twice
// as long under the 240 MB limit this used to set.

func main() {
	ctx, stop := interruptible(os.Stderr)
	code := runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// gracePeriod is how long an interrupted command may take to stop its
// writes (each removes its temporary file) before it is made to exit.
const gracePeriod = 5 * time.Second

// interruptible returns a context cancelled by the first SIGINT or
// SIGTERM, so that a build stops, removes what it wrote and exits 130. A
// second signal, or the grace period running out, removes the temporary
// files of the writes still in progress and exits 130 at once.
func interruptible(stderr io.Writer) (context.Context, func()) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	again := make(chan os.Signal, 1)
	done := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
		case <-done:
			return
		}
		signal.Notify(again, os.Interrupt, syscall.SIGTERM)
		select {
		case <-again:
		case <-time.After(gracePeriod):
		case <-done:
			return
		}
		atomicfile.RemoveTemps()
		fmt.Fprintln(stderr, "annualstat: interrupted")
		os.Exit(exitInterrupted)
	}()
	return ctx, func() { close(done); stop() }
}

// exit codes
const (
	exitOK      = 0
	exitFailed  = 1 // check found errors; a build failed
	exitBadUse  = 2 // bad input, bad flags
	exitPartial = 3 // built without the outputs that need a font

	exitInterrupted = 130 // SIGINT or SIGTERM, as shells report 128+SIGINT
)

// usageError marks errors that are the caller's: exit code 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// errFailed is returned when the command ran but found errors (exit 1).
var errFailed = errors.New("failed")

// errPartial is returned when build wrote what needs no font and skipped
// the rest (exit 3).
var errPartial = errors.New("partly built")

const topUsage = `annualstat turns a year's statistics into a statistical appendix.

Usage:
  annualstat <command> [arguments]

Commands:
  analyze   print the year-over-year table of a dataset
  check     run the consistency checks (exit 1 on an error)
  extract   read indicators out of a Chinese report (.txt .md .html .docx .pdf .xlsx)
  build     write the appendix: workbook, PDF and charts
  xxgk      政府信息公开工作年度报告 — template, check, build
  version   print the version

Inputs: long or wide CSV (UTF-8 or GB18030), XLSX, annualstat JSON, or a
report read by the extractor: text (.txt, .md), a web page (.html, .htm), a
Word file (.docx) or a PDF file (.pdf, needs pdftotext from poppler-utils);
extract also reads an XLSX workbook's sheets as tables. Word 97-2003 (.doc),
Excel 97-2003 (.xls) and OpenDocument files are refused: save them as .docx
or .xlsx.

Run 'annualstat <command> --help' for a command's flags and an example.
Example:
  annualstat build testdata/sample-2022.csv -o out
`

// run is runContext without cancellation.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext runs the command of args; cancelling ctx (an interrupt) stops
// a build, which removes what it wrote, and gives exit status 130.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, topUsage)
		return exitBadUse
	}
	var err error
	switch cmd := args[0]; cmd {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, topUsage)
		return exitOK
	case "-version", "--version", "version":
		fmt.Fprintln(stdout, "annualstat", versionString())
		return exitOK
	case "analyze":
		err = cmdAnalyze(args[1:], stdout, stderr)
	case "check":
		err = cmdCheck(args[1:], stdout, stderr)
	case "extract":
		err = cmdExtract(args[1:], stdout, stderr)
	case "build":
		err = cmdBuild(ctx, args[1:], stdout, stderr)
	case "xxgk":
		err = cmdXXGK(ctx, args[1:], stdout, stderr)
	default:
		fmt.Fprintf(stderr, "annualstat: unknown command %q\n\n%s", cmd, topUsage)
		return exitBadUse
	}
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "annualstat: interrupted; no partial output left")
		return exitInterrupted
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errHelp):
		return exitOK
	case errors.Is(err, errFailed):
		return exitFailed
	case errors.Is(err, errPartial):
		return exitPartial
	default:
		fmt.Fprintln(stderr, "annualstat:", err)
		return exitBadUse
	}
}

// versionString is the version set at link time, or else what the build
// info records: the module version (a tag, or the pseudo-version Go
// derives from the commit) and the VCS revision, its time and whether the
// tree had uncommitted changes, e.g.
// "v0.0.0-20261202182000-b6867b1a2c3d (revision b6867b1a2c3d, 2026-12-02T18:20:00Z)".
// It is "devel" when the binary records neither (go run).
func versionString() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	return buildVersion(bi)
}

// buildVersion formats the version of bi; see versionString.
func buildVersion(bi *debug.BuildInfo) string {
	v := bi.Main.Version
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	var rev, at string
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev == "" {
		return v
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	detail := "revision " + rev
	if at != "" {
		detail += ", " + at
	}
	if modified {
		detail += ", modified"
	}
	return v + " (" + detail + ")"
}
