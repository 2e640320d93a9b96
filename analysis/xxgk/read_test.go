package xxgk

import (
	"errors"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis"
)

func readString(t *testing.T, text string) *Report {
	t.Helper()
	rep, err := ReadText(strings.NewReader(text), "t.txt")
	if err != nil {
		t.Fatalf("ReadText: %v", err)
	}
	return rep
}

func TestParseValues(t *testing.T) {
	cases := []struct {
		in     string
		amount bool
		want   float64
		na     bool
		bad    bool
	}{
		{"", false, 0, false, false},
		{" 12 ", false, 12, false, false},
		{"１２", false, 12, false, false}, // full-width digits
		{"3,119", false, 3119, false, false},
		{"95件", false, 95, false, false},
		{"/", false, 0, true, false},
		{"／", false, 0, true, false},
		{"abc", false, 0, false, true},
		{"251000元", true, 25.1, false, false},
		{"7730.28万元", true, 7730.28, false, false},
		{"1.2亿元", true, 12000, false, false},
		{"96171.6", true, 96171.6, false, false},
		{"十二", true, 0, false, true},
	}
	for _, c := range cases {
		var v Value
		var msg string
		if c.amount {
			v, msg = ParseAmount(c.in)
		} else {
			v, msg = ParseCount(c.in)
		}
		if (msg != "") != c.bad || v.Num != c.want || v.NA != c.na {
			t.Errorf("%q: %+v %q, want %v na=%v bad=%v", c.in, v, msg, c.want, c.na, c.bad)
		}
	}
}

func TestLabelsMatch(t *testing.T) {
	yes := [][2]string{
		{"1、属于国家秘密", "1.属于国家秘密"},
		{"1． 属于国家秘密", "1.属于国家秘密"},
		{"（一）予以公开", "(一) 予以公开"},
		{"3.危及“三安全一稳定”", "3.危及\"三安全一稳定\""},
		{"本机关不掌握相关政府信息", "本机关不掌握相关政府信患"}, // one typo in 12
	}
	for _, p := range yes {
		if !LabelsMatch(p[0], p[1]) {
			t.Errorf("%q and %q should match", p[0], p[1])
		}
	}
	no := [][2]string{{"重复申请", "信访举报投诉类申请"}, {"其他", "其他处理"}, {"规章", "规范"}}
	for _, p := range no {
		if LabelsMatch(p[0], p[1]) {
			t.Errorf("%q and %q should not match", p[0], p[1])
		}
	}
}

// Label variants a real report has: 1、 numbering, stray spaces, a typo,
// 规范性文件 for 行政规范性文件, half-width parentheses, the group header
// missing before its items.
func TestReadVariants(t *testing.T) {
	rep := readString(t, `
规范性文件 | 2 | 1 | 9
一、本年新收政府信息公开申请数量 | 5 | | | | | | 5
二、上年结转政府信息公开申请数量 | | | | | | | |
三、本年度办理结果 | (一) 予以公开 | 2 | | | | | | 2
1、属于国家秘密 | 1 | | | | | | 1
2、其他法律行政法规禁止公开 | | | | | | | |
（四）无法提供 | 1． 本机关不掌握相关政府信患 | 2 | | | | | | 2
（七）总计 | 5 | | | | | | 5
四、结转下年度继续办理 | | | | | | | |
`)
	if rep.T2["Z2·C3"].Num != 9 {
		t.Errorf("规范性文件 not read as Z2: %+v", rep.T2)
	}
	for id, want := range map[string]float64{"R1·C7": 5, "R3.1·C1": 2, "R3.3.1·C7": 1, "R3.4.1·C1": 2, "R3.7·C7": 5, "R2·C4": 0} {
		v, ok := rep.T3[id]
		if !ok || v.Num != want {
			t.Errorf("%s = %v (present %v), want %v", id, v.Num, ok, want)
		}
	}
	if _, ok := rep.T3["R3.3.2·C1"]; !ok {
		t.Error("R3.3.2 (2、 numbering, blank) missing")
	}
}

