package main

import (
	"fmt"
	"io"

	"github.com/annualstat/annualstat/analysis/extract"
)

func cmdExtract(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract",
		"annualstat extract FILE [--format csv|json] [--year Y]",
		"annualstat extract report.txt --format json --year 2022", stderr)
	format := fs.String("format", "csv", "output `format`: csv (the long CSV annualstat reads) or json (with provenance)")
	year := fs.Int("year", 0, "reporting `year` for figures whose sentence names none (default: the first year in the text)")
	encoding := addEncodingFlag(fs)
	derive := fs.Bool("derive", true, "add the prior-year values the stated changes imply, flagged derived (--derive=false: only what the text states)")
	file, err := parseOneFile(fs, args, "text file")
	if err != nil {
		return err
	}
	figs, _, err := extractFile(file, inputOptions{year: *year, encoding: *encoding})
	if err != nil {
		return err
	}
	if *derive {
		figs = extract.Derive(figs)
	}
	switch *format {
	case "csv":
		return extract.WriteCSV(stdout, figs)
	case "json":
		return extract.WriteJSON(stdout, figs)
	}
	return usageError{fmt.Errorf("extract: --format %q: want csv or json", *format)}
}
