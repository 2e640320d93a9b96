package extract

// streamCornerless is the rule for a table copied one cell per line whose
// rows each end in an empty cell (a bar after the last value) and whose
// header lost its corner cell with the empty cells the stream starts with
// (学校数(所) | 教职工数(人) | 专任教师数(人) | | 一、高等教育 | …): the header's
// width cells end in that empty cell and a label follows them, so the
// header is those cells under an empty corner, not the first width+1
// cells. width counts the rows' values with their empty last cell.
func streamCornerless(cells []tcell, width int, isValue func(tcell) bool) bool {
	if width < 2 || len(cells) <= width || cells[width-1].text != "" || cells[width].text == "" || isValue(cells[width]) {
		return false
	}
	for _, c := range cells[:width-1] {
		if c.text == "" || isValue(c) {
			return false
		}
	}
	return true
}

// bracketedNumber reports a cell that is a whole number in brackets
// ((827), （21）): a value cell of the row, for placing the row's cells —
// a count kept out of the total (不计校数) in a yearbook, a negative amount
// in a finance table — that the row reader reads as a figure only where
// its reading is settled.
func bracketedNumber(t string) bool {
	t = trimText(t)
	var inner string
	switch {
	case len(t) > 2 && t[0] == '(' && t[len(t)-1] == ')':
		inner = t[1 : len(t)-1]
	case len(t) > 6 && t[:3] == "（" && t[len(t)-3:] == "）":
		inner = t[3 : len(t)-3]
	default:
		return false
	}
	if inner == "" || len(inner) > 12 {
		return false
	}
	for i := 0; i < len(inner); i++ {
		if (inner[i] < '0' || inner[i] > '9') && inner[i] != ',' {
			return false
		}
	}
	return true
}
