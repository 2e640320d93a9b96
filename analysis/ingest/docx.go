package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
)

// MaxDOCXPartSize caps the uncompressed size of one part of a Word file
// (word/document.xml, word/styles.xml): a zip bomb, a small file holding a
// part of gigabytes, is refused with ErrPartTooLarge before it is read.
const MaxDOCXPartSize = 256 << 20

// docxPartCap is the cap in force (tests lower it).
var docxPartCap int64 = MaxDOCXPartSize

// ErrPartTooLarge is wrapped by the error about an archive part whose
// uncompressed size exceeds the cap.
var ErrPartTooLarge = errors.New("uncompressed part too large")

// ReadDOCX reads a Word file (Office Open XML, .docx) into a Document: the
// body's paragraphs (the text of their runs, w:t, with w:tab as a tab and
// w:br as a line break), headings from paragraph styles (Heading 1–9, 标题
// 1–9, Title, or an outline level), short centred bold paragraphs as
// headings, and tables with merged cells (w:gridSpan across, w:vMerge
// down, w:gridBefore leading gaps). Text inside a table cell's nested table
// becomes the cell's text. A text box's paragraphs are lines of their own
// (read once: mc:Fallback, the VML copy of an mc:Choice, is skipped), and a
// numbered paragraph in the body style (二、…, （一）…) is a heading as in
// text. Tracked deletions are left out, insertions kept.
// Sources name the part (word/document.xml) and the byte offset of the
// element in it.
func ReadDOCX(r io.Reader, opt Options) (*doc.Document, error) {
	raw, err := readAllCapped(r, MaxDocumentSize, opt.Name, "Word file")
	if err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, docError(opt.Name, "want a Word file (.docx, a ZIP archive): "+err.Error(), err)
	}
	main := docxMainPart(zr, opt.Name)
	body, err := readZipPart(zr, main, opt.Name)
	if err != nil {
		return nil, err
	}
	if body == nil {
		return nil, docError(opt.Name, "want a Word file: no "+main+" in the archive", nil)
	}
	styles := map[string]docxStyle{}
	if sb, err := readZipPart(zr, path.Join(path.Dir(main), "styles.xml"), opt.Name); err != nil {
		return nil, err
	} else if sb != nil {
		styles = parseDocxStyles(sb)
	}
	d := &doc.Document{Name: opt.Name}
	p := &docxParser{d: d, styles: styles, part: main, budget: newCellBudget()}
	if err := p.parse(body); err != nil {
		return nil, docError(opt.Name, main+": "+err.Error(), err)
	}
	attachTableParagraphs(d)
	return d, nil
}

// docxMainPart returns the name of the main document part from
// _rels/.rels, word/document.xml when it names none.
func docxMainPart(zr *zip.Reader, name string) string {
	b, err := readZipPart(zr, "_rels/.rels", name)
	if err != nil || b == nil {
		return "word/document.xml"
	}
	var rels struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(b, &rels) != nil {
		return "word/document.xml"
	}
	for _, r := range rels.Rel {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			t := strings.TrimPrefix(r.Target, "/")
			if t != "" && !strings.Contains(t, "..") {
				return t
			}
		}
	}
	return "word/document.xml"
}

// readZipPart returns the uncompressed bytes of the archive part name, nil
// when there is none, or an error when it is larger than MaxDOCXPartSize
// (by its header or as it is read).
func readZipPart(zr *zip.Reader, name, file string) ([]byte, error) {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		if f.UncompressedSize64 > uint64(docxPartCap) {
			return nil, &ParseError{File: file, Msg: fmt.Sprintf("%s: uncompressed size %d bytes exceeds %d MiB (a zip bomb?)", name, f.UncompressedSize64, docxPartCap>>20), Err: ErrPartTooLarge}
		}
		rc, err := f.Open()
		if err != nil {
			return nil, docError(file, name+": "+err.Error(), err)
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, docxPartCap+1))
		if int64(len(b)) > docxPartCap {
			return nil, &ParseError{File: file, Msg: fmt.Sprintf("%s: uncompressed size exceeds %d MiB (a zip bomb?)", name, docxPartCap>>20), Err: ErrPartTooLarge}
		}
		if err != nil {
			return nil, docError(file, name+": "+err.Error(), err)
		}
		return b, nil
	}
	return nil, nil
}

