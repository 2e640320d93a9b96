package extract

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis"
)

// Options control extraction. The zero value infers the reporting year from
// the text.
type Options struct {
	// Year is the reporting year for figures whose sentence names none.
	// 0 infers it: the first year written as "NNNN年" in the text (the
	// title, normally).
	Year int
}

// Flags say how a figure came to be. The zero value is no flag.
type Flags uint8

// Figure flags.
const (
	Approx    Flags = 1 << iota // the text said 多/余/约/近/超过/左右 …
	Derived                     // computed, not read (a back-computed prior)
	Ambiguous                   // the change's attachment is in doubt (SPEC §3)
)

var flagNames = []struct {
	f    Flags
	name string
}{{Approx, "approx"}, {Derived, "derived"}, {Ambiguous, "ambiguous"}}

// Names returns the names of the set flags in a fixed order; never nil.
func (f Flags) Names() []string {
	out := []string{}
	for _, fn := range flagNames {
		if f&fn.f != 0 {
			out = append(out, fn.name)
		}
	}
	return out
}

// String joins the flag names with "|".
func (f Flags) String() string { return strings.Join(f.Names(), "|") }

// Change kinds, as named in the JSON output.
const (
	GrowthPct = "growth_pct" // percent growth: (c − p)/p × 100
	PP        = "pp"         // percentage points: c − p, for rates
	Multiple  = "multiple"   // c / p
	Abs       = "abs"        // c − p in the figure's unit
)

// Change is a change stated next to a figure. A decline has a negative
// Value.
type Change struct {
	Kind     string  // GrowthPct, PP, Multiple or Abs
	Value    float64 // signed; for Multiple always c/p (增长5倍 → 6)
	Text     string  // as written: "比去年同期增长12.33%"
	Decimals int     // decimals of the number as written: the rounding of the statement
}

// Figure is one figure read from the text.
type Figure struct {
	Indicator string // the subject: 实有各类市场主体
	Section   string // the heading the figure falls under, "" if none
	Value     float64
	// Missing is set for a change stated without a level
	// (窗口业务效能提升5倍); Value is then 0 and means nothing.
	Missing  bool
	Unit     string // as written: 户, 万元, %, 元/股
	Period   string // as written: "2022年", "1-11月", "截至9月20日"; "" if none
	Year     int    // the year the value belongs to; 0 if unknown
	Flags    Flags
	Change   *Change // nil if the text states none
	Parent   string  // the indicator this one is a part of (其中 …), "" if none
	Sentence string  // the sentence the figure came from
	// Span is the byte range of the figure in the input: subject through
	// unit (and the following noun when the subject follows the number).
	Span [2]int
	// SentenceSpan is the byte range of Sentence in the input:
	// Sentence == input[SentenceSpan[0]:SentenceSpan[1]], and Span lies
	// within it.
	SentenceSpan [2]int
	// Prior is set for a previous value stated inline (较2022年558件).
	Prior bool

	parent int // index+1 of the parent figure in Extract's result
}

// Extract reads the figures of a report text. text must be valid UTF-8;
// otherwise the error names the byte offset of the first invalid byte.
func Extract(text []byte, opt Options) ([]Figure, error) {
	if !utf8.Valid(text) {
		off := 0
		for off < len(text) {
			r, n := utf8.DecodeRune(text[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, fmt.Errorf("extract: invalid UTF-8 at byte offset %d (decode GB18030 input first)", off)
	}
	x := &extractor{s: string(text), year: opt.Year}
	// Reports state about one figure per 300 bytes; size for that.
	x.figs = make([]Figure, 0, len(text)/300+4)
	if x.year == 0 {
		x.year = InferYear(x.s)
	}
	x.run()
	return x.figs, nil
}

// InferYear returns the first year written as "NNNN年" (1900–2100) in text
// that is not part of a span (2021—2025年) or a comparison (较2021年), or 0.
func InferYear(text string) int {
	s := text
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "年")
		if j < 0 {
			return 0
		}
		j += i
		k := j
		digits := 0
		for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
			k--
			digits++
		}
		if digits == 4 {
			r, _ := runeBefore(s, k)
			y := int(s[k]-'0')*1000 + int(s[k+1]-'0')*100 + int(s[k+2]-'0')*10 + int(s[k+3]-'0')
			if y >= 1900 && y <= 2100 && !isRangeSep(r) && r != '较' && r != '比' && r != '.' && r != '第' {
				return y
			}
		}
		i = j + len("年")
	}
	return 0
}

func isRangeSep(r rune) bool {
	switch r {
	case '-', '—', '–', '~', '～', '至', '到', '－', '−':
		return true
	}
	return false
}

