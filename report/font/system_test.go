package font

import (
	"bytes"
	"errors"
	"image"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Paths of the Debian fonts the tests use (packages fonts-wqy-microhei,
// fonts-wqy-zenhei, fonts-arphic-uming, fonts-noto-cjk,
// fonts-droid-fallback).
const (
	wqyMicroHei = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
	wqyZenHei   = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
	arplUMing   = "/usr/share/fonts/truetype/arphic/uming.ttc"
	notoCJK     = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
	droidFull   = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
)

// requireTools reports whether missing tools and fonts are failures
// (CI sets ANNUALSTAT_REQUIRE_TOOLS=1) rather than reasons to skip.
func requireTools() bool { return os.Getenv("ANNUALSTAT_REQUIRE_TOOLS") == "1" }

// systemFont returns the bytes of a system font, skipping the test when
// it is absent unless tools are required.
func systemFont(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		if requireTools() {
			tb.Fatalf("ANNUALSTAT_REQUIRE_TOOLS=1 and system font missing: %v", err)
		}
		tb.Skipf("system font missing: %v", err)
	}
	return data
}

// captureStdout runs fn with os.Stdout redirected and returns what it
// printed: fpdf reports font problems only there.
func captureStdout(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	defer func() { os.Stdout = old }()
	fn()
	w.Close()
	os.Stdout = old
	return <-done
}

// sampleText is the Chinese text written into test PDFs and charts.
const sampleText = "市场主体新增4698户，同比增长12.33%，网办率100%。第1页/共2页"

func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\t' || r == '\f' || r == '\r' {
			return -1
		}
		return r
	}, s)
}

// writePDF embeds sfnt with fpdf, writes sampleText, and returns the PDF.
func writePDF(t *testing.T, sfnt []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	printed := captureStdout(t, func() {
		pdf := fpdf.New("P", "mm", "A4", "")
		pdf.AddUTF8FontFromBytes("cjk", "", sfnt)
		pdf.SetFont("cjk", "", 14)
		pdf.AddPage()
		pdf.Cell(0, 10, sampleText)
		if err := pdf.Output(&out); err != nil {
			t.Errorf("fpdf: %v", err)
		}
	})
	if printed != "" {
		t.Errorf("fpdf complained on stdout: %q", printed)
	}
	if out.Len() == 0 || !bytes.HasPrefix(out.Bytes(), []byte("%PDF-")) {
		t.Fatalf("fpdf wrote %d bytes, not a PDF", out.Len())
	}
	return out.Bytes()
}

