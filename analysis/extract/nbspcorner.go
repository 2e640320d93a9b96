package extract

// placeholderCorner is the rule for a header line of a company table
// whose copy wrote the empty corner cell as the placeholder a page's
// non-breaking space became (&2014年末2013年末本期末比上年同期末增减(%)2012年末):
// the leading &s are that empty cell, the headers follow. It returns the
// bytes they take, 0 when the line does not start so.
func placeholderCorner(t string) int {
	n := 0
	for n < len(t) && (t[n] == '&' || t[n] == ' ') {
		n++
	}
	if n == 0 || t[0] != '&' || n == len(t) {
		return 0
	}
	return n
}
