package font

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"

	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// verifySFNT checks the structural promises of ExtractFace on out, using
// only the OpenType specification: a sorted directory with the binary
// search fields, 4-byte aligned tables with zero padding, table checksums,
// and the whole-file checksum 0xB1B0AFBA. It returns the tables by tag.
func verifySFNT(t *testing.T, out []byte) map[string][]byte {
	t.Helper()
	if len(out) < 12 || len(out)%4 != 0 {
		t.Fatalf("length %d: want ≥ 12 and a multiple of 4", len(out))
	}
	n := int(binary.BigEndian.Uint16(out[4:]))
	pow := 1
	for pow*2 <= n {
		pow *= 2
	}
	log := 0
	for 1<<log < pow {
		log++
	}
	if got := binary.BigEndian.Uint16(out[6:]); int(got) != 16*pow {
		t.Errorf("searchRange = %d, want %d for %d tables", got, 16*pow, n)
	}
	if got := binary.BigEndian.Uint16(out[8:]); int(got) != log {
		t.Errorf("entrySelector = %d, want %d", got, log)
	}
	if got := binary.BigEndian.Uint16(out[10:]); int(got) != 16*n-16*pow {
		t.Errorf("rangeShift = %d, want %d", got, 16*n-16*pow)
	}
	tables := map[string][]byte{}
	prev := ""
	end := 12 + 16*n
	for i := range n {
		r := out[12+16*i:]
		tag := string(r[:4])
		sum := binary.BigEndian.Uint32(r[4:])
		off := int(binary.BigEndian.Uint32(r[8:]))
		ln := int(binary.BigEndian.Uint32(r[12:]))
		if tag <= prev {
			t.Errorf("table %q after %q: directory not sorted", tag, prev)
		}
		prev = tag
		if off%4 != 0 {
			t.Errorf("table %q at offset %d: not 4-byte aligned", tag, off)
		}
		if off != end {
			t.Errorf("table %q at offset %d, want %d (tables packed in order)", tag, off, end)
		}
		padded := (ln + 3) &^ 3
		if off+padded > len(out) {
			t.Fatalf("table %q at %d+%d past end %d", tag, off, padded, len(out))
		}
		for _, b := range out[off+ln : off+padded] {
			if b != 0 {
				t.Errorf("table %q: non-zero padding", tag)
			}
		}
		body := append([]byte(nil), out[off:off+padded]...)
		if tag == "head" {
			binary.BigEndian.PutUint32(body[8:], 0)
		}
		if want := testChecksum(body); sum != want {
			t.Errorf("table %q checksum %#x, want %#x", tag, sum, want)
		}
		tables[tag] = out[off : off+ln]
		end = off + padded
	}
	if end != len(out) {
		t.Errorf("tables end at %d, file at %d", end, len(out))
	}
	if got := testChecksum(out); got != 0xb1b0afba {
		t.Errorf("whole-file checksum %#x, want 0xb1b0afba (head.checkSumAdjustment wrong)", got)
	}
	return tables
}

func TestExtractFaceCollection(t *testing.T) {
	faces := []synthOpts{
		{family: "Synth Hei", runes: probeRunes("")},
		{family: "Synth Hei Mono", runes: []rune("0123")},
		{family: "Synth CFF", runes: []rune("abc"), cff: true},
	}
	coll := synthCollection(faces...)
	// The synthetic collection has the defect of the WenQuanYi files:
	// x/image cannot read its faces directly.
	if c, err := opentype.ParseCollection(coll); err == nil {
		if _, err := c.Font(0); err == nil {
			t.Fatal("precondition: x/image parsed face 0 of the unaligned collection; the test input is too easy")
		}
	}
	n, err := NumFaces(coll)
	if err != nil || n != len(faces) {
		t.Fatalf("NumFaces = %d, %v; want %d", n, err, len(faces))
	}
	for i, fo := range faces {
		out, err := ExtractFace(coll, i)
		if err != nil {
			t.Fatalf("face %d: %v", i, err)
		}
		tables := verifySFNT(t, out)
		want := synthTables(fo)
		if len(tables) != len(want) {
			t.Errorf("face %d: %d tables, want %d", i, len(tables), len(want))
		}
		for tag, w := range want {
			got := tables[tag]
			if tag == "head" {
				got = append([]byte(nil), got...)
				binary.BigEndian.PutUint32(got[8:], 0)
			}
			if !bytes.Equal(got, w) {
				t.Errorf("face %d table %q: content differs from the source", i, tag)
			}
		}
		wantVersion := uint32(tagTrueType)
		if fo.cff {
			wantVersion = tagOTTO
		}
		if v := binary.BigEndian.Uint32(out); v != wantVersion {
			t.Errorf("face %d: sfnt version %#x, want %#x", i, v, wantVersion)
		}
		f, err := opentype.Parse(out)
		if err != nil {
			t.Fatalf("face %d: opentype.Parse: %v", i, err)
		}
		name, err := f.Name(nil, sfnt.NameIDFamily)
		if err != nil || name != fo.family {
			t.Errorf("face %d: family %q, %v; want %q", i, name, err, fo.family)
		}
		var buf sfnt.Buffer
		for _, r := range fo.runes {
			if gi, err := f.GlyphIndex(&buf, r); err != nil || gi == 0 {
				t.Errorf("face %d: rune %q: glyph %d, %v", i, r, gi, err)
				break
			}
		}
		// Canonical form is a fixed point: extracting again changes nothing.
		again, err := ExtractFace(out, 0)
		if err != nil || !bytes.Equal(again, out) {
			t.Errorf("face %d: re-extraction differs (err %v)", i, err)
		}
	}
}

