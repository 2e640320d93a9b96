package xlsx

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/atomicfile"
	"github.com/annualstat/annualstat/report/present"
)

// Sheet names.
const (
	SheetYoY      = "同比分析" // year-over-year table
	SheetData     = "数据"   // long data, loadable by analysis/ingest
	SheetFindings = "校验"   // consistency findings
	SheetCharts   = "图表"   // native charts and PNG pictures
	SheetYears    = "历年数据" // every year's values, one row per indicator (three or more years)
)

// Options controls Write. The zero value writes the native charts the
// document specifies and takes the document properties from it.
type Options struct {
	Creator string // document author; default: "annualstat"

	// Charts are PNG images to embed as pictures on the 图表 sheet.
	Charts [][]byte
	// NoNativeCharts leaves out the native Excel charts.
	NoNativeCharts bool

	// Test hooks.
	maxRows    int  // rows per sheet before continuing on the next; 0: Excel's limit
	wrongCache bool // write deliberately wrong cached formula results
}

// Write writes the workbook to path atomically: into a temporary file in
// the same directory, renamed over path only when everything succeeded. On
// any error, or when ctx is cancelled, no file is left at path.
func Write(ctx context.Context, path string, doc *present.Document, t *analysis.Table, opt Options) error {
	return atomicfile.Write(ctx, path, func(w io.Writer) error {
		return WriteTo(ctx, w, doc, t, opt)
	})
}

// WriteTo writes the workbook of the document doc, made from the table t
// (present.New), to w: the sheets 同比分析 (the main table as doc shows
// it, with live formulas), 数据 (t's dataset as long data, loadable by
// analysis/ingest), 校验 (doc's check report) and 图表 (the native charts
// doc specifies). Every sheet prints on A4 landscape fitted to the page
// width with its header rows repeated. The same document gives the same
// bytes: the workbook's dates are the signature's date (1970-01-01
// without one). It checks ctx between rows and returns ctx's error when
// it is cancelled (w then holds a partial workbook: use Write for files).
func WriteTo(ctx context.Context, w io.Writer, doc *present.Document, t *analysis.Table, opt Options) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if doc == nil || len(doc.Tables) == 0 || t == nil || t.Dataset == nil {
		return errors.New("xlsx: no table to write")
	}
	f := excelize.NewFile()
	defer f.Close()
	b := &builder{ctx: ctx, f: f, doc: doc, main: doc.Tables[0], t: t, opt: opt, styles: map[styleKey]int{},
		maxRows: opt.maxRows, parts: map[string]*part{}, caches: map[string][]string{}}
	if b.maxRows <= 0 || b.maxRows > excelize.TotalRows {
		b.maxRows = excelize.TotalRows
	}
	if err := b.build(); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	zw := newSplicingZip(ctx, w, b.parts)
	zw.caches = b.caches
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
	doc    *present.Document
	main   *present.Table // doc.Tables[0], the 同比分析 sheet
	t      *analysis.Table
	opt    Options
	styles map[styleKey]int // cell styles by what they show
	// caches are the values of the chart ranges, by reference, for the
	// charts' number and string caches.
	caches  map[string][]string
	maxRows int
	// statements are the narrative's statements (doc.Sections, already
	// punctuated) by analysis row; "" where the narrative has none.
	statements []string

	// where the 同比分析 rows of analysis rows go, for the charts: analysis
	// row index → cell place
	placed map[int]place
	cols   yoyColumns
	parts  map[string]*part // generated worksheet parts by zip path
}

// place is the sheet and line a table row was written to.
type place struct {
	sheet string
	line  int
}

