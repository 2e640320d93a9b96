package ingest

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis"
)

// The JSON form of a dataset. See the package documentation for the schema.
type jsonDataset struct {
	Title      string          `json:"title,omitempty"`
	Org        string          `json:"org,omitempty"`
	Year       int             `json:"year,omitempty"`
	Source     string          `json:"source,omitempty"`
	Indicators []jsonIndicator `json:"indicators"`
}

type jsonIndicator struct {
	Section string        `json:"section"`
	Name    string        `json:"name"`
	Unit    string        `json:"unit"`
	Kind    analysis.Kind `json:"kind,omitempty"`
	Class   string        `json:"class,omitempty"`
	Parent  string        `json:"parent,omitempty"`
	// Breakdown is how the indicator's parts relate to it: "subset" (其中)
	// or "ratio"; omitted for the default, "exhaustive".
	Breakdown string      `json:"breakdown,omitempty"`
	Note      string      `json:"note,omitempty"`
	Values    []jsonValue `json:"values"`
}

type jsonValue struct {
	Year      int          `json:"year"`
	Period    string       `json:"period,omitempty"`
	Value     float64      `json:"value"`
	Flags     []string     `json:"flags,omitempty"`
	Note      string       `json:"note,omitempty"`
	Qualifier string       `json:"qualifier,omitempty"`
	Decimals  *int         `json:"decimals,omitempty"`
	NoLevel   bool         `json:"no_level,omitempty"`
	Stated    *jsonStated  `json:"stated,omitempty"`
	Changes   []jsonStated `json:"changes,omitempty"`
	Share     *jsonShare   `json:"share,omitempty"`
}

type jsonStated struct {
	Kind      string  `json:"kind,omitempty"`
	Value     float64 `json:"value"`
	Text      string  `json:"text,omitempty"`
	Decimals  *int    `json:"decimals,omitempty"`
	Base      string  `json:"base,omitempty"`
	Verb      string  `json:"verb,omitempty"`
	Unit      string  `json:"unit,omitempty"`
	Ambiguous bool    `json:"ambiguous,omitempty"`
}

type jsonShare struct {
	Of       string  `json:"of,omitempty"`
	Value    float64 `json:"value"`
	Text     string  `json:"text,omitempty"`
	Decimals *int    `json:"decimals,omitempty"`
}

// precisionJSON is a known precision as JSON writes it, nil when unknown.
func precisionJSON(p analysis.Precision) *int {
	if d, ok := p.Decimals(); ok {
		return &d
	}
	return nil
}

func statedJSON(st analysis.Stated) jsonStated {
	return jsonStated{Kind: st.Kind.String(), Value: st.Value, Text: st.Text, Decimals: precisionJSON(st.Precision),
		Base: st.Base, Verb: st.Verb, Unit: st.Unit, Ambiguous: st.Ambiguous}
}

