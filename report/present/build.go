package present

import (
	"strconv"
	"time"

	"github.com/annualstat/annualstat/analysis"
)

// Options controls New. The zero value takes the title, body and source
// from the dataset, signs without a date, and selects DefaultCharts.
type Options struct {
	Title  string // document title; "": the dataset's, or "<body><year>年统计附录"
	Org    string // issuing body; "": the dataset's
	Source string // where the figures come from; "": the dataset's

	// Date is the date of issue printed in the signature (落款); zero
	// leaves the date out. It is an input, never the clock, so that the
	// same data gives the same documents.
	Date time.Time

	// Charts selects charts by name: "grouped" (the unit with the most
	// comparable indicators), "grouped-N" (further units), "growth",
	// "growth-pp", "trend", or "all". nil selects DefaultCharts; an empty
	// non-nil slice selects none.
	Charts []string
	// MaxBars caps the indicators of a bar chart (0: DefaultMaxBars);
	// MaxLines the series of a trend (0: DefaultMaxLines).
	MaxBars, MaxLines int

	// IncludeChecks prints the check report in the appendix as well as in
	// its own file.
	IncludeChecks bool
}

// DefaultCharts are the charts an appendix shows unless Options.Charts
// says otherwise: one grouped chart, growth, percentage points and, for
// three or more years, the trend.
var DefaultCharts = []string{"grouped", "growth", "growth-pp", "trend"}

// Chart limits.
const (
	DefaultMaxBars  = 20
	DefaultMaxLines = 8
)

// New builds the document of an analysed table and its findings: it makes
// every decision of how the appendix shows its figures (SPEC §10). t must
// not be nil; findings may be.
func New(t *analysis.Table, findings []analysis.Finding, opt Options) *Document {
	ds := t.Dataset
	if ds == nil {
		ds = &analysis.Dataset{}
	}
	doc := &Document{
		Org:          Punctuate(first(opt.Org, ds.Org)),
		Year:         t.Year,
		PreviousYear: t.PreviousYear,
		Period:       yearPeriod(t.Year, periodOf(t, true)),
		Comparison:   comparison(t.Year, t.PreviousYear),
		Rows:         len(t.Rows),
	}
	doc.Title = Punctuate(first(opt.Title, ds.Title))
	if doc.Title == "" {
		doc.Title = doc.Org + strconv.Itoa(t.Year) + "年统计附录"
	}
	if src := Punctuate(first(opt.Source, ds.Source)); src != "" {
		doc.Source = "资料来源：" + src
	}
	doc.Signature = Signature{Org: doc.Org, Date: opt.Date, DateText: ChineseDate(opt.Date)}
	doc.Sections = narrative(t)
	doc.Tables = []*Table{mainTable(t, 1, doc.Source)}
	doc.Charts = charts(t, opt, doc.Source)
	doc.Checks = checkReport(findings, doc.Title)
	doc.IncludeChecks = opt.IncludeChecks
	return doc
}

func first(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// comparison names the comparison year as the text does: "上年" for the
// year before, "2019年" for another, "" for none.
func comparison(year, prev int) string {
	switch {
	case prev == 0:
		return ""
	case prev == year-1:
		return "上年"
	}
	return strconv.Itoa(prev) + "年"
}

// yearPeriod is "2022年" or, for a part of the year, "2022年1-11月".
func yearPeriod(year int, period string) string {
	return strconv.Itoa(year) + "年" + period
}

// periodOf is the part of the year the table's values cover, when every
// current value (current: true) or previous value covers the same one
// ("1-11月"); "" for whole years or a mix.
func periodOf(t *analysis.Table, current bool) string {
	period, seen := "", false
	for i := range t.Rows {
		r := &t.Rows[i]
		p, ok := &r.Current, r.HasCurrent
		if !current {
			p, ok = &r.Previous, r.HasPrevious
		}
		if !ok {
			continue
		}
		if !seen {
			period, seen = p.Period, true
		} else if p.Period != period {
			return ""
		}
	}
	return period
}

// narrative groups the statements by section, in order of first
// appearance.
func narrative(t *analysis.Table) []Section {
	var out []Section
	index := map[string]int{}
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Statement == "" {
			continue
		}
		sec := r.Indicator.Section
		k, ok := index[sec]
		if !ok {
			k = len(out)
			index[sec] = k
			out = append(out, Section{Heading: Punctuate(sec)})
		}
		out[k].Statements = append(out[k].Statements, Punctuate(r.Statement))
		out[k].Rows = append(out[k].Rows, i)
	}
	return out
}
