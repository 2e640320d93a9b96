package extract

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/csvsafe"
)

type jsonChange struct {
	Kind      string  `json:"kind"`
	Value     float64 `json:"value"`
	Text      string  `json:"text"`
	Number    string  `json:"number"`
	Unit      string  `json:"unit"`
	Precision int     `json:"precision"`
}

type jsonUnit struct {
	Scale  string  `json:"scale"`
	Factor float64 `json:"factor"`
	Base   string  `json:"base"`
	Class  string  `json:"class"`
}

type jsonSource struct {
	File  *string `json:"file"`
	Table *int    `json:"table"`
	Row   *int    `json:"row"`
	Col   *int    `json:"col"`
}

type jsonFigure struct {
	Indicator string      `json:"indicator"`
	Section   *string     `json:"section"`
	Value     *float64    `json:"value"`
	Unit      string      `json:"unit"`
	Period    *string     `json:"period"`
	Year      *int        `json:"year"`
	Flags     []string    `json:"flags"`
	Change    *jsonChange `json:"change"`
	Parent    *string     `json:"parent"`
	Sentence  string      `json:"sentence"`
	Span      *[2]int     `json:"span"`
	// Fields added with several changes, qualifiers, precision and tables.
	Changes      []jsonChange `json:"changes"`
	Qualifier    *string      `json:"qualifier"`
	Number       *string      `json:"number"`
	Precision    *int         `json:"precision"`
	UnitInfo     jsonUnit     `json:"unit_info"`
	High         *float64     `json:"range_high"`
	Term         *[2]int      `json:"ratio_term"`
	ChangeOf     *string      `json:"change_of"`
	Prior        bool         `json:"prior"`
	SentenceSpan *[2]int      `json:"sentence_span"`
	Source       jsonSource   `json:"source"`
}

func jsonChanges(f *Figure) []jsonChange {
	out := make([]jsonChange, 0, len(f.Changes))
	for _, c := range f.Changes {
		out = append(out, jsonChange{Kind: c.Kind, Value: c.Value, Text: validUTF8(c.Text), Number: validUTF8(c.Number),
			Unit: validUTF8(c.Unit), Precision: c.Decimals})
	}
	return out
}

func unitInfo(f *Figure) jsonUnit {
	u := analysis.ParseUnit(f.Unit)
	return jsonUnit{Scale: validUTF8(u.Scale), Factor: u.Factor, Base: validUTF8(u.Base), Class: analysis.ClassOf(f.Indicator, f.Unit).String()}
}

// precisionOf is the decimals of the value as written, false when unknown
// (a Chinese numeral, a derived value).
func precisionOf(f *Figure) (int, bool) {
	if f.Missing || f.Range {
		return 0, false
	}
	return analysis.PrecisionOfText(f.Number).Decimals()
}

func intOrNil(v int, ok bool) *int {
	if !ok {
		return nil
	}
	return &v
}

func jsonSourceOf(f *Figure) jsonSource {
	src := jsonSource{File: strOrNil(validUTF8(f.Source.File))}
	if f.Source.Table > 0 {
		t, r, c := f.Source.Table, f.Source.Row, f.Source.Col
		src.Table, src.Row, src.Col = &t, &r, &c
	}
	return src
}

func strOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// figureFinite reports whether every number of f is finite.
func figureFinite(f *Figure) bool {
	if !finite(f.Value) || !finite(f.High) || f.Change != nil && !finite(f.Change.Value) {
		return false
	}
	for _, c := range f.Changes {
		if !finite(c.Value) {
			return false
		}
	}
	return true
}

