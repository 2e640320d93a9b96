package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/csvsafe"
)

// ReadCSV reads a dataset from a CSV table in the long layout (one row per
// indicator and year: section,indicator,unit,year,value and optional
// columns) or the wide layout (one row per indicator: section,indicator,
// unit,2021,2022,…), told apart by the header. See the package
// documentation for the columns, the encodings and the number formats
// accepted. Errors are *ParseError values naming opt.Name, the line and the
// column. Rows are read and parsed on a second goroutine while the dataset
// is built; r is not used after ReadCSV returns.
func ReadCSV(r io.Reader, opt Options) (*analysis.Dataset, error) {
	text, enc, err := decodeText(r, opt.Encoding, opt.Name)
	if err != nil {
		return nil, err
	}
	br, ok := text.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(text, sniffSize)
	}
	comma := opt.Comma
	if comma == 0 {
		comma = sniffComma(br)
	}
	if comma <= 0 || comma >= 0x80 || comma == '"' || comma == '\r' || comma == '\n' {
		return nil, &ParseError{File: opt.Name, Field: "comma", Msg: fmt.Sprintf("want an ASCII field separator such as ',' or tab, got %q", comma)}
	}
	src := &csvSource{r: csvReader{br: br, comma: byte(comma), file: opt.Name}}
	t := &tableReader{src: src, file: opt.Name, unit: "line", gb: enc == EncodingGB18030, size: opt.size}
	return t.read()
}

// sniffComma picks the field separator from the header line: a tab or a
// semicolon when the line has one and no comma, else a comma.
func sniffComma(br *bufio.Reader) rune {
	head, _ := br.Peek(min(sniffSize, br.Size()))
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	switch {
	case bytes.IndexByte(head, ',') >= 0:
		return ','
	case bytes.IndexByte(head, '\t') >= 0:
		return '\t'
	case bytes.IndexByte(head, ';') >= 0:
		return ';'
	}
	return ','
}

// csvSource is a table read from CSV.
type csvSource struct {
	r   csvReader
	rec []string
}

func (s *csvSource) next() ([]string, error) {
	rec, err := s.r.read()
	s.rec = rec
	if err != nil {
		if err == io.EOF {
			return nil, io.EOF
		}
		var pe *ParseError
		if errors.As(err, &pe) {
			return nil, err
		}
		return nil, &ParseError{File: s.r.file, Line: s.r.line, Msg: "reading: " + err.Error(), Err: err}
	}
	return rec, nil
}

func (s *csvSource) pos(col int) (int, int) {
	if len(s.r.lines) == 0 {
		return s.r.line, 0
	}
	c := min(max(col, 0), len(s.r.lines)-1)
	if col < 0 {
		return s.r.lines[c], 0
	}
	return s.r.lines[c], col + 1
}

