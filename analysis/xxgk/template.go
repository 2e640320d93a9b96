package xxgk

import "strings"

// Format is the edition of the national template a table follows. It is
// detected from the labels, not from the year: some 2022–2024 reports still
// use 2019 rows.
type Format uint8

// Formats.
const (
	Format2021 Format = iota // 国办公开办函〔2021〕30号, reports for 2021 onward
	Format2019               // 国办公开办函〔2019〕60号 (试行), reports for 2019–2020
)

// String returns "2021" or "2019".
func (f Format) String() string {
	if f == Format2019 {
		return "2019"
	}
	return "2021"
}

// Table names a table of the report.
type Table uint8

// Tables of the report's statistics.
const (
	T2 Table = 2 // 主动公开政府信息情况
	T3 Table = 3 // 收到和处理政府信息公开申请情况
	T4 Table = 4 // 政府信息公开行政复议、行政诉讼情况
)

// Chinese returns the table as the report names it (表二 …).
func (t Table) Chinese() string {
	switch t {
	case T2:
		return "表二（主动公开政府信息情况）"
	case T3:
		return "表三（收到和处理政府信息公开申请情况）"
	}
	return "表四（政府信息公开行政复议、行政诉讼情况）"
}

// Section headings of the report, verbatim.
const (
	HeadingOverview = "一、总体情况"
	HeadingT2       = "二、主动公开政府信息情况"
	HeadingT3       = "三、收到和处理政府信息公开申请情况"
	HeadingT4       = "四、政府信息公开行政复议、行政诉讼情况"
	HeadingProblems = "五、存在的主要问题及改进情况"
	HeadingOther    = "六、其他需要报告的事项"
)

// T3Note is the top-left header cell of T3, verbatim.
const T3Note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

// T3 column headers, verbatim.
const (
	HeaderApplicant = "申请人情况"
	HeaderPerson    = "自然人"
	HeaderOrg       = "法人或其他组织"
	HeaderTotal     = "总计"
)

// T3Columns are the labels of columns C1…C7 of T3.
var T3Columns = [7]string{"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"}

// Row is one data row of T3: its id (R1, R3.3.1 …), the label of its
// group (the merged cell to its left, "" for none) and its own label,
// verbatim from the template.
type Row struct {
	ID    string
	Top   string // 三、本年度办理结果 for the result rows, else ""
	Group string // （三）不予公开 for R3.3.1 …, else ""
	Label string // the row's own label
}

// Groups of T3's result rows (the rows under 三、本年度办理结果).
const (
	TopResults = "三、本年度办理结果"
	Group3     = "（三）不予公开"
	Group4     = "（四）无法提供"
	Group5     = "（五）不予处理"
	Group6     = "（六）其他处理"
)

func items(top, group, prefix string, labels ...string) []Row {
	rows := make([]Row, len(labels))
	for i, l := range labels {
		rows[i] = Row{ID: prefix + "." + string(rune('1'+i)), Top: top, Group: group, Label: string(rune('1'+i)) + "." + l}
	}
	return rows
}

