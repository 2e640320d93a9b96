package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/doc"
)

// xxgkBlankValues are made-up T3 counts where most cells are 0, as in a
// small office's report: a report that leaves zero cells blank writes
// little but the totals.
func xxgkBlankValues() [][]int {
	var rows [][]int
	for i := range 25 {
		r := make([]int, 7)
		switch i % 5 {
		case 0:
			r[0] = i + 2 // 自然人 only
		case 2:
			r[0], r[1] = 3, i // 自然人 and 商业企业
		case 4:
			r[4] = 1 // 法律服务机构 only
		}
		for _, v := range r[:6] {
			r[6] += v
		}
		rows = append(rows, r)
	}
	return rows
}

// xxgkBlankWant is xxgkWant without the cells left blank (0 but for the
// totals: a blank-celled copy writes 总计 0).
func xxgkBlankWant(vals [][]int, t4 []int, blankT4 bool) map[string]int {
	want := xxgkWant(vals, t4)
	for k, v := range want {
		if v != 0 {
			continue
		}
		t4cell := strings.HasPrefix(k, "行政复议") || strings.HasPrefix(k, "行政诉讼")
		if t4cell && blankT4 || !t4cell && !strings.HasSuffix(k, "总计") {
			delete(want, k)
		}
	}
	return want
}

// xxgkT3Cell writes a T3 count as a blank-celled copy does: "" for a 0
// outside the total column.
func xxgkT3Cell(v, c int) string {
	if v == 0 && c < 6 {
		return ""
	}
	return fmt.Sprint(v)
}

// xxgkBlankCellLines writes T3 and T4 as a stored web page writes a table
// one cell a line: each cell followed by " |", a blank cell a lone "|", a
// merged cell's padding a line of bars (||), the group labels merged down
// their rows written once.
func xxgkBlankCellLines(vals [][]int, t4 []int) string {
	var b strings.Builder
	b.WriteString("三、收到和处理政府信息公开申请情况\n")
	for _, h := range []string{"(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况", "||||||||",
		"自然人", "法人或其他组织", "总计", "|||||||", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "|||||"} {
		if strings.HasPrefix(h, "||") {
			b.WriteString(h + "\n")
			continue
		}
		b.WriteString(h + " |\n")
	}
	prev := []string{"", ""}
	for i, l := range xxgkT3Labels {
		for k, p := range l {
			if k < len(l)-1 && k < 2 && prev[k] == p {
				continue // merged down from the row above
			}
			b.WriteString(p + " |\n")
		}
		prev = []string{l[0], ""}
		if len(l) > 1 {
			prev[1] = l[1]
		}
		if len(l) == 1 {
			b.WriteString("||\n") // the label spans three columns
		}
		for c, v := range vals[i] {
			if s := xxgkT3Cell(v, c); s != "" {
				b.WriteString(s + " |\n")
			} else {
				b.WriteString("|\n")
			}
		}
	}
	b.WriteString("四、政府信息公开行政复议、行政诉讼情况\n")
	for _, h := range []string{"行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"} {
		b.WriteString(h + " |\n")
	}
	for range 2 {
		for _, h := range []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"} {
			b.WriteString(h + " |\n")
		}
	}
	for _, v := range t4 {
		if v == 0 {
			b.WriteString("|\n")
		} else {
			fmt.Fprintf(&b, "%d |\n", v)
		}
	}
	b.WriteString("五、存在的主要问题及改进情况\n政策解读形式还不够丰富。\n")
	return b.String()
}

// TestXXGKBlankCellLines: T3 and T4 copied one cell a line with blank
// cells as lone bars give every written count in its cell, and no figure
// for a blank.
func TestXXGKBlankCellLines(t *testing.T) {
	vals := xxgkBlankValues()
	text := xxgkBlankCellLines(vals, xxgkT4Values)
	checkXXGK(t, mustExtract(t, text, Options{Year: 2024}), xxgkBlankWant(vals, xxgkT4Values, true))
}

