package xlsx

import (
	"fmt"
	"math"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/internal/textwidth"
	"github.com/annualstat/annualstat/report/present"
)

// ref is an absolute reference to a range of the 图表 sheet.
func ref(col string, from, to int) string {
	r := "'" + SheetCharts + "'!$" + col + "$" + strconv.Itoa(from)
	if to != from {
		r += ":$" + col + "$" + strconv.Itoa(to)
	}
	return r
}

// yoyRef is a reference to a cell of the 同比分析 sheets.
func yoyRef(p place, col int) string {
	return "'" + p.sheet + "'!" + string(rune('A'+col)) + strconv.Itoa(p.line)
}

// chartBlock is the data of one native chart on the 图表 sheet: a
// category column and one column per series, from column col on.
type chartBlock struct {
	spec *present.ChartSpec
	col  int // first column (the categories)
}

// colName is the letter of a 0-based column of the 图表 sheet.
func colName(c int) string {
	s, _ := excelize.ColumnNumberToName(c + 1)
	return s
}

// planCharts lays out the 图表 sheet: for each chart the document
// specifies, its data (formulas referring to 同比分析 with cached values;
// a trend's values as they are), and the native chart drawn from it, with
// its caption as title, the unit on the value axis, bars from zero and
// the charts' caches filled; then the PNG pictures. The sheet is left out
// when there is nothing to show.
func (b *builder) planCharts() error {
	var specs []*present.ChartSpec
	if !b.opt.NoNativeCharts {
		specs = b.doc.Charts
	}
	if len(specs) == 0 && len(b.opt.Charts) == 0 {
		return nil
	}
	var blocks []chartBlock
	var header []string
	var widths []float64
	rows := 0
	for _, s := range specs {
		blk := chartBlock{spec: s, col: len(header)}
		cat := "指标"
		if s.Kind == present.ChartTrend {
			cat = "年份"
		}
		header = append(header, cat)
		nameW := 8
		for _, c := range s.Categories {
			nameW = max(nameW, textwidth.Of(c)+2)
		}
		widths = append(widths, float64(min(nameW, 36)))
		if s.Kind == present.ChartTrend {
			widths[len(widths)-1] = 8
			rows = max(rows, len(s.Years))
		} else {
			rows = max(rows, len(s.Rows))
		}
		for _, ser := range s.Series {
			header = append(header, ser.Name)
			widths = append(widths, float64(max(10, min(24, textwidth.Of(ser.Name)+2))))
		}
		header = append(header, "")
		widths = append(widths, 3)
		blocks = append(blocks, blk)
		if _, err := b.style(styleKey{kind: styleNumber, decimals: s.Decimals}); err != nil {
			return err
		}
	}
	if len(header) == 0 {
		header, widths = []string{""}, []float64{8}
	}
	seq := &sheetSeq{b: b, base: SheetCharts, caption: b.doc.Title + "统计图数据", header: header, widths: widths, total: rows}
	first := seq.headerLine() + 1
	seq.rows = func(rw *rowWriter, from, to, line int) error {
		text := b.mustStyle(styleKey{kind: styleText})
		for k := from; k < to; k++ {
			rw.start(line+k-from, 0)
			for _, blk := range blocks {
				b.chartRow(rw, blk, k, text)
			}
			if err := rw.end(); err != nil {
				return err
			}
		}
		return nil
	}
	if err := seq.open(); err != nil {
		return err
	}
	anchorCol := colName(len(header) + 1)
	next := 2 // the row the next chart or picture goes to
	for _, blk := range blocks {
		c, h := b.nativeChart(blk, first)
		if err := b.f.AddChart(SheetCharts, anchorCol+strconv.Itoa(next), c); err != nil {
			return fmt.Errorf("chart %s: %w", blk.spec.Name, err)
		}
		next += h/20 + 2
	}
	for i, png := range b.opt.Charts {
		if err := b.f.AddPictureFromBytes(SheetCharts, anchorCol+strconv.Itoa(next), &excelize.Picture{
			Extension: ".png",
			File:      png,
			Format:    &excelize.GraphicOptions{AltText: fmt.Sprintf("图%d", i+1), LockAspectRatio: true},
		}); err != nil {
			return fmt.Errorf("picture %d: %w", i+1, err)
		}
		next += pngRows(png)
	}
	return nil
}

