package font

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseSingleAndCollection(t *testing.T) {
	single := synthFont(synthOpts{family: "Synth Song", runes: []rune("ab年")})
	f, err := Parse(single, 0)
	if err != nil {
		t.Fatal(err)
	}
	if f.Family != "Synth Song" || f.Outline != TrueTypeOutline || f.Index != 0 || f.Path != "" {
		t.Errorf("got %+v", f)
	}
	if &f.SFNT[0] != &single[0] {
		t.Error("a well-formed single font should be used as is, not copied")
	}
	if _, err := Parse(single, 1); err == nil || !strings.Contains(err.Error(), "out of range") {
		t.Errorf("Parse(single, 1) err = %v", err)
	}

	coll := synthCollection(synthOpts{family: "F0", runes: []rune("a")}, synthOpts{family: "F1", runes: []rune("b"), cff: true})
	f1, err := Parse(coll, 1)
	if err != nil {
		t.Fatal(err)
	}
	if f1.Family != "F1" || f1.Outline != CFFOutline || f1.Index != 1 {
		t.Errorf("face 1: %+v", f1)
	}
	if got := f1.Missing("ab"); !slices.Equal(got, []rune{'a'}) {
		t.Errorf("face 1 Missing(ab) = %q, want [a]", got)
	}
}

// A single font whose directory is unsorted or unaligned is repaired by
// the canonical rewrite rather than rejected.
func TestParseRepairsSingleFont(t *testing.T) {
	coll := synthCollection(synthOpts{family: "Messy", runes: []rune("x")})
	// Turn the one-face collection into a single font in place: shift the
	// directory to offset 0 and keep the (absolute, odd) table offsets.
	dir := int(uint32(coll[12])<<24 | uint32(coll[13])<<16 | uint32(coll[14])<<8 | uint32(coll[15]))
	n := int(coll[dir+4])<<8 | int(coll[dir+5])
	single := append([]byte(nil), coll...)
	copy(single, coll[dir:dir+12+16*n])
	f, err := Parse(single, 0)
	if err != nil {
		t.Fatal(err)
	}
	if f.Family != "Messy" {
		t.Errorf("family %q", f.Family)
	}
	verifySFNT(t, f.SFNT)
}

func TestParseRejectsNonFonts(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("%PDF-1.4"), []byte("wOF2xxxxxxxx")} {
		if _, err := Parse(data, 0); err == nil {
			t.Errorf("Parse(%q) succeeded", data)
		}
	}
	// Outlines are required: rename the glyf table.
	b := synthFont(synthOpts{family: "G", runes: []rune("a")})
	d, _ := readFaceDir(b, 0)
	copy(b[12+16*tableIndex(d, tagGlyf):], "zzzz")
	if _, err := Parse(b, 0); err == nil || !strings.Contains(err.Error(), "no outlines") {
		t.Errorf("font without glyf: err = %v", err)
	}
}

func tableIndex(d faceDir, tag uint32) int {
	for i, r := range d.tables {
		if r.tag == tag {
			return i
		}
	}
	return -1
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "synth.ttc")
	if err := os.WriteFile(p, synthCollection(synthOpts{family: "L0", runes: []rune("a")}, synthOpts{family: "L1", runes: []rune("b")}), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Load(p, 1)
	if err != nil {
		t.Fatal(err)
	}
	if f.Path != p || f.Index != 1 || f.Family != "L1" {
		t.Errorf("got %s", f)
	}
	if _, err := Load(filepath.Join(dir, "absent.ttf"), 0); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("absent file: err = %v, want ErrNotExist", err)
	}
	if _, err := Load(dir, 0); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("directory: err = %v", err)
	}
	if _, err := Load(p, 2); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("error should name the file: %v", err)
	}
}

