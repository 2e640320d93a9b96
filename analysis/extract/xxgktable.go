package extract

// Rules for the tables of a 政府信息公开工作年度报告 (the national template,
// 国办公开办函〔2021〕30号, and its 2019 form) when the copy lost their grid:
// pdftotext -layout output of a PDF, whose narrow label columns wrap a
// label over three lines, centre a group's label (（三）不予公开) across its
// rows, run a label into its first value (1.属于国家秘密1) and repeat the
// header at every page break. The template fixes the rows and the columns:
// T3 (收到和处理政府信息公开申请情况) has 25 rows of 7 counts (23 in the 2019
// form) and T4 (行政复议、行政诉讼) 15 counts, so the counts are read in order
// from the table's text and set in the template's cells, whatever the
// labels' layout.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis/doc"
	"github.com/annualstat/annualstat/analysis/xxgk"
)

// xxgkT3Labels are the label paths of the rows of the template's T3, in
// order, as written in the template (2021 form; analysis/xxgk holds it).
var xxgkT3Labels = t3LabelPaths(xxgk.Format2021)

// xxgkT3Labels2019 are the rows of the 2019 form's T3: （六）其他处理 is one
// row.
var xxgkT3Labels2019 = t3LabelPaths(xxgk.Format2019)

// t3LabelPaths are the label paths (top, group, own label; the ones
// written) of T3's rows in the format.
func t3LabelPaths(f xxgk.Format) [][]string {
	var rows [][]string
	for _, r := range xxgk.T3Rows(f) {
		var l []string
		for _, p := range []string{r.Top, r.Group, r.Label} {
			if p != "" {
				l = append(l, p)
			}
		}
		rows = append(rows, l)
	}
	return rows
}

// xxgkT3Paths are the column paths of T3's seven counts.
var xxgkT3Paths = func() [][]string {
	var paths [][]string
	for i, c := range xxgk.T3Columns {
		if i == 0 || i == len(xxgk.T3Columns)-1 {
			paths = append(paths, []string{c})
		} else {
			paths = append(paths, []string{xxgk.HeaderOrg, c})
		}
	}
	return paths
}()

// xxgkT4Paths are the column paths of T4's fifteen counts.
var xxgkT4Paths = func() [][]string {
	var paths [][]string
	for _, g := range [][]string{{xxgk.HeaderReview}, {xxgk.HeaderSuit, xxgk.HeaderSuitDirect}, {xxgk.HeaderSuit, xxgk.HeaderSuitAfter}} {
		for _, r := range xxgk.T4Results {
			paths = append(paths, append(append([]string(nil), g...), r))
		}
	}
	return paths
}()

// xxgkToken is a word of a template table's text: a value (a number or a
// missing mark) or a piece of a label, with its byte span in the text it
// was read from.
type xxgkToken struct {
	text       string
	start, end int
	value      bool
	// blank marks a value token that is an empty cell the copy marks
	// (xxgkLineTokens): no figure, but a place in its row.
	blank bool
}

// xxgkTokens splits s (at offset base of the text) into words at spaces and
// | marks, and splits from a label the count it ran into (1.属于国家秘密1 →
// 1.属于国家秘密 and 1): every ASCII number after a label's list number
// (1., 2、) is a count, since the template's labels hold none.
func xxgkTokens(s string, base int, out []xxgkToken) []xxgkToken {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) || r == '|' || r == '｜' || r == '\f' {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isSpace(r) || r == '|' || r == '｜' || r == '\f' {
				break
			}
			j += n
		}
		out = xxgkWord(s[i:j], base+i, out)
		i = j
	}
	return out
}

// xxgkWord adds the tokens of one word written without spaces: a value,
// or a label whose ASCII digits are values but for its list numbers (a
// copy that joined a wrapped label ran the value of its row into it:
// 2.其他法律行政法规禁止0公开 → 2.其他法律行政法规禁止, 0, 公开).
func xxgkWord(w string, at int, out []xxgkToken) []xxgkToken {
	if isMissingMark(w) || isXXGKNumber(w) {
		return append(out, xxgkToken{text: w, start: at, end: at + len(w), value: true})
	}
	label := 0 // start of the label text not yet added
	for i := 0; i < len(w); {
		if !isDigitAt(w, i) {
			i++
			continue
		}
		j := i
		for j < len(w) && isDigitAt(w, j) {
			j++
		}
		if k := xxgkListNumber(w[i:]); k > 0 {
			i += k
			continue
		}
		if i > label {
			out = append(out, xxgkToken{text: w[label:i], start: at + label, end: at + i})
		}
		out = append(out, xxgkToken{text: w[i:j], start: at + i, end: at + j, value: true})
		label, i = j, j
	}
	if label < len(w) {
		out = append(out, xxgkToken{text: w[label:], start: at + label, end: at + len(w)})
	}
	return out
}

