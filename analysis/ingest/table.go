package ingest

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/csvsafe"
)

// rowSource is a table read row by row: a CSV file or a worksheet.
type rowSource interface {
	// next returns the next row's cells, or io.EOF. The slice and its
	// strings may be reused by the following call.
	next() ([]string, error)
	// pos returns the position of the 0-based cell col of the last row,
	// as ParseError's Line and Column.
	pos(col int) (line, column int)
}

// tableReader turns the rows of a long or wide table into a dataset.
type tableReader struct {
	src   rowSource
	file  string
	sheet string
	unit  string // "line" or "row", for duplicate messages
	gb    bool   // decoded from GB18030: U+FFFD marks an undecodable byte
	h     *header
	b     builder
	ahead *readAhead // the rows' reader when it runs ahead
	// size is the input's size in bytes when known (Load), for reserving
	// memory once the first rows show how many bytes a row and an
	// indicator take; 0 unknown.
	size int64
}

// sizer is a rowSource that counts the bytes it has read.
type sizer interface{ consumed() int64 }

// sampleRows is how many rows are read before memory is reserved.
const sampleRows = 4096

// errAt returns a ParseError about the 0-based cell col of the current row.
func (t *tableReader) errAt(col int, r role, msg string, err error) *ParseError {
	line, column := t.src.pos(col)
	return &ParseError{File: t.file, Sheet: t.sheet, Line: line, Column: column, Field: roleNames[r], Msg: msg, Err: err}
}

// read reads the header and all rows.
func (t *tableReader) read() (*analysis.Dataset, error) {
	t.b.init()
	if err := t.readTable(); err != nil {
		return nil, err
	}
	return t.b.finish()
}

// readTable reads the header and the rows of t.src into t.b.
func (t *tableReader) readTable() error {
	var rec []string
	var err error
	for {
		rec, err = t.src.next()
		if err == io.EOF {
			return &ParseError{File: t.file, Sheet: t.sheet, Msg: "want a header row (section,indicator,unit,year,value), got no data"}
		}
		if err != nil {
			return err
		}
		if !blankRow(rec) {
			break
		}
	}
	h, col, msg := parseHeader(rec)
	if h == nil {
		// Not a header: perhaps a table laid out for people (a title, a
		// 单位 row, merged header rows, 注 rows), see readLaidOut.
		line, _ := t.src.pos(0)
		return t.readLaidOut([][]string{cloneRow(rec)}, []int{line}, t.errAt(col, colIgnored, msg, nil))
	}
	t.h = h
	// A second header row under the first (a group header over 决算数 |
	// 预算数, merged cells) makes the sheet a laid-out table too.
	if done, err := t.secondHeaderRow(rec); done || err != nil {
		return err
	}
	if cs, ok := t.src.(*csvSource); ok {
		// Read the rows on another goroutine while this one builds.
		t.ahead = newReadAhead(&cs.r, h, t.size)
		defer t.ahead.stop()
		t.src = t.ahead
		t.b.fresh = t.ahead.slabs
	}
	rows := 0
	for {
		if rows++; rows == sampleRows && t.size > 0 {
			if sz, ok := t.src.(sizer); ok && sz.consumed() > 0 {
				t.b.reserve(float64(t.size) / float64(sz.consumed()))
			}
		}
		rec, err = t.src.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if blankRow(rec) {
			continue
		}
		if err := t.row(rec); err != nil {
			return err
		}
	}
}

// row reads one data row.
func (t *tableReader) row(rec []string) error {
	h := t.h
	if len(rec) > h.width {
		for i := h.width; i < len(rec); i++ {
			if trimCell(rec[i]) != "" {
				return t.errAt(i, colIgnored, fmt.Sprintf("want at most %d cells (as many as the header has), got %d", h.width, len(rec)), nil)
			}
		}
	}
	if h.wide {
		return t.wideRow(rec)
	}
	return t.longRow(rec)
}

