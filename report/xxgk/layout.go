package xxgk

import (
	"strconv"
	"strings"

	"github.com/annualstat/annualstat/analysis/xxgk"
)

// Box is one cell of a table in the official layout: its place on the
// grid (0-based), its span, its text, and whether it is a header or label
// (text) or a value cell (ID set).
type Box struct {
	Row, Col         int
	RowSpan, ColSpan int // 1 or more
	Text             string
	ID               string // the cell id of a value cell, "" for a label
	Header           bool   // a column header (centred, bold)
}

// Layout is a table as the template prints it.
type Layout struct {
	Table  xxgk.Table
	Title  string    // the section heading above it (二、主动公开政府信息情况)
	Cols   int       // grid columns
	Rows   int       // grid rows
	Widths []float64 // relative column widths
	Boxes  []Box
	// HeaderRows is the number of rows at the top that are column headers
	// (repeated on every page).
	HeaderRows int
}

func (l *Layout) add(b Box) {
	if b.RowSpan == 0 {
		b.RowSpan = 1
	}
	if b.ColSpan == 0 {
		b.ColSpan = 1
	}
	l.Boxes = append(l.Boxes, b)
	l.Rows = max(l.Rows, b.Row+b.RowSpan)
}

// T2Layout is T2 in the format: four columns, per block a caption row, a
// header row (信息内容 and the block's columns) and its rows; a block of
// one column merges its three value columns, of two columns the last two.
func T2Layout(f xxgk.Format) *Layout {
	l := &Layout{Table: xxgk.T2, Title: xxgk.HeadingT2, Cols: 4, Widths: []float64{2.2, 1.4, 1.4, 1.4}}
	r := 0
	for _, blk := range t2Blocks(f) {
		l.add(Box{Row: r, Col: 0, ColSpan: 4, Text: blk.caption, Header: true})
		r++
		l.add(Box{Row: r, Col: 0, Text: xxgk.HeaderInfo, Header: true})
		spans := valueSpans(len(blk.columns))
		col := 1
		for i, h := range blk.columns {
			l.add(Box{Row: r, Col: col, ColSpan: spans[i], Text: h, Header: true})
			col += spans[i]
		}
		r++
		for _, row := range blk.rows {
			l.add(Box{Row: r, Col: 0, Text: row.label})
			col := 1
			for i, id := range row.ids {
				l.add(Box{Row: r, Col: col, ColSpan: spans[i], ID: id})
				col += spans[i]
			}
			r++
		}
	}
	return l
}

// valueSpans spreads k columns over T2's three value columns.
func valueSpans(k int) []int {
	switch k {
	case 1:
		return []int{3}
	case 2:
		return []int{1, 2}
	}
	return []int{1, 1, 1}
}

// t2Block is a block of T2 as printed: caption, column headers, rows.
type t2Block struct {
	caption string
	columns []string
	rows    []t2Row
}

type t2Row struct {
	label string
	ids   []string
}

// t2Blocks groups T2's cells by block and row, in the template's order.
func t2Blocks(f xxgk.Format) []t2Block {
	var out []t2Block
	for _, c := range xxgk.T2Cells(f) {
		if len(out) == 0 || out[len(out)-1].caption != c.Block {
			out = append(out, t2Block{caption: c.Block})
		}
		b := &out[len(out)-1]
		if len(b.rows) == 0 || b.rows[len(b.rows)-1].label != c.Row {
			b.rows = append(b.rows, t2Row{label: c.Row})
		}
		row := &b.rows[len(b.rows)-1]
		row.ids = append(row.ids, c.ID)
		if len(b.rows) == 1 {
			b.columns = append(b.columns, c.Column)
		}
	}
	return out
}

