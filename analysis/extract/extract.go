package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Options control extraction. The zero value infers the reporting year from
// the text.
type Options struct {
	// Year is the reporting year for figures whose sentence names none.
	// 0 infers it: the first year written as "NNNN年" in the text (the
	// title, normally).
	Year int
	// File names the input in every figure's Source.
	File string
}

// Flags say how a figure came to be. The zero value is no flag.
type Flags uint8

// Figure flags.
const (
	Approx    Flags = 1 << iota // the text said 多/余/约/近/超过/左右 …
	Derived                     // computed, not read (a back-computed prior)
	Ambiguous                   // the change's attachment is in doubt (SPEC §3)
)

var flagNames = []struct {
	f    Flags
	name string
}{{Approx, "approx"}, {Derived, "derived"}, {Ambiguous, "ambiguous"}}

// Names returns the names of the set flags in a fixed order; never nil.
func (f Flags) Names() []string {
	out := []string{}
	for _, fn := range flagNames {
		if f&fn.f != 0 {
			out = append(out, fn.name)
		}
	}
	return out
}

// String joins the flag names with "|".
func (f Flags) String() string { return strings.Join(f.Names(), "|") }

// Change kinds, as named in the JSON output.
const (
	GrowthPct = "growth_pct" // percent growth: (c − p)/p × 100
	PP        = "pp"         // percentage points: c − p, for rates
	Multiple  = "multiple"   // c / p
	Abs       = "abs"        // c − p in the figure's unit
)

// Change is a change stated next to a figure. A decline has a negative
// Value.
type Change struct {
	Kind     string  // GrowthPct, PP, Multiple or Abs
	Value    float64 // signed; for Multiple always c/p (增长5倍 → 6)
	Text     string  // as written: "比去年同期增长12.33%"
	Decimals int     // decimals of the number as written: the rounding of the statement
	// Number is the change's number as written, with its precision:
	// "12.33", "2.60", "5"; "" for a word (持平, 翻一番).
	Number string
	// Unit is the unit of the number as written: "%", "个百分点",
	// "个千分点", "倍", or the figure's unit for an absolute change (件,
	// 亿元).
	Unit string

	verb string // the change verb as written (增加, 减少): names an absolute change's own figure
	base string // the comparison as written (比上年, 同比, 较2022年); "" if none
	// aside marks a second change kept for the record that the levels as
	// written cannot check (按可比价格下降5.2% after 按当年价格比上年下降5.0%).
	aside bool
}

// Figure is one figure read from the text.
type Figure struct {
	Indicator string // the subject: 实有各类市场主体
	Section   string // the heading the figure falls under, "" if none
	Value     float64
	// Missing is set for a change stated without a level
	// (窗口业务效能提升5倍); Value is then 0 and means nothing.
	Missing bool
	Unit    string // as written: 户, 万元, %, 元/股
	Period  string // as written: "2022年", "1-11月", "截至9月20日"; "" if none
	Year    int    // the year the value belongs to; 0 if unknown
	Flags   Flags
	// Change is the first change stated for the figure, nil if none; it
	// is Changes[0].
	Change *Change
	// Changes are all the changes the text states for the figure, in text
	// order: 同比下降2.60%,同比减少7件 gives a growth_pct and an abs.
	Changes []Change
	// Qualifier is the qualifier of the value as written (多 余 近 将近 约
	// 大约 左右 超过 以上 逾 不足 以下 …), never normalised: 540多个 keeps
	// 多. "" if none; any qualifier also sets the Approx flag.
	Qualifier string
	// Number is the value as written, with its precision: "4.6",
	// "0.3200", "1,210", "两"; for a range the whole range ("3-5").
	Number string
	// High is the upper end of a range (3-5个, 300-500万元, 3%至32%):
	// Value is then the lower end and Range is set.
	High  float64
	Range bool
	// Term and Terms place a figure in a ratio structure: the 2nd of the 3
	// terms of 15.3:31.3:53.4 has Term 2, Terms 3. 0 for other figures.
	Term, Terms int
	// ChangeOf names the figure whose stated absolute change this figure
	// is (刑事案件262件,同比减少7件 → a figure 刑事案件减少 7件 with ChangeOf
	// 刑事案件); "" for other figures.
	ChangeOf string
	Parent   string // the indicator this one is a part of (其中 …), "" if none
	// Sentence is the sentence the figure came from; for a table cell, its
	// row (a text table's line as written; for a table of a document read
	// by ExtractDocument, the row's cells joined by " | ").
	Sentence string
	// Span is the byte range of the figure in the input: subject through
	// unit (and the following noun when the subject follows the number);
	// for a cell of a text table, the value's cell.
	//
	// A cell of a document's table (ExtractDocument) has no place in any
	// input text: Span and SentenceSpan are then [0 0] (InInput reports
	// false, the JSON writes null, the CSV empty cells) and Source.Table,
	// Source.Row and Source.Col place the figure.
	Span [2]int
	// SentenceSpan is the byte range of Sentence in the input:
	// Sentence == input[SentenceSpan[0]:SentenceSpan[1]], and Span lies
	// within it; [0 0] when InInput reports false.
	SentenceSpan [2]int
	// Prior is set for a previous value stated inline (较2022年558件).
	Prior bool
	// Source is where the figure came from: the file (Options.File) and,
	// for a figure read from a table, the table and cell.
	Source Source

	parent int // index+1 of the parent figure in Extract's result
	// noChange marks a figure the changes after it do not belong to: a
	// share of the figure before it (完成年初预算数60999万元的40.4%) and that
	// figure, the base of the share.
	noChange bool
	// headline marks a figure of a numbers headline (headline.go), named
	// after the text that follows it.
	headline bool
}

