package pdf

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"gonum.org/v1/plot/vg"

	"github.com/annualstat/annualstat/report/font"
	"github.com/annualstat/annualstat/report/present"
	"github.com/annualstat/annualstat/report/vgfpdf"
)

// Page geometry and type sizes. Lengths are in millimetres, font sizes in
// points.
const (
	ptMM = 25.4 / 72 // one point in millimetres

	marginX      = 15.0 // left and right margin
	marginTop    = 18.0 // top of the text area; the page header sits above it
	marginBottom = 16.0 // bottom of the text area from the page's bottom edge
	headerBase   = 11.0 // baseline of the page header
	footerBase   = 9.0  // baseline of the page footer, from the page's bottom edge

	titleSize = 18.0
	titleLH   = 10.0
	h1Size    = 14.0 // part heading (一、…)
	h1LH      = 9.0
	h2Size    = 11.5 // sub-heading (（一）…)
	h2LH      = 7.0
	bodySize  = 10.5
	bodyLH    = 6.0
	smallSize = 8.0
	smallLH   = 4.5

	cellSize = 8.0 // table text
	cellLH   = 4.0 // table line height
	cellPadY = 1.0
	cellPadX = 1.2
	noteSize = 7.0 // footnotes under the table
	noteLH   = 3.6
	noteGap  = 1.5 // space between the table and its footnotes

	chartGap = 4.0
)

// pageAlias is replaced by fpdf with the number of pages. It is chosen so
// that no text of a report is likely to contain it.
const pageAlias = "{#页数#}"

// fixedText holds every fixed label the document prints, for the coverage
// check.
var fixedText = func() string {
	var b strings.Builder
	b.WriteString("0123456789-.%:;,()[]/ —…")
	b.WriteString("第页共报告单位期比较指标数项无")
	b.WriteString("一二三四五六七八九十、（）：；，。主要表述统计表图数据核查结果附注资料来源")
	b.WriteString("本列出前共全部见工作簿节仅的录年与文件零")
	return b.String()
}()

// document is one PDF being laid out.
type document struct {
	pdf    *fpdf.Fpdf
	font   *font.Font
	doc    *present.Document
	opt    Options
	checks bool // the check report, not the appendix

	pageW, pageH float64
	bottom       float64 // lowest y of the text area
	y            float64 // current position

	size   float64          // current font size
	widths map[rune]float64 // advance per rune at 1 pt, in mm
	part   int              // parts numbered so far (一、二、…)
	// cont draws the continuation head of the table being printed on a
	// new page (续表N, unit line, column header); nil outside a table.
	cont func()

	allText   string       // every character the document prints (checkText)
	chartText []string     // the text of each vector chart, for the font subset
	inSubset  [1024]uint64 // bit set of the BMP characters in the font subset
	err       error        // first error met while drawing
}

func newDocument(doc *present.Document, opt Options, f *font.Font, checks bool) *document {
	return &document{doc: doc, opt: opt, font: f, checks: checks, widths: make(map[rune]float64, 512)}
}

