package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Reference is what a document takes from an office's own template
// (a .docx, or a .dotx saved as .docx): its styles, theme, font table,
// numbering definitions and the page setup of its last section.
type Reference struct {
	styles    []byte            // word/styles.xml
	styleIDs  map[string]string // lower-case style name → style id
	ids       map[string]bool   // every style id of styles
	theme     []byte
	fontTable []byte
	numbering []byte
	page      *pageSetup // nil: the template's document has no page setup
}

// maxPart bounds what is read of one part of a template.
const maxPart = 32 << 20

// ReadReference reads the template at path (see ParseReference).
func ReadReference(path string) (*Reference, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reference document: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("reference document: %w", err)
	}
	ref, err := ParseReference(f, st.Size())
	if err != nil {
		return nil, fmt.Errorf("reference document %s: %w", path, err)
	}
	return ref, nil
}

// ParseReference reads a template from r, a zip archive of size bytes.
// It must hold word/styles.xml; the theme, font table, numbering and
// word/document.xml's page setup are taken when present.
func ParseReference(r io.ReaderAt, size int64) (*Reference, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("not a .docx (zip) file: %w", err)
	}
	files := map[string]*zip.File{}
	var themes []string
	for _, f := range zr.File {
		files[f.Name] = f
		if strings.HasPrefix(f.Name, "word/theme/") && path.Ext(f.Name) == ".xml" {
			themes = append(themes, f.Name)
		}
	}
	read := func(name string) ([]byte, error) {
		f, ok := files[name]
		if !ok {
			return nil, nil
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if len(b) > maxPart {
			return nil, fmt.Errorf("%s: larger than %d MiB", name, maxPart>>20)
		}
		return b, nil
	}
	ref := &Reference{}
	if ref.styles, err = read("word/styles.xml"); err != nil {
		return nil, err
	}
	if ref.styles == nil {
		return nil, errors.New("no word/styles.xml: not a Word document")
	}
	if err := ref.parseStyles(); err != nil {
		return nil, fmt.Errorf("word/styles.xml: %w", err)
	}
	if len(themes) > 0 {
		slices.Sort(themes)
		if ref.theme, err = read(themes[0]); err != nil {
			return nil, err
		}
	}
	if ref.fontTable, err = read("word/fontTable.xml"); err != nil {
		return nil, err
	}
	if ref.fontTable != nil && !usesW(ref.fontTable, "fonts") {
		ref.fontTable = nil
	}
	if ref.numbering, err = read("word/numbering.xml"); err != nil {
		return nil, err
	}
	doc, err := read("word/document.xml")
	if err != nil {
		return nil, err
	}
	if doc != nil {
		if ref.page, err = parsePage(doc); err != nil {
			return nil, fmt.Errorf("word/document.xml: %w", err)
		}
	}
	return ref, nil
}

const wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// usesW reports whether the XML document b has the root element root in
// the WordprocessingML namespace under the prefix w, so that elements
// written with that prefix can be added to it.
func usesW(b []byte, root string) bool {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.RawToken()
		if err != nil {
			return false
		}
		if se, ok := tok.(xml.StartElement); ok {
			if se.Name.Space != "w" || se.Name.Local != root {
				return false
			}
			for _, a := range se.Attr {
				if a.Name.Space == "xmlns" && a.Name.Local == "w" && a.Value == wNS {
					return true
				}
			}
			return false
		}
	}
}

// parseStyles indexes the template's styles by name and id.
func (ref *Reference) parseStyles() error {
	if !usesW(ref.styles, "styles") {
		return errors.New("the root is not w:styles in the WordprocessingML namespace")
	}
	var doc struct {
		Styles []struct {
			ID   string `xml:"styleId,attr"`
			Name struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
		} `xml:"style"`
	}
	if err := xml.Unmarshal(ref.styles, &doc); err != nil {
		return err
	}
	ref.styleIDs = map[string]string{}
	ref.ids = map[string]bool{}
	for _, s := range doc.Styles {
		if s.ID == "" {
			continue
		}
		ref.ids[s.ID] = true
		if n := strings.ToLower(s.Name.Val); n != "" {
			if _, dup := ref.styleIDs[n]; !dup {
				ref.styleIDs[n] = s.ID
			}
		}
	}
	return nil
}