func TestExtractFaceSingleFont(t *testing.T) {
	src := synthFont(synthOpts{family: "Single", runes: []rune("年")})
	out, err := ExtractFace(src, 0)
	if err != nil {
		t.Fatal(err)
	}
	verifySFNT(t, out)
	if _, err := ExtractFace(src, 1); err == nil || !strings.Contains(err.Error(), "out of range") {
		t.Errorf("index 1 of a single font: err = %v, want out of range", err)
	}
}

func TestExtractFaceMalformed(t *testing.T) {
	good := synthCollection(synthOpts{family: "A", runes: []rune("a")})
	mut := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	dir := int(binary.BigEndian.Uint32(good[12:])) // face 0 directory
	rec := func(b []byte, tag string) []byte {
		n := int(binary.BigEndian.Uint16(b[dir+4:]))
		for i := range n {
			r := b[dir+12+16*i:]
			if string(r[:4]) == tag {
				return r
			}
		}
		t.Fatalf("no %q record", tag)
		return nil
	}
	tests := []struct {
		name  string
		data  []byte
		index int
		want  string
	}{
		{"empty", nil, 0, "not a TrueType"},
		{"short", []byte("ttc"), 0, "not a TrueType"},
		{"text", []byte("hello, world"), 0, "unknown signature"},
		{"woff", []byte("wOFF\x00\x01\x00\x00"), 0, "WOFF"},
		{"truncated header", []byte("ttcf\x00\x01\x00\x00"), 0, "truncated"},
		{"zero faces", mut(func(b []byte) []byte { binary.BigEndian.PutUint32(b[8:], 0); return b }), 0, "0 faces"},
		{"too many faces", mut(func(b []byte) []byte { binary.BigEndian.PutUint32(b[8:], 1<<30); return b }), 0, "faces"},
		{"negative index", good, -1, "out of range"},
		{"index past end", good, 1, "out of range"},
		{"directory past end", mut(func(b []byte) []byte { binary.BigEndian.PutUint32(b[12:], uint32(len(b))); return b }), 0, "past end"},
		{"no tables", mut(func(b []byte) []byte { binary.BigEndian.PutUint16(b[dir+4:], 0); return b }), 0, "0 tables"},
		{"records past end", mut(func(b []byte) []byte { binary.BigEndian.PutUint16(b[dir+4:], 200); return b }), 0, "past end"},
		{"bad version", mut(func(b []byte) []byte { copy(b[dir:], "abcd"); return b }), 0, "sfnt version"},
		{"table past end", mut(func(b []byte) []byte {
			binary.BigEndian.PutUint32(rec(b, "glyf")[8:], 0xfffffff0)
			return b
		}), 0, "past end"},
		{"table length overflow", mut(func(b []byte) []byte {
			binary.BigEndian.PutUint32(rec(b, "cmap")[12:], 0xffffffff)
			return b
		}), 0, "past end"},
		{"duplicate tag", mut(func(b []byte) []byte { copy(rec(b, "post"), "name"); return b }), 0, "twice"},
		{"no head", mut(func(b []byte) []byte { copy(rec(b, "head"), "hexd"); return b }), 0, "no head"},
		{"short head", mut(func(b []byte) []byte { binary.BigEndian.PutUint32(rec(b, "head")[12:], 20); return b }), 0, "head table is 20 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := ExtractFace(tt.data, tt.index)
			if err == nil {
				t.Fatalf("got %d bytes, want error containing %q", len(out), tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to contain %q", err, tt.want)
			}
			if _, err := Parse(tt.data, tt.index); err == nil {
				t.Errorf("Parse accepted what ExtractFace rejected")
			}
		})
	}
}

// Overlapping tables (every record pointing at the same large block) must
// not make the output explode.
func TestExtractFaceOverlapBound(t *testing.T) {
	const n = 200
	data := make([]byte, 12+16*n+4096)
	copy(data, "\x00\x01\x00\x00")
	binary.BigEndian.PutUint16(data[4:], n)
	for i := range n {
		r := data[12+16*i:]
		binary.BigEndian.PutUint32(r, uint32(0x61616100+i)) // distinct tags
		binary.BigEndian.PutUint32(r[8:], uint32(12+16*n))
		binary.BigEndian.PutUint32(r[12:], 4096)
	}
	copy(data[12:], "head") // a head is needed to get that far
	if _, err := ExtractFace(data, 0); err == nil || !strings.Contains(err.Error(), "add up to") {
		t.Errorf("err = %v, want the size bound to trip", err)
	}
}
