package extract

import (
	"slices"
	"strings"
	"testing"
)

// spanText is the input text a figure's Span covers.
func spanText(text string, f Figure) string { return text[f.Span[0]:f.Span[1]] }

// TestBoxTableCompany: a company's 主要会计数据 drawn with box characters:
// a 单位 line above, 2022年 over 调整后 and 调整前 (a border between some
// columns only), a change column whose header wraps over two lines, labels
// that wrap inside their cell, a — for a missing value.
func TestBoxTableCompany(t *testing.T) {
	text := "2023年年度报告摘要\n3.1 主要会计数据\n单位：元  币种：人民币\n" +
		"┌────────────────┬──────────────┬─────────────────────────────┬────────────┬──────────────┐\n" +
		"│                │              │           2022年            │ 本年比上年 │              │\n" +
		"│  主要会计数据  │    2023年    ├──────────────┬──────────────┤  增减(%)   │    2021年    │\n" +
		"│                │              │    调整后    │    调整前    │            │              │\n" +
		"├────────────────┼──────────────┼──────────────┼──────────────┼────────────┼──────────────┤\n" +
		"│营业收入        │  1,520,300.50│  1,380,200.00│  1,375,000.00│       10.15│  1,200,000.00│\n" +
		"├────────────────┼──────────────┼──────────────┼──────────────┼────────────┼──────────────┤\n" +
		"│归属于上市公司股│     85,600.25│     80,100.00│     79,900.00│        6.87│     70,000.00│\n" +
		"│东的净利润      │              │              │              │            │              │\n" +
		"├────────────────┼──────────────┼──────────────┼──────────────┼────────────┼──────────────┤\n" +
		"│基本每股收益(元 │          0.52│          0.49│          0.49│        6.12│             —│\n" +
		"│/股)            │              │              │              │            │              │\n" +
		"└────────────────┴──────────────┴──────────────┴──────────────┴────────────┴──────────────┘\n" +
		"报告期内，公司经营情况良好。\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "box company table", figs, []wantFig{
		{ind: "营业收入", value: 1520300.50, unit: "元", changes: []string{"growth_pct 10.15"}, number: "1,520,300.50"},
		{ind: "营业收入", value: 1380200, unit: "元", prior: true},
		{ind: "营业收入（调整前）", value: 1375000, unit: "元", prior: true},
		{ind: "营业收入", value: 1200000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润", value: 85600.25, unit: "元", changes: []string{"growth_pct 6.87"}},
		{ind: "归属于上市公司股东的净利润", value: 80100, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润（调整前）", value: 79900, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润", value: 70000, unit: "元", prior: true},
		{ind: "基本每股收益", value: 0.52, unit: "元/股", changes: []string{"growth_pct 6.12"}},
		{ind: "基本每股收益", value: 0.49, unit: "元/股", prior: true},
		{ind: "基本每股收益（调整前）", value: 0.49, unit: "元/股", prior: true},
	})
	wantPeriods := []string{"2023年", "2022年", "2022年", "2021年"}
	wantYears := []int{2023, 2022, 2022, 2021}
	for i, p := range wantPeriods {
		if figs[i].Period != p || figs[i].Year != wantYears[i] {
			t.Errorf("figure %d: period %q year %d, want %q %d", i, figs[i].Period, figs[i].Year, p, wantYears[i])
		}
	}
	for i, want := range []string{"1,520,300.50", "1,380,200.00", "1,375,000.00", "1,200,000.00", "85,600.25"} {
		if got := spanText(text, figs[i]); got != want {
			t.Errorf("figure %d: span %q, want %q", i, got, want)
		}
	}
	for _, f := range figs {
		if text[f.SentenceSpan[0]:f.SentenceSpan[1]] != f.Sentence {
			t.Fatalf("%s: sentence is not input[SentenceSpan]", f.Indicator)
		}
		if f.Source.Table != 1 {
			t.Errorf("%s: table %d, want 1", f.Indicator, f.Source.Table)
		}
	}
	if !strings.HasPrefix(figs[4].Sentence, "│归属于上市公司股") && !strings.HasPrefix(figs[4].Sentence, "归属于上市公司股") {
		t.Errorf("row sentence %q", figs[4].Sentence)
	}
}

