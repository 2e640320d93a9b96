// Package pdf prints the statistical appendix as a PDF (SPEC §6, §10): it
// draws the presentation (report/present.Document) and never decides on
// its own how a figure is shown. In order: the title block (title,
// issuing body, period, comparison, number of indicators), the narrative
// by section, the signature (落款: body and date of issue, in place of a
// generated-on line), then the tables and the charts as the document's
// attachments, and the document's notes. The consistency findings are not
// part of the appendix: WriteChecks prints them as a report of their own
// (NAME-核查.pdf); Document.IncludeChecks prints them at the end as well.
//
// The document is A4 (portrait unless Options.Landscape), with a header
// naming the reporting body and period on every page and a footer
// "第 N 页 / 共 M 页". Tables are three-line tables (三线表) with the caption
// 表N above and the 单位 line at the right; on every further page they go
// on under 续表N with the header repeated; a row never splits across pages,
// a section row stays with the row after it, and a caption and header
// never stand alone at the foot of a page. Figures are right-aligned as
// the document formatted them, 其中 items are indented, the 注 (each mark
// and note reference explained) and the 资料来源 line follow the table, and
// each chart has its caption 图N under it. Every part has a bookmark;
// title, author and subject are UTF-8 metadata; the file's dates are the
// date of issue, so the same document gives the same bytes.
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
