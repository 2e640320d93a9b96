package pdf

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/annualstat/annualstat/report/present"
)

// Rules of the three-line table (三线表): heavy above the header and under
// the last row, light under the header.
const (
	ruleHeavy = 0.5
	ruleLight = 0.25
)

// tables prints the document's tables under one heading; the first (the
// main table) is cut at Options.MaxRows item rows.
func (d *document) tables(ctx context.Context) error {
	if len(d.doc.Tables) > 0 {
		// The heading stays with the first table's head and rows.
		lay := d.layoutTable(d.doc.Tables[0])
		keep := d.headHeight(&lay, d.doc.Tables[0].Caption)
		for i := 0; i < min(2, len(lay.tb.Rows)); i++ {
			keep += d.rowHeight(&lay, &lay.tb.Rows[i])
		}
		d.heading("统计表", keep+bodyLH)
	}
	for i, tb := range d.doc.Tables {
		limit := 0
		if i == 0 && d.shownRows() < d.doc.Rows {
			limit = d.shownRows()
			d.paragraph(fmt.Sprintf("本表列出前%d项指标，共%d项；全部指标见工作簿。", limit, d.doc.Rows), bodySize, bodyLH, 0)
		}
		if i > 0 {
			d.y += bodyLH
		}
		if err := d.table(ctx, tb, limit); err != nil {
			return err
		}
	}
	return nil
}

// tableLayout is a table's column widths and header.
type tableLayout struct {
	tb    *present.Table
	w     []float64  // column widths, mm
	head  [][]string // the header's lines of each column
	headH float64
}

// indentOf is the indentation of a row's label: one ideograph a level.
func indentOf(level int) float64 { return float64(level) * cellSize * ptMM }

// layoutTable gives figures and short text their natural width and the
// wrapping columns what is left, shared in proportion to what they hold.
func (d *document) layoutTable(tb *present.Table) tableLayout {
	n := len(tb.Columns)
	natural := make([]float64, n)
	for c, col := range tb.Columns {
		for _, line := range strings.Split(col.Header, "\n") {
			natural[c] = math.Max(natural[c], d.width(line, cellSize))
		}
	}
	for _, r := range tb.Rows {
		if r.Kind == present.RowSection {
			continue
		}
		for c, cell := range r.Cells {
			w := d.width(cell.Text, cellSize)
			if tb.Columns[c].Role == present.ColLabel {
				w += indentOf(r.Level)
			}
			natural[c] = math.Max(natural[c], w)
		}
	}
	w := make([]float64, n)
	fixed, wrapNat := 0.0, 0.0
	for c, col := range tb.Columns {
		// The padding, and a little more so that text measured to fit
		// is not wrapped by rounding.
		natural[c] += 2*cellPadX + 0.3
		if col.Wrap {
			wrapNat += natural[c]
			continue
		}
		w[c] = math.Min(natural[c], 45)
		fixed += w[c]
	}
	avail := d.contentW()
	minWrap := 0.3 * avail
	if wrapNat == 0 {
		minWrap = 0
	}
	if fixed > avail-minWrap {
		// Figures too wide: narrow them all (number() shrinks the type).
		k := (avail - minWrap) / fixed
		for c, col := range tb.Columns {
			if !col.Wrap {
				w[c] *= k
			}
		}
		fixed = avail - minWrap
	}
	rest := avail - fixed
	if wrapNat > 0 {
		if wrapNat <= rest {
			// Everything fits: the label column takes the slack.
			slack := rest - wrapNat
			first := true
			for c, col := range tb.Columns {
				if col.Wrap {
					w[c] = natural[c]
					if first {
						w[c] += slack
						first = false
					}
				}
			}
		} else {
			// Water-filling: a column that needs less than an equal share
			// gets what it needs, the others share the rest.
			open := map[int]bool{}
			for c, col := range tb.Columns {
				if col.Wrap {
					open[c] = true
				}
			}
			left := rest
			for changed := true; changed && len(open) > 0; {
				changed = false
				share := left / float64(len(open))
				for c := range open {
					if natural[c] <= share {
						w[c] = natural[c]
						left -= natural[c]
						delete(open, c)
						changed = true
					}
				}
			}
			for c := range open {
				w[c] = left / float64(len(open))
			}
		}
	} else if rest > 0 {
		// No wrapping column: spread the slack over every column.
		for c := range w {
			w[c] += rest / float64(n)
		}
	}
	lay := tableLayout{tb: tb, w: w, head: make([][]string, n)}
	lines := 1
	for c, col := range tb.Columns {
		for _, part := range strings.Split(col.Header, "\n") {
			lay.head[c] = append(lay.head[c], d.wrap(part, w[c]-2*cellPadX, 0, cellSize)...)
		}
		lines = max(lines, len(lay.head[c]))
	}
	lay.headH = float64(lines)*cellLH + 2*cellPadY
	return lay
}

// cellLines is the text of a cell as printed: numbers on one line, text
// wrapped to the column (less the row's indentation for labels).
func (d *document) cellLines(lay *tableLayout, r *present.Row, c int) []string {
	s := r.Cells[c].Text
	if s == "" {
		return nil
	}
	col := lay.tb.Columns[c]
	if col.Numeric {
		return []string{s}
	}
	in := 0.0
	if col.Role == present.ColLabel {
		in = indentOf(r.Level)
	}
	return d.wrap(s, lay.w[c]-2*cellPadX-in, 0, cellSize)
}

