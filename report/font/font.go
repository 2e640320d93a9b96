package font

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode"

	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// Purpose is what a font is resolved for. It decides which outline formats
// are acceptable.
type Purpose int

const (
	// Raster is for charts drawn with gonum/plot: TrueType or CFF outlines.
	Raster Purpose = iota
	// PDF is for embedding with fpdf, which handles TrueType (glyf)
	// outlines only.
	PDF
)

// String returns "raster" or "PDF".
func (p Purpose) String() string {
	switch p {
	case Raster:
		return "raster"
	case PDF:
		return "PDF"
	}
	return fmt.Sprintf("Purpose(%d)", int(p))
}

// Outline is the glyph outline format of a face.
type Outline int

const (
	// TrueTypeOutline marks quadratic outlines in a glyf table.
	TrueTypeOutline Outline = iota + 1
	// CFFOutline marks PostScript outlines in a CFF or CFF2 table (OpenType
	// files beginning "OTTO", or such faces inside a collection).
	CFFOutline
)

// String returns "TrueType (glyf)", "CFF" or "unknown".
func (o Outline) String() string {
	switch o {
	case TrueTypeOutline:
		return "TrueType (glyf)"
	case CFFOutline:
		return "CFF"
	}
	return "unknown"
}

// Font is one parsed face, ready for both renderers. A Font returned by
// [Resolve] is shared by every caller in the process: do not modify SFNT.
type Font struct {
	Family  string  // family name from the name table ("" when it has none)
	Path    string  // file it came from ("" when parsed from bytes)
	Index   int     // face index in the source collection (0 for a single font)
	Outline Outline // glyph outline format of the face

	// SFNT is a standalone single-face font: the face extracted from a
	// collection, or the file itself. It is what fpdf's
	// AddUTF8FontFromBytes and opentype.Parse receive. OpenType reads
	// glyphs from it lazily, so it must stay unmodified; hand fpdf
	// [Font.PDFBytes], a copy, never SFNT itself.
	SFNT []byte

	// OpenType is SFNT parsed once, for gonum/plot (font.Face.Face).
	OpenType *opentype.Font

	tt ttCache // the tables Subset reads, parsed on first use
}

// String names the font for messages: family, source and face index.
func (f *Font) String() string {
	if f == nil {
		return "<nil font>"
	}
	name := f.Family
	if name == "" {
		name = "unnamed font"
	}
	src := f.Path
	if src == "" {
		src = "bytes"
	}
	return fmt.Sprintf("%q (%s, face %d)", name, src, f.Index)
}

// PDFBytes returns a fresh copy of SFNT for fpdf's AddUTF8FontFromBytes.
// fpdf v0.12.0 writes into the slice it is given (when subsetting a glyph
// past hhea.numberOfHMetrics it appends to a sub-slice of the input, which
// overwrites bytes of the hmtx table), so passing SFNT itself would corrupt
// the font shared by every caller of [Resolve] and race with concurrent
// renderers. It is for TrueType-outline fonts: fpdf cannot embed a CFF
// font, whose characters a document prints go through [Font.Subset].
func (f *Font) PDFBytes() []byte {
	if f == nil {
		return nil
	}
	return append([]byte(nil), f.SFNT...)
}

// drawn reports whether a renderer draws a glyph for r. Control characters
// and white space (including U+3000 ideographic space) are laid out as
// advances or line breaks, never as glyphs, so they need no coverage.
func drawn(r rune) bool {
	return !unicode.IsControl(r) && !unicode.IsSpace(r)
}

// Missing returns the distinct runes of s, in order of first appearance,
// for which the font has no glyph (glyph index 0, .notdef): the runes that
// would print as boxes. Control characters and white space are skipped. A
// nil Font or one without OpenType misses every rune.
func (f *Font) Missing(s string) []rune {
	var (
		missing []rune
		seen    = make(map[rune]bool)
		buf     sfnt.Buffer
	)
	for _, r := range s {
		if !drawn(r) || seen[r] {
			continue
		}
		seen[r] = true
		if f == nil || f.OpenType == nil {
			missing = append(missing, r)
			continue
		}
		if gi, err := f.OpenType.GlyphIndex(&buf, r); err != nil || gi == 0 {
			missing = append(missing, r)
		}
	}
	return missing
}

