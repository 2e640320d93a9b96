// Package vgfpdf draws gonum/plot graphics as vectors onto a page of an
// existing fpdf document, with text set in a UTF-8 (CJK) font the document
// has registered, so that charts in the PDF appendix stay sharp at any zoom
// and their Chinese labels can be selected, searched and copied.
//
// A [Canvas] is a [vg.CanvasSizer] covering a rectangle of the current
// page. gonum/plot draws in points with the origin at the bottom left and
// y up; the page is addressed in the document's unit (usually mm) from the
// top left with y down. For a canvas at (x, y) of size w × h (document
// units) and k points per unit (fpdf's conversion ratio), a point (X, Y) of
// the canvas, after the canvas's own transform, lands on the page at
//
//	(x + X/k, y + h − Y/k).
//
// The canvas keeps its own affine transform and applies it to every path
// point, so nothing but text and images ever touches fpdf's transform
// stack. Text is set with fpdf's Text at the baseline point gonum/plot
// computed, in the font family given in [Options] at the face's size; under
// a rotation (turned tick labels) the text is drawn inside a
// TransformBegin/TransformEnd pair that rotates about its anchor.
//
// The chart's text must be measured with the same font file the PDF
// embeds, or labels will not fit their boxes: lay charts out with the
// PDF-purpose font (report/font.Resolve(..., font.PDF)) and register that
// font (or a subset of it with the same metrics) in the document.
//
// A document that embeds a font subset holding only the characters it
// prints must collect the charts' characters first: [TextOf] draws onto a
// canvas that only records text. fpdf does not report a character
// missing from the embedded font: it just prints no proper glyph.
//
// Drawing changes the document's colours, line width, dash pattern, alpha,
// line cap and join and font; [Canvas.Close] restores them (the dash
// pattern to solid) and reports the first error met while drawing. The
// vg.Canvas methods cannot return errors: a path with a NaN or infinite
// coordinate, an unbalanced Pop or an image that cannot be encoded is
// skipped and remembered, never written.
package vgfpdf // import "github.com/annualstat/annualstat/report/vgfpdf"