// docxStyle is what a paragraph style says about headings.
type docxStyle struct {
	level int // heading level, 0 none
}

// parseDocxStyles reads the heading levels of the paragraph styles.
func parseDocxStyles(b []byte) map[string]docxStyle {
	var st struct {
		Style []struct {
			Type    string  `xml:"type,attr"`
			ID      string  `xml:"styleId,attr"`
			Name    docxVal `xml:"name"`
			BasedOn docxVal `xml:"basedOn"`
			PPr     struct {
				OutlineLvl *docxVal `xml:"outlineLvl"`
			} `xml:"pPr"`
		} `xml:"style"`
	}
	out := map[string]docxStyle{}
	if xml.Unmarshal(b, &st) != nil {
		return out
	}
	based := map[string]string{}
	for _, s := range st.Style {
		if s.Type != "" && s.Type != "paragraph" {
			continue
		}
		lvl := HeadingStyleLevel(s.Name.Val)
		if lvl == 0 {
			lvl = HeadingStyleLevel(s.ID)
		}
		if lvl == 0 && s.PPr.OutlineLvl != nil {
			if n, err := strconv.Atoi(s.PPr.OutlineLvl.Val); err == nil && n >= 0 && n < 9 {
				lvl = n + 1
			}
		}
		out[s.ID] = docxStyle{level: lvl}
		based[s.ID] = s.BasedOn.Val
	}
	// A style based on a heading style is a heading of its level.
	for id, st := range out {
		cur := id
		for k := 0; st.level == 0 && k < 8 && based[cur] != ""; k++ {
			cur = based[cur]
			st.level = out[cur].level
		}
		out[id] = st
	}
	return out
}

type docxVal struct {
	Val string `xml:"val,attr"`
}

// HeadingStyleLevel is the rule for a Word paragraph style that makes a
// heading: Title → 1; Heading 1–9, heading1, 标题 1–9 → that level (Word's
// Chinese styles have style ids 1–9 for 标题 1–9); 0 otherwise.
func HeadingStyleLevel(name string) int {
	s := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(name), " ", ""))
	switch s {
	case "title", "标题":
		return 1
	}
	for _, p := range []string{"heading", "标题"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			if n, err := strconv.Atoi(rest); err == nil && n >= 1 && n <= 9 {
				return min(n, 6)
			}
		}
	}
	if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= 9 {
		return min(n, 6)
	}
	return 0
}

// docxParser walks word/document.xml.
type docxParser struct {
	d      *doc.Document
	styles map[string]docxStyle
	part   string
	dec    *xml.Decoder
	nest   int // tables open
	budget *cellBudget
	titled bool // a heading was written
}

// maxDocxNesting caps tables nested in tables' cells.
const maxDocxNesting = 32

// wordNS is the WordprocessingML namespace.
const wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// mcNS is the markup-compatibility namespace of mc:AlternateContent.
const mcNS = "http://schemas.openxmlformats.org/markup-compatibility/2006"

// isFallback reports whether a name is mc:Fallback: the older form of the
// content its mc:Choice holds (a text box as VML after its DrawingML), so
// read once, the choice, and the fallback skipped.
func isFallback(n xml.Name) bool {
	return n.Local == "Fallback" && (n.Space == mcNS || n.Space == "mc")
}

