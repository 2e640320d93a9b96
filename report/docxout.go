package report

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/annualstat/annualstat/report/chart"
	"github.com/annualstat/annualstat/report/docx"
	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/present"
	"gonum.org/v1/plot/vg"
)

// The charts of the Word document are laid out at the size they are
// printed, the text block's width (156 mm) by 100 mm, so that their text
// prints at its own size (9 pt ticks), at 200 DPI.
const (
	DocxChartDPI    = 200
	docxChartWidth  = 156 * vg.Millimeter
	docxChartHeight = 100 * vg.Millimeter
)

// writeDocx writes the Word appendix of doc to w: the presentation laid
// out by docx.FromPresent, with the charts it specifies drawn in f
// (chart.FromDocument) as pictures without their titles, which the
// document prints as captions. ref, when not nil, supplies the styles
// and page setup of an office's template. maxRows > 0 cuts the narrative
// and the main table at the first maxRows indicators, as in the PDF
// (docx.FromPresentRows).
func writeDocx(ctx context.Context, w io.Writer, doc *present.Document, f *font.Font, ref *docx.Reference, maxRows int) error {
	copt := chart.Options{Font: f, Width: docxChartWidth, Height: docxChartHeight, DPI: DocxChartDPI}
	charts, err := chart.FromDocument(doc, copt)
	if err != nil {
		return fmt.Errorf("word document: %w", err)
	}
	byName := map[string]*chart.Chart{}
	for _, c := range charts {
		byName[c.Name] = c
	}
	pictures := make([][]byte, len(doc.Charts))
	for i, spec := range doc.Charts {
		c := byName[spec.Name]
		if c == nil {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		untitled := *c
		untitled.Title = ""
		var buf bytes.Buffer
		if err := untitled.PNG(&buf, copt); err != nil {
			return fmt.Errorf("word document: %w", err)
		}
		pictures[i] = buf.Bytes()
	}
	if err := docx.Write(w, docx.FromPresentRows(doc, pictures, maxRows), docx.Options{Reference: ref}); err != nil {
		return fmt.Errorf("word document: %w", err)
	}
	return nil
}