// T3Layout is T3 in the format: three label columns (merged as the
// template merges them) and the seven value columns under a three-row
// header.
func T3Layout(f xxgk.Format) *Layout {
	l := &Layout{Table: xxgk.T3, Title: xxgk.HeadingT3, Cols: 10,
		Widths: []float64{1.0, 1.3, 2.6, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75}, HeaderRows: 3}
	l.add(Box{Row: 0, Col: 0, RowSpan: 3, ColSpan: 3, Text: xxgk.T3Note, Header: true})
	l.add(Box{Row: 0, Col: 3, ColSpan: 7, Text: xxgk.HeaderApplicant, Header: true})
	l.add(Box{Row: 1, Col: 3, RowSpan: 2, Text: xxgk.HeaderPerson, Header: true})
	l.add(Box{Row: 1, Col: 4, ColSpan: 5, Text: xxgk.HeaderOrg, Header: true})
	l.add(Box{Row: 1, Col: 9, RowSpan: 2, Text: xxgk.HeaderTotal, Header: true})
	for j := range 5 {
		l.add(Box{Row: 2, Col: 4 + j, Text: xxgk.T3Columns[1+j], Header: true})
	}
	rows := xxgk.T3Rows(f)
	r := 3
	for i := 0; i < len(rows); i++ {
		row := rows[i]
		switch {
		case row.Top == "":
			l.add(Box{Row: r, Col: 0, ColSpan: 3, Text: row.Label})
		case row.Group == "":
			if row.ID == "R3.1" {
				n := 0
				for _, x := range rows {
					if x.Top != "" {
						n++
					}
				}
				l.add(Box{Row: r, Col: 0, RowSpan: n, Text: xxgk.TopResults})
			}
			l.add(Box{Row: r, Col: 1, ColSpan: 2, Text: row.Label})
		default:
			if i == 0 || rows[i-1].Group != row.Group {
				n := 0
				for _, x := range rows {
					if x.Group == row.Group {
						n++
					}
				}
				l.add(Box{Row: r, Col: 1, RowSpan: n, Text: row.Group})
			}
			l.add(Box{Row: r, Col: 2, Text: row.Label})
		}
		for c := 1; c <= 7; c++ {
			l.add(Box{Row: r, Col: 2 + c, ID: xxgk.CellID(row.ID, c)})
		}
		r++
	}
	return l
}

// T4Layout is T4: fifteen value columns under a three-row header.
func T4Layout() *Layout {
	l := &Layout{Table: xxgk.T4, Title: xxgk.HeadingT4, Cols: 15, HeaderRows: 3}
	for range 15 {
		l.Widths = append(l.Widths, 1)
	}
	l.add(Box{Row: 0, Col: 0, RowSpan: 2, ColSpan: 5, Text: xxgk.HeaderReview, Header: true})
	l.add(Box{Row: 0, Col: 5, ColSpan: 10, Text: xxgk.HeaderSuit, Header: true})
	l.add(Box{Row: 1, Col: 5, ColSpan: 5, Text: xxgk.HeaderSuitDirect, Header: true})
	l.add(Box{Row: 1, Col: 10, ColSpan: 5, Text: xxgk.HeaderSuitAfter, Header: true})
	for i, id := range xxgk.T4IDs {
		l.add(Box{Row: 2, Col: i, Text: xxgk.T4Results[i%5], Header: true})
		l.add(Box{Row: 3, Col: i, ID: id})
	}
	return l
}

// Layouts returns the three tables in the report's formats.
func Layouts(rep *xxgk.Report) []*Layout {
	return []*Layout{T2Layout(rep.T2Format), T3Layout(rep.T3Format), T4Layout()}
}

// ValueText returns what a value cell shows: the value as read (its
// decimals kept), "/" for not applicable, "" for a missing cell or
// rep == nil (a blank template).
func ValueText(rep *xxgk.Report, id string) string {
	if rep == nil {
		return ""
	}
	var v xxgk.Value
	var ok bool
	switch {
	case strings.HasPrefix(id, "R"):
		v, ok = rep.T3[id]
	case strings.HasPrefix(id, "Z"):
		v, ok = rep.T2[id]
	default:
		v, ok = rep.T4[id]
	}
	if !ok {
		return ""
	}
	if v.NA {
		return "/"
	}
	return strconv.FormatFloat(v.Num, 'f', v.Dec, 64)
}
