package main

import (
	"fmt"
	"io"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
	"github.com/annualstat/annualstat/report"
)

func cmdAnalyze(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("analyze",
		"annualstat analyze FILE [--year Y] [--prev Y] [--format table|csv|json] [--precision N]",
		"annualstat analyze testdata/sample-2022.csv --format json --precision 1", stderr)
	year := fs.Int("year", 0, "current `year` (default: the latest year in the file)")
	prev := fs.Int("prev", 0, "comparison `year` (default: the latest year before --year present in the file)")
	format := fs.String("format", "table", "output `format`: table, csv or json")
	precision := fs.Int("precision", analysis.DefaultPrecision, "`decimals` shown for growth and percentage points")
	encoding := addEncodingFlag(fs)
	file, err := parseOneFile(fs, args, "input file")
	if err != nil {
		return err
	}
	if *precision < 0 || *precision > 6 {
		return usageError{fmt.Errorf("analyze: --precision %d: want 0 to 6", *precision)}
	}
	d, err := loadInput(file, inputOptions{year: *year, encoding: *encoding})
	if err != nil {
		return err
	}
	t, err := analysis.Analyze(d, analysis.Options{Year: *year, PreviousYear: *prev, Precision: precisionOption(*precision)})
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	switch *format {
	case "table", "text":
		return report.WriteText(stdout, t)
	case "csv":
		return report.WriteCSV(stdout, t)
	case "json":
		return report.WriteJSON(stdout, t)
	}
	return usageError{fmt.Errorf("analyze: --format %q: want table, csv or json", *format)}
}

// precisionOption maps the CLI's decimals (0 allowed) to analysis.Options.Precision,
// where 0 means the default and a negative value whole numbers.
func precisionOption(decimals int) int {
	if decimals == 0 {
		return -1
	}
	return decimals
}

func cmdCheck(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check",
		"annualstat check FILE [--year Y] [--only-year Y] [--format text|json]",
		"annualstat check testdata/sample-2022.csv --only-year 2022", stderr)
	year := fs.Int("year", 0, "report text only: the reporting `year` of figures whose sentence names none (default: the year the text names); "+
		"it does not limit the findings, which cover every year in the data")
	onlyYear := fs.Int("only-year", 0, "show only the findings of this `year` (any input; default: every year)")
	format := fs.String("format", "text", "output `format`: text or json")
	encoding := addEncodingFlag(fs)
	file, err := parseOneFile(fs, args, "input file")
	if err != nil {
		return err
	}
	for _, y := range []struct {
		flag string
		v    int
	}{{"--year", *year}, {"--only-year", *onlyYear}} {
		if y.v != 0 && (y.v < ingest.MinYear || y.v > ingest.MaxYear) {
			return usageError{fmt.Errorf("check: %s %d: want a year from %d to %d", y.flag, y.v, ingest.MinYear, ingest.MaxYear)}
		}
	}
	if *year != 0 && !isReportText(file) {
		// A dataset's values carry their years: --year would change nothing,
		// and a user who meant to filter would silently get every year.
		return usageError{fmt.Errorf("check: --year %d sets the reporting year of a report text (.txt, .md, .html, .docx, .pdf); "+
			"%s is a dataset whose values carry their years: to show only the findings of %d, use --only-year %d", *year, file, *year, *year)}
	}
	d, err := loadInput(file, inputOptions{year: *year, encoding: *encoding})
	if err != nil {
		return err
	}
	if !hasShares(d) {
		// Shares an extractor gave as % indicators of their own (占13.7%)
		// become the shares of the figures before them, for the checks.
		analysis.InferShares(d)
	}
	// Rates stated right after their figures (结案38件，结案率55.88%) name
	// them, for the checks; contradictions found that way are warnings.
	analysis.InferRates(d)
	// Terms of a ratio structure (15.3:31.3:53.4) add up to 100.
	analysis.InferRatios(d)
	findings := analysis.Check(d, analysis.CheckOptions{Year: *onlyYear})
	switch *format {
	case "text":
		err = report.WriteFindingsText(stdout, findings)
	case "json":
		err = report.WriteFindingsJSON(stdout, findings)
	default:
		return usageError{fmt.Errorf("check: --format %q: want text or json", *format)}
	}
	if err != nil {
		return err
	}
	if analysis.HasErrors(findings) {
		return errFailed
	}
	return nil
}

// hasShares reports whether any value of d states its share (Point.Share).
func hasShares(d *analysis.Dataset) bool {
	for _, ind := range d.Indicators {
		for i := range ind.Points {
			if ind.Points[i].Share != nil {
				return true
			}
		}
	}
	return false
}
