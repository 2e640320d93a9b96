package ingest

import (
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/annualstat/annualstat/analysis/doc"
)

// ReadHTML reads a web page into a Document.
//
// The encoding is opt.Encoding when set, else the byte order mark, else
// the page's own <meta charset> or <meta http-equiv="Content-Type"> in its
// first 4 KiB, else detected as text is (UTF-8, else GB18030). A page that
// declares UTF-8 but is not UTF-8 and decodes cleanly as GB18030 (a common
// mislabelling) is read as GB18030, and one that declares GB2312 or GBK but
// is valid UTF-8 with non-ASCII text is read as UTF-8; GB2312 and GBK
// labels are read as GB18030, of which they are subsets.
//
// The page is tokenized tolerantly (golang.org/x/net/html), and its main
// text found as readers of web articles do (see mainNode): navigation,
// scripts, styles, forms, headers, footers and sidebars (by element, ARIA
// role or a class or id such as nav, menu, footer, share) are dropped; the
// container with the most paragraph text scores highest; its ancestors are
// taken while they add little text, so the article's title comes with it.
// Inside it, h1–h6 are headings, a short centred or bold paragraph and a
// short numbered one (二、…, as in text) are headings too, <br> separates
// paragraphs, tables with rowspan and colspan
// become tables (layout tables, whose cells hold paragraphs, are read as
// text), and lines of page controls (打印, 关闭, 分享) are left out.
// Sources carry the byte offset of each text in the decoded page.
func ReadHTML(r io.Reader, opt Options) (*doc.Document, error) {
	raw, err := readAllCapped(r, MaxDocumentSize, opt.Name, "web page")
	if err != nil {
		return nil, err
	}
	text, err := decodeHTML(raw, opt)
	if err != nil {
		return nil, err
	}
	root := parseHTMLTree(text)
	return htmlDocument(root, opt.Name), nil
}

// decodeHTML returns the page as UTF-8.
func decodeHTML(raw []byte, opt Options) (string, error) {
	if opt.Encoding != "" || bytes.HasPrefix(raw, bom8) || bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) {
		b, err := ReadText(bytes.NewReader(raw), opt)
		return string(b), err
	}
	if label := HTMLCharset(raw); label != "" {
		if enc := htmlEncoding(label); enc != nil {
			if enc == encoding.Nop {
				if utf8.Valid(raw) {
					return string(raw), nil
				}
				if s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw); err == nil && !bytes.ContainsRune(s, utf8.RuneError) {
					return string(s), nil
				}
				return string(bytes.ToValidUTF8(raw, []byte("\uFFFD"))), nil
			}
			if enc == simplifiedchinese.GB18030 && utf8.Valid(raw) && hasMultiByte(raw) {
				// Declared GBK but valid UTF-8 with non-ASCII text: a page
				// saved as UTF-8 under its old meta tag (GBK text is almost
				// never valid UTF-8).
				return string(raw), nil
			}
			s, err := enc.NewDecoder().Bytes(raw)
			if err == nil {
				return string(bytes.ToValidUTF8(s, []byte("\uFFFD"))), nil
			}
		}
	}
	if utf8.Valid(raw) {
		return string(raw), nil
	}
	if s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw); err == nil {
		return string(bytes.ToValidUTF8(s, []byte("\uFFFD"))), nil
	}
	return string(bytes.ToValidUTF8(raw, []byte("\uFFFD"))), nil
}

// hasMultiByte reports whether b holds a byte outside ASCII.
func hasMultiByte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// htmlEncoding returns the decoder for a charset label; encoding.Nop for
// UTF-8, GB18030 for the GB family, nil for an unknown label.
func htmlEncoding(label string) encoding.Encoding {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "utf-8", "utf8", "unicode-1-1-utf-8":
		return encoding.Nop
	case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "csgb2312", "chinese", "iso-ir-58", "windows-936", "gb_2312-80":
		return simplifiedchinese.GB18030
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil
	}
	return e
}

