package font

import (
	"encoding/binary"
	"sort"
	"unicode/utf16"
)

// Tiny synthetic fonts for tests and fuzz seeds. They are built here from
// the OpenType specification, so no third-party font file is committed.
// Every glyph is empty; what matters is the table structure and the cmap.

type synthOpts struct {
	family string
	runes  []rune // mapped to glyphs 1..len(runes); glyph 0 is .notdef
	cff    bool   // CFF outlines ("OTTO") instead of glyf/loca
	fsType uint16 // OS/2.fsType
	shape  bool   // CFF glyphs 1… draw shapeCharstring instead of nothing
}

func be16(b []byte, v int) []byte { return binary.BigEndian.AppendUint16(b, uint16(v)) }
func be32(b []byte, v uint32) []byte {
	return binary.BigEndian.AppendUint32(b, v)
}

// synthTables returns the tables of a synthetic face, by tag.
func synthTables(o synthOpts) map[string][]byte {
	runes := append([]rune(nil), o.runes...)
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	// Drop duplicates and runes a format 4 cmap cannot hold.
	var rs []rune
	for _, r := range runes {
		if r <= 0xfffe && (len(rs) == 0 || rs[len(rs)-1] != r) {
			rs = append(rs, r)
		}
	}
	numGlyphs := len(rs) + 1
	t := map[string][]byte{}

	head := make([]byte, 54)
	binary.BigEndian.PutUint32(head[0:], 0x00010000)
	binary.BigEndian.PutUint32(head[12:], 0x5f0f3cf5) // magicNumber
	binary.BigEndian.PutUint16(head[18:], 1000)       // unitsPerEm
	binary.BigEndian.PutUint16(head[40:], 1000)       // xMax
	binary.BigEndian.PutUint16(head[42:], 1000)       // yMax
	t["head"] = head

	hhea := make([]byte, 36)
	binary.BigEndian.PutUint32(hhea[0:], 0x00010000)
	binary.BigEndian.PutUint16(hhea[4:], 880)                 // ascender
	binary.BigEndian.PutUint16(hhea[6:], uint16(0x10000-120)) // descender
	binary.BigEndian.PutUint16(hhea[34:], uint16(numGlyphs))  // numberOfHMetrics
	t["hhea"] = hhea

	var hmtx []byte
	for range numGlyphs {
		hmtx = be16(hmtx, 1000)
		hmtx = be16(hmtx, 0)
	}
	t["hmtx"] = hmtx

	// cmap: one format 4 subtable (3,1), one segment per rune plus the
	// final 0xFFFF segment.
	seg := len(rs) + 1
	var sub []byte
	sub = be16(sub, 4)
	sub = be16(sub, 16+8*seg)
	sub = be16(sub, 0)
	sub = be16(sub, 2*seg)
	sr := 2
	for sr*2 <= seg {
		sr *= 2
	}
	es := 0
	for 1<<(es+1) <= seg {
		es++
	}
	sub = be16(sub, 2*sr)
	sub = be16(sub, es)
	sub = be16(sub, 2*seg-2*sr)
	for _, r := range rs {
		sub = be16(sub, int(r))
	}
	sub = be16(sub, 0xffff)
	sub = be16(sub, 0) // reservedPad
	for _, r := range rs {
		sub = be16(sub, int(r))
	}
	sub = be16(sub, 0xffff)
	for i, r := range rs {
		sub = be16(sub, (i+1-int(r))&0xffff) // idDelta: glyph = r + delta
	}
	sub = be16(sub, 1)
	for range seg {
		sub = be16(sub, 0) // idRangeOffset
	}
	var cmap []byte
	cmap = be16(cmap, 0)
	cmap = be16(cmap, 1)
	cmap = be16(cmap, 3)
	cmap = be16(cmap, 1)
	cmap = be32(cmap, 12)
	t["cmap"] = append(cmap, sub...)

	// name: format 0, family (ID 1) in Windows Unicode English.
	u := utf16.Encode([]rune(o.family))
	var name []byte
	name = be16(name, 0)
	name = be16(name, 1)
	name = be16(name, 6+12)
	name = be16(name, 3)
	name = be16(name, 1)
	name = be16(name, 0x409)
	name = be16(name, 1)
	name = be16(name, 2*len(u))
	name = be16(name, 0)
	for _, c := range u {
		name = be16(name, int(c))
	}
	t["name"] = name

	post := make([]byte, 32)
	binary.BigEndian.PutUint32(post, 0x00030000)
	t["post"] = post

	os2 := make([]byte, 78) // version 0
	binary.BigEndian.PutUint16(os2[4:], 400)
	binary.BigEndian.PutUint16(os2[8:], o.fsType)
	t["OS/2"] = os2

	if o.cff {
		maxp := make([]byte, 6)
		binary.BigEndian.PutUint32(maxp, 0x00005000)
		binary.BigEndian.PutUint16(maxp[4:], uint16(numGlyphs))
		t["maxp"] = maxp
		t["CFF "] = synthCFF(numGlyphs, o.shape)
		return t
	}
	maxp := make([]byte, 32)
	binary.BigEndian.PutUint32(maxp, 0x00010000)
	binary.BigEndian.PutUint16(maxp[4:], uint16(numGlyphs))
	t["maxp"] = maxp
	var loca []byte
	for range numGlyphs + 1 {
		loca = be16(loca, 0) // every glyph empty
	}
	t["loca"] = loca
	t["glyf"] = []byte{}
	return t
}

