package main

import (
	"archive/zip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractDocuments reads the same figures from a web page and a Word
// file: prose and a table.
func TestExtractDocuments(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><meta charset="utf-8"><title>报告_某网站</title></head><body>
<div class="nav"><a>首页</a> &gt; <a>公开</a> &gt; <a>报告</a></div>
<div class="content"><h1>某县2023年统计公报</h1>
<p>全年地区生产总值1234.5亿元，比上年增长5.2%。</p>
<p>单位：万吨</p><table><tr><td>产品</td><td>2023年</td><td>比上年增长(%)</td></tr>
<tr><td>粮食产量</td><td>12.3</td><td>1.5</td></tr></table></div></body></html>`
	html := filepath.Join(dir, "r.html")
	if err := os.WriteFile(html, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	docx := filepath.Join(dir, "r.docx")
	f, err := os.Create(docx)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	w, _ := zw.Create("word/document.xml")
	cell := func(s string) string { return `<w:tc><w:p><w:r><w:t>` + s + `</w:t></w:r></w:p></w:tc>` }
	w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:r><w:t>全年地区生产总值1234.5亿元，比上年增长5.2%。</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>单位：万吨</w:t></w:r></w:p>` +
		`<w:tbl><w:tr>` + cell("产品") + cell("2023年") + cell("比上年增长(%)") + `</w:tr><w:tr>` + cell("粮食产量") + cell("12.3") + cell("1.5") + `</w:tr></w:tbl>` +
		`</w:body></w:document>`))
	zw.Close()
	f.Close()
	for _, path := range []string{html, docx} {
		code, out, errs := runCLI(t, "extract", path)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", path, code, errs)
		}
		for _, want := range []string{"地区生产总值,亿元,2023,1234.5", "粮食产量,万吨,2023,12.3"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: output lacks %q:\n%s", filepath.Base(path), want, out)
			}
		}
		if strings.Contains(out, "首页") {
			t.Errorf("%s: navigation in the output", path)
		}
	}
}

// TestExtractWebPageTables: extract reads a web page's tables as a
// document, cell by cell: every table of a page whose tables are each
// wrapped in a <center> (as LibreOffice saves a Word file), each figure
// placed by its table, row and column, none of them with a text span.
func TestExtractWebPageTables(t *testing.T) {
	dir := t.TempDir()
	table := func(name, v string) string {
		return `<center><table><col width="100"/><thead><tr><td><p><font>信息内容</font></p></td><td><p><font>本年处理决定数量</font></p></td></tr></thead>` +
			`<tbody><tr><td><p><font>` + name + `</font></p></td><td><p><font>` + v + `</font></p></td></tr></tbody></table></center>`
	}
	page := `<html><head><meta charset="utf-8"></head><body><p align="center">某区2023年政府信息公开工作年度报告</p>` +
		table("行政许可", "1523") + table("行政处罚", "87") + table("行政强制", "12") + `</body></html>`
	path := filepath.Join(dir, "xxgk.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "extract", path, "--format", "json", "--derive=false")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var figs []struct {
		Indicator string  `json:"indicator"`
		Value     float64 `json:"value"`
		Span      *[2]int `json:"span"`
		Source    struct {
			Table int `json:"table"`
			Row   int `json:"row"`
			Col   int `json:"col"`
		} `json:"source"`
	}
	if err := json.Unmarshal([]byte(out), &figs); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(figs) != 3 {
		t.Fatalf("%d figures, want 3 (one per table):\n%s", len(figs), out)
	}
	for i, want := range []string{"行政许可本年处理决定数量", "行政处罚本年处理决定数量", "行政强制本年处理决定数量"} {
		f := figs[i]
		if f.Indicator != want || f.Source.Table != i+1 || f.Source.Row != 1 || f.Source.Col != 1 || f.Span != nil {
			t.Errorf("figure %d: %+v, want %s in table %d row 1 col 1 with no span", i, f, want, i+1)
		}
	}
}
