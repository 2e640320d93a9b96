package font

import (
	"encoding/binary"
	"sort"
)

// assemble writes a single-face sfnt file from its tables (keyed by tag):
// the table directory sorted by tag with its binary-search fields, each
// table 4-byte aligned and zero-padded, each table's checksum, and
// head.checkSumAdjustment. The head table's checkSumAdjustment must be
// zero on entry.
func assemble(version uint32, tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	size := 12 + 16*len(tables)
	for tag, b := range tables {
		tags = append(tags, tag)
		size += int(pad4(uint64(len(b))))
	}
	sort.Strings(tags)
	n := len(tags)
	sel := 0
	for 1<<(sel+1) <= n {
		sel++
	}
	searchRange := 16 << sel
	out := make([]byte, 0, size)
	out = binary.BigEndian.AppendUint32(out, version)
	out = binary.BigEndian.AppendUint16(out, uint16(n))
	out = binary.BigEndian.AppendUint16(out, uint16(searchRange))
	out = binary.BigEndian.AppendUint16(out, uint16(sel))
	out = binary.BigEndian.AppendUint16(out, uint16(16*n-searchRange))
	off := 12 + 16*n
	headOff := -1
	for _, tag := range tags {
		b := tables[tag]
		if tag == "head" {
			headOff = off
		}
		out = append(out, tag...)
		out = binary.BigEndian.AppendUint32(out, checksum(b))
		out = binary.BigEndian.AppendUint32(out, uint32(off))
		out = binary.BigEndian.AppendUint32(out, uint32(len(b)))
		off += int(pad4(uint64(len(b))))
	}
	for _, tag := range tags {
		out = append(out, tables[tag]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	if headOff >= 0 && headOff+12 <= len(out) {
		binary.BigEndian.PutUint32(out[headOff+8:], checksumMagic-checksum(out))
	}
	return out
}
