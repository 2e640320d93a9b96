// Package report renders an analysed table into the finished appendix:
// the year-over-year table as text, CSV or JSON (this package), and
// through one presentation (report/present) the PDF (report/pdf), the
// workbook (report/xlsx), the Word document (report/docx) and the charts
// (report/chart), all sharing one CJK font layer (report/font).
//
// Build ties them together: it takes a table and findings the caller has
// already analysed and checked, makes the presentation once, and writes
// each selected output to a Sink — a directory (Dir, written atomically,
// with partial outputs removed on failure) or any io.Writer per output.
// BuildDir is the shortcut for a dataset and a directory. The date of
// issue is an input (BuildOptions.Date), so that the same data gives
// byte-identical files.
package report
