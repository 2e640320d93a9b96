package font

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"

	"golang.org/x/image/font/sfnt"
)

// Why subsetting lives here: fpdf parses a UTF-8 font completely when it
// is added to a document (building maps over every character of the font)
// and again when it writes the document's subset. For a CJK font of 30,000
// glyphs that is 40–200 ms per document, most of the time of a small
// appendix; and fpdf writes into the slice it is given. So the large font
// is read once per process (table directory, loca, hmtx: ttFace) and each
// document hands fpdf a fresh small TrueType font with only the glyphs the
// document uses (Font.Subset), which fpdf parses in well under a
// millisecond. Character codes are unchanged, so text extraction is
// unaffected.

// ttFace is what subsetting needs of a TrueType font, read once.
type ttFace struct {
	sf       []byte
	ot       *sfnt.Font
	tables   map[string][]byte // raw tables by tag
	loca     []uint32          // numGlyphs+1 glyph offsets into glyf
	numHM    int               // hhea.numberOfHMetrics
	nGlyphs  int
	glyf     []byte
	hmtx     []byte
	postHead []byte // the first 32 bytes of post
	cff      bool   // CFF outlines, converted to glyf by outlineGlyph
	family   string
}

// Subset returns a standalone TrueType font holding glyph 0 and the glyphs
// of runes (with the components of composite glyphs), renumbered, and a
// format 4 cmap for runes: what a PDF embeds. Runes must be in the BMP;
// runes the font has no glyph for are left out. The font's tables are read
// once per Font, on the first call. The outlines of a CFF font (Noto
// Sans CJK, Source Han) are converted to TrueType outlines, so the result
// is always a TrueType font that fpdf can embed.
func (f *Font) Subset(runes []rune) ([]byte, error) {
	f.tt.once.Do(func() { f.tt.face, f.tt.err = parseFace(f) })
	if f.tt.err != nil {
		return nil, fmt.Errorf("subset of %s: %w", f, f.tt.err)
	}
	sub, err := f.tt.face.subset(runes)
	if err != nil {
		return nil, fmt.Errorf("subset of %s: %w", f, err)
	}
	return sub, nil
}

// ttCache is a Font's tables as subsetting reads them, parsed once.
type ttCache struct {
	once sync.Once
	face *ttFace
	err  error
}

var errShort = errors.New("truncated table")