// WriteJSON writes figs as a JSON array, one object per figure with the
// fields indicator, section, value, unit, period, year, flags, change (the
// first change: {kind, value, text, number, unit, precision}), parent,
// sentence and span ([start, end] byte offsets in the input; null for a
// cell of a document's table, which Figure.InInput explains), and
//
//   - changes: every stated change, in text order (same objects as change;
//     [] when none);
//   - qualifier: the qualifier as written (多, 近, 约, 左右 …);
//   - number: the value as written ("4.6", "0.3200"); precision: its
//     decimals;
//   - unit_info: {scale, factor, base, class} of the unit (万户 → 万, 10000,
//     户, count; analysis.ParseUnit and ClassOf);
//   - range_high: the upper end of a range (Value is the lower);
//   - ratio_term: [term, terms] of a ratio structure part;
//   - change_of: the figure a stated absolute change belongs to;
//   - prior: a prior-year value stated inline or derived;
//   - sentence_span: the sentence's byte range (null where span is);
//   - source: {file, table, row, col}: the file and, for a table cell, the
//     1-based table and the 0-based row and column.
//
// Absent values (no section, no period, year 0, a Missing value, no
// change, no parent, no qualifier …) are null. A non-finite value is an
// error: nothing is written then.
func WriteJSON(w io.Writer, figs []Figure) error {
	for i := range figs {
		if f := &figs[i]; !figureFinite(f) {
			return fmt.Errorf("extract: figure %d (%s): value is not a finite number", i, f.Indicator)
		}
	}
	bw := bufio.NewWriter(w)
	if len(figs) == 0 {
		bw.WriteString("[]\n")
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("extract: write JSON: %w", err)
		}
		return nil
	}
	// One figure at a time, each written as an element of the array
	// (jsonOut): the bytes of encoding the whole array at once with
	// encoding/json, without holding all of it in memory or reflecting.
	var o jsonOut
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	bw.WriteString("[\n  ")
	lastSentence, lastValid := "", ""
	for i := range figs {
		// The figures of a sentence share its string: it is made valid
		// once, not once a figure.
		if s := figs[i].Sentence; s != lastSentence || i == 0 {
			lastSentence, lastValid = s, validUTF8(s)
		}
		o.b, o.bad = o.b[:0], false
		o.figure(&figs[i], lastValid)
		if o.bad {
			// A number encoding/json refuses: its error, as before.
			jf := jsonFigureOf(&figs[i], lastValid)
			buf.Reset()
			if err := enc.Encode(&jf); err != nil {
				return fmt.Errorf("extract: write JSON: %w", err)
			}
			o.b = append(o.b[:0], bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
		}
		if i > 0 {
			bw.WriteString(",\n  ")
		}
		bw.Write(o.b)
	}
	bw.WriteString("\n]\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("extract: write JSON: %w", err)
	}
	return nil
}

// jsonFigureOf is the JSON object of one figure; sentence is
// validUTF8(f.Sentence).
func jsonFigureOf(f *Figure, sentence string) jsonFigure {
	jf := jsonFigure{Indicator: validUTF8(f.Indicator), Section: strOrNil(validUTF8(f.Section)), Unit: validUTF8(f.Unit),
		Period: strOrNil(validUTF8(f.Period)), Flags: f.Flags.Names(), Parent: strOrNil(validUTF8(f.Parent)),
		Sentence: sentence}
	if f.InInput() {
		span, sspan := f.Span, f.SentenceSpan
		jf.Span, jf.SentenceSpan = &span, &sspan
	}
	if !f.Missing {
		v := f.Value
		jf.Value = &v
	}
	if f.Year != 0 {
		y := f.Year
		jf.Year = &y
	}
	jf.Changes = jsonChanges(f)
	if len(jf.Changes) > 0 {
		jf.Change = &jf.Changes[0]
	}
	jf.Qualifier = strOrNil(validUTF8(f.Qualifier))
	jf.Number = strOrNil(validUTF8(f.Number))
	jf.Precision = intOrNil(precisionOf(f))
	jf.UnitInfo = unitInfo(f)
	if f.Range {
		h := f.High
		jf.High = &h
	}
	if f.Terms > 0 {
		jf.Term = &[2]int{f.Term, f.Terms}
	}
	jf.ChangeOf = strOrNil(validUTF8(f.ChangeOf))
	jf.Prior = f.Prior
	jf.Source = jsonSourceOf(f)
	return jf
}

func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// CSVHeader is the header WriteCSV writes: the long CSV of SPEC §5
// (section, indicator, unit, year, value, flag, note, parent) followed by
// the extraction's own columns.
var CSVHeader = []string{"section", "indicator", "unit", "year", "value", "flag", "note", "parent",
	"period", "change_kind", "change_value", "change_text", "span_start", "span_end", "sentence",
	"changes", "qualifier", "number", "precision", "unit_scale", "unit_base", "unit_class", "range_high",
	"change_of", "prior", "file", "table", "row", "col"}

// csvText marks the columns of CSVHeader that hold text, which WriteCSV
// keeps from reading as spreadsheet formulas; the others hold numbers.
var csvText = func() []bool {
	num := map[string]bool{"year": true, "value": true, "change_value": true, "span_start": true, "span_end": true,
		"precision": true, "range_high": true, "table": true, "row": true, "col": true}
	t := make([]bool, len(CSVHeader))
	for i, h := range CSVHeader {
		t[i] = !num[h]
	}
	return t
}()

