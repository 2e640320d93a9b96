// Package xlsx writes a year-over-year analysis as an Excel workbook (.xlsx)
// for the statistical appendix.
//
// The workbook has these sheets, in this order:
//
//   - 同比分析: one row per indicator, grouped under section rows: section,
//     indicator, unit, previous and current value, change, growth (or
//     percentage points for rates), the Chinese statement and the flags.
//     Change and growth are live formulas that carry their computed value as
//     the cached result, so that readers that do not recalculate (previewers,
//     pandas, openpyxl) still see the numbers, and spreadsheet programs that
//     do recalculate arrive at the same numbers. The header row is frozen,
//     filtered and repeated on every printed page (A4 landscape, fit to
//     width).
//   - 数据: the long data (header section,indicator,unit,year,value,flag,
//     note,parent,period,kind,change_kind,change_value,change_text,
//     indicator_note,change_ambiguous), which analysis/ingest loads back
//     as the same dataset.
//   - 校验: the findings of the consistency checks.
//   - 图表 (when there is something to draw): native Excel charts (previous
//     vs current as clustered columns, growth as bars) and, optionally, PNG
//     charts as pictures.
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
