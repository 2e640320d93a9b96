package extract

import "github.com/annualstat/annualstat/internal/trim"

// trimText is strings.TrimSpace, quick for a text without white space at
// its ends (trim.Space): the rules trim every cell, label and sentence
// part they look at.
func trimText(s string) string { return trim.Space(s) }
