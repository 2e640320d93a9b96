package xlsx

import (
	"context"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/analysis/ingest"
	"github.com/annualstat/annualstat/report/present"
)

// Numbers are written at full precision and read back exactly.
func TestAppendNumber(t *testing.T) {
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -1, 25564, 0.1 + 0.2, 98.06, 2.25, 1234567890123, 1e21, -3.5e-9, 1.7976931348623157e308, 5e-324} {
		s := string(appendNumber(nil, v))
		got, err := strconv.ParseFloat(s, 64)
		if err != nil || got != v {
			t.Errorf("appendNumber(%v) = %q, reads back as %v (%v)", v, s, got, err)
		}
	}
	if s := string(appendNumber(nil, math.Copysign(0, -1))); s != "0" {
		t.Errorf("negative zero written %q", s)
	}
}

// Text that XML must escape, white space at the ends, and characters XML
// cannot hold survive the trip through the workbook.
func TestTextEscaping(t *testing.T) {
	d := &analysis.Dataset{}
	ind := d.Indicator("A&B <板块>", " 前后有空格 ", "件")
	ind.Parent = `引号"与'撇号'`
	_ = ind.Set(analysis.Point{Year: 2021, Value: 1, Note: "控制\x01字符\x7f与制表\t符"})
	_ = ind.Set(analysis.Point{Year: 2022, Value: 2, Note: "坏的\xffUTF-8"})
	tb := analyze(t, d, analysis.Options{})
	path, f, _ := writeBook(t, tb, nil, Options{})
	if got := cell(t, f, SheetYoY, "A4"); got != "A&B <板块>" {
		t.Errorf("section %q", got)
	}
	if got := cell(t, f, SheetYoY, "A5"); got != " 前后有空格 ①" {
		t.Errorf("indicator %q, want the spaces kept", got)
	}
	back, err := ingest.Load(path, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := back.Indicators[0]
	if g.Section != "A&B <板块>" || g.Parent != ind.Parent {
		t.Errorf("read back %+v", *g)
	}
	if n := g.Points[0].Note; n != "控制\uFFFD字符\x7f与制表\t符" {
		t.Errorf("note %q, want the control character replaced by U+FFFD", n)
	}
	if n := g.Points[1].Note; n != "坏的\uFFFDUTF-8" {
		t.Errorf("note %q, want invalid UTF-8 replaced by U+FFFD", n)
	}
}

// A table without rows is still a workbook with its headers.
func TestEmptyTable(t *testing.T) {
	tb := &analysis.Table{Dataset: &analysis.Dataset{}, Year: 2022, Decimals: 2}
	_, f, _ := writeBook(t, tb, nil, Options{})
	rows, err := f.GetRows(SheetData)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || len(rows[0]) != len(DataHeader) {
		t.Errorf("数据 of an empty table: %v", rows)
	}
	if err := WriteTo(context.Background(), nil, nil, nil, Options{}); err == nil {
		t.Errorf("a nil table gave no error")
	}
}

// cancelWriter cancels a context once it has been given n bytes.
type cancelWriter struct {
	n      int
	cancel func()
}

func (w *cancelWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n <= 0 {
		w.cancel()
	}
	return len(p), nil
}

// failWriter fails once it has been given n bytes.
type failWriter struct{ n int }

var errDiskFull = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n <= 0 {
		return 0, errDiskFull
	}
	return len(p), nil
}

// Rows are generated while the workbook is saved: a cancellation or a
// write error then stops it.
func TestStopWhileSaving(t *testing.T) {
	tb := analyze(t, synthetic(30000, 2), analysis.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	doc := present.New(tb, nil, present.Options{})
	err := WriteTo(ctx, &cancelWriter{n: 64 << 10, cancel: cancel}, doc, tb, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled while saving: %v, want context.Canceled", err)
	}
	err = WriteTo(context.Background(), &failWriter{n: 64 << 10}, doc, tb, Options{})
	if !errors.Is(err, errDiskFull) {
		t.Errorf("failing writer: %v, want %v", err, errDiskFull)
	}
}

func TestTruncateUTF16(t *testing.T) {
	long := strings.Repeat("统", maxCellChars) + "计"
	if got := truncateUTF16(long, maxCellChars); got != long[:len(long)-len("计")] {
		t.Errorf("cut at %d bytes", len(got))
	}
	if got := truncateUTF16("a😀b", 2); got != "a" {
		t.Errorf("%q: a surrogate pair must not be split", got)
	}
	rw := newRowWriter(context.Background(), io.Discard)
	rw.start(1, 0)
	rw.str(0, 0, long)
	if n := strings.Count(string(rw.buf), "统"); n != maxCellChars || strings.Contains(string(rw.buf), "计") {
		t.Errorf("cell holds %d characters, want %d", n, maxCellChars)
	}
}

// addMerges writes merged ranges as excelize does: appended to its
// mergeCells with the count raised, or in a mergeCells of their own after
// the autoFilter.
func TestAddMerges(t *testing.T) {
	got, err := addMerges([]byte(`</sheetData><autoFilter ref="$A$3:$I$9"></autoFilter><mergeCells count="1"><mergeCell ref="A1:I1"></mergeCell></mergeCells><pageMargins/>`), []string{"A11:I11", "A12:I12"})
	want := `</sheetData><autoFilter ref="$A$3:$I$9"></autoFilter><mergeCells count="3"><mergeCell ref="A1:I1"></mergeCell><mergeCell ref="A11:I11"></mergeCell><mergeCell ref="A12:I12"></mergeCell></mergeCells><pageMargins/>`
	if err != nil || string(got) != want {
		t.Errorf("with mergeCells: %v\n%s\nwant\n%s", err, got, want)
	}
	got, err = addMerges([]byte(`</sheetData><autoFilter ref="$A$1:$C$5"></autoFilter><pageMargins/>`), []string{"A7:C7"})
	want = `</sheetData><autoFilter ref="$A$1:$C$5"></autoFilter><mergeCells count="1"><mergeCell ref="A7:C7"></mergeCell></mergeCells><pageMargins/>`
	if err != nil || string(got) != want {
		t.Errorf("without mergeCells: %v\n%s\nwant\n%s", err, got, want)
	}
	if _, err := addMerges([]byte(`</sheetData><pageMargins/>`), []string{"A7:C7"}); err == nil {
		t.Error("no autoFilter: no error")
	}
}
