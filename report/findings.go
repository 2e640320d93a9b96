package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/annualstat/annualstat/analysis"
)

// FindingJSON is a consistency-check finding in JSON output.
type FindingJSON struct {
	Rule       string   `json:"rule"`
	Severity   string   `json:"severity"`
	Year       int      `json:"year,omitempty"`
	Period     string   `json:"period"`
	Indicators []string `json:"indicators"`
	Expected   string   `json:"expected"`
	Found      string   `json:"found"`
	Message    string   `json:"message"`
}

// WriteFindingsJSON writes findings as a JSON array.
func WriteFindingsJSON(w io.Writer, fs []analysis.Finding) error {
	out := make([]FindingJSON, len(fs))
	for i, f := range fs {
		out[i] = FindingJSON{Rule: f.Rule, Severity: f.Severity.String(), Year: f.Year, Period: f.Period, Indicators: f.Indicators,
			Expected: f.Expected, Found: f.Found, Message: f.Message}
		if out[i].Indicators == nil {
			out[i].Indicators = []string{}
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// WriteFindingsText writes one line per finding, most severe first, then a
// count by severity.
func WriteFindingsText(w io.Writer, fs []analysis.Finding) error {
	var b strings.Builder
	counts := map[analysis.Severity]int{}
	for _, sev := range []analysis.Severity{analysis.Error, analysis.Warning, analysis.Info} {
		for _, f := range fs {
			if f.Severity != sev {
				continue
			}
			counts[sev]++
			year := ""
			if f.Year != 0 {
				year = " " + strconv.Itoa(f.Year)
			}
			fmt.Fprintf(&b, "%-7s %s%s [%s] %s（期望 %s，实际 %s）\n", f.Severity, f.Rule, year,
				strings.Join(f.Indicators, "、"), f.Message, f.Expected, f.Found)
		}
	}
	fmt.Fprintf(&b, "%d error(s), %d warning(s), %d note(s)\n", counts[analysis.Error], counts[analysis.Warning], counts[analysis.Info])
	_, err := io.WriteString(w, b.String())
	return err
}
