package pdf

import "fmt"

// fontFamily is the name the font is registered under in the document.
const fontFamily = "cjk"

// addFont registers the document's font with fpdf.
func (d *document) addFont() error {
	d.pdf.AddUTF8FontFromBytes(fontFamily, "", d.font.SFNT)
	if d.pdf.Err() {
		return fmt.Errorf("pdf: font %s: %w", d.font, d.pdf.Error())
	}
	return nil
}
