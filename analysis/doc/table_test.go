package doc

import (
	"errors"
	"reflect"
	"testing"
)

// twoRowHeader builds
//
//	| 指标 (rowspan 2) | 本报告期 (colspan 2)      | 上年同期 (rowspan 2) |
//	|                  | 数量(件) | 同比增减(%)    |                      |
//	| 收案             | 262      | -2.60          | 269                  |
func twoRowHeader(t *testing.T) *Table {
	t.Helper()
	var b Builder
	b.Row()
	b.Cell("指标", 2, 1, Source{Offset: 0})
	b.Cell("本报告期", 1, 2, Source{Offset: 10})
	b.Cell("上年同期", 2, 1, Source{Offset: 20})
	b.Row()
	b.Cell("数量(件)", 1, 1, Source{Offset: 30})
	b.Cell("同比增减(%)", 1, 1, Source{Offset: 40})
	b.Row()
	b.Cell(" 收案 ", 1, 1, Source{Offset: 50})
	b.Cell("262", 1, 1, Source{Offset: 60})
	b.Cell("-2.60", 1, 1, Source{Offset: 70})
	b.Cell("269", 1, 1, Source{Offset: 80})
	tb, err := b.Table()
	if err != nil {
		t.Fatal(err)
	}
	tb.DetectLayout()
	return tb
}

func TestBuilderSpans(t *testing.T) {
	tb := twoRowHeader(t)
	if tb.NumRows() != 3 || tb.NumCols() != 4 {
		t.Fatalf("grid %d×%d, want 3×4", tb.NumRows(), tb.NumCols())
	}
	// Replicated: (1,0) is a copy of 指标 with its origin (0,0).
	if c := tb.At(1, 0); c.Text != "指标" || c.Row != 0 || c.Col != 0 || c.RowSpan != 2 {
		t.Errorf("At(1,0) = %+v, want a copy of 指标 at (0,0) rowspan 2", c)
	}
	if tb.IsOrigin(1, 0) || !tb.IsOrigin(0, 0) {
		t.Error("IsOrigin: (0,0) must be the origin, (1,0) a copy")
	}
	if c := tb.At(0, 2); c.Text != "本报告期" || c.Col != 1 || c.ColSpan != 2 {
		t.Errorf("At(0,2) = %+v, want a copy of 本报告期", c)
	}
	// The second header row's cells skip the position the rowspan covers.
	if c := tb.At(1, 1); c.Text != "数量(件)" || c.Source.Offset != 30 {
		t.Errorf("At(1,1) = %+v, want 数量(件) from offset 30", c)
	}
	if c := tb.At(1, 3); c.Text != "上年同期" {
		t.Errorf("At(1,3) = %q, want 上年同期", c.Text)
	}
	if tb.At(2, 0).Text != "收案" {
		t.Errorf("cell text not cleaned: %q", tb.At(2, 0).Text)
	}
	if tb.HeaderRows != 2 || tb.LabelCols != 1 {
		t.Errorf("layout %d header rows, %d label cols; want 2, 1", tb.HeaderRows, tb.LabelCols)
	}
}

func TestColumnPathAndData(t *testing.T) {
	tb := twoRowHeader(t)
	paths := map[int][]string{
		0: {"指标"},
		1: {"本报告期", "数量(件)"},
		2: {"本报告期", "同比增减(%)"},
		3: {"上年同期"},
	}
	for c, want := range paths {
		if got := tb.ColumnPath(c); !reflect.DeepEqual(got, want) {
			t.Errorf("ColumnPath(%d) = %q, want %q", c, got, want)
		}
	}
	data := tb.Data()
	if len(data) != 3 {
		t.Fatalf("Data: %d cells, want 3", len(data))
	}
	want := []struct {
		text, unit string
		period     Period
		change     ChangeKind
	}{
		{"262", "件", Period{Rel: RelCurrent}, NoChange},
		{"-2.60", "%", Period{Rel: RelCurrent}, ChangePercent},
		{"269", "", Period{Rel: RelPrior, SamePeriod: true}, NoChange},
	}
	for i, w := range want {
		d := data[i]
		if d.Text != w.text || d.Unit != w.unit || d.Column.Period != w.period || d.Column.Change != w.change {
			t.Errorf("Data[%d] = %q unit %q period %v change %v; want %q %q %v %v",
				i, d.Text, d.Unit, d.Column.Period, d.Column.Change, w.text, w.unit, w.period, w.change)
		}
		if !reflect.DeepEqual(d.RowPath, []string{"收案"}) {
			t.Errorf("Data[%d].RowPath = %q", i, d.RowPath)
		}
	}
}

