package xlsx

import (
	"strings"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/textwidth"
	"github.com/annualstat/annualstat/report/present"
)

// yoyColumns are the columns of the 同比分析 sheet: the main table's
// columns as the document has them, then 表述 (the statement) and 备注 (the
// row's note). -1 for a column the table does not have.
type yoyColumns struct {
	table                               int // columns of the document's table
	unit, prev, cur, change, growth, pp int
	statement, note, total              int
	prevLetter, curLetter               string
	changeParts, growthParts, ppParts   []string
}

func (b *builder) layoutColumns() {
	tb := b.main
	c := yoyColumns{table: len(tb.Columns), unit: -1, prev: -1, cur: -1, change: -1, growth: -1, pp: -1}
	for i, col := range tb.Columns {
		switch col.Role {
		case present.ColUnit:
			c.unit = i
		case present.ColPrevious:
			c.prev = i
		case present.ColCurrent:
			c.cur = i
		case present.ColChange:
			c.change = i
		case present.ColGrowth:
			c.growth = i
		case present.ColPP:
			c.pp = i
		}
	}
	c.statement, c.note, c.total = c.table, c.table+1, c.table+2
	if c.prev >= 0 {
		p, q := string(rune('A'+c.prev)), string(rune('A'+c.cur))
		c.prevLetter, c.curLetter = p, q
		both := "AND(ISNUMBER(" + p + "%[1]d),ISNUMBER(" + q + "%[1]d))"
		// The formulas give what the document shows: blank where a value
		// is unknown, "—" where growth is undefined (a base of 0 or less).
		c.changeParts = splitFormula("IF(" + both + "," + q + "%[1]d-" + p + "%[1]d,\"\")")
		c.growthParts = splitFormula("IF(" + both + ",IF(" + p + "%[1]d>0,(" + q + "%[1]d-" + p + "%[1]d)/" + p + "%[1]d*100,\"—\"),\"\")")
		c.ppParts = c.changeParts
	}
	b.cols = c
}

// splitFormula escapes a formula for XML and splits it at the row number.
func splitFormula(tmpl string) []string {
	return strings.Split(string(appendEscaped(nil, tmpl)), "%[1]d")
}

// cachedGrowth is the growth column's cached result as the formula
// computes it, (c − p)/p × 100; "" or "—" where the formula gives them.
func cachedGrowth(r *analysis.Row) any {
	if !r.HasCurrent || !r.HasPrevious {
		return ""
	}
	if !r.Growth.OK() {
		return "—"
	}
	c, p := r.Current.Value, r.Previous.Value
	return (c - p) / p * 100
}

// cachedFigure is the cached result of the change and percentage-point
// formulas: the analysis's figure, or "" when a value is unknown.
func cachedFigure(f analysis.Figure) any {
	if v, ok := f.Float(); ok {
		return v
	}
	return ""
}

// planYoY lays out the 同比分析 sheet from the document's main table:
// widths measured before anything is written (they must be set before the
// first row), every style it needs created (styles cannot be created
// while sheets are written concurrently), and the place of each row, for
// the charts.
func (b *builder) planYoY() (*sheetSeq, error) {
	tb := b.main
	b.statements = make([]string, len(b.t.Rows))
	for _, sec := range b.doc.Sections {
		for j, i := range sec.Rows {
			if i >= 0 && i < len(b.statements) && j < len(sec.Statements) {
				b.statements[i] = sec.Statements[j]
			}
		}
	}
	b.layoutColumns()
	c := b.cols
	header := make([]string, c.total)
	for i, col := range tb.Columns {
		header[i] = strings.ReplaceAll(col.Header, "\n", "")
	}
	header[c.statement], header[c.note] = "表述", "备注"
	minW := make([]int, c.total)
	maxW := make([]int, c.total)
	for i, h := range header {
		minW[i], maxW[i] = min(textwidth.Of(h)+2, 16), 22
		if i < c.table && !tb.Columns[i].Numeric {
			maxW[i] = 40
		}
	}
	minW[0] = max(minW[0], 16)
	maxW[c.statement], maxW[c.note] = 60, 40
	cw := newColWidths(minW, maxW)
	for k := range tb.Rows {
		r := &tb.Rows[k]
		if r.Kind == present.RowSection {
			continue
		}
		for i, cell := range r.Cells {
			w := textwidth.Of(cell.Text)
			if i == 0 {
				w += 2 * r.Level
			}
			cw.fit(i, w)
			if err := b.cellStyle(r, i, &cell); err != nil {
				return nil, err
			}
		}
		if k < 10000 && r.Index >= 0 {
			cw.text(c.statement, b.t.Rows[r.Index].Statement)
		}
		cw.text(c.note, r.Note)
	}
	for _, k := range []styleKind{styleSection, styleWrap, styleText, styleMark} {
		if _, err := b.style(styleKey{kind: k}); err != nil {
			return nil, err
		}
	}
	widths := make([]float64, c.total)
	for i := range widths {
		widths[i] = cw.width(i)
	}
	var tail []string
	for i, n := range tb.Notes {
		prefix := "　　"
		if i == 0 {
			prefix = "注："
		}
		tail = append(tail, prefix+n.String())
	}
	if tb.Source != "" {
		tail = append(tail, tb.Source)
	}
	seq := &sheetSeq{b: b, base: SheetYoY, caption: tb.Caption, unit: tb.UnitLine, header: header, widths: widths,
		total: len(tb.Rows), outline: true, tail: tail}
	seq.rows = b.yoyRows
	b.placed = make(map[int]place, len(tb.Rows))
	for i := range tb.Rows {
		if r := &tb.Rows[i]; r.Index >= 0 {
			b.placed[r.Index] = seq.at(i)
		}
	}
	return seq, nil
}

