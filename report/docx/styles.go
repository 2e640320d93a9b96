package docx

import (
	"fmt"
	"strings"
)

// Page geometry of GB/T 9704 in twips (1/1440 inch, 1/20 pt): A4, a text
// block of 156 × 225 mm, 37 mm from the top and 28 mm from the left edge.
const (
	PageWidth    = 11906 // 210 mm
	PageHeight   = 16838 // 297 mm
	MarginTop    = 2098  // 37 mm
	MarginBottom = 1984  // 297 − 37 − 225 = 35 mm
	MarginLeft   = 1587  // 28 mm
	MarginRight  = 1474  // 210 − 28 − 156 = 26 mm
	// FooterDistance puts the page number about 7 mm below the text block.
	FooterDistance = 1304 // 23 mm from the bottom edge
	HeaderDistance = 851  // 15 mm
	// LinePitch is the body's fixed line height: 225 mm / 22 lines =
	// 28.95 pt, in twentieths of a point.
	LinePitch = 579
)

// Font sizes in half-points (w:sz), by their Chinese names.
const (
	size2      = 44 // 2号, 22 pt: the title
	size3      = 32 // 3号, 16 pt: body text and headings
	size4      = 28 // 4号, 14 pt: page numbers, table captions
	sizeSmall4 = 24 // 小4号, 12 pt: table text, notes
)

// Fonts names the fonts of the document. Each field is a font family
// name; empty fields take the default.
type Fonts struct {
	Title    string // default 方正小标宋简体 (fallback 宋体)
	Body     string // default 仿宋_GB2312 (fallback 仿宋)
	Heading1 string // default 黑体
	Heading2 string // default 楷体_GB2312 (fallback 楷体)
	Number   string // page numbers; default 宋体
	Latin    string // Latin letters and digits everywhere; default Times New Roman
}

// DefaultFonts are the fonts of GB/T 9704.
var DefaultFonts = Fonts{
	Title:    "方正小标宋简体",
	Body:     "仿宋_GB2312",
	Heading1: "黑体",
	Heading2: "楷体_GB2312",
	Number:   "宋体",
	Latin:    "Times New Roman",
}

// fallbacks are the w:altName of the font table: what Word or LibreOffice
// uses when the named font is not installed.
var fallbacks = map[string]string{
	"方正小标宋简体":   "宋体",
	"方正小标宋_GBK": "宋体",
	"仿宋_GB2312": "仿宋",
	"仿宋":        "宋体",
	"楷体_GB2312": "楷体",
	"楷体":        "宋体",
	"黑体":        "SimHei",
	"宋体":        "SimSun",
}

func (f Fonts) withDefaults() Fonts {
	d := DefaultFonts
	for _, p := range []struct {
		dst *string
		def string
	}{
		{&f.Title, d.Title}, {&f.Body, d.Body}, {&f.Heading1, d.Heading1},
		{&f.Heading2, d.Heading2}, {&f.Number, d.Number}, {&f.Latin, d.Latin},
	} {
		if strings.TrimSpace(*p.dst) == "" {
			*p.dst = p.def
		}
	}
	return f
}

// rFonts is the w:rFonts element of a run in the East-Asian font ea.
func (f Fonts) rFonts(ea string) string {
	return fmt.Sprintf(`<w:rFonts w:ascii="%[1]s" w:hAnsi="%[1]s" w:eastAsia="%[2]s" w:cs="%[1]s"/>`, esc(f.Latin), esc(ea))
}

// style is one w:style of styles.xml.
type style struct {
	id, name string
	typ      string // paragraph, character, table
	basedOn  string // a name of another style ("" for none)
	next     string
	pPr, rPr string // the inner XML of w:pPr and w:rPr
	custom   bool
}

// Style names. Built-in Word styles keep their built-in names, so that a
// reference document's own definitions of them are used.
const (
	styleNormal   = "Normal"
	styleTitle    = "Title"
	styleSubtitle = "Subtitle"
	styleH1       = "heading 1"
	styleH2       = "heading 2"
	styleH3       = "heading 3"
	styleBody     = "Body Text"
	styleFooter   = "footer"
	styleCaption  = "annualstat Table Caption"
	styleUnit     = "annualstat Table Unit"
	styleCell     = "annualstat Table Text"
	styleHead     = "annualstat Table Header"
	styleNote     = "annualstat Note"
	styleFigure   = "annualstat Figure"
	styleFigCap   = "annualstat Figure Caption"
	styleSign     = "annualstat Signature"
)