func TestThreeRowHeaderAndRowGroups(t *testing.T) {
	// | 项目 (rs3)     | 2024年 (cs3)                          |
	// |                | 收入 (cs2)                | 支出(万元) (rs2) |
	// |                | 金额(万元) | 比上年增长(%) |                  |
	// | 一般预算 (rs2) | 税收 | 100 | 5.0 | 90 |
	// |                | 非税 | 20  | -1  | 10 |
	var b Builder
	b.Row()
	b.Cell("项目", 3, 2, Source{})
	b.Cell("2024年", 1, 3, Source{})
	b.Row()
	b.Cell("收入", 1, 2, Source{})
	b.Cell("支出(万元)", 2, 1, Source{})
	b.Row()
	b.Cell("金额(万元)", 1, 1, Source{})
	b.Cell("比上年增长(%)", 1, 1, Source{})
	b.Row()
	b.Cell("一般预算", 2, 1, Source{})
	b.Cell("税收", 1, 1, Source{})
	b.Cell("100", 1, 1, Source{})
	b.Cell("5.0", 1, 1, Source{})
	b.Cell("90", 1, 1, Source{})
	b.Row()
	b.Cell("非税", 1, 1, Source{})
	b.Cell("20", 1, 1, Source{})
	b.Cell("-1", 1, 1, Source{})
	b.Cell("10", 1, 1, Source{})
	tb, err := b.Table()
	if err != nil {
		t.Fatal(err)
	}
	tb.DetectLayout()
	if tb.HeaderRows != 3 || tb.LabelCols != 2 || tb.NumCols() != 5 {
		t.Fatalf("layout %d rows %d label cols %d cols; want 3, 2, 5", tb.HeaderRows, tb.LabelCols, tb.NumCols())
	}
	if got, want := tb.ColumnPath(3), []string{"2024年", "收入", "比上年增长(%)"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ColumnPath(3) = %q, want %q", got, want)
	}
	if got, want := tb.ColumnPath(4), []string{"2024年", "支出(万元)"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ColumnPath(4) = %q, want %q", got, want)
	}
	if got, want := tb.RowPath(4), []string{"一般预算", "非税"}; !reflect.DeepEqual(got, want) {
		t.Errorf("RowPath(4) = %q, want %q", got, want)
	}
	c := tb.Column(2)
	if c.Unit != "万元" || c.Period.Year != 2024 || c.Label != "收入/金额" || c.Change != NoChange {
		t.Errorf("Column(2) = %+v", c)
	}
	c = tb.Column(3)
	if c.Change != ChangePercent || c.Base.Rel != RelPrior || c.Period.Year != 2024 {
		t.Errorf("Column(3) = %+v", c)
	}
}

func TestUnitSources(t *testing.T) {
	tb, err := NewTable([][]string{
		{"指标", "单位", "2023年", "2024年"},
		{"粮食产量", "万吨", "10", "11"},
		{"人口(万人)", "", "5", "6"},
		{"收入", "", "7", "8"},
	})
	if err != nil {
		t.Fatal(err)
	}
	tb.Unit = "亿元"
	tb.DetectLayout()
	if tb.LabelCols != 1 {
		t.Fatalf("LabelCols = %d, want 1 (the unit column is not a label)", tb.LabelCols)
	}
	var got []string
	for _, d := range tb.Data() {
		got = append(got, d.Text+d.Unit)
	}
	want := []string{"10万吨", "11万吨", "5万人", "6万人", "7亿元", "8亿元"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("units %q, want %q", got, want)
	}
}

