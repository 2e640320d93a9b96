package analysis

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// FormatChanges writes the stated changes of a value in the compact form
// of the `changes` column of the long CSV (ingest.WriteCSV and the CSV of
// extract), which ParseChanges reads back. Each change is
//
//	kind value [(text)] [base=…] [verb=…] [unit=…] [decimals=N] [ambiguous]
//
// and the changes are joined with "; " in order, for example
//
//	growth_pct -2.6 (2.60) base=同比 verb=下降 decimals=2; abs -7 (7) base=同比 verb=减少
//
// kind is growth_pct, pp, multiple or abs; value the signed figure in
// the shortest form that reads back exactly; text the figure as written.
// Inside the brackets a backslash and a closing bracket are escaped with a
// backslash (\\, \)); in the key=value fields a backslash, a space and a
// semicolon are (\\, \ , \;). A field that is empty (or Precision unknown,
// Ambiguous false) is left out. A change whose value is not finite is an
// error.
func FormatChanges(changes []Stated) (string, error) {
	var b strings.Builder
	for i, c := range changes {
		if math.IsNaN(c.Value) || math.IsInf(c.Value, 0) {
			return "", fmt.Errorf("change %d (%s): value is not a finite number", i+1, c.Text)
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(c.Kind.String())
		b.WriteByte(' ')
		if a := math.Abs(c.Value); a == 0 || (a >= 1e-6 && a < 1e21) {
			b.WriteString(strconv.FormatFloat(c.Value, 'f', -1, 64))
		} else {
			b.WriteString(strconv.FormatFloat(c.Value, 'g', -1, 64))
		}
		if c.Text != "" {
			b.WriteString(" (")
			for _, r := range c.Text {
				if r == '\\' || r == ')' {
					b.WriteByte('\\')
				}
				b.WriteRune(r)
			}
			b.WriteByte(')')
		}
		field := func(key, v string) {
			if v == "" {
				return
			}
			b.WriteByte(' ')
			b.WriteString(key)
			b.WriteByte('=')
			for _, r := range v {
				if r == '\\' || r == ' ' || r == ';' {
					b.WriteByte('\\')
				}
				b.WriteRune(r)
			}
		}
		field("base", c.Base)
		field("verb", c.Verb)
		field("unit", c.Unit)
		if d, ok := c.Precision.Decimals(); ok {
			field("decimals", strconv.Itoa(d))
		}
		if c.Ambiguous {
			b.WriteString(" ambiguous")
		}
	}
	return b.String(), nil
}

// ParseChanges reads the form FormatChanges writes. An empty or blank s is
// no change. Errors say which change and what was wrong.
func ParseChanges(s string) ([]Stated, error) {
	var out []Stated
	rs := []rune(s)
	i := 0
	skipSpace := func() {
		for i < len(rs) && (rs[i] == ' ' || rs[i] == '\t') {
			i++
		}
	}
	// word reads up to a space or semicolon, undoing backslash escapes.
	word := func() string {
		var w strings.Builder
		for i < len(rs) && rs[i] != ' ' && rs[i] != '\t' && rs[i] != ';' {
			if rs[i] == '\\' && i+1 < len(rs) {
				i++
			}
			w.WriteRune(rs[i])
			i++
		}
		return w.String()
	}
	for {
		skipSpace()
		if i >= len(rs) {
			break
		}
		n := len(out) + 1
		var c Stated
		kind := word()
		k, err := ParseChangeKind(kind)
		if err != nil || k == ChangeNone {
			return nil, fmt.Errorf("change %d: want a kind growth_pct, pp, multiple or abs, got %q", n, kind)
		}
		c.Kind = k
		skipSpace()
		num := word()
		v, err := strconv.ParseFloat(num, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("change %d (%s): want its value as a number, got %q", n, kind, num)
		}
		c.Value = v
		skipSpace()
		if i < len(rs) && rs[i] == '(' {
			i++
			var t strings.Builder
			closed := false
			for i < len(rs) {
				r := rs[i]
				i++
				if r == '\\' && i < len(rs) {
					t.WriteRune(rs[i])
					i++
					continue
				}
				if r == ')' {
					closed = true
					break
				}
				t.WriteRune(r)
			}
			if !closed {
				return nil, fmt.Errorf("change %d (%s %s): the text in brackets has no closing )", n, kind, num)
			}
			c.Text = t.String()
		}
		for {
			skipSpace()
			if i >= len(rs) || rs[i] == ';' {
				break
			}
			f := word()
			key, val, _ := strings.Cut(f, "=")
			switch key {
			case "base":
				c.Base = val
			case "verb":
				c.Verb = val
			case "unit":
				c.Unit = val
			case "decimals":
				d, err := strconv.Atoi(val)
				if err != nil || d < 0 || d > 20 {
					return nil, fmt.Errorf("change %d (%s %s): want decimals=N with N from 0 to 20, got %q", n, kind, num, f)
				}
				c.Precision = PrecisionOf(d)
			case "ambiguous":
				if val != "" && val != "true" {
					return nil, fmt.Errorf("change %d (%s %s): want ambiguous alone, got %q", n, kind, num, f)
				}
				c.Ambiguous = true
			default:
				return nil, fmt.Errorf("change %d (%s %s): unknown field %q (want base=, verb=, unit=, decimals= or ambiguous)", n, kind, num, f)
			}
		}
		out = append(out, c)
		if i < len(rs) {
			i++ // the semicolon
		}
	}
	if len(out) == 0 && strings.TrimSpace(s) != "" {
		return nil, errors.New("no change read")
	}
	return out, nil
}