func parseFace(f *Font) (*ttFace, error) {
	if f.OpenType == nil {
		return nil, fmt.Errorf("font %s was not parsed (use Resolve, Load or Parse)", f)
	}
	b := f.SFNT
	if len(b) < 12 {
		return nil, errShort
	}
	v := binary.BigEndian.Uint32(b)
	if v != tagTrueType && v != tagTrue && v != tagOTTO {
		return nil, fmt.Errorf("not a single TrueType/OpenType font (version %#08x)", v)
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	if 12+16*n > len(b) {
		return nil, errShort
	}
	face := &ttFace{sf: b, ot: f.OpenType, tables: make(map[string][]byte, n), family: f.Family}
	for i := range n {
		rec := b[12+16*i:]
		tag := string(rec[:4])
		off, length := uint64(binary.BigEndian.Uint32(rec[8:])), uint64(binary.BigEndian.Uint32(rec[12:]))
		if off+length > uint64(len(b)) {
			return nil, fmt.Errorf("table %q: %w", tag, errShort)
		}
		face.tables[tag] = b[off : off+length]
	}
	face.cff = f.Outline == CFFOutline
	need := []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf", "post", "name"}
	if face.cff {
		need = []string{"head", "hhea", "maxp", "hmtx", "post"}
	}
	for _, tag := range need {
		if face.tables[tag] == nil {
			return nil, fmt.Errorf("no %q table", tag)
		}
	}
	head, hhea, maxp, post := face.tables["head"], face.tables["hhea"], face.tables["maxp"], face.tables["post"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 || len(post) < 32 {
		return nil, errShort
	}
	face.nGlyphs = int(binary.BigEndian.Uint16(maxp[4:]))
	face.numHM = int(binary.BigEndian.Uint16(hhea[34:]))
	face.glyf, face.hmtx, face.postHead = face.tables["glyf"], face.tables["hmtx"], post[:32]
	if face.numHM == 0 || face.numHM > face.nGlyphs || len(face.hmtx) < 4*face.numHM+2*(face.nGlyphs-face.numHM) {
		return nil, fmt.Errorf("hmtx: %w", errShort)
	}
	if face.cff {
		if face.ot.UnitsPerEm() == 0 {
			return nil, errors.New("head.unitsPerEm is 0")
		}
		return face, nil
	}
	loca := face.tables["loca"]
	face.loca = make([]uint32, face.nGlyphs+1)
	long := binary.BigEndian.Uint16(head[50:]) == 1
	for i := range face.loca {
		if long {
			if 4*i+4 > len(loca) {
				return nil, fmt.Errorf("loca: %w", errShort)
			}
			face.loca[i] = binary.BigEndian.Uint32(loca[4*i:])
		} else {
			if 2*i+2 > len(loca) {
				return nil, fmt.Errorf("loca: %w", errShort)
			}
			face.loca[i] = 2 * uint32(binary.BigEndian.Uint16(loca[2*i:]))
		}
		if face.loca[i] > uint32(len(face.glyf)) || i > 0 && face.loca[i] < face.loca[i-1] {
			return nil, fmt.Errorf("loca entry %d out of range", i)
		}
	}
	return face, nil
}

// glyph returns the glyf data of glyph gid.
// It is empty for a CFF font, whose glyphs have no components.
func (t *ttFace) glyph(gid int) []byte {
	if t.cff {
		return nil
	}
	return t.glyf[t.loca[gid]:t.loca[gid+1]]
}

// components returns the offsets, within the glyph data g, of the glyph
// indices of a composite glyph's components (none for a simple glyph).
func components(g []byte) ([]int, error) {
	if len(g) < 10 || int16(binary.BigEndian.Uint16(g)) >= 0 {
		return nil, nil
	}
	var offs []int
	for p := 10; ; {
		if p+4 > len(g) {
			return nil, errors.New("truncated composite glyph")
		}
		flags := binary.BigEndian.Uint16(g[p:])
		offs = append(offs, p+2)
		p += 4
		if flags&0x0001 != 0 { // ARG_1_AND_2_ARE_WORDS
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&0x0008 != 0: // WE_HAVE_A_SCALE
			p += 2
		case flags&0x0040 != 0: // WE_HAVE_AN_X_AND_Y_SCALE
			p += 4
		case flags&0x0080 != 0: // WE_HAVE_A_TWO_BY_TWO
			p += 8
		}
		if flags&0x0020 == 0 { // MORE_COMPONENTS
			return offs, nil
		}
	}
}

// subset returns a standalone TrueType font with glyph 0 and the glyphs of
// runes (and the components of composite glyphs), renumbered, and a format
// 4 cmap for runes. Runes must be in the BMP; runes without a glyph are
// left out of the cmap.
func (t *ttFace) subset(runes []rune) ([]byte, error) {
	runes = slices.Clone(runes)
	slices.Sort(runes)
	runes = slices.Compact(runes)
	newID := map[int]int{0: 0}
	order := []int{0}
	add := func(old int) int {
		if id, ok := newID[old]; ok {
			return id
		}
		id := len(order)
		newID[old] = id
		order = append(order, old)
		return id
	}
	var cmap []glyphMap
	var buf sfnt.Buffer
	for _, r := range runes {
		if r > 0xffff {
			return nil, fmt.Errorf("character %U is outside the BMP", r)
		}
		gi, err := t.ot.GlyphIndex(&buf, r)
		if err != nil || gi == 0 || int(gi) >= t.nGlyphs {
			continue
		}
		cmap = append(cmap, glyphMap{r, add(int(gi))})
	}
	// Composite glyphs pull in their components (the loop sees glyphs
	// added while it runs).
	for i := 0; i < len(order); i++ {
		offs, err := components(t.glyph(order[i]))
		if err != nil {
			return nil, fmt.Errorf("glyph %d: %w", order[i], err)
		}
		for _, o := range offs {
			c := int(binary.BigEndian.Uint16(t.glyph(order[i])[o:]))
			if c >= t.nGlyphs {
				return nil, fmt.Errorf("glyph %d: component %d out of range", order[i], c)
			}
			add(c)
		}
	}
	n := len(order)

	var glyf, loca, hmtx []byte
	var maxPoints, maxContours int
	for _, old := range order {
		loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
		g := t.glyph(old)
		adv, lsb := t.metrics(old)
		if t.cff {
			var xMin, np, nc int
			var err error
			if g, xMin, np, nc, err = t.outlineGlyph(old); err != nil {
				return nil, err
			}
			lsb = uint16(int16(xMin))
			maxPoints, maxContours = max(maxPoints, np), max(maxContours, nc)
		}
		start := len(glyf)
		glyf = append(glyf, g...)
		offs, _ := components(g)
		for _, o := range offs {
			c := int(binary.BigEndian.Uint16(g[o:]))
			binary.BigEndian.PutUint16(glyf[start+o:], uint16(newID[c]))
		}
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		hmtx = binary.BigEndian.AppendUint16(hmtx, adv)
		hmtx = binary.BigEndian.AppendUint16(hmtx, lsb)
	}
	loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))

	head := slices.Clone(t.tables["head"])
	binary.BigEndian.PutUint32(head[8:], 0)  // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1) // indexToLocFormat: long
	hhea := slices.Clone(t.tables["hhea"])
	binary.BigEndian.PutUint16(hhea[34:], uint16(n))
	maxp := slices.Clone(t.tables["maxp"])
	binary.BigEndian.PutUint16(maxp[4:], uint16(n))
	if t.cff {
		maxp = maxpV1(n, maxPoints, maxContours)
	}
	post := slices.Clone(t.postHead)
	binary.BigEndian.PutUint32(post, 0x00030000) // version 3: no glyph names

	tables := map[string][]byte{
		"head": head, "hhea": hhea, "maxp": maxp, "post": post,
		"glyf": glyf, "loca": loca, "hmtx": hmtx, "cmap": cmap4(cmapRanges(cmap)),
		"name": t.tables["name"],
	}
	if t.cff {
		tables["name"] = nameTable(t.family)
	}
	for _, tag := range []string{"OS/2", "cvt ", "fpgm", "prep", "gasp"} {
		if b := t.tables[tag]; b != nil {
			tables[tag] = b
		}
	}
	return assemble(0x00010000, tables), nil
}

