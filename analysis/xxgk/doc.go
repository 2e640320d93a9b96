// Package xxgk models, reads, checks and compares the statistics of a
// 政府信息公开工作年度报告 (the annual report on government information
// disclosure every government body in China publishes), in the national
// template of 国办公开办函〔2021〕30号 and the 2019 试行 format before it.
//
// # Tables and cell ids
//
// T2 主动公开政府信息情况: Z1 规章 and Z2 行政规范性文件 × C1 本年制发件数, C2
// 本年废止件数, C3 现行有效件数 (2019: 本年新制作数量, 本年新公开数量, 对外公开总数量);
// Z3 行政许可, Z4 行政处罚, Z5 行政强制 × C1 本年处理决定数量; Z6 行政事业性收费 ×
// C1 本年收费金额 in 万元. The 2019 format adds C2 上一年项目数量 and C3 本年增/减
// (signed: "减4") to Z3–Z5 and Z7 其他对外管理服务事项 (C1 处理决定数量, the one
// figure comparable with 2021), counts Z6's items (C2, C3, no amount) and
// has Z8 政府集中采购 (C1 采购项目数量, C2 采购总金额 in 万元); see [T2Cells].
//
// T3 收到和处理政府信息公开申请情况: rows R1, R2, R3.1, R3.2, R3.3.1–8,
// R3.4.1–3, R3.5.1–5, R3.6.1–3 (2019: a single R3.6), R3.7, R4 (see
// [T3Rows]) × columns C1 自然人, C2 商业企业, C3 科研机构, C4 社会公益组织,
// C5 法律服务机构, C6 其他, C7 总计. A cell id is "R3.3.1·C7" ([CellID]).
//
// T4 行政复议、行政诉讼: A1–A5 行政复议, B1–B5 未经复议直接起诉, D1–D5 复议后起诉,
// each 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
//
// The format is detected from the labels, not the year: T3 is in the 2019
// format when （六）其他处理 is one row with values; T2 when its headers are
// 2019's.
//
// # Reading
//
// [ReadGrids] reads the tables from cells as they are printed: worksheets
// and document tables in the official layout (merged header cells), or
// text lines split into cells. Rows are found by their labels, tolerating
// "1、" for "1.", spaces, full-width digits, 规范性文件 for 行政规范性文件
// and one typo in four characters ([LabelsMatch]); a row's values are the
// cells after its last label. Blank cells are zero, "/" not applicable,
// units are read ("251000元" is 25.1 万元); anything else is a [CellError]
// naming the table, row and column.
//
// [ReadText] reads a published report's text or web page: tables as
// pipe, tab or space separated rows (T4 often one line of 15 numbers) and
// the figures of 一、总体情况 ([ProseFigures], one rule per kind of phrase).
// [ReadDOCX] reads a Word document's tables and paragraphs.
//
// [ReadCSV] reads CSV in the grid layout above or the long layout: a
// header row "cell,value", then one row per cell:
//
//	cell,value
//	body,淮安市洪泽区人民政府
//	year,2024
//	format,2019
//	format_t2,2021
//	R1·C1,95
//	R1·C7,95
//	Z6·C1,7545万元
//	A5,2
//
// "format" is T3's format (and T2's unless "format_t2" says otherwise).
// Ids may be written R1.C7, R1:C7 or r1c7. Cells not listed are blank
// (zero) in a table that has any cell listed.
//
// # Checks
//
// [Check] returns analysis.Finding values: H1–H5, the template's
// identities, as errors (only true contradictions), naming the cells and
// the sums; X1–X5 as warnings: carry-over against last year's R4, the
// stock and flow of T2 (一), the prose against the tables, stated shares
// against R3.7·C7 (±1 in the last printed digit), stated 同比 against last
// year's report on the same measure (收办 against 收办, 新收 against 新收).
//
// # Year over year
//
// [Compare] compares every cell and group with last year's report and
// writes statements as these reports phrase them ("同比增长16.13%").
package xxgk
