// Package xxgk writes the statistics of a 政府信息公开工作年度报告
// (analysis/xxgk) as an office publishes and files them: the three tables
// in the official layout of the national template (merged headers, labels
// verbatim, the 2021 or the 2019 format) in a workbook, a PDF and a Word
// document, with the comparison with last year's report; and the check
// report as a file of its own.
//
// [WriteTemplate] writes the blank workbook an office fills
// (annualstat xxgk template); [ReadWorkbook] reads it back, or an office's
// own workbook in the official layout. [WriteWorkbook] adds the 同比 and
// 校验 sheets. [WritePDF] draws the tables with report/font's CJK font
// (fpdf), [WriteDOCX] builds them with report/docx, and [WriteCheckReport]
// writes the findings in Chinese. [Layouts] is the official layout itself
// (boxes on a grid with their spans), shared by the three writers.
package xxgk