// A cell that is not a number is an error naming the table, row, column
// and line.
func TestBadCell(t *testing.T) {
	_, err := ReadText(strings.NewReader("一、本年新收政府信息公开申请数量 | 5 | x | | | | | 5\n"), "bad.txt")
	var ce *CellError
	if !errors.As(err, &ce) {
		t.Fatalf("want a CellError, got %v", err)
	}
	want := "bad.txt:1: 表三“一、本年新收政府信息公开申请数量”行“商业企业”列（R1·C2）：“x”不是数字"
	if err.Error() != want {
		t.Errorf("error\n%s\nwant\n%s", err, want)
	}
	// In text, a row with the wrong number of figures is left out with a
	// note (cells may have been dropped), never guessed.
	rep, err := ReadText(strings.NewReader("四、政府信息公开行政复议、行政诉讼情况\n1 2 3 4 10 0 0\n五、存在的主要问题及改进情况\n"), "t4.txt")
	if err != nil || len(rep.T4) != 0 || len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0], "有7个数，应为15个") {
		t.Errorf("short T4: %v %+v", err, rep)
	}
	rep, err = ReadText(strings.NewReader("（七）总计 | 5 | 1\n"), "short.txt")
	if err != nil || len(rep.T3) != 0 || len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0], "short.txt:1: 表三“（七）总计”行“自然人”列（R3.7·C1）：“5 1”这一行有2个数，应为7个") {
		t.Errorf("short row: %v %+v", err, rep.Notes)
	}
	if fs := Check(rep, nil); len(fs) != 1 || fs[0].Severity != analysis.Info || fs[0].Rule != RuleRead {
		t.Errorf("note as finding: %v", rules(fs))
	}
	// In a worksheet it is an error.
	_, err = ReadGrids(Grid{Source: "b.xlsx", Sheet: "表三", Rows: [][]string{{"（七）总计", "5", "1"}}})
	if err == nil || !strings.Contains(err.Error(), "b.xlsx:表三!B1") {
		t.Errorf("worksheet short row: %v", err)
	}
}

// Tables flattened one cell a line, as many web pages are copied: the
// 淮安 2024 figures (XXGK.md) in the "X |" style, T4 one cell a line too.
func TestReadCellPerLine(t *testing.T) {
	var b strings.Builder
	b.WriteString("二、主动公开政府信息情况\n第二十条第（一）项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n")
	b.WriteString("规章 |\n1 |\n0 |\n11 |\n行政规范性文件 |\n8 |\n26 |\n66 |\n")
	b.WriteString("三、收到和处理政府信息公开申请情况\n自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n")
	rows := map[string]string{
		"一、本年新收政府信息公开申请数量": "3001 53 0 0 61 4 3119",
		"二、上年结转政府信息公开申请数量": "34 0 0 0 0 0 34",
		"（七）总计":       "2932 53 0 0 61 4 3050",
		"四、结转下年度继续办理": "103 0 0 0 0 0 103",
	}
	for _, label := range []string{"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（七）总计", "四、结转下年度继续办理"} {
		b.WriteString(label + " |\n")
		for _, v := range strings.Fields(rows[label]) {
			if v == "0" {
				b.WriteString("|\n") // blank cells
			} else {
				b.WriteString(v + " |\n")
			}
		}
		b.WriteString("||\n")
	}
	b.WriteString("四、政府信息公开行政复议、行政诉讼情况\n行政复议 |\n行政诉讼 |\n结果维持 |\n总计 |\n")
	for _, v := range strings.Fields("72 64 178 37 351 13 4 8 1 26 12 1 1 6 20") {
		b.WriteString(v + " |\n")
	}
	b.WriteString("五、存在的主要问题及改进情况\n")
	rep := readString(t, b.String())
	for id, want := range map[string]float64{"R1·C1": 3001, "R1·C5": 61, "R1·C7": 3119, "R2·C7": 34, "R3.7·C7": 3050, "R4·C1": 103, "R1·C3": 0} {
		if v, ok := rep.T3[id]; !ok || v.Num != want {
			t.Errorf("%s = %v (present %v), want %v", id, v.Num, ok, want)
		}
	}
	if rep.T2["Z2·C2"].Num != 26 || rep.T2["Z1·C3"].Num != 11 {
		t.Errorf("T2: %+v", rep.T2)
	}
	if rep.T4["A5"].Num != 351 || rep.T4["D5"].Num != 20 || len(rep.T4) != 15 {
		t.Errorf("T4: %+v", rep.T4)
	}
	if fs := CheckH1(rep); len(fs) != 0 {
		t.Errorf("H1: %v", rules(fs))
	}
}

