package doc

import "github.com/annualstat/annualstat/internal/trim"

// trimSpace is strings.TrimSpace, quick for a text without white space at
// its ends (trim.Space).
func trimSpace(s string) string { return trim.Space(s) }
