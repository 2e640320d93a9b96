package docx

import (
	"strconv"
	"strings"

	"github.com/annualstat/annualstat/report/present"
)

// FromPresent lays out the presentation of an appendix (present.Document)
// as a Word document, in its print order: the title with the issuing body
// and period under it, the narrative (each section's heading numbered
// 一、二、…), the tables, the charts, the document's notes and source, the
// check report when doc.IncludeChecks asks for it, and the signature.
//
// pictures holds the PNG of each of doc.Charts, by index (report/chart
// draws them); a chart without a picture (nil, or pictures too short) is
// left out. The pictures should not carry the chart's title: the
// document prints it as the figure's caption (图1 …) below the picture.
func FromPresent(doc *present.Document, pictures [][]byte) *Document {
	return FromPresentRows(doc, pictures, 0)
}

// FromPresentRows is FromPresent with the narrative and the main table
// (doc.Tables[0]) cut at the first maxRows indicators, as the PDF prints
// them (pdf.Options.MaxRows), each saying so; the workbook keeps every
// row. maxRows ≤ 0, or not less than doc.Rows, keeps them all.
func FromPresentRows(doc *present.Document, pictures [][]byte, maxRows int) *Document {
	limit := doc.Rows
	if maxRows > 0 && maxRows < doc.Rows {
		limit = maxRows
	}
	d := &Document{Title: doc.Title, Org: doc.Signature.Org, Date: doc.Signature.Date}
	var sub []string
	if doc.Org != "" && !strings.Contains(doc.Title, doc.Org) {
		sub = append(sub, doc.Org)
	}
	if doc.Period != "" && !strings.Contains(doc.Title, doc.Period) {
		sub = append(sub, doc.Period)
	}
	d.Subtitle = strings.Join(sub, "　")

	n := 0
	if limit < doc.Rows && len(doc.Sections) > 0 {
		d.Blocks = append(d.Blocks, &Paragraph{Text: "以下仅列出前" + strconv.Itoa(limit) + "项指标的表述。"})
	}
	for _, s := range doc.Sections {
		if limit < doc.Rows {
			s = firstRows(s, limit)
		}
		if len(s.Statements) == 0 {
			continue
		}
		if s.Heading != "" {
			n++
			d.Blocks = append(d.Blocks, &Heading{Level: 1, Text: ChineseNumber(n) + "、" + s.Heading})
		}
		d.Blocks = append(d.Blocks, &Paragraph{Text: s.Paragraph()})
	}
	sourced := len(doc.Tables) > 0
	for i, t := range doc.Tables {
		if i == 0 && limit < doc.Rows {
			d.Blocks = append(d.Blocks, &Paragraph{Text: "本表列出前" + strconv.Itoa(limit) + "项指标，共" + strconv.Itoa(doc.Rows) + "项；全部指标见工作簿。"})
			d.Blocks = append(d.Blocks, tableOf(t, limit))
		} else {
			d.Blocks = append(d.Blocks, TableOf(t))
		}
		sourced = sourced && t.Source == doc.Source
	}
	for i, c := range doc.Charts {
		if i >= len(pictures) || pictures[i] == nil {
			continue
		}
		d.Blocks = append(d.Blocks, &Figure{Caption: c.Caption, PNG: pictures[i]})
	}
	for _, note := range doc.Notes {
		d.Blocks = append(d.Blocks, &Paragraph{Text: note})
	}
	if doc.Source != "" && !sourced {
		d.Blocks = append(d.Blocks, &Paragraph{Text: doc.Source, NoIndent: true})
	}
	if doc.IncludeChecks && doc.Checks != nil {
		n++
		d.Blocks = append(d.Blocks, &Heading{Level: 1, Text: ChineseNumber(n) + "、" + doc.Checks.Title})
		if doc.Checks.Summary != "" {
			d.Blocks = append(d.Blocks, &Paragraph{Text: doc.Checks.Summary})
		}
		if doc.Checks.Table != nil && len(doc.Checks.Table.Rows) > 0 {
			d.Blocks = append(d.Blocks, TableOf(doc.Checks.Table))
		}
	}
	return d
}

// TableOf lays out a presentation table: its caption and unit line
// above, one header row of the column headings, section rows across the
// table in bold, item rows with their 其中 levels, and the 注 (numbered
// when there are several, continuation lines under the first note's
// text) and source below.
func TableOf(t *present.Table) *Table { return tableOf(t, 0) }

// firstRows is the part of a section on the first limit analysis rows.
func firstRows(s present.Section, limit int) present.Section {
	k := 0
	for k < len(s.Statements) && k < len(s.Rows) && s.Rows[k] < limit {
		k++
	}
	s.Statements, s.Rows = s.Statements[:k], s.Rows[:k]
	return s
}

// tableOf is TableOf with only the first limit item rows (limit > 0).
func tableOf(t *present.Table, limit int) *Table {
	out := &Table{Caption: t.Caption, Unit: t.UnitLine, Source: t.Source}
	head := make([]Cell, len(t.Columns))
	out.Numeric = make([]bool, len(t.Columns))
	for i, c := range t.Columns {
		head[i] = Cell{Text: c.Header}
		out.Numeric[i] = c.Numeric
	}
	out.Header = [][]Cell{head}
	rows := t.Rows
	if limit > 0 {
		items := 0
		for i, r := range rows {
			if r.Kind == present.RowItem {
				if items++; items == limit {
					rows = rows[:i+1]
					break
				}
			}
		}
	}
	out.Rows = make([]Row, 0, len(rows))
	for _, r := range rows {
		cells := make([]string, len(r.Cells))
		for i, c := range r.Cells {
			cells[i] = c.Text
		}
		row := Row{Cells: cells, Level: r.Level}
		if r.Kind == present.RowSection {
			row = Row{Cells: cells[:min(1, len(cells))], Section: true}
		}
		out.Rows = append(out.Rows, row)
	}
	out.Notes = NoteLines(t.Notes)
	return out
}

// NoteLines writes a table's 注 as printed lines: "注：" before the first,
// the later lines indented under the first note's text. A note with a
// reference mark starts with it ("①…"); when there are several, the
// others are numbered "1." "2." ….
func NoteLines(notes []present.Note) []string {
	switch len(notes) {
	case 0:
		return nil
	case 1:
		return []string{"注：" + notes[0].String()}
	}
	out := make([]string, len(notes))
	k := 0
	for i, n := range notes {
		lead := "　　" // under "注："
		if i == 0 {
			lead = "注："
		}
		if n.Ref == "" {
			k++
			lead += strconv.Itoa(k) + "."
		}
		out[i] = lead + n.String()
	}
	return out
}

// ChineseNumber writes 1 … 99 in Chinese numerals as headings number
// their sections (一、十、十一、二十一); other numbers in Arabic digits.
func ChineseNumber(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n >= 1 && n <= 9:
		return digits[n]
	case n == 10:
		return "十"
	case n > 10 && n < 20:
		return "十" + digits[n-10]
	case n >= 20 && n <= 99:
		return digits[n/10] + "十" + digits[n%10]
	}
	return strconv.Itoa(n)
}
