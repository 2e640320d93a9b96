// Package textwidth measures how wide text is on a terminal or in a
// spreadsheet column: East Asian wide and full-width characters (汉字,
// full-width punctuation) take two Latin widths.
package textwidth

import "golang.org/x/text/width"

// Of returns the width of s in Latin character widths.
func Of(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