// WriteJSON writes d in the JSON schema of the package documentation,
// indented, in UTF-8. ReadJSON reads it back to a dataset equal to d. It is
// an error for d to hold a value that is not a finite number.
func WriteJSON(w io.Writer, d *analysis.Dataset) error {
	jd := jsonDataset{Title: d.Title, Org: d.Org, Year: d.Year, Source: d.Source,
		Indicators: make([]jsonIndicator, len(d.Indicators))}
	for i, ind := range d.Indicators {
		ji := jsonIndicator{Section: ind.Section, Name: ind.Name, Unit: ind.Unit, Kind: ind.Kind,
			Class: classText(ind.Class), Breakdown: breakdownText(ind.Breakdown),
			Parent: ind.Parent, Note: ind.Note, Values: make([]jsonValue, len(ind.Points))}
		for j, p := range ind.Points {
			if !finite(p.Value) {
				return fmt.Errorf("ingest: WriteJSON: %s %d: value is not a finite number", ind.Name, p.Year)
			}
			jv := jsonValue{Year: p.Year, Period: p.Period, Value: p.Value, Flags: p.Flags.Names(), Note: p.Note,
				Qualifier: string(p.Qualifier), Decimals: precisionJSON(p.Precision), NoLevel: p.NoLevel}
			for _, st := range p.Changes {
				if !finite(st.Value) {
					return fmt.Errorf("ingest: WriteJSON: %s %d: stated change is not a finite number", ind.Name, p.Year)
				}
			}
			if len(p.Changes) == 1 {
				st := statedJSON(p.Changes[0])
				jv.Stated = &st
			} else {
				for _, st := range p.Changes {
					jv.Changes = append(jv.Changes, statedJSON(st))
				}
			}
			if sh := p.Share; sh != nil {
				if !finite(sh.Value) {
					return fmt.Errorf("ingest: WriteJSON: %s %d: stated share is not a finite number", ind.Name, p.Year)
				}
				jv.Share = &jsonShare{Of: sh.Of, Value: sh.Value, Text: sh.Text, Decimals: precisionJSON(sh.Precision)}
			}
			ji.Values[j] = jv
		}
		jd.Indicators[i] = ji
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(jd); err != nil {
		return fmt.Errorf("ingest: WriteJSON: %w", err)
	}
	return bw.Flush()
}

// ReadJSON reads a dataset in the JSON schema of the package documentation.
// Unknown fields, fields given twice, values of the wrong type, years
// outside 1900–2200, unknown flags or kinds, a year given twice for an
// indicator and an indicator given twice are errors; each is a *ParseError
// naming the line, the column and the path of the value
// ("indicators[3].values[0].year"). Values are sorted by year.
//
// An input larger than MaxJSONSize is refused (wrapping ErrTooLarge)
// without being read whole.
func ReadJSON(r io.Reader, opt Options) (*analysis.Dataset, error) {
	tooLarge := &ParseError{File: opt.Name, Msg: fmt.Sprintf("want a JSON dataset of at most %s, got a larger file", sizeName(MaxJSONSize)), Err: ErrTooLarge}
	if opt.size > MaxJSONSize {
		return nil, tooLarge
	}
	if br, ok := r.(*bufio.Reader); ok {
		br.Peek(len(bom8)) // so that a byte order mark arrives in one read
	} else {
		r = bufio.NewReaderSize(r, 64<<10)
	}
	st := newJSONStream(r)
	j := &jsonReader{st: st, file: opt.Name, dec: json.NewDecoder(st)}
	j.dec.UseNumber()
	d, err := j.dataset()
	if st.tooLarge {
		return nil, tooLarge
	}
	if err != nil {
		return nil, err
	}
	return d, nil
}

type jsonReader struct {
	st   *jsonStream
	file string
	dec  *json.Decoder
}

// errAt returns a ParseError at byte offset off.
func (j *jsonReader) errAt(off int64, path, msg string, err error) *ParseError {
	line, col := j.st.position(off)
	return &ParseError{File: j.file, Line: line, Column: col, Field: path, Msg: msg, Err: err}
}

// next returns the offset where the next token starts (as far as the
// input has been read).
func (j *jsonReader) next() int64 {
	return j.st.skipSpace(j.dec.InputOffset())
}

// token reads one token, turning syntax errors into ParseErrors.
func (j *jsonReader) token(path string) (json.Token, int64, error) {
	off := j.next()
	tok, err := j.dec.Token()
	if err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			off = se.Offset
		}
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, off, j.errAt(off, path, "malformed JSON: "+err.Error(), err)
	}
	return tok, off, nil
}

func describe(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		switch v {
		case '{', '}':
			return "an object"
		case '[', ']':
			return "an array"
		}
	case string:
		return "the string " + quote(v)
	case json.Number:
		return "the number " + v.String()
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return fmt.Sprint(tok)
}