var (
	metaCharset   = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)`)
	xmlEncodingRe = regexp.MustCompile(`(?i)^<\?xml[^>]*encoding\s*=\s*["']([a-zA-Z0-9_\-.]+)`)
)

// HTMLCharset is the rule for the charset a page declares in its head (up
// to its <body> within the first 64 KiB, else its first 4 KiB, so that a
// meta tag after long scripts and styles counts): <meta charset="gb2312">,
// <meta http-equiv="Content-Type" content="text/html; charset=GBK">, or
// an XML declaration's encoding; "" when none.
func HTMLCharset(raw []byte) string {
	head := raw[:min(len(raw), 4096)]
	if i := indexFold(raw[:min(len(raw), 64<<10)], []byte("<body")); i > len(head) {
		head = raw[:i]
	}
	if m := xmlEncodingRe.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// indexFold returns the index of the first ASCII-case-insensitive
// instance of the lower-case sep in s, -1 if none.
func indexFold(s, sep []byte) int {
	for i := 0; i+len(sep) <= len(s); i++ {
		j := 0
		for j < len(sep) && (s[i+j]|0x20) == sep[j] {
			j++
		}
		if j == len(sep) {
			return i
		}
	}
	return -1
}

// hnode is an element or a text of the page.
type hnode struct {
	tag      atom.Atom // 0 for text
	name     string    // the tag name as written, lower case
	attrs    []html.Attribute
	text     string // text nodes: the text, entities decoded
	off      int    // byte offset in the decoded page
	parent   *hnode
	children []*hnode
}

// hasAttr reports whether n has the attribute key, valued or not (a bare
// hidden has the value "").
func (n *hnode) hasAttr(key string) bool {
	for _, a := range n.attrs {
		if a.Key == key {
			return true
		}
	}
	return false
}

// hiddenStyle reports whether an inline style hides its element from the
// reader: display:none or visibility:hidden.
func hiddenStyle(style string) bool {
	s := strings.ReplaceAll(strings.ToLower(style), " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

func (n *hnode) attr(key string) string {
	for _, a := range n.attrs {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// maxHTMLDepth caps the element nesting kept; deeper elements are read as
// children of the deepest one kept, so hostile nesting costs linear time.
const maxHTMLDepth = 256

var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Param: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true,
}

// closesP are the elements whose start closes an open <p>.
var closesP = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Table: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Ul: true, atom.Ol: true, atom.Pre: true, atom.Blockquote: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true,
	atom.Hr: true, atom.Form: true, atom.Dl: true, atom.Main: true, atom.Address: true, atom.Center: true,
}

// parseHTMLTree builds the element tree of a page with the html
// tokenizer, closing elements as browsers imply (a <p> closed by a block,
// <li> by the next <li>, cells by the next cell or row) and ignoring end
// tags with no open element.
func parseHTMLTree(page string) *hnode {
	root := &hnode{tag: atom.Html, name: "#root"}
	stack := []*hnode{root}
	z := html.NewTokenizer(strings.NewReader(page))
	off := 0
	top := func() *hnode { return stack[len(stack)-1] }
	popTo := func(i int) { stack = stack[:i] }
	// find returns the index in the stack of the innermost open element
	// with tag a, not looking past a boundary element; -1 if none.
	find := func(a atom.Atom, boundaries ...atom.Atom) int {
		for i := len(stack) - 1; i > 0; i-- {
			if stack[i].tag == a {
				return i
			}
			for _, b := range boundaries {
				if stack[i].tag == b {
					return -1
				}
			}
		}
		return -1
	}
	for {
		tt := z.Next()
		raw := len(z.Raw())
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.TextToken:
			t := string(z.Text())
			if strings.TrimSpace(t) != "" {
				p := top()
				p.children = append(p.children, &hnode{text: t, off: off, parent: p})
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			n := &hnode{name: string(name), tag: atom.Lookup(name), off: off}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if len(n.attrs) < 32 {
					n.attrs = append(n.attrs, html.Attribute{Key: string(k), Val: string(v)})
				}
			}
			switch {
			case closesP[n.tag]:
				if i := find(atom.P, atom.Table, atom.Td, atom.Th, atom.Div); i > 0 {
					popTo(i)
				}
			case n.tag == atom.Li:
				if i := find(atom.Li, atom.Ul, atom.Ol); i > 0 {
					popTo(i)
				}
			case n.tag == atom.Td || n.tag == atom.Th:
				if i := find(atom.Td, atom.Tr, atom.Table); i > 0 {
					popTo(i)
				} else if i := find(atom.Th, atom.Tr, atom.Table); i > 0 {
					popTo(i)
				}
			case n.tag == atom.Tr:
				if i := find(atom.Tr, atom.Table); i > 0 {
					popTo(i)
				}
			case n.tag == atom.Tbody || n.tag == atom.Thead || n.tag == atom.Tfoot:
				for _, a := range []atom.Atom{atom.Tbody, atom.Thead, atom.Tfoot} {
					if i := find(a, atom.Table); i > 0 {
						popTo(i)
					}
				}
			case n.tag == atom.Option:
				if i := find(atom.Option, atom.Select); i > 0 {
					popTo(i)
				}
			}
			p := top()
			n.parent = p
			p.children = append(p.children, n)
			if tt == html.StartTagToken && !voidElements[n.tag] && len(stack) < maxHTMLDepth {
				stack = append(stack, n)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			var i int
			switch a {
			case atom.Td, atom.Th, atom.Tr, atom.Tbody, atom.Thead, atom.Tfoot:
				i = find(a, atom.Table)
			case atom.P:
				i = find(a, atom.Table, atom.Td, atom.Th, atom.Div)
			case 0:
				i = -1
				for j := len(stack) - 1; j > 0; j-- {
					if stack[j].name == string(name) {
						i = j
						break
					}
				}
			default:
				i = find(a)
			}
			if i > 0 {
				popTo(i)
			}
		}
		off += raw
	}
	return root
}

// dropTags are elements that never hold a page's text.
var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Svg: true, atom.Math: true, atom.Head: true, atom.Nav: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Select: true, atom.Button: true, atom.Input: true, atom.Textarea: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Map: true,
	atom.Label: true, atom.Menu: true, atom.Dialog: true,
}

// junkNames are class and id words of page furniture.
var junkNames = []string{
	"nav", "menu", "footer", "foot", "header", "head", "breadcrumb", "crumb", "share", "sidebar", "side",
	"banner", "toolbar", "tool", "print", "copyright", "bottom", "topbar", "top", "login", "search",
	"related", "relate", "comment", "advert", "ad", "qrcode", "ewm", "weixin", "weibo", "location", "position",
	"pagination", "pager", "sitemap", "links", "friendlink", "dh", "daohang", "fenxiang", "dayin",
}

// isJunkNode is the rule for page furniture: a dropped element
// (dropTags), a hidden element, an ARIA role of navigation, banner,
// contentinfo, complementary or search, or a class or id word (split at
// -, _ and spaces, and at the usual prefixes) that names a menu, footer,
// header, share bar and the like — unless the element also names itself
// content, article, main, text or detail.
func isJunkNode(n *hnode) bool {
	if dropTags[n.tag] {
		return true
	}
	if n.hasAttr("hidden") || hiddenStyle(n.attr("style")) {
		return true
	}
	switch strings.ToLower(n.attr("role")) {
	case "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar":
		return true
	}
	if n.tag == atom.Header && n.parent != nil {
		return true
	}
	words := classWords(n.attr("class") + " " + n.attr("id"))
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		switch w {
		case "content", "article", "main", "text", "detail", "zw", "zhengwen", "body", "con", "wzy", "txt", "news":
			return false
		}
	}
	for _, w := range words {
		for _, j := range junkNames {
			if w == j {
				return true
			}
		}
	}
	return false
}

// classWords splits class and id values into lower-case words.
func classWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' || (r >= '0' && r <= '9')
	})
}