// inner reads the next token inside an element that is still open, and
// the byte offset it starts at, passing over mc:Fallback elements whole.
// The end of the input there is io.ErrUnexpectedEOF; every error names
// the byte it stopped at.
func (p *docxParser) inner() (xml.Token, int, error) {
	for {
		off := int(p.dec.InputOffset())
		tok, err := p.dec.Token()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, off, fmt.Errorf("byte %d: %w", p.dec.InputOffset(), err)
		}
		if se, ok := tok.(xml.StartElement); ok && isFallback(se.Name) {
			if err := p.dec.Skip(); err != nil {
				return nil, off, fmt.Errorf("byte %d: %w", p.dec.InputOffset(), err)
			}
			continue
		}
		return tok, off, nil
	}
}

// isW reports whether a name is the w: element local.
func isW(n xml.Name, local string) bool {
	return n.Local == local && (n.Space == wordNS || n.Space == "" || n.Space == "w")
}

// parse reads the body.
func (p *docxParser) parse(b []byte) error {
	p.dec = xml.NewDecoder(bytes.NewReader(b))
	for {
		off := int(p.dec.InputOffset())
		tok, err := p.dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("byte %d: %w", off, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch {
		case isFallback(se.Name):
			if err := p.dec.Skip(); err != nil {
				return fmt.Errorf("byte %d: %w", off, err)
			}
		case isW(se.Name, "p"):
			para, err := p.paragraph(off)
			if err != nil {
				return err
			}
			p.addParagraph(para)
		case isW(se.Name, "tbl"):
			t, err := p.table(off)
			if err != nil {
				return err
			}
			if t != nil {
				p.d.Add(doc.Block{Kind: doc.TableBlock, Table: t, Source: t.Source})
			}
		}
	}
}

// docxPara is a paragraph read.
type docxPara struct {
	text          string
	style         string
	outline       int // outline level + 1, 0 none
	centred       bool
	boldN, totalN int
	off           int
}

// addParagraph adds a body paragraph as a heading or a paragraph; a
// paragraph with line breaks gives one paragraph a line.
func (p *docxParser) addParagraph(para docxPara) {
	src := doc.Source{Offset: para.off, Part: p.part}
	level := p.styles[para.style].level
	if level == 0 {
		level = HeadingStyleLevel(para.style)
	}
	if level == 0 && para.outline > 0 {
		level = min(para.outline, 6)
	}
	for _, line := range strings.Split(para.text, "\n") {
		text := doc.CleanText(line)
		if text == "" {
			continue
		}
		switch {
		case level > 0:
			p.titled = true
			p.d.Add(doc.Block{Kind: doc.Heading, Level: level, Text: text, Source: src})
		case para.centred && para.totalN > 0 && para.boldN >= para.totalN && isTitleLine(text) && utf8.RuneCountInString(text) <= 40:
			lvl := 2
			if !p.titled {
				lvl = 1
			}
			p.titled = true
			p.d.Add(doc.Block{Kind: doc.Heading, Level: lvl, Text: text, Source: src})
		case headingLevelOf(text) > 0:
			// A numbered heading in the body style (二、政府性基金预算),
			// as the text reader takes it.
			p.titled = true
			p.d.Add(doc.Block{Kind: doc.Heading, Level: headingLevelOf(text), Text: text, Source: src})
		default:
			p.d.Add(doc.Block{Kind: doc.Paragraph, Text: text, Source: src})
		}
	}
}

// paragraph reads a w:p whose start was just read.
func (p *docxParser) paragraph(off int) (docxPara, error) {
	para := docxPara{off: off}
	var b strings.Builder
	depth := 1
	inDel := 0
	bold := false // the current run is bold
	inRPr := false
	inPPr := 0
	inText := false
	inBox := 0 // text boxes open
	for depth > 0 {
		tok, _, err := p.inner()
		if err != nil {
			return para, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case isW(t.Name, "txbxContent"):
				// A text box's paragraphs are lines of their own, not
				// part of the paragraph it is anchored in.
				inBox++
				b.WriteByte('\n')
			case isW(t.Name, "pPr"):
				inPPr = depth
			case isW(t.Name, "pStyle") && inPPr > 0 && inBox == 0:
				para.style = attrVal(t)
			case isW(t.Name, "outlineLvl") && inPPr > 0 && inBox == 0:
				if n, err := strconv.Atoi(attrVal(t)); err == nil && n >= 0 && n < 9 {
					para.outline = n + 1
				}
			case isW(t.Name, "jc") && inPPr > 0 && inBox == 0:
				para.centred = attrVal(t) == "center"
			case isW(t.Name, "r"):
				bold = false
			case isW(t.Name, "rPr") && inPPr == 0:
				inRPr = true
			case isW(t.Name, "b") && inRPr:
				v := attrVal(t)
				bold = v == "" || v == "1" || v == "true" || v == "on"
			case isW(t.Name, "del") || isW(t.Name, "moveFrom"):
				inDel++
			case isW(t.Name, "t"):
				inText = true
			case isW(t.Name, "tab") && inPPr == 0:
				if inDel == 0 {
					b.WriteByte('\t')
				}
			case isW(t.Name, "br") || isW(t.Name, "cr"):
				if inDel == 0 {
					b.WriteByte('\n')
				}
			case isW(t.Name, "tbl"):
				// A table inside a paragraph (a text box): its text.
				depth--
				tb, err := p.table(int(p.dec.InputOffset()))
				if err != nil {
					return para, err
				}
				if tb != nil {
					b.WriteString(tableText(tb))
				}
			}
		case xml.EndElement:
			switch {
			case isW(t.Name, "txbxContent"):
				inBox--
				b.WriteByte('\n')
			case isW(t.Name, "p") && inBox > 0:
				b.WriteByte('\n')
			case isW(t.Name, "pPr"):
				inPPr = 0
			case isW(t.Name, "rPr"):
				inRPr = false
			case isW(t.Name, "del") || isW(t.Name, "moveFrom"):
				inDel--
			case isW(t.Name, "t"):
				inText = false
			}
			depth--
		case xml.CharData:
			if inText && inDel == 0 {
				b.Write(t)
				n := textLen(string(t))
				para.totalN += n
				if bold {
					para.boldN += n
				}
			}
		}
	}
	para.text = b.String()
	return para, nil
}