type extractor struct {
	s    string
	year int
	figs []Figure

	section  string
	lastLine int // index+1 of the last figure of the previous sentence in this line

	toks []token       // reused token buffer
	st   sentenceState // reused sentence state
}

// run splits the text into lines, headings and sentences.
func (x *extractor) run() {
	s := x.s
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		x.line(ls, le)
		ls = le + 1
	}
}

func trimSpace(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if !isSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
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
			r, n := utf8.DecodeRuneInString(s[i:b])
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
		r, n := utf8.DecodeRuneInString(s[i:b])
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
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

type tokKind uint8

const (
	tokNum tokKind = iota
	tokBreak
	tokWord // 持平, 翻一番
)

type token struct {
	kind  tokKind
	start int
	end   int
	num   number
	parts int  // numbers in a chain (2023-02-22: 3)
	sep   rune // the chain's first separator
	last  number
	r     rune // break rune
	// word changes
	word string
}

// lex splits a sentence into numbers, breaks and change words, skipping
// quoted text and URLs.
func (x *extractor) lex(a, b int, toks []token) []token {
	s := x.s[:b]
	var qstack []rune
	prevCN := false
	for i := a; i < b; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if len(qstack) > 0 {
			top := qstack[len(qstack)-1]
			if r == top {
				qstack = qstack[:len(qstack)-1]
			} else if c, ok := openQuote(r); ok && r != '"' && len(qstack) < 8 {
				qstack = append(qstack, c)
			}
			i += n
			prevCN = false
			continue
		}
		if c, ok := openQuote(r); ok {
			qstack = append(qstack, c)
			i += n
			prevCN = false
			continue
		}
		if r == 'h' && (strings.HasPrefix(s[i:], "http://") || strings.HasPrefix(s[i:], "https://")) || r == 'w' && strings.HasPrefix(s[i:], "www.") {
			for i < b {
				c := s[i]
				if c <= ' ' || c >= 0x80 {
					break
				}
				i++
			}
			prevCN = false
			continue
		}
		if _, dn := digitAt(s, i); dn > 0 {
			num, ok := scanNumber(s, i)
			if !ok {
				// Skip the digit run.
				j := i
				for {
					_, m := digitAt(s, j)
					if m == 0 {
						break
					}
					j += m
				}
				for j < b && s[j] == ',' {
					j++
				}
				i = j
				prevCN = false
				continue
			}
			t := token{kind: tokNum, start: i, end: num.end, num: num, parts: 1, last: num}
			// Chains: 2023-02-22, 09:25:33, 1-11, 2021—2025, 12·4, 1.2.3.
			j := num.end
			for j < b {
				sr, sn := utf8.DecodeRuneInString(s[j:])
				if !(isRangeSep(sr) || sr == ':' || sr == '：' || sr == '/' || sr == '.' || sr == '·' || sr == '•' || sr == '．') {
					break
				}
				if !isDigitAt(s, j+sn) {
					break
				}
				nx, ok := scanNumber(s, j+sn)
				if !ok {
					break
				}
				if t.parts == 1 {
					t.sep = sr
				}
				t.parts++
				t.last = nx
				j = nx.end
			}
			t.end = j
			toks = append(toks, t)
			i = j
			prevCN = false
			continue
		}
		if isCNNumeral(r) && r != '万' {
			if !prevCN {
				num, ok := scanChinese(s, i)
				if ok {
					toks = append(toks, token{kind: tokNum, start: i, end: num.end, num: num, parts: 1, last: num})
					i = num.end
					prevCN = true
					continue
				}
			}
			i += n
			prevCN = true
			continue
		}
		prevCN = false
		if breakRune(r) {
			toks = append(toks, token{kind: tokBreak, start: i, end: i + n, r: r})
			i += n
			continue
		}
		if r == '持' && strings.HasPrefix(s[i:], "持平") {
			toks = append(toks, token{kind: tokWord, start: i, end: i + len("持平"), word: "持平"})
			i += len("持平")
			continue
		}
		if r == '翻' {
			for _, w := range []string{"翻一番", "翻两番", "翻三番", "翻番", "翻了一番", "翻了两番"} {
				if strings.HasPrefix(s[i:], w) {
					toks = append(toks, token{kind: tokWord, start: i, end: i + len(w), word: w})
					i += len(w)
					goto next
				}
			}
		}
		i += n
	next:
	}
	return toks
}