// MissingGlyphsError is the error of [Font.Covers]: the font lacks glyphs
// for some runes.
type MissingGlyphsError struct {
	Font  string // the font, as Font.String gives it
	Runes []rune // all missing runes, in order of first appearance
}

// maxNamed is how many missing runes an error message lists.
const maxNamed = 10

// Error lists up to ten missing runes as 'x' U+XXXX and counts the rest.
func (e *MissingGlyphsError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "font %s has no glyph for %d character", e.Font, len(e.Runes))
	if len(e.Runes) != 1 {
		b.WriteString("s")
	}
	b.WriteString(": ")
	for i, r := range e.Runes {
		if i == maxNamed {
			fmt.Fprintf(&b, " and %d more", len(e.Runes)-maxNamed)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s", runeName(r))
	}
	return b.String()
}

// runeName renders r as 'x' U+XXXX (the quote is omitted for runes that
// would not print).
func runeName(r rune) string {
	if unicode.IsPrint(r) {
		return fmt.Sprintf("'%c' %U", r, r)
	}
	return fmt.Sprintf("%U", r)
}

// Covers returns nil when the font has a glyph for every rune of s that a
// renderer draws, and otherwise a *[MissingGlyphsError] naming up to ten
// missing runes, e.g. '０' U+FF10, and the font.
func (f *Font) Covers(s string) error {
	if m := f.Missing(s); len(m) > 0 {
		return &MissingGlyphsError{Font: f.String(), Runes: m}
	}
	return nil
}

// Load reads the font file at path (.ttf, .otf, .ttc, .otc) and parses face
// index of it; see [Parse].
func Load(path string, index int) (*Font, error) {
	f, err := load(path, index)
	if err != nil {
		return nil, fmt.Errorf("font: %w", err)
	}
	return f, nil
}