// render lays out the whole document.
func (d *document) render(ctx context.Context) error {
	orient := "P"
	if d.opt.Landscape {
		orient = "L"
	}
	p := fpdf.New(orient, "mm", "A4", "")
	d.pdf = p
	d.pageW, d.pageH = p.GetPageSize()
	d.bottom = d.pageH - marginBottom
	p.SetMargins(marginX, marginTop, marginX)
	p.SetAutoPageBreak(false, marginBottom)
	p.AliasNbPages(pageAlias)
	p.SetCatalogSort(true)
	// The file's dates are the date of issue, never the clock: the same
	// document gives the same bytes.
	date := d.doc.Signature.Date
	if date.IsZero() {
		date = time.Unix(0, 0).UTC()
	}
	p.SetCreationDate(date)
	p.SetModificationDate(date)
	title := d.doc.Title
	if d.checks {
		title = d.doc.Checks.Title
	}
	p.SetTitle(title, true)
	p.SetAuthor(d.doc.Org, true)
	p.SetSubject(d.subject(), true)
	p.SetCreator("annualstat", true)
	p.SetLang("zh-CN")
	if err := d.addFont(d.allText); err != nil {
		return err
	}
	p.SetFont(fontFamily, "", bodySize)
	d.size = bodySize
	p.SetHeaderFunc(d.pageHeader)
	p.SetFooterFunc(d.pageFooter)

	d.newPage()
	if d.checks {
		d.titleBlock(title)
		d.checkReport(ctx, false)
	} else {
		// The signature (落款) closes the text; the tables and charts
		// follow it as the document's attachments, as offices file them.
		d.titleBlock(title)
		d.narrative()
		d.signature()
		if err := d.tables(ctx); err != nil {
			return err
		}
		d.charts()
		d.closing()
		if d.doc.IncludeChecks {
			d.checkReport(ctx, true)
		}
	}
	if d.checks {
		d.signature()
	}
	if p.Err() {
		return fmt.Errorf("pdf: %w", p.Error())
	}
	return d.err
}

func (d *document) subject() string {
	s := d.doc.Period + "统计附录"
	if d.doc.PreviousYear != 0 {
		s = fmt.Sprintf("%d年与%d年比较的统计附录", d.doc.Year, d.doc.PreviousYear)
	}
	if d.checks {
		s = d.doc.Period + "统计数据核查报告"
	}
	return d.doc.Org + s
}

// contentW is the width of the text area.
func (d *document) contentW() float64 { return d.pageW - 2*marginX }

// width is the advance of s at font size size, in mm.
func (d *document) width(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		w += d.runeWidth(r)
	}
	return w * size
}

// runeWidth is the advance of r at 1 pt, in mm.
func (d *document) runeWidth(r rune) float64 {
	if w, ok := d.widths[r]; ok {
		return w
	}
	w := float64(d.pdf.GetStringSymbolWidth(string(r))) / 1000 * ptMM
	d.widths[r] = w
	return w
}

// wrap breaks s into lines of at most width mm at size pt.
func (d *document) wrap(s string, width, indent, size float64) []string {
	return wrap(s, width, indent, size, d.runeWidth)
}

// setSize sets the font size. It asks fpdf for the size in force rather
// than trusting a cached one: fpdf's AddPage restores the font of the page
// before around the header and footer functions, behind our back.
func (d *document) setSize(size float64) {
	if pt, _ := d.pdf.GetFontSize(); pt != size {
		d.pdf.SetFontSize(size)
	}
	d.size = size
}

// baseline is the baseline of a line of text at size pt in a line box of
// height lh starting at top.
func baseline(top, lh, size float64) float64 {
	s := size * ptMM
	return top + (lh-s)/2 + 0.86*s
}

// text draws s at x in the line box of height lh starting at top.
func (d *document) text(x, top, lh, size float64, s string) {
	if s == "" {
		return
	}
	d.checkSubset(s)
	d.setSize(size)
	d.pdf.Text(x, baseline(top, lh, size), s)
}

// bold draws s like text, filled and stroked for a heavier face (the font
// has a single weight).
func (d *document) bold(x, top, lh, size float64, s string) {
	d.pdf.SetLineWidth(size * ptMM / 30)
	d.pdf.SetTextRenderingMode(2)
	d.text(x, top, lh, size, s)
	d.pdf.SetTextRenderingMode(0)
}

// newPage starts a page; the header function draws the page header, and a
// table being printed continues under its continuation head.
func (d *document) newPage() {
	d.pdf.AddPage()
	d.y = marginTop
	if d.cont != nil {
		d.cont()
	}
}

// need starts a new page unless h mm fit below the current position.
func (d *document) need(h float64) {
	if d.y+h > d.bottom {
		d.newPage()
	}
}

