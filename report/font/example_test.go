package font_test

import (
	"errors"
	"fmt"

	"github.com/annualstat/annualstat/report/font"
)

// Resolve a font for PDF output, check the text against it, and make the
// text safe for fpdf.
func ExampleResolve() {
	f, err := font.Resolve(font.Options{}, font.PDF)
	if errors.Is(err, font.ErrNoFont) {
		fmt.Println(err) // says what to install
		return
	}
	if err != nil {
		fmt.Println(err)
		return
	}
	text := font.ReplaceNonBMP("市场主体新增4698户，同比增长12.33%")
	if err := f.Covers(text); err != nil {
		fmt.Println(err) // names the missing characters
		return
	}
	// pdf.AddUTF8FontFromBytes("cjk", "", f.PDFBytes()) for fpdf;
	// f.OpenType for gonum/plot.
	fmt.Println(f.Family, f.Outline)
}

func ExampleReplaceNonBMP() {
	s := "𠀾增长😀"
	fmt.Println(font.CheckBMP(s) != nil)
	fmt.Println(font.ReplaceNonBMP(s))
	// Output:
	// true
	// ?增长?
}

func ExampleCheckBMP() {
	fmt.Println(font.CheckBMP("增长12.33%"))
	err := font.CheckBMP("a𠀾")
	fmt.Println(errors.Is(err, font.ErrNonBMP))
	// Output:
	// <nil>
	// true
}
