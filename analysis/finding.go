package analysis

import "fmt"

// Severity grades a finding.
type Severity uint8

// Severities, least severe first.
const (
	Info    Severity = iota // worth knowing (e.g. the exits implied by new entities)
	Warning                 // probably wrong, or cannot be decided (rounding, approximate values)
	Error                   // the figures contradict each other
)

var severityNames = [...]string{"info", "warning", "error"}

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", s)
}

// Chinese returns the severity as printed in the appendix (提示, 警告, 错误).
func (s Severity) Chinese() string {
	switch s {
	case Info:
		return "提示"
	case Warning:
		return "警告"
	}
	return "错误"
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Rule names of the consistency checks (SPEC §4, §9).
const (
	RuleSum          = "sum"           // parts add up to their total
	RuleUnit         = "unit"          // units agree within a sum
	RuleRateRange    = "rate_range"    // a rate lies in [0, 100]
	RuleStated       = "stated_change" // a stated change matches the values
	RuleWhole        = "whole_prior"   // a back-computed count has a whole-number candidate
	RuleNewVsNet     = "new_vs_net"    // "new" ≥ net increase of the stock
	RuleCountInteger = "count_integer" // counts are non-negative whole numbers
	RuleChangePair   = "change_pair"   // a stated % change agrees with a stated absolute change
	RuleShare        = "share"         // a stated share agrees with part ÷ whole and with its list
	RuleRate         = "rate"          // a stated rate agrees with its numerator ÷ denominator
)

// Finding is one result of a consistency check.
type Finding struct {
	Rule       string   // one of the Rule constants
	Severity   Severity //
	Year       int      // the year checked
	Period     string   // the period of the figures compared, as written ("1-11月"); "" the whole year
	Indicators []string // the indicators involved, total first
	Expected   string   // what the rule expects, as shown (e.g. "11737")
	Found      string   // what the data has (e.g. "11737 = 10685 + 1052")
	Message    string   // one Chinese sentence for the appendix
}