// exact is fixed line spacing at the body's pitch; single is the automatic
// single spacing tables and pictures need (a fixed line height would clip
// a picture).
const (
	exact  = `<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"/>`
	single = `<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>`
)

// styles returns this package's styles for fonts f.
func styles(f Fonts) []style {
	sz := func(n int) string { return fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, n, n) }
	lang := `<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`
	return []style{
		{id: "Normal", name: styleNormal, typ: "paragraph",
			pPr: `<w:widowControl w:val="0"/><w:kinsoku/><w:overflowPunct/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>` + exact + `<w:jc w:val="both"/>`,
			rPr: f.rFonts(f.Body) + `<w:kern w:val="2"/>` + sz(size3) + lang},
		{id: "Title", name: styleTitle, typ: "paragraph", basedOn: styleNormal, next: styleBody,
			pPr: `<w:keepNext/><w:spacing w:before="0" w:after="579" w:line="579" w:lineRule="exact"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>`,
			rPr: f.rFonts(f.Title) + sz(size2)},
		{id: "Subtitle", name: styleSubtitle, typ: "paragraph", basedOn: styleNormal, next: styleBody,
			pPr: `<w:keepNext/><w:spacing w:before="0" w:after="579" w:line="579" w:lineRule="exact"/><w:jc w:val="center"/>`,
			rPr: f.rFonts(f.Heading2) + sz(size3)},
		{id: "Heading1", name: styleH1, typ: "paragraph", basedOn: styleNormal, next: styleBody,
			pPr: `<w:keepNext/><w:keepLines/>` + exact + `<w:ind w:firstLine="640"/><w:outlineLvl w:val="0"/>`,
			rPr: f.rFonts(f.Heading1) + sz(size3)},
		{id: "Heading2", name: styleH2, typ: "paragraph", basedOn: styleNormal, next: styleBody,
			pPr: `<w:keepNext/><w:keepLines/>` + exact + `<w:ind w:firstLine="640"/><w:outlineLvl w:val="1"/>`,
			rPr: f.rFonts(f.Heading2) + sz(size3)},
		{id: "Heading3", name: styleH3, typ: "paragraph", basedOn: styleNormal, next: styleBody,
			pPr: `<w:keepNext/><w:keepLines/>` + exact + `<w:ind w:firstLine="640"/><w:outlineLvl w:val="2"/>`,
			rPr: `<w:b/><w:bCs/>` + sz(size3)},
		{id: "BodyText", name: styleBody, typ: "paragraph", basedOn: styleNormal,
			pPr: exact + `<w:ind w:firstLine="640"/><w:jc w:val="both"/>`},
		{id: "Footer", name: styleFooter, typ: "paragraph", basedOn: styleNormal,
			pPr: single,
			// GB/T 9704 7.5: page numbers in 4号 半角宋体 digits.
			rPr: fmt.Sprintf(`<w:rFonts w:ascii="%[1]s" w:hAnsi="%[1]s" w:eastAsia="%[1]s" w:cs="%[1]s"/>`, esc(f.Number)) + sz(size4)},
		{id: "asTableCaption", name: styleCaption, typ: "paragraph", basedOn: styleNormal, custom: true,
			pPr: `<w:keepNext/><w:keepLines/><w:snapToGrid w:val="0"/><w:spacing w:before="240" w:after="60" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>`,
			rPr: f.rFonts(f.Heading1) + sz(size4)},
		{id: "asTableUnit", name: styleUnit, typ: "paragraph", basedOn: styleNormal, custom: true,
			pPr: `<w:keepNext/><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="60" w:line="240" w:lineRule="auto"/><w:jc w:val="right"/>`,
			rPr: sz(sizeSmall4)},
		{id: "asTableText", name: styleCell, typ: "paragraph", basedOn: styleNormal, custom: true,
			pPr: single + `<w:jc w:val="left"/>`,
			rPr: sz(sizeSmall4)},
		{id: "asTableHeader", name: styleHead, typ: "paragraph", basedOn: styleCell, custom: true,
			pPr: `<w:keepNext/><w:jc w:val="center"/>`,
			rPr: f.rFonts(f.Heading1)},
		{id: "asNote", name: styleNote, typ: "paragraph", basedOn: styleNormal, custom: true,
			pPr: `<w:snapToGrid w:val="0"/><w:spacing w:before="40" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/>`,
			rPr: sz(sizeSmall4)},
		{id: "asFigure", name: styleFigure, typ: "paragraph", basedOn: styleNormal, custom: true,
			pPr: `<w:keepNext/><w:snapToGrid w:val="0"/><w:spacing w:before="240" w:after="60" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>`},
		{id: "asFigureCaption", name: styleFigCap, typ: "paragraph", basedOn: styleNormal, custom: true,
			pPr: `<w:keepLines/><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>`,
			rPr: f.rFonts(f.Heading1) + sz(size4)},
		{id: "asSignature", name: styleSign, typ: "paragraph", basedOn: styleNormal, custom: true,
			pPr: `<w:keepNext/><w:keepLines/>` + exact + `<w:jc w:val="right"/>`},
	}
}