// TestBoxTableASCIIGrid: the ASCII grid form (+----+ borders, | cells), a
// yearbook table with a unit column, a 合计 row and a - for no figure.
func TestBoxTableASCIIGrid(t *testing.T) {
	text := "表2 主要农产品产量\n" +
		"+----------+------+--------+--------+--------+\n" +
		"| 指标     | 单位 | 本年   | 上年   | 增长%  |\n" +
		"+==========+======+========+========+========+\n" +
		"| 粮食     | 万吨 | 120.5  | 115.2  | 4.6    |\n" +
		"+----------+------+--------+--------+--------+\n" +
		"| 油料     | 万吨 | 8.3    | -      | -      |\n" +
		"+----------+------+--------+--------+--------+\n" +
		"| 合计     | 万吨 | 128.8  | 120.0  | 7.3    |\n" +
		"+----------+------+--------+--------+--------+\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "ascii grid", figs, []wantFig{
		{ind: "粮食", value: 120.5, unit: "万吨", changes: []string{"growth_pct 4.6"}},
		{ind: "粮食", value: 115.2, unit: "万吨", prior: true},
		{ind: "油料", value: 8.3, unit: "万吨"},
		{ind: "合计", value: 128.8, unit: "万吨", changes: []string{"growth_pct 7.3"}},
		{ind: "合计", value: 120, unit: "万吨", prior: true},
	})
	if got := spanText(text, figs[2]); got != "8.3" {
		t.Errorf("span %q", got)
	}
}

// TestBoxTableNoInnerBorders: a box-drawn table with a border under its
// header only: every text line is a row; a label wrapped onto a line of
// its own continues the row above it.
func TestBoxTableNoInnerBorders(t *testing.T) {
	text := "┌──────────────┬──────────┬──────────┐\n" +
		"│项目          │  本报告期│  上年同期│\n" +
		"├──────────────┼──────────┼──────────┤\n" +
		"│营业收入(万元)│    356.20│    310.75│\n" +
		"│经营活动产生的│     45.10│     40.02│\n" +
		"│现金流量净额  │          │          │\n" +
		"│员工人数(人)  │       120│       118│\n" +
		"└──────────────┴──────────┴──────────┘\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "box no inner borders", figs, []wantFig{
		{ind: "营业收入", value: 356.2, unit: "万元"},
		{ind: "营业收入", value: 310.75, unit: "万元", prior: true},
		{ind: "经营活动产生的现金流量净额", value: 45.1},
		{ind: "经营活动产生的现金流量净额", value: 40.02, prior: true},
		{ind: "员工人数", value: 120, unit: "人"},
		{ind: "员工人数", value: 118, unit: "人", prior: true},
	})
	if figs[0].Period != "本报告期" || figs[1].Period != "上年同期" {
		t.Errorf("periods %q %q", figs[0].Period, figs[1].Period)
	}
}

