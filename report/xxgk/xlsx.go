package xxgk

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/xxgk"
	"github.com/annualstat/annualstat/internal/atomicfile"
)

// Sheet names of the workbook.
const (
	SheetInfo     = "说明"
	SheetT2       = "表二 主动公开"
	SheetT3       = "表三 依申请公开"
	SheetT4       = "表四 复议诉讼"
	SheetCompare  = "同比"
	SheetFindings = "校验"
)

// Labels of the 说明 sheet that ReadWorkbook reads back.
const (
	LabelBody = "填报单位"
	LabelYear = "报告年度"
)

var tableSheets = map[xxgk.Table]string{xxgk.T2: SheetT2, xxgk.T3: SheetT3, xxgk.T4: SheetT4}

// Template describes a blank template: the formats of T2 and T3 (the zero
// value: the 2021 format) and the body and year printed on its 说明 sheet.
type Template struct {
	T2Format, T3Format xxgk.Format
	Body               string
	Year               int
}

// WriteTemplate writes the blank template for an office to fill: the three
// tables in the official layout (merged headers, labels verbatim), and a
// 说明 sheet with the body and year and how to fill it.
func WriteTemplate(ctx context.Context, path string, tpl Template) error {
	rep := xxgk.NewReport()
	rep.T2Format, rep.T3Format, rep.Body, rep.Year = tpl.T2Format, tpl.T3Format, tpl.Body, tpl.Year
	return atomicfile.Write(ctx, path, func(w io.Writer) error {
		return writeBook(w, rep, true, nil, nil)
	})
}

// WriteWorkbook writes rep's tables in the official layout, the
// comparison with last year (cmp, may be nil) and the check report.
func WriteWorkbook(ctx context.Context, path string, rep *xxgk.Report, cmp *xxgk.Comparison, findings []analysis.Finding) error {
	return atomicfile.Write(ctx, path, func(w io.Writer) error {
		return writeBook(w, rep, false, cmp, findings)
	})
}

type book struct {
	f                            *excelize.File
	header, label, value, amount int
	title, text, wrap, bold      int
}

func (b *book) styles() error {
	border := []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}
	var err error
	mk := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = b.f.NewStyle(s)
		return id
	}
	b.header = mk(&excelize.Style{Border: border, Font: &excelize.Font{Bold: true},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	b.label = mk(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}})
	b.value = mk(&excelize.Style{Border: border, NumFmt: 1, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	// General: an amount shows the decimals it was written with (7545, 96171.6)
	b.amount = mk(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	b.title = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}})
	b.text = mk(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "center"}})
	b.wrap = mk(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	b.bold = mk(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	return err
}

func cellName(col, row int) string {
	n, _ := excelize.CoordinatesToCellName(col+1, row+1)
	return n
}

func writeBook(w io.Writer, rep *xxgk.Report, blank bool, cmp *xxgk.Comparison, findings []analysis.Finding) error {
	f := excelize.NewFile()
	defer f.Close()
	b := &book{f: f}
	if err := b.styles(); err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", SheetInfo); err != nil {
		return err
	}
	if err := b.info(rep, blank); err != nil {
		return err
	}
	vals := rep
	if blank {
		vals = nil
	}
	for _, l := range Layouts(rep) {
		if err := b.table(tableSheets[l.Table], l, vals); err != nil {
			return err
		}
	}
	if cmp != nil {
		if err := b.compare(cmp); err != nil {
			return err
		}
	}
	if !blank {
		if err := b.findings(findings); err != nil {
			return err
		}
	}
	f.SetActiveSheet(1)
	return f.Write(w)
}

func (b *book) info(rep *xxgk.Report, blank bool) error {
	f := b.f
	year := ""
	if rep.Year != 0 {
		year = strconv.Itoa(rep.Year)
	}
	rows := [][2]string{
		{LabelBody, rep.Body},
		{LabelYear, year},
		{"表格格式", map[xxgk.Format]string{xxgk.Format2021: "国办公开办函〔2021〕30号", xxgk.Format2019: "国办公开办函〔2019〕60号（试行）"}[rep.T3Format]},
	}
	f.SetCellValue(SheetInfo, "A1", "政府信息公开工作年度报告统计表")
	f.MergeCell(SheetInfo, "A1", "B1")
	f.SetCellStyle(SheetInfo, "A1", "A1", b.title)
	for i, r := range rows {
		f.SetCellValue(SheetInfo, cellName(0, i+2), r[0])
		f.SetCellValue(SheetInfo, cellName(1, i+2), r[1])
		f.SetCellStyle(SheetInfo, cellName(0, i+2), cellName(0, i+2), b.bold)
	}
	notes := []string{
		"填写说明：",
		"1. 在“表二”“表三”“表四”中填写本年数据，不要改动标签和合并的表头。",
		"2. 空白单元格按0计；不适用的填“/”。",
		"3. 表二“行政事业性收费”单位为万元，可保留小数；其他单元格填整数。",
		"4. 表三：第一项加第二项之和，等于第三项加第四项之和；“总计”列等于自然人与法人或其他组织各列之和。",
		"5. 填好后运行 annualstat xxgk check 本文件 --prev 上年文件 检查。",
	}
	if !blank {
		notes = notes[:0]
	}
	for i, n := range notes {
		f.SetCellValue(SheetInfo, cellName(0, i+6), n)
	}
	if err := fitToPage(f, SheetInfo, false, false); err != nil {
		return err
	}
	f.SetColWidth(SheetInfo, "A", "A", 14)
	f.SetColWidth(SheetInfo, "B", "B", 60)
	return nil
}