// object reads an object, calling field for each key with the path of its
// value.
func (j *jsonReader) object(path string, keys []string, field func(key, path string) error) error {
	tok, off, err := j.token(path)
	if err != nil {
		return err
	}
	if tok != json.Delim('{') {
		return j.errAt(off, path, "want an object, got "+describe(tok), nil)
	}
	seen := make(map[string]bool, len(keys))
	for j.dec.More() {
		tok, off, err := j.token(path)
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		sub := key
		if path != "" {
			sub = path + "." + key
		}
		if !slices.Contains(keys, key) {
			return j.errAt(off, sub, "unknown field (want "+strings.Join(keys, ", ")+")", nil)
		}
		if seen[key] {
			return j.errAt(off, sub, "field given twice", nil)
		}
		seen[key] = true
		if err := field(key, sub); err != nil {
			return err
		}
	}
	_, _, err = j.token(path) // '}'
	return err
}

// array reads an array, calling elem for each element.
func (j *jsonReader) array(path string, elem func(i int, path string) error) error {
	tok, off, err := j.token(path)
	if err != nil {
		return err
	}
	if tok == nil {
		return nil // null: no elements
	}
	if tok != json.Delim('[') {
		return j.errAt(off, path, "want an array, got "+describe(tok), nil)
	}
	for i := 0; j.dec.More(); i++ {
		if err := elem(i, fmt.Sprintf("%s[%d]", path, i)); err != nil {
			return err
		}
	}
	_, _, err = j.token(path) // ']'
	return err
}

// str reads a string (null reads as "").
func (j *jsonReader) str(path string) (string, int64, error) {
	tok, off, err := j.token(path)
	if err != nil {
		return "", off, err
	}
	switch v := tok.(type) {
	case string:
		if strings.ContainsRune(v, utf8.RuneError) && j.st.invalidIn(off, j.dec.InputOffset()) {
			return "", off, j.errAt(off, path, "want UTF-8 text, got invalid bytes", nil)
		}
		return v, off, nil
	case nil:
		return "", off, nil
	}
	return "", off, j.errAt(off, path, "want a string, got "+describe(tok), nil)
}

// number reads a finite number.
func (j *jsonReader) number(path string) (float64, int64, error) {
	tok, off, err := j.token(path)
	if err != nil {
		return 0, off, err
	}
	n, ok := tok.(json.Number)
	if !ok {
		return 0, off, j.errAt(off, path, "want a number, got "+describe(tok), nil)
	}
	v, err := strconv.ParseFloat(n.String(), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, off, j.errAt(off, path, "want a finite number, got "+n.String()+" (out of range)", nil)
	}
	return v, off, nil
}

// year reads a year (an integer in MinYear..MaxYear; 0 too when zeroOK).
func (j *jsonReader) year(path string, zeroOK bool) (int, int64, error) {
	v, off, err := j.number(path)
	if err != nil {
		return 0, off, err
	}
	if v != math.Trunc(v) || (v < MinYear || v > MaxYear) && !(zeroOK && v == 0) {
		return 0, off, j.errAt(off, path, fmt.Sprintf("want a year (an integer %d–%d), got %v", MinYear, MaxYear, v), nil)
	}
	return int(v), off, nil
}

var (
	datasetKeys   = []string{"title", "org", "year", "source", "indicators"}
	indicatorKeys = []string{"section", "name", "unit", "kind", "class", "parent", "breakdown", "note", "values"}
	valueKeys     = []string{"year", "period", "value", "flags", "note", "qualifier", "decimals", "no_level", "stated", "changes", "share"}
	statedKeys    = []string{"kind", "value", "text", "decimals", "base", "verb", "unit", "ambiguous"}
	shareKeys     = []string{"of", "value", "text", "decimals"}
)

