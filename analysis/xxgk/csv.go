package xxgk

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/annualstat/annualstat/internal/csvsafe"
)

// ReadCSV reads a report from CSV in either layout (see the package
// documentation): one row per cell ("cell,value", the long layout), or the
// tables as they are printed (the grid layout, read by ReadGrids). name is
// used in error positions.
func ReadCSV(r io.Reader, name string) (*Report, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	var rows [][]string
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if len(rows) == 0 && len(rec) > 0 {
			rec[0] = strings.TrimPrefix(rec[0], "\ufeff")
		}
		rows = append(rows, rec)
	}
	if rep, ok, err := ReadLong(rows, name); ok {
		return rep, err
	}
	g := Grid{Source: name, Rows: rows}
	rep, err := ReadGrids(g)
	if err != nil {
		return nil, err
	}
	rep.Source = name
	return rep, nil
}

// Long-layout keys that are not cells.
const (
	KeyBody     = "body"      // the reporting body
	KeyYear     = "year"      // the year reported on
	KeyFormat   = "format"    // 2021 or 2019: the format of T3 (and of T2)
	KeyFormatT2 = "format_t2" // 2021 or 2019: the format of T2, when it differs
)

// ReadLong reads rows in the long layout (a header row "cell,value",
// then one row per cell; see the package documentation) from a CSV file
// or a worksheet. ok is false when the first non-blank row is not that
// header: the rows are not in the long layout.
func ReadLong(rows [][]string, name string) (rep *Report, ok bool, err error) {
	for i, rec := range rows {
		if len(rec) == 0 || strings.TrimSpace(strings.Join(rec, "")) == "" {
			continue
		}
		if h := NormLabel(rec[0]); h == "cell" || h == "id" || h == "单元格" || h == "编号" {
			rep, err := readLong(rows[i+1:], i+1, name)
			return rep, true, err
		}
		break
	}
	return nil, false, nil
}

// readLong reads "cell,value" rows; first is the line of rows[0].
func readLong(rows [][]string, first int, name string) (*Report, error) {
	rep := NewReport()
	rep.Source = name
	type cellAt struct {
		id, text string
		line     int
	}
	var cells []cellAt
	for i, rec := range rows {
		line := first + i + 1
		if len(rec) == 0 || strings.TrimSpace(rec[0]) == "" {
			continue
		}
		key := strings.TrimSpace(rec[0])
		val := ""
		if len(rec) > 1 {
			val = csvsafe.Unescape(strings.TrimSpace(rec[1]))
		}
		switch strings.ToLower(key) {
		case KeyBody, "单位":
			rep.Body = val
			continue
		case KeyYear, "年度":
			y, err := strconv.Atoi(strings.TrimSuffix(val, "年"))
			if err != nil {
				return nil, fmt.Errorf("%s:%d: want a year, got %q", name, line, val)
			}
			rep.Year = y
			continue
		case KeyFormatT2:
			switch val {
			case "2019":
				rep.T2Format = Format2019
			case "2021", "":
				rep.T2Format = Format2021
			default:
				return nil, fmt.Errorf("%s:%d: want format_t2 2021 or 2019, got %q", name, line, val)
			}
			continue
		case KeyFormat, "格式":
			switch val {
			case "2019":
				rep.T3Format, rep.T2Format = Format2019, Format2019
			case "2021", "":
			default:
				return nil, fmt.Errorf("%s:%d: want format 2021 or 2019, got %q", name, line, val)
			}
			continue
		}
		id, ok := CanonicalID(key)
		if !ok {
			return nil, fmt.Errorf("%s:%d: unknown cell %q (want R1·C1 … R4·C7, Z1·C1 … Z8·C2 or A1 … D5)", name, line, key)
		}
		cells = append(cells, cellAt{id, val, line})
	}
	for _, c := range cells {
		pos := fmt.Sprintf("%s:%d", name, c.line)
		switch {
		case strings.HasPrefix(c.id, "R"):
			row, _, _ := splitT3(c.id)
			if !slices.ContainsFunc(T3Rows(rep.T3Format), func(r Row) bool { return r.ID == row }) {
				return nil, fmt.Errorf("%s: cell %s is not in the %s format's T3", pos, c.id, rep.T3Format)
			}
			v, msg := ParseCount(c.text)
			if msg != "" {
				return nil, &CellError{Pos: pos, Table: T3, Cell: c.id, Text: c.text, Msg: msg}
			}
			rep.T3[c.id] = v
		case strings.HasPrefix(c.id, "Z"):
			amount := false
			for _, t := range T2Cells(rep.T2Format) {
				amount = amount || t.ID == c.id && t.Amount
			}
			var v Value
			var msg string
			if amount {
				v, msg = ParseAmount(c.text)
			} else {
				v, msg = ParseCount(c.text)
			}
			if msg != "" {
				return nil, &CellError{Pos: pos, Table: T2, Cell: c.id, Text: c.text, Msg: msg}
			}
			rep.T2[c.id] = v
		default:
			v, msg := ParseCount(c.text)
			if msg != "" {
				return nil, &CellError{Pos: pos, Table: T4, Cell: c.id, Text: c.text, Msg: msg}
			}
			rep.T4[c.id] = v
		}
	}
	// Cells of a table that is there but left blank are zeros.
	fill(rep)
	return rep, nil
}