// htmlBlockTags are the elements that start a new paragraph.
var htmlBlockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Pre: true, atom.Blockquote: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Table: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Caption: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Center: true, atom.Address: true, atom.Hr: true, atom.Br: true,
	atom.Body: true, atom.Html: true, atom.Figure: true, atom.Figcaption: true, atom.Header: true,
}

// textStats are the text an element holds, in characters.
type textStats struct {
	text, link int
}

// htmlPage holds what is measured once per element of a page.
type htmlPage struct {
	memo   map[*hnode]textStats
	layout map[*hnode]bool
}

func newHTMLPage() *htmlPage {
	return &htmlPage{memo: map[*hnode]textStats{}, layout: map[*hnode]bool{}}
}

// stats measures the text of n's subtree, skipping junk.
func (pg *htmlPage) stats(n *hnode) textStats {
	if s, ok := pg.memo[n]; ok {
		return s
	}
	var s textStats
	if n.tag == 0 {
		s.text = textLen(n.text)
	} else if !isJunkNode(n) {
		for _, c := range n.children {
			cs := pg.stats(c)
			s.text += cs.text
			s.link += cs.link
		}
		if n.tag == atom.A {
			s.link = s.text
		}
	}
	pg.memo[n] = s
	return s
}

// textLen counts the characters of s that are not white space.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		if r > ' ' && r != 0xA0 && r != 0x3000 {
			n++
		}
	}
	return n
}