// sentenceState is the running state while reading one sentence.
type sentenceState struct {
	a, b        int // sentence span
	clauseStart int
	subjStart   int
	clauseFigs  int
	lastInCl    int   // index+1 of the last figure in this clause
	figs        []int // indices of this sentence's figures
	period      string
	periodYear  int
	periodEnd   int
	childOf     int      // index+1 of the parent for 其中 lists
	prevClause  [2]int   // the previous clause when it had no figure
	pending     []string // names queued by "A、B分别为…"
}

func (x *extractor) sentence(a, b int) {
	a, b = trimSpace(x.s, a, b)
	if a >= b {
		return
	}
	x.toks = x.lex(a, b, x.toks[:0])
	toks := x.toks
	hasNum := false
	for _, t := range toks {
		if t.kind != tokBreak {
			hasNum = true
			break
		}
	}
	if !hasNum {
		return
	}
	x.st = sentenceState{a: a, b: b, clauseStart: a, subjStart: a, prevClause: [2]int{-1, -1}, figs: x.st.figs[:0]}
	st := &x.st
	x.startClause(st)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.kind {
		case tokBreak:
			x.brk(st, t)
		case tokWord:
			x.word(st, t)
		case tokNum:
			i += x.num(st, toks, i)
		}
	}
	if len(st.figs) > 0 {
		x.lastLine = st.figs[len(st.figs)-1] + 1
	}
}

// brk handles a clause break. 、 only breaks a clause that already has a
// figure (行政、民事案件 is one subject; 自助机35台、增强型自助机4台 two).
func (x *extractor) brk(st *sentenceState, t token) {
	if t.r == '、' && st.clauseFigs == 0 {
		return
	}
	if st.clauseFigs == 0 {
		st.prevClause = [2]int{st.clauseStart, t.start}
	} else {
		st.prevClause = [2]int{-1, -1}
	}
	st.clauseStart = t.end
	st.subjStart = t.end
	st.clauseFigs = 0
	st.lastInCl = 0
	x.startClause(st)
}

// startClause notes a clause that starts with 其中: the figures that follow
// are parts of the preceding one.
func (x *extractor) startClause(st *sentenceState) {
	a, _ := trimSpace(x.s, st.clauseStart, st.b)
	if w := hasPrefixAny(x.s[a:st.b], periodWords); w != "" {
		st.period = w
		st.periodYear = 0
		st.periodEnd = a + len(w)
	}
	if !strings.HasPrefix(x.s[a:st.b], "其中") {
		return
	}
	for k := len(st.figs) - 1; k >= 0; k-- {
		if !x.figs[st.figs[k]].Prior && !x.figs[st.figs[k]].Missing {
			st.childOf = st.figs[k] + 1
			return
		}
	}
	if len(st.figs) == 0 && x.lastLine > 0 {
		st.childOf = x.lastLine
	}
}

// periodWords open a clause and name its period.
var periodWords = []string{"截至目前", "截止目前", "截至年底", "截至年末", "年末", "年底", "年初", "上半年", "下半年", "前三季度", "一季度", "二季度", "三季度", "四季度"}

var approxPrefixes = []string{"约", "近", "超过", "超", "逾", "将近", "接近", "大约", "约为", "不足", "不到", "不少于", "多达"}

var upVerbs = []string{"增长", "增加", "上升", "提高", "提升", "上涨", "扩大", "增", "升", "增多", "增产", "增收", "上调", "多增"}
var downVerbs = []string{"下降", "减少", "降低", "下滑", "回落", "下跌", "缩小", "收窄", "减", "降", "缩减", "减小", "减产", "减收", "下调"}