func TestHeaderRowsOf(t *testing.T) {
	tests := []struct {
		rows [][]string
		want int
	}{
		{[][]string{{"a", "b"}, {"x", "1"}}, 1},
		{[][]string{{"指标", "2023", "2024"}, {"x", "1", "2"}}, 1},
		{[][]string{{"指标", "本期"}, {"", "数量"}, {"x", "1"}}, 2},
		{[][]string{{"甲", "乙"}, {"丙", "丁"}}, 1},
		{[][]string{{"x", "1"}}, 0},
		{[][]string{{"x", "1"}, {"y", "2"}}, 1},
	}
	for _, tt := range tests {
		tb, _ := NewTable(tt.rows)
		if got := HeaderRowsOf(tb); got != tt.want {
			t.Errorf("HeaderRowsOf(%q) = %d, want %d", tt.rows, got, tt.want)
		}
	}
}

func TestLabelColsOf(t *testing.T) {
	tests := []struct {
		rows [][]string
		want int
	}{
		{[][]string{{"指标", "2023"}, {"x", "1"}}, 1},
		{[][]string{{"类", "项", "值"}, {"甲", "x", "1"}}, 2},
		{[][]string{{"序号", "项", "值"}, {"1", "x", "1"}}, 2},
		{[][]string{{"a", "b"}, {"1", "2"}}, 0},
		{[][]string{{"a", "b"}, {"c", "d"}}, 1},
	}
	for _, tt := range tests {
		tb, _ := NewTable(tt.rows)
		tb.HeaderRows = 1
		if got := LabelColsOf(tb); got != tt.want {
			t.Errorf("LabelColsOf(%q) = %d, want %d", tt.rows, got, tt.want)
		}
	}
}

func TestBuilderLimits(t *testing.T) {
	var b Builder
	for i := 0; i < 5000; i++ {
		b.Row()
		b.Cell("x", 1, 1000000, Source{})
	}
	_, err := b.Table()
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("5000 rows × colspan 1000: err %v, want ErrTooLarge", err)
	}
	var small Builder
	small.Cell("a", 5, 3, Source{})
	tb, err := small.Table()
	if err != nil {
		t.Fatal(err)
	}
	// A span past the grid is cut to it; trailing rows that only a span
	// covers are trimmed, as they hold no new text.
	if tb.NumRows() != 1 || tb.NumCols() != 3 || tb.At(0, 2).RowSpan != 1 {
		t.Errorf("got %d×%d rowspan %d; want 1×3 rowspan 1", tb.NumRows(), tb.NumCols(), tb.At(0, 2).RowSpan)
	}
}

func TestDocumentAdd(t *testing.T) {
	d := &Document{Name: "r.html"}
	d.Add(Block{Kind: Heading, Level: 1, Text: "标题"})
	tb, _ := NewTable([][]string{{"a", "b"}, {"c", "1"}})
	i := d.Add(Block{Kind: TableBlock, Table: tb})
	d.Add(Block{Kind: Paragraph, Text: "正文。"})
	if i != 1 || tb.Source.Block != 1 || tb.At(1, 1).Source.File != "r.html" || tb.At(1, 1).Source.Block != 1 {
		t.Errorf("provenance not set: %+v", tb.At(1, 1).Source)
	}
	if got := d.Text(); got != "标题\n正文。\n" {
		t.Errorf("Text() = %q", got)
	}
	if len(d.Tables()) != 1 {
		t.Errorf("Tables() = %d, want 1", len(d.Tables()))
	}
}

