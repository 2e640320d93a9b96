package extract

import (
	"strings"
	"unicode/utf8"
)

// run splits the text into lines, headings and sentences.
func (x *extractor) run() {
	s := x.s
	x.xxgk.regions = findXXGK(s)
	defer func() { nameHeadlines(x.figs) }()
	defer func() { x.figs = restatedChangeLevels(s, x.figs) }() // 全省医院总数增加38家 after 医院1034家 (restatedlevel.go)
	defer x.settleXXGK(len(s))
	for ls := 0; ls < len(s); {
		x.settleXXGK(ls)
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		if rows, next := x.companyLines(ls); rows != nil {
			x.pendingUnit = x.companyBlockUnit(ls)
			x.curTableUnit = x.pendingUnit
			x.table(rows, x.pendingUnit)
			x.companyEnd, x.companyUnit = next, x.pendingUnit
			x.pendingUnit = ""
			ls = next
			continue
		}
		if x.gridAt(ls, le) {
			ls = x.grid.resume
			continue
		}
		if rows, a, b, ok := oneLineMarkdown(s, ls, le); ok {
			x.tableInLine(rows, ls, a, b, le)
			ls = min(le+1, len(s))
			continue
		}
		if isTableLine(s[ls:le]) {
			rows, next := x.tableLines(ls)
			if x.grid.loneHeader != nil && attributeBlock(rows) {
				ls = next // 审计意见 | 未经审计 | … under the header above: the figures' rows follow
				continue
			}
			if len(rows) >= 2 || len(rows) == 1 && x.grid.loneHeader != nil && x.grid.sinceHeader <= 3 && rowHasNumber(rows[0]) && ruleLineAt(s, next) {
				// (one row between two of a box's rules is under the header too)
				lone := x.grid.loneHeader
				rows = x.withLoneHeader(rows)
				unit := x.pendingUnit
				x.curTableUnit = x.pendingUnit
				n := len(x.figs)
				x.table(rows, x.pendingUnit)
				x.pendingUnit = ""
				if g, ok := x.gridAfterNothing(ls, n, unit); ok {
					ls = max(next, g) // a table whose rows the copy lost (cellgrid.go)
					continue
				}
				if lone != nil && len(rows) > 0 && rows[0].start == lone.start && ruleLineAt(s, next) {
					// The next block between a box's rules is under the same header.
					x.grid.loneHeader, x.grid.sinceHeader, x.pendingUnit = lone, 0, unit
				}
				ls = next
				continue
			}
			if len(rows) == 1 && !rowHasNumber(rows[0]) && len(rows[0].cells) >= 3 {
				x.grid.loneHeader, x.grid.sinceHeader = &rows[0], 0
			}
		}
		x.grid.sinceHeader++
		if ls >= x.noStreamUntil && strings.HasSuffix(strings.TrimRight(s[ls:le], " \t\r"), "|") {
			if rows, next := x.cellStream(ls); rows != nil {
				x.curTableUnit = x.pendingUnit
				unit, n := x.pendingUnit, len(x.figs)
				x.table(rows, x.pendingUnit)
				x.pendingUnit = ""
				if g, ok := x.gridAfterNothing(ls, n, unit); ok {
					next = max(next, g) // a table whose rows the copy lost (cellgrid.go)
				}
				ls = next
				continue
			}
		}
		if rows, next := x.gluedLabelTable(ls, le); rows != nil {
			x.curTableUnit = x.pendingUnit
			x.table(rows, x.pendingUnit) // 分类监测指标1月数值 over 出院人数(人)5402 (gluedlines.go)
			x.pendingUnit = ""
			ls = next
			continue
		}
		if rows, next := x.lineCells(ls, le); rows != nil {
			x.curTableUnit = x.pendingUnit
			unit, n := x.pendingUnit, len(x.figs)
			x.table(rows, x.pendingUnit)
			x.pendingUnit = ""
			if g, ok := x.gridAfterNothing(ls, n, unit); ok {
				next = max(next, g) // a table whose rows the copy lost (cellgrid.go)
			}
			ls = next
			continue
		}
		if next, ok := x.unitWrappedTable(ls); ok {
			x.pendingUnit = ""
			ls = next // 城市 年末总人口 / (万人) / 生产总值 / (亿元) …, a row a label line and a values line (wrappedunits.go)
			continue
		}
		if next, ok := x.quantityCornerGrid(ls, x.pendingUnit); ok {
			x.pendingUnit = ""
			ls = next // 出院人数 over 2019 … 2023, its total row unlabelled (quantitycorner.go)
			continue
		}
		if next, ok := x.cellGrid(ls, x.pendingUnit, false); ok {
			x.pendingUnit = ""
			ls = next // a table whose rows the copy lost (cellgrid.go)
			continue
		}
		if rows, next := x.barLeadTable(ls); rows != nil {
			x.curTableUnit = x.pendingUnit
			x.table(rows, x.pendingUnit) // 28 then | 卫生机构 | 个 | 8052, a cell a line (barlead.go)
			x.pendingUnit = ""
			ls = next
			continue
		}
		if u := unitLine(s[ls:le]); u != "" {
			x.pendingUnit = u
			if bareUnitLine(s[ls:le]) {
				ls = le + 1 // 单位：人民币千元: no figure (千 is the unit's)
				continue
			}
		} else if strings.Contains(s[ls:le], "。") {
			x.pendingUnit = ""
		}
		// A sentence the copy broke over lines (政府信息\n5928\n条，…) is
		// read as one line; the breaks inside it are spaces.
		for le < len(s) && wrappedLine(s, ls, le) {
			next := strings.IndexByte(s[le+1:], '\n')
			if next < 0 {
				next = len(s)
			} else {
				next += le + 1
			}
			if isTableLine(s[le+1:next]) || x.grid.table != nil && x.grid.at == le+1 || companyHeaderLine(s[le+1:next]) || numbersRowLine(s[le+1:next]) {
				break
			}
			le = next
		}
		if x.captionRunOnLine(ls, le) {
			ls = le + 1 // …。表 1 医疗卫生机构数 单位:个 2017 年 2016 年 总计 2703 2726 … (captionrunon.go)
			continue
		}
		x.line(ls, le)
		ls = le + 1
	}
}

