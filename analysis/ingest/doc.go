// Package ingest reads annualstat datasets from CSV, XLSX and JSON files and
// writes them as long CSV and JSON, and reads reports (web pages, Word,
// text and PDF files) into the document model of analysis/doc.
//
// # Tables: CSV and XLSX
//
// A table has a header row and is in one of two layouts, told apart by the
// header:
//
//   - long: one row per indicator and year,
//     section,indicator,unit,year,value[,flag,note,parent,…]
//   - wide: one row per indicator, one column per year,
//     section,indicator,unit,2021,2022,… (year columns may be written
//     2021年 or 2021年度)
//
// Column names are matched ignoring case, spaces and underscores, and in
// Chinese too: 板块/分类 section, 指标/指标名称 indicator, 单位 unit,
// 年份/年度 year, 数值/值 value, 标记 flag, 备注 note, 上级指标 parent.
// Columns are found by name, in any order; unknown columns are ignored.
// Only indicator is required; section and unit default to "".
// Optional columns:
//
//	flag            approx|derived|estimated, separated by |
//	note            a note on the value (wide layout: on the indicator)
//	parent          the indicator this one is a part of
//	kind            count|amount|score|rate; empty derives it from the unit
//	period          a part of the year, e.g. 1-11月 (Point.Period)
//	change_kind     the change the source stated: growth_pct|pp|multiple|abs
//	change_value    its figure (a decline is negative)
//	change_text     its figure as written, e.g. 12.33
//	change_ambiguous  true when the text may attach that change to another figure
//	indicator_note  a note on the indicator
//	class           measure|count|amount|proportion|percent|permille|ratio|index:
//	                overrides the class derived from name and unit (analysis.ClassOf)
//	breakdown       how the indicator's parts relate to it: exhaustive (the
//	                default: they add up), subset (a 其中 list) or ratio
//	qualifier       the word the source qualified the value with, as written
//	                (多, 近, 约, 左右 …); sets the approx flag
//	changes         every change the source stated for the value, in order,
//	                in the form of analysis.FormatChanges: "kind value (text)
//	                base=… verb=… unit=… decimals=N ambiguous", joined with
//	                "; " (growth_pct -2.6 (2.60) base=同比 verb=下降 decimals=2;
//	                abs -7 (7) base=同比 verb=减少). When given it holds the
//	                changes, and change_kind and change_value, if also given,
//	                must agree with its first. WriteCSV writes it when a value
//	                states several changes or a base, verb, unit or decimals.
//
// Indicators come in order of first appearance. An empty value cell means
// the value is missing: no point, but the indicator is still part of the
// dataset, in its place (WriteCSV writes an indicator without values as
// one row with empty year and value). Years are integers from 1900 to 2200.
// Values are read by ParseNumber: thousands separators, full-width digits
// and a trailing % are accepted; a value with % and an empty unit gets the
// unit "%". The same (section, indicator, unit, year) given twice is an
// error naming both lines (wrapping analysis.ErrDuplicate), never a silent
// overwrite. Kind, class, breakdown, parent and indicator_note given on
// several rows of one indicator must agree.
//
// CSV text is UTF-8 (with or without a byte order mark), GB18030 (of which
// GBK and GB2312 are subsets: what spreadsheet programs in China save CSV
// as) or UTF-16 with a byte order mark; the encoding is detected from the
// first 64 KiB unless Options.Encoding names it. Fields are separated by
// commas, or by tabs or semicolons when the header line has those and no
// comma. Files are streamed: a million-row file is never held as a whole.
//
// In a workbook the sheet named 数据 is read if there is one (annualstat's
// own workbooks keep their long data there), else the first sheet, unless
// Options.Sheet names one.
//
// # Tables laid out for people
//
// A sheet whose first row is not a header of either layout, or whose
// header has a second header row under it, is read as a published table:
// a title row (表1 2024年…), a 单位：万元 row, one to three header rows
// (merged cells in a workbook; in CSV a group header written once over
// empty cells), row labels in the first columns (其中 items get their
// parent) and 注 rows under it; tables stacked in one sheet, a blank row
// before each one's title or 单位 row, are read one by one. Every figure
// under the headers is a value:
// its year from its column's headers (2023年, 本年/上年, 本报告期/上年同期,
// 期末/期初, relative to the title's year), its unit from the headers, a
// 单位 column or the 单位 row; a change column (比上年增长(%), 同比增减(%),
// 增减(百分点)) states the change of the level to its left. TableDataset
// reads a table of any document the same way.
//
// # Report documents
//
// ReadDocument and LoadDocument read a report into a doc.Document of
// headings, paragraphs and tables with merged cells resolved: HTML (the
// charset from the page, the main text without navigation, rowspan and
// colspan), Word .docx (heading styles, gridSpan and vMerge, a cap on each
// part's uncompressed size), text and Markdown (pipe, tab and
// space-aligned tables, 单位 and 注 lines), PDF through pdftotext
// -layout (poppler-utils), and XLSX workbooks, each visible sheet a table
// (ReadXLSXDocument). Each block and cell keeps its file, block index
// and byte offset or line (a sheet's cells: the sheet, row and column).
// A file whose content contradicts its extension, an empty file and
// formats not read (.doc, .xls, OpenDocument) are errors saying what the
// file holds.
//
// # Errors
//
// Bad input gives a *ParseError naming the file, the line (XLSX: the cell),
// the column (the field number, 1 = first) and what was expected:
//
//	data.csv:12:5: value: want a number, got "abc"
//	data.csv:7:4: year: line 7 repeats line 3: 市场主体/实有各类市场主体 (户) year 2022 is given twice
//	book.xlsx:Sheet1!E12: value: want a number, got "abc"
//	data.json:8:17: indicators[0].values[1].year: want a year (an integer 1900–2200), got 20222
//
// No input makes a reader panic, and no NaN or infinity is ever read.
//
// # JSON
//
// The JSON form holds everything a dataset holds, and WriteJSON followed by
// ReadJSON gives back an equal dataset. Schema (fields marked ? may be left
// out; a missing value is a left-out element of values):
//
//	{
//	  "title"?:  string,             // Dataset.Title
//	  "org"?:    string,             // Dataset.Org: the reporting body
//	  "year"?:   integer,            // Dataset.Year: reporting year; 0 or absent = latest in the data
//	  "source"?: string,             // Dataset.Source
//	  "indicators": [                // in user order
//	    {
//	      "section": string,
//	      "name":    string,         // required, not empty
//	      "unit":    string,
//	      "kind"?:   "count" | "amount" | "score" | "rate",   // absent: from the unit
//	      "class"?:  "measure" | "count" | "amount" | "proportion" | "percent" | "permille" | "ratio" | "index",
//	      "parent"?: string,
//	      "breakdown"?: "exhaustive" | "subset" | "ratio",   // how the parts relate to it
//	      "note"?:   string,
//	      "values": [                // any order; read back sorted by year
//	        {
//	          "year":    integer,    // 1900–2200, at most once per indicator
//	          "period"?: string,     // e.g. "1-11月"
//	          "value":   number,     // finite; written with the digits that read back exactly
//	          "flags"?:  ["approx" | "derived" | "estimated", …],
//	          "note"?:   string,
//	          "qualifier"?: string,  // as written: 多 余 近 将近 约 大约 左右 超过 以上 逾 不足 以下 …
//	          "decimals"?: integer,  // the decimals the value was written with (43.40 → 2)
//	          "no_level"?: bool,     // stated only as a change; "value" may then be left out
//	          "stated"?: {           // a change the source stated for this value
//	            "kind"?: "growth_pct" | "pp" | "multiple" | "abs",
//	            "value": number,
//	            "text"?: string,     // the figure as written, e.g. "12.33"
//	            "decimals"?: integer,
//	            "base"?: string,     // the comparison as written: 比上年, 比上年末, 同比 …
//	            "verb"?: string,     // 增长, 上涨, 减少 … as written
//	            "unit"?: string,     // the unit of an absolute change, when not the indicator's
//	            "ambiguous"?: bool   // the text may attach it to another figure
//	          },
//	          "changes"?: [ {…}, … ], // several changes, each as "stated" (WriteJSON uses it for two or more)
//	          "share"?: {            // a share of a whole the source stated for this value
//	            "of"?: string,       // the whole (an indicator of the section); absent: the parent or the list
//	            "value": number, "text"?: string, "decimals"?: integer
//	          }
//	        }
//	      ]
//	    }
//	  ]
//	}
//
// Unknown fields, a field given twice, the same (section, name, unit) twice
// and the same year twice within an indicator are errors.
package ingest
