package xlsx

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/atomicfile"
)

// Sheet names.
const (
	SheetYoY      = "同比分析" // year-over-year table
	SheetData     = "数据"   // long data, loadable by analysis/ingest
	SheetFindings = "校验"   // consistency findings
	SheetCharts   = "图表"   // native charts and PNG pictures
)

// DefaultMaxChartRows is the number of indicators a native chart shows when
// Options.MaxChartRows is 0.
const DefaultMaxChartRows = 20

// DataHeader is the header of the 数据 sheet: the long-CSV columns of the
// spec followed by the optional columns analysis/ingest accepts.
var DataHeader = []string{"section", "indicator", "unit", "year", "value", "flag", "note", "parent",
	"period", "kind", "change_kind", "change_value", "change_text"}

// Options controls Write. The zero value writes native charts of at most
// DefaultMaxChartRows indicators and takes the document properties from the
// dataset.
type Options struct {
	Title   string // document title; default: the dataset's title or "<year>年统计附表"
	Subject string // document subject; default: "<year>年与<previous>年同比分析"
	Creator string // document author; default: "annualstat"
	Org     string // reporting body, written as the document's company; default: the dataset's Org

	// Charts are PNG images to embed as pictures on the 图表 sheet.
	Charts [][]byte
	// NoNativeCharts leaves out the native Excel charts.
	NoNativeCharts bool
	// MaxChartRows caps the number of indicators in each native chart;
	// 0 means DefaultMaxChartRows.
	MaxChartRows int

	// Test hooks.
	maxRows    int  // rows per sheet before continuing on the next; 0: Excel's limit
	wrongCache bool // write deliberately wrong cached formula results
}

// Write writes the workbook to path atomically: into a temporary file in
// the same directory, renamed over path only when everything succeeded. On
// any error, or when ctx is cancelled, no file is left at path.
func Write(ctx context.Context, path string, t *analysis.Table, findings []analysis.Finding, opt Options) error {
	return atomicfile.Write(ctx, path, func(w io.Writer) error {
		return WriteTo(ctx, w, t, findings, opt)
	})
}

// WriteTo writes the workbook to w. It checks ctx between rows and returns
// ctx's error when it is cancelled (w then holds a partial workbook: use
// Write for files).
func WriteTo(ctx context.Context, w io.Writer, t *analysis.Table, findings []analysis.Finding, opt Options) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if t == nil || t.Dataset == nil {
		return errors.New("xlsx: no table to write")
	}
	f := excelize.NewFile()
	defer f.Close()
	b := &builder{ctx: ctx, f: f, t: t, opt: opt, styles: map[string]int{}, maxRows: opt.maxRows}
	if b.maxRows <= 0 || b.maxRows > excelize.TotalRows {
		b.maxRows = excelize.TotalRows
	}
	if err := b.build(findings); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	zw := newZipWriter(w)
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zw })
	if err := f.Write(io.Discard); err != nil {
		return fmt.Errorf("xlsx: save workbook: %w", err)
	}
	return nil
}

// builder holds the state of one workbook being written.
type builder struct {
	ctx     context.Context
	f       *excelize.File
	t       *analysis.Table
	opt     Options
	styles  map[string]int // number format → style ID
	maxRows int

	header, section, text, wrap int // style IDs

	// where the 同比分析 rows went, for the charts: row index → cell place
	placed map[int]place

	colRows, growthRows []int // rows of the native charts, see ChartRows
}

// place is the sheet and row a table row was written to.
type place struct {
	sheet string
	line  int
}

func (b *builder) build(findings []analysis.Finding) error {
	if err := b.setup(); err != nil {
		return err
	}
	if err := b.writeYoY(); err != nil {
		return fmt.Errorf("sheet %s: %w", SheetYoY, err)
	}
	if err := b.writeData(); err != nil {
		return fmt.Errorf("sheet %s: %w", SheetData, err)
	}
	if err := b.writeFindings(findings); err != nil {
		return fmt.Errorf("sheet %s: %w", SheetFindings, err)
	}
	if err := b.writeCharts(); err != nil {
		return fmt.Errorf("sheet %s: %w", SheetCharts, err)
	}
	b.f.SetActiveSheet(0)
	return nil
}

// setup sets the document properties, calculation properties and the
// shared styles.
func (b *builder) setup() error {
	t, d := b.t, b.t.Dataset
	title := b.opt.Title
	if title == "" {
		title = d.Title
	}
	if title == "" {
		title = strconv.Itoa(t.Year) + "年统计附表"
	}
	subject := b.opt.Subject
	if subject == "" {
		subject = strconv.Itoa(t.Year) + "年同比分析"
		if t.PreviousYear != 0 {
			subject = fmt.Sprintf("%d年与%d年同比分析", t.Year, t.PreviousYear)
		}
	}
	creator := b.opt.Creator
	if creator == "" {
		creator = "annualstat"
	}
	org := b.opt.Org
	if org == "" {
		org = d.Org
	}
	now := time.Now().UTC().Format(time.RFC3339)
	if err := b.f.SetDocProps(&excelize.DocProperties{
		Title:       title,
		Subject:     subject,
		Creator:     creator,
		Keywords:    strconv.Itoa(t.Year),
		Category:    "统计附表",
		Description: subject,
		Identifier:  strconv.Itoa(t.Year),
		Language:    "zh-CN",
		Created:     now,
		Modified:    now,
	}); err != nil {
		return fmt.Errorf("document properties: %w", err)
	}
	if err := b.f.SetAppProps(&excelize.AppProperties{Application: "annualstat", Company: org}); err != nil {
		return fmt.Errorf("application properties: %w", err)
	}
	// Ask Excel to recalculate on open; the cached values are right anyway.
	full := true
	if err := b.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}); err != nil {
		return fmt.Errorf("calculation properties: %w", err)
	}
	var err error
	border := []excelize.Border{{Type: "bottom", Color: "1F4E78", Style: 1}}
	if b.header, err = b.f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Color: "FFFFFF"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E78"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		Border:    border,
	}); err != nil {
		return err
	}
	if b.section, err = b.f.NewStyle(&excelize.Style{
		Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
	}); err != nil {
		return err
	}
	if b.text, err = b.f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}}); err != nil {
		return err
	}
	if b.wrap, err = b.f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}); err != nil {
		return err
	}
	return nil
}

