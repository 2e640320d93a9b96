package extract

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// The throughput and linearity of the text-table readers: | tables with
// headers over two rows and units in them, box-drawn │ tables, tables
// aligned by spaces as pdftotext -layout writes them and tables copied one
// cell per line, with prose between them.

// tableItems are the row labels of the generated tables.
var tableItems = []string{"粮食", "油料", "蔬菜", "水果", "肉类", "禽蛋", "水产品", "牛奶", "棉花", "糖料", "茶叶", "中药材"}

// writePipeTable writes a | table: a 单位 line, a header over two rows
// (本期 | 上年同期 over 数量 | 增长%), rows rows.
func writePipeTable(b *bytes.Buffer, i, rows int) {
	fmt.Fprintf(b, "表%d 主要产品产量\n单位：万吨\n", i)
	b.WriteString("指标 | 本期 | 本期 | 上年同期 | 上年同期\n")
	b.WriteString(" | 产量(万吨) | 比上年增长(%) | 产量(万吨) | 比上年增长(%)\n")
	for r := 0; r < rows; r++ {
		v := 100 + (i*31+r*7)%900
		cur, prior := float64(v)+float64(r%10)/10, float64(v-3)+float64((r+1)%10)/10
		fmt.Fprintf(b, "%s%d | %d.%d | %s | %d.%d | %d.%d\n", tableItems[r%len(tableItems)], r, v, r%10, growthText(cur, prior, 1), v-3, (r+1)%10, r%7, (i+r)%10)
	}
}

// writeBoxTable writes a box-drawn table with a header over two rows.
func writeBoxTable(b *bytes.Buffer, i, rows int) {
	fmt.Fprintf(b, "表%d 主要会计数据\n单位：元  币种：人民币\n", i)
	b.WriteString("┌────────────┬──────────────┬─────────────────────────────┬────────────┐\n")
	b.WriteString("│            │              │           上年              │ 本年比上年 │\n")
	b.WriteString("│  主要指标  │    本年      ├──────────────┬──────────────┤  增减(%)   │\n")
	b.WriteString("│            │              │    调整后    │    调整前    │            │\n")
	b.WriteString("├────────────┼──────────────┼──────────────┼──────────────┼────────────┤\n")
	for r := 0; r < rows; r++ {
		v := 10000 + (i*131+r*17)%90000
		fmt.Fprintf(b, "│%s%-4d│%14s│%14s│%14s│%12s│\n", tableItems[r%len(tableItems)]+strings.Repeat("　", 3-len([]rune(tableItems[r%len(tableItems)]))%4), r,
			fmt.Sprintf("%d.%02d", v, r%100), fmt.Sprintf("%d.00", v-100), fmt.Sprintf("%d.00", v-120), growthText(float64(v)+float64(r%100)/100, float64(v-100), 2))
	}
	b.WriteString("└────────────┴──────────────┴──────────────┴──────────────┴────────────┘\n")
}

// writeAlignedTable writes a table aligned by runs of spaces, a change
// header wrapped over two lines, as pdftotext -layout writes it.
func writeAlignedTable(b *bytes.Buffer, i, rows int) {
	fmt.Fprintf(b, "表%d 分行业营业收入\n单位：万元\n", i)
	b.WriteString("                                                        本年比上年\n")
	b.WriteString("        项目                 2023年            2022年         增减(%)\n")
	for r := 0; r < rows; r++ {
		v := 100 + (i*71+r*13)%900
		fmt.Fprintf(b, "%s营业收入%-3d        %12s      %12s    %12s\n", tableItems[r%len(tableItems)], r,
			fmt.Sprintf("%d,%03d.%02d", v, r%1000, r%100), fmt.Sprintf("%d,%03d.00", v-10, r%1000),
			growthText(float64(v*1000+r%1000)+float64(r%100)/100, float64((v-10)*1000+r%1000), 2))
	}
}

