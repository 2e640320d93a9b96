package docx

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image/png"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/annualstat/annualstat/internal/atomicfile"
	"github.com/annualstat/annualstat/internal/textwidth"
)

// Options controls Write. The zero value writes the GB/T 9704 page and
// fonts with this package's styles.
type Options struct {
	// Fonts replaces the default fonts field by field.
	Fonts Fonts
	// Reference supplies the styles, theme, font table, numbering and
	// page setup of an office's template (see ReadReference).
	Reference *Reference
}

// zipTime is the modification time of every zip entry: fixed, so that
// the same document gives the same bytes.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// WriteFile writes d to path atomically: on any error, or when ctx is
// cancelled, path is left as it was.
func WriteFile(ctx context.Context, path string, d *Document, opt Options) error {
	return atomicfile.Write(ctx, path, func(w io.Writer) error { return Write(w, d, opt) })
}

// Write writes d as a .docx package to w.
func Write(w io.Writer, d *Document, opt Options) error {
	if d == nil {
		return errors.New("docx: no document")
	}
	fonts := opt.Fonts.withDefaults()
	ref := opt.Reference
	st := newStyleSet(fonts, ref)
	page := defaultPage
	if ref != nil && ref.page != nil {
		page = *ref.page
	}

	zw := zip.NewWriter(w)
	part := func(name string, fn func(io.Writer) error) error {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return fmt.Errorf("docx: %s: %w", name, err)
		}
		bw := bufio.NewWriterSize(fw, 64<<10)
		if err := fn(bw); err != nil {
			return fmt.Errorf("docx: %s: %w", name, err)
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("docx: %s: %w", name, err)
		}
		return nil
	}
	text := func(name, s string) error {
		return part(name, func(w io.Writer) error { _, err := io.WriteString(w, s); return err })
	}
	raw := func(name string, b []byte) error {
		return part(name, func(w io.Writer) error { _, err := w.Write(b); return err })
	}

	var (
		theme     = ref != nil && ref.theme != nil
		numbering = ref != nil && ref.numbering != nil
	)
	if err := text("[Content_Types].xml", contentTypes(theme, numbering)); err != nil {
		return err
	}
	if err := text("_rels/.rels", packageRels); err != nil {
		return err
	}
	// The body is written as it is built, so that a table of any length
	// needs no more memory than a row; the pictures it refers to are
	// kept for the parts after it.
	var media [][]byte
	if err := part("word/document.xml", func(w io.Writer) error {
		dw := &docWriter{w: w, st: st, fonts: fonts, page: page}
		if err := dw.document(d); err != nil {
			return err
		}
		media = dw.media
		return dw.flush()
	}); err != nil {
		return err
	}
	if err := text("word/_rels/document.xml.rels", documentRels(len(media), theme, numbering)); err != nil {
		return err
	}
	if err := text("word/styles.xml", st.part()); err != nil {
		return err
	}
	if err := text("word/settings.xml", settingsPart); err != nil {
		return err
	}
	fontTable := fontTablePart(fonts)
	if ref != nil && ref.fontTable != nil {
		fontTable = mergeFontTable(string(ref.fontTable), fonts)
	}
	if err := text("word/fontTable.xml", fontTable); err != nil {
		return err
	}
	if err := text("word/footer1.xml", footerPart("right", st.id(styleFooter))); err != nil {
		return err
	}
	if err := text("word/footer2.xml", footerPart("left", st.id(styleFooter))); err != nil {
		return err
	}
	if theme {
		if err := raw("word/theme/theme1.xml", ref.theme); err != nil {
			return err
		}
	}
	if numbering {
		if err := raw("word/numbering.xml", ref.numbering); err != nil {
			return err
		}
	}
	for i, m := range media {
		if err := raw(fmt.Sprintf("word/media/image%d.png", i+1), m); err != nil {
			return err
		}
	}
	if err := text("docProps/core.xml", corePart(d)); err != nil {
		return err
	}
	if err := text("docProps/app.xml", appPart(d)); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	return nil
}

// pageSetup is the section's page: size and margins in twips.
type pageSetup struct {
	w, h                                     int
	landscape                                bool
	top, right, bottom, left, header, footer int
	gutter                                   int
}

var defaultPage = pageSetup{
	w: PageWidth, h: PageHeight,
	top: MarginTop, right: MarginRight, bottom: MarginBottom, left: MarginLeft,
	header: HeaderDistance, footer: FooterDistance,
}

// textWidth is the width of the text block in twips.
func (p pageSetup) textWidth() int { return max(1440, p.w-p.left-p.right-p.gutter) }