// load is Load with errors that name the file but not the package.
func load(path string, index int) (*Font, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	if fi.Size() > MaxFontBytes {
		return nil, fmt.Errorf("%s: %d bytes, larger than the %d-byte limit", path, fi.Size(), MaxFontBytes)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f, err := parse(data, index, path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// Parse parses face index of font data: a single TrueType/OpenType font
// (index must be 0) or a collection, whose face is extracted with
// [ExtractFace]. The result's SFNT is standalone and parsed into OpenType.
// Parse checks that the face has outlines but not what it covers; see
// [Font.Covers]. data is untrusted: malformed input gives an error, never a
// panic. The Font keeps data (or the extracted copy): do not modify it.
func Parse(data []byte, index int) (*Font, error) {
	f, err := parse(data, index, "")
	if err != nil {
		return nil, fmt.Errorf("font: %w", err)
	}
	return f, nil
}

func parse(data []byte, index int, path string) (f *Font, err error) {
	if len(data) > MaxFontBytes {
		return nil, fmt.Errorf("%d bytes, larger than the %d-byte limit", len(data), MaxFontBytes)
	}
	coll, err := sniff(data)
	if err != nil {
		return nil, err
	}
	dir, err := inspect(data, index)
	if err != nil {
		return nil, err
	}
	outline, err := dir.outline()
	if err != nil {
		return nil, fmt.Errorf("face %d: %w", index, err)
	}
	sf := data
	if coll {
		if sf, err = extractFace(data, index); err != nil {
			return nil, fmt.Errorf("face %d: %w", index, err)
		}
	}
	ot, err := parseOpenType(sf)
	if err != nil && !coll {
		// x/image rejects unsorted or unaligned table directories, which
		// some fonts in the wild have; the canonical rewrite fixes both.
		if fixed, ferr := extractFace(data, 0); ferr == nil {
			if ot2, err2 := parseOpenType(fixed); err2 == nil {
				sf, ot, err = fixed, ot2, nil
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("face %d: %w", index, err)
	}
	f = &Font{Path: path, Index: index, Outline: outline, SFNT: sf, OpenType: ot}
	var buf sfnt.Buffer
	if name, err := ot.Name(&buf, sfnt.NameIDFamily); err == nil {
		f.Family = name
	}
	return f, nil
}

// parseOpenType is opentype.Parse that turns a panic inside x/image into an
// error, so hostile bytes cannot crash the caller.
func parseOpenType(b []byte) (f *opentype.Font, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("malformed font (parser panicked: %v)", r)
		}
	}()
	return opentype.Parse(b)
}

// checkPDF reports why fpdf (codeberg.org/go-pdf/fpdf, AddUTF8Font*) cannot
// embed the standalone font sf, or nil. fpdf does not report these
// problems through its Error method: it prints to standard output and fails
// later, or writes a broken PDF. The checks mirror what its TrueType reader
// needs: glyf outlines, the tables it reads, format fields it accepts, a
// Unicode format 4 cmap, and an OS/2 fsType that allows subset embedding.
func checkPDF(sf []byte) error {
	d, err := readFaceDir(sf, 0)
	if err != nil {
		return err
	}
	if d.version == tagOTTO {
		return errors.New("CFF outlines (OpenType \"OTTO\")")
	}
	if o, err := d.outline(); err != nil {
		return err
	} else if o != TrueTypeOutline {
		return fmt.Errorf("%s outlines", o)
	}
	table := func(tag string, min uint32) ([]byte, error) {
		t, ok := d.find(binary.BigEndian.Uint32([]byte(tag)))
		if !ok {
			return nil, fmt.Errorf("no %q table", tag)
		}
		if t.length < min {
			return nil, fmt.Errorf("%q table is %d bytes, want at least %d", tag, t.length, min)
		}
		return sf[t.offset : t.offset+t.length], nil
	}
	for _, tag := range []string{"hmtx", "loca", "glyf"} {
		if _, err := table(tag, 0); err != nil {
			return err
		}
	}
	if _, err := table("post", 16); err != nil {
		return err
	}
	if _, err := table("maxp", 6); err != nil {
		return err
	}
	head, err := table("head", headMinSize)
	if err != nil {
		return err
	}
	if v := binary.BigEndian.Uint16(head[52:]); v != 0 {
		return fmt.Errorf("head.glyphDataFormat is %d, fpdf reads only 0", v)
	}
	if binary.BigEndian.Uint16(head[18:]) == 0 {
		return errors.New("head.unitsPerEm is 0")
	}
	hhea, err := table("hhea", 36)
	if err != nil {
		return err
	}
	if v := binary.BigEndian.Uint16(hhea[32:]); v != 0 {
		return fmt.Errorf("hhea.metricDataFormat is %d, fpdf reads only 0", v)
	}
	if binary.BigEndian.Uint16(hhea[34:]) == 0 {
		return errors.New("hhea.numberOfHMetrics is 0")
	}
	name, err := table("name", 6)
	if err != nil {
		return err
	}
	if v := binary.BigEndian.Uint16(name); v != 0 {
		return fmt.Errorf("name table format %d, fpdf reads only format 0", v)
	}
	if err := embeddable(sf); err != nil {
		return err
	}
	cmap, err := table("cmap", 4)
	if err != nil {
		return err
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := 0; i < n && 4+8*i+8 <= len(cmap); i++ {
		rec := cmap[4+8*i:]
		pid, eid := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		off := uint64(binary.BigEndian.Uint32(rec[4:]))
		if (pid == 3 && eid == 1) || pid == 0 {
			if off+2 <= uint64(len(cmap)) && binary.BigEndian.Uint16(cmap[off:]) == 4 {
				return nil
			}
		}
	}
	return errors.New("no Unicode cmap subtable of format 4 (fpdf maps characters only through one)")
}

// embeddable reports whether the OS/2 table of the standalone font sf
// allows embedding a subset in a document (fsType neither "restricted
// license" nor "no subsetting"/"bitmap only").
func embeddable(sf []byte) error {
	d, err := readFaceDir(sf, 0)
	if err != nil {
		return err
	}
	if t, ok := d.find(binary.BigEndian.Uint32([]byte("OS/2"))); ok && t.length >= 10 {
		fsType := binary.BigEndian.Uint16(sf[t.offset+8:])
		if fsType&0x000f == 0x0002 || fsType&0x0300 != 0 {
			return fmt.Errorf("OS/2.fsType %#04x: the font's license forbids embedding a subset in a PDF", fsType)
		}
	}
	return nil
}
