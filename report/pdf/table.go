package pdf

import (
	"context"
	"fmt"
	"math"
	"strconv"

	"github.com/annualstat/annualstat/analysis"
)

// Table columns, in order.
const (
	colName = iota
	colUnit
	colPrev
	colCur
	colChange
	colGrowth
	colPP
	colNote
	numCols
)

// Column widths in portrait (mm); the indicator column takes what is left
// of the text width. In landscape the numeric columns are 15% wider.
var colWidths = [numCols]float64{0, 14, 22, 22, 21, 16, 15, 12}

func (d *document) layoutColumns() {
	scale := 1.0
	if d.opt.Landscape {
		scale = 1.15
	}
	prev := "上年"
	if d.t.PreviousYear != 0 {
		prev = strconv.Itoa(d.t.PreviousYear) + "年"
	}
	titles := [numCols]string{"指标名称", "单位", prev, strconv.Itoa(d.t.Year) + "年", "增减", "增长率", "增减\n(百分点)", "注"}
	d.cols = make([]column, numCols)
	rest := d.contentW()
	for i := 1; i < numCols; i++ {
		w := colWidths[i]
		if i != colUnit && i != colNote {
			w *= scale
		}
		d.cols[i] = column{title: titles[i], w: w, right: i >= colPrev && i <= colPP}
		rest -= w
	}
	d.cols[colName] = column{title: titles[colName], w: rest}
}

// cellLines wraps s to the inner width of column c.
func (d *document) cellLines(s string, c int) []string {
	if s == "" {
		return nil
	}
	return d.wrap(s, d.cols[c].w-2*cellPadX, 0, cellSize)
}

// tableHeader draws the column titles at the current position.
func (d *document) tableHeader() {
	p := d.pdf
	var lines [numCols][]string
	n := 1
	for i, c := range d.cols {
		lines[i] = d.cellLines(c.title, i)
		n = max(n, len(lines[i]))
	}
	h := float64(n)*cellLH + 2*cellPadY
	p.SetFillColor(221, 230, 240)
	p.Rect(marginX, d.y, d.contentW(), h, "F")
	x := marginX
	for i, c := range d.cols {
		top := d.y + cellPadY + float64(n-len(lines[i]))*cellLH/2
		for j, l := range lines[i] {
			d.text(x+(c.w-d.width(l, cellSize))/2, top+float64(j)*cellLH, cellLH, cellSize, l)
		}
		x += c.w
	}
	p.SetLineWidth(0.3)
	p.Line(marginX, d.y, marginX+d.contentW(), d.y)
	p.Line(marginX, d.y+h, marginX+d.contentW(), d.y+h)
	d.y += h
}

// rowCells returns the texts of a row's cells and the footnotes its marks
// refer to.
func rowCells(r *analysis.Row, decimals int) (cells [numCols]string, notes map[string]string) {
	ind := r.Indicator
	cells[colName] = ind.Name
	cells[colUnit] = ind.Unit
	var reasons []analysis.Reason
	undef := func(reason analysis.Reason) string {
		reasons = append(reasons, reason)
		return dash
	}
	if r.HasPrevious {
		cells[colPrev] = analysis.FormatValue(r.Previous.Value, r.Kind)
	} else {
		cells[colPrev] = undef(analysis.MissingPrevious)
	}
	if r.HasCurrent {
		cells[colCur] = analysis.FormatValue(r.Current.Value, r.Kind)
	} else {
		cells[colCur] = undef(analysis.MissingCurrent)
	}
	figure := func(f analysis.Figure, format func(float64) string) string {
		if f.OK() {
			return format(f.Value)
		}
		return undef(f.Reason)
	}
	if r.Kind == analysis.KindRate {
		cells[colPP] = figure(r.PP, func(v float64) string { return analysis.FormatFixed(v, decimals) })
	} else {
		cells[colChange] = figure(r.Change, func(v float64) string { return analysis.FormatValue(v, r.Kind) })
		cells[colGrowth] = figure(r.Growth, func(v float64) string { return analysis.FormatFixed(v, decimals) + "%" })
	}
	var marks []byte
	seen := map[analysis.Reason]bool{}
	for _, reason := range reasons {
		if seen[reason] {
			continue
		}
		seen[reason] = true
		if notes == nil {
			notes = map[string]string{}
		}
		m := reasonMark(reason)
		notes[m] = reason.Chinese()
		marks = append(marks, m...)
	}
	var flags analysis.Flag
	if r.HasCurrent {
		flags |= r.Current.Flags
	}
	if r.HasPrevious {
		flags |= r.Previous.Flags
	}
	for _, f := range flagNotes {
		if flags&f.flag != 0 {
			if notes == nil {
				notes = map[string]string{}
			}
			notes[f.mark] = f.reason
			marks = append(marks, f.mark...)
		}
	}
	cells[colNote] = string(marks)
	return cells, notes
}