// textHeight is the height of the text block in twips.
func (p pageSetup) textHeight() int { return max(1440, p.h-p.top-p.bottom) }

// docWriter writes document.xml.
type docWriter struct {
	w     io.Writer
	b     bytes.Buffer // the XML not yet written to w; kept between flushes
	err   error
	st    *styleSet
	fonts Fonts
	page  pageSetup
	media [][]byte
	// keepNext keeps every paragraph written with the next one.
	keepNext bool
	// lastTable is set when the last thing written was a table: Word
	// joins two tables that touch and needs a paragraph before sectPr.
	lastTable bool
}

func (dw *docWriter) flush() error {
	if dw.err == nil && dw.b.Len() > 0 {
		_, dw.err = dw.w.Write(dw.b.Bytes())
	}
	dw.b.Reset()
	return dw.err
}

// maybeFlush writes the buffer out when it has grown.
func (dw *docWriter) maybeFlush() error {
	if dw.b.Len() >= 64<<10 {
		return dw.flush()
	}
	return dw.err
}

func (dw *docWriter) document(d *Document) error {
	b := &dw.b
	b.WriteString(xmlHeader)
	b.WriteString(`<w:document ` + nsW + ` xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>`)
	if d.Title != "" {
		dw.para(styleTitle, "", d.Title, "")
	}
	if d.Subtitle != "" {
		dw.para(styleSubtitle, "", d.Subtitle, "")
	}
	signed := strings.TrimSpace(Clean(d.Org)) != "" || !d.Date.IsZero()
	for i, bl := range d.Blocks {
		// The signature never stands alone on a page (GB/T 9704 7.3.5):
		// the last block's paragraphs are kept with it.
		dw.keepNext = signed && i == len(d.Blocks)-1
		var err error
		switch bl := bl.(type) {
		case *Heading:
			name := styleH3
			switch bl.Level {
			case 0, 1:
				name = styleH1
			case 2:
				name = styleH2
			}
			dw.para(name, "", bl.Text, "")
		case *Paragraph:
			ppr := ""
			if bl.NoIndent {
				ppr = `<w:ind w:firstLine="0"/>`
			}
			dw.para(styleBody, ppr, bl.Text, "")
		case *Table:
			err = dw.table(bl)
		case *Figure:
			err = dw.figure(bl)
		case nil:
			err = errors.New("nil block")
		default:
			err = fmt.Errorf("unknown block type %T", bl)
		}
		if err != nil {
			return fmt.Errorf("block %d: %w", i+1, err)
		}
		if err := dw.maybeFlush(); err != nil {
			return err
		}
	}
	dw.keepNext = false
	dw.signature(d)
	if dw.lastTable {
		b.WriteString(`<w:p/>`)
	}
	dw.sectPr()
	b.WriteString(`</w:body></w:document>`)
	return dw.err
}

// para writes a paragraph of style name with extra paragraph properties
// ppr (inner XML, in schema order after the style) and run properties rpr.
func (dw *docWriter) para(name, ppr, text, rpr string) {
	b := &dw.b
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="`)
	b.WriteString(esc(dw.st.id(name)))
	b.WriteString(`"/>`)
	if dw.keepNext {
		b.WriteString(`<w:keepNext/>`)
	}
	b.WriteString(ppr)
	b.WriteString(`</w:pPr>`)
	dw.runs(text, rpr)
	b.WriteString(`</w:p>`)
	dw.lastTable = false
}

// runs writes text as runs with properties rpr, a line break for each
// "\n" and a tab for each "\t".
func (dw *docWriter) runs(text, rpr string) {
	text = Clean(text)
	if text == "" {
		return
	}
	b := &dw.b
	b.WriteString(`<w:r>`)
	if rpr != "" {
		b.WriteString(`<w:rPr>` + rpr + `</w:rPr>`)
	}
	if !strings.ContainsAny(text, "\n\t") {
		// Most text (every figure of a table) is one segment.
		b.WriteString(`<w:t xml:space="preserve">`)
		escape(b, text)
		b.WriteString(`</w:t></w:r>`)
		return
	}
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString(`<w:br/>`)
		}
		for j, seg := range strings.Split(line, "\t") {
			if j > 0 {
				b.WriteString(`<w:tab/>`)
			}
			if seg != "" {
				b.WriteString(`<w:t xml:space="preserve">`)
				escape(b, seg)
				b.WriteString(`</w:t>`)
			}
		}
	}
	b.WriteString(`</w:r>`)
}

// twipsOf is the width of s at size pt: full-width characters one em,
// others half.
func twipsOf(s string, pt int) int { return textwidth.Of(s) * pt * 10 }

