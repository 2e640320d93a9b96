// Package present turns an analysed table and its findings into the
// document an office publishes (Document): title, issuing body and period,
// the narrative, numbered tables with their captions, unit lines, column
// headers, shown cells, marks and 注, chart specifications, the source line
// and the signature (落款), and, apart from the appendix, the check report.
//
// Every decision about how a figure is shown is made here once, following
// the publishing conventions of SPEC §10 — decimals consistent within a
// column, the yearbook marks — … and blank, 其中 items indented under their
// total, full-width punctuation next to Chinese characters (Punctuate) —
// so that the renderers (report/pdf, report/xlsx, report/chart, the Word
// writer) draw the same appendix and never reach back into the dataset.
//
// The package depends on analysis only; renderers depend on it, never the
// other way round.
package present