// fill sets the missing cells of every table that has any cell to blank
// (zero): an office's CSV lists only the cells it filled.
func fill(rep *Report) {
	if len(rep.T3) > 0 {
		for _, r := range T3Rows(rep.T3Format) {
			for c := 1; c <= 7; c++ {
				if _, ok := rep.T3[CellID(r.ID, c)]; !ok {
					rep.T3[CellID(r.ID, c)] = Value{}
				}
			}
		}
	}
	if len(rep.T4) > 0 {
		for _, id := range T4IDs {
			if _, ok := rep.T4[id]; !ok {
				rep.T4[id] = Value{}
			}
		}
	}
	if len(rep.T2) > 0 {
		for _, c := range T2Cells(rep.T2Format) {
			if _, ok := rep.T2[c.ID]; !ok {
				rep.T2[c.ID] = Value{}
			}
		}
	}
}

// CanonicalID reads a cell id as users write it: "R1·C7", "R1.C7",
// "R1:C7", "R1 C7", "r3.3.1c7"; "Z6·C1"; "A5". It returns the canonical
// form ("R1·C7").
func CanonicalID(s string) (string, bool) {
	s = strings.ToUpper(strings.TrimSpace(Fold(s)))
	if len(s) == 2 && (s[0] == 'A' || s[0] == 'B' || s[0] == 'D') && s[1] >= '1' && s[1] <= '5' {
		return s, true
	}
	if s == "" || (s[0] != 'R' && s[0] != 'Z') {
		return "", false
	}
	i := strings.LastIndex(s, "C")
	if i < 2 {
		return "", false
	}
	row := strings.TrimRight(s[:i], "·.:： -_/")
	col := s[i+1:]
	c, err := strconv.Atoi(col)
	if err != nil {
		return "", false
	}
	id := row + "·C" + col
	if row[0] == 'Z' {
		for _, f := range []Format{Format2021, Format2019} {
			for _, t := range T2Cells(f) {
				if t.ID == id {
					return id, true
				}
			}
		}
		return "", false
	}
	if c < 1 || c > 7 {
		return "", false
	}
	if _, ok := T3Row(row); !ok {
		return "", false
	}
	return id, true
}

// WriteCSV writes rep in the long layout: metadata rows, then one row per
// cell in the template's order.
func WriteCSV(w io.Writer, rep *Report) error {
	cw := csv.NewWriter(w)
	// Values are text cells: one a spreadsheet would run as a formula
	// (a body named =HYPERLINK(…), a cell -) gets a leading quote, which
	// ReadCSV removes (internal/csvsafe).
	put := func(k, v string) { cw.Write([]string{k, csvsafe.Text(v)}) }
	put("cell", "value")
	if rep.Body != "" {
		put(KeyBody, rep.Body)
	}
	if rep.Year != 0 {
		put(KeyYear, strconv.Itoa(rep.Year))
	}
	put(KeyFormat, rep.T3Format.String())
	if rep.T2Format != rep.T3Format {
		put(KeyFormatT2, rep.T2Format.String())
	}
	for _, c := range T2Cells(rep.T2Format) {
		if v, ok := rep.T2[c.ID]; ok {
			put(c.ID, v.Text)
		}
	}
	for _, r := range T3Rows(rep.T3Format) {
		for c := 1; c <= 7; c++ {
			if v, ok := rep.Cell(r.ID, c); ok {
				put(CellID(r.ID, c), v.Text)
			}
		}
	}
	for _, id := range T4IDs {
		if v, ok := rep.T4[id]; ok {
			put(id, v.Text)
		}
	}
	cw.Flush()
	return cw.Error()
}
