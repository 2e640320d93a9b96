package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// officeTemplate is a template as a Chinese Word saves one: localised
// style ids ("a" for Normal, "1" for heading 1), a theme, and a section of
// US Letter with one-inch margins. Written here by hand.
func officeTemplate(t testing.TB) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	add := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	add("word/styles.xml", xmlHeader+`<w:styles xmlns:w="`+wNS+`">`+
		`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr></w:rPrDefault></w:docDefaults>`+
		`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:rPr><w:rFonts w:eastAsia="方正黑体_GBK"/></w:rPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="asTableText"><w:name w:val="office table"/></w:style>`+
		`</w:styles>`)
	add("word/theme/theme1.xml", xmlHeader+`<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements/></a:theme>`)
	add("word/document.xml", xmlHeader+`<w:document xmlns:w="`+wNS+`"><w:body><w:p/>`+
		`<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`+
		`</w:body></w:document>`)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReferenceStylesAndPage(t *testing.T) {
	tpl := officeTemplate(t)
	ref, err := ParseReference(bytes.NewReader(tpl), int64(len(tpl)))
	if err != nil {
		t.Fatal(err)
	}
	p := parts(t, build(t, sampleDoc(t, 3), Options{Reference: ref}))
	doc := string(p["word/document.xml"])
	styles := string(p["word/styles.xml"])
	// The template's heading 1 (id "1") is used, not ours.
	if !strings.Contains(doc, `<w:pStyle w:val="1"/>`) || strings.Contains(doc, `<w:pStyle w:val="Heading1"/>`) {
		t.Error("headings do not use the template's heading 1")
	}
	if !strings.Contains(styles, `w:eastAsia="方正黑体_GBK"`) || strings.Count(styles, `<w:name w:val="heading 1"/>`) != 1 {
		t.Error("the template's heading 1 is not the one defined")
	}
	// Styles the template lacks are ours, based on its Normal ("a"); our
	// id that the template already uses for another style is renamed.
	if !strings.Contains(styles, `<w:name w:val="Title"/><w:basedOn w:val="a"/>`) {
		t.Error("Title is not added on the template's Normal")
	}
	if !strings.Contains(styles, `w:styleId="asasTableText"><w:name w:val="annualstat Table Text"/>`) ||
		!strings.Contains(doc, `<w:pStyle w:val="asasTableText"/>`) {
		t.Error("a style id taken by the template was not renamed")
	}
	if sz := attr(t, []byte(doc), "pgSz"); sz["w"] != "12240" || sz["h"] != "15840" {
		t.Errorf("page %v, want the template's Letter 12240 × 15840", sz)
	}
	if mar := attr(t, []byte(doc), "pgMar"); mar["top"] != "1440" || mar["left"] != "1440" {
		t.Errorf("margins %v, want the template's 1440", mar)
	}
	if p["word/theme/theme1.xml"] == nil || !strings.Contains(string(p["word/_rels/document.xml.rels"]), "theme/theme1.xml") ||
		!strings.Contains(string(p["[Content_Types].xml"]), "/word/theme/theme1.xml") {
		t.Error("the template's theme is not carried over")
	}
	// A picture at the template's text width: 12240 − 2 × 1440 = 9360
	// twips = 5943600 EMU.
	if ext := attr(t, []byte(doc), "extent"); ext["cx"] != "5943600" {
		t.Errorf("picture %s EMU wide, want 5943600", ext["cx"])
	}
}

func TestReferenceRejects(t *testing.T) {
	for name, b := range map[string][]byte{
		"not a zip": []byte("PK? no"),
		"no styles": func() []byte {
			var b bytes.Buffer
			zw := zip.NewWriter(&b)
			w, _ := zw.Create("word/document.xml")
			w.Write([]byte("<x/>"))
			zw.Close()
			return b.Bytes()
		}(),
	} {
		if _, err := ParseReference(bytes.NewReader(b), int64(len(b))); err == nil {
			t.Errorf("%s: accepted", name)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
	if _, err := ReadReference(filepath.Join(t.TempDir(), "missing.docx")); err == nil || !strings.Contains(err.Error(), "missing.docx") {
		t.Errorf("missing file: %v", err)
	}
}

// TestLibreOfficeReference takes a template LibreOffice writes itself (a
// document converted to .docx) and checks that the result still opens and
// prints the text.
func TestLibreOfficeReference(t *testing.T) {
	bin := tool(t, "libreoffice-writer-nogui", "soffice", "libreoffice")
	dir := t.TempDir()
	src := filepath.Join(dir, "template.html")
	if err := writeFile(src, "<html><body><h1>标题</h1><p>正文</p></body></html>"); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "docx:MS Word 2007 XML", "--outdir", dir, src)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	ref, err := ReadReference(filepath.Join(dir, "template.docx"))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.docx")
	if err := WriteFile(context.Background(), out, sampleDoc(t, 30), Options{Reference: ref}); err != nil {
		t.Fatal(err)
	}
	pages := pdfPages(t, toPDF(t, out))
	flat := regexp.MustCompile(`\s+`).ReplaceAllString(strings.Join(pages, ""), "")
	for _, s := range []string{"某区2022年市场主体发展情况", "表1主要指标完成情况", "其中：分项30", "2023年2月22日"} {
		if !strings.Contains(flat, s) {
			t.Errorf("the PDF lacks %q", s)
		}
	}
}
