// Package report renders an analysed dataset into the finished appendix: the
// year-over-year table as text, CSV or JSON (this package), charts
// (report/chart), the Excel workbook (report/xlsx) and the PDF summary
// (report/pdf), all sharing one CJK font layer (report/font).
//
// Build ties them together: it analyses a dataset, runs the consistency
// checks and writes every output into a directory, atomically.
package report
