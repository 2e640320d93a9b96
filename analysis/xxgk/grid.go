package xxgk

import (
	"fmt"
	"regexp"
	"strings"
)

// Grid is a table as cells: the rows of a worksheet or of a document's
// table, or the lines of a text split into cells. Merged cells hold their
// text in the top-left cell and are empty elsewhere, as spreadsheet
// readers return them.
type Grid struct {
	Source string     // file name, for error positions
	Sheet  string     // sheet or table name, for error positions; may be ""
	Rows   [][]string // cells
	// Lines, when set, gives the source line of each row (text input):
	// positions are then "file:line", and cells are not positional (blank
	// cells may have been dropped).
	Lines []int
	// Loose, when set, marks the rows whose cells were split at spaces:
	// blank cells were dropped, so their values are not positional.
	Loose []bool
}

// pos returns the position of cell (r, c) (0-based) for messages.
func (g *Grid) pos(r, c int) string {
	if g.Lines != nil {
		if r < len(g.Lines) {
			return fmt.Sprintf("%s:%d", g.Source, g.Lines[r])
		}
		return g.Source
	}
	s := g.Source
	if g.Sheet != "" {
		s += ":" + g.Sheet + "!"
	} else {
		s += ":"
	}
	return s + columnName(c) + fmt.Sprint(r+1)
}

func columnName(c int) string {
	name := ""
	for c++; c > 0; c = (c - 1) / 26 {
		name = string(rune('A'+(c-1)%26)) + name
	}
	return name
}

// ReadGrids reads the tables T2, T3 and T4 from grids: worksheets, the
// tables of a document, or text lines (see ReadText). Rows are recognised
// by their labels (NormLabel, LabelsMatch); the values of a row are the
// cells after its last label cell. Errors name the cell.
func ReadGrids(grids ...Grid) (*Report, error) {
	rep := NewReport()
	s := &scanner{rep: rep}
	for i := range grids {
		if err := s.grid(&grids[i]); err != nil {
			return nil, err
		}
	}
	if err := s.finish(); err != nil {
		return nil, err
	}
	return rep, nil
}

// scanner reads rows into a report, carrying the context a row's label
// depends on (the current group, the table being read).
type scanner struct {
	rep *Report
	g   *Grid

	group    int   // current T3 group (3–6) for numbered items, 0 none
	t3Total  int   // column of T3's 总计 header in the current grid, -1 unknown
	t3Person int   // column of T3's 自然人 header (C1), -1 unknown
	t2Cols   []int // columns of the current T2 block's headers (worksheet)
	inT4     bool
	t4Col    int // column of T4's first 结果维持 in the current grid, -1 unknown
	t4       []rowCell
	t4Pos    string
	t2Seen   bool
	t2Form   Format

	pending     string    // a T3 row whose label came without values (text)
	pendingVals []rowCell // its blank cells, used when no values follow
	pendingAcc  []rowCell // its figures gathered from the lines after it
	// a T2 row whose label came without values (text), and its figures
	pendingT2     string
	pendingT2Acc  []rowCell
	pendingT2Vals []rowCell // its own blank cells
	flushing      bool      // flushPending is setting a pending row
	single6       []rowCell
	single6Pos    string
	seen6Items    bool
	seenT3        map[string]string // row id → position, to find duplicates
	seenT2        map[string]bool
	width         int
	loose         bool // the current row's blank cells were dropped
}

// rowCell is a value cell with its position.
type rowCell struct {
	text string
	pos  string
}

func (s *scanner) grid(g *Grid) error {
	s.g = g
	s.t3Total, s.t3Person, s.t4Col = -1, -1, -1
	s.width = 0
	if g.Lines == nil {
		for _, row := range g.Rows {
			s.width = max(s.width, len(row))
		}
	}
	for r, row := range g.Rows {
		s.loose = r < len(g.Loose) && g.Loose[r]
		if g.Lines == nil && len(row) < s.width {
			row = append(append([]string(nil), row...), make([]string, s.width-len(row))...)
		}
		if err := s.row(r, row); err != nil {
			return err
		}
	}
	return nil
}

