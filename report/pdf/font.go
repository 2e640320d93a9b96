package pdf

import "fmt"

// fontFamily is the name the font is registered under in the document.
const fontFamily = "cjk"

// asciiText is every printable ASCII character: always in the subset, so
// that page numbers and any Latin text can be set.
const asciiText = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"

// addFont registers with fpdf a subset of the document's font holding the
// glyphs of text (every character the document prints), and remembers
// which characters it has.
func (d *document) addFont(text string) error {
	var runes []rune
	for _, r := range text + asciiText + pageAlias {
		if !d.has(r) {
			d.inSubset[r>>6] |= 1 << (r & 63)
			runes = append(runes, r)
		}
	}
	sf, err := d.font.Subset(runes)
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	d.pdf.AddUTF8FontFromBytes(fontFamily, "", sf)
	if d.pdf.Err() {
		return fmt.Errorf("pdf: font %s: %w", d.font, d.pdf.Error())
	}
	return nil
}

// has reports whether r is in the document's font subset.
func (d *document) has(r rune) bool {
	return r >= 0 && r <= 0xffff && d.inSubset[r>>6]&(1<<(r&63)) != 0
}

// checkSubset records an internal error when s has a character that was
// not collected for the font subset (a label missing from fixedText): it
// would print with a wrong width and no glyph.
func (d *document) checkSubset(s string) {
	if d.err != nil {
		return
	}
	for _, r := range s {
		if !d.has(r) && r != '\n' {
			d.err = fmt.Errorf("pdf: internal error: character %q of %q was not collected for the font subset", r, s)
			return
		}
	}
}