func (d *document) pageHeader() {
	p := d.pdf
	p.SetTextColor(90, 90, 90)
	left := d.doc.Org
	right := d.doc.Period
	d.text(marginX, headerBase-smallLH+1, smallLH, smallSize, left)
	d.text(d.pageW-marginX-d.width(right, smallSize), headerBase-smallLH+1, smallLH, smallSize, right)
	p.SetDrawColor(150, 150, 150)
	p.SetLineWidth(0.2)
	p.Line(marginX, headerBase+2, d.pageW-marginX, headerBase+2)
	p.SetTextColor(0, 0, 0)
	p.SetDrawColor(0, 0, 0)
}

func (d *document) pageFooter() {
	p := d.pdf
	p.SetTextColor(90, 90, 90)
	s := "第 " + strconv.Itoa(p.PageNo()) + " 页 / 共 " + pageAlias + " 页"
	// The alias is measured as if it were two digits.
	w := d.width(strings.Replace(s, pageAlias, "00", 1), smallSize)
	d.text((d.pageW-w)/2, d.pageH-footerBase-smallLH+1, smallLH, smallSize, s)
	p.SetTextColor(0, 0, 0)
}

// heading starts a numbered part (一、…) with a bookmark, keeping room for
// keep mm of what follows on the same page.
func (d *document) heading(name string, keep float64) {
	d.part++
	s := chineseNumber(d.part) + "、" + name
	if d.y > marginTop {
		d.y += 3
	}
	d.need(h1LH + keep)
	d.pdf.Bookmark(s, 0, d.y)
	d.bold(marginX, d.y, h1LH, h1Size, s)
	d.y += h1LH + 1
}

// subheading starts a sub-part with a bookmark one level down.
func (d *document) subheading(s string, keep float64) {
	d.y += 1
	d.need(h2LH + keep)
	d.pdf.Bookmark(s, 1, d.y)
	d.bold(marginX, d.y, h2LH, h2Size, s)
	d.y += h2LH
}

// paragraph writes s wrapped to the text width, with a first-line indent of
// indent ideographs, breaking pages between lines.
func (d *document) paragraph(s string, size, lh, indent float64) {
	d.paragraphKeep(s, size, lh, indent, 0)
}

// paragraphKeep is paragraph, keeping keep mm of what follows on the page
// of its last line (the signature stays with the text it signs).
func (d *document) paragraphKeep(s string, size, lh, indent, keep float64) {
	in := indent * size * ptMM
	lines := d.wrap(s, d.contentW(), in, size)
	for i, line := range lines {
		if i == len(lines)-1 {
			d.need(lh + keep)
		} else {
			d.need(lh)
		}
		x := marginX
		if i == 0 {
			x += in
		}
		d.text(x, d.y, lh, size, line)
		d.y += lh
	}
}

var chineseDigits = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

// chineseNumber writes 1 … 99 in Chinese numerals (一, 十一, 二十三).
func chineseNumber(n int) string {
	switch {
	case n <= 10:
		return chineseDigits[n]
	case n < 20:
		return "十" + chineseDigits[n-10]
	case n < 100:
		s := chineseDigits[n/10] + "十"
		if n%10 != 0 {
			s += chineseDigits[n%10]
		}
		return s
	}
	return strconv.Itoa(n)
}