// A web page: table rows in <tr>/<td>, prose in <p>.
func TestReadHTML(t *testing.T) {
	page := `<html><body><h1>某某县人民政府2024年政府信息公开工作年度报告</h1>
<p>一、总体情况</p><p>全年共收到政府信息公开申请7件，同比增长40%。</p>
<p>二、主动公开政府信息情况</p>
<table><tr><td>规章</td><td>0</td><td>0</td><td>2</td></tr></table>
<table><tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>7</td><td></td><td></td><td></td><td></td><td></td><td>7</td></tr>
<tr><td>二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table>
</body></html>`
	rep := readString(t, page)
	if rep.T3["R1·C7"].Num != 7 || rep.T2["Z1·C3"].Num != 2 {
		t.Errorf("cells: %+v %+v", rep.T3, rep.T2)
	}
	if rep.Body != "某某县人民政府" || rep.Year != 2024 {
		t.Errorf("title %q %d", rep.Body, rep.Year)
	}
	if len(rep.Prose) != 1 || rep.Prose[0].Measure != MeasureNew || rep.Prose[0].Value != 7 || rep.Prose[0].Change != "40" {
		t.Errorf("prose: %+v", rep.Prose)
	}
}

// X4: a share within one unit of its last digit passes (45.3 for 59 of
// 130 = 45.38…, truncated); a wrong one is a warning.
func TestX4Shares(t *testing.T) {
	rep := NewReport()
	for _, r := range T3Rows(Format2021) {
		rep.SetRow(r.ID, [7]float64{})
	}
	rep.Set("R3.1", 1, 50)
	rep.Set("R3.1", 7, 50)
	rep.Set("R3.2", 1, 9)
	rep.Set("R3.2", 7, 9)
	rep.Set("R3.7", 7, 130)
	rep.Prose = ProseFigures("予以公开或部分公开59件、占45.3%，不予公开0件", 3)
	if fs := CheckX4(rep); len(fs) != 0 {
		t.Errorf("45.3%% of 130 for 59: %v", rules(fs))
	}
	rep.Prose = ProseFigures("予以公开或部分公开59件，占50.1%", 3)
	fs := CheckX4(rep)
	if len(fs) != 1 || fs[0].Severity != analysis.Warning || fs[0].Expected != "45.4%" {
		t.Errorf("50.1%%: %v", rules(fs))
	}
}

// X5: the stated 同比 recomputed on the same measure; a rate that fits the
// other measure (收办 for 新收) is named.
func TestX5StatedChange(t *testing.T) {
	mk := func(r1, r2 float64) *Report {
		rep := NewReport()
		for _, r := range T3Rows(Format2021) {
			rep.SetRow(r.ID, [7]float64{})
		}
		rep.Set("R1", 7, r1)
		rep.Set("R2", 7, r2)
		return rep
	}
	prev := mk(31, 4) // 新收 31, 收办 35
	rep := mk(36, 0)
	rep.Prose = ProseFigures("全年受理政府信息公开申请36件，同比上升16.13%", 2)
	if fs := CheckX5(rep, prev); len(fs) != 0 {
		t.Errorf("16.13%% on 31: %v", rules(fs))
	}
	rep.Prose = ProseFigures("全年受理政府信息公开申请36件，同比增长2.86%", 2)
	fs := CheckX5(rep, prev)
	if len(fs) != 1 || !strings.Contains(fs[0].Message, "收办") || fs[0].Found != "2.86%" {
		t.Errorf("2.86%% (36 on 收办 35): %v", rules(fs))
	}
}

// The long CSV layout reads cells by id in any spelling, missing cells
// blank; WriteCSV writes what ReadCSV reads back.
func TestCSVLong(t *testing.T) {
	rep, err := ReadCSV(strings.NewReader("cell,value\nbody,某区\nyear,2024\nformat,2019\nformat_t2,2021\nR1.C7,21\nr1c1,21\nR3.6:C7,0\nZ6·C1,251000元\nA5,2\n"), "l.csv")
	if err != nil {
		t.Fatal(err)
	}
	if rep.T3Format != Format2019 || rep.T2Format != Format2021 || rep.Body != "某区" || rep.Year != 2024 {
		t.Errorf("meta: %v %v %q %d", rep.T3Format, rep.T2Format, rep.Body, rep.Year)
	}
	if rep.T3["R1·C7"].Num != 21 || rep.T2["Z6·C1"].Num != 25.1 || rep.T4["A5"].Num != 2 || len(rep.T3) != 23*7 || len(rep.T4) != 15 {
		t.Errorf("cells: R1·C7 %v Z6 %v A5 %v, %d T3 cells", rep.T3["R1·C7"].Num, rep.T2["Z6·C1"].Num, rep.T4["A5"].Num, len(rep.T3))
	}
	if _, err := ReadCSV(strings.NewReader("cell,value\nformat,2019\nR3.6.1·C1,1\n"), "l.csv"); err == nil || !strings.Contains(err.Error(), "l.csv:3: cell R3.6.1·C1 is not in the 2019 format") {
		t.Errorf("R3.6.1 in a 2019 file: %v", err)
	}
	if _, err := ReadCSV(strings.NewReader("cell,value\nR9·C1,1\n"), "l.csv"); err == nil || !strings.Contains(err.Error(), `unknown cell "R9·C1"`) {
		t.Errorf("unknown cell: %v", err)
	}
	var b strings.Builder
	if err := WriteCSV(&b, rep); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCSV(strings.NewReader(b.String()), "w.csv")
	if err != nil {
		t.Fatal(err)
	}
	for id, v := range rep.T3 {
		if back.T3[id].Num != v.Num {
			t.Errorf("%s: %v, want %v", id, back.T3[id].Num, v.Num)
		}
	}
	if back.T2Format != Format2021 || back.T3Format != Format2019 {
		t.Errorf("formats back: %v %v", back.T2Format, back.T3Format)
	}
}