// num handles a number token; it returns how many extra tokens it consumed.
func (x *extractor) num(st *sentenceState, toks []token, i int) int {
	s := x.s
	t := toks[i]
	n := t.num
	prev, _ := runeBefore(s, t.start)
	if prev == '第' {
		if strings.HasPrefix(s[t.end:st.b], "季度") && t.parts == 1 && t.num.value >= 1 && t.num.value <= 4 {
			x.setPeriod(st, t.start-len("第"), t.end, 0) // 第一季度
		}
		return 0
	}
	if t.start > 0 && isASCIILetter(s[t.start-1]) || t.end < len(s) && isASCIILetter(s[t.end]) && !strings.HasPrefix(s[t.end:], "km") {
		return 0
	}
	if prev == '-' && t.start >= 2 && isASCIILetter(s[t.start-2]) {
		return 0
	}
	if t.parts > 1 {
		return x.chain(st, t)
	}
	if n.leadZero {
		return 0
	}
	rest := s[t.end:st.b]
	// Years and months are periods.
	if strings.HasPrefix(rest, "年") && !n.chinese {
		if n.intDigits == 4 && n.decimals == 0 && n.value >= 1900 && n.value <= 2100 {
			if prev == '较' || prev == '比' || prev == '与' || prev == '同' || prev == '于' {
				return 0 // a comparison year, read with the prior value
			}
			x.setPeriod(st, t.start, t.end, int(n.value))
		}
		return 0
	}
	if n.chinese {
		// 一季度 etc. are periods; other Chinese numerals only as quantities.
		if strings.HasPrefix(rest, "季度") {
			x.setPeriod(st, t.start, t.end, 0)
		}
	}
	if !n.chinese && n.decimals == 0 && n.value >= 1 && n.value <= 12 && (strings.HasPrefix(rest, "月") || strings.HasPrefix(rest, "季度")) {
		if n.value <= 4 || strings.HasPrefix(rest, "月") {
			x.setPeriod(st, t.start, t.end, 0)
			return 0
		}
	}
	if strings.HasPrefix(rest, "日") || strings.HasPrefix(rest, "号") {
		return 0
	}
	m := readUnit(s[:st.b], t.end)
	if m.kind == unitNone {
		return 0
	}
	if n.chinese {
		if n.value < 2 || m.kind != unitQuantity {
			return 0
		}
		// Only at the end of a clause: 召开会议两次 is a quantity, 四次全会
		// and 三项制度 are names.
		after := s[m.end:st.b]
		r, _ := utf8.DecodeRuneInString(after)
		if after != "" && !breakRune(r) {
			return 0
		}
	}
	// Approximation words before the number.
	numStart := t.start
	neg := false
	if prev == '-' || prev == '－' || prev == '−' {
		pp, _ := runeBefore(s, t.start-utf8.RuneLen(prev))
		if !(pp >= '0' && pp <= '9') {
			neg = true
			numStart -= utf8.RuneLen(prev)
		}
	}
	approx := m.approx
	lead := numStart
	if st.subjStart <= lead {
		if w := hasSuffixAny(s[st.subjStart:lead], approxPrefixes); w != "" {
			approx = true
			lead -= len(w)
		}
	}
	if lead < st.subjStart {
		lead = st.subjStart
	}
	pre := s[st.subjStart:lead]

	// A change?
	if ch, textStart, ok := x.readChange(st, pre, lead, n, neg, m); ok {
		consumed := 0
		if strings.HasSuffix(s[st.subjStart:textStart], "分别") {
			consumed = x.distribute(st, toks, i, ch, m)
			st.subjStart = toks[i+consumed].end
			st.clauseFigs++
			return consumed
		}
		x.attach(st, ch, textStart, lead, m, approx)
		st.subjStart = m.end
		st.clauseFigs++
		return 0
	}
	if m.kind == unitPP || m.kind == unitMultiple {
		return 0
	}
	if m.unit == "分" && (prev == '时' || prev == '点') {
		return 0 // 9时30分 is a time
	}
	if neg {
		// 净利润-120万元: a negative figure only right after an ideograph.
		pp, _ := runeBefore(s, numStart)
		if !isHan(pp) {
			return 0
		}
	}
	// A prior value stated inline?
	if ref, py, ok := x.readPrior(st, pre, m.unit); ok {
		rf := x.figs[ref]
		f := Figure{Indicator: rf.Indicator, Section: rf.Section, Value: n.value, Unit: m.unit, Period: rf.Period,
			Year: py, Parent: rf.Parent, parent: rf.parent, Prior: true,
			Sentence: s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{st.subjStart, m.end}}
		if approx {
			f.Flags |= Approx
		}
		f.Span[0], _ = trimSpace(s, f.Span[0], f.Span[1])
		x.figs = append(x.figs, f)
		st.figs = append(st.figs, len(x.figs)-1)
		st.subjStart = m.end
		st.clauseFigs++
		return 0
	}
	// A figure: find its subject.
	sa, sb := stripSubject(s, st.subjStart, lead)
	rawPre := strings.TrimRight(pre, " ")
	spanEnd := m.end
	name := dropInnerTotal(s[sa:sb])
	if w := hasSuffixAny(strings.TrimSpace(pre), distributeWords); w != "" && len(st.pending) == 0 && name != "" {
		parts := splitNames(name)
		if len(parts) >= 2 {
			name = parts[0]
			st.pending = parts[1:]
		}
	} else if name == "" && len(st.pending) > 0 {
		name = st.pending[0]
		st.pending = st.pending[1:]
	}
	usePost := false
	if m.kind == unitQuantity && nounClassifiers[m.unit] {
		if name == "" || strings.HasSuffix(rawPre, "的") || strings.HasSuffix(rawPre, "等") || objVerbLex.suffix(name) != "" {
			if pa, pb := postNoun(s, m.end, st.b); pa < pb {
				if fv := hasSuffixAny(name, flowVerbs); fv != "" && fv == name {
					name = name + s[pa:pb]
				} else {
					name = s[pa:pb]
					sa = numStart
				}
				spanEnd = pb
				usePost = true
			}
		}
	}
	if !usePost {
		name = strings.TrimSuffix(name, "等")
		if name == "" {
			if st.lastInCl > 0 {
				name = x.figs[st.lastInCl-1].Indicator
				sa = lead
			} else if st.prevClause[0] >= 0 && len(st.figs) == 0 {
				pa, pb := stripSubject(s, st.prevClause[0], st.prevClause[1])
				if pa < pb && !isPeriodText(s[pa:pb]) {
					name = s[pa:pb]
					sa = pa
				}
			}
		}
	}
	if name == "" || strings.HasPrefix(name, "的") {
		// 恢复到2019年的85%: the figure qualifies something else.
		return 0
	}
	if sa > numStart {
		sa = numStart
	}
	value := n.value
	if neg {
		value = -value
	}
	f := Figure{Indicator: name, Section: x.section, Value: value, Unit: m.unit, Period: st.period,
		Year: x.year, Sentence: s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{sa, spanEnd}}
	if st.periodYear > 0 {
		f.Year = st.periodYear
	}
	if approx {
		f.Flags |= Approx
	}
	if st.childOf > 0 && x.figs[st.childOf-1].Unit == f.Unit && x.figs[st.childOf-1].Indicator != f.Indicator {
		f.Parent = x.figs[st.childOf-1].Indicator
		f.parent = st.childOf
	}
	x.figs = append(x.figs, f)
	st.figs = append(st.figs, len(x.figs)-1)
	st.lastInCl = len(x.figs)
	st.subjStart = spanEnd
	st.clauseFigs++
	return 0
}