// TestAlignedTableCompany: a company's 主要会计数据 as pdftotext -layout
// writes it: a 单位 line, a change header wrapped over two lines, a label
// wrapped round the line of its numbers, - for a change not stated.
func TestAlignedTableCompany(t *testing.T) {
	text := "2023年年度报告摘要\n单位：元  币种：人民币\n" +
		"                                                                    本年比上年\n" +
		"        主要会计数据                 2023年            2022年         增减(%)            2021年\n" +
		"营业收入                        1,520,300.50      1,380,200.00           10.15      1,200,000.00\n" +
		"归属于上市公司股东的净利润         85,600.25         80,100.00            6.87         70,000.00\n" +
		"归属于上市公司股东的扣除非经\n" +
		"                                   60,300.00         58,000.00            3.97         50,000.00\n" +
		"常性损益的净利润\n" +
		"经营活动产生的现金流量净额        -12,450.00          9,870.00               -          8,000.00\n" +
		"报告期内公司经营情况良好。\n"
	figs := mustExtract(t, text, Options{})
	checkFigures(t, "aligned company table", figs, []wantFig{
		{ind: "营业收入", value: 1520300.50, unit: "元", changes: []string{"growth_pct 10.15"}},
		{ind: "营业收入", value: 1380200, unit: "元", prior: true},
		{ind: "营业收入", value: 1200000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润", value: 85600.25, unit: "元", changes: []string{"growth_pct 6.87"}},
		{ind: "归属于上市公司股东的净利润", value: 80100, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润", value: 70000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: 60300, unit: "元", changes: []string{"growth_pct 3.97"}},
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: 58000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的扣除非经常性损益的净利润", value: 50000, unit: "元", prior: true},
		{ind: "经营活动产生的现金流量净额", value: -12450, unit: "元"},
		{ind: "经营活动产生的现金流量净额", value: 9870, unit: "元", prior: true},
		{ind: "经营活动产生的现金流量净额", value: 8000, unit: "元", prior: true},
	})
	if figs[0].Year != 2023 || figs[1].Year != 2022 || figs[2].Year != 2021 {
		t.Errorf("years %d %d %d", figs[0].Year, figs[1].Year, figs[2].Year)
	}
	for i, want := range map[int]string{0: "1,520,300.50", 6: "60,300.00", 9: "-12,450.00"} {
		if got := spanText(text, figs[i]); got != want {
			t.Errorf("figure %d: span %q, want %q", i, got, want)
		}
	}
	for _, f := range figs {
		if text[f.SentenceSpan[0]:f.SentenceSpan[1]] != f.Sentence {
			t.Fatalf("%s: sentence is not input[SentenceSpan]", f.Indicator)
		}
	}
}

// TestAlignedTableEducation: an education table with units under its
// headers, a label wrapped onto the next line, a 其中 row, a — and a 合计
// row.
func TestAlignedTableEducation(t *testing.T) {
	text := "表3 各级各类学校情况\n" +
		"                     学校数      招生数    在校学生数   毕业生数\n" +
		"                      (所)        (人)        (人)        (人)\n" +
		"普通高等学校            12      35,210     120,433      30,118\n" +
		"中等职业教育学校(不含   45      28,900      80,210      25,300\n" +
		"技工学校)\n" +
		"  其中：职业高中        10       6,200      18,050       5,900\n" +
		"普通小学               560      70,112     420,321      68,800\n" +
		"特殊教育学校             3         150           —         120\n" +
		"合计                   630     140,622     638,064     130,138\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	var want []wantFig
	add := func(label string, vals ...float64) {
		heads := []struct{ name, unit string }{{"学校数", "所"}, {"招生数", "人"}, {"在校学生数", "人"}, {"毕业生数", "人"}}
		for k, v := range vals {
			if v < 0 {
				continue // —: no figure
			}
			want = append(want, wantFig{ind: label + heads[k].name, value: v, unit: heads[k].unit})
		}
	}
	add("普通高等学校", 12, 35210, 120433, 30118)
	add("中等职业教育学校(不含技工学校)", 45, 28900, 80210, 25300)
	add("职业高中", 10, 6200, 18050, 5900)
	add("普通小学", 560, 70112, 420321, 68800)
	add("特殊教育学校", 3, 150, -1, 120)
	add("合计", 630, 140622, 638064, 130138)
	checkFigures(t, "aligned education table", figs, want)
}

// TestAlignedTableYearbook: a yearbook's 指标 | 单位 | 2023年 | 2022年 |
// 比上年增长(%) with its change header over three lines.
func TestAlignedTableYearbook(t *testing.T) {
	text := "                                                比上年\n" +
		"指标              单位  2023年      2022年       增长\n" +
		"                                                  (%)\n" +
		"地区生产总值      亿元  1,234.5    1,150.2         7.3\n" +
		"  第一产业        亿元   150.2       145.0         3.6\n" +
		"人均地区生产总值  元    65,432      61,234         6.9\n" +
		"城镇登记失业率    %        2.8         3.1        -0.3\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "aligned yearbook table", figs, []wantFig{
		{ind: "地区生产总值", value: 1234.5, unit: "亿元", changes: []string{"growth_pct 7.3"}},
		{ind: "地区生产总值", value: 1150.2, unit: "亿元", prior: true},
		{ind: "第一产业", value: 150.2, unit: "亿元", changes: []string{"growth_pct 3.6"}},
		{ind: "第一产业", value: 145, unit: "亿元", prior: true},
		{ind: "人均地区生产总值", value: 65432, unit: "元", changes: []string{"growth_pct 6.9"}},
		{ind: "人均地区生产总值", value: 61234, unit: "元", prior: true},
		{ind: "城镇登记失业率", value: 2.8, unit: "%", changes: []string{"growth_pct -0.3"}},
		{ind: "城镇登记失业率", value: 3.1, unit: "%", prior: true},
	})
}

// TestAlignedNotProse: lines of words set apart by double spaces (a list
// of names in columns, a heading, a unit line, numbered points with a
// figure each) are no table: the figures come out as they do without the
// spaces, from the prose.
func TestAlignedNotProse(t *testing.T) {
	spaced := "全市完成固定资产投资1200亿元，增长5.2%。\n" +
		"张三  李四  王五\n赵六  钱七  孙八\n" +
		"单位：万元  币种：人民币\n" +
		"一是  新增企业35家\n二是  新增项目12个\n" +
		"三、  主要工作\n"
	plain := strings.ReplaceAll(spaced, "  ", "")
	a := mustExtract(t, spaced, Options{Year: 2023})
	b := mustExtract(t, plain, Options{Year: 2023})
	if len(a) != 3 || len(b) != 3 {
		t.Fatalf("figures: spaced %d, plain %d, want 3", len(a), len(b))
	}
	for i := range a {
		if a[i].Indicator != b[i].Indicator || a[i].Value != b[i].Value || a[i].Source.Table != 0 {
			t.Errorf("figure %d: spaced %q %v (table %d), plain %q %v", i, a[i].Indicator, a[i].Value, a[i].Source.Table, b[i].Indicator, b[i].Value)
		}
	}
}