// xxgkListNumber is the length of a label's list number (1. 2、 3．) at the
// start of w, followed by the label's text; 0 when there is none.
func xxgkListNumber(w string) int {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	if d == 0 || d > 2 {
		return 0
	}
	for _, m := range []string{".", "、", "．"} {
		if strings.HasPrefix(w[d:], m) && d+len(m) < len(w) && !isDigitAt(w, d+len(m)) {
			return d + len(m)
		}
	}
	return 0
}

// isXXGKNumber reports a count or amount as a template cell writes it: a
// whole number, or one with decimals (收费金额).
func isXXGKNumber(w string) bool {
	_, _, pct, ok := parseCell(w)
	return ok && !pct
}

// xxgkTable is a template table read from its text: which table, and its
// rows of label paths and value tokens.
type xxgkTable struct {
	labels [][]string
	paths  [][]string
	values []xxgkToken
	// from, when not 0, is where the table's text starts (T2's caption):
	// its rows' sentences start there, so they hold its headers.
	from int
	// totalOnly holds, for each row whose cells' columns were lost and only
	// its total placed (xxgkTotalOnly), the counts written in it; nil for
	// the others.
	totalOnly [][]xxgkToken
	// cut, when not 0, is where the table's text stops being read by the
	// template (an excerpt's cut last row, a row after the whole table):
	// the region ends there.
	cut int
}

// xxgkT3Header reports whether the words of a table's text are T3's: its
// column headers and the labels of its first and last rows.
func xxgkT3Header(words string) bool {
	for _, w := range []string{"自然人", "商业", "科研", "总计", "本年新收", "予以公开", "结转下年度"} {
		if !strings.Contains(words, w) {
			return false
		}
	}
	return true
}

// xxgkT4Header reports whether the words of a table's text are T4's.
func xxgkT4Header(words string) bool {
	// The result headers (结果维持 …) may be wrapped in narrow cells, 结果
	// over 维持, or written a character a line: the groups name the table.
	for _, w := range []string{"行政复议", "行政诉讼", "直接起", "复议后"} {
		if !strings.Contains(words, w) {
			return false
		}
	}
	return true
}

// readXXGK reads the tokens of a template table's text as T3 or T4: the
// labels' words must be the template's, and the count of values exactly
// the template's (T3 of 2021 or 2019, T4). ok is false otherwise.
func readXXGK(toks []xxgkToken) (xxgkTable, bool) {
	var words strings.Builder
	var values []xxgkToken
	for _, t := range toks {
		switch {
		case t.blank:
		case t.value:
			values = append(values, t)
		default:
			words.WriteString(t.text)
		}
	}
	w := xxgkFold(words.String())
	switch {
	case xxgkT3Header(w) && len(values) == 7*len(xxgkT3Labels):
		return xxgkTable{labels: xxgkT3Labels, paths: xxgkT3Paths, values: values}, true
	case xxgkT3Header(w) && len(values) == 7*len(xxgkT3Labels2019):
		return xxgkTable{labels: xxgkT3Labels2019, paths: xxgkT3Paths, values: values}, true
	case xxgkT4Header(w) && !strings.Contains(w, "自然人") && len(values) == len(xxgkT4Paths):
		return xxgkTable{labels: [][]string{nil}, paths: xxgkT4Paths, values: values}, true
	}
	if k := len(values) / 7; k > 0 && k*7 == len(values) && xxgkT3Columns(w) && xxgkRowsWritten(w, k) {
		return xxgkTable{labels: xxgkT3Labels[:k], paths: xxgkT3Paths, values: values}, true
	}
	if t, ok := readXXGKRows(toks); ok {
		return t, true
	}
	return readXXGKT4Blanks(toks)
}

// xxgkT3Columns reports T3's column headers among a table's words.
func xxgkT3Columns(words string) bool {
	for _, w := range []string{"自然人", "商业", "科研", "总计"} {
		if !strings.Contains(words, w) {
			return false
		}
	}
	return true
}

// xxgkRowsWritten reports a T3 cut after its first k rows (an excerpt):
// the words hold the labels of those rows in order, each written whole,
// and not the next row's.
func xxgkRowsWritten(words string, k int) bool {
	if k >= len(xxgkT3Labels2019) {
		return false // a whole table has its count
	}
	w := xxgkFold(words)
	at := 0
	for _, l := range xxgkT3Labels[:k] {
		core := xxgkFold(xxgkCore(l[len(l)-1]))
		i := strings.Index(w[at:], core)
		if i < 0 {
			return false
		}
		at += i + len(core)
	}
	next := xxgkT3Labels[k]
	return !strings.Contains(w[at:], xxgkFold(xxgkCore(next[len(next)-1])))
}

