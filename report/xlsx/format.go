package xlsx

import (
	"math"
	"strings"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/textwidth"
)

// maxValueDecimals caps the decimals a value is shown with: derived values
// (back-computed priors) can have many.
const maxValueDecimals = 6

// valueDecimals is the number of decimals v was written with, as
// analysis.FormatValue writes it, capped at maxValueDecimals.
func valueDecimals(v float64, kind analysis.Kind) int {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return 0 // a whole number: no need to format it
	}
	return min(analysis.Decimals(analysis.FormatValue(v, kind)), maxValueDecimals)
}

// zeros returns "." followed by d zeros, or "" for d ≤ 0.
func zeros(d int) string {
	if d <= 0 {
		return ""
	}
	return "." + strings.Repeat("0", d)
}

// groupedFormat is the number format of counts, amounts and scores:
// thousands separators and d decimals (#,##0.00).
func groupedFormat(d int) string { return "#,##0" + zeros(d) }

// plainFormat is the number format of rates and percentage points: d
// decimals without separators (0.00).
func plainFormat(d int) string { return "0" + zeros(d) }

// percentFormat is the number format of growth: a fraction shown in
// percent with d decimals (0.00%).
func percentFormat(d int) string { return "0" + zeros(d) + "%" }

// colWidths accumulates the widest text of each column.
type colWidths struct {
	w        []int
	min, max []int
}

func newColWidths(min, max []int) *colWidths {
	return &colWidths{w: make([]int, len(min)), min: min, max: max}
}

func (c *colWidths) text(col int, s string) { c.fit(col, textwidth.Of(s)) }

// fit widens column col to hold n Latin character widths.
func (c *colWidths) fit(col, n int) {
	if n > c.w[col] {
		c.w[col] = n
	}
}

// width returns the column width in Excel units: the widest text plus a
// margin, within the column's bounds.
func (c *colWidths) width(col int) float64 {
	return float64(max(c.min[col], min(c.w[col]+2, c.max[col])))
}

// groupedWidth is the width of v shown with thousands separators and d
// decimals, for column widths: sign, digits, a separator per three digits,
// the decimal point and decimals.
func groupedWidth(v float64, d int) int {
	a := math.Abs(v)
	n := 1
	for x := a; x >= 10 && n < 400; x /= 10 {
		n++
	}
	w := n + (n-1)/3
	if d > 0 {
		w += d + 1
	}
	if v < 0 {
		w++
	}
	return w
}