func (j *jsonReader) dataset() (*analysis.Dataset, error) {
	d := &analysis.Dataset{}
	where := map[analysis.Key]int{}
	err := j.object("", datasetKeys, func(key, path string) (err error) {
		switch key {
		case "title":
			d.Title, _, err = j.str(path)
		case "org":
			d.Org, _, err = j.str(path)
		case "source":
			d.Source, _, err = j.str(path)
		case "year":
			d.Year, _, err = j.year(path, true)
		case "indicators":
			err = j.array(path, func(i int, path string) error {
				off := j.next()
				ind, err := j.indicator(path)
				if err != nil {
					return err
				}
				if prev, dup := where[ind.Key()]; dup {
					return j.errAt(off, path, fmt.Sprintf("indicator %s/%s (%s) repeats indicators[%d]", ind.Section, ind.Name, ind.Unit, prev), analysis.ErrDuplicate)
				}
				where[ind.Key()] = i
				d.Indicators = append(d.Indicators, ind)
				return nil
			})
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if off := j.next(); j.dec.More() || j.st.skipSpace(off) < j.st.n {
		return nil, j.errAt(off, "", "want the end of the input after the dataset object, got more", nil)
	}
	if err := d.Reindex(); err != nil {
		return nil, &ParseError{File: j.file, Msg: err.Error(), Err: err}
	}
	return d, nil
}

func (j *jsonReader) indicator(path string) (*analysis.Indicator, error) {
	ind := &analysis.Indicator{}
	hasName := false
	start := j.next()
	years := map[int]int{}
	err := j.object(path, indicatorKeys, func(key, path string) (err error) {
		var off int64
		switch key {
		case "section":
			ind.Section, _, err = j.str(path)
		case "name":
			ind.Name, off, err = j.str(path)
			if err == nil && strings.TrimSpace(ind.Name) == "" {
				err = j.errAt(off, path, "want the indicator's name, got an empty string", nil)
			}
			hasName = true
		case "unit":
			ind.Unit, _, err = j.str(path)
		case "kind":
			var s string
			if s, off, err = j.str(path); err == nil {
				if ind.Kind, err = analysis.ParseKind(s); err != nil {
					err = j.errAt(off, path, err.Error(), err)
				}
			}
		case "class":
			var s string
			if s, off, err = j.str(path); err == nil {
				if ind.Class, err = analysis.ParseUnitClass(s); err != nil {
					err = j.errAt(off, path, err.Error(), err)
				}
			}
		case "breakdown":
			var s string
			if s, off, err = j.str(path); err == nil {
				if ind.Breakdown, err = analysis.ParseBreakdown(s); err != nil {
					err = j.errAt(off, path, err.Error(), err)
				}
			}
		case "parent":
			ind.Parent, _, err = j.str(path)
		case "note":
			ind.Note, _, err = j.str(path)
		case "values":
			err = j.array(path, func(i int, path string) error {
				p, off, err := j.value(path)
				if err != nil {
					return err
				}
				if prev, dup := years[p.Year]; dup {
					return j.errAt(off, path+".year", fmt.Sprintf("year %d repeats values[%d]", p.Year, prev), analysis.ErrDuplicate)
				}
				years[p.Year] = i
				ind.Points = append(ind.Points, p)
				return nil
			})
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if !hasName {
		return nil, j.errAt(start, path, "want a name field, got none", nil)
	}
	slices.SortStableFunc(ind.Points, func(a, b analysis.Point) int { return a.Year - b.Year })
	return ind, nil
}

// value reads one point; off is where its year is.
func (j *jsonReader) value(path string) (analysis.Point, int64, error) {
	var p analysis.Point
	start := j.next()
	yearOff := start
	hasYear, hasValue := false, false
	err := j.object(path, valueKeys, func(key, path string) (err error) {
		switch key {
		case "year":
			p.Year, yearOff, err = j.year(path, false)
			hasYear = true
		case "period":
			p.Period, _, err = j.str(path)
		case "value":
			p.Value, _, err = j.number(path)
			hasValue = true
		case "flags":
			err = j.array(path, func(_ int, path string) error {
				s, off, err := j.str(path)
				if err != nil {
					return err
				}
				f, err := analysis.ParseFlags(s)
				if err != nil {
					return j.errAt(off, path, err.Error(), err)
				}
				p.Flags |= f
				return nil
			})
		case "note":
			p.Note, _, err = j.str(path)
		case "qualifier":
			var s string
			var off int64
			if s, off, err = j.str(path); err == nil {
				q, ok := analysis.ParseQualifier(s)
				if !ok {
					return j.errAt(off, path, "want a qualifier as written, one of 多 余 近 将近 约 大约 左右 超过 以上 逾 不足 以下, got "+quote(s), nil)
				}
				p.Qualifier = q
			}
		case "decimals":
			p.Precision, err = j.decimals(path)
		case "no_level":
			p.NoLevel, err = j.boolean(path)
		case "stated":
			var st *analysis.Stated
			if st, err = j.stated(path); err == nil {
				p.Changes = append([]analysis.Stated{*st}, p.Changes...)
			}
		case "changes":
			err = j.array(path, func(_ int, path string) error {
				st, err := j.stated(path)
				if err == nil {
					p.Changes = append(p.Changes, *st)
				}
				return err
			})
		case "share":
			p.Share, err = j.share(path)
		}
		return err
	})
	if err != nil {
		return p, 0, err
	}
	if p.NoLevel && !hasValue {
		hasValue = true // a figure stated only as a change has no value
	}
	if !hasYear || !hasValue {
		return p, 0, j.errAt(start, path, "want year and value fields (leave out a missing value), got an object without them", nil)
	}
	return p, yearOff, nil
}

func (j *jsonReader) stated(path string) (*analysis.Stated, error) {
	st := &analysis.Stated{}
	err := j.object(path, statedKeys, func(key, path string) (err error) {
		switch key {
		case "kind":
			var s string
			var off int64
			if s, off, err = j.str(path); err == nil {
				if st.Kind, err = analysis.ParseChangeKind(s); err != nil {
					err = j.errAt(off, path, err.Error()+" (want growth_pct, pp, multiple or abs)", err)
				}
			}
		case "value":
			st.Value, _, err = j.number(path)
		case "text":
			st.Text, _, err = j.str(path)
		case "decimals":
			st.Precision, err = j.decimals(path)
		case "base":
			st.Base, _, err = j.str(path)
		case "verb":
			st.Verb, _, err = j.str(path)
		case "unit":
			st.Unit, _, err = j.str(path)
		case "ambiguous":
			st.Ambiguous, err = j.boolean(path)
		}
		return err
	})
	return st, err
}

// share reads a stated share {of, value, text, decimals}.
func (j *jsonReader) share(path string) (*analysis.StatedShare, error) {
	sh := &analysis.StatedShare{}
	err := j.object(path, shareKeys, func(key, path string) (err error) {
		switch key {
		case "of":
			sh.Of, _, err = j.str(path)
		case "value":
			sh.Value, _, err = j.number(path)
		case "text":
			sh.Text, _, err = j.str(path)
		case "decimals":
			sh.Precision, err = j.decimals(path)
		}
		return err
	})
	return sh, err
}

// boolean reads true or false.
func (j *jsonReader) boolean(path string) (bool, error) {
	tok, off, err := j.token(path)
	if err != nil {
		return false, err
	}
	b, ok := tok.(bool)
	if !ok {
		return false, j.errAt(off, path, "want true or false, got "+describe(tok), nil)
	}
	return b, nil
}

// decimals reads the decimals a figure was written with: an integer 0–30.
func (j *jsonReader) decimals(path string) (analysis.Precision, error) {
	v, off, err := j.number(path)
	if err != nil {
		return 0, err
	}
	if v != math.Trunc(v) || v < 0 || v > 30 {
		return 0, j.errAt(off, path, "want the decimals as an integer 0–30, got "+strconv.FormatFloat(v, 'g', -1, 64), nil)
	}
	return analysis.PrecisionOf(int(v)), nil
}

// classText is a class as the JSON schema writes it: "" for ClassAuto.
func classText(c analysis.UnitClass) string {
	if c == analysis.ClassAuto {
		return ""
	}
	return c.String()
}

// breakdownText is a breakdown as the JSON schema writes it: "" for the
// default, BreakdownExhaustive.
func breakdownText(b analysis.Breakdown) string {
	if b == analysis.BreakdownExhaustive {
		return ""
	}
	return b.String()
}
