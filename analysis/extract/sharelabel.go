package extract

import "strings"

// shareLabel is the rule for a row label that ends in a whole-number
// percent written against its name, in a row that has value cells of its
// own (| 1、增值税50% | 48,827 | 26,542 | …: the share of a tax a level of
// government keeps): the percent is part of the label, not a value the
// copy ran into it. vals are the values companyRowLine split off the
// label t; cells the row's cells.
func shareLabel(t string, vals [][2]int, cells int) bool {
	if len(vals) != 1 || cells < 3 {
		return false
	}
	v := t[vals[0][0]:vals[0][1]]
	if !strings.HasSuffix(v, "%") || strings.ContainsAny(v, ".,") || vals[0][0] == 0 {
		return false
	}
	n := strings.TrimSuffix(v, "%")
	if n == "" || len(n) > 3 || strings.Trim(n, "0123456789") != "" {
		return false
	}
	return vals[0][1] == len(strings.TrimRight(t, " ")) && t[vals[0][0]-1] >= 0x80
}

// shareInLabel is the rule for a row label headerUnit read as a name and
// the unit % where the percent follows a whole number written against the
// name (增值税50%, 营业税25%: the share of a tax kept, part of the tax's
// name, as shareLabel keeps it in the label): the label keeps the number
// and its percent, and names no unit. Other labels are returned as given.
func shareInLabel(label, unit string) (string, string) {
	if unit != "%" || label == "" {
		return label, unit
	}
	i := len(label)
	for i > 0 && label[i-1] >= '0' && label[i-1] <= '9' {
		i--
	}
	if i == len(label) || len(label)-i > 3 || i == 0 || label[i-1] < 0x80 {
		return label, unit
	}
	return label + "%", ""
}