// shapeCharstring is a Type 2 charstring, encoded by hand: move to
// (100,100), a line to (400,100), a cubic through the control points
// (400,350) and (350,400) to (100,400), and the implied closing line.
// Numbers: v+139 for |v| ≤ 107; 247,v−108 for 108…363; 251,−v−108 for
// −363…−108.
var shapeCharstring = []byte{
	239, 239, 21, // 100 100 rmoveto
	247, 192, 139, 5, // 300 0 rlineto
	139, 247, 142, 89, 189, 251, 142, 139, 8, // 0 250 -50 50 -250 0 rrcurveto
	14, // endchar
}

// The shape's cubic in font units (y up): start, controls, end.
var shapeCubic = [4][2]float64{{400, 100}, {400, 350}, {350, 400}, {100, 400}}

// synthCFF is a bare CFF table: one font, numGlyphs charstrings that are
// each a lone endchar (or, with shape, glyphs 1… drawing shapeCharstring),
// an empty private dict.
func synthCFF(numGlyphs int, shape bool) []byte {
	const fontName = "Synth"
	nameIdx := []byte{0, 1, 1, 1, byte(1 + len(fontName))}
	nameIdx = append(nameIdx, fontName...)
	const dictLen = 17
	topIdxLen := 2 + 1 + 2 + dictLen
	csOff := 4 + len(nameIdx) + topIdxLen + 2 + 2
	glyph := func(i int) []byte {
		if shape && i > 0 {
			return shapeCharstring
		}
		return []byte{14} // endchar
	}
	var cs []byte
	cs = be16(cs, numGlyphs)
	cs = append(cs, 2) // offSize: offsets are uint16
	off := 1
	cs = be16(cs, off)
	for i := range numGlyphs {
		off += len(glyph(i))
		cs = be16(cs, off)
	}
	for i := range numGlyphs {
		cs = append(cs, glyph(i)...)
	}
	privOff := csOff + len(cs)
	num := func(b []byte, v int) []byte { return be32(append(b, 29), uint32(v)) }
	var dict []byte
	dict = num(dict, csOff)
	dict = append(dict, 17) // CharStrings
	dict = num(dict, 0)
	dict = num(dict, privOff)
	dict = append(dict, 18) // Private
	out := []byte{1, 0, 4, 1}
	out = append(out, nameIdx...)
	out = append(out, 0, 1, 1, 1, byte(1+len(dict)))
	out = append(out, dict...)
	out = append(out, 0, 0) // String INDEX
	out = append(out, 0, 0) // Global Subr INDEX
	out = append(out, cs...)
	return out
}