var reTopOrdinal = regexp.MustCompile(`^([一二三四])、`)

// row reads one row.
func (s *scanner) row(r int, cells []string) error {
	last := -1
	for c, v := range cells {
		if !IsValueCell(v) {
			last = c
		}
	}
	// A non-number among a row's values ("5 | x | 0 …") must not make the
	// row's label longer: when the leading labels name a row, they are
	// the label and the rest are its values (the bad one reported).
	if lead := leadingLabels(cells); lead >= 0 && lead < last {
		var parts []string
		for _, v := range cells[:lead+1] {
			if t := strings.TrimSpace(v); t != "" {
				parts = append(parts, t)
			}
		}
		probe := *s
		if ln := NormLabel(strings.Join(parts, "")); ln != "" {
			if _, ok := probe.matchT2(ln); ok {
				last = lead
			} else if id, _ := probe.matchT3(ln); id != "" {
				last = lead
			}
		}
	}
	var labelParts []string
	for _, v := range cells[:last+1] {
		if t := strings.TrimSpace(v); t != "" && !IsValueCell(t) {
			labelParts = append(labelParts, t)
		}
	}
	label := strings.Join(labelParts, "")
	n := NormLabel(label)
	vals := make([]rowCell, 0, len(cells)-last-1)
	for c := last + 1; c < len(cells); c++ {
		vals = append(vals, rowCell{cells[c], s.g.pos(r, c)})
	}
	nonBlank := 0
	for _, v := range vals {
		if strings.TrimSpace(v.text) != "" {
			nonBlank++
		}
	}

	// Headers that set context.
	if last >= 0 {
		if strings.Contains(n, "新制作") || strings.Contains(n, "新公开") || strings.Contains(n, "上一年项目数量") || strings.Contains(n, "对外公开总数量") {
			s.t2Form = Format2019
		}
		if strings.Contains(n, HeaderPerson) && s.g.Lines == nil {
			// T3's header: the 自然人 column is C1 and 总计 C7 (总计 may be
			// merged down from a row above: then C1 + 6).
			for c, v := range cells {
				switch NormLabel(v) {
				case HeaderTotal:
					s.t3Total = c
				case HeaderPerson:
					s.t3Person = c
				}
			}
		}
		if startsT4(n, cells) {
			if err := s.flushPending(); err != nil {
				return err
			}
			s.inT4 = true
			s.t4 = nil
		}
		if s.inT4 && s.t4Col < 0 && s.g.Lines == nil {
			for c, v := range cells {
				if NormLabel(v) == T4Results[0] {
					s.t4Col = c
					break
				}
			}
		}
		if strings.HasPrefix(n, "五、") {
			if err := s.endT4(); err != nil {
				return err
			}
		}
	}

	// Value-only rows: T4's data, or the values of a T3 row whose label
	// was on the line before.
	if last < 0 {
		if nonBlank == 0 && !(s.inT4 && s.g.Lines == nil && s.t4Col >= 0) {
			return nil
		}
		if s.pending != "" && s.g.Lines != nil {
			if v := textValues(vals, nonBlank); len(v) == 7 && len(s.pendingAcc) == 0 {
				id := s.pending
				s.pending, s.pendingVals = "", nil
				return s.setPending(id, v, r)
			}
			// Figures one or a few a line (a table copied cell by cell):
			// gathered until the row has its seven.
			s.pendingAcc = append(s.pendingAcc, nonBlankCells(vals)...)
			if len(s.pendingAcc) >= 7 {
				id, acc := s.pending, s.pendingAcc
				s.pending, s.pendingVals, s.pendingAcc = "", nil, nil
				return s.setPending(id, acc, r)
			}
			return nil
		}
		if s.pendingT2 != "" && s.g.Lines != nil && !s.inT4 {
			s.pendingT2Acc = append(s.pendingT2Acc, nonBlankCells(vals)...)
			if len(s.pendingT2Acc) >= s.t2Needs(s.pendingT2) {
				id, acc := s.pendingT2, s.pendingT2Acc
				s.pendingT2, s.pendingT2Acc, s.pendingT2Vals = "", nil, nil
				return s.setT2(id, acc)
			}
			return nil
		}
		if s.inT4 {
			if s.g.Lines == nil && s.t4Col >= 0 && s.t4Col+15 <= len(vals) {
				vals = vals[s.t4Col : s.t4Col+15]
			}
			if len(s.t4) == 0 && len(vals) > 0 {
				s.t4Pos = vals[0].pos
			}
			if s.g.Lines != nil {
				vals = trimBlankTail(vals, 15-len(s.t4))
			}
			s.t4 = append(s.t4, vals...)
			if len(s.t4) >= 15 {
				return s.endT4()
			}
		}
		return nil
	}
	if s.inT4 && s.g.Lines != nil {
		// Text: T4's figures may follow its last header label on the same
		// row (a flattened table, or one cell a line).
		if nonBlank > 0 {
			if len(s.t4) == 0 {
				s.t4Pos = vals[0].pos
			}
			s.t4 = append(s.t4, trimBlankTail(vals, 15-len(s.t4))...)
			if len(s.t4) >= 15 {
				return s.endT4()
			}
		}
		return nil
	}
	if s.inT4 && len(s.t4) > 0 {
		if err := s.endT4(); err != nil {
			return err
		}
	}

	// T2 rows.
	if s.g.Lines == nil && strings.HasPrefix(n, HeaderInfo) {
		// a T2 block's header: where its columns are
		s.t2Cols = s.t2Cols[:0]
		for c, v := range cells {
			if t := NormLabel(v); t != "" && t != HeaderInfo {
				s.t2Cols = append(s.t2Cols, c)
			}
		}
	}
	if id, ok := s.matchT2(n); ok {
		if need := s.t2Needs(id); s.g.Lines == nil && len(s.t2Cols) == need && need > 1 && s.t2Cols[0] > last {
			// the columns its block's header names
			vals = vals[:0:0]
			for _, c := range s.t2Cols {
				if c < len(cells) {
					vals = append(vals, rowCell{cells[c], s.g.pos(r, c)})
				}
			}
		}
		return s.setT2(id, vals)
	}
	// T3 rows.
	id, isHeader := s.matchT3(n)
	if id == "" {
		if s.pending != "" && nonBlank > 0 {
			// The second line of a label that wrapped.
			if v := textValues(vals, nonBlank); len(v) == 7 {
				id := s.pending
				s.pending, s.pendingVals = "", nil
				return s.setPending(id, v, r)
			}
		}
		return nil
	}
	if isHeader {
		return nil
	}
	switch {
	case s.g.Lines != nil:
	case s.t3Person > last && s.t3Person+7 <= len(cells):
		// the columns the header names: C1 at 自然人
		vals = vals[s.t3Person-last-1 : s.t3Person-last-1+7]
	case s.t3Total >= 0:
		end := s.t3Total - last // index in vals of the 总计 column
		if end >= 1 && end <= len(vals) {
			vals = vals[:end]
		}
	}
	if s.g.Lines != nil {
		vals = textValues(vals, nonBlank)
	}
	if len(vals) > 7 {
		vals = vals[len(vals)-7:]
	}
	if err := s.flushPending(); err != nil {
		return err
	}
	if nonBlank == 0 && s.g.Lines != nil {
		// Text: the values may be on the next line (a label that wrapped,
		// a table from a PDF); if none come, the row is blank.
		s.pending, s.pendingVals = id, vals
		return nil
	}
	if id == "R3.6" {
		// The 2019 single （六） row, or the 2021 group header (whose
		// items follow): decided at the end.
		s.single6, s.single6Pos = vals, s.g.pos(r, last)
		return nil
	}
	return s.setT3(id, vals)
}