// xxgkCore is a label without its list number and its note in brackets:
// 部分公开 of （二）部分公开（区分处理的，…）.
func xxgkCore(label string) string {
	t := tableLabel(label)
	if i := strings.Index(t, "（"); i > 0 {
		t = t[:i]
	}
	return t
}

// xxgkFold writes brackets and commas one way, drops spaces, and writes
// in simplified script the traditional characters of the template's words
// that foldTraditional leaves (信息內容, 行政許可, 行政處罰).
func xxgkFold(s string) string {
	return xxgkFolder.Replace(s)
}

var xxgkFolder = strings.NewReplacer("（", "(", "）", ")", "，", ",", "：", ":", " ", "", "　", "",
	"內", "内", "許", "许", "罰", "罚", "強", "强", "規", "规", "範", "范", "發", "发", "廢", "废", "現", "现",
	"數", "数", "費", "费", "額", "额", "單", "单", "萬", "万", "項", "项", "條", "条", "結", "结", "審", "审",
	"訴", "诉", "複", "复", "議", "议", "請", "请", "開", "开", "處", "处", "決", "决", "製", "制", "務", "务",
	"類", "类", "關", "关", "機", "机", "構", "构", "組", "组", "織", "织", "總", "总", "計", "计", "轉", "转",
	"辦", "办", "確", "确", "認", "认", "獲", "获", "維", "维", "糾", "纠", "經", "经", "際", "际", "護", "护",
	"舉", "举", "報", "报", "訪", "访", "專", "专", "學", "学", "業", "业", "擁", "拥", "會", "会", "僅", "仅",
	"無", "无", "補", "补", "徑", "径", "齊", "齐", "過", "过", "執", "执", "權", "权", "證", "证", "書", "书",
	"國", "国", "違", "违", "規範", "规范", "別", "别", "區", "区", "這", "这", "記", "记", "繳", "缴", "納", "纳",
	"據", "据", "勾", "勾", "稽", "稽", "係", "系", "並", "并", "於", "于", "後", "后", "產", "产", "銷", "销")

// emitXXGK reads the figures of a template table: its rows as tableBody
// reads a text table's, each row's label the template's path, its cells
// the values in order. doc is set for a document's table (no place in the
// text; the row's words its sentence).
func (x *extractor) emitXXGK(t xxgkTable, docPath bool) {
	width := len(t.paths) + 1
	cols := make([]tableColumn, width)
	for c := 1; c < width; c++ {
		cols[c] = classifyColumn(t.paths[c-1], "")
	}
	rows := make([]trow, 0, len(t.labels)+1)
	rows = append(rows, trow{}) // the header, read from the template
	for i, l := range t.labels {
		vals := t.values[i*(width-1) : (i+1)*(width-1)]
		label := ""
		for _, p := range l {
			label += tableLabel(p)
		}
		r := trow{start: vals[0].start, end: vals[len(vals)-1].end}
		if t.from > 0 {
			r.start = t.from
		}
		r.cells = append(r.cells, tcell{text: label, start: r.start, end: r.start})
		texts := []string{label}
		for c, v := range vals {
			text := v.text
			if t.paths[c][0] == xxgkChangeColumn {
				if _, num, ok := signedChange(text); ok {
					text = num // 减4: the count of its own as written, 4
				}
			}
			r.cells = append(r.cells, tcell{text: text, start: v.start, end: v.end})
			texts = append(texts, v.text)
		}
		if label == "" {
			r.nolabel = true
		}
		if docPath {
			// No place in the text: the tokens' spans are in their blocks.
			r.start, r.end = 0, 0
			for c := range r.cells {
				r.cells[c].start, r.cells[c].end = 0, 0
			}
			r.cols = make([]int, width)
			for c := range r.cols {
				r.cols[c] = c
			}
			r.row = i + 1
			r.sentence = strings.Join(texts, " | ")
		}
		rows = append(rows, r)
	}
	x.tables++
	x.curTableUnit = ""
	x.tableBody(rows, 1, "", cols, "")
}

// xxgkDocTable is the rule for the blocks of a document read from text
// (pdftotext -layout) from block i: when they start T3 or T4 of the
// template (xxgkStarts), their words up to the block that follows the
// table (xxgkEnds, or T4 after T3) are read as the template's table
// (readXXGK) and next is the block after them; ok is false otherwise, and
// the blocks are read as they are.
func (x *extractor) xxgkDocTable(blocks []doc.Block, i int) (next int, ok bool) {
	if i < x.xxgk.triedBlocks || blocks[i].Kind == doc.Heading {
		return 0, false // inside blocks a start before did not read (linear time)
	}
	w := blockWords(blocks[i])
	if !xxgkStarts(w) || xxgkSentence(w) {
		return 0, false
	}
	t4 := strings.Contains(w, "行政复议")
	var toks []xxgkToken
	j := i
	for ; j < len(blocks) && j < i+maxXXGKLines; j++ {
		if j > i && (xxgkEnds(blocks[j]) || !t4 && strings.Contains(blockWords(blocks[j]), "行政复议")) {
			break
		}
		if blocks[j].Kind == doc.TableBlock || !xxgkPageLine(blocks[j].Text) {
			toks = blockTokens(blocks[j], toks)
		}
	}
	t, ok := readXXGK(toks)
	if !ok || t.cut > 0 {
		x.xxgk.triedBlocks = j
		return 0, false
	}
	x.emitXXGK(t, true)
	return j, true
}