// parsePage reads the page size and margins of the body's section.
func parsePage(doc []byte) (*pageSetup, error) {
	type attrs struct {
		Attr []xml.Attr `xml:",any,attr"`
	}
	var d struct {
		Body struct {
			SectPr *struct {
				PgSz  *attrs `xml:"pgSz"`
				PgMar *attrs `xml:"pgMar"`
			} `xml:"sectPr"`
		} `xml:"body"`
	}
	if err := xml.Unmarshal(doc, &d); err != nil {
		return nil, err
	}
	sp := d.Body.SectPr
	if sp == nil || sp.PgSz == nil || sp.PgMar == nil {
		return nil, nil
	}
	p := defaultPage
	get := func(a *attrs, name string, dst *int) error {
		for _, at := range a.Attr {
			if at.Name.Local != name {
				continue
			}
			f, err := strconv.ParseFloat(strings.TrimSpace(at.Value), 64)
			if err != nil || f < 0 || f > 31680 { // 22 inches
				return fmt.Errorf("page setup: %s=%q is not a length in twips", name, at.Value)
			}
			*dst = int(f)
		}
		return nil
	}
	for _, g := range []struct {
		a    *attrs
		name string
		dst  *int
	}{
		{sp.PgSz, "w", &p.w}, {sp.PgSz, "h", &p.h},
		{sp.PgMar, "top", &p.top}, {sp.PgMar, "right", &p.right}, {sp.PgMar, "bottom", &p.bottom},
		{sp.PgMar, "left", &p.left}, {sp.PgMar, "header", &p.header}, {sp.PgMar, "footer", &p.footer},
		{sp.PgMar, "gutter", &p.gutter},
	} {
		if err := get(g.a, g.name, g.dst); err != nil {
			return nil, err
		}
	}
	for _, at := range sp.PgSz.Attr {
		if at.Name.Local == "orient" && at.Value == "landscape" {
			p.landscape = true
		}
	}
	if p.w-p.left-p.right-p.gutter < 1440 || p.h-p.top-p.bottom < 1440 {
		return nil, fmt.Errorf("page setup: a %d × %d twip page with margins %d, %d, %d, %d leaves less than an inch of text", p.w, p.h, p.top, p.right, p.bottom, p.left)
	}
	return &p, nil
}

// styleSet is the styles of one document: this package's, or a
// template's with this package's filling in the styles it lacks.
type styleSet struct {
	fonts Fonts
	own   []style
	ids   map[string]string // style name → the id the document uses
	ref   *Reference
}

func newStyleSet(f Fonts, ref *Reference) *styleSet {
	s := &styleSet{fonts: f, own: styles(f), ids: map[string]string{}, ref: ref}
	for i, st := range s.own {
		if ref != nil {
			if id, ok := ref.styleIDs[strings.ToLower(st.name)]; ok {
				s.ids[st.name] = id
				s.own[i].id = "" // the template's definition is used
				continue
			}
			for ref.ids[st.id] {
				st.id = "as" + st.id
			}
			s.own[i].id = st.id
		}
		s.ids[st.name] = st.id
	}
	return s
}

// id is the style id of the style called name.
func (s *styleSet) id(name string) string {
	if id, ok := s.ids[name]; ok {
		return id
	}
	return name
}

// part returns styles.xml.
func (s *styleSet) part() string {
	if s.ref == nil {
		return stylesPart(s.fonts)
	}
	var add strings.Builder
	for _, st := range s.own {
		if st.id != "" {
			styleXML(&add, st, s.id)
		}
	}
	src := string(s.ref.styles)
	end := strings.LastIndex(src, "</w:styles>")
	if end < 0 {
		// parseStyles checked the root; a self-closed root has no styles.
		return stylesPart(s.fonts)
	}
	return src[:end] + add.String() + src[end:]
}