// build plans the workbook: every sheet is created with its layout, and
// its rows are registered to be generated when the workbook is saved.
func (b *builder) build() error {
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
	if years, err := b.planYears(); err != nil {
		return fmt.Errorf("sheet %s: %w", SheetYears, err)
	} else if years != nil {
		if err := years.open(); err != nil {
			return err
		}
	}
	data, err := b.planData()
	if err != nil {
		return fmt.Errorf("sheet %s: %w", SheetData, err)
	}
	if err := data.open(); err != nil {
		return err
	}
	// The long data is for programs (analysis/ingest reads it back): it is
	// hidden, so that printing the workbook prints the tables, not a row
	// for every value (a 2,000-indicator, ten-year workbook would print
	// 440 pages of it). 历年数据 shows the same values for reading.
	for _, name := range data.names {
		if err := b.f.SetSheetVisible(name, false); err != nil {
			return err
		}
	}
	checks, err := b.planChecks()
	if err != nil {
		return fmt.Errorf("sheet %s: %w", SheetFindings, err)
	}
	if err := checks.open(); err != nil {
		return err
	}
	if err := b.planCharts(); err != nil {
		return fmt.Errorf("sheet %s: %w", SheetCharts, err)
	}
	b.f.SetActiveSheet(0)
	return nil
}

// fontName is the typeface every cell is set in, named so that Excel and
// LibreOffice agree on the Chinese face (宋体, SimSun; LibreOffice
// substitutes a CJK serif where it is missing).
const fontName = "宋体"

// setup sets the document properties, calculation properties and the
// default font.
func (b *builder) setup() error {
	doc := b.doc
	subject := doc.Period + "统计附录"
	if doc.PreviousYear != 0 {
		subject = fmt.Sprintf("%d年与%d年比较的统计附录", doc.Year, doc.PreviousYear)
	}
	creator := b.opt.Creator
	if creator == "" {
		creator = "annualstat"
	}
	// The date of issue, never the clock: the same document gives the
	// same bytes.
	date := doc.Signature.Date
	if date.IsZero() {
		date = time.Unix(0, 0)
	}
	stamp := date.UTC().Format(time.RFC3339)
	if err := b.f.SetDocProps(&excelize.DocProperties{
		Title:       doc.Title,
		Subject:     doc.Org + subject,
		Creator:     creator,
		Keywords:    strconv.Itoa(doc.Year),
		Category:    "统计附录",
		Description: doc.Org + subject,
		Identifier:  strconv.Itoa(doc.Year),
		Language:    "zh-CN",
		Created:     stamp,
		Modified:    stamp,
	}); err != nil {
		return fmt.Errorf("document properties: %w", err)
	}
	if err := b.f.SetAppProps(&excelize.AppProperties{Application: "annualstat", Company: doc.Org}); err != nil {
		return fmt.Errorf("application properties: %w", err)
	}
	// Ask Excel to recalculate on open; the cached values are right anyway.
	full := true
	if err := b.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}); err != nil {
		return fmt.Errorf("calculation properties: %w", err)
	}
	return b.f.SetDefaultFont(fontName)
}

// styleKind is what a cell style is for.
type styleKind uint8

const (
	styleText     styleKind = iota // plain text, vertically centred
	styleWrap                      // text that wraps (statements, notes)
	styleLabel                     // an indicator, indented by level
	styleNumber                    // a figure with decimals
	styleApprox                    // a figure with decimals, shown with 约 before it
	styleMark                      // a mark (—), right-aligned
	styleHeader                    // the column header
	styleSection                   // a section row
	styleCaption                   // the table's caption (表1 …)
	styleUnitLine                  // the unit line, right-aligned
	styleNote                      // 注 and 资料来源 under the table
)

// styleKey identifies a cell style.
type styleKey struct {
	kind     styleKind
	decimals int    // styleNumber, styleApprox
	level    int    // styleLabel
	pre, suf string // styleApprox: the qualifier's words around the number
}

