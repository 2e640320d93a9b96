package extract

import "strings"

// halfWidthClauseComma is the rule for a line of prose that a copy with
// half-width marks ends in the comma between two clauses (单季度归母净利润
// 1490.93万元, then 同比激增159.44%): a , after a character that is no
// digit, so no number broken at its thousands (1,\n234) ends so. As with
// ，, the sentence goes on over the next line.
func halfWidthClauseComma(line string) bool {
	if !strings.HasSuffix(line, ",") || len(line) < 2 {
		return false
	}
	c := line[len(line)-2]
	return !(c >= '0' && c <= '9') && c != ',' && c != ' '
}
