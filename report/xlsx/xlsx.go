package xlsx

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
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
	"period", "kind", "change_kind", "change_value", "change_text", "indicator_note"}

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
	b := &builder{ctx: ctx, f: f, t: t, opt: opt, styles: map[string]int{}, valueStyles: map[styleKey]int{}, maxRows: opt.maxRows}
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
	ctx    context.Context
	f      *excelize.File
	t      *analysis.Table
	opt    Options
	styles map[string]int // number format → style ID
	// value styles by kind and decimals, to spare building the format
	valueStyles map[styleKey]int
	maxRows     int

	header, section, text, wrap int // style IDs
	growthStyle, ppStyle        int

	charted map[int]bool // rows in the native charts

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
	yoy, err := b.planYoY()
	if err != nil {
		return fmt.Errorf("sheet %s: %w", SheetYoY, err)
	}
	data := b.planData()
	if err := yoy.open(); err != nil {
		return err
	}
	if err := data.open(); err != nil {
		return err
	}
	// The two large sheets are written concurrently; the first error
	// stops the other.
	ctx, cancel := context.WithCancel(b.ctx)
	defer cancel()
	var wg sync.WaitGroup
	var yoyErr, dataErr error
	wg.Go(func() {
		if yoyErr = b.writeYoY(ctx, yoy); yoyErr != nil {
			cancel()
		}
	})
	wg.Go(func() {
		if dataErr = b.writeData(ctx, data); dataErr != nil {
			cancel()
		}
	})
	wg.Wait()
	// A cancellation caused by the other sheet's error is not the cause.
	if err := errors.Join(cause(yoyErr, b.ctx), cause(dataErr, b.ctx)); err != nil {
		return err
	}
	if err := yoy.flush(); err != nil {
		return err
	}
	if err := data.flush(); err != nil {
		return err
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

// cause drops err when it is only the cancellation of the derived context
// while the parent is not cancelled.
func cause(err error, parent context.Context) error {
	if errors.Is(err, context.Canceled) && parent.Err() == nil {
		return nil
	}
	return err
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
// header and, when asked, a filter and print setup. All its sheets are
// created by open, before any row is written, so that two sequences can
// then write their rows concurrently: a StreamWriter's SetRow touches only
// its own sheet.
type sheetSeq struct {
	b      *builder
	base   string
	header []any
	widths []float64
	total  int  // data rows to be written in all
	filter bool // autofilter over the header and data
	print  bool // A4 landscape, header repeated, fit to width

	names   []string
	streams []*excelize.StreamWriter
	cur     int // index of the sheet being written
	line    int // last line written on the current sheet
	written int // data rows written
}

// open creates the sheets of the sequence and writes their headers.
func (s *sheetSeq) open() error {
	per := s.b.maxRows - 1 // data rows per sheet
	n := max(1, (s.total+per-1)/per)
	for k := range n {
		name := s.base
		if k > 0 {
			name = s.base + strconv.Itoa(k+1)
		}
		sw, err := s.openSheet(name, min(s.total-k*per, per)+1)
		if err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
		s.names = append(s.names, name)
		s.streams = append(s.streams, sw)
	}
	s.line = 1
	return nil
}

// openSheet creates one sheet of the sequence, of lines rows with the
// header.
func (s *sheetSeq) openSheet(name string, lines int) (*excelize.StreamWriter, error) {
	f := s.b.f
	if f.SheetCount == 1 && f.GetSheetName(0) == "Sheet1" {
		if err := f.SetSheetName("Sheet1", name); err != nil {
			return nil, err
		}
	} else if _, err := f.NewSheet(name); err != nil {
		return nil, err
	}
	lastCol, err := excelize.ColumnNumberToName(len(s.header))
	if err != nil {
		return nil, err
	}
	ref := "A1:" + lastCol + strconv.Itoa(lines)
	// The sheet properties and dimension are written when the stream
	// starts, so they are set first; AutoFilter replaces the sheet
	// properties and comes before them.
	if s.filter {
		if err := f.AutoFilter(name, ref, nil); err != nil {
			return nil, err
		}
	}
	below := false
	props := &excelize.SheetPropsOptions{OutlineSummaryBelow: &below}
	if s.print {
		fit := true
		props.FitToPage = &fit
	}
	if err := f.SetSheetProps(name, props); err != nil {
		return nil, err
	}
	if err := f.SetSheetDimension(name, ref); err != nil {
		return nil, err
	}
	if s.print {
		size, orient, one, zero := 9, "landscape", 1, 0 // 9: A4
		if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); err != nil {
			return nil, err
		}
		if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + name + "'!$1:$1", Scope: name}); err != nil {
			return nil, err
		}
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return nil, err
	}
	if err := setWidths(sw, s.widths); err != nil {
		return nil, err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	return sw, sw.SetRow("A1", s.header, excelize.RowOpts{StyleID: s.b.header})
}

// next returns where the next row goes.
func (s *sheetSeq) next() place {
	if s.line >= s.b.maxRows {
		return place{s.names[min(s.cur+1, len(s.names)-1)], 2}
	}
	return place{s.names[s.cur], s.line + 1}
}

// row writes one data row and returns where it went.
func (s *sheetSeq) row(ctx context.Context, values []any, opts ...excelize.RowOpts) (place, error) {
	if s.line >= s.b.maxRows {
		s.cur++
		s.line = 1
	}
	if s.cur >= len(s.streams) {
		return place{}, fmt.Errorf("more than the %d rows planned", s.total)
	}
	if s.written%checkEvery == 0 {
		if err := ctx.Err(); err != nil {
			return place{}, err
		}
	}
	s.line++
	s.written++
	if err := s.streams[s.cur].SetRow("A"+strconv.Itoa(s.line), values, opts...); err != nil {
		return place{}, fmt.Errorf("sheet %s row %d: %w", s.names[s.cur], s.line, err)
	}
	return place{s.names[s.cur], s.line}, nil
}

// flush ends the streams of the sequence.
func (s *sheetSeq) flush() error {
	for i, sw := range s.streams {
		if err := sw.Flush(); err != nil {
			return fmt.Errorf("sheet %s: %w", s.names[i], err)
		}
	}
	return nil
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
