package font

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// fuzzSeeds are small synthetic fonts and damaged variants of them.
func fuzzSeeds() [][]byte {
	single := synthFont(synthOpts{family: "S", runes: []rune("a0年")})
	cff := synthFont(synthOpts{family: "C", runes: []rune("b"), cff: true})
	coll := synthCollection(synthOpts{family: "A", runes: []rune("ab")}, synthOpts{family: "B", runes: []rune("年"), cff: true})
	seeds := [][]byte{single, cff, coll, coll[:len(coll)/2], single[:60], []byte("ttcf"), []byte("OTTO\x00\x01")}
	// A collection whose only face's directory points past the end.
	bad := append([]byte(nil), coll...)
	binary.BigEndian.PutUint32(bad[12:], uint32(len(bad)-4))
	return append(seeds, bad)
}

// FuzzExtractFace checks that ExtractFace never panics and that whatever
// it returns is a canonical standalone font: a fixed point of extraction,
// with valid checksums.
func FuzzExtractFace(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s, 0)
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, data []byte, index int) {
		out, err := ExtractFace(data, index)
		if err != nil {
			return
		}
		if len(out)%4 != 0 || testChecksum(out) != checksumMagic {
			t.Fatalf("output of %d bytes: bad length or file checksum", len(out))
		}
		again, err := ExtractFace(out, 0)
		if err != nil {
			t.Fatalf("re-extracting the output: %v", err)
		}
		if !bytes.Equal(again, out) {
			t.Fatal("extraction is not a fixed point on its own output")
		}
	})
}

// FuzzParse checks that Parse and the coverage and PDF checks never panic
// on arbitrary bytes.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, data []byte, index int) {
		font, err := Parse(data, index)
		if err != nil {
			return
		}
		font.Missing(Probe + "\U00020000")
		_ = checkPDF(font.SFNT)
		if font.Outline != TrueTypeOutline && font.Outline != CFFOutline {
			t.Fatalf("parsed font with outline %v", font.Outline)
		}
		// Subsetting reads glyf, loca and hmtx itself: it must reject, not
		// panic on, whatever Parse let through.
		if sub, err := font.Subset([]rune("年A0%")); err == nil {
			if _, err := Parse(sub, 0); err != nil {
				t.Fatalf("subset does not parse: %v", err)
			}
		}
	})
}