// Phrasings of real reports (our own sentences in their patterns): 较2022年
// 上升, 答复…（含上年度转结）, 予以公开及部分公开…占, 同意公开或部分公开…公开率为.
func TestProsePhrasings(t *testing.T) {
	fs := ProseFigures("全市共收到政府信息公开申请1200件，申请数量较2022年上升20.5%；答复政府信息公开申请1210件（含上年度转结），予以公开及部分公开400件，占33.06%；", 5)
	want := []ProseFigure{
		{Measure: MeasureNew, Value: 1200, Change: "20.5"},
		{Measure: MeasureAnswered, Value: 1210},
		{Measure: MeasureOpenOrPt, Value: 400, Share: "33.06"},
	}
	if len(fs) != len(want) {
		t.Fatalf("got %+v", fs)
	}
	for i, w := range want {
		if fs[i].Measure != w.Measure || fs[i].Value != w.Value || fs[i].Change != w.Change || fs[i].Share != w.Share {
			t.Errorf("%d: %+v, want %+v", i, fs[i], w)
		}
	}
	fs = ProseFigures("其中同意公开或部分公开共81件，公开率为30.80%。另收到行政复议申请3件。", 1)
	if len(fs) != 1 || fs[0].Measure != MeasureOpenOrPt || fs[0].Value != 81 || fs[0].Share != "30.80" {
		t.Errorf("got %+v", fs)
	}
}

// A sentence of the overview that names 行政复议和行政诉讼 does not start
// T4 (a real report's opening paragraph lists its sections so).
func TestSentenceDoesNotStartT4(t *testing.T) {
	rep := readString(t, `一、总体情况
本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况组成。
二、主动公开政府信息情况
行政规范性文件 | 5 | 1 | 25 |
`)
	if rep.T2["Z2·C3"].Num != 25 || len(rep.T4) != 0 {
		t.Errorf("T2 %+v, T4 %+v", rep.T2, rep.T4)
	}
	fs := ProseFigures("2024年，全区受理依申请公开件255件，办结255件，其中予以公开71件、部分公开5件。", 1)
	if len(fs) != 4 || fs[0].Measure != MeasureNew || fs[0].Value != 255 || fs[1].Measure != MeasureAnswered || fs[3].Measure != MeasurePartial {
		t.Errorf("got %+v", fs)
	}
}

// A district's summary (our sentence in a real report's pattern): shares
// of every group on the base 答复 (R3.7), 予以公开答复N件 the group's, not 答复.
func TestProseGroupShares(t *testing.T) {
	fs := ProseFigures("全区共完成政府信息依申请公开答复200件，包括上年结转信息公开申请10件。其中，予以公开答复120件，占60.00%；部分公开8，占4%；不予公开12件，占6.00%；无法提供的30件，占15.00%。", 4)
	got := map[string]ProseFigure{}
	for _, f := range fs {
		got[f.Measure] = f
	}
	if got[MeasureAnswered].Value != 200 || got[MeasureCarryIn].Value != 10 || got[MeasureOpen].Value != 120 || got[MeasureOpen].Share != "60.00" ||
		got[MeasureWithheld].Value != 12 || got[MeasureCannot].Share != "15.00" || len(fs) != 5 {
		t.Errorf("got %+v", fs)
	}
}