// styleXML writes s as a w:style, resolving the style names it refers to
// through id.
func styleXML(b *strings.Builder, s style, id func(string) string) {
	fmt.Fprintf(b, `<w:style w:type="%s"`, s.typ)
	if s.name == styleNormal {
		b.WriteString(` w:default="1"`)
	}
	if s.custom {
		b.WriteString(` w:customStyle="1"`)
	}
	fmt.Fprintf(b, ` w:styleId="%s"><w:name w:val="%s"/>`, esc(s.id), esc(s.name))
	if s.basedOn != "" {
		fmt.Fprintf(b, `<w:basedOn w:val="%s"/>`, esc(id(s.basedOn)))
	}
	if s.next != "" {
		fmt.Fprintf(b, `<w:next w:val="%s"/>`, esc(id(s.next)))
	}
	b.WriteString(`<w:qFormat/>`)
	if s.pPr != "" {
		b.WriteString(`<w:pPr>` + s.pPr + `</w:pPr>`)
	}
	if s.rPr != "" {
		b.WriteString(`<w:rPr>` + s.rPr + `</w:rPr>`)
	}
	b.WriteString(`</w:style>`)
}

const nsW = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// stylesPart returns styles.xml of this package's own styles.
func stylesPart(f Fonts) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:styles ` + nsW + `>`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>` + f.rFonts(f.Body) +
		`<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr>` + exact + `</w:pPr></w:pPrDefault></w:docDefaults>`)
	id := func(name string) string {
		for _, s := range styles(f) {
			if s.name == name {
				return s.id
			}
		}
		return name
	}
	for _, s := range styles(f) {
		styleXML(&b, s, id)
	}
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}

// fontTablePart lists the fonts with their fallbacks (w:altName) and the
// GB2312 character set.
func fontTablePart(f Fonts) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:fonts ` + nsW + `>`)
	seen := map[string]bool{}
	for _, name := range []string{f.Latin, f.Title, f.Body, f.Heading1, f.Heading2, f.Number} {
		if seen[name] {
			continue
		}
		seen[name] = true
		fmt.Fprintf(&b, `<w:font w:name="%s">`, esc(name))
		if alt, ok := fallbacks[name]; ok {
			fmt.Fprintf(&b, `<w:altName w:val="%s"/>`, esc(alt))
		}
		if name == f.Latin {
			b.WriteString(`<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>`)
		} else {
			b.WriteString(`<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/>`)
		}
		b.WriteString(`</w:font>`)
	}
	b.WriteString(`</w:fonts>`)
	return b.String()
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// mergeFontTable adds to a template's font table the fonts of f it does
// not list, with their fallbacks.
func mergeFontTable(src string, f Fonts) string {
	end := strings.LastIndex(src, "</w:fonts>")
	if end < 0 {
		return fontTablePart(f)
	}
	own := fontTablePart(f)
	var add strings.Builder
	for _, entry := range strings.SplitAfter(own, "</w:font>") {
		i := strings.Index(entry, "<w:font ")
		if i < 0 {
			continue
		}
		entry = entry[i:]
		name := entry[:strings.Index(entry, ">")+1] // <w:font w:name="…">
		if !strings.Contains(src, strings.TrimSuffix(name, ">")+">") && !strings.Contains(src, strings.TrimSuffix(name, ">")+"/>") {
			add.WriteString(entry)
		}
	}
	return src[:end] + add.String() + src[end:]
}
