// Package analysis holds annualstat's data model and its year-over-year
// arithmetic: the figures a statistical appendix prints (absolute change,
// growth, percentage points, multiples, shares, CAGR, base-year indices,
// back-computed prior values), the Chinese statements the national
// statistical bulletins use for them, and the consistency checks that tell
// whether a report's figures add up.
//
// The package does no I/O and no rendering: loaders live in
// analysis/ingest, prose extraction in analysis/extract, and outputs in
// report. It depends only on the standard library and gonum.
//
// Undefined figures are never NaN or ±Inf: every computed figure is a Figure
// that is either a finite value or carries the Reason it is undefined.
package analysis
