package font

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Limits applied to untrusted font bytes. They are far above any real font
// (NotoSansCJK-Regular.ttc, among the largest, is 19 MB with 10 faces and
// about 20 tables per face) and keep a hostile file from making the
// extractor allocate without bound.
const (
	// MaxFontBytes is the largest font file or extracted face accepted.
	MaxFontBytes = 256 << 20
	maxFaces     = 256 // faces in one collection (the same limit as x/image/font/sfnt)
	maxTables    = 256 // tables in one face (the same limit as x/image/font/sfnt)
	headMinSize  = 54  // size of a version 1.0 head table
)

// sfnt version tags and the collection tag, as big-endian uint32s.
const (
	tagTrueType   = 0x00010000
	tagOTTO       = 0x4f54544f // "OTTO": CFF outlines
	tagTrue       = 0x74727565 // "true": Apple TrueType
	tagTTCF       = 0x74746366 // "ttcf": TrueType/OpenType collection
	tagWOFF       = 0x774f4646 // "wOFF"
	tagWOFF2      = 0x774f4632 // "wOF2"
	tagTyp1       = 0x74797031 // "typ1"
	tagHead       = 0x68656164 // "head"
	tagGlyf       = 0x676c7966 // "glyf"
	tagLoca       = 0x6c6f6361 // "loca"
	tagCFF        = 0x43464620 // "CFF "
	tagCFF2       = 0x43464632 // "CFF2"
	checksumMagic = 0xb1b0afba // head.checkSumAdjustment = magic − checksum(file)
)

var errNotFont = errors.New("not a TrueType/OpenType font or collection")

// tableRecord is one entry of a face's table directory. Offsets are
// relative to the start of the file the directory was read from.
type tableRecord struct {
	tag, checksum, offset, length uint32
}

// faceDir is the table directory of one face.
type faceDir struct {
	version uint32
	tables  []tableRecord // in file order
}

// find returns the record for tag, if present.
func (d faceDir) find(tag uint32) (tableRecord, bool) {
	for _, t := range d.tables {
		if t.tag == tag {
			return t, true
		}
	}
	return tableRecord{}, false
}

// outline reports the glyph outline format of the face: TrueType when it
// has a glyf table, CFF when it has a CFF or CFF2 table.
func (d faceDir) outline() (Outline, error) {
	_, glyf := d.find(tagGlyf)
	_, cff := d.find(tagCFF)
	_, cff2 := d.find(tagCFF2)
	switch {
	case glyf:
		return TrueTypeOutline, nil
	case cff || cff2:
		return CFFOutline, nil
	}
	return 0, errors.New("no glyf, CFF or CFF2 table: the face has no outlines (bitmap-only font?)")
}

// tagString renders a table tag for messages.
func tagString(tag uint32) string {
	b := []byte{byte(tag >> 24), byte(tag >> 16), byte(tag >> 8), byte(tag)}
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return fmt.Sprintf("%#08x", tag)
		}
	}
	return string(b)
}

// sniff classifies data by its first four bytes.
func sniff(data []byte) (collection bool, err error) {
	if len(data) < 4 {
		return false, fmt.Errorf("%w: only %d bytes", errNotFont, len(data))
	}
	switch tag := binary.BigEndian.Uint32(data); tag {
	case tagTTCF:
		return true, nil
	case tagTrueType, tagOTTO, tagTrue:
		return false, nil
	case tagWOFF, tagWOFF2:
		return false, fmt.Errorf("%w: WOFF web font (%s); use the .ttf/.otf it was made from", errNotFont, tagString(tag))
	case tagTyp1:
		return false, fmt.Errorf("%w: PostScript Type 1 font in sfnt wrapper", errNotFont)
	default:
		return false, fmt.Errorf("%w: unknown signature %q", errNotFont, tagString(tag))
	}
}

// faceOffsets returns the offset of each face's table directory: the
// collection header's list for a collection, or {0} for a single font.
func faceOffsets(data []byte) ([]uint32, error) {
	coll, err := sniff(data)
	if err != nil {
		return nil, err
	}
	if !coll {
		return []uint32{0}, nil
	}
	// ttcf header: tag, majorVersion, minorVersion, numFonts, offsets[numFonts].
	if len(data) < 12 {
		return nil, fmt.Errorf("truncated collection header: %d bytes", len(data))
	}
	n := binary.BigEndian.Uint32(data[8:])
	if n == 0 || n > maxFaces {
		return nil, fmt.Errorf("collection declares %d faces (want 1 to %d)", n, maxFaces)
	}
	if uint64(len(data)) < 12+4*uint64(n) {
		return nil, fmt.Errorf("truncated collection header: %d faces need %d bytes, have %d", n, 12+4*n, len(data))
	}
	offs := make([]uint32, n)
	for i := range offs {
		offs[i] = binary.BigEndian.Uint32(data[12+4*i:])
	}
	return offs, nil
}

// NumFaces returns the number of faces in a font file: the count declared
// by a collection (.ttc, .otc), or 1 for a single font (.ttf, .otf).
func NumFaces(data []byte) (int, error) {
	offs, err := faceOffsets(data)
	if err != nil {
		return 0, fmt.Errorf("font: %w", err)
	}
	return len(offs), nil
}