func concat(parts ...[]Row) []Row {
	var out []Row
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

var rowsHead = []Row{
	{ID: "R1", Label: "一、本年新收政府信息公开申请数量"},
	{ID: "R2", Label: "二、上年结转政府信息公开申请数量"},
	{ID: "R3.1", Top: TopResults, Label: "（一）予以公开"},
	{ID: "R3.2", Top: TopResults, Label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
}

var rows3to5 = concat(
	items(TopResults, Group3, "R3.3", "属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
		"属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"),
	items(TopResults, Group4, "R3.4", "本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"),
	items(TopResults, Group5, "R3.5", "信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
		"要求行政机关确认或重新出具已获取信息"),
)

var rowsTail = []Row{
	{ID: "R3.7", Top: TopResults, Label: "（七）总计"},
	{ID: "R4", Label: "四、结转下年度继续办理"},
}

// rows2021 and rows2019 are T3's data rows in each format, in order.
var (
	rows2021 = concat(rowsHead, rows3to5,
		items(TopResults, Group6, "R3.6", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
			"申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"),
		rowsTail)
	rows2019 = concat(rowsHead, rows3to5, []Row{{ID: "R3.6", Top: TopResults, Label: Group6}}, rowsTail)
)

// T3Rows returns T3's data rows in the format's order: 25 in the 2021
// format, 23 in the 2019 format (a single （六）其他处理 row). The slice is
// shared: do not modify it.
func T3Rows(f Format) []Row {
	if f == Format2019 {
		return rows2019
	}
	return rows2021
}

// ResultRows returns the ids of the result rows R3.1 … R3.6.x that
// （七）总计 sums (21 in the 2021 format, 19 in the 2019 format).
func ResultRows(f Format) []string {
	var ids []string
	for _, r := range T3Rows(f) {
		if r.Top == TopResults && r.ID != "R3.7" {
			ids = append(ids, r.ID)
		}
	}
	return ids
}

// GroupRows returns the ids of the rows of a result group: "R3.3" →
// R3.3.1 … R3.3.8; R3.1 → itself.
func GroupRows(f Format, group string) []string {
	var ids []string
	for _, r := range T3Rows(f) {
		if r.ID == group || len(r.ID) > len(group) && r.ID[:len(group)+1] == group+"." {
			ids = append(ids, r.ID)
		}
	}
	return ids
}

// T3Row returns the row of T3 with the id, in either format.
func T3Row(id string) (Row, bool) {
	for _, rs := range [][]Row{rows2021, rows2019} {
		for _, r := range rs {
			if r.ID == id {
				return r, true
			}
		}
	}
	return Row{}, false
}

// T2Cell is one cell of T2: an id (Z1·C1 …), its block caption, row label
// and column header, verbatim, in the order the template prints them.
type T2Cell struct {
	ID     string
	Block  string // 第二十条第（一）项
	Row    string // 规章
	Column string // 本年制发件数
	Amount bool   // an amount in 万元 that may have decimals, not a count
	Signed bool   // a change that may be negative (2019's 本年增/减: "减4")
}

// T2 block captions and the 信息内容 header, verbatim.
const (
	Block1      = "第二十条第（一）项"
	Block5      = "第二十条第（五）项"
	Block6      = "第二十条第（六）项"
	Block8      = "第二十条第（八）项"
	Block9      = "第二十条第（九）项"
	HeaderInfo  = "信息内容"
	ColIssued   = "本年制发件数"
	ColRepealed = "本年废止件数"
	ColInForce  = "现行有效件数"
	ColDecided  = "本年处理决定数量"
	ColFees     = "本年收费金额（单位：万元）"
)

// 2019 column headers, verbatim.
const (
	Col2019Made     = "本年新制作数量"
	Col2019Opened   = "本年新公开数量"
	Col2019Total    = "对外公开总数量"
	Col2019LastYear = "上一年项目数量"
	Col2019Change   = "本年增/减"
	Col2019Decided  = "处理决定数量"
	Col2019Items    = "采购项目数量"
	Col2019Amount   = "采购总金额"
)

// T2 cells of the 2021 format, in the template's order.
var t2Cells2021 = []T2Cell{
	{ID: "Z1·C1", Block: Block1, Row: "规章", Column: ColIssued},
	{ID: "Z1·C2", Block: Block1, Row: "规章", Column: ColRepealed},
	{ID: "Z1·C3", Block: Block1, Row: "规章", Column: ColInForce},
	{ID: "Z2·C1", Block: Block1, Row: "行政规范性文件", Column: ColIssued},
	{ID: "Z2·C2", Block: Block1, Row: "行政规范性文件", Column: ColRepealed},
	{ID: "Z2·C3", Block: Block1, Row: "行政规范性文件", Column: ColInForce},
	{ID: "Z3·C1", Block: Block5, Row: "行政许可", Column: ColDecided},
	{ID: "Z4·C1", Block: Block6, Row: "行政处罚", Column: ColDecided},
	{ID: "Z5·C1", Block: Block6, Row: "行政强制", Column: ColDecided},
	{ID: "Z6·C1", Block: Block8, Row: "行政事业性收费", Column: ColFees, Amount: true},
}

// T2 cells of the 2019 format, in the template's order. 处理决定数量 is C1
// of its row, as in the 2021 format (the one figure comparable across the
// two), though the template prints it last.
var t2Cells2019 = func() []T2Cell {
	cells := []T2Cell{
		{ID: "Z1·C1", Block: Block1, Row: "规章", Column: Col2019Made},
		{ID: "Z1·C2", Block: Block1, Row: "规章", Column: Col2019Opened},
		{ID: "Z1·C3", Block: Block1, Row: "规章", Column: Col2019Total},
		{ID: "Z2·C1", Block: Block1, Row: "规范性文件", Column: Col2019Made},
		{ID: "Z2·C2", Block: Block1, Row: "规范性文件", Column: Col2019Opened},
		{ID: "Z2·C3", Block: Block1, Row: "规范性文件", Column: Col2019Total},
	}
	three := func(block, row, id string) {
		cells = append(cells,
			T2Cell{ID: id + "·C2", Block: block, Row: row, Column: Col2019LastYear},
			T2Cell{ID: id + "·C3", Block: block, Row: row, Column: Col2019Change, Signed: true},
			T2Cell{ID: id + "·C1", Block: block, Row: row, Column: Col2019Decided})
	}
	three(Block5, "行政许可", "Z3")
	three(Block5, "其他对外管理服务事项", "Z7")
	three(Block6, "行政处罚", "Z4")
	three(Block6, "行政强制", "Z5")
	cells = append(cells,
		T2Cell{ID: "Z6·C2", Block: Block8, Row: "行政事业性收费", Column: Col2019LastYear},
		T2Cell{ID: "Z6·C3", Block: Block8, Row: "行政事业性收费", Column: Col2019Change, Signed: true},
		T2Cell{ID: "Z8·C1", Block: Block9, Row: "政府集中采购", Column: Col2019Items},
		T2Cell{ID: "Z8·C2", Block: Block9, Row: "政府集中采购", Column: Col2019Amount, Amount: true})
	return cells
}()

// T2Cells returns the cells of T2 in the format, in the order the
// template prints them. The slice is shared: do not modify it.
func T2Cells(f Format) []T2Cell {
	if f == Format2019 {
		return t2Cells2019
	}
	return t2Cells2021
}

// T2RowCells returns the cells of one T2 row (Z1 …) in the format, in the
// order the template prints them.
func T2RowCells(f Format, row string) []T2Cell {
	var out []T2Cell
	for _, c := range T2Cells(f) {
		if strings.HasPrefix(c.ID, row+"·") {
			out = append(out, c)
		}
	}
	return out
}

// T4 labels, verbatim.
const (
	HeaderReview     = "行政复议"
	HeaderSuit       = "行政诉讼"
	HeaderSuitDirect = "未经复议直接起诉"
	HeaderSuitAfter  = "复议后起诉"
)

// T4Results are the five columns of each T4 block.
var T4Results = [5]string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}

// T4Blocks are the three blocks of T4: id letter and label.
var T4Blocks = [3]struct{ Letter, Label string }{
	{"A", HeaderReview}, {"B", HeaderSuitDirect}, {"D", HeaderSuitAfter},
}

// T4IDs are the 15 cells of T4 in the order the template prints them:
// A1–A5, B1–B5, D1–D5.
var T4IDs = func() []string {
	var ids []string
	for _, b := range T4Blocks {
		for i := range 5 {
			ids = append(ids, b.Letter+string(rune('1'+i)))
		}
	}
	return ids
}()

// CellID returns the id of the T3 cell in row and column c (1–7):
// "R3.3.1·C7".
func CellID(row string, c int) string { return row + "·C" + string(rune('0'+c)) }
