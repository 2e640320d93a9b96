package doc

import "strings"

// A bulletin's table of regions often splits its GDP column by industry
// with a second header line of the parts alone, the copy having lost
// where they stand:
//
//	地区 生产总值(亿元) 人均生产总值(元) 财政收入(亿元)
//	总值 第一产业 第二产业 第三产业
//	甲市 1200.5 80.1 500.2 620.2 95000 88.3
//
// The parts belong under the GDP column, which the three industries
// divide (industryGroupHeader).

// industryPart reports a header naming an industry or the total the
// industries make up: 第一产业 … 第三产业 (or 產業), 工业, 总值, 合计.
func industryPart(h string) bool {
	h = strings.TrimSpace(h)
	switch h {
	case "总值", "總值", "合计", "合計", "工业", "工業", "建筑业", "建築業":
		return true
	}
	for _, w := range []string{"第一产业", "第二产业", "第三产业", "第一產業", "第二產業", "第三產業"} {
		if strings.HasPrefix(h, w) {
			return true
		}
	}
	return false
}

// isTotalPart reports the part that is the whole (总值, 合计).
func isTotalPart(h string) bool {
	switch strings.TrimSpace(h) {
	case "总值", "總值", "合计", "合計":
		return true
	}
	return false
}

// gdpHeader reports a header naming the product the industries divide:
// 生产总值, GDP, 增加值.
func gdpHeader(h string) bool {
	return strings.Contains(h, "生产总值") || strings.Contains(h, "生產總值") || strings.Contains(h, "GDP") || strings.Contains(h, "增加值")
}

// industryGroupHeader is the rule for a header of two lines whose lower
// one names only industries (第一产业 第二产业 第三产业, with 总值 or 工业):
// they are the parts of the upper line's first GDP column (生产总值, GDP,
// 增加值), which spans them — and the column before them too when they
// name no total (the total under the GDP name, then the parts). upper and
// lower are the lines' names (upper's first heads the labels); ncols the
// table's columns, labels included. It returns the column (in upper) of
// the group and how many columns it spans, or -1 when the lines are no
// such header or the count of columns does not fit.
func industryGroupHeader(upper, lower []Field, ncols int) (g, span int) {
	if len(lower) < 2 || len(upper) < 3 {
		return -1, 0
	}
	total := false
	for _, f := range lower {
		if !industryPart(f.Text) {
			return -1, 0
		}
		total = total || isTotalPart(f.Text)
	}
	span = len(lower)
	if !total {
		span++
	}
	if len(upper)-1+span != ncols {
		return -1, 0
	}
	for k := 1; k < len(upper); k++ {
		if gdpHeader(upper[k].Text) {
			if industryPart(upper[k].Text) {
				break
			}
			return k, span
		}
	}
	return -1, 0
}

// industryGroupRows lays out the two header lines industryGroupHeader
// placed: the upper names over their columns, the group's over the span
// of its parts, the lower names under the group (after its total column
// when they name none), every other upper name over both lines.
func industryGroupRows(upper, lower []Field, g, span int, uline, lline int) []gridRow {
	total := len(lower) == span
	var top, bottom gridRow
	c := 0
	for k, f := range upper {
		if k == g {
			top = append(top, placed{lo: c, hi: c + span - 1, text: f.Text, off: f.Offset, line: uline})
			first := c
			if !total {
				first++
			}
			for j, p := range lower {
				bottom = append(bottom, placed{lo: first + j, hi: first + j, text: p.Text, off: p.Offset, line: lline})
			}
			c += span
			continue
		}
		top = append(top, placed{lo: c, hi: c, text: f.Text, off: f.Offset, line: uline, rs: 2})
		c++
	}
	return []gridRow{top, bottom}
}