// synthFont returns a well-formed single font: sorted directory, aligned
// and zero-padded tables, correct checksums.
func synthFont(o synthOpts) []byte {
	t := synthTables(o)
	version := uint32(tagTrueType)
	if o.cff {
		version = tagOTTO
	}
	tags := make([]string, 0, len(t))
	for tag := range t {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	n := len(tags)
	out := be32(nil, version)
	out = be16(out, n)
	sr := 1
	for sr*2 <= n {
		sr *= 2
	}
	es := 0
	for 1<<(es+1) <= n {
		es++
	}
	out = be16(out, 16*sr)
	out = be16(out, es)
	out = be16(out, 16*n-16*sr)
	pos := 12 + 16*n
	var body []byte
	for _, tag := range tags {
		d := t[tag]
		out = append(out, tag...)
		out = be32(out, testChecksum(d))
		out = be32(out, uint32(pos+len(body)))
		out = be32(out, uint32(len(d)))
		body = append(body, d...)
		for len(body)%4 != 0 {
			body = append(body, 0)
		}
	}
	out = append(out, body...)
	return out
}

// synthCollection packs faces (built by synthTables) into a ttcf
// collection laid out like the WenQuanYi and AR PL files that
// x/image/font/sfnt rejects: tables at odd offsets, records unsorted, and
// the tables that are byte-identical across faces stored once.
func synthCollection(faces ...synthOpts) []byte {
	type rec struct {
		tag          string
		sum, off, ln uint32
	}
	hdrLen := 12 + 4*len(faces)
	dirLen := 0
	tabs := make([]map[string][]byte, len(faces))
	for i, f := range faces {
		tabs[i] = synthTables(f)
		dirLen += 12 + 16*len(tabs[i])
	}
	data := make([]byte, hdrLen+dirLen)
	copy(data, "ttcf")
	binary.BigEndian.PutUint32(data[4:], 0x00010000)
	binary.BigEndian.PutUint32(data[8:], uint32(len(faces)))
	stored := map[string]uint32{}
	dirPos := hdrLen
	for i, f := range faces {
		t := tabs[i]
		tags := make([]string, 0, len(t))
		for tag := range t {
			tags = append(tags, tag)
		}
		sort.Sort(sort.Reverse(sort.StringSlice(tags))) // unsorted on purpose
		binary.BigEndian.PutUint32(data[12+4*i:], uint32(dirPos))
		version := uint32(tagTrueType)
		if f.cff {
			version = tagOTTO
		}
		d := data[dirPos:]
		binary.BigEndian.PutUint32(d, version)
		binary.BigEndian.PutUint16(d[4:], uint16(len(tags)))
		for j, tag := range tags {
			b := t[tag]
			off, ok := stored[string(b)+"\x00"+tag]
			if !ok {
				data = append(data, 0xAA) // misalign
				off = uint32(len(data))
				data = append(data, b...)
				stored[string(b)+"\x00"+tag] = off
			}
			r := data[dirPos+12+16*j:]
			copy(r, tag)
			binary.BigEndian.PutUint32(r[4:], 0xdeadbeef) // wrong on purpose
			binary.BigEndian.PutUint32(r[8:], off)
			binary.BigEndian.PutUint32(r[12:], uint32(len(b)))
		}
		dirPos += 12 + 16*len(tags)
	}
	return data
}

// testChecksum is the OpenType checksum, written independently of the
// package's.
func testChecksum(b []byte) uint32 {
	var s uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		s += uint32(w[0])<<24 | uint32(w[1])<<16 | uint32(w[2])<<8 | uint32(w[3])
	}
	return s
}

// probeRunes returns the runes of Probe plus extra.
func probeRunes(extra string) []rune { return []rune(Probe + extra) }
