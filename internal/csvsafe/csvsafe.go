// Package csvsafe keeps the text cells of the CSV files annualstat writes
// from being run as formulas by the spreadsheet program that opens them
// (CSV or formula injection): a cell beginning with =, +, -, @, a tab or a
// carriage return is written with a leading single quote, as OWASP
// recommends, which spreadsheets show as text and do not evaluate. A
// number such as -2.5 or +3% is left alone: it is a number, not a
// formula. The readers of annualstat take the quote off again (Unescape),
// so the files round-trip.
package csvsafe

// risky reports whether a spreadsheet would treat a cell beginning with
// byte c as a formula (or, for tab and CR, could be led to).
func risky(c byte) bool {
	switch c {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// Text returns s as a CSV text cell: s itself, or s with a single quote in
// front when it begins with =, +, -, @, a tab or a carriage return and is
// not a plain number ([+-]digits[.digits][e[+-]digits][%]). A cell that
// already begins with a quote Unescape would remove gets one more, so that
// Unescape(Text(s)) == s for every s.
func Text(s string) string {
	if s == "" || !(formula(s) || quoted(s)) {
		return s
	}
	return "'" + s
}

// Unescape undoes Text: a single quote in front of what Text escapes is
// removed; any other cell is returned as it is.
func Unescape(s string) string {
	if quoted(s) {
		return s[1:]
	}
	return s
}

// formula reports whether a spreadsheet would evaluate the cell s.
func formula(s string) bool { return s != "" && risky(s[0]) && !isNumber(s) }

// quoted reports whether s is a quote in front of a cell Text escapes:
// one or more quotes, then a formula.
func quoted(s string) bool {
	k := 0
	for k < len(s) && s[k] == '\'' {
		k++
	}
	return k > 0 && formula(s[k:])
}

// isNumber reports whether s is a decimal number as a spreadsheet reads
// one: an optional sign, digits with an optional fraction, an optional
// exponent and an optional trailing percent sign.
func isNumber(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	n := digits()
	if i < len(s) && s[i] == '.' {
		i++
		n += digits()
	}
	if n == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	if i < len(s) && s[i] == '%' {
		i++
	}
	return i == len(s)
}