// endT4 assigns the collected T4 values.
func (s *scanner) endT4() error {
	if !s.inT4 {
		return nil
	}
	s.inT4 = false
	vals := s.t4
	s.t4 = nil
	if len(vals) == 0 {
		if s.t4Col >= 0 && s.g != nil && s.g.Lines == nil {
			// The header of a worksheet's T4 without a data row: a table
			// left blank, all zeros.
			for _, id := range T4IDs {
				s.rep.T4[id] = Value{}
			}
		}
		return nil
	}
	if len(vals) != 15 {
		return s.unread(&CellError{Pos: s.t4Pos, Table: T4, Cell: "A1", Text: joinCells(vals), Msg: fmt.Sprintf("起的表四数据有%d个数，应为15个（行政复议5个、行政诉讼10个）", len(vals))})
	}
	for i, v := range vals {
		val, msg := ParseCount(v.text)
		if msg != "" {
			return &CellError{Pos: v.pos, Table: T4, Cell: T4IDs[i], Text: v.text, Msg: msg}
		}
		s.rep.T4[T4IDs[i]] = val
	}
	return nil
}

func joinCells(vs []rowCell) string {
	var parts []string
	for _, v := range vs {
		parts = append(parts, v.text)
	}
	return strings.Join(parts, " ")
}

