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
// Charts do not mislead: ticks and value labels are the figures in the
// data's own unit, which the unit line names (a chart of 亿元 data says
// 单位：亿元 over ticks of 50 and 100); bars start at zero and a zero line
// is drawn only inside the plot; a chart of one series has no legend; a
// rate is never indexed to 100 in a trend; value axes end on ticks and
// leave room for the labels, so that the axes meet. Titles, unit lines
// and notes use Chinese punctuation (单位：户，注：…). Undefined figures (a
// growth over a zero base) are left out and named in a note under the
// chart, never drawn as NaN.
//
// FromSpec and FromDocument draw the charts a presentation specifies
// (report/present), which is how the appendix's renderers get them;
// Standard draws the presentation's charts of a table. GroupedBars,
// GrowthBars, PPBars and Trend draw single charts straight from a table
// by the same rules.
//
// Layout: a chart is 600 × 375 pt by default, 800 × 500 pixels at 96 DPI.
// Bars of grouped charts are vertical, with indicator names wrapped to the
// width of their slot, or turned 45° when there are too many to wrap; growth
// and percentage-point charts use horizontal bars, names on the left.
package chart