// signature writes the issuing body and the date (GB/T 9704 7.3.5.1): the
// date right-aligned four characters from the margin, the body centred
// over the date, two blank lines above.
func (dw *docWriter) signature(d *Document) {
	org := strings.TrimSpace(Clean(d.Org))
	date := ""
	if !d.Date.IsZero() {
		date = ChineseDate(d.Date)
	}
	if org == "" && date == "" {
		return
	}
	const right = 4 * 320 // four characters of 16 pt
	before := `<w:spacing w:before="1158"/>`
	if org != "" {
		ind := right
		if date != "" {
			ind = max(0, right+(twipsOf(date, 16)-twipsOf(org, 16))/2)
		}
		dw.para(styleSign, before+fmt.Sprintf(`<w:ind w:right="%d"/>`, ind), org, "")
		before = ""
	}
	if date != "" {
		dw.para(styleSign, before+fmt.Sprintf(`<w:ind w:right="%d"/>`, right), date, "")
	}
}

// ChineseDate writes t as GB/T 9704 dates a document: 2023年2月22日.
func ChineseDate(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

func (dw *docWriter) sectPr() {
	p := dw.page
	b := &dw.b
	b.WriteString(`<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/><w:footerReference w:type="even" r:id="rIdFooter2"/>`)
	orient := ""
	if p.landscape {
		orient = ` w:orient="landscape"`
	}
	fmt.Fprintf(b, `<w:pgSz w:w="%d" w:h="%d"%s/>`, p.w, p.h, orient)
	fmt.Fprintf(b, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="%d"/>`,
		p.top, p.right, p.bottom, p.left, p.header, p.footer, p.gutter)
	b.WriteString(`<w:pgNumType w:start="1"/><w:cols w:space="425"/>`)
	fmt.Fprintf(b, `<w:docGrid w:type="lines" w:linePitch="%d"/></w:sectPr>`, LinePitch)
}

// table writes the caption, the unit line, the table and its notes.
func (dw *docWriter) table(t *Table) error {
	ncols := 0
	for _, r := range t.Rows {
		ncols = max(ncols, len(r.Cells))
	}
	for _, hr := range t.Header {
		n := 0
		for _, c := range hr {
			n += max(1, c.Span)
		}
		ncols = max(ncols, n)
	}
	label := strings.TrimSpace(t.Label + " " + t.Caption)
	what := "table"
	if label != "" {
		what = "table " + label
	}
	if ncols == 0 {
		return fmt.Errorf("%s: no columns", what)
	}
	if t.Widths != nil && len(t.Widths) != ncols {
		return fmt.Errorf("%s: %d column widths for %d columns", what, len(t.Widths), ncols)
	}
	if label != "" {
		dw.para(styleCaption, "", label, "")
	}
	if t.Unit != "" {
		dw.para(styleUnit, "", t.Unit, "")
	}
	layout, err := headerLayout(t.Header, ncols)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	widths := columnWidths(t, ncols, dw.page.textWidth())
	total := 0
	for _, w := range widths {
		total += w
	}
	b := &dw.b
	fmt.Fprintf(b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>`, total)
	for _, e := range []string{"top", "left", "bottom", "right"} {
		fmt.Fprintf(b, `<w:%s w:val="single" w:sz="8" w:space="0" w:color="000000"/>`, e)
	}
	b.WriteString(`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>`)
	b.WriteString(`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)

	span := func(g, n int) int {
		s := 0
		for k := g; k < g+n && k < ncols; k++ {
			s += widths[k]
		}
		return s
	}
	var num [20]byte
	cellOpen := func(g, n int, extra string) {
		b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="`)
		b.Write(strconv.AppendInt(num[:0], int64(span(g, n)), 10))
		b.WriteString(`" w:type="dxa"/>`)
		if n > 1 {
			b.WriteString(`<w:gridSpan w:val="`)
			b.Write(strconv.AppendInt(num[:0], int64(n), 10))
			b.WriteString(`"/>`)
		}
		b.WriteString(extra)
		b.WriteString(`<w:vAlign w:val="center"/></w:tcPr>`)
	}
	// Header rows: repeated on every page, never split, kept with the
	// first body row.
	head := dw.st.id(styleHead)
	for _, row := range layout {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
		for _, pc := range row {
			extra := ""
			switch {
			case pc.cont:
				extra = `<w:vMerge/>`
			case pc.cell.RowSpan > 1:
				extra = `<w:vMerge w:val="restart"/>`
			}
			cellOpen(pc.col, pc.span, extra)
			fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr>`, esc(head))
			if !pc.cont {
				dw.runs(pc.cell.Text, "")
			}
			b.WriteString(`</w:p></w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	cell := dw.st.id(styleCell)
	// The start of every body cell's paragraph, escaped once.
	cellPara := `<w:p><w:pPr><w:pStyle w:val="` + esc(cell) + `"/>`
	for ri, r := range t.Rows {
		if len(r.Cells) > ncols {
			return fmt.Errorf("%s: row %d has %d cells for %d columns", what, ri+1, len(r.Cells), ncols)
		}
		if r.Section {
			// Kept with the row after it, so that no page ends on it.
			b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
			cellOpen(0, ncols, "")
			fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="%s"/><w:keepNext/></w:pPr>`, esc(cell))
			if len(r.Cells) > 0 {
				dw.runs(r.Cells[0], `<w:b/><w:bCs/>`)
			}
			b.WriteString(`</w:p></w:tc></w:tr>`)
			continue
		}
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		rpr := ""
		if r.Bold {
			rpr = `<w:b/><w:bCs/>`
		}
		for g := 0; g < ncols; g++ {
			txt := ""
			if g < len(r.Cells) {
				txt = r.Cells[g]
			}
			cellOpen(g, 1, "")
			b.WriteString(cellPara)
			if g == 0 && r.Level > 0 {
				b.WriteString(`<w:ind w:left="`)
				b.Write(strconv.AppendInt(num[:0], int64(min(r.Level, 8)*240), 10))
				b.WriteString(`"/>`)
			}
			if g < len(t.Numeric) && t.Numeric[g] {
				b.WriteString(`<w:jc w:val="right"/>`)
			}
			b.WriteString(`</w:pPr>`)
			dw.runs(txt, rpr)
			b.WriteString(`</w:p></w:tc>`)
		}
		b.WriteString(`</w:tr>`)
		if err := dw.maybeFlush(); err != nil {
			return err
		}
	}
	b.WriteString(`</w:tbl>`)
	dw.lastTable = true
	for _, n := range t.Notes {
		dw.para(styleNote, "", n, "")
	}
	if t.Source != "" {
		dw.para(styleNote, "", t.Source, "")
	}
	return nil
}

// placed is a header cell at its grid column; cont marks the
// continuation of a cell above that spans rows (an empty, merged cell).
type placed struct {
	cell      Cell
	col, span int
	cont      bool
}

// headerLayout places the header cells on the grid, adding the merged
// continuations of cells spanning rows and empty cells to fill a short
// row.
func headerLayout(header [][]Cell, ncols int) ([][]placed, error) {
	covered := make([]int, ncols)   // header rows a cell above still covers
	coverSpan := make([]int, ncols) // the span of that cell, at its first column
	out := make([][]placed, len(header))
	for ri, hr := range header {
		var row []placed
		g := 0
		continuation := func() {
			for g < ncols && covered[g] > 0 {
				n := coverSpan[g]
				row = append(row, placed{col: g, span: n, cont: true})
				for k := g; k < g+n; k++ {
					covered[k]--
				}
				g += n
			}
		}
		for _, c := range hr {
			continuation()
			n := max(1, c.Span)
			if g+n > ncols {
				return nil, fmt.Errorf("header row %d is wider than the table's %d columns", ri+1, ncols)
			}
			if c.RowSpan > 1 {
				for k := g; k < g+n; k++ {
					covered[k] = c.RowSpan - 1
				}
				coverSpan[g] = n
			}
			row = append(row, placed{cell: c, col: g, span: n})
			g += n
		}
		continuation()
		for ; g < ncols; g++ {
			row = append(row, placed{col: g, span: 1})
		}
		out[ri] = row
	}
	return out, nil
}

// columnWidths returns the grid columns' widths in twips, summing to the
// text width: t.Widths in proportion, or else naturalWidths.
func columnWidths(t *Table, ncols, width int) []int {
	rel := make([]float64, ncols)
	if t.Widths != nil {
		for i, w := range t.Widths {
			if w > 0 && !math.IsInf(w, 0) {
				rel[i] = w
			}
		}
	} else {
		rel = naturalWidths(t, ncols, width)
	}
	sum := 0.0
	for _, w := range rel {
		sum += w
	}
	out := make([]int, ncols)
	if sum <= 0 {
		for i := range out {
			out[i] = width / ncols
		}
		return out
	}
	acc := 0
	for i, w := range rel {
		out[i] = int(w / sum * float64(width))
		acc += out[i]
	}
	out[0] += width - acc
	return out
}

// naturalWidths sizes the columns by their text at 12 pt. Every column
// first gets its minimum: figures whole on one line, headings in two
// lines, names six ideographs wide. What the page has left goes first
// to the figure columns, so that their headings fit on one line, then to
// the text columns up to their longest text, and the rest to the first
// column (the names).
func naturalWidths(t *Table, ncols, width int) []float64 {
	body := make([]float64, ncols) // in half-width characters
	head := make([]float64, ncols)
	layout, _ := headerLayout(t.Header, ncols) // checked by the caller
	for _, row := range layout {
		for _, pc := range row {
			if pc.span == 1 && !pc.cont {
				head[pc.col] = max(head[pc.col], float64(longestLine(pc.cell.Text)))
			}
		}
	}
	for _, r := range t.Rows {
		if r.Section {
			continue
		}
		for g, c := range r.Cells {
			if g < ncols {
				body[g] = max(body[g], float64(longestLine(c)+2*r.Level*btoi(g == 0)))
			}
		}
	}
	// A half-width character at 12 pt is 120 twips; the cell margins
	// take 170 and a little slack keeps a figure from wrapping.
	tw := func(n float64) float64 { return n*125 + 200 }
	numeric := func(g int) bool { return g < len(t.Numeric) && t.Numeric[g] }
	base := make([]float64, ncols)
	full := make([]float64, ncols)
	for g := range ncols {
		if numeric(g) {
			base[g] = tw(max(body[g], math.Ceil(head[g]/2), 4))
		} else {
			base[g] = tw(max(min(body[g], 12), math.Ceil(head[g]/2), 4))
		}
		full[g] = max(base[g], tw(max(body[g], head[g])))
	}
	rel := slices.Clone(base)
	extra := float64(width)
	for _, w := range base {
		extra -= w
	}
	for _, pass := range []bool{true, false} { // figures first, then text
		if extra <= 0 {
			break
		}
		want := 0.0
		for g := range ncols {
			if numeric(g) == pass {
				want += full[g] - base[g]
			}
		}
		if want <= 0 {
			continue
		}
		f := min(1, extra/want)
		for g := range ncols {
			if numeric(g) == pass {
				rel[g] += (full[g] - base[g]) * f
			}
		}
		extra -= want * f
	}
	if extra > 0 {
		rel[0] += extra
	}
	return rel
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// longestLine is the display width of the longest line of s.
func longestLine(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		n = max(n, textwidth.Of(l))
	}
	return n
}

// emuPerTwip converts twips to EMU (914400 a inch, 1440 twips a inch).
const emuPerTwip = 635

// figure writes a picture, its caption, notes and source.
func (dw *docWriter) figure(f *Figure) error {
	label := strings.TrimSpace(f.Label + " " + f.Caption)
	what := "figure"
	if label != "" {
		what = "figure " + label
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(f.PNG))
	if err != nil {
		return fmt.Errorf("%s: not a PNG image: %w", what, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return fmt.Errorf("%s: PNG of %d × %d pixels", what, cfg.Width, cfg.Height)
	}
	tw := dw.page.textWidth()
	w := tw
	if f.Width > 0 && !math.IsInf(f.Width, 0) {
		w = min(tw, int(f.Width/25.4*1440))
	}
	cx := w * emuPerTwip
	cy := int(math.Round(float64(cx) * float64(cfg.Height) / float64(cfg.Width)))
	if maxH := dw.page.textHeight() * 2 / 3 * emuPerTwip; cy > maxH {
		cx = int(math.Round(float64(cx) * float64(maxH) / float64(cy)))
		cy = maxH
	}
	dw.media = append(dw.media, f.PNG)
	n := len(dw.media)
	b := &dw.b
	fmt.Fprintf(b, `<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr><w:r><w:drawing>`, esc(dw.st.id(styleFigure)))
	fmt.Fprintf(b, `<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>`, cx, cy)
	fmt.Fprintf(b, `<wp:docPr id="%d" name="图片%d" descr="%s"/>`, n, n, esc(label))
	b.WriteString(`<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>`)
	b.WriteString(`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>`)
	fmt.Fprintf(b, `<pic:nvPicPr><pic:cNvPr id="%d" name="image%d.png"/><pic:cNvPicPr/></pic:nvPicPr>`, n, n)
	fmt.Fprintf(b, `<pic:blipFill><a:blip r:embed="rIdImage%d"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`, n)
	fmt.Fprintf(b, `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`, cx, cy)
	b.WriteString(`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`)
	dw.lastTable = false
	if label != "" {
		dw.para(styleFigCap, "", label, "")
	}
	for _, n := range f.Notes {
		dw.para(styleNote, "", n, "")
	}
	if f.Source != "" {
		dw.para(styleNote, "", f.Source, "")
	}
	return nil
}