// writeCellStream writes a table copied one cell per line.
func writeCellStream(b *bytes.Buffer, i, rows int) {
	b.WriteString("报告期 |\n2023-12-31\n|\n同比变化 |\n2022-12-31\n|\n")
	b.WriteString("经营业绩(万元) |\n")
	for r := 0; r < rows; r++ {
		v := 100 + (i*37+r*11)%900
		fmt.Fprintf(b, "%s收入%d |\n%d.%d\n|\n%s%%\n|\n%d\n|\n", tableItems[r%len(tableItems)], r, v, r%10, growthText(float64(v)+float64(r%10)/10, float64(v-5), 1), v-5)
	}
}

// companyItems are the row labels of the generated company tables.
var companyItems = []string{"营业收入", "营业成本", "利润总额", "归属于上市公司股东的净利润", "经营活动产生的现金流量净额", "基本每股收益（元/股）"}

// writeCompanyTable writes a company's results table as a web copy of a
// report gives it, cells apart by single spaces: a 单位 line, a header of
// periods and their change, rows of amounts, an inner header of the
// period ends and its rows.
func writeCompanyTable(b *bytes.Buffer, i, rows int) {
	b.WriteString("单位：元 币种：人民币\n")
	b.WriteString("项目 本报告期 上年同期 本报告期比上年同期增减(%)\n")
	for r := 0; r < rows; r++ {
		v := 100 + (i*53+r*29)%900
		cur := float64(v)*1e6 + float64((i+r)%1000*1000+r%1000) + float64(r%100)/100
		prior := float64(v-1)*1e6 + float64((i*7+r)%1000*1000+(r+7)%1000) + float64((i+r)%100)/100
		fmt.Fprintf(b, "%s %d,%03d,%03d.%02d %d,%03d,%03d.%02d %s\n", companyItems[r%len(companyItems)], v, (i+r)%1000, r%1000, r%100, v-1, (i*7+r)%1000, (r+7)%1000, (i+r)%100, growthText(cur, prior, 2))
	}
	b.WriteString("本报告期末 上年度末 本报告期末比上年度末增减(%)\n")
	for r := 0; r < 2; r++ {
		v := 500 + (i*71+r*13)%400
		cur := float64(v)*1e6 + float64(i%1000*1000+r%1000) + float64(i%100)/100
		prior := float64(v-9)*1e6 + float64((i+3)%1000*1000+r%1000)
		fmt.Fprintf(b, "%s %d,%03d,%03d.%02d %d,%03d,%03d.00 %s\n", []string{"总资产", "归属于上市公司股东的净资产"}[r], v, i%1000, r%1000, i%100, v-9, (i+3)%1000, r%1000, growthText(cur, prior, 2))
	}
}

// growthText is the growth of cur over prior in %, written with dec
// decimals: the generated tables' changes fit their levels, as a report's
// do (misreadTable checks them).
func growthText(cur, prior float64, dec int) string {
	return strconv.FormatFloat((cur/prior-1)*100, 'f', dec, 64)
}

// writeTableProse writes a paragraph of prose with figures.
func writeTableProse(b *bytes.Buffer, i int) {
	v := 1000 + i%9000
	fmt.Fprintf(b, "%s、第%d部分\n", cnSection[i%len(cnSection)], i)
	fmt.Fprintf(b, "坚持以%s为重点，深入推进%s工作。全年受理第%d类案件%d件，同比下降%d.%02d%%。地区生产总值%d.%d亿元，比上年增长%d.%d%%。\n",
		narr[i%len(narr)], narr[(i+1)%len(narr)], i%50, v, i%30, i%100, v, i%10, i%9, i%10)
}

// genTables writes about size bytes of tables of the four forms, 12 rows
// each, with a paragraph of prose between them.
func genTables(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 4096)
	b.WriteString("某市2023年统计资料\n")
	for i := 0; b.Len() < size; i++ {
		writeTableProse(&b, i)
		switch i % 4 {
		case 0:
			writePipeTable(&b, i, 12)
		case 1:
			writeBoxTable(&b, i, 12)
		case 2:
			writeAlignedTable(&b, i, 12)
		case 3:
			writeCellStream(&b, i, 12)
		}
	}
	return b.Bytes()
}

