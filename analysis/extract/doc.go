// Package extract reads statistical figures out of Chinese report prose
// (annual reports, statistical bulletins, work reports) and turns them into
// a dataset with provenance.
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
// arithmetic questions), a change stated alongside it (比去年同期增长12.33%,
// 同比下降8.42%, 提高1.2个百分点, 持平, 增长5倍, 增加了555件), the parent of a
// part listed after 其中, the sentence and the byte span it came from.
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
// Text is the change as written. 持平 is a change of 0 (pp for rates,
// growth_pct otherwise) with two decimals.
//
// A change whose clause names its own subject and that has no value of its
// own (窗口业务效能提升5倍) becomes a figure without a value: Missing is set,
// the JSON value is null and the CSV value cell is empty.
//
// Which figure a change belongs to follows SPEC §3: the nearest preceding
// figure of the sentence; when that figure is a whole-number count whose
// back-computation at the stated growth has no whole-number candidate and
// exactly one other count of the sentence has, both readings are kept (both
// figures carry the change) and both are flagged ambiguous.
//
// A prior value stated inline (较2022年558件, 上年为558件) is a figure of its
// own: same indicator, the year named or the figure's year − 1.
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
