package extract

import "testing"

// Tests of the rule for summaries copied by blocks of columns (tables
// written for the tests, with made-up numbers).

// TestLabelBlockColumns: years one a line with their unit, a heading of
// the table, a block of two labels and each year's two values, then a
// block whose heading refers to its indented items by 其, a missing mark
// among the values.
func TestLabelBlockColumns(t *testing.T) {
	text := "截至十二月三十一日止年度\n2023\n人民币千元\n2022\n人民币千元\n业绩\n收入\n\n销售成本\n\n" +
		"1,000\n(1,600)\n\n900\n(1,500)\n" +
		"毛利\n应占其利润\n   合营公司\n   联营公司\n400\n\n-\n(2,000)\n400\n\n15\n30\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "label blocks", figs, []wantFig{
		{ind: "收入", value: 1000, unit: "人民币千元"},
		{ind: "收入", value: 900, unit: "人民币千元", prior: true},
		{ind: "销售成本", value: -1600, unit: "人民币千元"},
		{ind: "销售成本", value: -1500, unit: "人民币千元", prior: true},
		{ind: "毛利", value: 400, unit: "人民币千元"},
		{ind: "毛利", value: 400, unit: "人民币千元", prior: true},
		{ind: "应占合营公司利润", value: 15, unit: "人民币千元", prior: true},
		{ind: "应占联营公司利润", value: -2000, unit: "人民币千元"},
		{ind: "应占联营公司利润", value: 30, unit: "人民币千元", prior: true},
	})
}

// TestLabelBlockColumnsCountsDiffer: a block whose values are not the
// years times its labels is not read (which value is whose is not
// written), nor are years without blocks.
func TestLabelBlockColumnsCountsDiffer(t *testing.T) {
	for _, text := range []string{
		"2023\n人民币千元\n2022\n人民币千元\n收入\n销售成本\n1,000\n(600)\n900\n",
		"2023\n2022\n收入\n销售成本\n其他\n1,000\n(600)\n900\n(500)\n",
		"2023\n人民币千元\n2022\n美元千元\n收入\n1,000\n900\n",
		"2023\n2022\n",
	} {
		x := &extractor{s: text}
		if rows, _ := x.labelBlockColumns(0); rows != nil {
			t.Errorf("labelBlockColumns(%q) = %d rows, want none", text, len(rows))
		}
	}
	if got := blockItemName("应收款项", "关联方"); got != "应收款项关联方" {
		t.Errorf("blockItemName = %q", got)
	}
}

// TestLabelBlockColumnsTextEnd: years at the end of the text, without a
// newline after the last, give nothing and do not panic.
func TestLabelBlockColumnsTextEnd(t *testing.T) {
	for _, text := range []string{"2023\n2022", "2023\n人民币千元\n2022\n人民币千元", "2023\n2022\n收入\n1,000"} {
		x := &extractor{s: text}
		if rows, _ := x.labelBlockColumns(0); rows != nil {
			t.Errorf("labelBlockColumns(%q) = %d rows, want none", text, len(rows))
		}
	}
}

// TestCompanyLabelPieceSuffix: a piece that starts with 者 (a suffix, no
// label starts so) ends the label above, though a row follows it.
func TestCompanyLabelPieceSuffix(t *testing.T) {
	if !companyLabelPiece("归属于母公司的所有", "者权益", true) {
		t.Error("者权益 after 归属于母公司的所有 should end the label above")
	}
	if companyLabelPiece("营业收入", "营业成本", true) {
		t.Error("营业成本 before a row should start the next label")
	}
}