// metrics returns the advance width and left side bearing of glyph gid.
func (t *ttFace) metrics(gid int) (adv, lsb uint16) {
	if gid < t.numHM {
		return binary.BigEndian.Uint16(t.hmtx[4*gid:]), binary.BigEndian.Uint16(t.hmtx[4*gid+2:])
	}
	adv = binary.BigEndian.Uint16(t.hmtx[4*(t.numHM-1):])
	return adv, binary.BigEndian.Uint16(t.hmtx[4*t.numHM+2*(gid-t.numHM):])
}

// cmapRange maps the characters start…end to consecutive glyphs from gid.
type cmapRange struct {
	start, end rune
	gid        int
}

// glyphMap maps a character to a glyph of the subset.
type glyphMap struct {
	r   rune
	gid int
}

// cmapRanges groups (rune, glyph) pairs sorted by rune into runs of
// consecutive characters with consecutive glyphs.
func cmapRanges(ms []glyphMap) []cmapRange {
	var out []cmapRange
	for _, m := range ms {
		r, g := m.r, m.gid
		if k := len(out) - 1; k >= 0 && out[k].end+1 == r && out[k].gid+int(r-out[k].start) == g {
			out[k].end = r
			continue
		}
		out = append(out, cmapRange{r, r, g})
	}
	return out
}

// cmap4 builds a cmap table with one Windows Unicode BMP (3,1) subtable of
// format 4 mapping each range by idDelta.
func cmap4(ranges []cmapRange) []byte {
	ranges = append(ranges, cmapRange{0xffff, 0xffff, 0}) // the required last segment
	seg := len(ranges)
	sub := make([]byte, 0, 16+8*seg)
	pow := 1
	for pow*2 <= seg {
		pow *= 2
	}
	log2 := 0
	for 1<<log2 < pow {
		log2++
	}
	length := 16 + 8*seg
	sub = binary.BigEndian.AppendUint16(sub, 4)
	sub = binary.BigEndian.AppendUint16(sub, uint16(length))
	sub = binary.BigEndian.AppendUint16(sub, 0) // language
	sub = binary.BigEndian.AppendUint16(sub, uint16(2*seg))
	sub = binary.BigEndian.AppendUint16(sub, uint16(2*pow))
	sub = binary.BigEndian.AppendUint16(sub, uint16(log2))
	sub = binary.BigEndian.AppendUint16(sub, uint16(2*seg-2*pow))
	for _, r := range ranges {
		sub = binary.BigEndian.AppendUint16(sub, uint16(r.end))
	}
	sub = binary.BigEndian.AppendUint16(sub, 0) // reservedPad
	for _, r := range ranges {
		sub = binary.BigEndian.AppendUint16(sub, uint16(r.start))
	}
	for i, r := range ranges {
		delta := uint16(r.gid - int(r.start))
		if i == seg-1 {
			delta = 1 // 0xffff + 1 = glyph 0
		}
		sub = binary.BigEndian.AppendUint16(sub, delta)
	}
	for range ranges {
		sub = binary.BigEndian.AppendUint16(sub, 0) // idRangeOffset
	}
	out := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	return append(out, sub...)
}
