package docx

import (
	"fmt"
	"strings"
	"time"
)

const (
	ctMain = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	relNS  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
)

func contentTypes(theme, numbering bool) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	b.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	b.WriteString(`<Default Extension="png" ContentType="image/png"/>`)
	over := func(part, typ string) {
		fmt.Fprintf(&b, `<Override PartName="%s" ContentType="%s"/>`, part, typ)
	}
	over("/word/document.xml", ctMain+"document.main+xml")
	over("/word/styles.xml", ctMain+"styles+xml")
	over("/word/settings.xml", ctMain+"settings+xml")
	over("/word/fontTable.xml", ctMain+"fontTable+xml")
	over("/word/footer1.xml", ctMain+"footer+xml")
	over("/word/footer2.xml", ctMain+"footer+xml")
	if theme {
		over("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")
	}
	if numbering {
		over("/word/numbering.xml", ctMain+"numbering+xml")
	}
	over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
	over("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
	b.WriteString(`</Types>`)
	return b.String()
}

const packageRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="` + relNS + `officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="` + relNS + `extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

func documentRels(images int, theme, numbering bool) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	rel := func(id, typ, target string) {
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="%s%s" Target="%s"/>`, id, relNS, typ, target)
	}
	rel("rIdStyles", "styles", "styles.xml")
	rel("rIdSettings", "settings", "settings.xml")
	rel("rIdFontTable", "fontTable", "fontTable.xml")
	rel("rIdFooter1", "footer", "footer1.xml")
	rel("rIdFooter2", "footer", "footer2.xml")
	if theme {
		rel("rIdTheme", "theme", "theme/theme1.xml")
	}
	if numbering {
		rel("rIdNumbering", "numbering", "numbering.xml")
	}
	for i := 1; i <= images; i++ {
		rel(fmt.Sprintf("rIdImage%d", i), "image", fmt.Sprintf("media/image%d.png", i))
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

// settingsPart turns on separate footers for even pages (page numbers on
// the outer side) and compresses punctuation as Chinese typesetting does.
const settingsPart = xmlHeader + `<w:settings ` + nsW + `>` +
	`<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>` +
	`<w:characterSpacingControl w:val="compressPunctuation"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>` +
	`</w:settings>`

// footerPart is a footer with the page number as GB/T 9704 prints it,
// "— 1 —", one character from the margin on side ("right" for odd pages,
// "left" for even ones).
func footerPart(side, style string) string {
	ind := `<w:ind w:right="280"/>`
	if side == "left" {
		ind = `<w:ind w:left="280"/>`
	}
	return xmlHeader + `<w:ftr ` + nsW + `><w:p><w:pPr><w:pStyle w:val="` + esc(style) + `"/>` + ind + `<w:jc w:val="` + side + `"/></w:pPr>` +
		`<w:r><w:t xml:space="preserve">— </w:t></w:r>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`
}

// corePart holds the title, author and, when the document has a date,
// its creation and modification times (the date at 00:00 UTC).
func corePart(d *Document) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	title := strings.ReplaceAll(Clean(d.Title), "\n", "")
	if title != "" {
		b.WriteString(`<dc:title>` + esc(title) + `</dc:title>`)
	}
	if d.Org != "" {
		b.WriteString(`<dc:creator>` + esc(d.Org) + `</dc:creator>`)
	}
	b.WriteString(`<dc:language>zh-CN</dc:language>`)
	if !d.Date.IsZero() {
		t := time.Date(d.Date.Year(), d.Date.Month(), d.Date.Day(), 0, 0, 0, 0, time.UTC).Format(time.RFC3339)
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + t + `</dcterms:created>`)
		b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + t + `</dcterms:modified>`)
	}
	b.WriteString(`</cp:coreProperties>`)
	return b.String()
}

func appPart(d *Document) string {
	s := xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>annualstat</Application>`
	if d.Org != "" {
		s += `<Company>` + esc(d.Org) + `</Company>`
	}
	return s + `</Properties>`
}
