package report

import (
	"bytes"
	"context"
	"fmt"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/chart"
	"github.com/annualstat/annualstat/report/docx"
	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/present"
)

// DocxChartDPI is the resolution of the charts in the Word document: 150
// DPI, sharp in print at the text block's width (156 mm).
const DocxChartDPI = 150

// writeDocx writes the Word appendix of t to path: the presentation of
// the table and findings, with the charts it specifies drawn in f as
// pictures without their titles (the document prints them as captions).
func writeDocx(ctx context.Context, path string, t *analysis.Table, findings []analysis.Finding, f *font.Font, opt BuildOptions) error {
	doc := present.New(t, findings, present.Options{
		Title: opt.Title, Org: opt.Org, Source: opt.Source, Date: opt.Generated, Charts: opt.Charts,
	})
	charts, err := chart.FromDocument(doc, chart.Options{Font: f})
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
		if err := untitled.PNG(&buf, chart.Options{DPI: DocxChartDPI}); err != nil {
			return fmt.Errorf("word document: %w", err)
		}
		pictures[i] = buf.Bytes()
	}
	return docx.WriteFile(ctx, path, docx.FromPresent(doc, pictures), docx.Options{Reference: opt.ReferenceDocx})
}