// xxgkStarts reports words that open T3 or T4 of the template: the top
// left cell or the headers (自然人 of a copy that dropped T3's first
// header row: its note and 申请人情况).
func xxgkStarts(w string) bool {
	return strings.Contains(w, "申请人情况") || strings.Contains(w, "勾稽关系") ||
		strings.Contains(w, "自然人") && !strings.Contains(w, "。") ||
		strings.Contains(w, "行政复议") && !strings.Contains(w, "。")
}

// xxgkEnds reports a block that follows a template table: a sentence, or
// the next section's heading (五、存在的主要问题…, 四、政府信息公开行政复议…).
func xxgkEnds(b doc.Block) bool {
	if b.Kind == doc.TableBlock {
		return false
	}
	t := strings.TrimSpace(b.Text)
	return strings.Contains(t, "。") || strings.HasPrefix(t, "五、") || strings.HasPrefix(t, "六、") ||
		strings.HasPrefix(t, "四、政府信息公开") || strings.HasPrefix(t, "四、因政府信息公开")
}

// blockWords is a block's text, a table's cells one after another.
func blockWords(b doc.Block) string {
	if b.Kind != doc.TableBlock || b.Table == nil {
		return b.Text
	}
	var sb strings.Builder
	for r := range b.Table.Rows {
		for c := range b.Table.Rows[r] {
			if b.Table.IsOrigin(r, c) {
				sb.WriteString(b.Table.Rows[r][c].Text)
			}
		}
	}
	return sb.String()
}

// blockTokens adds the tokens of a block: its text's, or its table's
// cells' in reading order (a merged cell once, an empty cell a blank).
// Their spans are not places in the document's text.
func blockTokens(b doc.Block, out []xxgkToken) []xxgkToken {
	if b.Kind != doc.TableBlock || b.Table == nil {
		return xxgkLineTokens(b.Text, 0, out)
	}
	for r := range b.Table.Rows {
		for c := range b.Table.Rows[r] {
			if !b.Table.IsOrigin(r, c) {
				continue
			}
			if t := b.Table.Rows[r][c].Text; strings.TrimSpace(t) != "" {
				out = xxgkTokens(t, 0, out)
			} else {
				out = append(out, xxgkToken{value: true, blank: true})
			}
		}
	}
	return out
}

// docFromText reports a document read from text (a text file, pdftotext
// output): its blocks know their lines.
func docFromText(d *doc.Document) bool {
	for _, b := range d.Blocks {
		if b.Kind != doc.TableBlock && b.Source.Line > 0 {
			return true
		}
	}
	return false
}

// xxgkRegion is a template table found in a text: its byte span, the
// table as the template reads it, and how many figures the extractor held
// before it read the region's lines.
type xxgkRegion struct {
	start, end int
	t          xxgkTable
	snap       int
}

// xxgkState is the extractor's state of the template tables of a text.
type xxgkState struct {
	regions []xxgkRegion
	next    int // the first region not settled
	// triedBlocks is the end of the last document blocks looked at from
	// a start and not read as a template table.
	triedBlocks int
}

// maxXXGKLines bounds the lines of a template table's text.
const maxXXGKLines = 600

