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

// T2Layout is T2 in the format: four columns, a caption row per block.
func T2Layout(f xxgk.Format) *Layout {
	l := &Layout{Table: xxgk.T2, Title: xxgk.HeadingT2, Cols: 4, Widths: []float64{2.2, 1.4, 1.4, 1.4}}
	cells := xxgk.T2Cells(f)
	r := 0
	block := ""
	rowLabel := ""
	for i := 0; i < len(cells); i++ {
		c := cells[i]
		if c.Block != block {
			block = c.Block
			l.add(Box{Row: r, Col: 0, ColSpan: 4, Text: block, Header: true})
			r++
			l.add(Box{Row: r, Col: 0, Text: xxgk.HeaderInfo, Header: true})
			if block == xxgk.Block1 {
				for j := range 3 {
					l.add(Box{Row: r, Col: 1 + j, Text: cells[i+j].Column, Header: true})
				}
			} else {
				l.add(Box{Row: r, Col: 1, ColSpan: 3, Text: c.Column, Header: true})
			}
			r++
		}
		if c.Row != rowLabel {
			rowLabel = c.Row
			l.add(Box{Row: r, Col: 0, Text: c.Row})
			if block == xxgk.Block1 {
				for j := range 3 {
					l.add(Box{Row: r, Col: 1 + j, ID: cells[i+j].ID})
				}
				i += 2
			} else {
				l.add(Box{Row: r, Col: 1, ColSpan: 3, ID: c.ID})
			}
			r++
		}
	}
	l.HeaderRows = 0
	return l
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
