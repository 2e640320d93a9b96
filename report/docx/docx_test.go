package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// testPNG is a w × h picture with a frame, drawn without any font.
func testPNG(t testing.TB, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.RGBA{0xff, 0xff, 0xff, 0xff}
			if x < 3 || y < 3 || x >= w-3 || y >= h-3 || (x > w/4 && x < w/2 && y > h/3) {
				c = color.RGBA{0x2e, 0x75, 0xb6, 0xff}
			}
			img.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// sampleDoc is a document with every kind of block and a table of rows
// rows, long enough to run over pages.
func sampleDoc(t testing.TB, rows int) *Document {
	tb := &Table{
		Label: "表1", Caption: "主要指标完成情况", Unit: "单位：户、万元",
		Header: [][]Cell{
			{{Text: "指标", RowSpan: 2}, {Text: "单位", RowSpan: 2}, {Text: "数值", Span: 2}, {Text: "比上年增长（%）", RowSpan: 2}},
			{{Text: "2021年"}, {Text: "2022年"}},
		},
		Numeric: []bool{false, false, true, true, true},
		Notes:   []string{"注：1.“—”表示无此项或无意义。", "2.带*的数值为推算数。"},
		Source:  "资料来源：区市场监督管理局",
	}
	for i := range rows {
		r := Row{Cells: []string{fmt.Sprintf("指标第%d项", i+1), "户", fmt.Sprintf("%d", 1000+i), fmt.Sprintf("%d", 1100+2*i), "10.00"}}
		if i%5 != 0 {
			r.Level = 1
			r.Cells[0] = fmt.Sprintf("其中：分项%d", i+1)
		}
		tb.Rows = append(tb.Rows, r)
	}
	tb.Rows = append(tb.Rows, Row{Cells: []string{"合计", "户", "1", "2", "—"}, Bold: true})
	return &Document{
		Title:    "某区2022年市场主体发展情况\n统计附表",
		Subtitle: "（2022年）",
		Org:      "某区统计局",
		Date:     time.Date(2023, 2, 22, 15, 4, 5, 0, time.UTC),
		Blocks: []Block{
			&Heading{Level: 1, Text: "一、总体情况"},
			&Paragraph{Text: "2022年，全区实有市场主体28716户，比上年增长12.33%。A&B <c> \"q\" 'a'\x00\x01\x0b\uFFFE。"},
			&Heading{Level: 2, Text: "（一）分行业情况"},
			&Paragraph{Text: "第二段\t正文。"},
			tb,
			&Figure{Label: "图1", Caption: "主要指标对比", PNG: testPNG(t, 400, 250), Source: "资料来源：区统计局"},
		},
	}
}

func build(t testing.TB, d *Document, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// parts reads every part of a package, checking that each XML part is
// well-formed.
func parts(t testing.TB, pkg []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = b
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			d := xml.NewDecoder(bytes.NewReader(b))
			for {
				_, err := d.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%s is not well-formed: %v", f.Name, err)
				}
			}
		}
	}
	return out
}

// attr finds the first element named local (in any namespace) and
// returns its attributes by local name.
func attr(t testing.TB, doc []byte, local string) map[string]string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	for {
		tok, err := d.Token()
		if err != nil {
			t.Fatalf("no element %s", local)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == local {
			m := map[string]string{}
			for _, a := range se.Attr {
				m[a.Name.Local] = a.Value
			}
			return m
		}
	}
}