// csvChanges writes all the changes of a figure in one cell, in the form
// of analysis.FormatChanges that ingest.ReadCSV reads: each as the
// analysis package holds it (the number as written, its base, verb, the
// unit of an absolute change in another unit, its decimals), so that the
// CSV read back gives the changes ToDataset gives:
// "growth_pct -2.6 (2.60) base=同比 verb=下降 decimals=2; abs -7 (7) base=同比 verb=减少 decimals=0".
func csvChanges(f *Figure) (string, error) {
	out := make([]analysis.Stated, 0, len(f.Changes))
	for i := range f.Changes {
		st, err := stated(&f.Changes[i], f.Unit)
		if err != nil {
			return "", err
		}
		st.Ambiguous = f.Flags&Ambiguous != 0 && st.Kind == analysis.ChangeGrowthPct
		out = append(out, *st)
	}
	return analysis.FormatChanges(out)
}

// RowNames returns the indicator name each figure gets as a row of a long
// CSV or in a dataset, where (section, indicator, unit, year) must be
// unique. The first figure with a key keeps its name; a later one gets its
// period appended in parentheses when it has a period that is not the year
// alone ("归集上报数据(1-11月)"), and if the key is still taken, a counter:
// "刑拘(2)", "刑拘(3)". The renaming depends only on the order of figs.
// Prior figures (Prior set) follow the name given to the figure they are the
// prior of when that figure precedes them in the same sentence.
func RowNames(figs []Figure) []string {
	type key struct {
		section, name, unit string
		year                int
	}
	names := make([]string, len(figs))
	used := make(map[key]bool, len(figs))
	next := make(map[key]int) // the next counter to try for a name
	// renamed maps (sentence start, original name) to the last name given,
	// so priors and changes stay with their figure.
	type origin struct {
		sent, table, row int // a document's table cells have no sentence offset
		name, unit       string
	}
	renamed := map[origin]string{}
	for i := range figs {
		f := &figs[i]
		name := f.Indicator
		if f.Prior {
			if r, ok := renamed[origin{f.SentenceSpan[0], f.Source.Table, f.Source.Row, f.Indicator, f.Unit}]; ok {
				name = r
			}
		}
		if f.Terms > 0 {
			// The parts of a ratio structure are rows of their own.
			name = f.Indicator + "(第" + strconv.Itoa(f.Term) + "项)"
		}
		k := key{f.Section, name, f.Unit, f.Year}
		if used[k] && f.Period != "" && !isYearOnly(f.Period) {
			name = f.Indicator + "(" + f.Period + ")"
			k.name = name
		}
		if used[k] {
			// The counter resumes where the last clash of this name stopped,
			// so n figures of one name cost O(n), not O(n²).
			base := k
			base.name = name
			n := next[base]
			if n < 2 {
				n = 2
			}
			for k.name = name + "(" + strconv.Itoa(n) + ")"; used[k]; {
				n++
				k.name = name + "(" + strconv.Itoa(n) + ")"
			}
			next[base] = n + 1
		}
		used[k] = true
		names[i] = k.name
		if !f.Prior {
			renamed[origin{f.SentenceSpan[0], f.Source.Table, f.Source.Row, f.Indicator, f.Unit}] = k.name
		}
	}
	return names
}

func isYearOnly(p string) bool {
	p = strings.TrimSuffix(strings.TrimSuffix(p, "度"), "年")
	if len(p) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if p[i] < '0' || p[i] > '9' {
			return false
		}
	}
	return true
}

func formatFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// WriteCSV writes figs as a long CSV (SPEC §5) with the header CSVHeader.
// Indicator names are made unique per (section, unit, year) by RowNames,
// and parent names follow the renaming. change_kind, change_value and
// change_text are the first stated change (its words as written); the
// changes column holds every stated change in the form of
// analysis.FormatChanges, which ingest.ReadCSV reads back. The flag column holds the SPEC
// flags (approx, derived); an ambiguous change attachment is said in note,
// as is the period. A Missing value leaves the value cell empty, and a
// figure with no place in the input (a document's table cell: InInput)
// the span_start and span_end cells; its table, row and col place it. A
// non-finite value is an error: nothing is written then. A text cell that
// a spreadsheet would run as a formula (beginning with =, +, -, @, tab or
// CR, and not a number) gets a leading single quote (internal/csvsafe),
// which ingest.ReadCSV removes again.
func WriteCSV(w io.Writer, figs []Figure) error {
	names := RowNames(figs)
	rows := make([][]string, 0, len(figs)+1)
	rows = append(rows, CSVHeader)
	for i := range figs {
		f := &figs[i]
		if !figureFinite(f) {
			return fmt.Errorf("extract: figure %d (%s): value is not a finite number", i, f.Indicator)
		}
		year, value := "", ""
		if f.Year != 0 {
			year = strconv.Itoa(f.Year)
		}
		if !f.Missing {
			value = formatFloat(f.Value)
		}
		flag := (f.Flags &^ Ambiguous).String()
		var notes []string
		if f.Period != "" && !isYearOnly(f.Period) {
			notes = append(notes, f.Period)
		}
		if f.Flags&Ambiguous != 0 {
			notes = append(notes, "ambiguous: the change may belong to another figure of the sentence")
		}
		if f.Missing {
			notes = append(notes, "no value stated, only a change")
		}
		parent := f.Parent
		if f.parent > 0 && f.parent <= len(figs) && figs[f.parent-1].Indicator == f.Parent {
			parent = names[f.parent-1]
		}
		ck, cv, ct := "", "", ""
		if f.Change != nil {
			ck, cv, ct = f.Change.Kind, formatFloat(f.Change.Value), f.Change.Text
		}
		prec, high, table, row, col, prior := "", "", "", "", "", ""
		if d, ok := precisionOf(f); ok {
			prec = strconv.Itoa(d)
		}
		if f.Range {
			high = formatFloat(f.High)
		}
		if f.Source.Table > 0 {
			table, row, col = strconv.Itoa(f.Source.Table), strconv.Itoa(f.Source.Row), strconv.Itoa(f.Source.Col)
		}
		if f.Prior {
			prior = "true"
		}
		ui := unitInfo(f)
		spanA, spanB := "", ""
		if f.InInput() {
			spanA, spanB = strconv.Itoa(f.Span[0]), strconv.Itoa(f.Span[1])
		}
		changes, err := csvChanges(f)
		if err != nil {
			return fmt.Errorf("extract: figure %d (%s): %w", i, f.Indicator, err)
		}
		rows = append(rows, []string{f.Section, names[i], f.Unit, year, value, flag, strings.Join(notes, "; "), parent,
			f.Period, ck, cv, ct, spanA, spanB, f.Sentence,
			changes, f.Qualifier, f.Number, prec, ui.Scale, ui.Base, ui.Class, high,
			f.ChangeOf, prior, f.Source.File, table, row, col})
	}
	for i, r := range rows {
		for j := range r {
			r[j] = validUTF8(r[j])
			if i > 0 && csvText[j] {
				r[j] = csvsafe.Text(r[j]) // never read as a formula
			}
		}
	}
	bw := bufio.NewWriter(w)
	cw := csv.NewWriter(bw)
	if err := cw.WriteAll(rows); err != nil {
		return fmt.Errorf("extract: write CSV: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("extract: write CSV: %w", err)
	}
	return nil
}

// unitScales are the scale prefixes NormalizeUnit removes, longest first.
var unitScales = []struct {
	prefix string
	factor float64
}{{"万亿", 1e12}, {"千万", 1e7}, {"百万", 1e6}, {"十万", 1e5}, {"亿", 1e8}, {"万", 1e4}}

// NormalizeUnit converts a value at a written scale to the base unit:
// 万元 → 元 (×10⁴), 亿元 → 元 (×10⁸), 亿美元 → 美元, 万人 → 人, 万宗 → 宗,
// 千元 → 元 (×10³), 万元/股 → 元/股; a bare 万 or 亿 becomes the empty unit.
// Units without a scale (户, %, 千米, 千瓦时) are returned unchanged.
func NormalizeUnit(value float64, unit string) (float64, string) {
	head, tail, slash := strings.Cut(unit, "/")
	if strings.HasPrefix(head, "千") && strings.HasSuffix(head, "元") {
		v := value * 1e3
		if !finite(v) {
			return value, unit
		}
		return v, joinUnit(strings.TrimPrefix(head, "千"), tail, slash)
	}
	for _, sc := range unitScales {
		if strings.HasPrefix(head, sc.prefix) {
			v := value * sc.factor
			if !finite(v) {
				return value, unit
			}
			return v, joinUnit(strings.TrimPrefix(head, sc.prefix), tail, slash)
		}
	}
	return value, unit
}

func joinUnit(head, tail string, slash bool) string {
	if slash {
		return head + "/" + tail
	}
	return head
}