// TestTrailingTableYears: a bilingual yearbook table copied as text, each
// row its label, its English and its numbers separated by single spaces,
// under a header row of years.
func TestTrailingTableYears(t *testing.T) {
	text := "表5 财政收入\n单位：万元\n" +
		"        项目 Item 2022 2023\n" +
		"一般公共预算收入 General Budget Revenue 1250 1380\n" +
		"  税收收入 Tax Revenue 980 1050\n" +
		"非税收入 Non-tax Revenue 270 330\n" +
		"全年财政收入增长较快。\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "trailing numbers, years", figs, []wantFig{
		{ind: "一般公共预算收入", value: 1250, unit: "万元", prior: true},
		{ind: "一般公共预算收入", value: 1380, unit: "万元"},
		{ind: "税收收入", value: 980, unit: "万元", prior: true},
		{ind: "税收收入", value: 1050, unit: "万元"},
		{ind: "非税收入", value: 270, unit: "万元", prior: true},
		{ind: "非税收入", value: 330, unit: "万元"},
	})
	if figs[0].Year != 2022 || figs[1].Year != 2023 || spanText(text, figs[3]) != "1050" {
		t.Errorf("years %d %d, span %q", figs[0].Year, figs[1].Year, spanText(text, figs[3]))
	}
}

// TestTrailingTableHeaderLines: the column names and their units on two
// lines above the rows (an English line between them left out), a # column
// that is a part of the column before it, an empty cell written as three
// spaces.
func TestTrailingTableHeaderLines(t *testing.T) {
	text := "医疗机构 床位 卫生人员 #执业医师\n" +
		"(个) (张) (人) (人)\n" +
		"medical institutions beds personnel doctors\n" +
		"医院 hospitals 60 6500 9000 3200\n" +
		"诊所 clinics 400   1800 700\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "trailing numbers, header lines", figs, []wantFig{
		{ind: "医院医疗机构", value: 60, unit: "个"},
		{ind: "医院床位", value: 6500, unit: "张"},
		{ind: "医院卫生人员", value: 9000, unit: "人"},
		{ind: "医院执业医师", value: 3200, unit: "人"},
		{ind: "诊所医疗机构", value: 400, unit: "个"},
		{ind: "诊所卫生人员", value: 1800, unit: "人"},
		{ind: "诊所执业医师", value: 700, unit: "人"},
	})
	if figs[3].Parent != "医院卫生人员" {
		t.Errorf("parent %q", figs[3].Parent)
	}
	if spanText(text, figs[5]) != "1800" {
		t.Errorf("span %q", spanText(text, figs[5]))
	}
}

// TestToDatasetDefaultYearNames: a figure with no year takes the
// dataset's year, so its name must not clash with a figure of that year
// (a table column headed 2023 beside one with no period).
func TestToDatasetDefaultYearNames(t *testing.T) {
	figs := []Figure{{Indicator: "收入", Value: 1, Number: "1"}, {Indicator: "收入", Value: 2, Number: "2", Year: 2023, Period: "2023"}}
	d, err := ToDataset(figs, Options{Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Indicators) != 2 {
		t.Errorf("%d indicators, want 2 (收入 and a renamed one)", len(d.Indicators))
	}
}

// TestTrailingTableStatement: a financial statement as a PDF's text gives
// it without -layout: a header of years with a 附注 column, note
// references between labels and numbers, rows with no numbers.
func TestTrailingTableStatement(t *testing.T) {
	text := "合并利润表\n单位：元\n" +
		"项目 附注 2023 年 2022 年\n" +
		"一、营业总收入 52,300,100.25 48,120,000.00\n" +
		"其中：营业收入 五、(二十一) 52,300,100.25 48,120,000.00\n" +
		"利息收入\n" +
		"二、营业总成本 40,010,000.50 39,500,200.10\n" +
		"研发费用 五、(二十五) 3,250,000.00 2,980,000.00\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "trailing numbers, statement", figs, []wantFig{
		{ind: "营业总收入", value: 52300100.25, unit: "元"},
		{ind: "营业总收入", value: 48120000, unit: "元", prior: true},
		{ind: "营业收入", value: 52300100.25, unit: "元"},
		{ind: "营业收入", value: 48120000, unit: "元", prior: true},
		{ind: "营业总成本", value: 40010000.5, unit: "元"},
		{ind: "营业总成本", value: 39500200.1, unit: "元", prior: true},
		{ind: "研发费用", value: 3250000, unit: "元"},
		{ind: "研发费用", value: 2980000, unit: "元", prior: true},
	})
	if figs[0].Period != "2023年" || figs[1].Year != 2022 {
		t.Errorf("period %q, prior year %d", figs[0].Period, figs[1].Year)
	}
}