// numStyle returns the style ID of a number format, creating it once.
func (b *builder) numStyle(format string) (int, error) {
	if id, ok := b.styles[format]; ok {
		return id, nil
	}
	fm := format
	id, err := b.f.NewStyle(&excelize.Style{CustomNumFmt: &fm, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return 0, fmt.Errorf("number format %q: %w", format, err)
	}
	b.styles[format] = id
	return id, nil
}

// checkEvery is how many rows are written between checks of ctx.
const checkEvery = 4096

// sheetSeq writes rows to a sheet, continuing on name2, name3 … when a
// sheet is full. Each sheet gets the header row, column widths, a frozen
// header and, when asked, a filter and print setup.
type sheetSeq struct {
	b      *builder
	base   string
	header []any
	widths []float64
	total  int  // data rows to be written in all
	filter bool // autofilter over the header and data
	print  bool // A4 landscape, header repeated, fit to width

	n       int // sheets opened
	written int // data rows written
	name    string
	sw      *excelize.StreamWriter
	line    int // last line written on the current sheet
}

// open starts the next sheet of the sequence.
func (s *sheetSeq) open() error {
	s.n++
	s.name = s.base
	if s.n > 1 {
		s.name = s.base + strconv.Itoa(s.n)
	}
	f := s.b.f
	if f.SheetCount == 1 && f.GetSheetName(0) == "Sheet1" {
		if err := f.SetSheetName("Sheet1", s.name); err != nil {
			return err
		}
	} else if _, err := f.NewSheet(s.name); err != nil {
		return err
	}
	lines := min(s.total-s.written, s.b.maxRows-1) + 1
	lastCol, err := excelize.ColumnNumberToName(len(s.header))
	if err != nil {
		return err
	}
	ref := "A1:" + lastCol + strconv.Itoa(lines)
	// The sheet properties and dimension are written when the stream
	// starts, so they are set first; AutoFilter replaces the sheet
	// properties and comes before them.
	if s.filter {
		if err := f.AutoFilter(s.name, ref, nil); err != nil {
			return err
		}
	}
	below := false
	props := &excelize.SheetPropsOptions{OutlineSummaryBelow: &below}
	if s.print {
		fit := true
		props.FitToPage = &fit
	}
	if err := f.SetSheetProps(s.name, props); err != nil {
		return err
	}
	if err := f.SetSheetDimension(s.name, ref); err != nil {
		return err
	}
	if s.print {
		size, orient, one, zero := 9, "landscape", 1, 0 // 9: A4
		if err := f.SetPageLayout(s.name, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); err != nil {
			return err
		}
		if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + s.name + "'!$1:$1", Scope: s.name}); err != nil {
			return err
		}
	}
	if s.sw, err = f.NewStreamWriter(s.name); err != nil {
		return err
	}
	if err := setWidths(s.sw, s.widths); err != nil {
		return err
	}
	if err := s.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	s.line = 1
	return s.sw.SetRow("A1", s.header, excelize.RowOpts{StyleID: s.b.header})
}

// row writes one data row and returns where it went.
func (s *sheetSeq) row(values []any, opts ...excelize.RowOpts) (place, error) {
	if s.sw == nil || s.line >= s.b.maxRows {
		if err := s.flush(); err != nil {
			return place{}, err
		}
		if err := s.open(); err != nil {
			return place{}, err
		}
	}
	if s.written%checkEvery == 0 {
		if err := s.b.ctx.Err(); err != nil {
			return place{}, err
		}
	}
	s.line++
	s.written++
	if err := s.sw.SetRow("A"+strconv.Itoa(s.line), values, opts...); err != nil {
		return place{}, fmt.Errorf("row %d: %w", s.line, err)
	}
	return place{s.name, s.line}, nil
}

func (s *sheetSeq) flush() error {
	if s.sw == nil {
		return nil
	}
	err := s.sw.Flush()
	s.sw = nil
	return err
}

// close ends the sequence; a sequence without rows still gets its header.
func (s *sheetSeq) close() error {
	if s.n == 0 {
		if err := s.open(); err != nil {
			return err
		}
	}
	return s.flush()
}

func headerRow(names ...string) []any {
	out := make([]any, len(names))
	for i, n := range names {
		out[i] = n
	}
	return out
}

// setWidths sets the column widths of a stream, from column A on. The
// StreamWriter puts each new column before the ones set earlier and writes
// them in that order, while Excel wants them ascending: so the last column
// is set first.
func setWidths(sw *excelize.StreamWriter, widths []float64) error {
	for i := len(widths) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, widths[i]); err != nil {
			return err
		}
	}
	return nil
}