func blankRow(rec []string) bool {
	for _, c := range rec {
		if trimCell(c) != "" {
			return false
		}
	}
	return true
}

// cell returns the trimmed cell of role r, "" if the column is absent.
func (t *tableReader) cell(rec []string, r role) string {
	c := t.h.col[r]
	if c < 0 || c >= len(rec) {
		return ""
	}
	s := rec[c]
	if t.ahead == nil {
		s = trimCell(s) // else trimmed by the reading goroutine
	}
	if s != "" && s[0] == '\'' {
		// A cell our CSV writers kept from reading as a formula ('=1+2).
		s = csvsafe.Unescape(s)
	}
	return s
}

// text checks that a cell's text is valid and copies it out of the row
// buffer.
func (t *tableReader) text(rec []string, r role) (string, error) {
	s := t.cell(rec, r)
	if s == "" {
		return "", nil
	}
	if err := t.valid(s, r); err != nil {
		return "", err
	}
	return strings.Clone(s), nil
}

func (t *tableReader) valid(s string, r role) error {
	if !utf8.ValidString(s) {
		return t.errAt(t.h.col[r], r, "want UTF-8 text, got invalid bytes "+quote(s)+" (set the encoding, e.g. gb18030)", nil)
	}
	if t.gb && strings.ContainsRune(s, utf8.RuneError) {
		return t.errAt(t.h.col[r], r, "want GB18030 text, got bytes that do not decode", nil)
	}
	for _, c := range s {
		if c < ' ' && c != '\t' && c != '\n' && c != '\r' {
			return t.errAt(t.h.col[r], r, "want text, got control character "+strconv.QuoteRune(c), nil)
		}
	}
	return nil
}

// number parses the cell of role r as a value; ok is false for a missing
// value.
func (t *tableReader) number(s string, col int, r role) (v float64, pct, ok bool, err error) {
	v, pct, err = ParseNumber(s)
	if err == ErrMissing {
		return 0, false, false, nil
	}
	if err != nil {
		return 0, false, false, t.errAt(col, r, err.Error(), err)
	}
	return v, pct, true, nil
}

// checkPercent applies a trailing % to the unit: an empty unit becomes "%",
// a unit that is not a rate is an error.
func (t *tableReader) checkPercent(unit string, col int) (string, error) {
	if unit == "" {
		return "%", nil
	}
	if analysis.KindOf(unit) != analysis.KindRate {
		return "", t.errAt(col, colValue, fmt.Sprintf("want a plain number for unit %s, got a percentage", quote(unit)), nil)
	}
	return unit, nil
}

// parseYear reads a year cell: an integer in MinYear..MaxYear, optionally
// followed by 年.
func parseYear(s string) (int, error) {
	y, err := strconv.Atoi(s)
	if err != nil {
		var ok bool
		if y, ok = yearHeader(s); !ok {
			if f, _, ferr := ParseNumber(s); ferr == nil && f == float64(int(f)) && f >= MinYear && f <= MaxYear {
				return int(f), nil // "2022.0" from a spreadsheet
			}
			return 0, fmt.Errorf("want a year (an integer %d–%d), got %s", MinYear, MaxYear, quote(s))
		}
	}
	if y < MinYear || y > MaxYear {
		return 0, fmt.Errorf("want a year (an integer %d–%d), got %s", MinYear, MaxYear, quote(s))
	}
	return y, nil
}

// indicator finds or adds the indicator of the row.
func (t *tableReader) indicator(rec []string, name, unit string) (int32, error) {
	section := t.cell(rec, colSection)
	if i := t.b.cur; i >= 0 {
		ind := t.b.d.Indicators[i]
		if ind.Name == name && ind.Unit == unit && ind.Section == section {
			return i, nil
		}
	}
	if i := t.b.lookup(section, name, unit); i >= 0 {
		return i, nil
	}
	for _, f := range [...]struct {
		s string
		r role
	}{{section, colSection}, {name, colIndicator}, {unit, colUnit}} {
		if f.s != "" {
			if err := t.valid(f.s, f.r); err != nil {
				return 0, err
			}
		}
	}
	return t.b.add(t.b.intern(section), strings.Clone(name), t.b.intern(unit)), nil
}

