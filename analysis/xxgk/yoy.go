package xxgk

import (
	"fmt"
	"strings"

	"github.com/annualstat/annualstat/analysis"
)

// Item is one figure compared with last year's report.
type Item struct {
	ID      string  // cell id or measure ("R1+R2" for 收办)
	Table   Table   //
	Name    string  // the figure's name in Chinese
	Unit    string  // 件 or 万元
	Current float64 //
	Prev    float64 //
	HasPrev bool    // last year's report has the figure
	// Comparable is false when the two years' tables differ in format and
	// the cell means different things (T2 (一) across 2019 and 2021).
	Comparable bool
	Change     analysis.Figure // Current − Prev
	Growth     analysis.Figure // percent; undefined for a zero base
	Statement  string          // "本年新收政府信息公开申请95件，同比增长352.38%"
	Dec        int             // decimals Current is shown with (as written)
	PrevDec    int             // decimals Prev is shown with
}

// Comparison is a report compared with last year's, figure by figure.
type Comparison struct {
	Year, PrevYear int
	Items          []Item // the measures of T3 first (收办, 新收 …), then every cell
}

// measureItems are the groups compared first, with their names.
var measureItems = []struct{ id, name string }{
	{MeasureHandled, "收办政府信息公开申请（本年新收加上年结转）"},
	{MeasureNew, "本年新收政府信息公开申请（不含上年结转）"},
	{MeasureCarryIn, "上年结转政府信息公开申请"},
	{MeasureAnswered, "办理结果总计"},
	{MeasureOpenOrPt, "予以公开和部分公开"},
	{MeasureWithheld, "不予公开"},
	{MeasureCannot, "无法提供"},
	{MeasureNotHandle, "不予处理"},
	{MeasureOther, "其他处理"},
	{MeasureCarryOut, "结转下年度继续办理"},
}

// Compare compares rep with prev, last year's report of the same body and
// scope. decimals is the precision of growth rates (2 as these reports
// write them). Statements follow the reports' phrasing: "同比增长16.13%",
// growth of 100% and more as a percentage ("增长103%"), "上年为0" for a zero
// base, "与上年持平" for no change.
func Compare(rep, prev *Report, decimals int) *Comparison {
	cmp := &Comparison{Year: rep.Year, PrevYear: prev.Year}
	add := func(it Item) {
		if it.HasPrev && it.Comparable {
			it.Change = analysis.Change(it.Current, it.Prev)
			it.Growth = analysis.GrowthRate(it.Current, it.Prev)
		}
		it.Statement = GrowthStatement(it.Name, it.Current, it.Prev, it.HasPrev && it.Comparable, it.Unit, it.Dec, it.PrevDec, decimals)
		cmp.Items = append(cmp.Items, it)
	}
	if len(rep.T3) > 0 {
		for _, m := range measureItems {
			cur, ok := rep.MeasureValue(m.id)
			if !ok {
				continue
			}
			p, okp := prev.MeasureValue(m.id)
			add(Item{ID: m.id, Table: T3, Name: m.name, Unit: "件", Current: cur, Prev: p, HasPrev: okp, Comparable: true})
		}
		for _, r := range T3Rows(rep.T3Format) {
			for c := 1; c <= 7; c++ {
				v, ok := rep.Cell(r.ID, c)
				if !ok {
					continue
				}
				p, okp := prev.Cell(r.ID, c)
				name := rowName(r) + "（" + T3Columns[c-1] + "）"
				add(Item{ID: CellID(r.ID, c), Table: T3, Name: name, Unit: "件", Current: v.Num, Prev: p.Num, HasPrev: okp, Comparable: true})
			}
		}
	}
	for _, c := range T2Cells(rep.T2Format) {
		v, ok := rep.T2[c.ID]
		if !ok {
			continue
		}
		p, okp := prev.T2[c.ID]
		comparable := rep.T2Format == prev.T2Format || c.ID == "Z3·C1" || c.ID == "Z4·C1" || c.ID == "Z5·C1"
		unit := "件"
		dec, pdec := 0, 0
		if c.Amount {
			unit, dec, pdec = "万元", v.Dec, p.Dec
		}
		add(Item{ID: c.ID, Table: T2, Name: t2Name(c), Unit: unit, Current: v.Num, Prev: p.Num, HasPrev: okp, Comparable: comparable, Dec: dec, PrevDec: pdec})
	}
	for i, id := range T4IDs {
		v, ok := rep.T4[id]
		if !ok {
			continue
		}
		p, okp := prev.T4[id]
		name := T4Blocks[i/5].Label + T4Results[i%5]
		add(Item{ID: id, Table: T4, Name: name, Unit: "件", Current: v.Num, Prev: p.Num, HasPrev: okp, Comparable: true})
	}
	return cmp
}

func rowName(r Row) string {
	l := r.Label
	if r.Group != "" {
		l = r.Group + "：" + l[strings.Index(l, ".")+1:]
	}
	return l
}

// t2Name names a T2 cell in a statement: "规章本年制发", "行政许可本年处理决定",
// "行政事业性收费本年收费金额" (the figure and its unit follow).
func t2Name(c T2Cell) string {
	col := strings.TrimSuffix(c.Column, "（单位：万元）")
	col = strings.TrimSuffix(strings.TrimSuffix(col, "件数"), "数量")
	return c.Row + col
}

// GrowthStatement writes a figure with its change as these reports phrase
// it: "本年新收政府信息公开申请95件，同比增长352.38%（上年21件）"; a zero
// base "上年为0"; no change "与上年持平"; no comparable prior: the figure
// alone. dec and prevDec are the decimals the two values were written
// with, decimals those of the growth rate.
func GrowthStatement(name string, cur, prev float64, hasPrev bool, unit string, dec, prevDec, decimals int) string {
	s := name + analysis.FormatFixed(cur, dec) + unit
	if !hasPrev {
		return s
	}
	switch g := analysis.GrowthRate(cur, prev); {
	case prev == 0 && cur == 0:
		return s + "，与上年持平（均为0）"
	case prev == 0:
		return s + "，上年为0"
	case cur == prev:
		return s + "，与上年持平"
	case g.OK() && g.Value > 0:
		return fmt.Sprintf("%s，同比增长%s%%（上年%s%s）", s, analysis.FormatFixed(g.Value, decimals), analysis.FormatFixed(prev, prevDec), unit)
	case g.OK():
		return fmt.Sprintf("%s，同比下降%s%%（上年%s%s）", s, analysis.FormatFixed(-g.Value, decimals), analysis.FormatFixed(prev, prevDec), unit)
	}
	return s
}