// chartRow writes line k of a chart's data block.
func (b *builder) chartRow(rw *rowWriter, blk chartBlock, k int, text int) {
	s := blk.spec
	num := b.mustStyle(styleKey{kind: styleNumber, decimals: s.Decimals})
	if s.Kind == present.ChartTrend {
		if k >= len(s.Years) {
			return
		}
		rw.str(blk.col, text, strconv.Itoa(s.Years[k])+"年")
		for j, ser := range s.Series {
			if ser.Defined[k] {
				rw.num(blk.col+1+j, num, ser.Values[k])
			}
		}
		return
	}
	if k >= len(s.Rows) {
		return
	}
	i := s.Rows[k]
	p := b.placed[i]
	rw.str(blk.col, text, s.Categories[k])
	switch s.Kind {
	case present.ChartGrouped:
		rw.formula(blk.col+1, num, yoyRef(p, b.cols.prev), s.Series[0].Values[k])
		rw.formula(blk.col+2, num, yoyRef(p, b.cols.cur), s.Series[1].Values[k])
	case present.ChartGrowth:
		rw.formula(blk.col+1, num, yoyRef(p, b.cols.growth), cachedGrowth(&b.t.Rows[i]))
	case present.ChartPP:
		rw.formula(blk.col+1, num, yoyRef(p, b.cols.pp), s.Series[0].Values[k])
	}
}

// nativeChart is the excelize chart of a block, whose data starts on line
// first, and its height in pixels. Bars are horizontal, so that long
// Chinese names read along the axis; their value axis starts at zero.
// The values of every range are registered for the chart's caches.
func (b *builder) nativeChart(blk chartBlock, first int) (*excelize.Chart, int) {
	s := blk.spec
	n := len(s.Rows)
	if s.Kind == present.ChartTrend {
		n = len(s.Years)
	}
	last := first + n - 1
	catCol := colName(blk.col)
	cats := ref(catCol, first, last)
	if s.Kind == present.ChartTrend {
		var ys []string
		for _, y := range s.Years {
			ys = append(ys, strconv.Itoa(y)+"年")
		}
		b.caches[cats] = ys
	} else {
		b.caches[cats] = s.Categories
	}
	no := false
	var series []excelize.ChartSeries
	lo, hi := 0.0, 0.0
	for j, ser := range s.Series {
		col := colName(blk.col + 1 + j)
		vals := ref(col, first, last)
		name := ref(col, first-1, first-1)
		b.caches[name] = []string{ser.Name}
		cache := make([]string, len(ser.Values))
		for k, v := range ser.Values {
			if ser.Defined[k] {
				cache[k] = strconv.FormatFloat(v, 'f', -1, 64)
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
		b.caches[vals] = cache
		series = append(series, excelize.ChartSeries{Name: name, Categories: cats, Values: vals})
	}
	numFmt := "0" + zeros(s.Decimals)
	font := excelize.Font{Family: fontName, Size: 9}
	c := &excelize.Chart{
		Type:       excelize.Bar,
		VaryColors: &no,
		Series:     series,
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: s.Caption, Font: &excelize.Font{Family: fontName, Size: 12, Bold: true}}}},
		Legend:     excelize.ChartLegend{Position: "none"},
		XAxis:      excelize.ChartAxis{ReverseOrder: true, Font: font},
		YAxis: excelize.ChartAxis{MajorGridLines: true, Font: font, NumFmt: excelize.ChartNumFmt{CustomNumFmt: numFmt},
			Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: s.UnitLine, Font: &excelize.Font{Family: fontName, Size: 9}}}}},
		PlotArea: excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: numFmt}},
	}
	if s.Legend {
		c.Legend = excelize.ChartLegend{Position: "bottom"}
	}
	h := max(300, 80+22*n*max(1, len(s.Series)))
	if s.Kind == present.ChartTrend {
		c.Type = excelize.Line
		c.XAxis = excelize.ChartAxis{Font: font}
		c.PlotArea = excelize.ChartPlotArea{}
		h = 400
	}
	if s.ZeroBaseline {
		// Bars start at zero, or they mislead: an axis from 23,000 makes
		// 25,000 look a third of 28,000.
		zero := 0.0
		if lo >= 0 {
			c.YAxis.Minimum = &zero
		} else if hi <= 0 {
			c.YAxis.Maximum = &zero
		}
	}
	c.Dimension = excelize.ChartDimension{Width: 720, Height: uint(min(h, 1600))}
	return c, int(c.Dimension.Height)
}

// pngRows is the number of default-height rows (20 px) a PNG covers, plus
// a gap; 27 when its size cannot be read.
func pngRows(png []byte) int {
	// PNG: 8-byte signature, IHDR length and type, then width and height.
	if len(png) < 24 || string(png[1:4]) != "PNG" || string(png[12:16]) != "IHDR" {
		return 27
	}
	h := int(png[20])<<24 | int(png[21])<<16 | int(png[22])<<8 | int(png[23])
	if h <= 0 || h > 100000 {
		return 27
	}
	return h/20 + 2
}