func TestPageIsGBT9704(t *testing.T) {
	p := parts(t, build(t, sampleDoc(t, 3), Options{}))
	doc := p["word/document.xml"]
	sz := attr(t, doc, "pgSz")
	if sz["w"] != "11906" || sz["h"] != "16838" {
		t.Errorf("page %s × %s twips, want A4 11906 × 16838", sz["w"], sz["h"])
	}
	mar := attr(t, doc, "pgMar")
	// 37 mm = 2098, 35 mm = 1984, 28 mm = 1587, 26 mm = 1474 twips.
	want := map[string]string{"top": "2098", "bottom": "1984", "left": "1587", "right": "1474"}
	for k, v := range want {
		if mar[k] != v {
			t.Errorf("margin %s = %s twips, want %s", k, mar[k], v)
		}
	}
	styles := string(p["word/styles.xml"])
	for _, s := range []string{
		`w:eastAsia="方正小标宋简体"`, `w:eastAsia="仿宋_GB2312"`, `w:eastAsia="黑体"`, `w:eastAsia="楷体_GB2312"`,
		`w:ascii="Times New Roman"`, `<w:sz w:val="44"/>`, `<w:sz w:val="32"/>`, `w:line="579" w:lineRule="exact"`,
	} {
		if !strings.Contains(styles, s) {
			t.Errorf("styles.xml lacks %s", s)
		}
	}
	ft := string(p["word/fontTable.xml"])
	if !strings.Contains(ft, `<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>`) {
		t.Errorf("font table gives 方正小标宋简体 no fallback 宋体:\n%s", ft)
	}
	footer := string(p["word/footer1.xml"])
	if !strings.Contains(footer, "— </w:t>") || !strings.Contains(footer, " PAGE ") || !strings.Contains(footer, " —</w:t>") {
		t.Errorf("footer is not — PAGE —: %s", footer)
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/settings.xml",
		"word/footer2.xml", "docProps/core.xml", "docProps/app.xml", "word/media/image1.png"} {
		if p[name] == nil {
			t.Errorf("package lacks %s", name)
		}
	}
	core := string(p["docProps/core.xml"])
	if !strings.Contains(core, ">2023-02-22T00:00:00Z</dcterms:created>") {
		t.Errorf("core.xml does not carry the document's date: %s", core)
	}
}

func TestTableAndText(t *testing.T) {
	p := parts(t, build(t, sampleDoc(t, 12), Options{}))
	doc := string(p["word/document.xml"])
	if n := strings.Count(doc, "<w:tblHeader/>"); n != 2 {
		t.Errorf("%d header rows marked to repeat, want 2", n)
	}
	if !strings.Contains(doc, `<w:vMerge w:val="restart"/>`) || !strings.Contains(doc, `<w:gridSpan w:val="2"/>`) {
		t.Error("merged header cells missing")
	}
	// Two header rows with 2 + 3 merged cells above each other: each
	// row has five grid columns' worth of cells.
	rows := strings.Split(doc, "<w:tr>")[1:]
	for i, r := range rows[:2] {
		n := strings.Count(r, "<w:tc>") + strings.Count(r, `<w:gridSpan w:val="2"/>`)
		if n != 5 {
			t.Errorf("header row %d covers %d columns, want 5", i+1, n)
		}
	}
	if !strings.Contains(doc, `其中：分项2</w:t>`) || !strings.Contains(doc, `<w:ind w:left="240"/>`) {
		t.Error("其中 rows are not indented")
	}
	if !strings.Contains(doc, `<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">1002</w:t>`) {
		t.Error("numbers are not right-aligned")
	}
	for _, s := range []string{"表1 主要指标完成情况", "单位：户、万元", "注：1.“—”表示无此项或无意义。", "资料来源：区市场监督管理局",
		"图1 主要指标对比", "某区统计局", "2023年2月22日", "A&amp;B &lt;c&gt; &quot;q&quot; &apos;a&apos;。", "第二段</w:t><w:tab/>"} {
		if !strings.Contains(doc, s) {
			t.Errorf("document.xml lacks %q", s)
		}
	}
	if strings.ContainsAny(doc, "\x00\x01\x0b\uFFFE") {
		t.Error("characters XML cannot carry were written")
	}
	// The picture: 400 × 250 pixels at the text width (8845 twips =
	// 5616575 EMU), so 3510359 EMU high (5616575 × 250 / 400).
	ext := attr(t, []byte(doc), "extent")
	if ext["cx"] != "5616575" || ext["cy"] != "3510359" {
		t.Errorf("picture extent %s × %s EMU, want 5616575 × 3510359", ext["cx"], ext["cy"])
	}
	// The last block (the figure) is kept with the signature, which
	// never stands alone on a page.
	if !strings.Contains(doc, `<w:pStyle w:val="asFigureCaption"/><w:keepNext/>`) {
		t.Error("the last figure's caption is not kept with the signature")
	}
	rels := string(p["word/_rels/document.xml.rels"])
	if !strings.Contains(rels, `Id="rIdImage1"`) || !strings.Contains(rels, `Target="media/image1.png"`) {
		t.Errorf("no relationship for the picture: %s", rels)
	}
}

