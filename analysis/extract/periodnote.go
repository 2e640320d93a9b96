package extract

import (
	"strings"

	"github.com/annualstat/annualstat/analysis/doc"
)

// periodNoteRow is the rule for a header's second row that writes the
// years of its period columns in brackets (上年度 | 本年度 over (2018年) |
// (2019年)), which a copy that drops empty cells moves to the row's start
// (under 一级指标 | 二级指标): every written cell is a year in brackets, and
// there are no more of them than the first row has period columns. The
// years restate the periods, so the row is dropped and the header is the
// first row alone. It returns the rows and the header's row count.
func periodNoteRow(rows []trow, h int) ([]trow, int) {
	if h != 2 || len(rows) < 3 {
		return rows, h
	}
	periods := 0
	for _, c := range rows[0].cells {
		if t := removeHanSpaces(trimText(c.text)); t != "" && (isPeriodHeader(t) || headerYear(t) != 0) {
			periods++
		}
	}
	notes := 0
	for _, c := range rows[1].cells {
		t := trimText(c.text)
		if t == "" {
			continue
		}
		if !bracketedYear(t) {
			return rows, h
		}
		notes++
	}
	if notes == 0 || notes > periods {
		return rows, h
	}
	out := append([]trow{rows[0]}, rows[2:]...)
	return out, 1
}

// bracketedYear reports a cell that is a year or a year's period in
// brackets: (2018年), （2019年度）, (2019).
func bracketedYear(t string) bool {
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if in, ok := strings.CutPrefix(t, br[0]); ok {
			if in, ok = strings.CutSuffix(in, br[1]); ok {
				in = trimText(in)
				return headerYear(in) != 0 && (gridYear(in) || doc.IsPeriodOnly(in))
			}
		}
	}
	return false
}