// indicatorFields sets the indicator-level cells (kind, parent, indicator
// note) of a row; a value that contradicts an earlier row is an error.
func (t *tableReader) indicatorFields(rec []string, i int32, noteRole role) error {
	ind := t.b.d.Indicators[i]
	if s := t.cell(rec, colKind); s != "" {
		k, err := analysis.ParseKind(s)
		if err != nil {
			return t.errAt(t.h.col[colKind], colKind, err.Error(), err)
		}
		if ind.Kind != analysis.KindAuto && ind.Kind != k {
			return t.errAt(t.h.col[colKind], colKind, fmt.Sprintf("indicator %s was given kind %s before, got %s", quote(ind.Name), ind.Kind, k), nil)
		}
		ind.Kind = k
	}
	if s := t.cell(rec, colClass); s != "" {
		c, err := analysis.ParseUnitClass(s)
		if err != nil {
			return t.errAt(t.h.col[colClass], colClass, err.Error(), err)
		}
		if ind.Class != analysis.ClassAuto && ind.Class != c {
			return t.errAt(t.h.col[colClass], colClass, fmt.Sprintf("indicator %s was given class %s before, got %s", quote(ind.Name), ind.Class, c), nil)
		}
		ind.Class = c
	}
	if s := t.cell(rec, colBreakdown); s != "" {
		b, err := analysis.ParseBreakdown(s)
		if err != nil {
			return t.errAt(t.h.col[colBreakdown], colBreakdown, err.Error(), err)
		}
		if ind.Breakdown != analysis.BreakdownExhaustive && ind.Breakdown != b {
			return t.errAt(t.h.col[colBreakdown], colBreakdown, fmt.Sprintf("indicator %s was given breakdown %s before, got %s", quote(ind.Name), ind.Breakdown, b), nil)
		}
		ind.Breakdown = b
	}
	if s := t.cell(rec, colParent); s != "" {
		if ind.Parent != "" && ind.Parent != s {
			return t.errAt(t.h.col[colParent], colParent, fmt.Sprintf("indicator %s was given parent %s before, got %s", quote(ind.Name), quote(ind.Parent), quote(s)), nil)
		}
		if ind.Parent == "" {
			p, err := t.text(rec, colParent)
			if err != nil {
				return err
			}
			ind.Parent = p
		}
	}
	if s := t.cell(rec, noteRole); s != "" {
		if ind.Note != "" && ind.Note != s {
			return t.errAt(t.h.col[noteRole], noteRole, fmt.Sprintf("indicator %s was given a different note before", quote(ind.Name)), nil)
		}
		if ind.Note == "" {
			n, err := t.text(rec, noteRole)
			if err != nil {
				return err
			}
			ind.Note = n
		}
	}
	return nil
}