// wrappedLine reports whether the line ending at le (the last of s[ls:le])
// continues on the next: a sentence broken where the copy wrapped it. The
// line must not end a sentence or clause group (。！？；：), must not be a
// heading, a caption (图1, 表1) or a table line, and the next line must
// start with a number, a percent sign or a comma-like mark, or the line end
// with a number and the next start with its unit.
func wrappedLine(s string, ls, le int) bool {
	a, b := trimSpace(s, ls, le)
	if a >= b || le+1 >= len(s) {
		return false
	}
	line := s[a:b]
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune("。！？；：!?;:|｜", last) || sentenceEndWord(line) {
		return false
	}
	if lvl, _ := headingMarker(s, a, b); lvl > 0 || strings.HasPrefix(line, "图") || strings.HasPrefix(line, "表") {
		return false
	}
	nl := strings.IndexByte(s[le+1:], '\n')
	if nl < 0 {
		nl = len(s) - le - 1
	}
	na, nb := trimSpace(s, le+1, le+1+nl)
	if na >= nb {
		return false
	}
	next := s[na:nb]
	first, _ := utf8.DecodeRuneInString(next)
	switch {
	case isHan(last) && isHan(first) && fixedWidthWrap(s, a, b):
		// 扣除非 then 經常性損益之純利: a copy wrapped at a fixed width.
		if lvl, _ := headingMarker(s, na, nb); lvl > 0 {
			return false
		}
		return true
	case (last == '，' || last == '、' || halfWidthClauseComma(line)) && isHan(first):
		// 分别达到39159元和20598元，\n分别增长8%和8.5%: a clause mark
		// ends no sentence.
		if lvl, _ := headingMarker(s, na, nb); lvl > 0 {
			return false
		}
		return true
	case first >= '0' && first <= '9' && utf8.RuneCountInString(line[strings.LastIndexByte(line, '\n')+1:]) <= 60: // the last line the copy wrapped
		return true
	case strings.ContainsRune(",，、%％", first):
		return true
	case (last >= '0' && last <= '9' || last == '%') && listedNumberNext(next):
		return true // 分别比增5.1%\n和15.3%
	case last >= '0' && last <= '9' || last == '%':
		if rowThenName(line, next) || rowThenCellPiece(line, next) {
			return false
		}
		// 80%\n以上: the qualifier the copy wrapped (detachedQualifier).
		return baseLex.prefix(next) != "" || scaleLex.prefix(next) != "" || hasPrefixAny(next, detachedQualifiers) != ""
	case scaleLex.suffix(line) != "" && baseLex.prefix(next) != "":
		// 316 亿\n元: a scale after a number, its base on the next line.
		u := strings.TrimRight(strings.TrimSuffix(line, scaleLex.suffix(line)), " ")
		r, _ := utf8.DecodeLastRuneInString(u)
		return r >= '0' && r <= '9'
	}
	return false
}