// setT3 assigns a T3 row's seven values.
func (s *scanner) setT3(id string, vals []rowCell) error {
	if len(vals) != 7 {
		pos := ""
		if len(vals) > 0 {
			pos = vals[0].pos
		}
		return s.unread(&CellError{Pos: pos, Table: T3, Cell: CellID(id, 1), Text: joinCells(vals), Msg: fmt.Sprintf("这一行有%d个数，应为7个（自然人、法人或其他组织5类、总计）", len(vals))})
	}
	if s.seenT3 == nil {
		s.seenT3 = map[string]string{}
	}
	if prev, dup := s.seenT3[id]; dup {
		return s.unread(&CellError{Pos: vals[0].pos, Table: T3, Cell: CellID(id, 1), Text: joinCells(vals), Msg: "这一行重复出现（前一次在" + prev + "）"})
	}
	s.seenT3[id] = vals[0].pos
	for c, v := range vals {
		val, msg := ParseCount(v.text)
		if msg != "" {
			return &CellError{Pos: v.pos, Table: T3, Cell: CellID(id, c+1), Text: v.text, Msg: msg}
		}
		s.rep.T3[CellID(id, c+1)] = val
	}
	return nil
}

// finish resolves what depends on the whole input: the format of T3.
func (s *scanner) finish() error {
	if err := s.flushPending(); err != nil {
		return err
	}
	if err := s.endT4(); err != nil {
		return err
	}
	s.rep.T2Format = s.t2Form
	if s.single6 != nil && !s.seen6Items {
		nb := 0
		for _, v := range s.single6 {
			if strings.TrimSpace(v.text) != "" {
				nb++
			}
		}
		if len(s.single6) == 7 || nb > 0 {
			s.rep.T3Format = Format2019
			if len(s.single6) != 7 {
				return s.unread(&CellError{Pos: s.single6Pos, Table: T3, Cell: CellID("R3.6", 1), Text: joinCells(s.single6), Msg: fmt.Sprintf("这一行有%d个数，应为7个", len(s.single6))})
			}
			return s.setT3("R3.6", s.single6)
		}
	}
	if s.rep.T3Format == Format2019 {
		return nil
	}
	// A 2019 table whose single （六） row was left blank: no R3.6.x
	// rows, but the others are there.
	if len(s.rep.T3) > 0 && !s.seen6Items && s.single6 != nil {
		s.rep.T3Format = Format2019
		for c := 1; c <= 7; c++ {
			s.rep.T3[CellID("R3.6", c)] = Value{}
		}
	}
	return nil
}

// trimBlankTail drops blank cells at the end of vals while it has more
// than n: the empty cells a copied table leaves after a row's last value.
func trimBlankTail(vals []rowCell, n int) []rowCell {
	for len(vals) > n && len(vals) > 0 && strings.TrimSpace(vals[len(vals)-1].text) == "" {
		vals = vals[:len(vals)-1]
	}
	return vals
}

