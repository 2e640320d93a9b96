// Package fonttest builds a stand-in CJK font for examples and tests
// that must run on a machine without a Chinese font: a TrueType font,
// written from the OpenType specification, whose every glyph is a filled
// box. Text set in it has the right structure (the PDF's text can be copied
// back, charts are laid out and inked) but reads as boxes, so it serves
// only where the output is checked by machine, never as a real font.
package fonttest

import (
	"encoding/binary"
	"slices"
	"sync"
	"unicode/utf16"
)

// Ranges are the characters [TTF] maps, as inclusive ranges: printable
// ASCII, Latin-1, general punctuation, letter-like symbols, number forms,
// arrows, mathematical operators, enclosed numbers, box drawing and
// geometric shapes, CJK symbols and punctuation, the
// CJK Unified Ideographs of the BMP, and the half-width and full-width
// forms: any Chinese text a report prints.
var Ranges = [][2]rune{
	{0x20, 0x7e}, {0xa0, 0xff}, {0x2000, 0x206f}, {0x2100, 0x22ff}, {0x2460, 0x25ff},
	{0x3000, 0x303f}, {0x4e00, 0x9fff}, {0xff00, 0xffef},
}

var (
	once sync.Once
	ttf  []byte
)

// TTF returns a TrueType font (family "Fonttest Box") mapping every
// character of [Ranges] to a box glyph 1000 units wide (800 high). The
// font is built once; callers must not modify it.
func TTF() []byte {
	once.Do(func() { ttf = build() })
	return ttf
}

func build() []byte {
	n := 1 // glyph 0 is .notdef
	for _, r := range Ranges {
		n += int(r[1]-r[0]) + 1
	}
	t := map[string][]byte{}

	head := make([]byte, 54)
	put32(head[0:], 0x00010000)
	put32(head[12:], 0x5f0f3cf5) // magicNumber
	put16(head[16:], 0x000b)     // flags: baseline at 0, integer ppem, lsb at x=0
	put16(head[18:], 1000)       // unitsPerEm
	put16(head[36:], 50)         // xMin
	put16(head[38:], 0)          // yMin
	put16(head[40:], 950)        // xMax
	put16(head[42:], 800)        // yMax
	put16(head[50:], 1)          // indexToLocFormat: long
	t["head"] = head

	hhea := make([]byte, 36)
	put32(hhea[0:], 0x00010000)
	put16(hhea[4:], 880)                 // ascender
	put16(hhea[6:], uint16(0x10000-120)) // descender
	put16(hhea[10:], 1000)               // advanceWidthMax
	put16(hhea[34:], 2)                  // numberOfHMetrics: the rest share the last
	t["hhea"] = hhea

	maxp := make([]byte, 32)
	put32(maxp[0:], 0x00010000)
	put16(maxp[4:], uint16(n))
	put16(maxp[6:], 4)  // maxPoints
	put16(maxp[8:], 1)  // maxContours
	put16(maxp[14:], 2) // maxZones
	t["maxp"] = maxp

	// Every glyph but .notdef: one closed square contour through (50,0),
	// (950,0), (950,800), (50,800), as int16 deltas.
	var box []byte
	box = app16(box, 1)                       // numberOfContours
	box = app16(box, 50, 0, 950, 800)         // bounding box
	box = app16(box, 3)                       // endPtsOfContours
	box = app16(box, 0)                       // instructionLength
	box = append(box, 0x01, 0x01, 0x01, 0x01) // flags: on-curve, int16 x and y
	box = app16(box, 50, 900, 0, uint16(0x10000-900))
	box = app16(box, 0, 0, 800, 0)
	glyf := make([]byte, 0, len(box)*n)
	loca := make([]byte, 0, 4*(n+1))
	for i := range n {
		loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
		if i > 0 {
			glyf = append(glyf, box...)
		}
	}
	loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
	hmtx := app16(nil, 1000, 50, 1000, 50)
	for range n - 2 {
		hmtx = app16(hmtx, 50) // left side bearings of the rest
	}
	t["glyf"], t["loca"], t["hmtx"] = glyf, loca, hmtx

	t["cmap"] = cmap4(Ranges)
	t["name"] = name("Fonttest Box")
	post := make([]byte, 32)
	put32(post, 0x00030000)
	t["post"] = post
	os2 := make([]byte, 78) // version 0
	put16(os2[2:], 1000)    // xAvgCharWidth
	put16(os2[4:], 400)     // usWeightClass
	put16(os2[6:], 5)       // usWidthClass
	put16(os2[68:], 880)    // sTypoAscender
	put16(os2[70:], uint16(0x10000-120))
	put16(os2[74:], 880) // usWinAscent
	put16(os2[76:], 120) // usWinDescent
	t["OS/2"] = os2
	return assemble(t)
}