func TestNormalizeSpreadsheetEdges(t *testing.T) {
	var b Builder
	b.Row()
	b.Cell("表1 2024年一般公共预算收入", 1, 3, Source{})
	b.Row()
	b.Cell("", 1, 2, Source{})
	b.Cell("单位：万元", 1, 1, Source{})
	b.Row()
	b.Cell("项目", 1, 1, Source{})
	b.Cell("2023年", 1, 1, Source{})
	b.Cell("2024年", 1, 1, Source{})
	b.Row()
	b.Cell("税收收入", 1, 1, Source{})
	b.Cell("100", 1, 1, Source{})
	b.Cell("110", 1, 1, Source{})
	b.Row()
	b.Cell("注：2024年为预计数。", 1, 3, Source{})
	b.Row()
	b.Cell("资料来源：区财政局", 1, 3, Source{})
	tb, err := b.Table()
	if err != nil {
		t.Fatal(err)
	}
	tb.Normalize()
	if tb.Caption != "表1 2024年一般公共预算收入" || tb.Unit != "万元" {
		t.Errorf("caption %q unit %q", tb.Caption, tb.Unit)
	}
	if want := []string{"注：2024年为预计数。", "资料来源：区财政局"}; !reflect.DeepEqual(tb.Notes, want) {
		t.Errorf("notes %q, want %q", tb.Notes, want)
	}
	if tb.NumRows() != 2 || tb.HeaderRows != 1 || tb.At(1, 0).Row != 1 {
		t.Fatalf("rows %d header %d; want 2, 1", tb.NumRows(), tb.HeaderRows)
	}
	d := tb.Data()
	if len(d) != 2 || d[1].Text != "110" || d[1].Unit != "万元" || d[1].Column.Period.Year != 2024 {
		t.Errorf("data %+v", d)
	}
}

func TestIsNoteLine(t *testing.T) {
	for in, want := range map[string]bool{
		"注：本表数据为快报数。": true, "注1：含地方债。": true, "资料来源：国家统计局": true, "说明：…": true,
		"注册企业1000户": false, "注重实效": false, "主要指标": false,
	} {
		if got := IsNoteLine(in); got != want {
			t.Errorf("IsNoteLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestIsCaptionLine(t *testing.T) {
	for in, want := range map[string]bool{
		"表1 2024年主要指标": true, "表 2 收支情况": true, "表一 分产业": true, "附表3 明细": true, "续表1": true,
		"表明我区经济稳定": false, "表彰先进": false,
	} {
		if got := IsCaptionLine(in); got != want {
			t.Errorf("IsCaptionLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestPipeText(t *testing.T) {
	var b Builder
	b.Row()
	b.Cell("指标", 2, 1, Source{})
	b.Cell("本报告期", 1, 2, Source{})
	b.Cell("上年同期", 2, 1, Source{})
	b.Row()
	b.Cell("数量(件)", 1, 1, Source{})
	b.Cell("同比增减(%)", 1, 1, Source{})
	b.Row()
	b.Cell("刑事|案件", 2, 1, Source{})
	b.Cell("262", 1, 1, Source{})
	b.Cell("-2.60", 1, 1, Source{})
	b.Cell("269", 1, 1, Source{})
	b.Row()
	b.Cell("10", 1, 1, Source{})
	b.Cell("5", 1, 1, Source{})
	b.Cell("9", 1, 1, Source{})
	tb, _ := b.Table()
	tb.DetectLayout()
	tb.Caption, tb.Unit, tb.Notes = "表1 案件", "件", []string{"注：快报数。"}
	d := &Document{Name: "x"}
	d.Add(Block{Kind: Heading, Level: 1, Text: "标题"})
	d.Add(Block{Kind: TableBlock, Table: tb})
	d.Add(Block{Kind: Paragraph, Text: "正文。"})
	want := "标题\n\n表1 案件\n单位：件\n| 指标 | 本报告期 | 上年同期 |\n| 数量(件) | 同比增减(%) |\n| 刑事｜案件 | 262 | -2.60 | 269 |\n| 刑事｜案件 | 10 | 5 | 9 |\n注：快报数。\n\n正文。\n"
	if got := d.PipeText(); got != want {
		t.Errorf("PipeText:\n%s\nwant:\n%s", got, want)
	}
}