// tableText returns a table's cells' texts separated by spaces.
func tableText(t *doc.Table) string {
	var parts []string
	for r := 0; r < t.NumRows(); r++ {
		for c := 0; c < t.NumCols(); c++ {
			if t.IsOrigin(r, c) && t.At(r, c).Text != "" {
				parts = append(parts, t.At(r, c).Text)
			}
		}
	}
	return strings.Join(parts, " ")
}

func attrVal(se xml.StartElement) string {
	for _, a := range se.Attr {
		if a.Name.Local == "val" {
			return a.Value
		}
	}
	return ""
}

// docxCell is a table cell as the XML gives it.
type docxCell struct {
	text   string
	span   int  // gridSpan
	vmerge int  // 0 none, 1 restart, 2 continue
	off    int  // byte offset in the part
	gap    bool // a w:gridBefore/w:gridAfter placeholder
}

// table reads a w:tbl whose start was just read and lays out its merged
// cells: gridSpan widens a cell, a vMerge continuation extends the cell
// above it in the same grid column.
func (p *docxParser) table(off int) (*doc.Table, error) {
	p.nest++
	defer func() { p.nest-- }()
	if p.nest > maxDocxNesting {
		return nil, fmt.Errorf("byte %d: tables nested deeper than %d", off, maxDocxNesting)
	}
	var rows [][]docxCell
	depth := 1
	for depth > 0 {
		tok, tokOff, err := p.inner()
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case isW(t.Name, "tr"):
				rows = append(rows, nil)
			case isW(t.Name, "gridBefore") && len(rows) > 0:
				if n, err := strconv.Atoi(attrVal(t)); err == nil && n > 0 && n <= doc.MaxSpan {
					rows[len(rows)-1] = append(rows[len(rows)-1], docxCell{span: n, gap: true, off: -1})
				}
			case isW(t.Name, "tc") && len(rows) > 0:
				depth--
				c, err := p.cell(tokOff)
				if err != nil {
					return nil, err
				}
				rows[len(rows)-1] = append(rows[len(rows)-1], c)
			}
		case xml.EndElement:
			depth--
		}
	}
	t, err := docxGrid(rows, p.part, p.budget)
	if err != nil {
		return nil, fmt.Errorf("table at byte %d: %w", off, err)
	}
	return t, nil
}