// Source is the provenance of a figure beyond its sentence.
type Source struct {
	File string // Options.File; "" when not given
	// Table is the 1-based index of the table in its document, 0 for prose;
	// Row and Col are the 0-based row and column of the value's cell.
	Table, Row, Col int
}

// InInput reports whether Span and SentenceSpan place the figure in the
// input text. Every figure Extract returns has a place; the cells of a
// document's tables (ExtractDocument) have none, and Source places them.
func (f *Figure) InInput() bool { return f.SentenceSpan[1] > 0 }

// hasRealTermsChange reports a change kept aside at comparable prices.
func (f *Figure) hasRealTermsChange() bool {
	for i := range f.Changes {
		if f.Changes[i].aside {
			return true
		}
	}
	return false
}

// addChange appends ch to the figure's changes and keeps Change pointing
// at the first.
func (f *Figure) addChange(ch Change) {
	basisPoints(&ch)
	narrowedDecline(f, &ch)
	f.Changes = append(f.Changes, ch)
	f.Change = &f.Changes[0]
}

// addTableChange is f.addChange(ch) for the many figures of a table with
// a change column: a figure's first change is taken from x.changeSlab, a
// block of changes allocated together, as a slice of capacity one (a
// second change appends to a slice of its own, as addChange's would).
func (x *extractor) addTableChange(f *Figure, ch Change) {
	if cap(f.Changes) > 0 {
		f.addChange(ch)
		return
	}
	if len(x.changeSlab) == cap(x.changeSlab) {
		x.changeSlab = make([]Change, 0, 256)
	}
	basisPoints(&ch)
	x.changeSlab = append(x.changeSlab, ch)
	n := len(x.changeSlab)
	f.Changes = x.changeSlab[n-1 : n : n]
	f.Change = &f.Changes[0]
}

// hasChangeKind reports whether the figure already states a change of
// kind k (a change over several years, 年均增长, does not count).
func (f *Figure) hasChangeKind(k string) bool {
	for i := range f.Changes {
		if f.Changes[i].Kind == k && !isMultiYearBase(f.Changes[i].base) {
			return true
		}
	}
	return false
}

// Extract reads the figures of a report text. text must be valid UTF-8;
// otherwise the error names the byte offset of the first invalid byte.
func Extract(text []byte, opt Options) ([]Figure, error) {
	if !validText(text) {
		off := 0
		for off < len(text) {
			r, n := utf8.DecodeRune(text[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, fmt.Errorf("extract: invalid UTF-8 at byte offset %d (decode GB18030 input first)", off)
	}
	x := newValidExtractor(text, opt)
	written := x.s
	orig, shifts := stripReadingNotes(written)
	x.s = orig
	folded, trad := foldTraditional(orig)
	if trad {
		// 億元, 增長, 較上年: read through the simplified copy, reported
		// as written.
		x.s = folded
	}
	x.run()
	if trad {
		unfoldFigures(x.figs, orig)
	}
	if shifts != nil {
		// 萬(wàn)元: offsets and sentences as written.
		restoreNoteOffsets(x.figs, written, shifts)
	}
	joinWrappedNames(x.figs)
	return x.figs, nil
}

// newExtractor prepares the reading of text, which must be valid UTF-8.
func newExtractor(text []byte, opt Options) (*extractor, error) {
	if !utf8.Valid(text) {
		return nil, fmt.Errorf("invalid UTF-8")
	}
	return newValidExtractor(text, opt), nil
}

// newValidExtractor is newExtractor for text known to be valid UTF-8.
func newValidExtractor(text []byte, opt Options) *extractor {
	x := &extractor{s: string(text), year: opt.Year, file: opt.File}
	// Size for the figures the text holds: at least one per 300 bytes
	// (the sample report) and one per three runs of digits (dense
	// bulletins), so that growing the slice rarely copies it.
	x.figs = make([]Figure, 0, max(len(text)/300, digitRuns(text)/3)+4)
	if x.year == 0 {
		x.year = InferYear(x.s)
	}
	return x
}

// InferYear returns the first year written as "NNNN年" (1900–2100) in text
// that is not part of a span (2021—2025年) or a comparison (较2021年), or 0.
func InferYear(text string) int {
	s := text
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "年")
		if j < 0 {
			return 0
		}
		j += i
		k := j
		digits := 0
		for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
			k--
			digits++
		}
		if digits == 4 {
			r, _ := runeBefore(s, k)
			y := int(s[k]-'0')*1000 + int(s[k+1]-'0')*100 + int(s[k+2]-'0')*10 + int(s[k+3]-'0')
			if y >= 1900 && y <= 2100 && !isRangeSep(r) && r != '较' && r != '比' && r != '.' && r != '第' {
				return y
			}
		}
		i = j + len("年")
	}
	return 0
}

