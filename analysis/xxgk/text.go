package xxgk

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
)

// maxText bounds the text ReadText reads: a report is a few pages.
const maxText = 16 << 20

// ReadText reads a published report from its text (as copied from a web
// page, exported from a PDF with pdftotext, or an HTML page, recognised
// by its tags): its tables, written as rows of cells separated by '|',
// tabs or spaces, T4 often as one line of 15 numbers; and the figures its
// prose states in 一、总体情况. name is used in error positions.
func ReadText(r io.Reader, name string) (*Report, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxText+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxText {
		return nil, fmt.Errorf("%s: want a report of at most %d MiB of text", name, maxText>>20)
	}
	if looksHTML(data) {
		data = htmlToText(data)
	}
	g := Grid{Source: name, Lines: []int{}}
	var prose, all []proseLine
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), maxText)
	inOverview, sawOverview, sawTables := false, false, false
	for ln := 1; sc.Scan(); ln++ {
		// Trailing tabs are blank cells: keep them.
		line := strings.Trim(strings.TrimPrefix(sc.Text(), "\ufeff"), " \r\u3000")
		line = strings.TrimLeft(line, "#> ") // Markdown headings and quotes
		if strings.TrimSpace(line) == "" {
			continue
		}
		n := NormLabel(line)
		switch {
		case strings.HasPrefix(n, "一、总体情况") || strings.HasPrefix(n, "一、概述"):
			inOverview, sawOverview = true, true
		case reTopOrdinal.MatchString(n) && !strings.HasPrefix(n, "一、"):
			if strings.HasPrefix(n, "二、") && (strings.Contains(n, "主动公开")) {
				sawTables = true
			}
			inOverview = false
		}
		all = append(all, proseLine{line, ln})
		if inOverview || !sawOverview && !sawTables {
			prose = append(prose, proseLine{line, ln})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if style := streamStyle(all); style != notStream {
		g.Rows, g.Lines = streamRows(all, style)
	} else {
		for _, l := range all {
			g.Rows = append(g.Rows, SplitCells(l.text))
			g.Lines = append(g.Lines, l.line)
			g.Loose = append(g.Loose, !strings.ContainsAny(l.text, "|\t"))
		}
	}
	rep, err := ReadGrids(g)
	if err != nil {
		return nil, err
	}
	rep.Source = name
	for _, p := range prose {
		rep.Prose = append(rep.Prose, ProseFigures(p.text, p.line)...)
	}
	rep.Body, rep.Year = titleOf(data)
	return rep, nil
}

type proseLine struct {
	text string
	line int
}

// SplitCells splits a line of text into table cells: at '|' when it has
// any (a Markdown or copied table; the outer bars dropped), else at tabs,
// else at spaces.
func SplitCells(line string) []string {
	switch {
	case strings.Contains(line, "|"):
		t := strings.TrimSpace(line)
		t = strings.TrimPrefix(t, "|")
		t = strings.TrimSuffix(t, "|")
		parts := strings.Split(t, "|")
		var cells []string
		for _, c := range parts {
			c = strings.TrimSpace(c)
			// "0 110": two figures a PDF's table reader put in one cell
			if f := strings.Fields(Fold(c)); len(f) > 1 && allValues(f) {
				cells = append(cells, f...)
				continue
			}
			cells = append(cells, c)
		}
		if isRule(cells) {
			return nil
		}
		return cells
	case strings.Contains(line, "\t"):
		cells := strings.Split(line, "\t")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		return cells
	}
	return strings.Fields(Fold(line))
}

// isRule reports whether cells are a Markdown separator row (---|---).
func isRule(cells []string) bool {
	for _, c := range cells {
		if strings.Trim(c, "-: ") != "" {
			return false
		}
	}
	return len(cells) > 0
}

func looksHTML(b []byte) bool {
	head := bytes.ToLower(b[:min(len(b), 4096)])
	return bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<table")) || bytes.Contains(head, []byte("<!doctype html"))
}

var (
	reDropBlock = regexp.MustCompile(`(?is)<(script|style)[^>]*>.*?</(script|style)>`)
	reCellEnd   = regexp.MustCompile(`(?i)</t[dh]>`)
	reRowEnd    = regexp.MustCompile(`(?i)</tr>`)
	reRowStart  = regexp.MustCompile(`(?i)<tr[^>]*>`)
	reBreak     = regexp.MustCompile(`(?i)<br\s*/?>|</p>|</div>|</h[1-6]>|</li>`)
	reTag       = regexp.MustCompile(`<[^>]*>`)
)

// htmlToText turns a web page into lines: table rows as '|'-separated
// cells, paragraphs as lines.
func htmlToText(b []byte) []byte {
	b = reDropBlock.ReplaceAll(b, nil)
	b = bytes.ReplaceAll(b, []byte("\n"), []byte(" "))
	b = bytes.ReplaceAll(b, []byte("\r"), []byte(" "))
	// Cells' own line breaks must not split rows.
	b = reRowStart.ReplaceAll(b, []byte("\n|"))
	b = reRowEnd.ReplaceAll(b, []byte("\n"))
	var out bytes.Buffer
	for _, line := range bytes.Split(b, []byte("\n")) {
		if bytes.HasPrefix(line, []byte("|")) {
			line = reBreak.ReplaceAll(line, nil)
			line = reCellEnd.ReplaceAll(line, []byte("|"))
			line = reTag.ReplaceAll(line, nil)
		} else {
			line = reBreak.ReplaceAll(line, []byte("\n"))
			line = reTag.ReplaceAll(line, nil)
		}
		out.WriteString(html.UnescapeString(string(line)))
		out.WriteByte('\n')
	}
	return out.Bytes()
}

var reTitle = regexp.MustCompile(`(\S{2,40}?)(\d{4})年(?:度)?政府信息公开(?:工作)?年度报告`)

// titleOf finds "淮安市人民政府2024年政府信息公开工作年度报告" in the text.
func titleOf(b []byte) (string, int) {
	m := reTitle.FindSubmatch(b[:min(len(b), 8192)])
	if m == nil {
		return "", 0
	}
	y := 0
	fmt.Sscan(string(m[2]), &y)
	body := strings.TrimSpace(string(m[1]))
	if i := strings.LastIndexAny(body, "|>：:"); i >= 0 {
		body = body[i+1:]
	}
	return body, y
}

// How a web page's table was flattened into text.
const (
	notStream   = iota
	cellPerLine // "X |" a cell a line, "|" an empty cell
	sepPerLine  // cells on their own lines between lines of "|"
)

// pipeCells returns the cells of a line with '|' and how many are not
// empty.
func pipeCells(line string) ([]string, int) {
	t := strings.TrimSpace(line)
	cells := strings.Split(t, "|")
	n := 0
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return cells, n
}

// streamStyle tells whether a text's tables were flattened one cell a
// line (as text copied from many government web pages is), and how.
func streamStyle(lines []proseLine) int {
	pipeOnly, oneCell, multi := 0, 0, 0
	for _, l := range lines {
		if !strings.Contains(l.text, "|") {
			continue
		}
		_, n := pipeCells(l.text)
		switch {
		case n == 0:
			pipeOnly++
		case n == 1:
			oneCell++
		default:
			multi++
		}
	}
	if pipeOnly+oneCell < 20 || pipeOnly+oneCell < 3*multi {
		return notStream
	}
	if oneCell*2 >= pipeOnly {
		return cellPerLine
	}
	return sepPerLine
}

// streamRows rebuilds table rows from cells a line: a row is a label cell
// followed by the value cells after it.
func streamRows(lines []proseLine, style int) (rows [][]string, nos []int) {
	var row []string
	rowLine := 0
	hasValue := false
	flush := func() {
		if len(row) > 0 {
			rows, nos = append(rows, row), append(nos, rowLine)
		}
		row, hasValue = nil, false
	}
	push := func(cell string, ln int) {
		isValue := IsValueCell(cell)
		if !isValue {
			// Every label its own row: headers and group captions carry
			// no values, and the scanner keeps the group they set.
			flush()
		}
		if len(row) == 0 {
			rowLine = ln
		}
		row = append(row, strings.TrimSpace(cell))
		hasValue = hasValue || isValue
	}
	seps := 0 // separators since the last cell (sepPerLine)
	for _, l := range lines {
		if !strings.Contains(l.text, "|") {
			if style == sepPerLine {
				for i := 1; i < seps; i++ {
					push("", l.line) // empty cells between separators
				}
				seps = 0
			}
			push(l.text, l.line)
			continue
		}
		cells, n := pipeCells(l.text)
		switch {
		case n >= 2:
			flush()
			rows, nos = append(rows, SplitCells(l.text)), append(nos, l.line)
			seps = 0
		case style == sepPerLine:
			if n == 1 {
				for _, c := range cells {
					if strings.TrimSpace(c) != "" {
						push(c, l.line)
					}
				}
				seps = 0
			} else {
				seps += len(cells) - 1
			}
		case n == 1:
			for _, c := range cells {
				if strings.TrimSpace(c) != "" {
					push(c, l.line)
				}
			}
		default:
			// "|" an empty cell, "||" two
			for range max(1, len(cells)-1) {
				push("", l.line)
			}
		}
	}
	flush()
	return rows, nos
}

func allValues(cells []string) bool {
	for _, c := range cells {
		if !IsValueCell(c) {
			return false
		}
	}
	return true
}
