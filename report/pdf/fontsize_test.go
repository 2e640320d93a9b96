package pdf

import (
	"context"
	"testing"
)

// fpdf's AddPage restores the font around the header and footer functions,
// so the size the document last set is not always the size in force: every
// setSize must leave fpdf at the size asked for, whatever came before. (A
// cached size once left table rows after a page break at the body size,
// running over their columns.)
func TestSetSizeAfterPageBreaks(t *testing.T) {
	f := testFont(t)
	tab := analyze(t, loadSample(t))
	d := newDocument(docOf(tab, nil, ""), Options{Font: f}, f, false)
	if err := d.checkCharts(); err != nil {
		t.Fatal(err)
	}
	if err := d.checkText(); err != nil {
		t.Fatal(err)
	}
	if err := d.render(context.Background()); err != nil {
		t.Fatal(err)
	}
	sizes := []float64{cellSize, bodySize, 7, 9, 11.5, 14}
	for _, before := range sizes {
		for _, after := range sizes {
			d.setSize(before)
			d.newPage()
			d.setSize(after)
			if got, _ := d.pdf.GetFontSize(); got != after {
				t.Errorf("size %v, page break, size %v: fpdf is at %v", before, after, got)
			}
		}
	}
}