// pointFields reads the cells that qualify a value: flags, note (unless
// the note belongs to the indicator), period and a stated change.
func (t *tableReader) pointFields(rec []string, p *analysis.Point, withNote bool) error {
	if s := t.cell(rec, colFlag); s != "" {
		f, err := analysis.ParseFlags(s)
		if err != nil {
			return t.errAt(t.h.col[colFlag], colFlag, err.Error(), err)
		}
		p.Flags = f
	}
	if s := t.cell(rec, colQualifier); s != "" {
		q, ok := analysis.ParseQualifier(s)
		if !ok {
			return t.errAt(t.h.col[colQualifier], colQualifier, "want a qualifier as written, one of 多 余 近 将近 约 大约 左右 超过 以上 逾 不足 以下, got "+quote(s), nil)
		}
		p.Qualifier = q
		p.Flags |= analysis.FlagApprox
	}
	if withNote {
		n, err := t.text(rec, colNote)
		if err != nil {
			return err
		}
		p.Note = n
	}
	if s := t.cell(rec, colPeriod); s != "" {
		if err := t.valid(s, colPeriod); err != nil {
			return err
		}
		p.Period = t.b.intern(s)
	}
	ck, cv, ct := t.cell(rec, colChangeKind), t.cell(rec, colChangeValue), t.cell(rec, colChangeText)
	if ck == "" && cv == "" && ct == "" {
		return t.allChanges(rec, p)
	}
	st := &analysis.Stated{}
	k, err := analysis.ParseChangeKind(strings.ToLower(ck))
	if err != nil || k == analysis.ChangeNone {
		return t.errAt(t.h.col[colChangeKind], colChangeKind, fmt.Sprintf("want growth_pct, pp, multiple or abs (a change value or text was given), got %s", quote(ck)), nil)
	}
	st.Kind = k
	v, _, ok, err := t.number(cv, t.h.col[colChangeValue], colChangeValue)
	if err != nil {
		return err
	}
	if !ok {
		return t.errAt(t.h.col[colChangeValue], colChangeValue, "want the stated change as a number, got "+quote(cv), nil)
	}
	st.Value = v
	if st.Text, err = t.text(rec, colChangeText); err != nil {
		return err
	}
	switch a := strings.ToLower(t.cell(rec, colChangeAmbiguous)); a {
	case "", "false", "0", "no", "否":
	case "true", "1", "yes", "是", "ambiguous":
		st.Ambiguous = true
	default:
		return t.errAt(t.h.col[colChangeAmbiguous], colChangeAmbiguous, "want true or false, got "+quote(a), nil)
	}
	p.Changes = append(p.Changes, *st)
	return t.allChanges(rec, p)
}

// allChanges reads the changes column (every stated change of the value,
// in analysis.FormatChanges form). When it is given it holds the changes;
// the change_kind and change_value cells, if also given, must agree with
// its first change.
func (t *tableReader) allChanges(rec []string, p *analysis.Point) error {
	s, err := t.text(rec, colChanges)
	if err != nil || s == "" {
		return err
	}
	cs, err := analysis.ParseChanges(s)
	if err != nil {
		return t.errAt(t.h.col[colChanges], colChanges, "want changes as kind value (text) base=… verb=… unit=… decimals=N, joined with ;: "+err.Error(), err)
	}
	if len(p.Changes) > 0 && len(cs) > 0 && (p.Changes[0].Kind != cs[0].Kind || p.Changes[0].Value != cs[0].Value) {
		return t.errAt(t.h.col[colChanges], colChanges, fmt.Sprintf("the first change %s %s disagrees with change_kind,change_value %s %s of the same row",
			cs[0].Kind, strconv.FormatFloat(cs[0].Value, 'f', -1, 64), p.Changes[0].Kind, strconv.FormatFloat(p.Changes[0].Value, 'f', -1, 64)), nil)
	}
	p.Changes = cs
	return nil
}

func (t *tableReader) longRow(rec []string) error {
	h := t.h
	name := t.cell(rec, colIndicator)
	if name == "" {
		return t.errAt(h.col[colIndicator], colIndicator, "want the indicator's name, got an empty cell", nil)
	}
	unit := t.cell(rec, colUnit)
	var n longNums
	if t.ahead != nil {
		n = *t.ahead.nums()
	} else {
		n = parseLongNums(t.cell(rec, colValue), t.cell(rec, colYear))
	}
	if n.vErr != nil {
		return t.errAt(h.col[colValue], colValue, n.vErr.Error(), n.vErr)
	}
	var err error
	if n.pct {
		if unit, err = t.checkPercent(unit, h.col[colValue]); err != nil {
			return err
		}
	}
	if n.yErr != nil {
		return t.errAt(h.col[colYear], colYear, n.yErr.Error(), nil)
	}
	v, year, hasValue := n.v, n.year, n.ok
	i, err := t.indicator(rec, name, unit)
	if err != nil {
		return err
	}
	if err := t.indicatorFields(rec, i, colIndicatorNote); err != nil {
		return err
	}
	if !hasValue {
		if n.yCell && n.yErr == nil {
			t.b.noteMissing(year)
		}
		t.b.touch(i)
		return nil
	}
	p := analysis.Point{Year: year, Value: v, Precision: writtenPrecision(t.cell(rec, colValue))}
	if err := t.pointFields(rec, &p, true); err != nil {
		return err
	}
	return t.addPoint(i, p, h.col[colYear])
}

