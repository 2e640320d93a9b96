package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/extract"
	"github.com/annualstat/annualstat/analysis/ingest"
)

// isReportText reports whether path is a report for the extractor (text,
// Markdown, a web page, a Word or PDF file) rather than a data file.
func isReportText(path string) bool {
	return ingest.IsDocument(path)
}

// isPlainText reports whether path is text the extractor reads as it is.
func isPlainText(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".markdown"
}

// inputOptions are the reading flags every command shares.
type inputOptions struct {
	year     int    // reporting year for text that names none
	encoding string // "" detects; utf-8, gb18030 (gbk), utf-16le, utf-16be
}

// addEncodingFlag registers --encoding on fs.
func addEncodingFlag(fs *flag.FlagSet) *string {
	return fs.String("encoding", "", "input `encoding`: utf-8, gb18030 (also GBK), utf-16le or utf-16be (default: detected)")
}

// loadInput reads a dataset: report text through the extractor (with the
// prior values its stated changes imply), anything else through ingest.
func loadInput(path string, in inputOptions) (*analysis.Dataset, error) {
	if !isReportText(path) {
		d, err := ingest.Load(path, ingest.Options{Encoding: in.encoding})
		if err != nil {
			return nil, err
		}
		return d, nil
	}
	figs, opt, err := extractFile(path, in)
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
func extractFile(path string, in inputOptions) ([]extract.Figure, extract.Options, error) {
	if !isPlainText(path) {
		// Web pages, Word and PDF files: the document's prose, and its
		// tables with the merged headers the reader resolved.
		d, err := ingest.LoadDocument(path, ingest.Options{Name: path, Encoding: in.encoding})
		if err != nil {
			return nil, extract.Options{}, err
		}
		opt := extract.Options{Year: in.year, File: filepath.Base(path)}
		if opt.Year == 0 {
			opt.Year = extract.InferYear(d.PipeText()) // tables included
		}
		figs, err := extract.ExtractDocument(d, opt)
		if err != nil {
			return nil, opt, fmt.Errorf("%s: %w", path, err)
		}
		if len(figs) == 0 {
			return nil, opt, fmt.Errorf("%s: no figures found in the document", path)
		}
		return figs, opt, nil
	}
	text, err := readReport(path, in)
	if err != nil {
		return nil, extract.Options{}, err
	}
	opt := extract.Options{Year: in.year, File: filepath.Base(path)}
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

// readReport returns the text of a plain text report (.txt, .md) in any of
// the encodings ingest detects. Web pages, Word and PDF files are read as
// documents (extractFile), their tables cell by cell, never as text.
func readReport(path string, in inputOptions) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ingest.ReadText(f, ingest.Options{Name: path, Encoding: in.encoding})
}
