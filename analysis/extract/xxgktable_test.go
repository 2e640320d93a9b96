package extract

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/ingest"
)

func TestXXGKTokens(t *testing.T) {
	cases := []struct {
		in   string
		want string // tokens, values in [ ]
	}{
		{"1.属于国家秘密1", "1.属于国家秘密 [1]"},
		{"2.其他法律行政法规禁止0公开", "2.其他法律行政法规禁止 [0] 公开"},
		{"（四）2.没有现成信息需要另行无法提3制作供", "（四）2.没有现成信息需要另行无法提 [3] 制作供"},
		{"3.其他 — 12 | 0 |", "3.其他 [—] [12] [0]"},
		{"第二十条第（五）项", "第二十条第（五）项"},
		{"1、信访举报投诉类申请 10", "1、信访举报投诉类申请 [10]"},
		{"3.危及“三安全一稳定” 0", "3.危及“三安全一稳定” [0]"},
	}
	for _, c := range cases {
		var got []string
		for _, tk := range xxgkTokens(c.in, 0, nil) {
			if tk.value {
				got = append(got, "["+tk.text+"]")
			} else {
				got = append(got, tk.text)
			}
			if c.in[tk.start:tk.end] != tk.text {
				t.Errorf("%q: token %q at [%d,%d] is %q in the text", c.in, tk.text, tk.start, tk.end, c.in[tk.start:tk.end])
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("xxgkTokens(%q) = %q, want %q", c.in, g, c.want)
		}
	}
}

// xxgkT3Values are made-up counts for the 25 rows of T3 (C1…C6, C7 their
// sum), zeros included.
func xxgkT3Values() [][]int {
	var rows [][]int
	for i := range 25 {
		r := []int{(i*7 + 3) % 11, i % 3, 0, i % 2, 0, (i + 1) % 4}
		sum := 0
		for _, v := range r {
			sum += v
		}
		rows = append(rows, append(r, sum))
	}
	return rows
}

// xxgkT4Values are made-up counts for T4.
var xxgkT4Values = []int{5, 2, 1, 0, 8, 3, 0, 1, 1, 5, 0, 0, 2, 0, 2}

// xxgkLayoutText writes T3 and T4 of the template as pdftotext -layout
// writes a LibreOffice PDF of them: the header over several lines, labels
// wrapped at width runes in their narrow columns with the values on the
// label's middle line, a group's label (（三）不予公开) broken beside its
// rows, the first value run into a label that fills its column
// (1.属于国家秘密1), and the header repeated at a page break.
func xxgkLayoutText(vals [][]int, t4 []int, width int) string {
	header := `                          申请人情况

                                    法人或其他组织
（本列数据的勾稽关系为：第一项加第二项
之和，等于第三项加第四项之和）
                          自然人               社会               总计
                                         科研        法律服务
                                    商业企业    公益          其他
                                         机构        机构
                                            组织

`
	var b strings.Builder
	b.WriteString("三、收到和处理政府信息公开申请情况\n\n")
	b.WriteString(header)
	for i, l := range xxgkT3Labels {
		if i == 17 {
			b.WriteString(header) // a page break
		}
		label := l[len(l)-1]
		lines := wrapRunes(label, width)
		group := ""
		if len(l) == 3 && strings.HasPrefix(l[2], "1.") {
			group = l[1] // the group's label beside its first row
		}
		nums := make([]string, len(vals[i]))
		for k, v := range vals[i] {
			nums[k] = fmt.Sprint(v)
		}
		mid := len(lines) / 2
		for k, ln := range lines {
			prefix := "        "
			if k == 0 && group != "" {
				prefix = group + " "
			}
			if k != mid {
				b.WriteString(prefix + ln + "\n")
				continue
			}
			sep := "     "
			if utf8.RuneCountInString(ln) == width && len(lines) == 1 {
				sep = "" // the label fills its column: the value runs into it
			}
			b.WriteString(prefix + ln + sep + strings.Join(nums, "    ") + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString("四、政府信息公开行政复议、行政诉讼情况\n\n")
	b.WriteString("行政复议                        行政诉讼\n")
	b.WriteString("结果   结果   其他   尚未          未经复议直接起诉              复议后起诉\n")
	b.WriteString("维持   纠正   结果   审结   总计   结果 结果 其他 尚未 总计  结果 结果 其他 尚未 总计\n")
	b.WriteString("                            维持 纠正 结果 审结       维持 纠正 结果 审结\n")
	var t4s []string
	for _, v := range t4 {
		t4s = append(t4s, fmt.Sprint(v))
	}
	b.WriteString(strings.Join(t4s, "    ") + "\n\n")
	b.WriteString("五、存在的主要问题及改进情况\n\n政策解读还不够丰富，下一步将加以改进。\n")
	return b.String()
}

func wrapRunes(s string, width int) []string {
	var out []string
	r := []rune(s)
	for len(r) > width {
		out = append(out, string(r[:width]))
		r = r[width:]
	}
	return append(out, string(r))
}

// xxgkWant is the figures T3 and T4 must give, subject|value, written
// from the template's labels and columns.
func xxgkWant(vals [][]int, t4 []int) map[string]int {
	cols := []string{"自然人", "法人或其他组织商业企业", "法人或其他组织科研机构", "法人或其他组织社会公益组织",
		"法人或其他组织法律服务机构", "法人或其他组织其他", "总计"}
	rows := []string{"本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "本年度办理结果予以公开",
		"本年度办理结果部分公开（区分处理的，只计这一情形，不计其他情形）",
		"本年度办理结果不予公开属于国家秘密", "本年度办理结果不予公开其他法律行政法规禁止公开",
		"本年度办理结果不予公开危及“三安全一稳定”", "本年度办理结果不予公开保护第三方合法权益",
		"本年度办理结果不予公开属于三类内部事务信息", "本年度办理结果不予公开属于四类过程性信息",
		"本年度办理结果不予公开属于行政执法案卷", "本年度办理结果不予公开属于行政查询事项",
		"本年度办理结果无法提供本机关不掌握相关政府信息", "本年度办理结果无法提供没有现成信息需要另行制作",
		"本年度办理结果无法提供补正后申请内容仍不明确", "本年度办理结果不予处理信访举报投诉类申请",
		"本年度办理结果不予处理重复申请", "本年度办理结果不予处理要求提供公开出版物",
		"本年度办理结果不予处理无正当理由大量反复申请", "本年度办理结果不予处理要求行政机关确认或重新出具已获取信息",
		"本年度办理结果其他处理申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
		"本年度办理结果其他处理申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
		"本年度办理结果其他处理其他", "本年度办理结果总计", "结转下年度继续办理"}
	want := map[string]int{}
	for i, r := range rows {
		for c, col := range cols {
			if strings.HasSuffix(r, col) {
				col = "" // 本年度办理结果总计 under 总计
			}
			want[r+col] = vals[i][c]
		}
	}
	k := 0
	for _, g := range []string{"行政复议", "行政诉讼未经复议直接起诉", "行政诉讼复议后起诉"} {
		for _, r := range []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"} {
			want[g+r] = t4[k]
			k++
		}
	}
	return want
}

func checkXXGK(t *testing.T, figs []Figure, want map[string]int) {
	t.Helper()
	got := map[string]bool{}
	n := 0
	for _, f := range figs {
		if f.Source.Table == 0 {
			continue
		}
		n++
		v, ok := want[f.Indicator]
		switch {
		case !ok:
			t.Errorf("junk figure %s %v %q", f.Indicator, f.Value, f.Unit)
		case float64(v) != f.Value || f.Unit != "":
			t.Errorf("%s = %v %q, want %d", f.Indicator, f.Value, f.Unit, v)
		case got[f.Indicator]:
			t.Errorf("%s twice", f.Indicator)
		}
		got[f.Indicator] = true
	}
	if n != len(want) {
		t.Errorf("%d table figures, want %d", n, len(want))
	}
}

// TestXXGKLayoutText: T3 and T4 as pdftotext -layout writes them (labels
// wrapped and run into their values, a group label beside its rows, the
// header repeated) give every count of the template, in its cell, and no
// number of a label.
func TestXXGKLayoutText(t *testing.T) {
	vals := xxgkT3Values()
	for _, width := range []int{7, 10, 14} {
		text := xxgkLayoutText(vals, xxgkT4Values, width)
		figs, err := Extract([]byte(text), Options{Year: 2024})
		if err != nil {
			t.Fatal(err)
		}
		t.Run(fmt.Sprint(width), func(t *testing.T) { checkXXGK(t, figs, xxgkWant(vals, xxgkT4Values)) })
	}
}

// TestXXGKCellStream: T3 written one cell a line, each ending with |, as
// a stored web copy writes it, cut after its first four rows (an
// excerpt): the rows it has are read by the template.
func TestXXGKCellStream(t *testing.T) {
	vals := xxgkT3Values()
	var b strings.Builder
	b.WriteString("三、收到和处理政府信息公开申请情况\n")
	for _, h := range []string{"(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况", "自然人", "法人或其他组织", "总计",
		"商业 企业", "科研 机构", "社会公益组织", "法律服务机构", "其他"} {
		b.WriteString(h + " |\n")
	}
	for i, l := range xxgkT3Labels[:4] {
		for k, p := range l {
			if i == 3 && k == 0 {
				continue // 三、本年度办理结果 is merged down from the row above
			}
			b.WriteString(strings.NewReplacer("（", "(", "）", ")", "，", ",").Replace(p) + " |\n")
		}
		for _, v := range vals[i] {
			fmt.Fprintf(&b, "%d |\n", v)
		}
	}
	figs, err := Extract([]byte(b.String()), Options{Year: 2024})
	if err != nil {
		t.Fatal(err)
	}
	all := xxgkWant(vals, xxgkT4Values)
	want := map[string]int{}
	for k, v := range all {
		for _, r := range []string{"本年新收", "上年结转", "本年度办理结果予以公开", "本年度办理结果部分公开"} {
			if strings.HasPrefix(k, r) {
				want[k] = v // named by the template, as the copy writes it but for its brackets
			}
		}
	}
	checkXXGK(t, figs, want)
}

func TestReadXXGKCounts(t *testing.T) {
	text := xxgkLayoutText(xxgkT3Values(), xxgkT4Values, 10)
	toks := xxgkTokens(text[:strings.Index(text, "四、政府信息公开")], 0, nil)
	if _, ok := readXXGK(toks); !ok {
		t.Fatal("T3 not read")
	}
	// One count more (a page number, a note) is no template table.
	toks = append(toks, xxgkToken{text: "3", value: true})
	if _, ok := readXXGK(toks); ok {
		t.Error("T3 with 176 values read")
	}
}

// TestXXGKExcerptTail: an excerpt of a PDF's text that starts inside T3
// (its last row alone, no header) and writes T4's result headers a
// character a line, with a sentence between the heading and the table.
func TestXXGKExcerptTail(t *testing.T) {
	text := `四、结转下年度继续办理 2 0 0 0 1 0 3
四、政府信息公开行政复议、行政诉讼情况
2023 年,我单位未出现申请行政复议、提起行政诉讼的情况。
行政复议 行政诉讼
未经复议直接起诉 复议后起诉
结 结 其 尚
结 结 其 尚 结 结 其 尚
果 果 他 未
总计 果 果 他 未 总 果 果 他 未 总
维 纠 结 审
维 纠 结 审 计 维 纠 结 审 计
持 正 果 结
持 正 果 结 持 正 果 结
1 0 0 0 1 0 0 0 0 0 0 0 0 2 2
`
	figs, err := Extract([]byte(text), Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"结转下年度继续办理自然人": 2, "结转下年度继续办理法人或其他组织商业企业": 0,
		"结转下年度继续办理法人或其他组织科研机构": 0, "结转下年度继续办理法人或其他组织社会公益组织": 0,
		"结转下年度继续办理法人或其他组织法律服务机构": 1, "结转下年度继续办理法人或其他组织其他": 0, "结转下年度继续办理总计": 3}
	all := xxgkWant(xxgkT3Values(), []int{1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2})
	for k, v := range all {
		if strings.HasPrefix(k, "行政") {
			want[k] = v
		}
	}
	checkXXGK(t, figs, want)
}

func TestXXGKLoneRow(t *testing.T) {
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"四、结转下年度继续办理 0 0 0 0 0 0 0", true},
		{"1.属于国家秘密 1 0 0 0 0 0 1", true},
		{"1、属于国家秘密 1 0 0 0 0 0 1", true},
		{"四、结转下年度继续办理 0 0 0 0 0 0", false},    // six counts
		{"结转下年度的申请 0 0 0 0 0 0 0", false},     // no template label
		{"四、结转下年度继续办理 0 0 0 0 0 0 0。", false}, // a sentence
	} {
		if _, ok := xxgkLoneRow(c.line, 0); ok != c.ok {
			t.Errorf("xxgkLoneRow(%q) = %v, want %v", c.line, ok, c.ok)
		}
	}
}

func TestXXGKLoneRowNotOtherTables(t *testing.T) {
	for _, line := range []string{"其他 1 0 0 0 0 0 1", "总计 12 3 4 5 6 7 37", "（七）总计 1 0 0 0 0 0 1"} {
		_, ok := xxgkLoneRow(line, 0)
		if ok != strings.HasPrefix(line, "（七）") {
			t.Errorf("xxgkLoneRow(%q) = %v", line, ok)
		}
	}
	// A 总计 row of another report's table stays that table's.
	figs, err := Extract([]byte("各区案件数\n区 | 一月 | 二月 | 三月 | 四月 | 五月 | 六月 | 七月 |\n甲区 | 1 | 2 | 3 | 4 | 5 | 6 | 7 |\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range figs {
		if strings.Contains(f.Indicator, "自然人") {
			t.Errorf("template subject %s in another table", f.Indicator)
		}
	}
}

// TestXXGKT2Blocks: T2's blocks read by the template in a copy one cell a
// line with filler lines of | marks (traditional script, named as
// written), and as space-aligned text with one value column.
func TestXXGKT2Blocks(t *testing.T) {
	trad := "二、主動公開政府信息情況\n第二十条 第(一)項 |\n|||\n信息內容 |\n本年制發件數 |\n本年廢止件數 |\n現行有效件數 |\n" +
		"規章 |\n1 |\n0 |\n7 |\n行政規范性文件 |\n4 |\n2 |\n31 |\n第二十条 第(五)項 |\n|||\n信息內容 |\n本年處理決定數量 |\n||\n行政許可 |\n812 |\n||\n" +
		"第二十条 第(八)項 |\n|||\n信息內容 |\n本年收費金額(單位:萬元) |\n||\n行政事業性收費 |\n3.75 |\n||\n|\n"
	aligned := "第二十条第（六）项\n\n信息内容            本年处理决定数量\n\n行政处罚            640\n\n行政强制            0\n\n" +
		"第二十条第（八）项\n\n信息内容             本年收费金额（单位：万元）\n\n行政事业性收费          12.5\n\n三、收到和处理政府信息公开申请情况\n"
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"traditional", trad, []string{"規章本年制發件數|1|", "規章本年廢止件數|0|", "規章現行有效件數|7|", "行政規范性文件本年制發件數|4|",
			"行政規范性文件本年廢止件數|2|", "行政規范性文件現行有效件數|31|", "行政許可本年處理決定數量|812|", "行政事業性收費本年收費金額|3.75|万元"}}, // units in simplified script
		{"aligned", aligned, []string{"行政处罚本年处理决定数量|640|", "行政强制本年处理决定数量|0|", "行政事业性收费本年收费金额|12.5|万元"}},
	} {
		figs, err := Extract([]byte(c.text), Options{Year: 2024})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range figs {
			got = append(got, fmt.Sprintf("%s|%s|%s", f.Indicator, formatFloat(f.Value), f.Unit))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestReadXXGKT2(t *testing.T) {
	read := func(s string) bool {
		_, ok := readXXGKT2(xxgkTokens(s, 0, nil))
		return ok
	}
	if !read("第二十条第（五）项 | 信息内容 | 本年处理决定数量 | 行政许可 | 12 |") {
		t.Error("(五) not read")
	}
	if read("第二十条第（五）项 | 信息内容 | 本年处理决定数量 | 行政许可 | 12 | 3 |") {
		t.Error("(五) with two values read")
	}
	if read("第二十条第（五）项 | 信息内容 | 本年处理决定数量 | 行政许可证 | 12 |") {
		t.Error("(五) with a row not the template's read")
	}
	if !read("第二十条第（五）项 | 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | 行政许可 | 6 | 减4 | 2 |") {
		t.Error("2019 (五) not read")
	}
}

// TestXXGK2019YearChange: the 2019 form's 本年增/减 cell is a count of its
// own (减3 → 3), the change of the row's count of items (上一年项目数量
// plus it is this year's, which the form does not write), not a change of
// its 处理决定数量, the year's decisions.
func TestXXGK2019YearChange(t *testing.T) {
	text := "二、主动公开政府信息情况\n第二十条第(五)项 |\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n" +
		"行政许可 |\n9 |\n减3 |\n41 |\n其他对外管理服务事项 |\n2 |\n增1 |\n5 |\n第二十条第(八)项 |\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n" +
		"行政事业性收费 |\n4 |\n0 |\n三、收到和处理政府信息公开申请情况\n"
	figs, err := Extract([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range figs {
		got = append(got, figureKey(f))
	}
	want := []string{"行政许可上一年项目数量|9|", "行政许可本年增/减|3|", "行政许可处理决定数量|41|",
		"其他对外管理服务事项上一年项目数量|2|", "其他对外管理服务事项本年增/减|1|", "其他对外管理服务事项处理决定数量|5|",
		"行政事业性收费上一年项目数量|4|", "行政事业性收费本年增/减|0|"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// xxgkPipeT3 writes T3 as a stored web copy writes it: | between cells,
// the header over three lines with its merged cells left empty, a label
// merged down from the rows above written once.
func xxgkPipeT3(vals [][]int) string {
	var b strings.Builder
	b.WriteString("三、收到和处理政府信息公开申请情况\n")
	b.WriteString("| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 申请人情况 | | | | | | |\n")
	b.WriteString("| | | | 自然人 | 法人或其他组织 | | | | | 总计 |\n")
	b.WriteString("| | | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |\n")
	prev := make([]string, 3)
	for i, l := range xxgkT3Labels {
		cells := make([]string, 3)
		for k, p := range l {
			if p != prev[k] {
				cells[k] = p
			}
		}
		prev = append(append([]string(nil), l...), "", "")[:3]
		var vs []string
		for _, v := range vals[i] {
			vs = append(vs, fmt.Sprint(v))
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " | " + strings.Join(vs, " | ") + " |\n")
	}
	return b.String()
}

// TestXXGKPipeRows: a | copy of T3 with a row a line is read as the
// template (by the table rules, which the template agrees with).
func TestXXGKPipeRows(t *testing.T) {
	vals := xxgkT3Values()
	figs, err := Extract([]byte(xxgkPipeT3(vals)), Options{Year: 2024})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for k, v := range xxgkWant(vals, xxgkT4Values) {
		if !strings.HasPrefix(k, "行政") {
			want[k] = v
		}
	}
	checkXXGK(t, figs, want)
}

// TestXXGKDocxAsHTML: the xxgk page written as a Word file by LibreOffice
// gives through ExtractDocument the table figures its HTML gives.
func TestXXGKDocxAsHTML(t *testing.T) {
	if testing.Short() {
		t.Skip("converts with LibreOffice")
	}
	soffice := needPDFTools(t)
	dir := t.TempDir()
	p := xxgkPDFPage()
	src := filepath.Join(dir, "xxgk.html")
	if err := os.WriteFile(src, []byte(p.html), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "docx:MS Word 2007 XML", "--outdir", dir, src).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "xxgk.docx"))
	if err != nil {
		t.Fatal(err)
	}
	dd, err := ingest.ReadDocument(bytes.NewReader(data), "xxgk.docx", ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	df, err := ExtractDocument(dd, Options{Year: p.year})
	if err != nil {
		t.Fatal(err)
	}
	hd, err := ingest.ReadDocument(strings.NewReader(p.html), "xxgk.html", ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	hf, err := ExtractDocument(hd, Options{Year: p.year})
	if err != nil {
		t.Fatal(err)
	}
	html, docx := tableFigures(hf, 0), tableFigures(df, 0)
	if len(html) != p.cells {
		t.Errorf("HTML: %d table figures, want %d", len(html), p.cells)
	}
	if a, b := diffFigures(html, docx); len(a) > 0 || len(b) > 0 {
		t.Errorf("docx: %d only in HTML, %d only in docx (%v, %v)", len(a), len(b), a[:min(len(a), 6)], b[:min(len(b), 6)])
	}
}

// BenchmarkFindXXGK1MB is the template tables' own cost on the 1 MB
// report of BenchmarkExtract1MB (every line looked at once) and on 1 MB
// of template tables as pdftotext writes them.
func BenchmarkFindXXGK1MB(b *testing.B) {
	for _, in := range []struct {
		name string
		text []byte
	}{{"report", genReport(1 << 20)}, {"tables", xxgkTables(1 << 20)}} {
		b.Run(in.name, func(b *testing.B) {
			s := string(in.text)
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				findXXGK(s)
			}
		})
	}
}

func xxgkTables(size int) []byte {
	one := "一、总体情况\n本年度共受理申请100件。\n" + xxgkLayoutText(xxgkT3Values(), xxgkT4Values, 10)
	return []byte(strings.Repeat(one, size/len(one)+1)[:size])
}

func TestXXGKPageLine(t *testing.T) {
	for line, want := range map[string]bool{"- 3 -": true, "— 12 —": true, "第3页": true, "第 3 页 共 12 页": true, "3/12": true,
		"Page 9": true, "P. 9": true, "Page 9 - 2020年报": true, "0 0 0 0 0 0 0": false, "12": false, "第二十条第（五）项": false,
		"四、结转下年度继续办理 0 0 0 0 0 0 0": false, "—": false, "1.属于国家秘密 1 0 0 0 0 0 1": false} {
		if got := xxgkPageLine(line); got != want {
			t.Errorf("xxgkPageLine(%q) = %v, want %v", line, got, want)
		}
	}
	// A page number inside T3 as pdftotext writes it is no count.
	text := xxgkLayoutText(xxgkT3Values(), xxgkT4Values, 10)
	i := strings.Index(text, "        5.属于三类")
	text = text[:i] + "\n                         - 3 -\n\f" + text[i:]
	figs, err := Extract([]byte(text), Options{Year: 2024})
	if err != nil {
		t.Fatal(err)
	}
	checkXXGK(t, figs, xxgkWant(xxgkT3Values(), xxgkT4Values))
}

// TestContainsWord: containsWord agrees with strings.Contains on texts
// made of pieces of the words and characters sharing their bytes.
func TestContainsWord(t *testing.T) {
	pieces := []string{"政府", "信息", "公开", "公開", "第二十条", "行政", "复议", "攻", "收", "a", "府信息公开", "\x94\xbf"}
	words := []string{"政府信息公开", "政府信息公開", "第二十条", "行政复议", "x", "府信", "公开公"}
	var gen func(s string, n int)
	gen = func(s string, n int) {
		for _, w := range words {
			if got, want := containsWord(s, w), strings.Contains(s, w); got != want {
				t.Errorf("containsWord(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
		if n == 0 {
			return
		}
		for _, p := range pieces {
			gen(s+p, n-1)
		}
	}
	gen("", 3)
}
