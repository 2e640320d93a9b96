// Package chart draws the charts of a statistical appendix from an
// analysed dataset, with Chinese labels, using gonum/plot: grouped bars of
// the previous and current year (GroupedBars), growth bars sorted by growth
// (GrowthBars), percentage-point bars for rates (PPBars) and multi-year
// trend lines (Trend). Standard returns the set an appendix shows. Each
// Chart renders as PNG (any DPI) or SVG.
//
// Text is drawn with a CJK font from report/font, registered in a font
// cache of the chart's own and set on every text style of the plot: the
// package never changes gonum/plot's package-level defaults, so charts can
// be built concurrently with other plots. Before a chart is returned every
// label is checked against the font, and a missing glyph is an error that
// names the characters (font.MissingGlyphsError), never a box.
//
// Large counts and amounts are shown in 万 and 亿 (3572178 户 → 357.2万),
// counts without decimals. Undefined figures (a growth over a zero base)
// are left out and named in a note under the chart, never drawn as NaN.
//
// Layout: a chart is 600 × 375 pt by default, 800 × 500 pixels at 96 DPI.
// Bars of grouped charts are vertical, with indicator names wrapped to the
// width of their slot, or turned 45° when there are too many to wrap; growth
// and percentage-point charts use horizontal bars, names on the left.
package chart