// notesHeight is the height of the footnote block for the marks in m.
func notesHeight(m map[string]string) float64 {
	if len(m) == 0 {
		return 0
	}
	return noteGap + float64(len(m))*noteLH
}

// table writes the year-over-year table: the header repeated on every
// page, a row per indicator never split across pages, a section row where
// the section changes, and under the last row of each page the footnotes
// of the marks used on that page.
func (d *document) table(ctx context.Context) error {
	p := d.pdf
	d.heading("同比分析表", 4*cellLH)
	if len(d.rows) < len(d.t.Rows) {
		d.paragraph(fmt.Sprintf("本表列出前%d项指标,共%d项;全部指标见工作簿。", len(d.rows), len(d.t.Rows)), bodySize, bodyLH, 0)
	}
	d.need(4 * (cellLH + 2*cellPadY))
	d.tableHeader()
	d.inTab = true
	d.notes = map[string]string{}
	section := ""
	zebra := false
	sectionH := cellLH + 2*cellPadY
	for i := range d.rows {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("pdf: %w", err)
			}
		}
		r := &d.rows[i]
		cells, notes := rowCells(r, d.t.Decimals)
		var lines [numCols][]string
		n := 1
		for c := range numCols {
			if d.cols[c].right {
				continue
			}
			lines[c] = d.cellLines(cells[c], c)
			n = max(n, len(lines[c]))
		}
		h := float64(n)*cellLH + 2*cellPadY
		newSection := r.Indicator.Section != section && r.Indicator.Section != ""
		need := h
		if newSection {
			need += sectionH
		}
		merged := len(d.notes)
		for m := range notes {
			if _, ok := d.notes[m]; !ok {
				merged++
			}
		}
		notesH := 0.0
		if merged > 0 {
			notesH = noteGap + float64(merged)*noteLH
		}
		if d.y+need+notesH > d.bottom {
			d.tableFootnotes()
			d.newPage()
		}
		for m, s := range notes {
			d.notes[m] = s
		}
		if newSection {
			section = r.Indicator.Section
			p.SetFillColor(236, 236, 236)
			p.Rect(marginX, d.y, d.contentW(), sectionH, "F")
			d.bold(marginX+cellPadX, d.y+cellPadY, cellLH, cellSize, section)
			d.y += sectionH
			zebra = false
		}
		if zebra {
			p.SetFillColor(246, 248, 250)
			p.Rect(marginX, d.y, d.contentW(), h, "F")
		}
		zebra = !zebra
		x := marginX
		for c, col := range d.cols {
			top := d.y + cellPadY
			if col.right {
				d.number(x, top, col.w, cells[c])
			} else {
				for j, l := range lines[c] {
					d.text(x+cellPadX, top+float64(j)*cellLH, cellLH, cellSize, l)
				}
			}
			x += col.w
		}
		d.y += h
	}
	d.tableFootnotes()
	d.inTab = false
	return nil
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

// tableFootnotes closes a table page: a rule under the last row and the
// footnotes of the marks used on the page.
func (d *document) tableFootnotes() {
	p := d.pdf
	p.SetLineWidth(0.3)
	p.Line(marginX, d.y, marginX+d.contentW(), d.y)
	if len(d.notes) == 0 {
		return
	}
	d.y += noteGap
	p.SetTextColor(70, 70, 70)
	for _, m := range sortedMarks(d.notes) {
		d.text(marginX, d.y, noteLH, noteSize, "注"+m+" "+d.notes[m])
		d.y += noteLH
	}
	p.SetTextColor(0, 0, 0)
	clear(d.notes)
}