// readFaceDir reads and validates the table directory at off. Every table
// must lie inside data; tags must be unique.
func readFaceDir(data []byte, off uint32) (faceDir, error) {
	var d faceDir
	if uint64(off)+12 > uint64(len(data)) {
		return d, fmt.Errorf("table directory at %d: past end of data (%d bytes)", off, len(data))
	}
	hdr := data[off:]
	d.version = binary.BigEndian.Uint32(hdr)
	switch d.version {
	case tagTrueType, tagOTTO, tagTrue:
	default:
		return d, fmt.Errorf("table directory at %d: unknown sfnt version %s", off, tagString(d.version))
	}
	n := int(binary.BigEndian.Uint16(hdr[4:]))
	if n == 0 || n > maxTables {
		return d, fmt.Errorf("table directory at %d: %d tables (want 1 to %d)", off, n, maxTables)
	}
	if uint64(off)+12+16*uint64(n) > uint64(len(data)) {
		return d, fmt.Errorf("table directory at %d: %d records run past end of data (%d bytes)", off, n, len(data))
	}
	d.tables = make([]tableRecord, n)
	seen := make(map[uint32]bool, n)
	for i := range d.tables {
		b := data[uint64(off)+12+16*uint64(i):]
		t := tableRecord{
			tag:      binary.BigEndian.Uint32(b),
			checksum: binary.BigEndian.Uint32(b[4:]),
			offset:   binary.BigEndian.Uint32(b[8:]),
			length:   binary.BigEndian.Uint32(b[12:]),
		}
		if seen[t.tag] {
			return d, fmt.Errorf("table %q listed twice", tagString(t.tag))
		}
		seen[t.tag] = true
		if uint64(t.offset)+uint64(t.length) > uint64(len(data)) {
			return d, fmt.Errorf("table %q at %d+%d: past end of data (%d bytes)", tagString(t.tag), t.offset, t.length, len(data))
		}
		d.tables[i] = t
	}
	return d, nil
}

// inspect returns the table directory of face index of data (a single
// font or a collection) without copying anything.
func inspect(data []byte, index int) (faceDir, error) {
	offs, err := faceOffsets(data)
	if err != nil {
		return faceDir{}, err
	}
	if index < 0 || index >= len(offs) {
		if len(offs) == 1 {
			return faceDir{}, fmt.Errorf("face index %d out of range: not a collection, the only face is 0", index)
		}
		return faceDir{}, fmt.Errorf("face index %d out of range: the collection has faces 0 to %d", index, len(offs)-1)
	}
	d, err := readFaceDir(data, offs[index])
	if err != nil {
		return d, fmt.Errorf("face %d: %w", index, err)
	}
	return d, nil
}

// ExtractFace returns face index of a TrueType/OpenType collection (.ttc,
// .otc) as a standalone font file, the form fpdf and
// golang.org/x/image/font/opentype.Parse accept. Given a single font and
// index 0 it returns the same font rewritten in canonical form.
//
// The result has a fresh table directory sorted by tag, with
//
//	searchRange   = 16 × 2^⌊log₂ numTables⌋
//	entrySelector = ⌊log₂ numTables⌋
//	rangeShift    = 16 × numTables − searchRange,
//
// each table copied to a 4-byte aligned offset and zero-padded to a
// multiple of 4 bytes, every table checksum recomputed (the sum of the
// table's big-endian uint32 words, head counted with checkSumAdjustment =
// 0), and head.checkSumAdjustment = 0xB1B0AFBA − (sum of the whole file's
// words).
//
// collection is untrusted: every offset and length is bounds-checked, the
// face and table counts are capped at 256, the output at [MaxFontBytes],
// and malformed input gives an error, never a panic. ExtractFace does not
// modify collection; the result shares no memory with it.
func ExtractFace(collection []byte, index int) ([]byte, error) {
	b, err := extractFace(collection, index)
	if err != nil {
		return nil, fmt.Errorf("font: extract face %d: %w", index, err)
	}
	return b, nil
}

func extractFace(data []byte, index int) ([]byte, error) {
	if len(data) > MaxFontBytes {
		return nil, fmt.Errorf("%d bytes: larger than the %d-byte limit", len(data), MaxFontBytes)
	}
	d, err := inspect(data, index)
	if err != nil {
		return nil, err
	}
	head, ok := d.find(tagHead)
	if !ok {
		return nil, errors.New("no head table")
	}
	if head.length < headMinSize {
		return nil, fmt.Errorf("head table is %d bytes, want at least %d", head.length, headMinSize)
	}

	// Tables may overlap in the source (shared data), so the sum of their
	// lengths is not bounded by len(data); bound it explicitly.
	size := uint64(12 + 16*len(d.tables))
	for _, t := range d.tables {
		size += pad4(uint64(t.length))
	}
	if size > MaxFontBytes || size > 2*uint64(len(data))+uint64(16*maxTables) {
		return nil, fmt.Errorf("tables add up to %d bytes, more than the source allows", size)
	}
	tables := make(map[string][]byte, len(d.tables))
	for _, t := range d.tables {
		tag := string([]byte{byte(t.tag >> 24), byte(t.tag >> 16), byte(t.tag >> 8), byte(t.tag)})
		if _, dup := tables[tag]; dup {
			return nil, fmt.Errorf("table %s appears twice", tagString(t.tag))
		}
		body := data[t.offset : uint64(t.offset)+uint64(t.length)]
		if t.tag == tagHead {
			// checkSumAdjustment is recomputed for the new file.
			body = append([]byte(nil), body...)
			binary.BigEndian.PutUint32(body[8:], 0)
		}
		tables[tag] = body
	}
	return assemble(d.version, tables), nil
}

// pad4 rounds n up to a multiple of 4.
func pad4(n uint64) uint64 { return (n + 3) &^ 3 }

// checksum is the OpenType table checksum: the uint32 sum of b read as
// big-endian words, the last one zero-padded.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var last [4]byte
		copy(last[:], b)
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}