// mainNode is the rule for a page's main text: every run of text scores
// its length for the block element holding it, half for that element's
// parent and a quarter for the grandparent (a <p>'s score goes to its
// container in full; a data table scores as one paragraph of the
// container it is in, past wrappers that hold only it (tableBox); links
// score nothing); the element with the highest score
// wins, and its ancestors are taken while each adds at most a quarter
// more text (a title above the article, the date line) and is not mostly
// links.
func (pg *htmlPage) mainNode(root *hnode) *hnode {
	pg.stats(root)
	score := map[*hnode]float64{}
	add := func(box *hnode, w float64) {
		score[box] += w
		if box.parent != nil {
			score[box.parent] += w / 2
			if box.parent.parent != nil {
				score[box.parent.parent] += w / 4
			}
		}
	}
	var walk func(n *hnode)
	walk = func(n *hnode) {
		if n.tag == 0 || isJunkNode(n) {
			return
		}
		if n.tag == atom.Table && !pg.isLayoutTable(n) {
			if n.parent != nil {
				st := pg.stats(n)
				add(pg.tableBox(n), float64(st.text-st.link))
			}
			return
		}
		// The inline text directly in n (not in a block child).
		inline := 0
		for _, c := range n.children {
			if c.tag == 0 {
				inline += textLen(c.text)
			} else if !htmlBlockTags[c.tag] && c.tag != atom.A && !isJunkNode(c) {
				st := pg.stats(c)
				inline += st.text - st.link
			}
		}
		if inline > 0 && n.tag != atom.A {
			box := n
			if n.tag == atom.P || n.tag == atom.Li || n.tag == atom.Span || n.tag == atom.Font || isHeadingTag(n.tag) {
				if n.parent != nil {
					box = n.parent
				}
			}
			add(box, float64(inline))
		}
		for _, c := range n.children {
			walk(c)
		}
	}
	walk(root)
	var best *hnode
	for n, s := range score {
		if best == nil || s > score[best] || (s == score[best] && n.off < best.off) {
			best = n
		}
	}
	if best == nil {
		return root
	}
	for best.parent != nil {
		p := best.parent
		ps, bs := pg.memo[p], pg.memo[best]
		added := ps.text - bs.text
		addedLinks := ps.link - bs.link
		if float64(added) > 0.25*float64(bs.text)+20 || (added > 0 && float64(addedLinks) > 0.5*float64(added)) {
			break
		}
		best = p
	}
	return best
}