// leadingLabels returns the index of the last label cell before a row's
// first non-blank value cell, -1 when the row starts with a value.
func leadingLabels(cells []string) int {
	lead := -1
	for c, v := range cells {
		t := strings.TrimSpace(v)
		if t == "" {
			continue
		}
		if IsValueCell(t) {
			return lead
		}
		lead = c
	}
	return lead
}

// setPending assigns values that came on a line after their label.
func (s *scanner) setPending(id string, vals []rowCell, r int) error {
	if id == "R3.6" {
		s.single6, s.single6Pos = vals, s.g.pos(r, 0)
		return nil
	}
	return s.setT3(id, vals)
}

// flushPending sets a pending row that no values followed: blank, when
// its line had the seven (blank) cells; else it stays missing.
func (s *scanner) flushPending() error {
	id, vals, acc := s.pending, s.pendingVals, s.pendingAcc
	s.pending, s.pendingVals, s.pendingAcc = "", nil, nil
	if t2, acc2, vals2 := s.pendingT2, s.pendingT2Acc, s.pendingT2Vals; t2 != "" {
		s.pendingT2, s.pendingT2Acc, s.pendingT2Vals = "", nil, nil
		if len(acc2) == 0 && len(vals2) >= s.t2Needs(t2) {
			acc2 = vals2 // blank cells: zeros
		}
		if len(acc2) > 0 {
			s.flushing = true
			err := s.setT2(t2, acc2)
			s.flushing = false
			if err != nil {
				return err
			}
		}
	}
	if len(acc) > 0 {
		return s.setPending(id, acc, 0) // too few: a reading note
	}
	if id == "" || len(vals) != 7 {
		return nil
	}
	if id == "R3.6" {
		s.single6 = vals
		return nil
	}
	return s.setT3(id, vals)
}

// textValues picks a text row's seven values: blank cells at its end
// dropped, and when the row has more cells than seven but exactly seven
// figures (a table from a PDF, its columns misaligned), the figures.
func textValues(vals []rowCell, nonBlank int) []rowCell {
	vals = trimBlankTail(vals, 7)
	if len(vals) > 7 && nonBlank == 7 {
		var v []rowCell
		for _, c := range vals {
			if strings.TrimSpace(c.text) != "" {
				v = append(v, c)
			}
		}
		return v
	}
	return vals
}

// startsT4 reports whether a row begins T4: its heading (四、…行政复议…),
// or its header (行政复议 | 行政诉讼), not a sentence that names them.
func startsT4(n string, cells []string) bool {
	if !strings.Contains(n, "行政复议") {
		return false
	}
	size := len([]rune(n))
	switch {
	case strings.HasPrefix(n, "四、") && size <= 40:
		return true
	case strings.Contains(n, "行政诉讼") && size <= 24:
		return true
	}
	for _, c := range cells {
		if NormLabel(c) == HeaderReview {
			return true
		}
	}
	return false
}

// maxNotes caps the reading notes of one input.
const maxNotes = 50

// unread handles a row that cannot be placed (too few or too many
// figures, a row seen twice): in a worksheet or document table an error;
// in text, where cells may have been dropped or split, a reading note
// (Report.Notes), the row left out, so that the checks skip what it
// would have fed instead of reporting a false contradiction.
func (s *scanner) unread(e *CellError) error {
	if s.g == nil || s.g.Lines == nil {
		return e
	}
	switch n := len(s.rep.Notes); {
	case n < maxNotes:
		s.rep.Notes = append(s.rep.Notes, e.Error()+"，未读取")
	case n == maxNotes:
		s.rep.Notes = append(s.rep.Notes, "……更多无法读取的行从略")
	}
	return nil
}

func nonBlankCells(vals []rowCell) []rowCell {
	var out []rowCell
	for _, v := range vals {
		if strings.TrimSpace(v.text) != "" {
			out = append(out, v)
		}
	}
	return out
}
