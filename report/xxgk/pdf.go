package xxgk

import (
	"context"

	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/annualstat/annualstat/analysis/xxgk"
	"github.com/annualstat/annualstat/internal/atomicfile"
	"github.com/annualstat/annualstat/report/font"
)

// Options controls the PDF and Word documents.
type Options struct {
	// Font is the PDF's font; nil: font.Resolve(font.Options{}, font.PDF).
	Font *font.Font
	// Date is the date of the signature and of the document's metadata;
	// the zero time writes none, so the same input gives the same file.
	Date time.Time
}

const (
	pdfFamily  = "cjk"
	pdfMarginX = 18.0
	pdfTop     = 18.0
	pdfBottom  = 18.0
)

// WritePDF writes rep's tables in the official layout and the comparison
// with last year (cmp, may be nil) to path as a PDF. The check report is
// a file of its own (WriteCheckReport), never part of the deliverable.
func WritePDF(ctx context.Context, path string, rep *xxgk.Report, cmp *xxgk.Comparison, opt Options) error {
	return atomicfile.Write(ctx, path, func(w io.Writer) error {
		return WritePDFTo(w, rep, cmp, opt)
	})
}

// Title returns the document title: "淮安市人民政府2024年政府信息公开工作
// 年度报告统计表".
func Title(rep *xxgk.Report) string {
	t := "政府信息公开工作年度报告统计表"
	if rep.Year != 0 {
		t = fmt.Sprintf("%d年%s", rep.Year, t)
	}
	return rep.Body + t
}

// sections returns the text blocks after the tables: the comparison's
// statements and the findings, as printed.
func compareLines(cmp *xxgk.Comparison) []string {
	if cmp == nil {
		return nil
	}
	var out []string
	for _, it := range cmp.Items {
		if strings.Contains(it.ID, "·C") && it.Table == xxgk.T3 {
			continue // the cells are in the workbook; the document states the groups
		}
		if it.Table == xxgk.T4 && !strings.HasSuffix(it.ID, "5") {
			continue
		}
		out = append(out, it.Statement+"。")
	}
	return out
}

// WritePDFTo writes the PDF to w.
func WritePDFTo(w io.Writer, rep *xxgk.Report, cmp *xxgk.Comparison, opt Options) error {
	fnt := opt.Font
	if fnt == nil {
		var err error
		if fnt, err = font.Resolve(font.Options{}, font.PDF); err != nil {
			return err
		}
	}
	layouts := Layouts(rep)
	title := Title(rep)
	cl := compareLines(cmp)
	// every character printed, for the font subset
	var all strings.Builder
	all.WriteString(title + "同比情况0123456789年月日（）：/%.— ")
	for _, l := range layouts {
		all.WriteString(l.Title)
		for _, b := range l.Boxes {
			all.WriteString(b.Text + ValueText(rep, b.ID))
		}
	}
	for _, s := range cl {
		all.WriteString(s)
	}
	text := font.ReplaceNonBMP(all.String())
	var runes []rune
	seen := map[rune]bool{}
	for _, r := range text + " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~" {
		if !seen[r] {
			seen[r] = true
			runes = append(runes, r)
		}
	}
	sub, err := fnt.Subset(runes)
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	p := fpdf.New("P", "mm", "A4", "")
	p.SetMargins(pdfMarginX, pdfTop, pdfMarginX)
	p.SetAutoPageBreak(false, pdfBottom)
	p.SetCatalogSort(true)
	if !opt.Date.IsZero() {
		p.SetCreationDate(opt.Date)
		p.SetModificationDate(opt.Date)
	} else {
		p.SetCreationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
		p.SetModificationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	}
	p.SetTitle(title, true)
	p.SetAuthor(rep.Body, true)
	p.SetCreator("annualstat", true)
	p.SetLang("zh-CN")
	p.AddUTF8FontFromBytes(pdfFamily, "", sub)
	if p.Err() {
		return fmt.Errorf("pdf: font %s: %w", fnt, p.Error())
	}
	p.AliasNbPages("{nb}")
	p.SetFooterFunc(func() {
		p.SetFont(pdfFamily, "", 9)
		p.SetXY(pdfMarginX, 297-12)
		p.CellFormat(210-2*pdfMarginX, 5, fmt.Sprintf("— %d —", p.PageNo()), "", 0, "C", false, 0, "")
	})
	d := &pdfDoc{p: p, rep: rep}
	p.AddPage()
	p.SetFont(pdfFamily, "", 15)
	p.SetXY(pdfMarginX, pdfTop)
	p.MultiCell(210-2*pdfMarginX, 8, title, "", "C", false)
	d.y = p.GetY() + 3
	for _, l := range layouts {
		d.table(l)
	}
	if len(cl) > 0 {
		d.section("同比情况", cl)
	}
	if !opt.Date.IsZero() {
		d.para(rep.Body+"\n"+chineseDate(opt.Date), "R")
	}
	if p.Err() {
		return fmt.Errorf("pdf: %w", p.Error())
	}
	return p.Output(w)
}

