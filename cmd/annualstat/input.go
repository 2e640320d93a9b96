package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/extract"
	"github.com/annualstat/annualstat/analysis/ingest"
)

// isReportText reports whether path is report prose for the extractor
// rather than a data file.
func isReportText(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".txt" || ext == ".text" || ext == ".md"
}

// loadInput reads a dataset: report text through the extractor (with the
// prior values its stated changes imply), anything else through ingest.
// year is the reporting year for text that names none.
func loadInput(path string, year int) (*analysis.Dataset, error) {
	if !isReportText(path) {
		d, err := ingest.Load(path, ingest.Options{})
		if err != nil {
			return nil, err
		}
		return d, nil
	}
	figs, opt, err := extractFile(path, year)
	if err != nil {
		return nil, err
	}
	d, err := extract.ToDataset(figs, opt)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if d.Source == "" {
		d.Source = filepath.Base(path)
	}
	return d, nil
}

// extractFile reads report text in any of the encodings ingest detects and
// extracts its figures.
func extractFile(path string, year int) ([]extract.Figure, extract.Options, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, extract.Options{}, err
	}
	defer f.Close()
	text, err := ingest.ReadText(f, ingest.Options{Name: path})
	if err != nil {
		return nil, extract.Options{}, err
	}
	opt := extract.Options{Year: year}
	if opt.Year == 0 {
		opt.Year = extract.InferYear(string(text))
	}
	figs, err := extract.Extract(text, opt)
	if err != nil {
		return nil, opt, fmt.Errorf("%s: %w", path, err)
	}
	if len(figs) == 0 {
		return nil, opt, fmt.Errorf("%s: no figures found in the text", path)
	}
	return figs, opt, nil
}
