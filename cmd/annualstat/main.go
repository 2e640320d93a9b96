// Command annualstat turns a year's statistics into a statistical appendix:
// the year-over-year table, consistency checks, charts, an Excel workbook and
// a PDF summary.
//
// Usage:
//
//	annualstat analyze FILE [--year Y] [--format table|csv|json] [--precision N]
//	annualstat check   FILE [--year Y] [--format text|json]
//	annualstat extract FILE [--format csv|json] [--year Y]
//	annualstat build   FILE... -o DIR [--title T] [--org NAME] [--year Y] [--precision N] [--only xlsx,pdf,png] [--font PATH]
//
// Exit status: 0 on success; 1 when check finds an error or a build fails;
// 2 on bad input or usage.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// version is set at link time (-ldflags "-X main.version=…"); otherwise the
// module version recorded by `go install` is used.
var version = ""

// defaultMemoryLimit is the soft memory limit of the command unless
// GOMEMLIMIT sets one: large builds (200,000 indicators) then collect
// garbage before the heap doubles, which keeps their peak near the live
// data (about 260 MB instead of 340 MB) for a few percent more time. Small
// builds never reach it.
const defaultMemoryLimit = 240 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// exit codes
const (
	exitOK     = 0
	exitFailed = 1 // check found errors; a build failed
	exitBadUse = 2 // bad input, bad flags
)

// usageError marks errors that are the caller's: exit code 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// errFailed is returned when the command ran but found errors (exit 1).
var errFailed = errors.New("failed")

const topUsage = `annualstat turns a year's statistics into a statistical appendix.

Usage:
  annualstat <command> [arguments]

Commands:
  analyze   print the year-over-year table of a dataset
  check     run the consistency checks (exit 1 on an error)
  extract   read indicators out of Chinese report text (.txt)
  build     write the appendix: workbook, PDF and charts
  version   print the version

Inputs: long or wide CSV (UTF-8 or GB18030), XLSX, annualstat JSON, or report
text (.txt, read by the extractor).

Run 'annualstat <command> --help' for a command's flags and an example.
Example:
  annualstat build testdata/sample-2022.csv -o out
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
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
		err = cmdBuild(args[1:], stdout, stderr)
	default:
		fmt.Fprintf(stderr, "annualstat: unknown command %q\n\n%s", cmd, topUsage)
		return exitBadUse
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errHelp):
		return exitOK
	case errors.Is(err, errFailed):
		return exitFailed
	default:
		fmt.Fprintln(stderr, "annualstat:", err)
		return exitBadUse
	}
}

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