// genMixed writes about size bytes of a report: prose (genReport's) in
// runs of about 8 KB with a table of one of the four forms after each.
func genMixed(size int) []byte {
	prose := genReport(64 << 10)
	var b bytes.Buffer
	b.Grow(size + 8192)
	for i, p := 0, 0; b.Len() < size; i++ {
		q := p + 8<<10
		if q >= len(prose) {
			p, q = 0, 8<<10
		}
		for q < len(prose) && prose[q-1] != '\n' {
			q++
		}
		b.Write(prose[p:q])
		p = q
		switch i % 4 {
		case 0:
			writePipeTable(&b, i, 20)
		case 1:
			writeBoxTable(&b, i, 20)
		case 2:
			writeAlignedTable(&b, i, 20)
		case 3:
			writeCellStream(&b, i, 20)
		}
	}
	return b.Bytes()
}

func benchText(b *testing.B, text []byte) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTables1MB and BenchmarkTables50MB measure extraction throughput
// on text that is all tables (target ≥ 20 MB/s on one core at both sizes).
func BenchmarkTables1MB(b *testing.B)  { benchText(b, genTables(1<<20)) }
func BenchmarkTables50MB(b *testing.B) { benchText(b, genTables(50<<20)) }

// BenchmarkMixed1MB and BenchmarkMixed50MB measure a report of prose with
// a table every 8 KB.
func BenchmarkMixed1MB(b *testing.B)  { benchText(b, genMixed(1<<20)) }
func BenchmarkMixed50MB(b *testing.B) { benchText(b, genMixed(50<<20)) }

// TestGeneratedTablesRead: the generated tables are read as tables (so
// that the benchmarks measure the table readers): every form yields its
// rows' figures.
func TestGeneratedTablesRead(t *testing.T) {
	for _, c := range []struct {
		name  string
		write func(*bytes.Buffer, int, int)
		min   int // figures from 12 rows at least
	}{
		{"pipe", writePipeTable, 24},
		{"box", writeBoxTable, 24},
		{"aligned", writeAlignedTable, 24},
		{"cellstream", writeCellStream, 24},
		{"company", writeCompanyTable, 24},
	} {
		var b bytes.Buffer
		c.write(&b, 1, 12)
		figs, err := Extract(b.Bytes(), Options{Year: 2023})
		if err != nil {
			t.Fatal(err)
		}
		tables := map[int]bool{}
		n := 0
		for _, f := range figs {
			if f.Source.Table > 0 {
				tables[f.Source.Table] = true
				n++
			}
		}
		if n < c.min || len(tables) != 1 {
			t.Errorf("%s: %d figures from %d tables, want ≥ %d from 1\n%s", c.name, n, len(tables), c.min, b.String())
		}
	}
}

// genForm writes about size bytes of tables of one form, 12 rows each,
// with a paragraph of prose between them.
func genForm(size int, write func(*bytes.Buffer, int, int)) []byte {
	var b bytes.Buffer
	b.Grow(size + 4096)
	for i := 0; b.Len() < size; i++ {
		writeTableProse(&b, i)
		write(&b, i, 12)
	}
	return b.Bytes()
}

// BenchmarkTableForms measures each form of text table on its own (1 MB),
// and a company's results table written as text with single spaces
// (companyLines), which the Tables texts do not hold.
func BenchmarkTableForms(b *testing.B) {
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer, int, int)
	}{{"pipe", writePipeTable}, {"box", writeBoxTable}, {"aligned", writeAlignedTable}, {"cellstream", writeCellStream}, {"company", writeCompanyTable}} {
		b.Run(f.name, func(b *testing.B) { benchText(b, genForm(1<<20, f.write)) })
	}
}