// style returns the ID of the cell style k, creating it on first use.
// Styles are created while the workbook is planned, never while sheets
// are written.
func (b *builder) style(k styleKey) (int, error) {
	if id, ok := b.styles[k]; ok {
		return id, nil
	}
	font := &excelize.Font{Family: fontName, Size: 10}
	mid := &excelize.Alignment{Vertical: "center"}
	var st *excelize.Style
	thin := []excelize.Border{{Type: "top", Color: "000000", Style: 2}, {Type: "bottom", Color: "000000", Style: 1}}
	switch k.kind {
	case styleText:
		st = &excelize.Style{Font: font, Alignment: mid}
	case styleWrap:
		st = &excelize.Style{Font: font, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}}
	case styleLabel:
		st = &excelize.Style{Font: font, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", Indent: k.level, WrapText: true}}
	case styleNumber, styleApprox:
		format := "0" + zeros(k.decimals)
		if k.kind == styleApprox {
			format = quoted(k.pre) + format + quoted(k.suf)
		}
		st = &excelize.Style{Font: font, Alignment: mid, CustomNumFmt: &format}
	case styleMark:
		st = &excelize.Style{Font: font, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}}
	case styleHeader:
		st = &excelize.Style{Font: &excelize.Font{Family: fontName, Size: 10, Bold: true},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}, Border: thin}
	case styleSection:
		st = &excelize.Style{Font: &excelize.Font{Family: fontName, Size: 10, Bold: true}, Alignment: mid,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}}
	case styleCaption:
		st = &excelize.Style{Font: &excelize.Font{Family: fontName, Size: 14, Bold: true},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}
	case styleUnitLine:
		st = &excelize.Style{Font: font, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}}
	case styleNote:
		st = &excelize.Style{Font: &excelize.Font{Family: fontName, Size: 9},
			Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top", WrapText: true}}
	}
	id, err := b.f.NewStyle(st)
	if err != nil {
		return 0, fmt.Errorf("cell style %+v: %w", k, err)
	}
	b.styles[k] = id
	return id, nil
}

// quoted is s as a literal of a number format ("约" → `"约"`).
func quoted(s string) string {
	if s == "" {
		return ""
	}
	return `"` + strings.ReplaceAll(s, `"`, "") + `"`
}

// mustStyle is style for a key planned before: writing never creates one.
func (b *builder) mustStyle(k styleKey) int { return b.styles[k] }

// checkEvery is how many rows are written between checks of ctx.
const checkEvery = 4096

// sheetSeq is a sheet whose rows are generated when the workbook is
// saved, continuing on name2, name3 … when it is full. Each sheet gets a
// title block above the header (caption, unit line), the header row,
// column widths, a frozen header, a filter, print setup (A4 landscape,
// fitted to the page width, the title block and header repeated on every
// page) and, on the last sheet, the rows after the table (注, 资料来源).
type sheetSeq struct {
	b       *builder
	base    string
	caption string // the table's caption (表1 …), "" for none
	unit    string // the unit line, "" for none
	// summary prints the unit line's place left-aligned across the table
	// (the check report's summary), not as a unit line on the right.
	summary bool
	header  []string
	widths  []float64
	total   int  // data rows in all
	outline bool // data rows are grouped (outline level 1)
	// rows writes the data rows with indices [from, to), the row with
	// index from on line first.
	rows func(rw *rowWriter, from, to, first int) error
	// tail are the lines under the table on the last sheet.
	tail []string

	names []string
}

// top is the number of lines above the header: the title block.
func (s *sheetSeq) top() int {
	n := 0
	if s.caption != "" {
		n++
	}
	if s.unit != "" || s.caption != "" {
		n++
	}
	return n
}

// headerLine is the header's line.
func (s *sheetSeq) headerLine() int { return s.top() + 1 }

// perSheet is the number of data rows a sheet holds, leaving room for the
// tail.
func (s *sheetSeq) perSheet() int { return s.b.maxRows - s.headerLine() - len(s.tail) - 1 }

// at is where the data row with index i goes.
func (s *sheetSeq) at(i int) place {
	per := s.perSheet()
	name := s.base
	if k := i / per; k > 0 {
		name = s.base + strconv.Itoa(k+1)
	}
	return place{name, i%per + s.headerLine() + 1}
}