func put16(b []byte, v uint16) { binary.BigEndian.PutUint16(b, v) }
func put32(b []byte, v uint32) { binary.BigEndian.PutUint32(b, v) }

func app16(b []byte, vs ...uint16) []byte {
	for _, v := range vs {
		b = binary.BigEndian.AppendUint16(b, v)
	}
	return b
}

// cmap4 maps the ranges to consecutive glyphs from 1 in one format 4
// subtable of platform 3, encoding 1: one segment per range, then the
// final 0xFFFF segment.
func cmap4(ranges [][2]rune) []byte {
	seg := len(ranges) + 1
	sr := 1
	for sr*2 <= seg {
		sr *= 2
	}
	es := 0
	for 1<<(es+1) <= seg {
		es++
	}
	var sub []byte
	sub = app16(sub, 4, uint16(16+8*seg), 0, uint16(2*seg), uint16(2*sr), uint16(es), uint16(2*seg-2*sr))
	for _, r := range ranges {
		sub = app16(sub, uint16(r[1]))
	}
	sub = app16(sub, 0xffff, 0) // last endCode, reservedPad
	for _, r := range ranges {
		sub = app16(sub, uint16(r[0]))
	}
	sub = app16(sub, 0xffff)
	gid := 1
	for _, r := range ranges {
		sub = app16(sub, uint16(gid-int(r[0]))) // idDelta, modulo 65536
		gid += int(r[1]-r[0]) + 1
	}
	sub = app16(sub, 1)
	for range seg {
		sub = app16(sub, 0) // idRangeOffset
	}
	out := app16(nil, 0, 1, 3, 1)
	out = binary.BigEndian.AppendUint32(out, 12)
	return append(out, sub...)
}

// name is a format 0 name table with the family (ID 1), subfamily (2),
// full name (4) and PostScript name (6).
func name(family string) []byte {
	ids := []struct {
		id uint16
		s  string
	}{{1, family}, {2, "Regular"}, {4, family}, {6, "FonttestBox"}}
	out := app16(nil, 0, uint16(len(ids)), uint16(6+12*len(ids)))
	var strs []byte
	for _, e := range ids {
		u := utf16.Encode([]rune(e.s))
		out = app16(out, 3, 1, 0x409, e.id, uint16(2*len(u)), uint16(len(strs)))
		for _, c := range u {
			strs = app16(strs, c)
		}
	}
	return append(out, strs...)
}

// assemble writes the tables as one sfnt: sorted directory, checksums,
// 4-byte aligned tables, head.checkSumAdjustment.
func assemble(t map[string][]byte) []byte {
	tags := make([]string, 0, len(t))
	for tag := range t {
		tags = append(tags, tag)
	}
	slices.Sort(tags)
	n := len(tags)
	sel := 0
	for 1<<(sel+1) <= n {
		sel++
	}
	out := binary.BigEndian.AppendUint32(nil, 0x00010000)
	out = app16(out, uint16(n), uint16(16<<sel), uint16(sel), uint16(16*n-16<<sel))
	off := 12 + 16*n
	headAt := 0
	for _, tag := range tags {
		b := t[tag]
		if tag == "head" {
			headAt = off
		}
		out = append(out, tag...)
		out = binary.BigEndian.AppendUint32(out, checksum(b))
		out = binary.BigEndian.AppendUint32(out, uint32(off))
		out = binary.BigEndian.AppendUint32(out, uint32(len(b)))
		off += (len(b) + 3) &^ 3
	}
	for _, tag := range tags {
		out = append(out, t[tag]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	put32(out[headAt+8:], 0xb1b0afba-checksum(out))
	return out
}

func checksum(b []byte) uint32 {
	var s uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		s += binary.BigEndian.Uint32(w[:])
	}
	return s
}