// cellStyle creates the style a cell of the main table is written with.
func (b *builder) cellStyle(r *present.Row, col int, cell *present.Cell) error {
	_, err := b.style(b.cellKey(r, col, cell))
	return err
}

// cellKey is the style of a cell of the main table.
func (b *builder) cellKey(r *present.Row, col int, cell *present.Cell) styleKey {
	switch {
	case col == 0:
		return styleKey{kind: styleLabel, level: r.Level}
	case cell.Numeric || b.main.Columns[col].Numeric && cell.Mark == present.MarkUnknown:
		if cell.Prefix != "" || cell.Suffix != "" {
			return styleKey{kind: styleApprox, decimals: cell.Decimals, pre: cell.Prefix, suf: cell.Suffix}
		}
		return styleKey{kind: styleNumber, decimals: cell.Decimals}
	case cell.Mark == present.MarkNotApplicable:
		return styleKey{kind: styleMark}
	}
	return styleKey{kind: styleText}
}

// yoyRows writes the rows of the main table with indices [from, to), the
// row with index from on line first. Figures are numbers with the
// decimals the document shows; change, growth and percentage points are
// live formulas with cached results; marks are text.
func (b *builder) yoyRows(rw *rowWriter, from, to, first int) error {
	tb, c := b.main, b.cols
	sec := b.mustStyle(styleKey{kind: styleSection})
	wrap := b.mustStyle(styleKey{kind: styleWrap})
	for k := from; k < to; k++ {
		r := &tb.Rows[k]
		line := first + k - from
		if r.Kind == present.RowSection {
			// The section row's fill spans the table's columns only.
			rw.start(line, 0)
			rw.str(0, sec, r.Cells[0].Text)
			for col := 1; col < c.total; col++ {
				rw.blank(col, sec)
			}
			if err := rw.end(); err != nil {
				return err
			}
			continue
		}
		ar := &b.t.Rows[r.Index]
		// A figure stated only as a change has no level to compute from:
		// its cells are the document's, as stated.
		asStated := ar.HasCurrent && ar.Current.NoLevel
		rw.start(line, 1)
		for col := range r.Cells {
			cell := &r.Cells[col]
			st := b.mustStyle(b.cellKey(r, col, cell))
			switch {
			case asStated && col > 0 && cell.Numeric:
				rw.num(col, st, cell.Value)
			case asStated && col > 0:
				rw.str(col, st, cell.Text)
			case col == c.change && c.changeParts != nil:
				rw.formulaAt(col, st, c.changeParts, line, b.cached(cachedFigure(ar.Change)))
			case col == c.growth && ar.Kind != analysis.KindRate:
				rw.formulaAt(col, st, c.growthParts, line, b.cached(cachedGrowth(ar)))
			case col == c.pp && ar.Kind == analysis.KindRate:
				rw.formulaAt(col, st, c.ppParts, line, b.cached(cachedFigure(ar.PP)))
			case col == c.prev && ar.HasPrevious:
				rw.num(col, st, ar.Previous.Value)
			case col == c.cur && ar.HasCurrent:
				rw.num(col, st, ar.Current.Value)
			case cell.Mark == present.MarkUnknown:
				rw.blank(col, st)
			default:
				rw.str(col, st, cell.Text)
			}
		}
		stmt := b.statements[r.Index]
		if stmt == "" {
			stmt = present.Punctuate(ar.Statement)
		}
		rw.str(c.statement, wrap, stmt)
		rw.str(c.note, wrap, r.Note)
		if err := rw.end(); err != nil {
			return err
		}
	}
	return nil
}

// cached is v, or a deliberately wrong value under the test hook.
func (b *builder) cached(v any) any {
	if b.opt.wrongCache {
		return wrong(v)
	}
	return v
}

// wrong returns a deliberately wrong cached result (test hook): a number
// where the result is text, and a different number where it is a number.
func wrong(v any) any {
	if f, ok := v.(float64); ok {
		return f + 1000
	}
	return 0.5
}