// table writes a layout into its own sheet: the section heading in row 1,
// the table from row 2.
func (b *book) table(sheet string, l *Layout, rep *xxgk.Report) error {
	f := b.f
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	f.SetCellValue(sheet, "A1", l.Title)
	f.SetCellStyle(sheet, "A1", "A1", b.title)
	const top = 1
	for _, bx := range l.Boxes {
		r0, c0 := top+bx.Row, bx.Col
		r1, c1 := r0+bx.RowSpan-1, c0+bx.ColSpan-1
		first, last := cellName(c0, r0), cellName(c1, r1)
		style := b.label
		if bx.Header {
			style = b.header
		}
		if bx.ID != "" {
			style = b.value
			if isAmount(bx.ID) {
				style = b.amount
			}
			if s := ValueText(rep, bx.ID); s == "/" {
				f.SetCellValue(sheet, first, s)
			} else if s != "" {
				v, err := strconv.ParseFloat(s, 64)
				if err != nil {
					return err
				}
				f.SetCellValue(sheet, first, v)
			}
		} else {
			f.SetCellValue(sheet, first, bx.Text)
		}
		if first != last {
			if err := f.MergeCell(sheet, first, last); err != nil {
				return err
			}
		}
		if err := f.SetCellStyle(sheet, first, last, style); err != nil {
			return err
		}
	}
	if err := fitToPage(f, sheet, l.Table == xxgk.T4, l.Table == xxgk.T3); err != nil {
		return err
	}
	for c, w := range l.Widths {
		col, _ := excelize.ColumnNumberToName(c + 1)
		unit := 9.0
		if l.Table == xxgk.T2 {
			unit = 12
		}
		f.SetColWidth(sheet, col, col, w*unit)
	}
	if l.Table == xxgk.T3 {
		f.SetRowHeight(sheet, top+1, 30)
		f.SetRowHeight(sheet, top+3, 30)
		for r := top + 3; r < top+l.Rows; r++ {
			f.SetRowHeight(sheet, r+1, 30)
		}
	}
	return nil
}