// docxGrid turns cells with gridSpan and vMerge into a table.
func docxGrid(rows [][]docxCell, part string, budget *cellBudget) (*doc.Table, error) {
	// The grid column of each cell, and the rowspan of each vMerge start.
	type pos struct{ r, k int }
	cols := make([][]int, len(rows))
	owner := map[int]pos{} // grid column → the cell merging down over it
	rowSpan := map[pos]int{}
	skip := map[pos]bool{}
	for r, row := range rows {
		cols[r] = make([]int, len(row))
		col := 0
		for k, c := range row {
			cols[r][k] = col
			span := max(1, min(c.span, doc.MaxSpan))
			switch c.vmerge {
			case 1:
				owner[col] = pos{r, k}
				rowSpan[pos{r, k}] = 1
			case 2:
				if o, ok := owner[col]; ok {
					rowSpan[o]++
					skip[pos{r, k}] = true
				}
			default:
				delete(owner, col)
			}
			col += span
			if col > 1<<16 {
				return nil, fmt.Errorf("%w: a row wider than %d columns", doc.ErrTooLarge, 1<<16)
			}
		}
	}
	b := budget.builder()
	for r, row := range rows {
		b.Row()
		for k, c := range row {
			if skip[pos{r, k}] {
				continue
			}
			rs := 1
			if n, ok := rowSpan[pos{r, k}]; ok {
				rs = n
			}
			b.Cell(c.text, rs, c.span, doc.Source{Offset: c.off, Part: part})
		}
	}
	t, err := b.Table()
	if err != nil {
		return nil, err
	}
	budget.spend(t)
	if t.NumRows() == 0 {
		return nil, nil
	}
	if len(rows) > 0 && len(rows[0]) > 0 {
		t.Source = doc.Source{Offset: rows[0][0].off, Part: part}
	}
	t.Normalize()
	return t, nil
}

// cell reads a w:tc whose start was just read: its paragraphs' text, one
// line each, its gridSpan and vMerge.
func (p *docxParser) cell(off int) (docxCell, error) {
	c := docxCell{span: 1, off: off}
	var lines []string
	depth := 1
	inTcPr := false
	for depth > 0 {
		tok, tokOff, err := p.inner()
		if err != nil {
			return c, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case isW(t.Name, "tcPr"):
				inTcPr = true
			case isW(t.Name, "gridSpan") && inTcPr:
				if n, err := strconv.Atoi(attrVal(t)); err == nil && n > 0 {
					c.span = min(n, doc.MaxSpan)
				}
			case isW(t.Name, "vMerge") && inTcPr:
				if attrVal(t) == "restart" {
					c.vmerge = 1
				} else {
					c.vmerge = 2
				}
			case isW(t.Name, "p"):
				depth--
				para, err := p.paragraph(tokOff)
				if err != nil {
					return c, err
				}
				lines = append(lines, para.text)
			case isW(t.Name, "tbl"):
				depth--
				tb, err := p.table(tokOff)
				if err != nil {
					return c, err
				}
				if tb != nil {
					lines = append(lines, tableText(tb))
				}
			}
		case xml.EndElement:
			if isW(t.Name, "tcPr") {
				inTcPr = false
			}
			depth--
		}
	}
	c.text = strings.Join(lines, " ")
	return c, nil
}
