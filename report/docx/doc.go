// Package docx writes a statistical appendix as a Word document
// (WordprocessingML, .docx) with the standard library only: the parts are
// written as XML text into a zip archive, with every piece of text escaped
// and characters XML cannot carry removed.
//
// The document follows GB/T 9704 (党政机关公文格式) where an office would:
// an A4 page with a 156 × 225 mm text block (margins 37 mm top, 35 mm
// bottom, 28 mm left, 26 mm right), the title in 2号 (22 pt)
// 方正小标宋简体, the body in 3号 (16 pt) 仿宋_GB2312 on a fixed line
// pitch of 28.95 pt (22 lines a page), headings in 黑体 and 楷体_GB2312,
// page numbers "— 1 —" in 4号 宋体 (odd pages right, even pages left),
// and the signature (落款) with the date in Chinese, right-aligned four
// characters from the margin. Every run names its East-Asian font
// (w:rFonts w:eastAsia) next to Times New Roman for Latin text and
// digits; the font table gives each CJK font a fallback (w:altName:
// 宋体 for 方正小标宋简体, 仿宋 for 仿宋_GB2312, 楷体 for 楷体_GB2312),
// and Fonts lets a caller name others.
//
// Tables have their caption (表1 …) and unit line (单位：万元) above, the
// header rows repeated on every page (w:tblHeader) and never split, 其中
// rows indented by level, numbers right-aligned, and the notes (注：) and
// source (资料来源：) below. Charts are inline pictures (PNG) sized in
// EMU from the picture's aspect ratio to fit the text block.
//
// Options.Reference takes the styles, theme, font table, numbering and
// the section's page setup from an office's own template, as pandoc's
// --reference-doc does: the template's styles are used where it defines a
// style of the same name (Normal, Title, heading 1 …) and this package's
// styles fill in the rest.
//
// The output is deterministic: the zip entries have a fixed time and
// order, and the only date written (docProps and the signature) is
// Document.Date, so two builds of the same document are byte-identical.
package docx