// TestAlignedTableOneColumn: pdftotext -layout output saved as text gives
// a Chinese character one column: the table is read under that width,
// the one its numbers line up under.
func TestAlignedTableOneColumn(t *testing.T) {
	text := "单位：元\n" +
		"  主要会计数据                      2023年           2022年      本年比上年增减(%)         2021年\n" +
		"营业收入                    1,520,300.50    1,380,200.00         10.15    1,200,000.00\n" +
		"归属于上市公司股东的净利润              85,600.25       80,100.00          6.87       70,000.00\n" +
		"基本每股收益(元/股)                     0.52            0.49          6.12            0.45\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "aligned, one column a character", figs, []wantFig{
		{ind: "营业收入", value: 1520300.50, unit: "元", changes: []string{"growth_pct 10.15"}},
		{ind: "营业收入", value: 1380200, unit: "元", prior: true},
		{ind: "营业收入", value: 1200000, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润", value: 85600.25, unit: "元", changes: []string{"growth_pct 6.87"}},
		{ind: "归属于上市公司股东的净利润", value: 80100, unit: "元", prior: true},
		{ind: "归属于上市公司股东的净利润", value: 70000, unit: "元", prior: true},
		{ind: "基本每股收益", value: 0.52, unit: "元/股", changes: []string{"growth_pct 6.12"}},
		{ind: "基本每股收益", value: 0.49, unit: "元/股", prior: true},
		{ind: "基本每股收益", value: 0.45, unit: "元/股", prior: true},
	})
}

// pdfCompanyTable is a company's 主要会计数据 (figures made up for the test)
// laid out by LibreOffice as a PDF and read back by pdftotext -layout: one
// column a character, cells so tight that numbers stand one space apart,
// headers left-aligned in their cells and wrapped (本年比上 / 年增减(%)),
// 2022年 over 调整后 | 调整前, labels wrapped round their numbers, a row of
// numbers shifted left, blank lines between the rows.
const pdfCompanyTable = "单位：元 币种：人民币\n" +
	"\n" +
	"                        2022 年                              2021 年\n" +
	"                                                  本年比上\n" +
	"主要会计数据      2023 年\n" +
	"                                                  年增减(%)\n" +
	"                        调整后          调整前                    调整后          调整前\n" +
	"\n" +
	"营业收入        1,520,300.50 1,380,200.00 1,375,000.00 10.15    1,200,000.00 1,198,000.00\n" +
	"\n" +
	"归属于上市公司股\n" +
	"东的扣除非经常性 60,300.00      58,000.00    57,500.00    3.97      50,000.00    49,800.00\n" +
	"损益的净利润\n" +
	"\n" +
	"经营活动产生的现\n" +
	"         -12,450.00     9,870.00     9,870.00     -226.14   8,000.00     8,000.00\n" +
	"金流量净额\n" +
	"\n" +
	"报告期内，公司经营情况良好。\n"

// TestAlignedTablePDFLayout: pdfCompanyTable read as text.
func TestAlignedTablePDFLayout(t *testing.T) {
	figs := mustExtract(t, pdfCompanyTable, Options{Year: 2023})
	var want []wantFig
	add := func(label string, v23, change, v22, v22b, v21, v21b float64) {
		want = append(want,
			wantFig{ind: label, value: v23, unit: "元", changes: []string{"growth_pct " + formatFloat(change)}},
			wantFig{ind: label, value: v22, unit: "元", prior: true},
			wantFig{ind: label + "（调整前）", value: v22b, unit: "元", prior: true},
			wantFig{ind: label, value: v21, unit: "元", prior: true},
			wantFig{ind: label + "（调整前）", value: v21b, unit: "元", prior: true})
	}
	add("营业收入", 1520300.50, 10.15, 1380200, 1375000, 1200000, 1198000)
	add("归属于上市公司股东的扣除非经常性损益的净利润", 60300, 3.97, 58000, 57500, 50000, 49800)
	add("经营活动产生的现金流量净额", -12450, -226.14, 9870, 9870, 8000, 8000)
	checkFigures(t, "pdftotext company table", figs, want)
	if figs[0].Period != "2023年" || figs[1].Year != 2022 || figs[3].Year != 2021 {
		t.Errorf("period %q, years %d %d", figs[0].Period, figs[1].Year, figs[3].Year)
	}
	if got := spanText(pdfCompanyTable, figs[5]); got != "60,300.00" {
		t.Errorf("span %q", got)
	}
}