// sentenceEndWord reports a line that ends as a heading or a label does
// (…情况, …如下): not a sentence the copy wrapped.
func sentenceEndWord(line string) bool {
	return strings.HasSuffix(line, "如下") || strings.HasSuffix(line, "情况")
}

func trimSpace(s string, a, b int) (int, int) {
	for a < b {
		r, n := runeAt(s[a:b])
		if !isSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := lastRuneOf(s[a:b])
		if !isSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\n', '\u3000', '\u00a0', '\ufeff', '\v', '\f':
		return true
	}
	return false
}

// headingMarker returns the level and the end of a heading marker at s[a:]:
// "一、" (1), "(一)" / "（一）" (2), "第一章/节/部分" (1).
func headingMarker(s string, a, b int) (lvl int, end int) {
	a += len(s[a:b]) - len(strings.TrimLeft(strings.TrimLeft(s[a:b], "#"), " ")) // Markdown's ## before 一、
	t := s[a:b]
	j := 0
	j += cnNumeralLen(t[j:])
	if j > 0 && strings.HasPrefix(t[j:], "、") {
		return 1, a + j + len("、")
	}
	open := ""
	if strings.HasPrefix(t, "(") {
		open = "("
	} else if strings.HasPrefix(t, "（") {
		open = "（"
	}
	if open != "" {
		k := len(open)
		j = k
		j += cnNumeralLen(t[j:])
		if j > k {
			if strings.HasPrefix(t[j:], ")") {
				return 2, a + j + 1
			}
			if strings.HasPrefix(t[j:], "）") {
				return 2, a + j + len("）")
			}
		}
	}
	if strings.HasPrefix(t, "第") {
		j = len("第")
		k := j
		j += cnNumeralLen(t[j:])
		if j > k {
			for _, w := range []string{"章", "节", "部分"} {
				if strings.HasPrefix(t[j:], w) {
					return 1, a + j + len(w)
				}
			}
		}
	}
	return 0, a
}

func (x *extractor) line(ls, le int) {
	s := x.s
	a, b := trimSpace(s, ls, le)
	if a >= b {
		return
	}
	x.lastLine = 0
	if isPageJunk(s[a:b]) {
		return
	}
	if lvl, mend := headingMarker(s, a, b); lvl > 0 {
		// The heading runs to the first sentence end or the line end.
		he := b
		for i := mend; i < b; {
			r, n := runeAt(s[i:b])
			if r == '。' || r == '！' || r == '？' || r == '!' || r == '?' || r == ';' || r == '；' {
				he = i
				break
			}
			i += n
		}
		ha, hb := trimSpace(s, mend, he)
		if ha < hb {
			x.section = s[ha:hb]
		}
	}
	// Sentences. Only bytes that can start a sentence end are decoded.
	st := a
	for i := a; i < b; {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '!' || c == '?' || c == '\r' {
				x.sentence(st, i)
				st = i + 1
			}
			i++
			continue
		}
		if c != 0xE3 && c != 0xEF && c != 0xE2 {
			i++
			continue
		}
		r, n := multiByteRuneAt(s[i:b])
		if sentenceEnd(r) {
			x.sentence(st, i)
			st = i + n
		}
		i += n
	}
	if st < b {
		x.sentence(st, b)
	}
}

// junkWords mark the page furniture of a scraped page (view counters,
// publication lines) when they occur in a line that is not prose.
var junkWords = []string{"浏览次数", "浏览量", "阅读数", "阅读量", "点击数", "点击量", "访问次数", "发布时间", "发布日期", "字号", "打印本页", "关闭窗口", "分享到"}

// isPageJunk reports a line of page furniture: no sentence end and one of
// junkWords.
func isPageJunk(line string) bool {
	if strings.Contains(line, "。") {
		return false
	}
	for _, w := range junkWords {
		if containsWord(line, w) {
			return true
		}
	}
	return false
}