// findXXGK finds the template tables of a text (T3, T4) and reads them by
// the template (readXXGK): a table starts at a line that opens it
// (xxgkStarts) and ends before a line that follows one (xxgkStop). Every
// line is looked at once or twice: a region not read resumes the search at
// its end.
func findXXGK(s string) []xxgkRegion {
	var out []xxgkRegion
	var toks []xxgkToken
	report := containsWord(s, "政府信息公开") || containsWord(s, "政府信息公開")
	// The words a T2 caption and a template table's first line need, looked
	// for in the whole text once: a text without them has neither, and its
	// lines are not searched for them one by one.
	t2 := containsWord(s, "第二十条")
	starts := containsWord(s, "申请人情况") || containsWord(s, "勾稽关系") || containsWord(s, "行政复议") ||
		containsWord(s, "自然人")
	if !report && !t2 && !starts {
		return nil
	}
	for ls := 0; ls < len(s); {
		le := lineEnd(s, ls)
		if !report {
			// A lone row is read in a 信息公开 report only.
		} else if t, ok := xxgkLoneRow(s[ls:le], ls); ok {
			out = append(out, xxgkRegion{start: ls, end: le, t: t})
			ls = le + 1
			continue
		}
		if t2 && xxgkT2Caption(s[ls:le]) {
			end, next := xxgkT2Block(s, ls)
			if t, ok := readXXGKT2(xxgkTokens(s[ls:end], ls, toks[:0])); ok {
				t.from = ls
				out = append(out, xxgkRegion{start: ls, end: end, t: t})
			}
			ls = max(next, le+1)
			continue
		}
		if !starts || !xxgkStarts(s[ls:le]) || xxgkSentence(s[ls:le]) {
			ls = le + 1
			continue
		}
		toks = toks[:0]
		end, next := le, le+1
		t4 := strings.Contains(s[ls:le], "行政复议")
		for a, n := ls, 0; a < len(s) && n < maxXXGKLines; n++ {
			b := lineEnd(s, a)
			if a > ls && xxgkStop(s[a:b], t4) {
				next = a
				break
			}
			if !xxgkPageLine(s[a:b]) {
				toks = xxgkLineTokens(s[a:b], a, toks)
			}
			end, next = b, b+1
			a = b + 1
		}
		if t, ok := readXXGK(toks); ok {
			if t.cut > ls && t.cut < end {
				end = t.cut
			}
			out = append(out, xxgkRegion{start: ls, end: end, t: t})
		}
		ls = max(next, le+1)
	}
	return out
}

// containsWord is strings.Contains(s, w), by indexWord's search for a w of
// two bytes or more.
func containsWord(s, w string) bool {
	if len(w) < 2 {
		return strings.Contains(s, w)
	}
	return indexWord(s, w) >= 0
}

func lineEnd(s string, ls int) int {
	if i := strings.IndexByte(s[ls:], '\n'); i >= 0 {
		return ls + i
	}
	return len(s)
}

// xxgkSentence reports a line of prose: it holds a full stop.
func xxgkSentence(line string) bool {
	return strings.Contains(line, "。")
}

// xxgkStop reports a line after a template table: a sentence, the next
// section's heading, or (after T3) the start of T4.
func xxgkStop(line string, t4 bool) bool {
	t := strings.TrimSpace(line)
	return xxgkSentence(t) || strings.HasPrefix(t, "五、") || strings.HasPrefix(t, "六、") ||
		strings.HasPrefix(t, "四、政府信息公开") || strings.HasPrefix(t, "四、因政府信息公开") ||
		!t4 && strings.Contains(t, "行政复议")
}

// settleXXGK is called before the extractor reads the line at ls: the
// template tables whose lines it has read are settled. When the table
// rules read a region's table as the template does not (fewer of its
// cells), their figures are replaced by the template's; when their reading
// ran past the region, it is kept.
func (x *extractor) settleXXGK(ls int) {
	st := &x.xxgk
	for st.next < len(st.regions) {
		r := &st.regions[st.next]
		if ls <= r.start {
			r.snap = len(x.figs)
			return
		}
		if ls <= r.end && ls < len(x.s) {
			return
		}
		st.next++
		if !x.templateAgrees(r) && !x.rulesPlaceTotals(r) {
			x.dropRegionFigures(r)
			x.emitXXGK(r.t, false)
		}
	}
}

// templateAgrees reports whether the figures the table rules read from a
// region (those after r.snap) are the template's cells: its counts in
// order, each named by its column (…自然人, …商业企业, …总计).
func (x *extractor) templateAgrees(r *xxgkRegion) bool {
	if r.t.from > 0 {
		// A T2 block: the template's reading names its cells as written
		// and gives them the block as their sentence (headers included,
		// for the traditional script of its headers).
		return false
	}
	width := len(r.t.paths)
	k := 0 // the template cell the next figure must be
	for _, f := range x.figs[r.snap:] {
		if !inRegion(f, r) {
			continue
		}
		for k < len(r.t.values) && !isXXGKNumber(r.t.values[k].text) {
			k++ // a missing mark: no figure
		}
		if k >= len(r.t.values) {
			return false
		}
		v, _, _, _ := parseCell(r.t.values[k].text)
		path := r.t.paths[k%width]
		if f.Value != v || !strings.HasSuffix(f.Indicator, path[len(path)-1]) {
			return false
		}
		k++
	}
	for k < len(r.t.values) && !isXXGKNumber(r.t.values[k].text) {
		k++
	}
	return k == len(r.t.values)
}

// inRegion reports a figure of a table cell inside a region.
func inRegion(f Figure, r *xxgkRegion) bool {
	return f.Source.Table > 0 && f.Span[0] >= r.start && f.Span[1] <= r.end && f.Span[1] > f.Span[0]
}