// TestAlignedTablesInOneBlock: two aligned tables one under the other,
// the second's header right under the first's last row, are two tables.
func TestAlignedTablesInOneBlock(t *testing.T) {
	text := "    项目              本年        上年\n" +
		"甲类产品                 2           3\n" +
		"乙类产品                 4           5\n" +
		"    项目          产量(吨)   产值(万元)\n" +
		"丙类产品                 6         7.5\n" +
		"丁类产品                 8         9.5\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "two aligned tables", figs, []wantFig{
		{ind: "甲类产品", value: 2}, {ind: "甲类产品", value: 3, prior: true},
		{ind: "乙类产品", value: 4}, {ind: "乙类产品", value: 5, prior: true},
		{ind: "丙类产品产量", value: 6, unit: "吨"}, {ind: "丙类产品产值", value: 7.5, unit: "万元"},
		{ind: "丁类产品产量", value: 8, unit: "吨"}, {ind: "丁类产品产值", value: 9.5, unit: "万元"},
	})
	if figs[0].Source.Table != 1 || figs[4].Source.Table != 2 {
		t.Errorf("tables %d %d", figs[0].Source.Table, figs[4].Source.Table)
	}
}

// TestAlignedTableColumnNumbers: a statistical form's line numbering its
// columns (甲 乙 1 2 3) under the header is no row of figures, and the
// 计量单位 column gives each row its unit.
func TestAlignedTableColumnNumbers(t *testing.T) {
	text := "指标名称            计量单位      本年        上年      增长(%)\n" +
		"   甲                  乙           1           2          3\n" +
		"年末常住人口          万人      120.5       118.2        1.9\n" +
		"城镇化率              %          65.2        63.8        1.4\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "column numbers", figs, []wantFig{
		{ind: "年末常住人口", value: 120.5, unit: "万人", changes: []string{"growth_pct 1.9"}},
		{ind: "年末常住人口", value: 118.2, unit: "万人", prior: true},
		{ind: "城镇化率", value: 65.2, unit: "%", changes: []string{"growth_pct 1.4"}},
		{ind: "城镇化率", value: 63.8, unit: "%", prior: true},
	})
}

// TestPipeTableLoneHeader: a finance page copied as text sets its header
// row apart from its rows by a line of page furniture and a lone |.
func TestPipeTableLoneHeader(t *testing.T) {
	text := "报告期 | 2022/12/31 | 2023/12/31 |\n" +
		"图表\n" +
		"|\n" +
		"每股净资产(元) | 5.1200 | 5.4800 | |\n" +
		"流动比率 | 1.52 | 1.61 | |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "lone header", figs, []wantFig{
		{ind: "每股净资产", value: 5.12, unit: "元", prior: true},
		{ind: "每股净资产", value: 5.48, unit: "元"},
		{ind: "流动比率", value: 1.52, prior: true},
		{ind: "流动比率", value: 1.61},
	})
	if figs[0].Period != "2022/12/31" || figs[0].Year != 2022 || spanText(text, figs[3]) != "1.61" {
		t.Errorf("period %q year %d span %q", figs[0].Period, figs[0].Year, spanText(text, figs[3]))
	}
}

// TestPipeTableQuantityLine: a statistical database's export names the
// quantity of every cell on a line above its table (指标:…(%)).
func TestPipeTableQuantityLine(t *testing.T) {
	text := "指标:社会消费品零售总额_累计增长(%) | |||\n" +
		"地区 | 2023年3月 | 2023年2月 | 2023年1月 |\n" +
		"甲省 | 5.8 | 4.1 | -1.2 |\n" +
		"乙省 | 6.3 | 3.9 | 2.0 |\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	var want []wantFig
	for _, r := range []struct {
		label string
		v     []float64
	}{{"甲省", []float64{5.8, 4.1, -1.2}}, {"乙省", []float64{6.3, 3.9, 2}}} {
		for _, v := range r.v {
			want = append(want, wantFig{ind: r.label + "社会消费品零售总额_累计增长", value: v, unit: "%"})
		}
	}
	checkFigures(t, "quantity line", figs, want)
	if figs[1].Period != "2023年2月" {
		t.Errorf("period %q", figs[1].Period)
	}
}

func TestQuantityLine(t *testing.T) {
	for in, want := range map[string][2]string{
		"指标:工业增加值_同比增长(%)": {"工业增加值_同比增长", "%"},
		"指标：粮食产量(万吨)":      {"粮食产量", "万吨"},
		"单位：万元":            {"", ""},
	} {
		if n, u := quantityLine(in); n != want[0] || u != want[1] {
			t.Errorf("quantityLine(%q) = %q %q, want %q", in, n, u, want)
		}
	}
}

