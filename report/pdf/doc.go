// Package pdf writes the printed statistical appendix as a PDF: a title
// block, the generated Chinese narrative, the year-over-year table, the
// charts and the consistency-check findings (SPEC §6).
//
// The document is A4 (portrait unless Options.Landscape), with a header
// naming the reporting body and year on every page and a footer
// "第 N 页 / 共 M 页". The year-over-year table repeats its header on every
// page, never splits a row across pages, wraps long indicator names inside
// their cell, right-aligns numbers, and prints undefined figures as "—"
// with a numbered note under the table on the same page explaining why
// (analysis.Reason.Chinese). Every part of the document has a bookmark, and
// title, author and subject are set as UTF-8 metadata.
//
// Chinese text is embedded as a font subset from a TrueType font resolved
// by report/font, so copying text out of the PDF gives the same characters
// back. Before anything is drawn, every string the document will contain is
// checked: a character above U+FFFF (which the PDF library cannot encode)
// or one the font has no glyph for is an error naming the character and
// where it occurs; nothing is replaced silently, because an appendix must
// not print an indicator name other than the one in the data.
//
// Charts are drawn as vectors with selectable Chinese text through
// report/vgfpdf (Image.Draw), or embedded as PNG images rendered by the
// caller at print resolution (at least 200 DPI at the page's text width);
// either is scaled to the text width.
package pdf