// dropRegionFigures removes the figures of table cells inside a region
// read after r.snap, keeping the others and their parents' indices.
func (x *extractor) dropRegionFigures(r *xxgkRegion) {
	newIdx := make([]int, len(x.figs)+1) // old index+1 → new index+1, 0 when dropped
	out := x.figs[:r.snap]
	for i := range r.snap {
		newIdx[i+1] = i + 1
	}
	for i := r.snap; i < len(x.figs); i++ {
		if inRegion(x.figs[i], r) {
			continue
		}
		out = append(out, x.figs[i])
		newIdx[i+1] = len(out)
	}
	for i := r.snap; i < len(out); i++ {
		if p := out[i].parent; p > 0 && p < len(newIdx) {
			out[i].parent = newIdx[p]
			if newIdx[p] == 0 {
				out[i].Parent = ""
			}
		}
	}
	if x.lastLine < len(newIdx) {
		x.lastLine = newIdx[x.lastLine]
	}
	x.figs = out
}

// xxgkLoneRow is the rule for a row of T3 written on a line of its own,
// away from the table's header (an excerpt that starts inside the table:
// 四、结转下年度继续办理 0 0 0 0 0 0 0): a template row's label, as the
// template writes it (its list number, its group's label before it or
// not), then its seven counts and nothing else. line is at offset at of
// the text.
func xxgkLoneRow(line string, at int) (xxgkTable, bool) {
	if !endsWithDigit(line) || xxgkSentence(line) {
		return xxgkTable{}, false
	}
	toks := xxgkTokens(line, at, nil)
	if len(toks) != 8 || toks[0].value {
		return xxgkTable{}, false
	}
	var label strings.Builder
	for _, t := range toks {
		if !t.value {
			label.WriteString(t.text)
		}
	}
	for _, t := range toks[1:] {
		if !t.value {
			return xxgkTable{}, false // a label's words after a count
		}
	}
	if l, ok := xxgkRowOf(label.String()); ok {
		return xxgkTable{labels: [][]string{l}, paths: xxgkT3Paths, values: toks[1:]}, true
	}
	return xxgkTable{}, false
}

// xxgkRowOf is the template row (2021 or 2019 form) a label names: its
// own label (1.属于国家秘密, 四、结转下年度继续办理) or its path.
func xxgkRowOf(label string) ([]string, bool) {
	w, bare := xxgkFold(label), xxgkFold(tableLabel(label)) // 1、 for 1.
	for _, rows := range [][][]string{xxgkT3Labels, xxgkT3Labels2019} {
		for _, l := range rows {
			core := xxgkFold(tableLabel(l[len(l)-1]))
			if utf8.RuneCountInString(core) < 4 && len(l) > 1 && w != xxgkFold(l[len(l)-1]) && w != xxgkFold(strings.Join(l, "")) {
				continue // 其他, 总计: only with their list numbers or group
			}
			if w == xxgkFold(l[len(l)-1]) || w == xxgkFold(strings.Join(l, "")) || bare == core {
				return l, true
			}
		}
	}
	return nil, false
}

// xxgkT2Blocks are the blocks of the template's T2 (主动公开), by their
// caption's item, and the columns each writes: the 2021 form's, then the
// 2019 form's ((五)(六) 上一年项目数量 | 本年增/减 | 处理决定数量 are left to
// the table rules: their 增/减 cells are changes).
var xxgkT2Blocks = []struct {
	item string
	cols [][]string
	rows []string
}{
	// 现行有效件: the form as some offices type it, without its 数.
	{"(一)", [][]string{{"本年制发件数", "本年废止件数", "现行有效件数"}, {"本年制发件数", "本年废止件数", "现行有效件"}, {"本年新制作数量", "本年新公开数量", "对外公开总数量"}},
		[]string{"规章", "行政规范性文件", "规范性文件"}},
	{"(五)", [][]string{{"本年处理决定数量"}, {"上一年项目数量", "本年增/减", "处理决定数量"}}, []string{"行政许可", "其他对外管理服务事项"}},
	{"(六)", [][]string{{"本年处理决定数量"}, {"上一年项目数量", "本年增/减", "处理决定数量"}}, []string{"行政处罚", "行政强制"}},
	{"(八)", [][]string{{"本年收费金额（单位：万元）"}, {"上一年项目数量", "本年增/减"}}, []string{"行政事业性收费"}},
	{"(九)", [][]string{{"采购项目数量", "采购总金额"}}, []string{"政府集中采购"}},
}

// xxgkChangeColumn is the 2019 form's column of a year's change (本年增/减),
// its cells written 减4, 增2 or 0.
const xxgkChangeColumn = "本年增/减"

