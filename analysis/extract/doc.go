// Package extract reads statistical figures out of Chinese reports
// (annual reports, statistical bulletins, court and procuratorate reports,
// budget reports, company results) — their prose and their tables — and
// turns them into a dataset with provenance.
//
// Entry points: Extract reads text: prose, and the tables reports are
// copied with — cells between |, one cell a line, box-drawn grids (│ ┌─┬─┐,
// +----+), columns aligned by runs of spaces (pdftotext -layout), rows that
// end with their numbers (bilingual yearbooks), tables whose rows or cells
// the copy ran together (a PDF's cells glued into one token, a | stream
// across lines, a whole table on one line), and budget tables laid side by
// side (收入 | 执行数 | 支出 | 执行数). Each figure's Span is on its number.
// ExtractDocument reads a doc.Document from analysis/ingest (web pages,
// Word, PDF) whose merged headers the doc package resolved, by the same
// table rules, so a table reads alike from a web page and from its text
// copy; a text file read through ingest (Document.Plain) is read as
// Extract reads its text. Where the layout of a table cannot be placed without guessing
// (header cells that fit the columns in no way, or in more than one), the
// table gives no figures rather than wrong ones; so does a table whose
// reading most rows' arithmetic contradicts (stated growths that are not
// current over prior, changes that are not their difference) or whose
// change cells read like levels (tablecheck.go).
//
// The rules are small named functions, each with its own tests, grouped
// by file: clause rules (changes, priors, ranges, ratios, qualifiers:
// change.go, prior.go, ranges.go, ratio.go, qualifier.go), subject rules
// (subject.go, subjectrules.go), numbers that are no figure (phantom.go),
// lexical rules (lex.go, numerals.go, traditional.go, readingnote.go),
// attachment of a change to its figure (attach.go), and table readers
// (table.go for the header, unit, period and change columns every reader
// shares; one file a layout: textgrid.go, cellgrid.go, stattable.go,
// yearbook.go, balancetable.go, company*.go, xxgktable.go, …).
//
// Results tables and wire copies of Hong Kong and mainland companies are
// read with their own units and periods: 人民币千元, 千港元, RMB(K$), 仙 per
// share, years written 二零二三年 or 2023 31/12, 截至十二月三十一日止年度, and
// a prior in brackets (（二零一九年：…）). A change in basis points (下降15个基点)
// is an absolute change of the rate in the unit 个基点, never percentage
// points.
//
// Changes over several years (五年年均增长6.2%, 年均增速, 三年累计增长) keep
// the span as their base (五年年均) and are kept beside a year-over-year
// change; the dataset and Derive leave them out (isMultiYearBase). 累计
// alone (1-11月累计增长) is a year-to-date growth over a year before.
// Qualifiers are those analysis.ParseQualifier knows (超 逾 突破 不少于:
// over); 多达, 高达 and 达到 stress a size and are none.
//
// Several changes per clause are all kept (Figure.Changes; Figure.Change is
// the first): 同比下降2.60%,同比减少7件 and 比上年增加1.2亿元，增长5.3%. A
// stated absolute change is also a figure of its own (ChangeOf names its
// figure), as is a prior stated inline; more or fewer than the compared
// value (比上年多审结300件, 较去年同期少150件, 同比多收2.3亿元: 少 negative) and
// a net change after a level (常住人口125.3万人，净增3.1万人) are absolute
// changes too. Qualifiers are kept as written
// (Figure.Qualifier: 多 余 近 将近 约 大约 左右 超过 以上 逾 不足 以下 …),
// never mapped to 约, and numbers as written (Figure.Number "0.3200",
// Change.Number "4.6"). Ranges (3-5个, 300-500万元, 3%至32%: Value the
// lower end, High the upper), ratio structures (15.3:31.3:53.4, 105.23:100:
// a figure per term, Term/Terms, unit ""), signed forms (负增长1.21%,
// 负8.6%, 增长-0.5%), contributions and comparisons (拉动…1.2个百分点,
// 高于全省平均3.7个百分点: figures in 个百分点), per-mille (‰, 个千分点) and
// rates per 10万 (9.8/10万) are read. Numbers that are no figure stay out:
// 70周年, the 千 of 343.6千公顷, 保持平稳 (not 持平), 于15日, ranks (居全省前3位,
// 提升1个位次), ages that name a group (不满16岁的, 年满60岁的), hours that
// name a service (24小时自助服务区, 7×24小时). Shares in words are figures
// in their unit as written: 三分之一 and 1/4左右 (a fraction, unit ""),
// 百分之八十 and 千分之12.13 (80 %, 12.13 ‰), 近七成 (7 成); an index, a
// coefficient or a ratio is a figure without a unit (居民消费价格指数为102.0,
// 总人口性别比为104.64); 过半 and voting thresholds (三分之二以上
// 多数通过) are none. Chinese numerals count inside a clause when qualified
// or led by a count word (共有两千余名志愿者), never in names (两个确立). A
// value stated with the value it changed from (由20日压减至5日) gives the
// earlier one as a prior.
//
// Tables. A text table's header rows are its leading rows without a
// number; two header rows written as a page copies them (a merged cell
// once) are resolved into column groups. The subject of a cell is the row
// label followed by the column group (市本级一般公共预算收入); the unit comes
// from the column header (税收比重%, 产量(吨)), the row label (营业收入(元)),
// a 单位 column, a section row (经营业绩(万元)) or the 单位 line above the
// table; the period from the header (当月, 累计, 本报告期, 上年同期, 期初, a
// year or a date; a prior period's cells are prior figures); a column of
// changes (增幅%, 同比增减(%), 增减变动幅度, 比上年增长(%)) gives a change of
// the nearest level to its left in its group, or the one level whose
// prior in the row it fits to the printed digits when the header cannot
// tell (tablecheck.go); after a prior's level (2022年 | 增长% | 2021年 |
// 增长%) it is the prior's own (priorchange.go). A row short of a value
// puts its values in the columns they resemble (droppedplace.go). Missing
// marks (—, --, /, an empty cell) are no figure. Source gives file, table,
// row and column.
//
// Cost is linear in the input (BenchmarkExtract1MB, BenchmarkExtract50MB).
//
// Extract walks the text sentence by sentence and clause by clause and keeps
// a figure only when a number is followed by a unit it knows (户 件 项 条 个
// 人 人次 批 宗 份 台 家 名 次 期 …, 元 万元 亿元 亿美元 …, %, compound units
// such as 元/股): bare numbers, dates (2023-02-22), years and year spans
// (2022年, 2021—2025年), ordinals (第九批), numbers inside quotation marks and
// book titles (“0506”, 《…2022年…》), codes (0506, G20) and list markers
// (一是, (三)) are never figures. Precision is preferred to recall: a number
// the rules cannot place is left out.
//
// For each figure it records the subject (全区实有各类市场主体28716户 →
// 实有各类市场主体), the value at the written scale, the unit as written, the
// period (2022年, 1-11月, 截至9月20日, 年末), the flags (approx for
// 多/余/约/近/超过/左右 …, ambiguous for a change whose attachment the
// arithmetic questions), the changes stated alongside it (比去年同期增长12.33%,
// 同比下降8.42%, 提高1.2个百分点, 持平, 增长5倍, 增加了555件), the parent of a
// part listed after 其中, the sentence and the byte span it came from, and its
// Source (Options.File; the table cell).
//
// Sections. A line that starts with a heading marker (一、, (一), （一）,
// 第一章/节/部分) is a heading; the figures after it take as section the
// heading's text without the marker, up to its first 。 or ;, the deepest
// heading winning: (二)依法全面履职,充分发挥法治保障作用。 → section
// "依法全面履职,充分发挥法治保障作用". List markers inside a paragraph
// (一是, 其一) are not headings.
//
// Change semantics. Kind "growth_pct" is percent growth, "pp" percentage
// points, "abs" an absolute change in the figure's unit; a decline is a
// negative value. Kind "multiple" is always c/p, the current value over the
// previous one: 增长5倍 / 提升5倍 / 增加5倍 (grew by five times) give 6,
// 是…的5倍 / 为…的5倍 / 增长到5倍 / 提升至5倍 give 5, 翻一番 gives 2 and 翻两番 4.
// A change by a half or by tenths in words is a percent growth
// (halfOrTenthsChange: 减少一半 −50, 增长一成 10, 下降两成 −20; 减少一半以上 and
// 增长一成多 none).
//
// Traditional script (億元, 萬人, 增長, 減少, 較上年, 百分點) reads like
// simplified: Extract reads a copy with the traditional characters the
// word lists use mapped to simplified ones at the same byte offsets
// (foldTraditional), and gives subjects, sentences and change texts as
// written (unfoldFigures); units are spelled in simplified script (億元 →
// 亿元), the spelling scales are read from. ExtractDocument folds a copy
// of the document (foldDocument: paragraphs, table cells, captions, units,
// notes) and writes a cell's words back by its table as written.
// Text is the change as written. 持平 is a change of 0 (pp for rates,
// growth_pct otherwise) with two decimals; 基本持平 (大体持平, 总体持平)
// states no amount and is no change, nor is 保持平稳.
//
// A change whose clause names its own subject and that has no value of its
// own (窗口业务效能提升5倍) becomes a figure without a value: Missing is set,
// the JSON value is null and the CSV value cell is empty; in a dataset it is
// a point with NoLevel. An absolute change with its own subject
// (执业(助理)医师增加0.6万人) is that change, a figure of its own.
//
// Which figure a change belongs to follows SPEC §3: the nearest preceding
// figure of the sentence; when that figure is a whole-number count whose
// back-computation at the stated growth has no whole-number candidate and
// exactly one other count of the sentence has, both readings are kept (both
// figures carry the change) and both are flagged ambiguous.
//
// A prior value stated inline (较2022年558件, 上年为558件, 去年同期1100件,
// 比上年末的1180万人, and after the figure 2022年为1100件 or 2022年受理1100件)
// is a figure of its own: same indicator, the year named or the figure's
// year − 1. A prior in brackets after its comparison (较2022年7月（95.97%）
// 提高0.83个百分点) is one too, of that period, and the comparison is the
// base of the change after the bracket; a period named inside a bracket
// that holds a figure (审结7982件（2019年6803件）) is that figure's, not the
// sentence's.
//
// A table whose rows are labelled by several columns (三、本年度办理结果 |
// （一）予以公开) names each row by its label path joined, list markers
// dropped (本年度办理结果予以公开). A cell of a document's table
// (ExtractDocument) has no place in the input text: Figure.InInput is
// false, Span and SentenceSpan are [0 0] (null in the JSON) and Source
// gives its table, row and column.
//
// Derive appends the prior-year values the stated changes imply, flagged
// derived; ToDataset builds an analysis.Dataset (with those priors) for the
// checks. Two figures cannot share (section, indicator, unit, year) in a
// long CSV or a dataset: RowNames says how names are made unique.
//
// The output writers (WriteJSON, WriteCSV) never write NaN or Inf and never
// write invalid UTF-8: Extract rejects input that is not valid UTF-8 with an
// error naming the byte offset (decode GB18030 first).
package extract