func (t *tableReader) wideRow(rec []string) error {
	h := t.h
	name := t.cell(rec, colIndicator)
	if name == "" {
		return t.errAt(h.col[colIndicator], colIndicator, "want the indicator's name, got an empty cell", nil)
	}
	unit := t.cell(rec, colUnit)
	type cellValue struct {
		year, col int
		v         float64
	}
	var stack [16]cellValue
	vals := stack[:0]
	for _, yc := range h.years {
		if yc.col >= len(rec) {
			continue
		}
		v, pct, ok, err := t.number(trimCell(rec[yc.col]), yc.col, colValue)
		if err != nil {
			return err
		}
		if !ok {
			t.b.noteMissing(yc.year)
			continue
		}
		if pct {
			if unit, err = t.checkPercent(unit, yc.col); err != nil {
				return err
			}
		}
		vals = append(vals, cellValue{yc.year, yc.col, v})
	}
	i, err := t.indicator(rec, name, unit)
	if err != nil {
		return err
	}
	noteRole := colNote
	if h.col[colIndicatorNote] >= 0 {
		noteRole = colIndicatorNote
	}
	if err := t.indicatorFields(rec, i, noteRole); err != nil {
		return err
	}
	t.b.touch(i)
	var proto analysis.Point
	if err := t.pointFields(rec, &proto, noteRole != colNote); err != nil {
		return err
	}
	for _, cv := range vals {
		p := proto
		p.Year, p.Value = cv.year, cv.v
		p.Precision = writtenPrecision(rec[cv.col])
		if err := t.addPoint(i, p, cv.col); err != nil {
			return err
		}
	}
	return nil
}

// addPoint adds p to indicator i; a year given twice is an error naming
// both places.
func (t *tableReader) addPoint(i int32, p analysis.Point, col int) error {
	line, _ := t.src.pos(col)
	prev, dup := t.b.addPoint(i, &p, int32(line))
	if !dup {
		return nil
	}
	ind := t.b.d.Indicators[i]
	where := fmt.Sprintf("%s %d repeats %s %d", t.unit, line, t.unit, prev)
	if prev == int32(line) {
		where = fmt.Sprintf("%s %d gives it twice", t.unit, line)
	}
	msg := fmt.Sprintf("%s: %s/%s (%s) year %d is given twice", where, ind.Section, ind.Name, ind.Unit, p.Year)
	return t.errAt(col, colYear, msg, analysis.ErrDuplicate)
}

// errDuplicateIndicator is never returned: keys are unique by construction.
var errDuplicateIndicator = errors.New("ingest: internal error: indicator added twice")

// writtenPrecision keeps the decimals a value cell was written with when
// they say more than the number does: "43.40" is written to 2 decimals,
// which 43.4 does not show (analysis.Point.Precision). Only a decimal part
// that ends in 0 says more; any other cell gives the unknown precision, and
// the value's shortest form shows it as written.
func writtenPrecision(cell string) analysis.Precision {
	s := strings.TrimRight(trimCell(cell), "%％ ")
	if s == "" || s[len(s)-1] != '0' || strings.IndexByte(s, '.') < 0 || strings.ContainsAny(s, "eE") {
		return 0
	}
	return analysis.PrecisionOf(analysis.Decimals(s))
}