// open creates the sheets and registers their rows.
func (s *sheetSeq) open() error {
	per := s.perSheet()
	n := max(1, (s.total+per-1)/per)
	hl := s.headerLine()
	for k := range n {
		name := s.at(k * per).sheet
		from, to := k*per, min(s.total, (k+1)*per)
		last := k == n-1
		lines := hl + to - from
		if last && len(s.tail) > 0 {
			lines += 1 + len(s.tail)
		}
		merges, err := s.openSheet(name, hl+to-from, lines, last)
		if err != nil {
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
		b := s.b
		s.b.parts[path] = &part{outline: outline, merges: merges, rows: func(rw *rowWriter) error {
			line := 1
			if s.caption != "" {
				rw.start(line, 0)
				rw.str(0, b.mustStyle(styleKey{kind: styleCaption}), s.caption)
				if err := rw.end(); err != nil {
					return err
				}
				line++
			}
			if s.top() >= line {
				rw.start(line, 0)
				if s.summary {
					rw.str(0, b.mustStyle(styleKey{kind: styleText}), s.unit)
				} else {
					rw.str(len(s.header)-1, b.mustStyle(styleKey{kind: styleUnitLine}), s.unit)
				}
				if err := rw.end(); err != nil {
					return err
				}
			}
			rw.start(hl, 0)
			hs := b.mustStyle(styleKey{kind: styleHeader})
			for c, h := range s.header {
				rw.str(c, hs, h)
			}
			if err := rw.end(); err != nil {
				return err
			}
			if err := s.rows(rw, from, to, hl+1); err != nil {
				return err
			}
			if last {
				ns := b.mustStyle(styleKey{kind: styleNote})
				for i, t := range s.tail {
					rw.start(hl+to-from+2+i, 0)
					rw.str(0, ns, t)
					if err := rw.end(); err != nil {
						return err
					}
				}
			}
			return nil
		}}
		s.names = append(s.names, name)
	}
	return nil
}

// openSheet creates one sheet of the sequence: the table ends on line
// tableEnd, the sheet on line lines. It returns the merged ranges of the
// lines under the table, which the part adds to the sheet when it is
// written (part.merges): merged by excelize, a line 200,000 rows down
// would have it allocate every row above.
func (s *sheetSeq) openSheet(name string, tableEnd, lines int, last bool) (tailMerges []string, err error) {
	b := s.b
	f := b.f
	for _, k := range []styleKind{styleCaption, styleUnitLine, styleHeader, styleNote, styleText} {
		if _, err := b.style(styleKey{kind: k}); err != nil {
			return nil, err
		}
	}
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
	hl := s.headerLine()
	// AutoFilter replaces the sheet properties: it comes first.
	if err := f.AutoFilter(name, "A"+strconv.Itoa(hl)+":"+lastCol+strconv.Itoa(max(tableEnd, hl)), nil); err != nil {
		return nil, err
	}
	below, fit := false, true
	if err := f.SetSheetProps(name, &excelize.SheetPropsOptions{OutlineSummaryBelow: &below, FitToPage: &fit}); err != nil {
		return nil, err
	}
	if err := f.SetSheetDimension(name, "A1:"+lastCol+strconv.Itoa(lines)); err != nil {
		return nil, err
	}
	size, orient, one, zero := 9, "landscape", 1, 0 // 9: A4
	if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return nil, err
	}
	margin, head := 0.6, 0.3
	if err := f.SetPageMargins(name, &excelize.PageLayoutMarginsOptions{Left: &margin, Right: &margin, Top: &margin, Bottom: &margin, Header: &head, Footer: &head}); err != nil {
		return nil, err
	}
	footer := "&C第 &P 页，共 &N 页"
	if err := f.SetHeaderFooter(name, &excelize.HeaderFooterOptions{OddFooter: footer}); err != nil {
		return nil, err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + name + "'!$1:$" + strconv.Itoa(hl), Scope: name}); err != nil {
		return nil, err
	}
	if s.caption != "" {
		if err := f.MergeCell(name, "A1", lastCol+"1"); err != nil {
			return nil, err
		}
	}
	if last {
		for i := range s.tail {
			line := strconv.Itoa(tableEnd + 2 + i)
			tailMerges = append(tailMerges, "A"+line+":"+lastCol+line)
		}
	}
	for i, w := range s.widths {
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return nil, err
		}
		if err := f.SetColWidth(name, col, col, w); err != nil {
			return nil, err
		}
	}
	return tailMerges, f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: hl, TopLeftCell: "A" + strconv.Itoa(hl+1), ActivePane: "bottomLeft"})
}

// totalWidth is the sum of the column widths.
func totalWidth(ws []float64) float64 {
	t := 0.0
	for _, w := range ws {
		t += w
	}
	return t
}
