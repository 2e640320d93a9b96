package extract

// byText memoises a test of a cell that reads only the cell's text: the
// readers of tables copied one cell per line (cellStream, lineCellRows)
// ask whether a cell is a value once for every width and header they try,
// and the rules behind the answer (parseCell, companyValueCell) cost far
// more than a map look-up.
func byText(f func(tcell) bool) func(tcell) bool {
	seen := make(map[string]bool, 32)
	return func(c tcell) bool {
		if v, ok := seen[c.text]; ok {
			return v
		}
		v := f(c)
		seen[c.text] = v
		return v
	}
}