func chineseDate(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

type pdfDoc struct {
	p   *fpdf.Fpdf
	rep *xxgk.Report
	y   float64
}

const textW = 210 - 2*pdfMarginX
const pageBottom = 297 - pdfBottom

func (d *pdfDoc) need(h float64) {
	if d.y+h > pageBottom {
		d.p.AddPage()
		d.y = pdfTop
	}
}

func (d *pdfDoc) section(heading string, lines []string) {
	p := d.p
	d.need(16)
	p.SetFont(pdfFamily, "", 12)
	p.SetXY(pdfMarginX, d.y+2)
	p.CellFormat(textW, 7, heading, "", 1, "L", false, 0, "")
	d.y = p.GetY() + 1
	for _, l := range lines {
		d.para(l, "L")
	}
}

func (d *pdfDoc) para(s, align string) {
	p := d.p
	p.SetFont(pdfFamily, "", 10)
	var lines []string
	for _, part := range strings.Split(s, "\n") {
		lines = append(lines, wrap(p, part, textW)...)
	}
	for _, l := range lines {
		d.need(5.5)
		p.SetXY(pdfMarginX, d.y)
		p.CellFormat(textW, 5.5, l, "", 0, align, false, 0, "")
		d.y += 5.5
	}
	d.y += 1
}

// table draws a layout: boxes with their borders and centred text; the
// font shrinks until the table fits the rest of the page or a new one.
func (d *pdfDoc) table(l *Layout) {
	p := d.p
	var sum float64
	for _, w := range l.Widths {
		sum += w
	}
	xs := make([]float64, l.Cols+1)
	xs[0] = pdfMarginX
	for c, w := range l.Widths {
		xs[c+1] = xs[c] + w/sum*textW
	}
	heights := func(size float64) []float64 {
		p.SetFont(pdfFamily, "", size)
		lh := size * 0.3528 * 1.25
		hs := make([]float64, l.Rows)
		for r := range hs {
			hs[r] = lh + 2
		}
		for _, b := range l.Boxes {
			if b.RowSpan != 1 {
				continue
			}
			n := len(wrap(p, d.text(b), xs[b.Col+b.ColSpan]-xs[b.Col]-1.5))
			hs[b.Row] = max(hs[b.Row], float64(n)*lh+2)
		}
		return hs
	}
	size := 9.0
	hs := heights(size)
	total := func() float64 {
		t := 0.0
		for _, h := range hs {
			t += h
		}
		return t
	}
	for size > 6 && total()+10 > pageBottom-pdfTop {
		size -= 0.5
		hs = heights(size)
	}
	d.need(10 + total())
	p.SetFont(pdfFamily, "", 12)
	p.SetXY(pdfMarginX, d.y+2)
	p.CellFormat(textW, 7, l.Title, "", 1, "L", false, 0, "")
	d.y = p.GetY() + 1
	ys := make([]float64, l.Rows+1)
	ys[0] = d.y
	for r, h := range hs {
		ys[r+1] = ys[r] + h
	}
	p.SetFont(pdfFamily, "", size)
	p.SetLineWidth(0.2)
	lh := size * 0.3528 * 1.25
	for _, b := range l.Boxes {
		x0, x1 := xs[b.Col], xs[b.Col+b.ColSpan]
		y0, y1 := ys[b.Row], ys[b.Row+b.RowSpan]
		p.Rect(x0, y0, x1-x0, y1-y0, "D")
		lines := wrap(p, d.text(b), x1-x0-1.5)
		ty := y0 + (y1-y0-float64(len(lines))*lh)/2
		align := "C"
		if b.ID == "" && !b.Header && b.Col+b.ColSpan <= 3 && l.Table != xxgk.T4 {
			align = "L"
		}
		for i, s := range lines {
			p.SetXY(x0+0.75, ty+float64(i)*lh)
			p.CellFormat(x1-x0-1.5, lh, s, "", 0, align, false, 0, "")
		}
	}
	d.y = ys[l.Rows] + 4
}

func (d *pdfDoc) text(b Box) string {
	if b.ID != "" {
		return ValueText(d.rep, b.ID)
	}
	return b.Text
}

// wrap breaks s into lines no wider than w at any character (Chinese text
// has no spaces to break at), keeping closing punctuation on the line
// before. fpdf's SplitText drops a character at each break of text
// without spaces.
func wrap(p *fpdf.Fpdf, s string, w float64) []string {
	if s == "" {
		return nil
	}
	var lines []string
	var line []rune
	width := 0.0
	for _, r := range s {
		rw := p.GetStringWidth(string(r))
		if width+rw > w && len(line) > 0 && !strings.ContainsRune("，。、；：）”%", r) {
			lines = append(lines, string(line))
			line, width = line[:0], 0
		}
		line = append(line, r)
		width += rw
	}
	return append(lines, string(line))
}