// mergeSignWords joins a sign word run into its count (减4: 减, 4 → one
// value 减4), as a 本年增/减 cell writes it.
func mergeSignWords(toks []xxgkToken) []xxgkToken {
	out := toks[:0:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.value && (t.text == "增" || t.text == "减") && i+1 < len(toks) && toks[i+1].value && toks[i+1].start == t.end {
			t = xxgkToken{text: t.text + toks[i+1].text, start: t.start, end: toks[i+1].end, value: true}
			i++
		}
		out = append(out, t)
	}
	return out
}

// signedChange reads a 本年增/减 cell: 减4 → −4 and its number 4, 增2 → 2,
// 0 → 0.
func signedChange(t string) (v float64, number string, ok bool) {
	sign := 1.0
	if r, ok := strings.CutPrefix(t, "减"); ok {
		t, sign = r, -1
	} else if r, ok := strings.CutPrefix(t, "增"); ok {
		t = r
	}
	v, num, pct, ok := parseCell(t)
	if !ok || pct {
		return 0, "", false
	}
	return sign * v, num, true
}

// xxgkT2Caption reports the caption of a T2 block: 第二十条第（五）项.
func xxgkT2Caption(line string) bool {
	if !strings.Contains(line, "第二十条") {
		return false
	}
	t := xxgkFold(line)
	return strings.Contains(t, "第二十条第(") && strings.Contains(t, ")项") && !xxgkSentence(t)
}

// xxgkT2Block is the end of a T2 block's text from its caption at ls: the
// line before the next caption, a sentence or a heading (二、 三、…), and
// where to look on.
func xxgkT2Block(s string, ls int) (end, next int) {
	end = lineEnd(s, ls)
	for a, n := end+1, 0; a < len(s) && n < 40; n++ {
		b := lineEnd(s, a)
		t := strings.TrimSpace(s[a:b])
		if xxgkT2Caption(t) || xxgkSentence(t) || headingNumber(t) {
			return end, a
		}
		end, a = b, b+1
	}
	return end, end + 1
}

