package docx

import "time"

// Document is what a Word appendix shows, in reading order: the title,
// an optional subtitle (the period), the blocks (headings, paragraphs,
// tables, figures) and the signature.
type Document struct {
	Title    string // 标题, centred in 2号 小标宋; may hold "\n" for a title of several lines
	Subtitle string // centred under the title in 楷体 (e.g. "（2022年）"); "" for none
	Blocks   []Block

	// Org is the issuing body: the signature (落款) and the document's
	// author in docProps. "": no signature line for the body.
	Org string
	// Date is the date of the signature (2023年2月22日) and of docProps'
	// created and modified times. The zero time writes no date at all, so
	// the output never depends on the clock.
	Date time.Time
}

// Block is a part of the document body: *Heading, *Paragraph, *Table or
// *Figure.
type Block interface{ block() }

// Heading is a section heading: level 1 in 黑体 (一、…), level 2 in 楷体
// (（一）…), level 3 and deeper in the body font, bold. The text carries
// its own numbering.
type Heading struct {
	Level int
	Text  string
}

// Paragraph is body text in 3号 仿宋, justified, its first line indented
// two characters.
type Paragraph struct {
	Text string
	// NoIndent drops the first-line indent (a line such as "附件：").
	NoIndent bool
}

// Table is a numbered table: caption and unit above, header rows
// repeated on every page, rows, notes and source below.
type Table struct {
	Label   string // "表1"; printed before the caption
	Caption string // "主要指标完成情况"
	Unit    string // the unit line, printed as given (e.g. "单位：万元"); "" for none

	// Header holds the header rows, top first. A cell spans Span grid
	// columns (0 or 1: one) and RowSpan header rows (0 or 1: one); a cell
	// that a cell above covers is not listed.
	Header [][]Cell
	Rows   []Row
	// Numeric marks the columns whose body cells are right-aligned
	// (numbers). Columns beyond its length are left-aligned.
	Numeric []bool
	// Widths are the relative widths of the grid columns; nil sizes them
	// by their text.
	Widths []float64

	Notes  []string // each printed as its own line under the table, as given ("注：1. …")
	Source string   // printed as given (e.g. "资料来源：区统计局")
}

// Cell is a header cell.
type Cell struct {
	Text    string
	Span    int // grid columns; 0 or 1: one
	RowSpan int // header rows; 0 or 1: one
}

// Row is a body row of a table.
type Row struct {
	Cells []string
	// Level indents the first cell by one character per level (the
	// items of a 其中 list under their total).
	Level int
	// Bold prints the row in bold (a 合计 or 总计 row).
	Bold bool
	// Section makes the row a section heading: its first cell spans the
	// table, in bold; other cells are ignored.
	Section bool
}

// Figure is a picture with its caption below (图1 …).
type Figure struct {
	Label   string // "图1"
	Caption string
	PNG     []byte // a PNG image; its pixel size gives the aspect ratio
	// Width is the printed width in millimetres; 0 or more than the text
	// block: the text block's width (156 mm). The height follows the
	// picture's aspect ratio and is capped at two thirds of the text
	// block's height.
	Width  float64
	Notes  []string
	Source string
}

func (*Heading) block()   {}
func (*Paragraph) block() {}
func (*Table) block()     {}
func (*Figure) block()    {}