func (b *book) compare(cmp *xxgk.Comparison) error {
	f := b.f
	if _, err := f.NewSheet(SheetCompare); err != nil {
		return err
	}
	head := []string{"编号", "项目", "本年", "上年", "增减", "增长（%）", "表述"}
	for i, h := range head {
		f.SetCellValue(SheetCompare, cellName(i, 0), h)
	}
	f.SetCellStyle(SheetCompare, "A1", cellName(len(head)-1, 0), b.header)
	for i, it := range cmp.Items {
		r := i + 1
		f.SetCellValue(SheetCompare, cellName(0, r), it.ID)
		f.SetCellValue(SheetCompare, cellName(1, r), it.Name)
		f.SetCellValue(SheetCompare, cellName(2, r), it.Current)
		if it.HasPrev {
			f.SetCellValue(SheetCompare, cellName(3, r), it.Prev)
		}
		if v, ok := it.Change.Float(); ok {
			f.SetCellValue(SheetCompare, cellName(4, r), v)
		}
		if v, ok := it.Growth.Float(); ok {
			f.SetCellValue(SheetCompare, cellName(5, r), analysis.Round(v, 2))
		} else if it.HasPrev && it.Comparable && it.Prev == 0 && it.Current != 0 {
			f.SetCellValue(SheetCompare, cellName(5, r), "上年为0")
		} else if it.HasPrev && !it.Comparable {
			f.SetCellValue(SheetCompare, cellName(5, r), "格式不同，不可比")
		}
		f.SetCellValue(SheetCompare, cellName(6, r), it.Statement)
	}
	if err := fitToPage(f, SheetCompare, true, false); err != nil {
		return err
	}
	for c, w := range []float64{12, 44, 10, 10, 10, 10, 70} {
		col, _ := excelize.ColumnNumberToName(c + 1)
		f.SetColWidth(SheetCompare, col, col, w)
	}
	return f.SetPanes(SheetCompare, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}

func (b *book) findings(fs []analysis.Finding) error {
	f := b.f
	if _, err := f.NewSheet(SheetFindings); err != nil {
		return err
	}
	head := []string{"级别", "规则", "单元格", "应为", "实为", "说明"}
	for i, h := range head {
		f.SetCellValue(SheetFindings, cellName(i, 0), h)
	}
	f.SetCellStyle(SheetFindings, "A1", cellName(len(head)-1, 0), b.header)
	if len(fs) == 0 {
		f.SetCellValue(SheetFindings, "A2", "未发现问题：表内勾稽关系（H1–H5）全部成立。")
	}
	for i, x := range fs {
		r := i + 1
		for c, v := range []string{x.Severity.Chinese(), strings.TrimPrefix(x.Rule, "xxgk_"), strings.Join(x.Indicators, "、"), x.Expected, x.Found, x.Message} {
			f.SetCellValue(SheetFindings, cellName(c, r), v)
		}
		f.SetCellStyle(SheetFindings, cellName(5, r), cellName(5, r), b.wrap)
	}
	if err := fitToPage(f, SheetFindings, true, false); err != nil {
		return err
	}
	for c, w := range []float64{8, 8, 24, 14, 14, 90} {
		col, _ := excelize.ColumnNumberToName(c + 1)
		f.SetColWidth(SheetFindings, col, col, w)
	}
	return nil
}

// ReadWorkbook reads a report from a workbook: the template this package
// writes, filled by an office, or an office's own workbook with the tables
// in the official layout (in one sheet or several; merged cells as
// spreadsheets keep them). The 说明 sheet's 填报单位 and 报告年度 give the
// body and year. name is used in error positions ("book.xlsx:表三!D5").
func ReadWorkbook(r io.Reader, name string) (rep *xxgk.Report, err error) {
	defer func() {
		if p := recover(); p != nil {
			rep, err = nil, fmt.Errorf("%s: want an XLSX workbook, got one that cannot be read (%v)", name, p)
		}
	}()
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, fmt.Errorf("%s: want an XLSX workbook: %w", name, err)
	}
	defer f.Close()
	var grids []xxgk.Grid
	body, year := "", 0
	for _, sheet := range f.GetSheetList() {
		if sheet == SheetCompare || sheet == SheetFindings {
			continue
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			return nil, fmt.Errorf("%s:%s: %w", name, sheet, err)
		}
		if sheet == SheetInfo {
			for _, row := range rows {
				if len(row) < 2 {
					continue
				}
				switch strings.TrimSpace(row[0]) {
				case LabelBody:
					body = strings.TrimSpace(row[1])
				case LabelYear:
					y, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(row[1]), "年"))
					if err != nil && strings.TrimSpace(row[1]) != "" {
						return nil, fmt.Errorf("%s:%s!B: want a year, got %q", name, sheet, row[1])
					}
					year = y
				}
			}
			continue
		}
		if long, ok, err := xxgk.ReadLong(rows, name+":"+sheet); ok {
			// a sheet of cell,value rows: the long layout
			if err != nil {
				return nil, err
			}
			if body != "" {
				long.Body = body
			}
			if year != 0 {
				long.Year = year
			}
			long.Source = name
			return long, nil
		}
		grids = append(grids, xxgk.Grid{Source: name, Sheet: sheet, Rows: rows})
	}
	rep, err = xxgk.ReadGrids(grids...)
	if err != nil {
		return nil, err
	}
	rep.Source, rep.Body, rep.Year = name, body, year
	if !rep.Has(xxgk.T2) && !rep.Has(xxgk.T3) && !rep.Has(xxgk.T4) {
		return nil, fmt.Errorf("%s: found none of the tables (表二、表三、表四) in sheets %s", name, strings.Join(slices.DeleteFunc(f.GetSheetList(), func(s string) bool { return s == SheetInfo }), ", "))
	}
	return rep, nil
}

// fitToPage prints a sheet on A4 (landscape when wide), one page wide
// (and one page tall when onePage).
func fitToPage(f *excelize.File, sheet string, landscape, onePage bool) error {
	size, one, tall := 9, 1, 0 // 9: A4
	if onePage {
		tall = 1
	}
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &tall}); err != nil {
		return err
	}
	fit := true
	return f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})
}

// isAmount reports whether the T2 cell id is an amount (万元): 2021's fee,
// 2019's 采购总金额.
func isAmount(id string) bool {
	for _, f := range []xxgk.Format{xxgk.Format2021, xxgk.Format2019} {
		for _, c := range xxgk.T2Cells(f) {
			if c.ID == id && c.Amount {
				return true
			}
		}
	}
	return false
}
