// Package xlsx writes the statistical appendix as an Excel workbook
// (.xlsx): it draws the presentation (report/present.Document) and never
// decides on its own how a figure is shown.
//
// The workbook has these sheets, in this order:
//
//   - 同比分析: the document's main table (表1): a title block (caption and
//     unit line) above the header, one row per indicator grouped under
//     section rows, 其中 items indented, every cell as the document shows it
//     (decimals and qualifiers as number formats: 0.00, "约"0.00, 0"多"),
//     then the statement (表述) and the row's note (备注); under the table
//     the 注 and 资料来源. Change, growth and percentage points are live
//     formulas that give the document's own text — blank where a value is
//     unknown, — where growth is undefined — and carry their computed
//     value as the cached result, so that readers that do not recalculate
//     (previewers, pandas, openpyxl) still see the numbers, and spreadsheet
//     programs that do recalculate arrive at the same ones.
//   - 历年数据 (three or more years): every year's value, one row per
//     indicator.
//   - 数据 (hidden): the long data with the Chinese column names
//     analysis/ingest reads, which loads back as the same dataset.
//   - 校验: the document's check report, in Chinese.
//   - 图表 (when there is something to draw): the native charts the
//     document specifies (horizontal bars from zero, trend lines), their
//     data referring to 同比分析, with number and string caches filled;
//     optionally PNG charts as pictures.
//
// Every sheet prints on A4 landscape, fitted to the page width, with its
// title block and header repeated on each page and page numbers in the
// footer; every style names its font (宋体). The same document gives the
// same bytes: the file's dates are the document's date of issue.
//
// # Streaming
//
// excelize builds the workbook: styles, sheets with their columns, frozen
// panes, filters and print setup, charts, pictures, properties. The rows
// are not held by excelize at all: each worksheet part is written by
// excelize with an empty sheetData, and while the workbook is saved the
// rows are generated into that part, straight into a deflate compressor
// that works on all cores. Nothing per row or per cell is kept in memory,
// and the output goes to the writer as it is made. (excelize's
// StreamWriter, which also writes formulas with cached values, costs about
// three times the time and twice the memory for a million rows: it
// allocates per cell, keeps each sheet in a temporary file and compresses
// on one core after everything is written.)
//
// A sheet that would exceed Excel's 1,048,576 rows continues on a sheet of
// the same name with a number appended (数据2, 数据3 …), each with its own
// header row; analysis/ingest reads only 数据, so a dataset of more than
// 1,048,575 values does not read back whole.
//
// # Number formats
//
// Counts show as #,##0, amounts and scores with the decimals they were
// written with (#,##0.00 …), growth as 0.00% with Table.Decimals decimals
// (the growth cell holds the fraction (c − p)/p, so 0.1233 shows 12.33%).
// Rates are stored in percent units as written (95.87 for 95.87%) with a
// plain format (0.00: the decimals written, at least Table.Decimals), not
// a % format, which would show 95.87 as 9587%; their unit column says %.
// Percentage points show as 0.00 (Table.Decimals). Stored values keep their
// full precision; only the formats round. A spreadsheet shows a decline
// smaller than the shown precision as -0.00%, where the statement says
// 持平: the same figure at that precision.
//
// The flags column glosses each of analysis.Row.Flags in Chinese followed
// by its code: 上年为0(zero_base), 基期为负(negative_base),
// 缺少上年数据(missing_previous), 缺少本年数据(missing_current),
// 约数(approx), 推算值(derived), 估计值(estimated).
//
// # Formulas
//
// With previous value in D and current value in E:
//
//	change            IF(AND(ISNUMBER(D5),ISNUMBER(E5)),E5-D5,"")
//	growth            IF(AND(ISNUMBER(D5),ISNUMBER(E5),D5>0),(E5-D5)/D5,"")
//	percentage points IF(AND(ISNUMBER(D5),ISNUMBER(E5)),E5-D5,"")
//
// which are undefined (the empty string) exactly where the analysis says a
// figure is undefined (missing values, zero or negative base); the reason
// is in the flags column.
package xlsx