// headingNumber reports a line opening with a heading number (三、).
func headingNumber(t string) bool {
	for _, p := range []string{"一、", "二、", "三、", "四、", "五、", "六、"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// readXXGKT2 reads the tokens of a T2 block (caption, 信息内容 and the
// column headers, rows of a label and a value per column) as the
// template's: the caption's item names the block, the headers one of its
// column sets, every row's label is one of its rows' and the values are
// one per column.
func readXXGKT2(toks []xxgkToken) (xxgkTable, bool) {
	toks = mergeSignWords(toks)
	var head strings.Builder
	k := 0
	for ; k < len(toks) && !toks[k].value; k++ {
	}
	if k < 2 {
		return xxgkTable{}, false
	}
	for _, t := range toks[:k-1] {
		head.WriteString(t.text)
	}
	h := xxgkCutPair(xxgkFold(head.String()))
	first := toks[k-1].text // the first row's label
	for _, b := range xxgkT2Blocks {
		if !strings.Contains(h, "第"+b.item+"项") {
			continue
		}
		for _, cols := range b.cols {
			at := strings.Index(h, "信息内容")
			if at < 0 {
				return xxgkTable{}, false
			}
			var units []string // a column's unit from its header's note, by column
			for ci, c := range cols {
				i := strings.Index(h[at:], xxgkFold(c))
				if i < 0 {
					at = -1
					break
				}
				at += i + len(xxgkFold(c))
				if u, n := xxgkHeaderNote(h[at:]); n > 0 {
					if units == nil {
						units = make([]string, len(cols))
					}
					units[ci], at = u, at+n
				}
			}
			if at < 0 || at != len(h) {
				continue
			}
			names := xxgkAsWritten(head.String(), cols)
			if units != nil {
				names = slices.Clone(names)
				for ci, u := range units {
					if u != "" {
						names[ci] += "(" + u + ")" // 采购总金额(万元)
					}
				}
			}
			if t, ok := xxgkT2Rows(first, toks[k:], names, b.rows); ok {
				return t, true
			}
		}
	}
	return xxgkTable{}, false
}

// xxgkT2Rows reads a T2 block's rows: first the label written after the
// headers (first, before the first value), then label and values in turn.
func xxgkT2Rows(first string, toks []xxgkToken, cols []string, rows []string) (xxgkTable, bool) {
	t := xxgkTable{}
	for _, c := range cols {
		t.paths = append(t.paths, []string{c})
	}
	label := first // as written
	under := false // the rows are the parts of a template row written without counts
	for i := 0; i <= len(toks); {
		if !slices.Contains(rows, xxgkFold(label)) {
			part, ok := xxgkPartRow(label, rows)
			ok = ok && i > 0 // (the first row is the template's own)
			if !ok && !under {
				return xxgkTable{}, false
			}
			if ok {
				label = part
			}
			under = true
		}
		if i+len(cols) > len(toks) {
			return xxgkTable{}, false
		}
		for _, v := range toks[i : i+len(cols)] {
			if !v.value {
				return xxgkTable{}, false
			}
		}
		t.labels = append(t.labels, []string{label})
		t.values = append(t.values, toks[i:i+len(cols)]...)
		i += len(cols)
		if i == len(toks) {
			return t, true
		}
		var b strings.Builder
		for ; i < len(toks) && !toks[i].value; i++ {
			b.WriteString(toks[i].text)
		}
		label = b.String()
		if i == len(toks) {
			return xxgkTable{}, false
		}
	}
	return xxgkTable{}, false
}

// xxgkHeaderNote is the rule for a bracketed note a copy writes after a
// T2 column's template name (采购总金额(万元,保留四位小数)): the note names
// the column's unit first, then how its cells are rounded; it is no part
// of the name. rest is the folded header after the name; it returns the
// unit and the note's length in bytes, 0 when rest starts with no such
// note.
func xxgkHeaderNote(rest string) (unit string, n int) {
	if !strings.HasPrefix(rest, "(") {
		return "", 0
	}
	j := strings.IndexByte(rest, ')')
	if j < 0 || j > 3*16 {
		return "", 0
	}
	inner := rest[1:j]
	if i := strings.IndexAny(inner, ",，、;；"); i >= 0 {
		inner = inner[:i]
	}
	inner = strings.TrimSpace(inner)
	if !isUnitText(inner) {
		return "", 0
	}
	return inner, j + 1
}

// xxgkPartRow is the rule for a template row of a T2 block a copy writes
// without counts, its parts in rows of their own below it (其他对外管理服务事项,
// then 行政检查 | 0 | 0 | 0 and 行政确认 | 0 | 0 | 0): the label read before the
// first part's counts is the template row and the part's name run together
// (其他对外管理服务事项行政检查); it returns the part's name, and whether label
// so starts with one of rows. xxgkT2Rows asks it after the block's first
// row only (a first row 行政许可证 is no template's), and takes the rows
// after such a part, named by no template row, as its parts as well.
func xxgkPartRow(label string, rows []string) (string, bool) {
	w := xxgkFold(label)
	raw := []rune(label)
	if len([]rune(w)) != len(raw) {
		return "", false // the folding changed the text's length: no part to cut
	}
	for _, r := range rows {
		if rest, ok := strings.CutPrefix(w, r); ok && rest != "" {
			return string(raw[utf8.RuneCountInString(r):]), true
		}
	}
	return "", false
}

// xxgkAsWritten gives the template's column names as the header text
// writes them (本年廢止件數 for 本年废止件数), each found in order in the
// folded header; the template's names when the folding changed the text's
// length.
func xxgkAsWritten(header string, cols []string) []string {
	raw := []rune(header)
	folded := []rune(xxgkFold(header))
	if len(raw) != len(folded) {
		return cols
	}
	fs := string(folded)
	out := make([]string, 0, len(cols))
	at := 0 // byte offset in fs
	for _, c := range cols {
		fc := xxgkFold(c)
		i := strings.Index(fs[at:], fc)
		if i < 0 {
			return cols
		}
		a := utf8.RuneCountInString(fs[:at+i])
		out = append(out, string(raw[a:a+utf8.RuneCountInString(fc)]))
		at += i + len(fc)
	}
	return out
}

// xxgkPageLine reports a PDF page's number or running footer inside a
// table's text: - 3 -, — 3 —, 第3页, 第 3 页 共 12 页, 3/12, Page 3, P. 3.
// Its number is no count of the table.
func xxgkPageLine(line string) bool {
	t := strings.TrimSpace(strings.Trim(line, "\f"))
	if t == "" {
		return false
	}
	for _, p := range []string{"Page", "P.", "第"} {
		if r, ok := strings.CutPrefix(t, p); ok {
			r = strings.TrimSpace(r)
			d := 0
			for d < len(r) && isDigitAt(r, d) {
				d++
			}
			if d == 0 {
				return false
			}
			rest := strings.TrimSpace(r[d:])
			return p != "第" && (rest == "" || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "/")) ||
				p == "第" && strings.HasPrefix(rest, "页")
		}
	}
	// A number between dashes (- 3 -, — 3 —) or over the pages (3/12).
	inner := strings.TrimSpace(strings.Trim(t, "-—–－ "))
	if inner == t && !strings.Contains(t, "/") {
		return false
	}
	if i := strings.IndexByte(inner, '/'); i > 0 && inner == t {
		return allDigits(inner[:i]) && allDigits(inner[i+1:])
	}
	return allDigits(inner)
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		if !isDigitAt(s, i) {
			return false
		}
	}
	return true
}
