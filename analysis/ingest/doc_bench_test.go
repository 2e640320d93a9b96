package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// benchHTML returns a page of about size bytes: paragraphs and merged
// tables in an article, with a menu and a footer.
func benchHTML(size int) []byte {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><title>报告</title></head><body><div class="nav"><a>首页</a><a>公开</a></div><div class="content"><h1>报告</h1>`)
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "<p>第%d段，全年完成收入%d.5亿元，比上年增长%d.1%%，其中税收收入%d亿元。</p>\n", i, i, i%9, i/2)
		if i%20 == 0 {
			fmt.Fprintf(&b, `<table><tr><td rowspan="2">项目</td><td colspan="2">本报告期</td></tr><tr><td>金额(万元)</td><td>增减(%%)</td></tr><tr><td>收入%d</td><td>%d</td><td>1.5</td></tr></table>`, i, i)
		}
	}
	b.WriteString(`</div><div class="footer">版权所有</div></body></html>`)
	return []byte(b.String())
}

// benchText returns text of about size bytes with pipe and aligned tables.
func benchText(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "第%d段，全年完成收入%d.5亿元，比上年增长%d.1%%。\n", i, i, i%9)
		if i%20 == 0 {
			fmt.Fprintf(&b, "单位：万元\n| 项目 | 2022年 | 2023年 |\n|---|---|---|\n| 收入%d | %d | %d |\n注：说明。\n", i, i, i+1)
			fmt.Fprintf(&b, "  项目        2022年      2023年\n  支出%d      %d          %d\n  其他        1           2\n\n", i, i, i)
		}
	}
	return b.String()
}

func BenchmarkReadHTML1MB(b *testing.B) {
	page := benchHTML(1 << 20)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := ReadHTML(bytes.NewReader(page), Options{Name: "b.html"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadTextDocument1MB(b *testing.B) {
	text := benchText(1 << 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := ReadTextDocument(strings.NewReader(text), Options{Name: "b.txt"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadDOCX1MB(b *testing.B) {
	var body strings.Builder
	for i := 0; body.Len() < 1<<20; i++ {
		body.WriteString(wp(fmt.Sprintf("第%d段，全年完成收入%d.5亿元，比上年增长%d.1%%。", i, i, i%9)))
		if i%20 == 0 {
			body.WriteString(`<w:tbl><w:tr>` + wtc("项目", `<w:vMerge w:val="restart"/>`) + wtc("本报告期", `<w:gridSpan w:val="2"/>`) + `</w:tr>` +
				`<w:tr>` + wtc("", `<w:vMerge/>`) + wtc("金额(万元)", "") + wtc("增减(%)", "") + `</w:tr>` +
				`<w:tr>` + wtc("收入", "") + wtc("12", "") + wtc("1.5", "") + `</w:tr></w:tbl>`)
		}
	}
	file := docxFile(b, body.String(), testStyles)
	b.SetBytes(int64(body.Len()))
	for b.Loop() {
		if _, err := ReadDOCX(bytes.NewReader(file), Options{Name: "b.docx"}); err != nil {
			b.Fatal(err)
		}
	}
}

// htmlShapes are pages of a hostile shape each (many tables with large
// spans, many centred paragraphs, deep nesting) besides an article, as
// long as asked, for the linearity test and benchmark.
var htmlShapes = map[string]func(n int) []byte{
	"article": benchHTML,
	"spans": func(n int) []byte {
		return []byte(strings.Repeat(`<table><tr><td colspan=1000 rowspan=1000>1</td></tr>`+strings.Repeat("<tr><td>2", 40)+`</table>`, n/400))
	},
	"centred": func(n int) []byte {
		return []byte(strings.Repeat(`<p align=center><b>标题</b></p>`, n/36))
	},
	"nesting": func(n int) []byte {
		return []byte(strings.Repeat("<div><span>字", n/16) + strings.Repeat("</span></div>", n/16))
	},
}

// TestReadHTMLLinear checks that reading a page four times as long makes
// about four times the allocations, not sixteen: a count, not a time, so
// that a loaded machine cannot fail it. BenchmarkReadHTMLShapes times the
// same pages.
func TestReadHTMLLinear(t *testing.T) {
	for name, gen := range htmlShapes {
		small, large := gen(128<<10), gen(512<<10)
		as, al := readAllocs(t, small), readAllocs(t, large)
		t.Logf("%s: %.0f allocations for 128 KiB, %.0f for 512 KiB", name, as, al)
		if ratio := al / max(as, 1); ratio > 6 {
			t.Errorf("%s: 4× the input made %.1f× the allocations (%.0f vs %.0f)", name, ratio, al, as)
		}
	}
}

// readAllocs is the number of allocations one ReadHTML of page makes.
func readAllocs(t *testing.T, page []byte) float64 {
	t.Helper()
	var err error
	n := testing.AllocsPerRun(1, func() {
		_, err = ReadHTML(bytes.NewReader(page), Options{Name: "l.html"})
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// BenchmarkReadHTMLShapes reads each hostile shape at 128 KiB and 512 KiB:
// time per byte should stay about the same from one size to the other.
func BenchmarkReadHTMLShapes(b *testing.B) {
	for _, name := range []string{"article", "spans", "centred", "nesting"} {
		for _, size := range []int{128 << 10, 512 << 10} {
			page := htmlShapes[name](size)
			b.Run(fmt.Sprintf("%s/%dKiB", name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				for b.Loop() {
					if _, err := ReadHTML(bytes.NewReader(page), Options{Name: "l.html"}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// benchPDFText returns pdftotext -layout output of about size bytes: a
// paragraph and a table running over the pages, its header repeated, a
// running head and a page number on each page.
func benchPDFText(size int) string {
	var b strings.Builder
	for p := 1; b.Len() < size; p++ {
		b.WriteString("          某市2024年统计公报\n\n")
		if p == 1 {
			b.WriteString("全年完成收入12.5 亿元，比上年增长 3.1%。\n\n")
		}
		b.WriteString("乡镇               地区生产总值   比上年增长(%)\n\n")
		for r := 0; r < 20; r++ {
			fmt.Fprintf(&b, "第 %d 号乡镇          %d.%d    %d.%d\n\n", p*20+r, 100+r, r%10, r%9, r%7)
		}
		fmt.Fprintf(&b, "                 — %d —\n\f", p%300+1)
	}
	return b.String()
}

func BenchmarkReadPDFText1MB(b *testing.B) {
	text := benchPDFText(1 << 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if d := parseTextDocument(text, "b.pdf", textMode{pdf: true}); len(d.Tables()) != 1 {
			b.Fatalf("%d tables, want 1 running over the pages", len(d.Tables()))
		}
	}
}