var distributeWords = []string{"分别为", "分别是", "分别达", "分别达到", "分别"}

// splitNames splits "A、B和C" into names.
func splitNames(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '和' || r == '及' || r == '与' })
	out := f[:0]
	for _, p := range f {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func isPeriodText(t string) bool {
	switch t {
	case "目前", "截至目前", "截止目前", "今年以来", "全年", "年内", "当前", "同时", "此外", "另外":
		return true
	}
	return false
}

// chain handles number chains: 1-11月 is a period; dates, times, year spans,
// ranges and codes are not figures.
func (x *extractor) chain(st *sentenceState, t token) int {
	s := x.s
	rest := s[t.end:st.b]
	if t.parts == 2 && isRangeSep(t.sep) && strings.HasPrefix(rest, "月") && t.num.decimals == 0 && t.last.decimals == 0 &&
		t.num.value >= 1 && t.num.value <= 12 && t.last.value >= 1 && t.last.value <= 12 {
		x.setPeriod(st, t.start, t.end, 0)
	}
	return 0
}

// setPeriod records a period expression starting with the number at
// [a, e): the year or month word and what completes it (年度, 年末, 月20日,
// 月底 …), with a leading 截至/截止/至 and an adjacent earlier period
// (2022年1-11月).
func (x *extractor) setPeriod(st *sentenceState, a, e int, year int) {
	s := x.s
	j := e
	if strings.HasPrefix(s[j:st.b], "年") {
		j += len("年")
		if w := hasPrefixAny(s[j:st.b], []string{"度", "末", "底", "初", "上半年", "下半年", "前三季度", "全年", "年底"}); w != "" {
			j += len(w)
		}
	} else if strings.HasPrefix(s[j:st.b], "季度") {
		j += len("季度")
	} else if strings.HasPrefix(s[j:st.b], "月") {
		j += len("月")
		k := j
		for {
			_, n := digitAt(s[:st.b], k)
			if n == 0 {
				break
			}
			k += n
		}
		if k > j && (strings.HasPrefix(s[k:st.b], "日") || strings.HasPrefix(s[k:st.b], "号")) {
			j = k + len("日")
		} else if w := hasPrefixAny(s[j:st.b], []string{"份", "底", "末", "初", "中旬", "上旬", "下旬"}); w != "" {
			j += len(w)
		}
	}
	start := a
	if w := hasSuffixAny(s[st.clauseStart:start], []string{"截至", "截止", "截止到", "截至到", "至", "到"}); w != "" && !strings.HasSuffix(s[st.clauseStart:start], "增长至") {
		start -= len(w)
	}
	if st.periodEnd == start && st.period != "" && year == 0 {
		// 2022年1-11月
		st.period = s[st.periodEnd-len(st.period) : j]
	} else {
		st.period = s[start:j]
		st.periodYear = year
	}
	if year != 0 {
		st.periodYear = year
	}
	st.periodEnd = j
	if j > st.subjStart {
		st.subjStart = j
	}
}

// readChange recognises a change stated by the number: a change verb before
// it (同比增长12.33%, 下降8.42%, 增加了555件, 提高1.2个百分点, 增长5倍) or a
// multiple (是上年的5倍). textStart includes a comparison (比去年同期).
func (x *extractor) readChange(st *sentenceState, pre string, lead int, n number, neg bool, m unitMatch) (*Change, int, bool) {
	s := x.s
	p := strings.TrimRight(pre, " ")
	p = strings.TrimSuffix(p, "了")
	sign := 1.0
	verb := ""
	toForm := false
	if w := hasSuffixAny(p, []string{"增幅为", "增幅达", "增幅", "增速为", "增速达", "增速", "增长率为", "增长率"}); w != "" && m.kind == unitPercent {
		verb = w
	} else if w := hasSuffixAny(p, []string{"降幅为", "降幅达", "降幅"}); w != "" && m.kind == unitPercent {
		verb, sign = w, -1
	} else if w := hasSuffixAny(p, upVerbs); w != "" {
		verb = w
		before := strings.TrimSuffix(p, w)
		if strings.HasSuffix(before, "新") || strings.HasSuffix(before, "净") || strings.HasSuffix(before, "新增") {
			return nil, 0, false
		}
	} else if w := hasSuffixAny(p, downVerbs); w != "" {
		verb, sign = w, -1
		before := strings.TrimSuffix(p, w)
		if strings.HasSuffix(before, "净") {
			return nil, 0, false
		}
	} else if m.kind == unitMultiple {
		// 是上年的5倍, 增长到5倍, 提升至5倍, 达到5倍.
		if strings.HasSuffix(p, "的") || hasSuffixAny(p, []string{"到", "至", "达", "为"}) != "" {
			verb = ""
			toForm = true
		} else {
			return nil, 0, false
		}
	} else {
		return nil, 0, false
	}
	vs := lead - (len(pre) - len(p)) - len(verb)
	if toForm {
		vs = lead - (len(pre) - len(p))
		// Back up to the 是/为/相当于 … of "是上年的5倍".
		seg := s[st.subjStart:vs]
		if k := lastIndexAny(seg, []string{"是", "为", "相当于", "增长到", "增长至", "提升到", "提升至", "提高到", "提高至", "增加到", "增加至", "达到"}); k >= 0 {
			vs = st.subjStart + k
		}
	}
	ch := &Change{Decimals: n.decimals}
	v := n.value
	if neg {
		v = -v
	}
	switch m.kind {
	case unitPercent:
		ch.Kind = GrowthPct
		ch.Value = sign * v
	case unitPP:
		ch.Kind = PP
		ch.Value = sign * v
	case unitMultiple:
		ch.Kind = Multiple
		if toForm {
			ch.Value = v
		} else if sign < 0 || neg {
			return nil, 0, false // 下降5倍: not a multiple we can read
		} else {
			ch.Value = v + 1
		}
	default:
		ch.Kind = Abs
		ch.Value = sign * v
	}
	if math.IsNaN(ch.Value) || math.IsInf(ch.Value, 0) {
		return nil, 0, false
	}
	textStart := vs
	if c := comparisonSuffix(s[st.subjStart:vs]); c > 0 {
		textStart = vs - c
	}
	ch.Text = s[textStart:m.end]
	return ch, textStart, true
}

func lastIndexAny(s string, ws []string) int {
	best := -1
	for _, w := range ws {
		if k := strings.LastIndex(s, w); k > best {
			best = k
		}
	}
	return best
}

var comparisons = []string{"同比", "环比", "比上年末", "比去年末", "较上年末", "较去年末", "比上年底", "较上年底", "比年初", "较年初", "比上季度", "较上季度", "比上年同期", "比去年同期", "比上年", "比去年", "较上年同期", "较去年同期", "较上年", "较去年",
	"较同期", "比同期", "与上年相比", "与去年相比", "与去年同期相比", "与上年同期相比", "比上一年", "较上一年", "比上月", "较上月", "与上年", "与去年", "与去年同期", "与上年同期"}

var comparisonLex = newLexicon(comparisons)

// comparisonSuffix returns the byte length of a comparison (同比, 比去年同期,
// 较2021年) at the end of t, 0 if none.
func comparisonSuffix(t string) int {
	t0 := len(t)
	t = strings.TrimRight(t, " ")
	trail := t0 - len(t)
	if w := comparisonLex.suffix(t); w != "" {
		return len(w) + trail
	}
	// 比上年末, 较上半年: 比/较 and a short time phrase.
	// Only the last 7 runes can hold one (UTF-8 resynchronises, so a
	// window starting inside a rune finds no false match).
	w0 := max(0, len(t)-21)
	if k := max(strings.LastIndex(t[w0:], "比"), strings.LastIndex(t[w0:], "较")); k >= 0 {
		k += w0
		tail := t[k+len("比"):]
		if n := utf8.RuneCountInString(tail); n >= 1 && n <= 6 && strings.ContainsAny(tail, "年月期季") && !strings.ContainsAny(tail, "0123456789") {
			return len(t) - k + trail
		}
	}
	// 比2021年, 较2021年同期
	u := strings.TrimSuffix(t, "同期")
	if strings.HasSuffix(u, "年") {
		v := strings.TrimSuffix(u, "年")
		k := len(v)
		for k > 0 && v[k-1] >= '0' && v[k-1] <= '9' {
			k--
		}
		if len(v)-k == 4 {
			if strings.HasSuffix(v[:k], "比") || strings.HasSuffix(v[:k], "较") {
				return len(t) - k + len("比") + trail
			}
			if strings.HasSuffix(v[:k], "与") {
				return len(t) - k + len("与") + trail
			}
		}
	}
	return 0
}

// attach attaches a change to the figure it belongs to (SPEC §3).
func (x *extractor) attach(st *sentenceState, ch *Change, textStart, lead int, m unitMatch, approx bool) {
	s := x.s
	// A change whose clause names its own subject is about that subject.
	sa, sb := stripSubject(s, st.subjStart, textStart)
	if sa < sb {
		name := s[sa:sb]
		unit := ""
		switch ch.Kind {
		case PP:
			unit = "%"
		case Abs:
			unit = m.unit
		}
		f := Figure{Indicator: name, Section: x.section, Missing: true, Unit: unit, Period: st.period, Year: x.year,
			Change: ch, Sentence: s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{sa, m.end}}
		if st.periodYear > 0 {
			f.Year = st.periodYear
		}
		x.figs = append(x.figs, f)
		st.figs = append(st.figs, len(x.figs)-1)
		return
	}
	target := -1
	for k := len(st.figs) - 1; k >= 0; k-- {
		f := &x.figs[st.figs[k]]
		if !f.Prior && !f.Missing {
			target = st.figs[k]
			break
		}
	}
	if target < 0 {
		return
	}
	f := &x.figs[target]
	if f.Change != nil {
		return
	}
	if ch.Kind == Abs && f.Unit != m.unit {
		return
	}
	f.Change = ch
	if ch.Kind != GrowthPct || approx {
		return
	}
	// SPEC §3: when the nearest figure cannot have the stated growth in
	// whole numbers and exactly one other count of the sentence can, keep
	// both readings and flag them.
	if !wholeCount(f) || hasWholePrior(f.Value, ch) {
		return
	}
	other := -1
	for _, k := range st.figs {
		g := &x.figs[k]
		if k == target || g.Prior || g.Missing || g.Change != nil || !wholeCount(g) {
			continue
		}
		if hasWholePrior(g.Value, ch) {
			if other >= 0 {
				return
			}
			other = k
		}
	}
	if other < 0 {
		return
	}
	f.Flags |= Ambiguous
	g := &x.figs[other]
	c := *ch
	g.Change = &c
	g.Flags |= Ambiguous
}

// wholeCount reports a figure that must be a whole number: a count written
// without decimals and not approximate.
func wholeCount(f *Figure) bool {
	return analysis.KindOf(f.Unit) == analysis.KindCount && f.Value == math.Trunc(f.Value) && f.Flags&Approx == 0 &&
		f.Value > 0 && f.Value <= maxWhole
}

// maxWhole bounds the counts and prior intervals searched for whole
// numbers: beyond it float64 steps exceed 1 and the search would not end.
const maxWhole = 1e12

func hasWholePrior(c float64, ch *Change) bool {
	iv, err := analysis.BackCompute(c, ch.Value, ch.Decimals)
	if err != nil || iv.High > maxWhole || iv.High-iv.Low > 1e9 {
		return false
	}
	cands, _ := iv.WholeCandidates(1)
	return len(cands) > 0
}

// distribute hands "分别增长22.9%、20.1%" to the preceding figures in order.
func (x *extractor) distribute(st *sentenceState, toks []token, i int, first *Change, m unitMatch) int {
	s := x.s
	changes := []*Change{first}
	consumed := 0
	for k := i + 1; k+1 < len(toks); k += 2 {
		if toks[k].kind != tokBreak || toks[k].r != '、' || toks[k+1].kind != tokNum || toks[k+1].start != toks[k].end {
			break
		}
		nt := toks[k+1]
		if nt.parts > 1 {
			break
		}
		um := readUnit(s[:st.b], nt.end)
		if um.kind != m.kind || um.unit != m.unit {
			break
		}
		c := &Change{Kind: first.Kind, Decimals: nt.num.decimals, Text: s[nt.start:um.end]}
		switch {
		case first.Kind == Multiple:
			// Same reading as the first: 分别增长2倍、3倍 → 3, 4.
			c.Value = nt.num.value + (first.Value - toks[i].num.value)
		case first.Value < 0 || first.Value == 0 && math.Signbit(first.Value):
			c.Value = -nt.num.value
		default:
			c.Value = nt.num.value
		}
		changes = append(changes, c)
		consumed = k + 1 - i
	}
	var targets []int
	for k := len(st.figs) - 1; k >= 0 && len(targets) < len(changes); k-- {
		f := &x.figs[st.figs[k]]
		if !f.Prior && !f.Missing && f.Change == nil {
			targets = append(targets, st.figs[k])
		}
	}
	if len(targets) == len(changes) {
		for j, c := range changes {
			x.figs[targets[len(targets)-1-j]].Change = c
		}
	}
	return consumed
}

// readPrior recognises a previous value stated inline: 较2022年558件,
// 比上年的558件, 上年为558件, 去年同期为558件. It returns the figure it is
// the prior of (same unit, nearest before) and the prior's year.
func (x *extractor) readPrior(st *sentenceState, pre, unit string) (int, int, bool) {
	p := strings.TrimSpace(pre)
	p = strings.TrimSuffix(p, "为")
	p = strings.TrimSuffix(p, "是")
	p = strings.TrimSuffix(p, "的")
	year := 0
	ok := false
	if w := hasSuffixAny(p, []string{"上年同期", "去年同期", "上年", "去年", "上一年", "同期"}); w != "" {
		before := strings.TrimSpace(strings.TrimSuffix(p, w))
		if before == "" && w != "同期" && strings.HasSuffix(strings.TrimSpace(pre), "为") || strings.HasSuffix(before, "较") || strings.HasSuffix(before, "比") || strings.HasSuffix(before, "与") {
			ok = true
		}
	} else if c := comparisonSuffix(p); c > 0 {
		cmp := p[len(p)-c:]
		k := strings.IndexAny(cmp, "0123456789")
		if k >= 0 && k+4 <= len(cmp) {
			y := 0
			for _, d := range cmp[k : k+4] {
				y = y*10 + int(d-'0')
			}
			year = y
			ok = strings.TrimSpace(p[:len(p)-c]) == ""
		}
	}
	if !ok {
		return 0, 0, false
	}
	for k := len(st.figs) - 1; k >= 0; k-- {
		f := &x.figs[st.figs[k]]
		if f.Prior || f.Missing {
			continue
		}
		if f.Unit != unit {
			continue
		}
		if year == 0 {
			if f.Year == 0 {
				return 0, 0, false
			}
			year = f.Year - 1
		}
		if year >= f.Year && f.Year != 0 {
			return 0, 0, false
		}
		return st.figs[k], year, true
	}
	return 0, 0, false
}

// word handles 持平 and 翻一番.
func (x *extractor) word(st *sentenceState, t token) {
	s := x.s
	ch := &Change{}
	switch {
	case t.word == "持平":
		ch.Kind, ch.Value, ch.Decimals = GrowthPct, 0, 2
	case strings.Contains(t.word, "两"):
		ch.Kind, ch.Value = Multiple, 4
	case strings.Contains(t.word, "三"):
		ch.Kind, ch.Value = Multiple, 8
	default:
		ch.Kind, ch.Value = Multiple, 2
	}
	textStart := t.start
	if st.subjStart <= t.start {
		if w := hasSuffixAny(s[st.subjStart:t.start], []string{"基本", "保持", "实现", "总体"}); w != "" {
			textStart -= len(w)
		}
		if c := comparisonSuffix(s[st.subjStart:textStart]); c > 0 {
			textStart -= c
		}
	} else {
		textStart = st.subjStart
	}
	ch.Text = s[textStart:t.end]
	// Attach to the preceding figure; rates take percentage points.
	m := unitMatch{end: t.end}
	if t.word == "持平" {
		for k := len(st.figs) - 1; k >= 0; k-- {
			f := &x.figs[st.figs[k]]
			if !f.Prior && !f.Missing {
				if f.Unit == "%" {
					ch.Kind = PP
				}
				break
			}
		}
	}
	x.attach(st, ch, textStart, t.start, m, false)
	st.subjStart = t.end
	st.clauseFigs++
}