func TestMissingAndCovers(t *testing.T) {
	f, err := Parse(synthFont(synthOpts{family: "Cov", runes: []rune("0123456789年增长")}), 0)
	if err != nil {
		t.Fatal(err)
	}
	// Spaces and controls are never drawn, so they are never missing;
	// repeated runes are reported once, in order of first appearance.
	if got := f.Missing("2022年 增长\t12.33%\n１２％ １"); !slices.Equal(got, []rune(".%１２％")) {
		t.Errorf("Missing = %q", string(got))
	}
	if err := f.Covers("2022年\u3000增长"); err != nil {
		t.Errorf("Covers: %v", err)
	}
	err = f.Covers("０A")
	var mg *MissingGlyphsError
	if !errors.As(err, &mg) {
		t.Fatalf("Covers err = %v, want *MissingGlyphsError", err)
	}
	for _, want := range []string{`'０' U+FF10`, `'A' U+0041`, `"Cov"`, "2 characters"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	// Long lists are cut at ten.
	err = f.Covers("abcdefghijklmnopqrstuvwxyz")
	if err == nil || !strings.Contains(err.Error(), "'j' U+006A and 16 more") || strings.Contains(err.Error(), "'k'") {
		t.Errorf("long list: %v", err)
	}

	var nilFont *Font
	if got := nilFont.Missing("a b"); !slices.Equal(got, []rune("ab")) {
		t.Errorf("nil font Missing = %q", string(got))
	}
	if (&Font{}).Covers("x") == nil {
		t.Error("zero Font covers x")
	}
	if (&Font{}).Covers("") != nil {
		t.Error("empty text needs no glyphs")
	}
}

func TestCheckPDF(t *testing.T) {
	ok := synthFont(synthOpts{family: "T", runes: []rune("a")})
	if err := checkPDF(ok); err != nil {
		t.Errorf("synthetic TrueType font: %v", err)
	}
	if err := checkPDF(synthFont(synthOpts{family: "C", runes: []rune("a"), cff: true})); err == nil || !strings.Contains(err.Error(), "CFF") {
		t.Errorf("CFF: %v", err)
	}
	if err := checkPDF(synthFont(synthOpts{family: "R", runes: []rune("a"), fsType: 0x0002})); err == nil || !strings.Contains(err.Error(), "fsType") {
		t.Errorf("restricted license: %v", err)
	}
	if err := checkPDF(synthFont(synthOpts{family: "E", runes: []rune("a"), fsType: 0x0008})); err != nil {
		t.Errorf("editable embedding is allowed: %v", err)
	}
}

func TestCheckBMP(t *testing.T) {
	if err := CheckBMP("增长12.33%，第1页"); err != nil {
		t.Errorf("BMP text: %v", err)
	}
	err := CheckBMP("ab𠀀c😀")
	if !errors.Is(err, ErrNonBMP) {
		t.Fatalf("err = %v, want ErrNonBMP", err)
	}
	if !strings.Contains(err.Error(), "U+20000") || !strings.Contains(err.Error(), "byte 2") || strings.Contains(err.Error(), "U+1F600") {
		t.Errorf("err = %v, want the first offending rune and its offset", err)
	}
}

func TestReplaceNonBMP(t *testing.T) {
	in := "ab𠀀c😀年"
	got := ReplaceNonBMP(in)
	if got != "ab?c?年" {
		t.Errorf("ReplaceNonBMP = %q", got)
	}
	if CheckBMP(got) != nil {
		t.Error("result still has non-BMP runes")
	}
	if !strings.ContainsRune(Probe, NonBMPReplacement) {
		t.Error("the replacement must be in Probe, so every resolved font has it")
	}
	if s := "纯文本"; ReplaceNonBMP(s) != s {
		t.Error("BMP text changed")
	}
}

func TestStrings(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Raster.String(), "raster"}, {PDF.String(), "PDF"}, {Purpose(7).String(), "Purpose(7)"},
		{TrueTypeOutline.String(), "TrueType (glyf)"}, {CFFOutline.String(), "CFF"}, {Outline(0).String(), "unknown"},
		{(*Font)(nil).String(), "<nil font>"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