// xxgkBlankPipeRows writes T3 and T4 as `|` rows whose blank cells are
// empty between bars (| |), the group columns blank on a group's later
// rows, a label spanning its columns padded with empty cells.
func xxgkBlankPipeRows(vals [][]int, t4 []int, sep string) string {
	row := func(cells ...string) string {
		if sep == "\t" {
			return strings.Join(cells, "\t") + "\n"
		}
		return "| " + strings.Join(cells, " | ") + " |\n"
	}
	var b strings.Builder
	b.WriteString("三、收到和处理政府信息公开申请情况\n")
	b.WriteString(row("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""))
	b.WriteString(row("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"))
	b.WriteString(row("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""))
	prev := []string{"", ""}
	for i, l := range xxgkT3Labels {
		var cells []string
		switch len(l) {
		case 1:
			cells = []string{l[0], "", ""}
		case 2:
			cells = []string{l[0], l[1], ""}
		default:
			cells = append([]string(nil), l...)
		}
		for k := 0; k < 2 && k < len(l)-1; k++ {
			if prev[k] == l[k] {
				cells[k] = ""
			}
		}
		prev = []string{l[0], ""}
		if len(l) > 2 {
			prev[1] = l[1]
		}
		for c, v := range vals[i] {
			cells = append(cells, xxgkT3Cell(v, c))
		}
		b.WriteString(row(cells...))
	}
	b.WriteString("四、政府信息公开行政复议、行政诉讼情况\n")
	b.WriteString(row("行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""))
	b.WriteString(row("", "", "", "", "", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""))
	r := strings.Split(strings.Repeat("结果维持 结果纠正 其他结果 尚未审结 总计 ", 3), " ")
	b.WriteString(row(r[:15]...))
	var v4 []string
	for _, v := range t4 {
		if v == 0 {
			v4 = append(v4, "")
		} else {
			v4 = append(v4, fmt.Sprint(v))
		}
	}
	b.WriteString(row(v4...))
	b.WriteString("五、存在的主要问题及改进情况\n政策解读形式还不够丰富。\n")
	return b.String()
}

// TestXXGKBlankPipeRows: `|` rows and tab-separated rows with blank cells
// give every written count in its cell.
func TestXXGKBlankPipeRows(t *testing.T) {
	vals := xxgkBlankValues()
	for _, sep := range []string{"|", "\t"} {
		t.Run(fmt.Sprintf("%q", sep), func(t *testing.T) {
			text := xxgkBlankPipeRows(vals, xxgkT4Values, sep)
			checkXXGK(t, mustExtract(t, text, Options{Year: 2024}), xxgkBlankWant(vals, xxgkT4Values, true))
		})
	}
}

// TestXXGKTotalOnly: a copy that dropped the blank cells (one cell a
// line, no bars) loses which column a count stood in: only each row's
// total is read, in 总计, and nothing from a row whose counts do not add
// up to its last.
func TestXXGKTotalOnly(t *testing.T) {
	vals := xxgkBlankValues()
	text := strings.NewReplacer(" |\n", "\n", "|\n", "").Replace(xxgkBlankCellLines(vals, xxgkT4Values))
	text = text[:strings.Index(text, "四、政府信息公开")]
	want := map[string]int{}
	for k, v := range xxgkWant(vals, xxgkT4Values) {
		if strings.HasSuffix(k, "总计") && !strings.HasPrefix(k, "行政") {
			want[k] = v
		}
	}
	figs := mustExtract(t, text, Options{Year: 2024})
	checkXXGK(t, figs, want)

	// 3 and 2 under a total of 4: not the row's counts.
	bad := strings.Replace(text, "二、上年结转政府信息公开申请数量\n", "二、上年结转政府信息公开申请数量\n3\n2\n", 1)
	for _, f := range mustExtract(t, bad, Options{Year: 2024}) {
		if strings.HasPrefix(f.Indicator, "上年结转") && strings.HasSuffix(f.Indicator, "总计") {
			t.Errorf("%s = %v read from a row that does not add up", f.Indicator, f.Value)
		}
	}
}

func TestXXGKRowCells(t *testing.T) {
	tok := func(s string) xxgkToken {
		if s == "_" {
			return xxgkToken{value: true, blank: true}
		}
		return xxgkToken{text: s, value: true}
	}
	for _, c := range []struct {
		cells string
		want  string // the seven placed, "" when none
	}{
		{"1 2 _ _ _ _ 3", "1 2 _ _ _ _ 3"},
		{"1 2 _ _ _ _ 3 _ _", "1 2 _ _ _ _ 3"}, // padding after
		{"_ _ 1 2 _ _ _ _ 3", "1 2 _ _ _ _ 3"}, // padding before: the sums place it
		{"_ 5 _ _ _ _ _ 5", "5 _ _ _ _ _ 5"},   // 自然人 5, 总计 5
		{"1 2 _ _ _ _ 3 4", ""},                // eight counts
		{"_ _ _ _ _ _ 0", "_ _ _ _ _ _ 0"},     // the total alone
		{"2 3 5", "_ _ _ _ _ _ 5"},             // blanks lost: the total only
		{"2 3 6", ""},                          // no total
		{"4", "_ _ _ _ _ _ 4"},                 // the total alone, blanks lost
		{"_ _ _ _ _ _ _ _", "_ _ _ _ _ _ _"},   // all blank
		{"1 1 _ _ _ _ 2 _", "1 1 _ _ _ _ 2"},   // a blank after the row
		{"1 1 _ _ _ _ _ 2", ""},                // eight cells, counts at both ends
	} {
		var cells []xxgkToken
		for _, s := range strings.Fields(c.cells) {
			cells = append(cells, tok(s))
		}
		got, ok := xxgkRowCells(cells, 7, xxgkT3Sums)
		var g []string
		for _, x := range got {
			if x.blank {
				g = append(g, "_")
			} else {
				g = append(g, x.text)
			}
		}
		if s := strings.Join(g, " "); ok != (c.want != "") || s != c.want {
			t.Errorf("xxgkRowCells(%s) = %q %v, want %q", c.cells, s, ok, c.want)
		}
	}
}

// TestXXGKShortFormNotTemplate: a report's own shorter T3 (fewer
// applicant columns than the template's) is left to the table rules,
// which read its header.
func TestXXGKShortFormNotTemplate(t *testing.T) {
	text := "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | | |\n" +
		"| 自然人 | 法人或其他组织 | 总计\n" +
		"一、本年新收政府信息公开申请数量 | 5 | | 5\n" +
		"二、上年结转政府信息公开申请数量 | | 1 | 1\n"
	if _, ok := readXXGKRows(xxgkLineTokens(text, 0, nil)); ok {
		t.Error("a three-column T3 read by the template's seven columns")
	}
}

// TestXXGKBlockBlanks: an empty cell of a document's table is a blank of
// the template's reading, so T4 with a blank first cell keeps its places.
func TestXXGKBlockBlanks(t *testing.T) {
	head := strings.Fields("行政复议 行政诉讼 未经复议直接起诉 复议后起诉")
	res := strings.Fields(strings.Repeat("结果维持 结果纠正 其他结果 尚未审结 总计 ", 3))
	vals := []string{"", "2", "", "1", "3", "1", "", "", "", "1", "", "", "", "", ""}
	tb, err := doc.NewTable([][]string{head, res, vals})
	if err != nil {
		t.Fatal(err)
	}
	toks := blockTokens(doc.Block{Kind: doc.TableBlock, Table: tb}, nil)
	tab, ok := readXXGKT4Blanks(toks)
	if !ok {
		t.Fatal("T4 with blank cells not read")
	}
	for i, v := range tab.values {
		if v.text != vals[i] {
			t.Errorf("cell %d = %q, want %q", i, v.text, vals[i])
		}
	}
}

// TestXXGKNoFirstHeaderRow: a copy that dropped T3's first header row
// (its note and 申请人情况) starts the table at 自然人; its rows are read by
// the template one cell a line and tab-separated.
func TestXXGKNoFirstHeaderRow(t *testing.T) {
	vals := xxgkBlankValues()
	cells := xxgkBlankCellLines(vals, xxgkT4Values)
	cells = strings.Replace(cells, "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 |\n||||||||\n", "", 1)
	tabs := xxgkBlankPipeRows(vals, xxgkT4Values, "\t")
	tabs = tabs[:strings.Index(tabs, "（本列")] + tabs[strings.Index(tabs, "\t\t\t自然人"):]
	for name, text := range map[string]string{"cells": cells, "tabs": tabs} {
		if strings.Contains(text, "申请人情况") {
			t.Fatalf("%s: the header row is still there", name)
		}
		t.Run(name, func(t *testing.T) {
			checkXXGK(t, mustExtract(t, text, Options{Year: 2024}), xxgkBlankWant(vals, xxgkT4Values, true))
		})
	}
}

// TestColumnNumberingGap: counts 1, 2 and 3 with blank cells between (a
// template row: 1 | 2 | | | | | 3) are no row of column numbers.
func TestColumnNumberingGap(t *testing.T) {
	row := func(cells ...string) trow {
		var r trow
		for _, c := range cells {
			r.cells = append(r.cells, tcell{text: c})
		}
		return r
	}
	for _, c := range []struct {
		r    trow
		want bool
	}{
		{row("", "1", "2", "3", "4"), true},
		{row("", "", "1", "2", "3", ""), true},
		{row("5.要求行政机关确认或重新出具已获取信息", "1", "2", "", "", "", "", "3"), false},
		{row("一、本年新收", "1", "2", "3", "", "", "", "6"), false},
	} {
		if got := isColumnNumbering(c.r); got != c.want {
			t.Errorf("isColumnNumbering(%v) = %v, want %v", c.r.cells, got, c.want)
		}
	}
}

// TestXXGKExcerptCutInRow: an excerpt that stops inside a row of T3 (its
// total cut off) gives that row's cells in its first columns, no total;
// an empty cell between a row's label cells is no cell of it.
func TestXXGKExcerptCutInRow(t *testing.T) {
	vals := xxgkT3Values()
	text := xxgkBlankPipeRows(vals, xxgkT4Values, "|")
	text = text[:strings.Index(text, "|  |  | 3.危及")]
	text += "|  |  | 3.危及“三安全一稳定” | 4 | 0 | 0 | 1 | 0 | 0 |\n"
	// An empty cell between a row's label cells (the group column).
	merged := "| 三、本年度办理结果 | （一）予以公开 |  |"
	if !strings.Contains(text, merged) {
		t.Fatal("no R3.1 row to rewrite")
	}
	text = strings.Replace(text, merged, "| 三、本年度办理结果 |  | （一）予以公开 |", 1)
	figs := mustExtract(t, text, Options{Year: 2024})
	got := map[string]float64{}
	for _, f := range figs {
		got[f.Indicator] = f.Value
	}
	for _, k := range []string{"本年新收政府信息公开申请数量总计", "本年度办理结果予以公开总计", "本年度办理结果不予公开其他法律行政法规禁止公开总计"} {
		if _, ok := got[k]; !ok {
			t.Errorf("%s not read", k)
		}
	}
	n := 0
	for k, v := range got {
		if !strings.Contains(k, "危及") {
			continue
		}
		n++
		if strings.HasSuffix(k, "总计") {
			t.Errorf("cut row read with a total: %s = %v", k, v)
		}
		if strings.HasSuffix(k, "自然人") && v != 4 || strings.HasSuffix(k, "社会公益组织") && v != 1 {
			t.Errorf("%s = %v", k, v)
		}
	}
	if n != 6 {
		t.Errorf("cut row: %d figures, want its 6 cells", n)
	}
}

// TestXXGKRowsAfterWholeTable: rows after a whole T3 that are no template
// row (a report's own 合计) end the template's reading; the table before
// is read.
func TestXXGKRowsAfterWholeTable(t *testing.T) {
	vals := xxgkBlankValues()
	text := xxgkBlankPipeRows(vals, xxgkT4Values, "|")
	text = text[:strings.Index(text, "四、政府信息公开")] + "| 合计 |  |  | 9 | 1 |  |  |  |  | 10 |\n"
	toks := xxgkLineTokens(text, 0, nil)
	tab, ok := readXXGKRows(toks)
	if !ok {
		t.Fatal("T3 not read")
	}
	if len(tab.labels) != len(xxgkT3Labels) || tab.cut != strings.Index(text, "合计") {
		t.Errorf("%d rows, cut at %d; want %d rows, cut at %d", len(tab.labels), tab.cut, len(xxgkT3Labels), strings.Index(text, "合计"))
	}
}