// rowHeight is the height of a row.
func (d *document) rowHeight(lay *tableLayout, r *present.Row) float64 {
	if r.Kind == present.RowSection {
		return cellLH + 2*cellPadY
	}
	n := 1
	for c := range r.Cells {
		n = max(n, len(d.cellLines(lay, r, c)))
	}
	return float64(n)*cellLH + 2*cellPadY
}

// head prints a table's caption (or continuation caption), unit line and
// column header at the current position.
func (d *document) head(lay *tableLayout, caption string, bookmark bool) {
	tb := lay.tb
	if caption != "" {
		if bookmark {
			d.pdf.Bookmark(caption, 1, d.y)
		}
		for _, line := range d.wrap(caption, d.contentW(), 0, bodySize) {
			d.bold((d.pageW-d.width(line, bodySize))/2, d.y, bodyLH, bodySize, line)
			d.y += bodyLH
		}
	}
	if tb.UnitLine != "" {
		d.text(d.pageW-marginX-d.width(tb.UnitLine, cellSize), d.y, cellLH, cellSize, tb.UnitLine)
		d.y += cellLH
	}
	d.y += 0.5
	p := d.pdf
	x := marginX
	for c := range tb.Columns {
		top := d.y + cellPadY
		lines := lay.head[c]
		n := int((lay.headH - 2*cellPadY) / cellLH)
		top += float64(n-len(lines)) * cellLH / 2
		for j, l := range lines {
			d.text(x+(lay.w[c]-d.width(l, cellSize))/2, top+float64(j)*cellLH, cellLH, cellSize, l)
		}
		x += lay.w[c]
	}
	p.SetLineWidth(ruleHeavy)
	p.Line(marginX, d.y, marginX+d.contentW(), d.y)
	p.SetLineWidth(ruleLight)
	p.Line(marginX, d.y+lay.headH, marginX+d.contentW(), d.y+lay.headH)
	d.y += lay.headH
}

// headHeight is the height head takes.
func (d *document) headHeight(lay *tableLayout, caption string) float64 {
	h := lay.headH + 0.5
	if caption != "" {
		h += float64(len(d.wrap(caption, d.contentW(), 0, bodySize))) * bodyLH
	}
	if lay.tb.UnitLine != "" {
		h += cellLH
	}
	return h
}

// table prints tb: caption, unit line and header, on each further page
// 续表N with the header repeated; rows never split, a section row kept
// with the row after it, and the header never alone at the foot of a page;
// then the 注 and the source under the table. limit > 0 prints only the
// first limit item rows.
func (d *document) table(ctx context.Context, tb *present.Table, limit int) error {
	lay := d.layoutTable(tb)
	rows := tb.Rows
	if limit > 0 {
		items := 0
		for i, r := range rows {
			if r.Kind == present.RowItem {
				items++
				if items == limit {
					rows = rows[:i+1]
					break
				}
			}
		}
	}
	// Keep the head with the first two rows.
	first := 0.0
	for i := 0; i < min(2, len(rows)); i++ {
		first += d.rowHeight(&lay, &rows[i])
	}
	d.need(d.headHeight(&lay, tb.Caption) + first)
	d.head(&lay, tb.Caption, true)
	p := d.pdf
	closePage := func() {
		p.SetLineWidth(ruleHeavy)
		p.Line(marginX, d.y, marginX+d.contentW(), d.y)
	}
	d.cont = func() { d.head(&lay, tb.ContinuedCaption, false) }
	for i := range rows {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				d.cont = nil
				return fmt.Errorf("pdf: %w", err)
			}
		}
		r := &rows[i]
		h := d.rowHeight(&lay, r)
		keep := h
		if r.Kind == present.RowSection && i+1 < len(rows) {
			keep += d.rowHeight(&lay, &rows[i+1])
		}
		if d.y+keep > d.bottom {
			closePage()
			d.newPage()
		}
		d.row(&lay, r, h)
	}
	closePage()
	d.cont = nil
	d.y += noteGap
	var notes []string
	for _, n := range tb.Notes {
		notes = append(notes, n.String())
	}
	d.notes(notes)
	d.sourceLine(tb.Source)
	return nil
}

// row draws one row of height h at the current position.
func (d *document) row(lay *tableLayout, r *present.Row, h float64) {
	top := d.y + cellPadY
	if r.Kind == present.RowSection {
		d.bold(marginX+cellPadX, top, cellLH, cellSize, r.Cells[0].Text)
		d.y += h
		return
	}
	x := marginX
	for c, col := range lay.tb.Columns {
		if col.Numeric {
			d.number(x, top, lay.w[c], r.Cells[c].Text)
		} else {
			in := 0.0
			if col.Role == present.ColLabel {
				in = indentOf(r.Level)
			}
			for j, l := range d.cellLines(lay, r, c) {
				d.text(x+cellPadX+in, top+float64(j)*cellLH, cellLH, cellSize, l)
			}
		}
		x += lay.w[c]
	}
	d.y += h
}

// number draws s right-aligned in a cell of width w, in a smaller size when
// it does not fit.
func (d *document) number(x, top, w float64, s string) {
	if s == "" {
		return
	}
	size := cellSize
	inner := w - 2*cellPadX
	tw := d.width(s, size)
	if tw > inner {
		size = math.Max(4, size*inner/tw)
		tw = d.width(s, size)
	}
	d.text(x+w-cellPadX-tw, top, cellLH, size, s)
}