// TestCellStreamUnitCell: a table copied one cell per line whose first
// cells are an empty one and its 单位 line: the unit is the table's, the
// header is the cells after it.
func TestCellStreamUnitCell(t *testing.T) {
	text := "全区主要指标\n|\n单位:万吨\n|\n指 标\n|\n产量\n|\n比上年增长%\n|\n" +
		"粮食\n|\n12.5\n|\n3.1\n|\n油料\n|\n2.4\n|\n-0.8\n|\n蔬菜\n|\n30.2\n|\n5.5\n|\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "cell stream with a unit cell", figs, []wantFig{
		{ind: "粮食产量", value: 12.5, unit: "万吨", changes: []string{"growth_pct 3.1"}},
		{ind: "油料产量", value: 2.4, unit: "万吨", changes: []string{"growth_pct -0.8"}},
		{ind: "蔬菜产量", value: 30.2, unit: "万吨", changes: []string{"growth_pct 5.5"}},
	})
}

// TestTrailingTableLongFirstLine: a line that ends in two numbers but is
// too long to be a table row (a copy that runs a whole table into one
// line) starts no trailing-numbers table; it was a slice out of range.
func TestTrailingTableLongFirstLine(t *testing.T) {
	label := strings.Repeat("计入当期损益的政府补助", 13) // 143 characters
	text := "非经常性损益项目\n" + label + " 6,605,370.77 6,621,410.62\n"
	if _, err := Extract([]byte(text), Options{}); err != nil {
		t.Fatal(err)
	}
}

// TestSpacedTable: a county yearbook's schools table copied as text with
// its columns' alignment lost (each row's numbers after runs of spaces of
// any length), two header lines whose lower names break down the upper
// line's last (教职工数 over 专任教师 and 其他人员), a total row without a
// label, a row with nothing published, and a row with a cell left empty,
// which cannot be placed and gives nothing.
func TestSpacedTable(t *testing.T) {
	text := "表9 学校、教职工情况\n" +
		"单位:所、人\n" +
		"   学校数 教职工数\n" +
		"专任教师 其他人员\n" +
		"        412          9830              8120            1710\n" +
		"一、普通中学        58        4210          3650               560\n" +
		"    初级中学                    41                   2600         2290         310\n" +
		"    完全中学\n" +
		"    高级中学                    17          1610                       1360       250\n" +
		"二、小学     233          4400           3700           700\n" +
		"三、特殊教育学校        2          90          80\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "spaced table", figs, []wantFig{
		{ind: "学校数", value: 412, unit: "所"},
		{ind: "教职工数", value: 9830, unit: "人"},
		{ind: "专任教师", value: 8120, unit: "人"},
		{ind: "其他人员", value: 1710, unit: "人"},
		{ind: "普通中学学校数", value: 58, unit: "所"},
		{ind: "普通中学教职工数", value: 4210, unit: "人"},
		{ind: "普通中学专任教师", value: 3650, unit: "人"},
		{ind: "普通中学其他人员", value: 560, unit: "人"},
		{ind: "初级中学学校数", value: 41, unit: "所"},
		{ind: "初级中学教职工数", value: 2600, unit: "人"},
		{ind: "初级中学专任教师", value: 2290, unit: "人"},
		{ind: "初级中学其他人员", value: 310, unit: "人"},
		{ind: "高级中学学校数", value: 17, unit: "所"},
		{ind: "高级中学教职工数", value: 1610, unit: "人"},
		{ind: "高级中学专任教师", value: 1360, unit: "人"},
		{ind: "高级中学其他人员", value: 250, unit: "人"},
		{ind: "小学学校数", value: 233, unit: "所"},
		{ind: "小学教职工数", value: 4400, unit: "人"},
		{ind: "小学专任教师", value: 3700, unit: "人"},
		{ind: "小学其他人员", value: 700, unit: "人"},
	})
}