// Cells one a line with no separators at all (a web table copied as
// text): labels and figures on lines of their own.
func TestReadOneCellLinesNoPipes(t *testing.T) {
	var b strings.Builder
	b.WriteString("二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n2\n行政规范性文件\n3\n1\n9\n第二十条第(五)项\n信息内容\n本年处理决定数量\n行政许可\n12\n")
	b.WriteString("三、收到和处理政府信息公开申请情况\n自然人\n法人或其他组织\n总计\n")
	for _, row := range []struct{ label, vals string }{
		{"一、本年新收政府信息公开申请数量", "4 1 0 0 0 0 5"},
		{"二、上年结转政府信息公开申请数量", "0 0 0 0 0 0 0"},
		{"三、本年度办理结果", ""},
		{"(一)予以公开", "4 1 0 0 0 0 5"},
		{"(七)总计", "4 1 0 0 0 0 5"},
		{"四、结转下年度继续办理", "0 0 0 0 0 0 0"},
	} {
		b.WriteString(row.label + "\n")
		for _, v := range strings.Fields(row.vals) {
			b.WriteString(v + "\n")
		}
	}
	rep := readString(t, b.String())
	for id, want := range map[string]float64{"R1·C1": 4, "R1·C2": 1, "R1·C7": 5, "R2·C7": 0, "R3.1·C7": 5, "R3.7·C2": 1, "R4·C7": 0} {
		if v, ok := rep.T3[id]; !ok || v.Num != want {
			t.Errorf("%s = %v (present %v), want %v", id, v.Num, ok, want)
		}
	}
	for id, want := range map[string]float64{"Z1·C3": 2, "Z2·C1": 3, "Z2·C3": 9, "Z3·C1": 12} {
		if v, ok := rep.T2[id]; !ok || v.Num != want {
			t.Errorf("%s = %v (present %v), want %v", id, v.Num, ok, want)
		}
	}
	if fs := CheckH1(rep); len(fs) != 0 {
		t.Errorf("H1: %v", rules(fs))
	}
}

// The 2019 T2 (its blocks as a 2020 report prints them, figures ours):
// 本年增/减 signed ("减4"), 处理决定数量 as C1, the fee items and 政府集中采购.
func TestRead2019T2(t *testing.T) {
	rep := readString(t, `二、主动公开政府信息情况
第二十条第(一)项 |
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
规章 | 0 | 0 | 0 |
规范性文件 | 2 | 2 | 15 |
第二十条第(五)项 |
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
行政许可 | 6 | 减4 | 2 |
其他对外管理服务事项 | 1 | 0 | 3 |
第二十条第(六)项 |
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
行政处罚 | 2 | 增1 | 7 |
行政强制 | 0 | 0 | 0 |
第二十条第(八)项 |
信息内容 | 上一年项目数量 | 本年增/减 |
行政事业性收费 | 3 | 0 |
第二十条第(九)项 |
信息内容 | 采购项目数量 | 采购总金额 |
政府集中采购 | 6 | 52.15 |
`)
	if rep.T2Format != Format2019 {
		t.Fatalf("format %v", rep.T2Format)
	}
	want := map[string]float64{"Z2·C3": 15, "Z3·C2": 6, "Z3·C3": -4, "Z3·C1": 2, "Z7·C1": 3, "Z4·C3": 1, "Z4·C1": 7, "Z6·C2": 3, "Z8·C1": 6, "Z8·C2": 52.15}
	for id, w := range want {
		if v, ok := rep.T2[id]; !ok || v.Num != w {
			t.Errorf("%s = %v (present %v), want %v", id, v.Num, ok, w)
		}
	}
	if len(rep.T2) != len(T2Cells(Format2019)) {
		t.Errorf("%d cells, want %d", len(rep.T2), len(T2Cells(Format2019)))
	}
	if fs := CheckH5(rep); len(fs) != 0 {
		t.Errorf("H5 on 本年增/减 −4: %v", rules(fs))
	}
}

// WriteCSV keeps its cells from being run as spreadsheet formulas: a body
// named like a formula and a count cell that is a bare mark get a leading
// quote, numbers stay as they are, and ReadCSV reads the original back.
func TestWriteCSVFormulaCells(t *testing.T) {
	rep := NewReport()
	rep.Body = "=HYPERLINK(\"http://x\",\"某区\")"
	rep.Year = 2024
	rep.T3["R1·C1"] = Value{Text: "-"}
	rep.T3["R1·C2"] = Value{Text: "-2", Num: -2}
	var b strings.Builder
	if err := WriteCSV(&b, rep); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"body,\"'=HYPERLINK(\"\"http://x\"\",\"\"某区\"\")\"\n", "R1·C1,'-\n", "R1·C2,-2\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("CSV lacks %q:\n%s", want, out)
		}
	}
	back, err := ReadCSV(strings.NewReader(out), "w.csv")
	if err != nil {
		t.Fatal(err)
	}
	if back.Body != rep.Body {
		t.Errorf("body back %q, want %q", back.Body, rep.Body)
	}
	if v := back.T3["R1·C2"]; v.Num != -2 {
		t.Errorf("R1·C2 back %+v", v)
	}
}