// WriteCSV writes d as a long CSV table in UTF-8 without a byte order mark:
// the columns section,indicator,unit,year,value,flag,note,parent and, when
// the dataset uses them, kind, period, change_kind, change_value,
// change_text and indicator_note. An indicator without values is written as
// one row with empty year and value, so that ReadCSV gives back the same
// indicators in the same order. The dataset's title, body, year and source
// are not part of the long layout (use WriteJSON to keep them), nor is a
// value's stated share. The change_* columns hold a value's first stated
// change; when some value states several changes, or a change's base,
// verb, unit or decimals, a changes column holds all of them in the form of
// analysis.FormatChanges ("growth_pct -2.6 (2.60) base=同比 verb=下降
// decimals=2; abs -7 (7) base=同比 verb=减少"), which ReadCSV reads back. A text
// cell that a spreadsheet would run as a formula (=1+2, +SUM(A1), @x) gets
// a leading single quote, which ReadCSV removes (internal/csvsafe).
func WriteCSV(w io.Writer, d *analysis.Dataset) error {
	var useKind, usePeriod, useStated, useAmbiguous, useIndNote, useClass, useBreakdown, useQualifier, useChanges bool
	for _, ind := range d.Indicators {
		useKind = useKind || ind.Kind != analysis.KindAuto
		useClass = useClass || ind.Class != analysis.ClassAuto
		useBreakdown = useBreakdown || ind.Breakdown != analysis.BreakdownExhaustive
		useIndNote = useIndNote || ind.Note != ""
		for _, p := range ind.Points {
			usePeriod = usePeriod || p.Period != ""
			useQualifier = useQualifier || p.Qualifier != ""
			useStated = useStated || len(p.Changes) > 0
			useAmbiguous = useAmbiguous || len(p.Changes) > 0 && p.Changes[0].Ambiguous
			useChanges = useChanges || needsChangesColumn(p.Changes)
		}
	}
	hdr := []string{"section", "indicator", "unit", "year", "value", "flag", "note", "parent"}
	if useKind {
		hdr = append(hdr, "kind")
	}
	if usePeriod {
		hdr = append(hdr, "period")
	}
	if useStated {
		hdr = append(hdr, "change_kind", "change_value", "change_text")
	}
	if useIndNote {
		hdr = append(hdr, "indicator_note")
	}
	if useAmbiguous {
		hdr = append(hdr, "change_ambiguous")
	}
	if useClass {
		hdr = append(hdr, "class")
	}
	if useBreakdown {
		hdr = append(hdr, "breakdown")
	}
	if useQualifier {
		hdr = append(hdr, "qualifier")
	}
	if useChanges {
		hdr = append(hdr, "changes")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := csv.NewWriter(bw)
	if err := cw.Write(hdr); err != nil {
		return err
	}
	rec := make([]string, len(hdr))
	var num []byte
	for _, ind := range d.Indicators {
		row := func(p *analysis.Point) error {
			rec = rec[:0]
			txt := csvsafe.Text // text cells never read as formulas
			rec = append(rec, txt(ind.Section), txt(ind.Name), txt(ind.Unit))
			if p == nil {
				rec = append(rec, "", "", "", "")
			} else {
				if !finite(p.Value) {
					return errors.New("ingest: WriteCSV: " + ind.Name + " " + strconv.Itoa(p.Year) + ": value is not a finite number")
				}
				num = appendValue(num[:0], p.Value)
				if d, ok := p.Precision.Decimals(); ok && d > fracDigits(num) && d <= 15 {
					// Written with trailing zeros (43.40): keep them.
					num = strconv.AppendFloat(num[:0], p.Value, 'f', d, 64)
				}
				rec = append(rec, strconv.Itoa(p.Year), string(num), p.Flags.String(), txt(p.Note))
			}
			rec = append(rec, txt(ind.Parent))
			if useKind {
				k := ""
				if ind.Kind != analysis.KindAuto {
					k = ind.Kind.String()
				}
				rec = append(rec, k)
			}
			if usePeriod {
				per := ""
				if p != nil {
					per = p.Period
				}
				rec = append(rec, txt(per))
			}
			if useStated {
				if st := firstChange(p); st != nil {
					if !finite(st.Value) {
						return errors.New("ingest: WriteCSV: " + ind.Name + ": stated change is not a finite number")
					}
					rec = append(rec, st.Kind.String(), string(appendValue(nil, st.Value)), txt(st.Text))
				} else {
					rec = append(rec, "", "", "")
				}
			}
			if useIndNote {
				rec = append(rec, txt(ind.Note))
			}
			if useAmbiguous {
				amb := ""
				if st := firstChange(p); st != nil && st.Ambiguous {
					amb = "true"
				}
				rec = append(rec, amb)
			}
			if useClass {
				c := ""
				if ind.Class != analysis.ClassAuto {
					c = ind.Class.String()
				}
				rec = append(rec, c)
			}
			if useBreakdown {
				b := ""
				if ind.Breakdown != analysis.BreakdownExhaustive {
					b = ind.Breakdown.String()
				}
				rec = append(rec, b)
			}
			if useQualifier {
				q := ""
				if p != nil {
					q = string(p.Qualifier)
				}
				rec = append(rec, q)
			}
			if useChanges {
				cs := ""
				if p != nil {
					var err error
					if cs, err = analysis.FormatChanges(p.Changes); err != nil {
						return errors.New("ingest: WriteCSV: " + ind.Name + " " + strconv.Itoa(p.Year) + ": " + err.Error())
					}
				}
				rec = append(rec, txt(cs))
			}
			return cw.Write(rec)
		}
		if len(ind.Points) == 0 {
			if err := row(nil); err != nil {
				return err
			}
		}
		for j := range ind.Points {
			if err := row(&ind.Points[j]); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// appendValue formats v with the fewest digits that read back as v, in
// plain decimal notation unless the number is very large or very small.
func appendValue(b []byte, v float64) []byte {
	if a := math.Abs(v); a == 0 || (a >= 1e-6 && a < 1e21) {
		return strconv.AppendFloat(b, v, 'f', -1, 64)
	}
	return strconv.AppendFloat(b, v, 'g', -1, 64)
}

// fracDigits counts the digits after the decimal point of a number as
// written; 0 for one in exponent form.
func fracDigits(b []byte) int {
	for i, c := range b {
		switch c {
		case 'e', 'E':
			return 0
		case '.':
			n := 0
			for _, d := range b[i+1:] {
				if d < '0' || d > '9' {
					break
				}
				n++
			}
			return n
		}
	}
	return 0
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// needsChangesColumn reports whether the change_* columns cannot hold the
// changes cs: more than one, or one with a base, verb, unit or decimals.
func needsChangesColumn(cs []analysis.Stated) bool {
	if len(cs) > 1 {
		return true
	}
	for _, c := range cs {
		if _, ok := c.Precision.Decimals(); ok || c.Base != "" || c.Verb != "" || c.Unit != "" {
			return true
		}
	}
	return false
}

// firstChange is the stated change the long layout has columns for: the
// first of the point's changes, or nil.
func firstChange(p *analysis.Point) *analysis.Stated {
	if p == nil {
		return nil
	}
	return p.FirstChange()
}
