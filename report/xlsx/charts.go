package xlsx

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/textwidth"
)

// ChartRows selects the rows of the native charts, as indices into
// t.Rows, by the rules of the PNG charts (report/chart):
//
//   - columns: previous vs current, for the rows having both values in the
//     unit that has the most such rows (ties: the unit seen first); of more
//     than limit, the limit largest by the larger of the two values; in
//     table order;
//   - growth: the non-rate rows with a defined growth; of more than limit,
//     the limit largest by absolute growth; sorted by growth, largest
//     first.
func ChartRows(t *analysis.Table, limit int) (columns, growth []int) {
	if limit <= 0 {
		limit = DefaultMaxChartRows
	}
	byUnit := map[string][]int{}
	var order []string
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.HasPrevious && r.HasCurrent {
			u := r.Indicator.Unit
			if _, ok := byUnit[u]; !ok {
				order = append(order, u)
			}
			byUnit[u] = append(byUnit[u], i)
		}
		if r.Kind != analysis.KindRate && r.Growth.OK() {
			growth = append(growth, i)
		}
	}
	if len(order) > 0 {
		best := order[0]
		for _, u := range order[1:] {
			if len(byUnit[u]) > len(byUnit[best]) {
				best = u
			}
		}
		columns = largest(byUnit[best], limit, func(i int) float64 {
			return math.Max(math.Abs(t.Rows[i].Current.Value), math.Abs(t.Rows[i].Previous.Value))
		})
	}
	growth = largest(growth, limit, func(i int) float64 { return math.Abs(t.Rows[i].Growth.Value) })
	slices.SortStableFunc(growth, func(a, b int) int {
		return cmp.Compare(t.Rows[b].Growth.Value, t.Rows[a].Growth.Value)
	})
	return columns, growth
}

// largest returns the limit indices with the largest size (ties: the
// first), in their original order.
func largest(idx []int, limit int, size func(int) float64) []int {
	if len(idx) <= limit {
		return idx
	}
	sel := slices.Clone(idx)
	slices.SortStableFunc(sel, func(a, b int) int { return cmp.Compare(size(b), size(a)) })
	sel = sel[:limit]
	slices.Sort(sel)
	return sel
}

// chartRowSet selects the chart rows (none with NoNativeCharts) and
// returns them as a set.
func (b *builder) chartRowSet() map[int]bool {
	set := map[int]bool{}
	if b.opt.NoNativeCharts {
		return set
	}
	b.colRows, b.growthRows = ChartRows(b.t, b.opt.MaxChartRows)
	for _, i := range b.colRows {
		set[i] = true
	}
	for _, i := range b.growthRows {
		set[i] = true
	}
	return set
}

// ref is an absolute reference to a range of the 图表 sheet.
func ref(col string, from, to int) string {
	r := "'" + SheetCharts + "'!$" + col + "$" + strconv.Itoa(from)
	if to != from {
		r += ":$" + col + "$" + strconv.Itoa(to)
	}
	return r
}

// yoyRef is a reference to a cell of the 同比分析 sheets.
func yoyRef(p place, col string) string {
	return "'" + p.sheet + "'!" + col + strconv.Itoa(p.line)
}

// planCharts lays out the 图表 sheet: the data of the native charts (as
// formulas referring to 同比分析, with cached values), the charts, and the
// PNG pictures. The sheet is left out when there is nothing to show.
func (b *builder) planCharts() error {
	if len(b.colRows) == 0 && len(b.growthRows) == 0 && len(b.opt.Charts) == 0 {
		return nil
	}
	t := b.t
	nameW := 10
	for _, i := range append(slices.Clone(b.colRows), b.growthRows...) {
		nameW = max(nameW, textwidth.Of(t.Rows[i].Indicator.Name)+2)
	}
	nameW = min(nameW, 40)
	prevHdr, curHdr := "上年", strconv.Itoa(t.Year)+"年"
	if t.PreviousYear != 0 {
		prevHdr = strconv.Itoa(t.PreviousYear) + "年"
	}
	header := make([]string, 6)
	if len(b.colRows) > 0 {
		header[0], header[1], header[2] = "指标", prevHdr, curHdr
	}
	if len(b.growthRows) > 0 {
		header[4], header[5] = "指标", "增长率"
	}
	seq := &sheetSeq{b: b, base: SheetCharts, header: header, widths: []float64{float64(nameW), 14, 14, 3, float64(nameW), 12},
		total: max(len(b.colRows), len(b.growthRows))}
	seq.rows = func(rw *rowWriter, from, to int) error {
		for k := from; k < to; k++ {
			rw.start(k-from+2, 0)
			if k < len(b.colRows) {
				i := b.colRows[k]
				r := &t.Rows[i]
				p := b.placed[i]
				vs := b.valueStyles[styleKey{r.Kind == analysis.KindRate, int(b.rowDec[i])}]
				rw.str(0, 0, r.Indicator.Name)
				rw.formula(1, vs, yoyRef(p, "D"), r.Previous.Value)
				rw.formula(2, vs, yoyRef(p, "E"), r.Current.Value)
			}
			if k < len(b.growthRows) {
				i := b.growthRows[k]
				r := &t.Rows[i]
				rw.str(4, 0, r.Indicator.Name)
				rw.formula(5, b.growthStyle, yoyRef(b.placed[i], "G"), cachedGrowth(r))
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
	no := false
	next := 2 // the row the next chart or picture goes to, column H
	if m := len(b.colRows); m > 0 {
		unit := t.Rows[b.colRows[0]].Indicator.Unit
		c := &excelize.Chart{
			Type:       excelize.Col,
			VaryColors: &no,
			Series: []excelize.ChartSeries{
				{Name: ref("B", 1, 1), Categories: ref("A", 2, m+1), Values: ref("B", 2, m+1)},
				{Name: ref("C", 1, 1), Categories: ref("A", 2, m+1), Values: ref("C", 2, m+1)},
			},
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: fmt.Sprintf("%s与%s对比(单位:%s)", curHdr, prevHdr, unit)}}},
			Legend:    excelize.ChartLegend{Position: "bottom"},
			Dimension: excelize.ChartDimension{Width: 720, Height: 400},
			YAxis:     excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "#,##0"}},
		}
		if err := b.f.AddChart(SheetCharts, "H"+strconv.Itoa(next), c); err != nil {
			return fmt.Errorf("column chart: %w", err)
		}
		next += 22
	}
	if m := len(b.growthRows); m > 0 {
		c := &excelize.Chart{
			Type:       excelize.Bar,
			VaryColors: &no,
			Series: []excelize.ChartSeries{
				{Name: ref("F", 1, 1), Categories: ref("E", 2, m+1), Values: ref("F", 2, m+1)},
			},
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: fmt.Sprintf("%s比%s增长率", curHdr, prevHdr)}}},
			Legend:    excelize.ChartLegend{Position: "none"},
			Dimension: excelize.ChartDimension{Width: 720, Height: uint(max(300, 40+22*m))},
			XAxis:     excelize.ChartAxis{ReverseOrder: true},
			YAxis:     excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: percentFormat(min(t.Decimals, 1))}},
			PlotArea:  excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: percentFormat(t.Decimals)}},
		}
		if err := b.f.AddChart(SheetCharts, "H"+strconv.Itoa(next), c); err != nil {
			return fmt.Errorf("growth chart: %w", err)
		}
		next += max(16, (40+22*m)/20+2)
	}
	for i, png := range b.opt.Charts {
		if err := b.f.AddPictureFromBytes(SheetCharts, "H"+strconv.Itoa(next), &excelize.Picture{
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