// TestSpacedTableHeader: the header lines spacedHeader reads for a table
// of four value columns, and the ones it does not.
func TestSpacedTableHeader(t *testing.T) {
	for _, c := range []struct {
		lines [][]string
		want  []string
	}{
		{[][]string{{"项目", "甲", "乙", "丙", "丁"}}, []string{"项目", "甲", "乙", "丙", "丁"}},
		{[][]string{{"甲", "乙", "丙", "丁"}}, []string{"", "甲", "乙", "丙", "丁"}},
		{[][]string{{"甲", "乙", "丙", "丁"}, {"(个)", "(张)", "(人)", "(人)"}}, []string{"", "甲(个)", "乙(张)", "丙(人)", "丁(人)"}},
		{[][]string{{"甲", "乙"}, {"乙一", "乙二"}}, []string{"", "甲", "乙", "乙一", "乙二"}},
		{[][]string{{"项目", "乙", "丙"}, {"丙一", "丙二"}}, []string{"项目", "乙", "丙", "丙一", "丙二"}},
		{[][]string{{"甲", "乙", "丙"}}, nil},
	} {
		got, ok := spacedHeader(c.lines, 4)
		if ok != (c.want != nil) || ok && !slices.Equal(got, c.want) {
			t.Errorf("%v: %q %v, want %q", c.lines, got, ok, c.want)
		}
	}
	if got, ok := spacedHeader([][]string{{"甲", "乙", "丙"}, {"丙一", "丙二"}}, 5); !ok || !slices.Equal(got, []string{"", "甲", "乙", "丙", "丙一", "丙二"}) {
		t.Errorf("upper over the parts of its last: %q %v", got, ok)
	}
}

// TestNumericHeaderGrid: a space-aligned block whose header lines the
// grid reader cannot find (it takes a row of numbers for the header)
// gives no figure from misplaced cells.
func TestNumericHeaderGrid(t *testing.T) {
	text := "各县卫生机构\n" +
		"  甲 乙\n" +
		"           31        278         318\n" +
		"东县          9        1983        1796\n" +
		"    西县                    5                   995                 1076\n" +
		"    南县                      1                       80        \n" +
		"    北县                    2                   571                 308\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	for _, f := range figs {
		t.Errorf("figure from a block whose columns are unknown: %q %v", f.Indicator, f.Value)
	}
}

// TestScatteredGrid: a table whose header line the grid reader finds but
// whose rows were written with runs of spaces of their own, so that rows
// with every value fill different columns of the grid: read line by line,
// each row's values in the header's order, not by the grid's guesses.
func TestScatteredGrid(t *testing.T) {
	text := "各县卫生机构(2023)\n" +
		"县名        机构数(个)        床位数(张)        人员数(人)\n" +
		"东县          9        1983        1796\n" +
		"    西县                    5                   995                 1076\n" +
		"    南县                      1                       80          32\n" +
		"    北县                    2                   571                 308\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "scattered grid", figs, []wantFig{
		{ind: "东县机构数", value: 9, unit: "个"},
		{ind: "东县床位数", value: 1983, unit: "张"},
		{ind: "东县人员数", value: 1796, unit: "人"},
		{ind: "西县机构数", value: 5, unit: "个"},
		{ind: "西县床位数", value: 995, unit: "张"},
		{ind: "西县人员数", value: 1076, unit: "人"},
		{ind: "南县机构数", value: 1, unit: "个"},
		{ind: "南县床位数", value: 80, unit: "张"},
		{ind: "南县人员数", value: 32, unit: "人"},
		{ind: "北县机构数", value: 2, unit: "个"},
		{ind: "北县床位数", value: 571, unit: "张"},
		{ind: "北县人员数", value: 308, unit: "人"},
	})
}

// TestSpacedTableVariants: a loosely spaced table under a caption without
// digits and a header line whose English follows it, a label spread over
// its cell with runs of spaces (卫  生  院), and a missing mark.
func TestSpacedTableVariants(t *testing.T) {
	text := "各乡镇卫生机构情况\n" +
		"乡镇 机构数(个) 床位数(张) 人员数(人)\n" +
		"Township Institutions Beds (10 000 units) Staff\n" +
		"东  山  镇          9        183        196\n" +
		"    西岭乡                    5                   95                 107\n" +
		"    南湖乡                      —                       80          32\n" +
		"    北坡镇                    2                   57                 38\n"
	figs := mustExtract(t, text, Options{Year: 2023})
	checkFigures(t, "spaced variants", figs, []wantFig{
		{ind: "东山镇机构数", value: 9, unit: "个"},
		{ind: "东山镇床位数", value: 183, unit: "张"},
		{ind: "东山镇人员数", value: 196, unit: "人"},
		{ind: "西岭乡机构数", value: 5, unit: "个"},
		{ind: "西岭乡床位数", value: 95, unit: "张"},
		{ind: "西岭乡人员数", value: 107, unit: "人"},
		{ind: "南湖乡床位数", value: 80, unit: "张"},
		{ind: "南湖乡人员数", value: 32, unit: "人"},
		{ind: "北坡镇机构数", value: 2, unit: "个"},
		{ind: "北坡镇床位数", value: 57, unit: "张"},
		{ind: "北坡镇人员数", value: 38, unit: "人"},
	})
}