// tableBox is the rule for the container a data table scores for: its
// parent, or above it while the parent holds nothing but the table (a
// <center> or <div> a word processor wraps each table in), so that a
// document's tables score for the article that holds them all and not
// each for its own wrapper.
func (pg *htmlPage) tableBox(t *hnode) *hnode {
	box := t.parent
	own := pg.stats(t).text
	for box.parent != nil && pg.stats(box).text == own {
		box = box.parent
	}
	return box
}

func isHeadingTag(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// htmlDocument turns the page's main text into blocks.
func htmlDocument(root *hnode, name string) *doc.Document {
	d := &doc.Document{Name: name}
	pg := newHTMLPage()
	main := pg.mainNode(root)
	w := &htmlWriter{d: d, pg: pg, budget: newCellBudget()}
	w.walk(main)
	w.flush()
	attachTableParagraphs(d)
	// A page whose article carries no heading gets the page's first h1,
	// else its <title> with the site's name cut off.
	if !hasHeading(d) {
		if t, off := pageTitle(root, main); t != "" {
			blocks := append([]doc.Block{{Kind: doc.Heading, Level: 1, Text: t, Source: doc.Source{Offset: off}}}, d.Blocks...)
			renumber(d, blocks)
		}
	}
	return d
}

func hasHeading(d *doc.Document) bool {
	for _, b := range d.Blocks {
		if b.Kind == doc.Heading {
			return true
		}
	}
	return false
}

// pageTitle returns the first h1 outside the main node, else the <title>
// cut at its last separator (标题_网站名, 标题 - 网站名).
func pageTitle(root, main *hnode) (string, int) {
	var h1, title *hnode
	var find func(n *hnode)
	find = func(n *hnode) {
		if h1 != nil {
			return
		}
		if n.tag == atom.H1 && textLen(nodeText(n)) > 0 {
			h1 = n
			return
		}
		if n.tag == atom.Title && title == nil {
			title = n
		}
		for _, c := range n.children {
			find(c)
		}
	}
	find(root)
	if h1 != nil {
		return doc.CleanText(nodeText(h1)), h1.off
	}
	if title != nil {
		t := doc.CleanText(nodeText(title))
		for _, sep := range []string{"_", " - ", "-", "|", "｜", " — "} {
			if i := strings.Index(t, sep); i > 0 && utf8.RuneCountInString(t[:i]) >= 4 {
				t = strings.TrimSpace(t[:i])
				break
			}
		}
		return t, title.off
	}
	return "", 0
}

// isFootnoteMark is the rule for a note's mark set as a superscript
// after a figure or a name (285000<sup>1</sup>, 粮食<sup>[2]</sup>,
// <sup>①</sup>, <sup>*</sup>): left out, so that it joins no number's
// digits; before is the text written so far. A superscript after a Latin
// letter is an exponent of a unit (m<sup>2</sup>) and stays.
func isFootnoteMark(n *hnode, before string) bool {
	if n.tag != atom.Sup {
		return false
	}
	var text strings.Builder
	var collect func(n *hnode)
	collect = func(n *hnode) {
		if n.tag == 0 {
			text.WriteString(n.text)
		}
		for _, c := range n.children {
			if text.Len() > 32 {
				return
			}
			collect(c)
		}
	}
	collect(n)
	mark := strings.TrimSpace(text.String())
	if mark == "" || utf8.RuneCountInString(mark) > 4 {
		return false
	}
	for _, r := range mark {
		if !(r >= '0' && r <= '9' || strings.ContainsRune("[]()（）【】*＊", r) || r >= '①' && r <= '⑳') {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " "))
	return !(last < utf8.RuneSelf && unicode.IsLetter(last))
}

// nodeText returns the text of n's subtree.
func nodeText(n *hnode) string {
	var b strings.Builder
	var walk func(n *hnode)
	walk = func(n *hnode) {
		if n.tag == 0 {
			b.WriteString(n.text)
			return
		}
		if n.tag == atom.Script || n.tag == atom.Style || isFootnoteMark(n, b.String()) {
			return
		}
		if n.tag == atom.Br {
			b.WriteByte('\n')
		}
		for _, c := range n.children {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// htmlWriter collects the blocks of the main node.
type htmlWriter struct {
	d      *doc.Document
	pg     *htmlPage
	budget *cellBudget
	para   strings.Builder
	off    int  // offset of the paragraph's first text
	total  int  // characters of the paragraph
	boldN  int  // of them inside <b>, <strong> or bold style
	level  int  // heading level of the paragraph being collected, 0 none
	align  bool // the paragraph's block is centred
	// titled is set once a heading was written.
	titled bool
}

// flush ends the paragraph being collected.
func (w *htmlWriter) flush() {
	text := doc.CleanText(w.para.String())
	w.para.Reset()
	level, align, bold := w.level, w.align, w.total > 0 && w.boldN >= w.total
	w.total, w.boldN = 0, 0
	if text == "" || IsBoilerplateLine(text) {
		return
	}
	src := doc.Source{Offset: w.off}
	titled := w.titled
	w.titled = true
	switch {
	case level > 0:
		w.d.Add(doc.Block{Kind: doc.Heading, Level: level, Text: text, Source: src})
	case (align || bold) && isTitleLine(text) && utf8.RuneCountInString(text) <= 40:
		// A short centred or bold paragraph is a title or heading.
		lvl := 2
		if align && !titled {
			lvl = 1
		} else if !align {
			lvl = 3
		}
		w.d.Add(doc.Block{Kind: doc.Heading, Level: lvl, Text: text, Source: src})
	case headingLevelOf(text) > 0:
		// A numbered heading written as a plain paragraph (二、财政收支),
		// as the text reader takes it.
		w.d.Add(doc.Block{Kind: doc.Heading, Level: headingLevelOf(text), Text: text, Source: src})
	default:
		w.titled = titled
		w.d.Add(doc.Block{Kind: doc.Paragraph, Text: text, Source: src})
	}
}

// text adds text to the paragraph.
func (w *htmlWriter) text(s string, off int, bold bool) {
	if w.para.Len() == 0 {
		lead := len(s) - len(strings.TrimLeft(s, " \t\r\n\u3000\u00a0"))
		w.off = off + lead
	}
	w.para.WriteString(s)
	n := textLen(s)
	w.total += n
	if bold {
		w.boldN += n
	}
}

// isCentred reports whether an element is centred (align=center, <center>,
// text-align:center).
func isCentred(n *hnode) bool {
	if n.tag == atom.Center || strings.EqualFold(n.attr("align"), "center") {
		return true
	}
	st := strings.ReplaceAll(strings.ToLower(n.attr("style")), " ", "")
	return strings.Contains(st, "text-align:center")
}

// walk writes n's subtree.
func (w *htmlWriter) walk(n *hnode) { w.walkIn(n, false) }

func (w *htmlWriter) walkIn(n *hnode, bold bool) {
	if n.tag == 0 {
		w.text(n.text, n.off, bold)
		return
	}
	if isJunkNode(n) || isFootnoteMark(n, w.para.String()) {
		return
	}
	switch {
	case n.tag == atom.Br || n.tag == atom.Hr:
		w.flush()
		return
	case n.tag == atom.Table && !w.pg.isLayoutTable(n):
		w.flush()
		w.table(n)
		return
	case isHeadingTag(n.tag):
		w.flush()
		w.level = int(n.name[1] - '0')
		for _, c := range n.children {
			w.walkIn(c, bold)
		}
		w.flush()
		w.level = 0
		return
	}
	block := htmlBlockTags[n.tag]
	if block {
		w.flush()
		if isCentred(n) {
			w.align = true
		}
	}
	b := bold || n.tag == atom.B || n.tag == atom.Strong || strings.Contains(strings.ToLower(n.attr("style")), "font-weight:bold") || strings.Contains(strings.ToLower(n.attr("style")), "font-weight: bold")
	for _, c := range n.children {
		w.walkIn(c, b)
	}
	if block {
		w.flush()
		if isCentred(n) {
			w.align = false
		}
	}
}

// isLayoutTable is the rule for a table used for page layout rather than
// data: a cell holds another table, a block element (a paragraph, a list,
// a heading) with more than 60 characters, three paragraphs (or two with
// more than 60 characters), or more than 200 characters; a cell that is a
// note (注：…, 资料来源：…) counts for nothing.
func (pg *htmlPage) isLayoutTable(t *hnode) bool {
	if v, ok := pg.layout[t]; ok {
		return v
	}
	layout := false
	var walk func(n *hnode, inCell bool)
	walk = func(n *hnode, inCell bool) {
		if layout || n.tag == 0 {
			return
		}
		if n != t && n.tag == atom.Table {
			if inCell {
				layout = true
			}
			return
		}
		if inCell {
			switch n.tag {
			case atom.P, atom.Div, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote:
				if pg.stats(n).text > 60 {
					layout = true
					return
				}
			}
		}
		if (n.tag == atom.Td || n.tag == atom.Th) && isNoteCell(n) {
			return // a data table's note row: no sign of layout
		}
		if n.tag == atom.Td || n.tag == atom.Th {
			st := pg.stats(n)
			if st.text > 200 {
				layout = true
				return
			}
			// Paragraphs in a cell: three, or two with more than 60
			// characters between them.
			blocks := 0
			for _, c := range n.children {
				if c.tag != 0 && htmlBlockTags[c.tag] && c.tag != atom.Br && pg.stats(c).text > 0 {
					blocks++
				}
			}
			if blocks >= 3 || (blocks == 2 && st.text > 60) {
				layout = true
				return
			}
			inCell = true
		}
		for _, c := range n.children {
			walk(c, inCell)
		}
	}
	walk(t, false)
	pg.layout[t] = layout
	return layout
}

// isNoteCell reports a table cell that is a note (注：…, 资料来源：…), as
// tables put in their last row however long it is.
func isNoteCell(n *hnode) bool {
	return doc.IsNoteLine(doc.CleanText(nodeText(n)))
}

// table writes a data table.
func (w *htmlWriter) table(t *hnode) {
	b := w.budget.builder()
	var caption string
	rows := 0
	var rowsOf func(n *hnode)
	rowsOf = func(n *hnode) {
		for _, c := range n.children {
			switch {
			case c.tag == atom.Caption:
				caption = doc.CleanText(nodeText(c))
			case c.tag == atom.Tr:
				b.Row()
				rows++
				for _, cell := range c.children {
					if cell.tag != atom.Td && cell.tag != atom.Th {
						continue
					}
					rs, _ := strconv.Atoi(strings.TrimSpace(cell.attr("rowspan")))
					cs, _ := strconv.Atoi(strings.TrimSpace(cell.attr("colspan")))
					off := cell.off
					if first := firstText(cell); first != nil {
						off = first.off + len(first.text) - len(strings.TrimLeft(first.text, " \t\r\n\u3000\u00a0"))
					}
					b.Cell(nodeText(cell), rs, cs, doc.Source{Offset: off})
				}
			case c.tag == atom.Thead || c.tag == atom.Tbody || c.tag == atom.Tfoot:
				rowsOf(c)
			}
		}
	}
	rowsOf(t)
	tb, err := b.Table()
	if err != nil || tb.NumRows() == 0 {
		w.text(nodeText(t), t.off, false)
		w.flush()
		return
	}
	w.budget.spend(tb)
	tb.Caption = caption
	tb.Source = doc.Source{Offset: t.off}
	tb.Normalize()
	w.d.Add(doc.Block{Kind: doc.TableBlock, Table: tb, Source: tb.Source})
}

// firstText returns the first text node of n's subtree.
func firstText(n *hnode) *hnode {
	if n.tag == 0 {
		return n
	}
	for _, c := range n.children {
		if t := firstText(c); t != nil {
			return t
		}
	}
	return nil
}