// checkPDFText extracts the text of pdf with pdftotext and compares it
// with sampleText.
func checkPDFText(t *testing.T, pdf []byte) {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		if requireTools() {
			t.Fatal("ANNUALSTAT_REQUIRE_TOOLS=1 and pdftotext missing (poppler-utils)")
		}
		t.Log("pdftotext missing; text round trip not checked")
		return
	}
	p := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(p, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := exec.Command(tool, "-enc", "UTF-8", p, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	if stripSpace(string(got)) != stripSpace(sampleText) {
		t.Errorf("pdftotext gave %q, want %q", stripSpace(string(got)), stripSpace(sampleText))
	}
}

// checkInk draws text with the font's OpenType face and reports whether
// any pixel was inked, as gonum/plot would draw it.
func checkInk(t *testing.T, f *Font, text string) {
	t.Helper()
	face, err := opentype.NewFace(f.OpenType, &opentype.FaceOptions{Size: 24, DPI: 72, Hinting: xfont.HintingNone})
	if err != nil {
		t.Fatal(err)
	}
	defer face.Close()
	img := image.NewGray(image.Rect(0, 0, 40*len([]rune(text)), 40))
	d := xfont.Drawer{Dst: img, Src: image.White, Face: face, Dot: fixed.P(4, 30)}
	d.DrawString(text)
	for _, px := range img.Pix {
		if px != 0 {
			return
		}
	}
	t.Errorf("%s drew nothing for %q", f, text)
}

func TestSystemTrueTypeFaces(t *testing.T) {
	tests := []struct {
		path     string
		index    int
		family   string
		optional bool // tested when present, even in CI
	}{
		{wqyMicroHei, 0, "WenQuanYi Micro Hei", false},
		{wqyZenHei, 0, "WenQuanYi Zen Hei", false},
		{wqyZenHei, 1, "WenQuanYi Zen Hei Mono", false},
		{arplUMing, 0, "AR PL UMing CN", true},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path)+"#"+string(rune('0'+tt.index)), func(t *testing.T) {
			if _, err := os.Stat(tt.path); err != nil && tt.optional {
				t.Skipf("optional font missing: %v", err)
			}
			data := systemFont(t, tt.path)
			// These collections are why ExtractFace exists.
			if c, err := opentype.ParseCollection(data); err == nil {
				if _, err := c.Font(tt.index); err != nil {
					t.Logf("x/image cannot read the face directly: %v", err)
				}
			} else {
				t.Logf("x/image cannot read the collection: %v", err)
			}
			sf, err := ExtractFace(data, tt.index)
			if err != nil {
				t.Fatal(err)
			}
			verifySFNT(t, sf)
			if _, err := opentype.Parse(sf); err != nil {
				t.Fatalf("opentype.Parse of the extracted face: %v", err)
			}
			f, err := Resolve(Options{Path: tt.path, Index: tt.index}, PDF)
			if err != nil {
				t.Fatal(err)
			}
			if f.Family != tt.family || f.Outline != TrueTypeOutline || !bytes.Equal(f.SFNT, sf) {
				t.Errorf("Resolve: %s, %s outlines", f, f.Outline)
			}
			pdf := writePDF(t, f.PDFBytes())
			checkPDFText(t, pdf)
			// fpdf writes into the bytes it is given; the shared font must
			// not change.
			if !bytes.Equal(f.SFNT, sf) {
				t.Error("writing a PDF modified the resolved font's SFNT")
			}
			checkInk(t, f, "增长")
		})
	}
}

func TestSystemNotoCJK(t *testing.T) {
	systemFont(t, notoCJK)
	f, err := Resolve(Options{Path: notoCJK, Index: 2}, Raster)
	if err != nil {
		t.Fatalf("Noto Sans CJK for charts: %v", err)
	}
	if f.Family != "Noto Sans CJK SC" || f.Outline != CFFOutline {
		t.Errorf("got %s, %s outlines", f, f.Outline)
	}
	checkInk(t, f, "增长")
}

func TestSystemDroidFallback(t *testing.T) {
	systemFont(t, droidFull)
	_, err := Resolve(Options{Path: droidFull}, Raster)
	var mg *MissingGlyphsError
	if !errors.As(err, &mg) {
		t.Fatalf("Droid Sans Fallback: err = %v, want missing glyphs", err)
	}
	for _, want := range []string{"'0' U+0030", "'9' U+0039", "Droid Sans Fallback"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
	f, err := Load(droidFull, 0)
	if err != nil {
		t.Fatal(err)
	}
	if m := f.Missing("增长"); len(m) != 0 {
		t.Errorf("Droid should have the CJK glyphs, misses %q", string(m))
	}
}

// On a machine with the Debian fonts, the real search picks WenQuanYi
// Micro Hei for both purposes.
func TestSystemResolve(t *testing.T) {
	systemFont(t, wqyMicroHei)
	opt := Options{Getenv: func(k string) string {
		if k == EnvVar {
			return ""
		}
		return os.Getenv(k)
	}}
	for _, p := range []Purpose{PDF, Raster} {
		f, err := Resolve(opt, p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if filepath.Base(f.Path) != "wqy-microhei.ttc" || f.Index != 0 {
			t.Errorf("%s: got %s, want %s face 0", p, f, wqyMicroHei)
		}
		if err := f.Covers(sampleText); err != nil {
			t.Error(err)
		}
	}
}