func TestByteIdentical(t *testing.T) {
	a := build(t, sampleDoc(t, 40), Options{})
	time.Sleep(1100 * time.Millisecond) // a zip time from the clock would differ now
	b := build(t, sampleDoc(t, 40), Options{})
	if !bytes.Equal(a, b) {
		t.Fatal("two builds of the same document differ")
	}
	d := sampleDoc(t, 40)
	d.Date = d.Date.AddDate(0, 0, 1)
	if bytes.Equal(a, build(t, d, Options{})) {
		t.Fatal("another date gives the same bytes")
	}
}

func TestBadInput(t *testing.T) {
	for name, d := range map[string]*Document{
		"not a png":  {Blocks: []Block{&Figure{Label: "图2", PNG: []byte("GIF89a")}}},
		"wide row":   {Blocks: []Block{&Table{Label: "表3", Header: [][]Cell{{{Text: "a"}, {Text: "b"}}}, Rows: []Row{{Cells: []string{"1", "2"}}}, Widths: []float64{1}}}},
		"wide head":  {Blocks: []Block{&Table{Label: "表4", Header: [][]Cell{{{Text: "a", RowSpan: 2}, {Text: "b"}}, {{Text: "c"}, {Text: "d"}}}}}},
		"nil block":  {Blocks: []Block{nil}},
		"no columns": {Blocks: []Block{&Table{Label: "表5"}}},
	} {
		err := Write(io.Discard, d, Options{})
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if name != "nil block" && !strings.Contains(err.Error(), "block 1") {
			t.Errorf("%s: error does not say which block: %v", name, err)
		}
		t.Logf("%s: %v", name, err)
	}
	if err := Write(io.Discard, nil, Options{}); err == nil {
		t.Error("nil document: no error")
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"正文":            "正文",
		"a\x00b\x1fc":   "abc",
		"行\r\n行":        "行\n行",
		"\xffx":         "\uFFFDx",
		"\uFFFE\uFFFFz": "z",
		"𠮷":             "𠮷",
	} {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestChineseDate(t *testing.T) {
	if got := ChineseDate(time.Date(2023, 2, 2, 23, 0, 0, 0, time.UTC)); got != "2023年2月2日" {
		t.Errorf("ChineseDate = %q", got)
	}
}

// TestAnyText writes documents of random text, control characters,
// surrogate halves' bytes and markup included, and checks that every
// part is well-formed XML and the text that XML can carry survives.
func TestAnyText(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pick := []rune("<>&\"'\x00\x01\x08\x0b\x0c\x1f\t\n\r \uFFFE\uFFFF\uFEFF\u2028中文，：；（）—…%1aZ𠮷\U0010FFFF]]>")
	str := func() string {
		var b strings.Builder
		for range rng.IntN(40) {
			if rng.IntN(10) == 0 {
				b.WriteByte(byte(0x80 + rng.IntN(0x40))) // a stray continuation byte
				continue
			}
			b.WriteRune(pick[rng.IntN(len(pick))])
		}
		return b.String()
	}
	for range 50 {
		tb := &Table{Label: str(), Caption: str(), Unit: str(), Header: [][]Cell{{{Text: str()}, {Text: str(), Span: 2}}},
			Notes: []string{str()}, Source: str()}
		for range 5 {
			tb.Rows = append(tb.Rows, Row{Cells: []string{str(), str(), str()}, Level: rng.IntN(3), Section: rng.IntN(5) == 0})
		}
		d := &Document{Title: str(), Subtitle: str(), Org: str(), Blocks: []Block{
			&Heading{Level: rng.IntN(4), Text: str()}, &Paragraph{Text: str()}, tb,
		}}
		p := parts(t, build(t, d, Options{})) // fails on malformed XML
		body := string(p["word/document.xml"])
		for _, r := range []string{"\x00", "\x01", "\x0b", "\uFFFE", "\uFFFF"} {
			if strings.Contains(body, r) {
				t.Fatalf("document.xml carries %q", r)
			}
		}
	}
}
