package extract

import "encoding/binary"

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

// column is classifyColumn(path, unit), memoised for the extractor: a
// report's tables repeat their headers (every table of a kind has the same
// columns), and the rules behind a column's reading cost far more than
// the look-up. tableColumn holds no slices, so a copy from the memo is the
// column as classifyColumn returns it.
func (x *extractor) column(path []string, unit string) tableColumn {
	// The key is every string with its length before it, so that no two
	// paths and units share one.
	key := make([]byte, 0, 64)
	key = binary.AppendUvarint(key, uint64(len(unit)))
	key = append(key, unit...)
	for _, p := range path {
		key = binary.AppendUvarint(key, uint64(len(p)))
		key = append(key, p...)
	}
	if c, ok := x.columns[string(key)]; ok {
		return c
	}
	c := classifyColumn(path, unit)
	if x.columns == nil {
		x.columns = make(map[string]tableColumn)
	}
	x.columns[string(key)] = c
	return c
}
