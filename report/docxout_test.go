package report

import (
	"archive/zip"
	"bytes"
	"context"
	"github.com/annualstat/annualstat/analysis"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The Word document of the sample: written next to the other outputs,
// byte-identical for the same date, different for another, and carrying
// the presentation's caption, unit line, signature date and a chart
// picture.
func TestBuildDocx(t *testing.T) {
	needFont(t)
	d := loadSample(t)
	date := time.Date(2023, 2, 22, 0, 0, 0, 0, time.UTC)
	build := func(dir string, date time.Time) []byte {
		res, err := BuildDir(context.Background(), d, dir, analysis.Options{}, BuildOptions{Name: "s", Outputs: OutputDOCX, Date: date, Org: "湛江经开区"})
		if err != nil {
			t.Fatal(err)
		}
		if got := names(res.Files); got != "s.docx" {
			t.Fatalf("files %q, want s.docx", got)
		}
		b, err := os.ReadFile(filepath.Join(dir, "s.docx"))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a := build(t.TempDir(), date)
	if !bytes.Equal(a, build(t.TempDir(), date)) {
		t.Error("two builds with the same date differ")
	}
	if bytes.Equal(a, build(t.TempDir(), date.AddDate(0, 0, 1))) {
		t.Error("builds with different dates are identical")
	}
	zr, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	var doc string
	pictures := 0
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "word/media/") {
			pictures++
		}
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			doc = string(b)
		}
	}
	if pictures == 0 {
		t.Error("no chart pictures")
	}
	for _, s := range []string{"表1 2022年主要指标", "2023年2月22日", "湛江经开区", "<w:tblHeader/>", "图1 "} {
		if !strings.Contains(doc, s) {
			t.Errorf("document lacks %q", s)
		}
	}
}