func isRangeSep(r rune) bool {
	switch r {
	case '-', '—', '–', '~', '～', '至', '到', '－', '−':
		return true
	}
	return false
}

type extractor struct {
	s    string
	year int
	file string

	tables       int    // text tables read so far
	pendingUnit  string // the unit of a 单位 line waiting for its table
	curTableUnit string // the 单位 line's unit of the table being read
	tableYear    int    // the one year the caption of the table being read names (表1 2022年…), 0 if none
	// companyEnd and companyUnit are the end and the unit of the last
	// block companyLines read (companyBlockUnit).
	companyEnd  int
	companyUnit string
	// noStreamUntil is the end of the last block cellStream looked at and
	// found no table in: its lines are not tried again (linear time).
	noStreamUntil int
	// noLineCellsUntil is the end of the last block lineCells looked at
	// and found no table in: it does not look inside it again.
	noLineCellsUntil int
	// noGridUntil is the end of the last block cellGrid looked at: it
	// does not look inside it again.
	noGridUntil int
	// noBarLeadUntil: barLeadTable looked at the lines before it and found
	// no table there (barlead.go); cost linear in the input.
	noBarLeadUntil int
	grid           gridState // the aligned tables looked for (textgrid.go)
	xxgk           xxgkState // the template tables of 信息公开年报 found in the text (xxgktable.go)
	figs           []Figure

	section  string
	lastLine int // index+1 of the last figure of the previous sentence in this line

	// changeRows remembers the last line changeColumnRow found under a
	// header of changes (or not), so that the rows of one block look for
	// their header once.
	changeRows changeRowCache

	// columns memoises classifyColumn by header path and unit (column):
	// the tables of a report repeat their headers.
	columns map[string]tableColumn
	// periodWords memoises columnPeriodWord by header (periodWord).
	periodWords map[string]string
	// rowLabelText, rowLabelName and rowLabelUnit are the last row label
	// rowLabel read (rowLabelSet once there is one).
	rowLabelText, rowLabelName, rowLabelUnit string
	rowLabelSet                              bool

	// changeSlab holds the first changes of table figures
	// (addTableChange), allocated a block at a time.
	changeSlab []Change

	toks []token       // reused token buffer
	st   sentenceState // reused sentence state
}

const (
	tokNum tokKind = iota
	tokBreak
	tokWord // 持平, 翻一番
	tokSkip // a number already read by a rule (the upper end of 3%至32%)
)

// source is the provenance of a figure read from the prose.
func (x *extractor) source() Source { return Source{File: x.file} }

// push appends a figure, doubling the capacity when it is full: append's
// growth of a quarter for large slices copied the figures (and made the
// collector scan them) several times over on figure-dense text.
func (x *extractor) push(f Figure) {
	if len(x.figs) == cap(x.figs) {
		figs := make([]Figure, len(x.figs), 2*cap(x.figs)+16)
		copy(figs, x.figs)
		x.figs = figs
	}
	x.figs = append(x.figs, f)
}

// nextFigure appends a zero figure to x.figs, growing it as push does, and
// returns it to be filled in place (a Figure is some 340 bytes: building it
// on the stack and pushing it copies it twice). The caller drops it again
// with x.figs = x.figs[:len(x.figs)-1] when it reads no figure, and pushes
// nothing while it holds the pointer.
func (x *extractor) nextFigure() *Figure {
	if len(x.figs) == cap(x.figs) {
		figs := make([]Figure, len(x.figs), 2*cap(x.figs)+16)
		copy(figs, x.figs)
		x.figs = figs
	}
	x.figs = x.figs[:len(x.figs)+1]
	f := &x.figs[len(x.figs)-1]
	*f = Figure{}
	return f
}