// titleBlock writes the title and the facts of the report: body,
// period, comparison and the number of indicators. There is no
// generated-on date: the signature at the end dates the document.
func (d *document) titleBlock(title string) {
	p := d.pdf
	p.Bookmark(title, 0, d.y)
	d.y += 4
	for _, line := range d.wrap(title, d.contentW(), 0, titleSize) {
		d.bold((d.pageW-d.width(line, titleSize))/2, d.y, titleLH, titleSize, line)
		d.y += titleLH
	}
	d.y += 4
	prev := "无"
	if d.doc.PreviousYear != 0 {
		prev = strconv.Itoa(d.doc.PreviousYear) + "年"
	}
	count := strconv.Itoa(d.doc.Rows) + "项"
	if shown := d.shownRows(); shown < d.doc.Rows && !d.checks {
		count += fmt.Sprintf("（本文件列出前%d项）", shown)
	}
	facts := [][2]string{
		{"报告单位", d.doc.Org},
		{"报告期", d.doc.Period},
		{"比较期", prev},
		{"指标数", count},
	}
	labelW := d.width("报告单位：", bodySize) + 2
	x := marginX + 20
	for _, f := range facts {
		if f[1] == "" {
			continue
		}
		p.SetTextColor(90, 90, 90)
		d.text(x, d.y, bodyLH, bodySize, f[0]+"：")
		p.SetTextColor(0, 0, 0)
		for _, line := range d.wrap(f[1], d.contentW()-20-labelW, 0, bodySize) {
			d.text(x+labelW, d.y, bodyLH, bodySize, line)
			d.y += bodyLH
		}
	}
	d.y += 3
	p.SetDrawColor(150, 150, 150)
	p.Line(marginX, d.y, d.pageW-marginX, d.y)
	p.SetDrawColor(0, 0, 0)
	d.y += 2
}

// shownRows is the number of item rows of the main table printed
// (Options.MaxRows).
func (d *document) shownRows() int {
	if d.opt.MaxRows > 0 && d.opt.MaxRows < d.doc.Rows {
		return d.opt.MaxRows
	}
	return d.doc.Rows
}

// narrative writes the statements, one paragraph per section, of the
// rows shown.
func (d *document) narrative() {
	if len(d.doc.Sections) == 0 {
		return
	}
	d.heading("主要指标表述", h2LH+2*bodyLH)
	limit := d.shownRows()
	if limit < d.doc.Rows {
		d.paragraph(fmt.Sprintf("本节仅列出前%d项指标的表述。", limit), bodySize, bodyLH, 0)
	}
	n := 0
	// The last paragraph keeps the signature on its page.
	keep := 0.0
	if lines := d.doc.Signature.Lines(); len(lines) > 0 {
		keep = float64(2+len(lines)) * bodyLH
	}
	for k, sec := range d.doc.Sections {
		var b strings.Builder
		for i, st := range sec.Statements {
			if sec.Rows[i] >= limit {
				break
			}
			b.WriteString(st)
			b.WriteString("。")
		}
		if b.Len() == 0 {
			continue
		}
		if sec.Heading != "" {
			n++
			d.subheading("（"+chineseNumber(n)+"）"+sec.Heading, 2*bodyLH)
		}
		if k == len(d.doc.Sections)-1 {
			d.paragraphKeep(b.String(), bodySize, bodyLH, 2, keep)
		} else {
			d.paragraph(b.String(), bodySize, bodyLH, 2)
		}
	}
}

// charts prints the charts, each scaled to the text width with its
// caption under it: vector charts drawn through report/vgfpdf, pictures
// embedded as PNG.
func (d *document) charts() {
	if len(d.opt.Charts) == 0 {
		return
	}
	p := d.pdf
	d.heading("统计图", 60)
	for i, c := range d.opt.Charts {
		var w, h float64
		var name string
		if c.Draw != nil {
			cw, ch := c.size()
			w = d.contentW()
			h = w * float64(ch/cw)
		} else {
			// fpdf keys images by content: register identical PNGs once.
			name = "chart" + strconv.Itoa(i+1)
			for j := range i {
				if d.opt.Charts[j].Draw == nil && bytes.Equal(d.opt.Charts[j].PNG, c.PNG) {
					name = "chart" + strconv.Itoa(j+1)
					break
				}
			}
			info := p.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(c.PNG))
			if info == nil || p.Err() {
				return
			}
			w = d.contentW()
			h = w * info.Height() / info.Width()
		}
		maxH := d.bottom - marginTop - bodyLH - chartGap
		if h > maxH {
			w, h = w*maxH/h, maxH
		}
		d.need(h + bodyLH + chartGap)
		p.Bookmark(c.Title, 1, d.y)
		if c.Draw != nil {
			if err := d.vectorChart(c, (d.pageW-w)/2, d.y, w, h); err != nil && d.err == nil {
				d.err = fmt.Errorf("pdf: chart %d %q: %w", i+1, c.Title, err)
			}
		} else {
			p.ImageOptions(name, (d.pageW-w)/2, d.y, w, h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
		}
		d.y += h
		for _, line := range d.wrap(c.Title, d.contentW(), 0, bodySize) {
			d.bold((d.pageW-d.width(line, bodySize))/2, d.y, bodyLH, bodySize, line)
			d.y += bodyLH
		}
		d.y += chartGap
	}
}

