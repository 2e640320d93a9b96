package extract

import (
	"strings"
	"unicode/utf8"
)

// runOnMinLine is the shortest line the run-on rows rule looks at: a
// table's rows run into one line are long.
const runOnMinLine = 120

// runOnRows is the rule for a company table whose rows a page copy ran
// into one line, apart by single spaces (计入当期损益的政府补助,…除外
// 6,605,370.77 6,621,410.62 5,874,180.44 计入当期损益的对非金融企业收取的资金
// 占用费 委托他人投资或管理资产的损益 20,037,236.57 … 减:所得税影响额
// 4,056,429.34 …): the line split at its spaces into words, each run of
// values (written as a finance table writes amounts: a point or a
// thousands comma; a negative in brackets) a row under the label word
// right before it; label words without values are rows without figures
// and are dropped. Values are amounts (runOnValue). ok is false unless the line is nothing but label words
// (Han characters, no year, no sentence end) and values, with at least three rows
// and six values.
func runOnRows(t string, base int) ([]trow, bool) {
	if len(t) < runOnMinLine || len(t) > 64*maxCompanyLine || hasPipeOrTab(t) || hasSentenceStop(t) {
		return nil, false
	}
	var rows []trow
	var label *tcell
	values := 0
	for i := 0; i < len(t); {
		for i < len(t) && t[i] == ' ' {
			i++
		}
		j := i
		for j < len(t) && t[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		w := t[i:j]
		c := tcell{text: w, start: base + i, end: base + j}
		if runOnValue(w) {
			if label == nil {
				return nil, false // values with no label before them
			}
			if len(rows) == 0 || rows[len(rows)-1].cells[0].start != label.start {
				rows = append(rows, trow{cells: []tcell{*label}, start: label.start})
			}
			r := &rows[len(rows)-1]
			r.cells = append(r.cells, c)
			r.end = c.end
			values++
		} else {
			if strings.IndexFunc(w, isHan) < 0 || utf8.RuneCountInString(w) > 160 || yearHeaderEnd(w, 0) == len(w) {
				return nil, false
			}
			lc := c
			label = &lc
		}
		i = j
	}
	if len(rows) < 3 || values < 6 {
		return nil, false
	}
	return rows, true
}

// runOnValue reports a word that is an amount of a finance table: a
// number written with two decimals (-217,245.83, 2,464.80, 20,913.71), or
// such a negative in brackets. Counts and rates are not looked for: a
// line of them is some other table's.
func runOnValue(w string) bool {
	if _, ok := parenNegative(w); ok {
		w = strings.Trim(w, "()（）")
	} else if _, _, pct, ok := parseCell(w); !ok || pct {
		return false
	}
	k := strings.LastIndexByte(w, '.')
	return k >= 0 && len(w)-k == 3
}

// hasSentenceStop is strings.ContainsAny(t, "。；;！？") in one pass over the
// bytes (。 is E3 80 82; ；！？ are EF BC 9B, 81, 9F).
func hasSentenceStop(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case ';':
			return true
		case 0xE3:
			if i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x82 {
				return true
			}
		case 0xEF:
			if i+2 < len(t) && t[i+1] == 0xBC && (t[i+2] == 0x9B || t[i+2] == 0x81 || t[i+2] == 0x9F) {
				return true
			}
		}
	}
	return false
}
