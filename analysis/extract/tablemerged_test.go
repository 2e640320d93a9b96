package extract

import "testing"

// TestTemplateT3MergedLabels: the 信息公开年报 T3 table as a page copies
// it, its merged label cells written once: a line that starts with | under
// a row that does not is a row of its own whose first label is the one
// above (| (二)部分公开 | … under 三、本年度办理结果 | (一)予以公开 | …), and
// the header's 商业企业 and 科研机构 wrapped over two header rows (商业 |
// 科研 over 企业 | 机构) still name the template's columns.
func TestTemplateT3MergedLabels(t *testing.T) {
	text := "三、收到和处理政府信息公开申请情况\n" +
		"(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n" +
		"自然人 | 法人或其他组织 | 总计 |\n" +
		"商业 | 科研 | 社会公益组织 | 法律服务机构 | 其他 |\n" +
		"企业 | 机构 |\n" +
		"一、本年新收政府信息公开申请数量 | 4 | 1 | | | | | 5 |\n" +
		"三、本年度办理结果 | (一)予以公开 | 2 | | | | | | 2 |\n" +
		"| (二)部分公开 | 1 | | | | | | 1 |\n" +
		"| (三)不予公开 | 1.属于国家秘密 | | | | | | | 0 |\n" +
		"| | 2.保护第三方合法权益 | 1 | 1 | | | | | 2 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "T3", figs, []wantFig{
		{ind: "本年新收政府信息公开申请数量自然人", value: 4},
		{ind: "本年新收政府信息公开申请数量法人或其他组织商业企业", value: 1},
		{ind: "本年新收政府信息公开申请数量总计", value: 5},
		{ind: "本年度办理结果予以公开自然人", value: 2},
		{ind: "本年度办理结果予以公开总计", value: 2},
		{ind: "本年度办理结果部分公开自然人", value: 1},
		{ind: "本年度办理结果部分公开总计", value: 1},
		{ind: "本年度办理结果不予公开属于国家秘密总计", value: 0},
		{ind: "本年度办理结果不予公开保护第三方合法权益自然人", value: 1},
		{ind: "本年度办理结果不予公开保护第三方合法权益法人或其他组织商业企业", value: 1},
		{ind: "本年度办理结果不予公开保护第三方合法权益总计", value: 2},
	})
}

// TestMergedLabelLine: outside the template, a | line whose first written
// cell is a label is a row under the label above it, and one whose first
// written cell is a number continues the row above (the copy broke it).
func TestMergedLabelLine(t *testing.T) {
	text := "单位:所\n" +
		"地区 | | 2022年 | 2023年 |\n" +
		"甲县 | 小学 | 12 | 11 |\n" +
		"| 初中 | 5 | 6 |\n" +
		"乙县 | 小学 | 9 | 10 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "merged label", figs, []wantFig{
		{ind: "甲县小学", value: 12, unit: "所", prior: true},
		{ind: "甲县小学", value: 11, unit: "所"},
		{ind: "甲县初中", value: 5, unit: "所", prior: true},
		{ind: "甲县初中", value: 6, unit: "所"},
		{ind: "乙县小学", value: 9, unit: "所", prior: true},
		{ind: "乙县小学", value: 10, unit: "所"},
	})
}

func TestLabelUnderMerged(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"| (二)部分公开 | | | 0 |", true},
		{"| | 2.保护第三方合法权益 | 1 | 2 |", true},
		{"| 初中 | 5 | 6 |", true},
		{"| 3.5 | 40.2 | 2100 |", false}, // a row broken by the copy
		{"| -1.5 |", false},
		{"| — | 12 |", false},
		{"| 下降3.2% | 12 |", false},
		{"| 注:本表不含技工学校 |", false}, // a label, no number after it
		{"| 小计 |", false},
	} {
		if got := labelUnderMerged(splitCells(c.line, 0, len(c.line), nil)); got != c.want {
			t.Errorf("labelUnderMerged(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestHeaderHasWord(t *testing.T) {
	cells := []string{"自然人", "商业", "科研", "企业", "机构", "总计"}
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"商业企业", true}, {"科研机构", true}, {"总计", true},
		{"法律服务机构", false}, {"社会公益组织", false}, {"其他", false},
	} {
		if got := headerHasWord(cells, c.w); got != c.want {
			t.Errorf("headerHasWord(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestCodeRows: the rows of a finance page's indicator table that hold
// codes of a kind (审计意见 1 = standard opinion, 行业代码) give no figure;
// rows of counts or amounts beside them do, also when their label holds a
// code word before the end (类型数) or names opinions counted (纠正意见).
func TestCodeRows(t *testing.T) {
	text := "报告期 | 2022/12/31 | 2023/12/31 |\n" +
		"每股净资产(元) | 5.12 | 5.40 |\n" +
		"审计意见类型 | 1 | 1 |\n" +
		"会计师事务所审计意见 | 1 | 2 |\n" +
		"所属行业代码 | 39 | 39 |\n" +
		"经营状态 | 0 | — |\n" +
		"产品类型数 | 12 | 14 |\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "code rows", figs, []wantFig{
		{ind: "每股净资产", value: 5.12, unit: "元"},
		{ind: "每股净资产", value: 5.40, unit: "元"},
		{ind: "产品类型数", value: 12},
		{ind: "产品类型数", value: 14},
	})
	text = "项目 | 本年 | 上年 |\n" +
		"提出纠正意见(件) | 12 | 9 |\n" +
		"案件类型 | 3.5 | 2.1 |\n"
	figs = mustExtract(t, text, Options{Year: 2023})
	if len(figs) != 4 {
		for _, f := range figs {
			t.Logf("got %q %v %q", f.Indicator, f.Value, f.Unit)
		}
		t.Fatalf("counts of opinions and decimals under a kind word: %d figures, want 4", len(figs))
	}
}

func TestCodeRow(t *testing.T) {
	row := func(cells ...string) trow {
		var r trow
		for _, c := range cells {
			r.cells = append(r.cells, tcell{text: c})
		}
		return r
	}
	for _, c := range []struct {
		label, unit string
		r           trow
		want        bool
	}{
		{"会计师事务所审计意见", "", row("会计师事务所审计意见", "1", "1"), true},
		{"企业类型", "", row("企业类型", "2", "", "—"), true},
		{"股票代码", "", row("股票代码", "300535"), true},
		{"审计意见", "", row("审计意见", "标准无保留意见"), false}, // written out: no number at all
		{"企业类型", "", row("企业类型", "1.5"), false},
		{"企业类型", "", row("企业类型", "12%"), false},
		{"企业类型", "个", row("企业类型(个)", "12"), false}, // a unit makes it a count
		{"纠正意见", "", row("纠正意见", "12"), false},
		{"类型数", "", row("类型数", "12"), false},
		{"营业收入", "", row("营业收入", "1200"), false},
	} {
		if got := codeRow(c.label, c.unit, c.r); got != c.want {
			t.Errorf("codeRow(%q, %q, %v) = %v, want %v", c.label, c.unit, cellTexts(c.r.cells), got, c.want)
		}
	}
}