// vectorChart draws c in the rectangle at (x, y) of w × h mm: the chart is
// laid out on its own canvas size and scaled to the rectangle.
func (d *document) vectorChart(c Image, x, y, w, h float64) error {
	cv, err := vgfpdf.New(d.pdf, x, y, w, h, vgfpdf.Options{FontFamily: fontFamily})
	if err != nil {
		return err
	}
	cw, ch := c.size()
	pw, _ := cv.Size()
	k := float64(pw / cw)
	cv.Scale(k, k)
	drawErr := c.Draw(sizedCanvas{cv, cw, ch})
	closeErr := cv.Close()
	d.pdf.SetFont(fontFamily, "", d.size) // the chart set its own font sizes
	if drawErr != nil {
		return drawErr
	}
	return closeErr
}

// sizedCanvas reports the chart's own size while drawing on a scaled canvas.
type sizedCanvas struct {
	vg.Canvas
	w, h vg.Length
}

func (s sizedCanvas) Size() (vg.Length, vg.Length) { return s.w, s.h }

// closing prints the document's own notes and source after its tables
// and charts.
func (d *document) closing() {
	if len(d.doc.Notes) == 0 {
		return
	}
	d.y += 2
	d.notes(d.doc.Notes)
}

// notes prints a 注 block: "注：" before the first note, the others
// aligned under it.
func (d *document) notes(ns []string) {
	if len(ns) == 0 {
		return
	}
	label := "注："
	in := d.width(label, noteSize)
	d.pdf.SetTextColor(60, 60, 60)
	for i, n := range ns {
		lines := d.wrap(n, d.contentW()-in, 0, noteSize)
		for j, line := range lines {
			d.need(noteLH)
			if i == 0 && j == 0 {
				d.text(marginX, d.y, noteLH, noteSize, label)
			}
			d.text(marginX+in, d.y, noteLH, noteSize, line)
			d.y += noteLH
		}
	}
	d.pdf.SetTextColor(0, 0, 0)
}

// sourceLine prints "资料来源：…" in the note style.
func (d *document) sourceLine(s string) {
	if s == "" {
		return
	}
	d.pdf.SetTextColor(60, 60, 60)
	for _, line := range d.wrap(s, d.contentW(), 0, noteSize) {
		d.need(noteLH)
		d.text(marginX, d.y, noteLH, noteSize, line)
		d.y += noteLH
	}
	d.pdf.SetTextColor(0, 0, 0)
}

// checkReport prints the findings: a part of the appendix (inAppendix)
// or the whole of the check report.
func (d *document) checkReport(ctx context.Context, inAppendix bool) {
	cr := d.doc.Checks
	if inAppendix {
		d.heading("数据核查结果", 2*bodyLH)
	}
	d.paragraph(cr.Summary, bodySize, bodyLH, 0)
	if len(cr.Table.Rows) == 0 {
		return
	}
	d.y += 2
	if err := d.table(ctx, cr.Table, 0); err != nil && d.err == nil {
		d.err = err
	}
}

// signature prints the 落款 at the end, right-aligned: the body, then the
// date.
func (d *document) signature() {
	lines := d.doc.Signature.Lines()
	if len(lines) == 0 {
		return
	}
	d.y += 2 * bodyLH
	d.need(float64(len(lines)) * bodyLH)
	for _, l := range lines {
		d.text(d.pageW-marginX-d.width(l, bodySize)-2*bodySize*ptMM, d.y, bodyLH, bodySize, l)
		d.y += bodyLH
	}
}
