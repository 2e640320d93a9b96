package pdf

import (
	"bytes"
	"context"
	"fmt"
	"github.com/annualstat/annualstat/report/vgfpdf"
	"gonum.org/v1/plot/vg"
	"slices"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/report/font"
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

// dash is printed for an undefined figure or a missing value.
const dash = "—"

// Flag markers of the table's note column, and their footnotes.
var flagNotes = []struct {
	flag         analysis.Flag
	mark, reason string
}{
	{analysis.FlagApprox, "约", "约数:原文为“多、约、近、余、超”等"},
	{analysis.FlagDerived, "推", "推算值:由本年数和所述增速反推"},
	{analysis.FlagEstimated, "估", "估计值"},
}

// reasonMark is the footnote marker of an undefined figure, e.g. "[1]".
func reasonMark(r analysis.Reason) string { return "[" + strconv.Itoa(int(r)) + "]" }

// fixedText holds every fixed label the document prints, for the coverage
// check.
var fixedText = func() string {
	var b strings.Builder
	b.WriteString("0123456789-.%:;,()[]/ " + dash)
	b.WriteString("第页共报告单位报告年度比较年度生成日期数据来源指标数年月日项无")
	b.WriteString("一二三四五六七八九十、（）主要指标表述同比分析表统计图数据一致性检查")
	b.WriteString("指标名称单位上年本年增减增长率增减(百分点)注")
	b.WriteString("本表列出前项指标,共;全部指标见工作簿。本节仅列出前项指标的表述。")
	b.WriteString("未发现不一致的数据。共项:错误警告提示规则年份应为实为图统计附录与零本文件")
	for r := analysis.ZeroBase; r <= analysis.OutOfRange; r++ {
		b.WriteString(r.Chinese())
	}
	for _, s := range []analysis.Severity{analysis.Info, analysis.Warning, analysis.Error} {
		b.WriteString(s.Chinese())
	}
	for _, f := range flagNotes {
		b.WriteString(f.mark + f.reason)
	}
	return b.String()
}()

// document is one PDF being laid out.
type document struct {
	pdf      *fpdf.Fpdf
	font     *font.Font
	t        *analysis.Table
	rows     []analysis.Row // the rows shown (MaxRows)
	findings []analysis.Finding
	opt      Options

	title, org, source string
	generated          time.Time

	pageW, pageH float64
	bottom       float64 // lowest y of the text area
	y            float64 // current position

	size   float64           // current font size
	widths map[rune]float64  // advance per rune at 1 pt, in mm
	cols   []column          // table columns
	part   int               // parts numbered so far (一、二、…)
	inTab  bool              // the table header is repeated on new pages
	notes  map[string]string // footnotes of the current table page: mark → text

	allText   string       // every character the document prints (checkText)
	chartText []string     // the text of each vector chart, for the font subset
	inSubset  [1024]uint64 // bit set of the BMP characters in the font subset
	err       error        // first error met while drawing
}

// column is a column of the year-over-year table.
type column struct {
	title string
	w     float64
	right bool // right-aligned (numbers)
}

func newDocument(t *analysis.Table, findings []analysis.Finding, opt Options, f *font.Font) *document {
	d := &document{t: t, findings: findings, opt: opt, font: f, widths: make(map[rune]float64, 512)}
	d.rows = t.Rows
	if opt.MaxRows > 0 && len(d.rows) > opt.MaxRows {
		d.rows = d.rows[:opt.MaxRows]
	}
	ds := t.Dataset
	if ds == nil {
		ds = &analysis.Dataset{}
	}
	d.org = firstNonEmpty(opt.Org, ds.Org)
	d.source = firstNonEmpty(opt.Source, ds.Source)
	d.title = firstNonEmpty(opt.Title, ds.Title)
	if d.title == "" {
		d.title = d.org + strconv.Itoa(t.Year) + "年统计附录"
	}
	d.generated = opt.Generated
	if d.generated.IsZero() {
		d.generated = time.Now()
	}
	return d
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
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
	p.SetCreationDate(d.generated)
	p.SetModificationDate(d.generated)
	p.SetTitle(d.title, true)
	p.SetAuthor(d.org, true)
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
	d.layoutColumns()

	d.newPage()
	d.titleBlock()
	d.narrative()
	if err := d.table(ctx); err != nil {
		return err
	}
	d.charts()
	d.checks()
	if p.Err() {
		return fmt.Errorf("pdf: %w", p.Error())
	}
	return d.err
}

func (d *document) subject() string {
	s := strconv.Itoa(d.t.Year) + "年统计附录"
	if d.t.PreviousYear != 0 {
		s = fmt.Sprintf("%d年与%d年比较的统计附录", d.t.Year, d.t.PreviousYear)
	}
	return d.org + s
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

// newPage starts a page; the header function draws the page header.
func (d *document) newPage() {
	d.pdf.AddPage()
	d.y = marginTop
	if d.inTab {
		d.tableHeader()
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
	left := d.org
	right := strconv.Itoa(d.t.Year) + "年"
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
	in := indent * size * ptMM
	for i, line := range d.wrap(s, d.contentW(), in, size) {
		d.need(lh)
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

// titleBlock writes the title and the facts of the report.
func (d *document) titleBlock() {
	p := d.pdf
	p.Bookmark(d.title, 0, d.y)
	d.y += 4
	for _, line := range d.wrap(d.title, d.contentW(), 0, titleSize) {
		d.bold((d.pageW-d.width(line, titleSize))/2, d.y, titleLH, titleSize, line)
		d.y += titleLH
	}
	d.y += 4
	prev := "无"
	if d.t.PreviousYear != 0 {
		prev = strconv.Itoa(d.t.PreviousYear) + "年"
	}
	count := strconv.Itoa(len(d.t.Rows)) + "项"
	if len(d.rows) < len(d.t.Rows) {
		count += fmt.Sprintf("(本文件列出前%d项)", len(d.rows))
	}
	facts := [][2]string{
		{"报告单位", d.org},
		{"报告年度", strconv.Itoa(d.t.Year) + "年"},
		{"比较年度", prev},
		{"生成日期", fmt.Sprintf("%d年%d月%d日", d.generated.Year(), int(d.generated.Month()), d.generated.Day())},
		{"数据来源", d.source},
		{"指标数", count},
	}
	labelW := d.width("报告单位:", bodySize) + 2
	x := marginX + 20
	for _, f := range facts {
		if f[1] == "" {
			continue
		}
		p.SetTextColor(90, 90, 90)
		d.text(x, d.y, bodyLH, bodySize, f[0]+":")
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

// narrative writes the statements of the shown rows, one paragraph per
// section.
func (d *document) narrative() {
	d.heading("主要指标表述", h2LH+2*bodyLH)
	if len(d.rows) < len(d.t.Rows) {
		d.paragraph(fmt.Sprintf("本节仅列出前%d项指标的表述。", len(d.rows)), bodySize, bodyLH, 0)
	}
	type group struct {
		section string
		text    strings.Builder
	}
	var groups []*group
	index := map[string]*group{}
	for i := range d.rows {
		r := &d.rows[i]
		if r.Statement == "" {
			continue
		}
		g := index[r.Indicator.Section]
		if g == nil {
			g = &group{section: r.Indicator.Section}
			index[g.section] = g
			groups = append(groups, g)
		}
		g.text.WriteString(r.Statement)
		g.text.WriteString("。")
	}
	n := 0
	for _, g := range groups {
		if g.section != "" {
			n++
			d.subheading("（"+chineseNumber(n)+"）"+g.section, 2*bodyLH)
		}
		d.paragraph(g.text.String(), bodySize, bodyLH, 2)
	}
}

// charts prints the charts, each scaled to the text width: vector charts
// drawn through report/vgfpdf, pictures embedded as PNG.
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
		title := "图" + strconv.Itoa(i+1) + " " + c.Title
		d.need(bodyLH + h + chartGap)
		p.Bookmark(title, 1, d.y)
		d.text((d.pageW-d.width(title, bodySize))/2, d.y, bodyLH, bodySize, title)
		d.y += bodyLH
		if c.Draw != nil {
			if err := d.vectorChart(c, (d.pageW-w)/2, d.y, w, h); err != nil && d.err == nil {
				d.err = fmt.Errorf("pdf: chart %d %q: %w", i+1, c.Title, err)
			}
		} else {
			p.ImageOptions(name, (d.pageW-w)/2, d.y, w, h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
		}
		d.y += h + chartGap
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

// checks writes the findings of the consistency checks, most severe first.
func (d *document) checks() {
	d.heading("数据一致性检查", 2*bodyLH)
	if len(d.findings) == 0 {
		d.paragraph("未发现不一致的数据。", bodySize, bodyLH, 0)
		return
	}
	count := map[analysis.Severity]int{}
	for _, f := range d.findings {
		count[f.Severity]++
	}
	sevs := []analysis.Severity{analysis.Error, analysis.Warning, analysis.Info}
	var parts []string
	for _, s := range sevs {
		if count[s] > 0 {
			parts = append(parts, fmt.Sprintf("%s%d项", s.Chinese(), count[s]))
		}
	}
	d.paragraph(fmt.Sprintf("共%d项:%s。", len(d.findings), strings.Join(parts, ",")), bodySize, bodyLH, 0)
	for _, s := range sevs {
		if count[s] == 0 {
			continue
		}
		d.subheading(fmt.Sprintf("%s(%d项)", s.Chinese(), count[s]), 2*bodyLH)
		n := 0
		for _, f := range d.findings {
			if f.Severity != s {
				continue
			}
			n++
			msg := f.Message
			if msg == "" {
				msg = f.Rule
			}
			d.need(bodyLH + smallLH)
			d.paragraph(strconv.Itoa(n)+". "+msg, bodySize, bodyLH, 0)
			d.pdf.SetTextColor(90, 90, 90)
			d.paragraph(findingDetail(f), smallSize, smallLH, 0)
			d.pdf.SetTextColor(0, 0, 0)
			d.y += 1
		}
	}
}

// findingDetail is the small print under a finding: rule, year, indicators,
// expected and found.
func findingDetail(f analysis.Finding) string {
	var parts []string
	add := func(label, v string) {
		if v != "" {
			parts = append(parts, label+":"+v)
		}
	}
	add("规则", f.Rule)
	if f.Year != 0 {
		add("年份", strconv.Itoa(f.Year))
	}
	add("指标", strings.Join(f.Indicators, "、"))
	add("应为", f.Expected)
	add("实为", f.Found)
	return strings.Join(parts, ";")
}

// sortedMarks returns the footnote marks in print order: reasons by number,
// then flags.
func sortedMarks(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	order := func(k string) int {
		for i, f := range flagNotes {
			if f.mark == k {
				return 100 + i
			}
		}
		n, _ := strconv.Atoi(strings.Trim(k, "[]"))
		return n
	}
	slices.SortFunc(keys, func(a, b string) int { return order(a) - order(b) })
	return keys
}
