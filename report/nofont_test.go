package report

import (
	"context"
	"errors"
	"github.com/annualstat/annualstat/analysis"
	"os"
	"path/filepath"
	"testing"

	"github.com/annualstat/annualstat/report/font"
)

// noFonts is a font search that finds nothing: an empty font directory
// and no ANNUALSTAT_FONT.
func noFonts(t *testing.T) font.Options {
	return font.Options{Roots: []string{t.TempDir()}, Getenv: func(string) string { return "" }}
}

// Without a font, Build still writes the workbook, says what it skipped,
// and its error is the font package's: errors.Is(err, font.ErrNoFont).
func TestBuildWithoutFontWritesWorkbook(t *testing.T) {
	d := loadSample(t)
	dir := t.TempDir()
	res, err := BuildDir(context.Background(), d, dir, analysis.Options{}, BuildOptions{Name: "s", Font: noFonts(t)})
	var nf *font.NoFontError
	if !errors.Is(err, font.ErrNoFont) || !errors.As(err, &nf) {
		t.Fatalf("err = %v, want a *font.NoFontError", err)
	}
	if res == nil || res.Skipped != OutputPDF|OutputChecks|OutputPNG|OutputDOCX {
		t.Fatalf("result %+v, want pdf, docx and png skipped", res)
	}
	if got := names(res.Files); got != "s.xlsx" {
		t.Errorf("files %q, want s.xlsx", got)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 || ents[0].Name() != "s.xlsx" {
		t.Errorf("directory holds %v, want s.xlsx only", ents)
	}
	if fi, err := os.Stat(filepath.Join(dir, "s.xlsx")); err != nil || fi.Size() == 0 {
		t.Errorf("workbook: %v", err)
	}
	if res.Skipped.String() != "pdf,checks,docx,png" {
		t.Errorf("Skipped.String() = %q", res.Skipped.String())
	}

	// Asked only for what needs a font: nothing written, all skipped.
	dir2 := t.TempDir()
	res, err = BuildDir(context.Background(), d, dir2, analysis.Options{}, BuildOptions{Name: "s", Outputs: OutputSVG, Font: noFonts(t)})
	if !errors.Is(err, font.ErrNoFont) || res == nil || res.Skipped != OutputSVG || len(res.Files) != 0 {
		t.Errorf("svg only: %v, %+v", err, res)
	}
	if ents, _ := os.ReadDir(dir2); len(ents) != 0 {
		t.Errorf("svg only: directory holds %v", ents)
	}

	// A named font that is unusable is an error, not a skip: nothing is
	// left behind.
	dir3 := t.TempDir()
	bad := filepath.Join(t.TempDir(), "bad.ttf")
	os.WriteFile(bad, []byte("not a font"), 0o644)
	res, err = BuildDir(context.Background(), d, dir3, analysis.Options{}, BuildOptions{Name: "s", Font: font.Options{Path: bad}})
	if err == nil || errors.Is(err, font.ErrNoFont) || (res != nil && res.Skipped != 0) {
		t.Errorf("bad named font: %v, %+v", err, res)
	}
	if ents, _ := os.ReadDir(dir3); len(ents) != 0 {
		t.Errorf("bad named font: directory holds %v", ents)
	}
}
