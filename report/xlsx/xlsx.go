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
	"period", "kind", "change_kind", "change_value", "change_text", "indicator_note", "change_ambiguous"}

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
	b := &builder{ctx: ctx, f: f, t: t, opt: opt, styles: map[string]int{}, valueStyles: map[styleKey]int{},
		maxRows: opt.maxRows, parts: map[string]*part{}}
	if b.maxRows <= 0 || b.maxRows > excelize.TotalRows {
		b.maxRows = excelize.TotalRows
	}
	if err := b.build(findings); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	zw := newSplicingZip(ctx, w, b.parts)
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zw })
	if err := f.Write(io.Discard); err != nil {
		return fmt.Errorf("xlsx: %w", err)
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

	rowDec []int8 // decimals of each row's values and change

	// where the 同比分析 rows go, for the charts: row index → cell place
	placed map[int]place
	parts  map[string]*part // generated worksheet parts by zip path

	colRows, growthRows []int // rows of the native charts, see ChartRows
}

// place is the sheet and row a table row was written to.
type place struct {
	sheet string
	line  int
}

// build plans the workbook: every sheet is created with its layout, and
// its rows are registered to be generated when the workbook is saved.
func (b *builder) build(findings []analysis.Finding) error {
	if err := b.ctx.Err(); err != nil {
		return err
	}
	if err := b.setup(); err != nil {
		return err
	}
	yoy, err := b.planYoY()
	if err != nil {
		return fmt.Errorf("sheet %s: %w", SheetYoY, err)
	}
	if err := yoy.open(); err != nil {
		return err
	}
	if err := b.planData().open(); err != nil {
		return err
	}
	if err := b.planFindings(findings).open(); err != nil {
		return err
	}
	if err := b.planCharts(); err != nil {
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
	if b.text, err = b.f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "center"}}); err != nil {
		return err
	}
	if b.wrap, err = b.f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true, Indent: 1}}); err != nil {
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
	id, err := b.f.NewStyle(&excelize.Style{CustomNumFmt: &fm, Alignment: &excelize.Alignment{Vertical: "center"}})
	if err != nil {
		return 0, fmt.Errorf("number format %q: %w", format, err)
	}
	b.styles[format] = id
	return id, nil
}

// checkEvery is how many rows are written between checks of ctx.
const checkEvery = 4096

// sheetSeq is a sheet whose rows are generated when the workbook is
// saved, continuing on name2, name3 … when it is full. Each sheet gets the
// header row, column widths, a frozen header and, when asked, a filter and
// print setup.
type sheetSeq struct {
	b       *builder
	base    string
	header  []string
	widths  []float64
	total   int  // data rows in all
	filter  bool // autofilter over the header and data
	print   bool // A4 landscape, header repeated, fit to width
	outline bool // data rows are grouped (outline level 1)
	// rows writes the data rows with indices [from, to), the row with
	// index from on line 2.
	rows func(rw *rowWriter, from, to int) error

	names []string
}

// perSheet is the number of data rows a sheet holds.
func (s *sheetSeq) perSheet() int { return s.b.maxRows - 1 }

// at is where the data row with index i goes.
func (s *sheetSeq) at(i int) place {
	per := s.perSheet()
	name := s.base
	if k := i / per; k > 0 {
		name = s.base + strconv.Itoa(k+1)
	}
	return place{name, i%per + 2}
}

// open creates the sheets and registers their rows.
func (s *sheetSeq) open() error {
	per := s.perSheet()
	n := max(1, (s.total+per-1)/per)
	for k := range n {
		name := s.at(k * per).sheet
		from, to := k*per, min(s.total, (k+1)*per)
		if err := s.openSheet(name, to-from+1); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
		id := 0
		for i, n := range s.b.f.GetSheetMap() {
			if n == name {
				id = i
			}
		}
		// excelize keeps a new workbook's sheet with ID n in this part.
		path := "xl/worksheets/sheet" + strconv.Itoa(id) + ".xml"
		var outline uint8
		if s.outline {
			outline = 1
		}
		s.b.parts[path] = &part{outline: outline, rows: func(rw *rowWriter) error {
			rw.start(1, 0)
			for c, h := range s.header {
				rw.str(c, s.b.header, h)
			}
			if err := rw.end(); err != nil {
				return err
			}
			return s.rows(rw, from, to)
		}}
		s.names = append(s.names, name)
	}
	return nil
}

// openSheet creates one sheet of the sequence, of lines rows with the
// header.
func (s *sheetSeq) openSheet(name string, lines int) error {
	f := s.b.f
	if f.SheetCount == 1 && f.GetSheetName(0) == "Sheet1" {
		if err := f.SetSheetName("Sheet1", name); err != nil {
			return err
		}
	} else if _, err := f.NewSheet(name); err != nil {
		return err
	}
	lastCol, err := excelize.ColumnNumberToName(len(s.header))
	if err != nil {
		return err
	}
	ref := "A1:" + lastCol + strconv.Itoa(lines)
	if s.filter {
		// AutoFilter replaces the sheet properties: it comes first.
		if err := f.AutoFilter(name, ref, nil); err != nil {
			return err
		}
	}
	below := false
	props := &excelize.SheetPropsOptions{OutlineSummaryBelow: &below}
	if s.print {
		fit := true
		props.FitToPage = &fit
	}
	if err := f.SetSheetProps(name, props); err != nil {
		return err
	}
	if err := f.SetSheetDimension(name, ref); err != nil {
		return err
	}
	if s.print {
		size, orient, one, zero := 9, "landscape", 1, 0 // 9: A4
		if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); err != nil {
			return err
		}
		if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + name + "'!$1:$1", Scope: name}); err != nil {
			return err
		}
	}
	for i, w := range s.widths {
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := f.SetColWidth(name, col, col, w); err != nil {
			return err
		}
	}
	return f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}
