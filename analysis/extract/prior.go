package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readPrior recognises a previous value stated inline: 较2022年558件,
// 比上年的558件, 上年为558件, 去年同期为558件. It returns the figure it is
// the prior of (same unit, nearest before) and the prior's year.
func (x *extractor) readPrior(st *sentenceState, pre, unit string) (int, int, bool) {
	p := trimText(openingBracketPrior(pre))
	p = strings.TrimSuffix(p, "为")
	p = strings.TrimSuffix(p, "是")
	p = strings.TrimSuffix(p, "的")
	year := 0
	ok := false
	verb := ""
	if w := priorPeriodLex.suffix(p); w != "" {
		before := trimText(strings.TrimSuffix(p, w))
		if before == "" && w != "同期" || strings.HasSuffix(before, "较") || strings.HasSuffix(before, "比") || strings.HasSuffix(before, "与") {
			// 上年为558件, 去年同期1100件, 比上年末的1180万人.
			ok = true
		} else if y, v, yes := yearSamePeriodPrior(x.clauseHead(st, p), before, w); yes {
			// 再审检察建议6件（2021年同期0件）: the year's same period.
			year, verb, ok = y, v, true
		}
	} else if cmp, y, yes := bracketedComparisonOf(x.s[st.clauseStart:st.subjStart], p); yes {
		// 较2022年7月（95.97%）提高0.83个百分点: the bracket holds the value
		// compared with.
		year, ok = y, true
		st.bracketBase = cmp
		st.bracketBaseEnd = st.subjStart + len(p) - len("（")
		if strings.HasSuffix(p, "(") {
			st.bracketBaseEnd = st.subjStart + len(p) - len("(")
		}
	} else if y, yes := bracketColonYearPrior(x.s[st.a:max(st.a, st.subjStart)], p); yes {
		// 至约人民币277,261,000元（二零一九年：人民币336,538,000元）.
		year, ok = y, true
	} else if y, v, yes := yearPrior(x.clauseHead(st, p)); yes {
		// 2022年为1100件, 2022年受理1100件.
		year, verb, ok = y, v, true
		if h := x.s[st.clauseStart:st.subjStart]; strings.Contains(h, "（") || strings.Contains(h, "(") {
			st.yearBase, st.yearBaseAt = strconv.Itoa(y)+"年", len(st.figs)
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
			ok = trimText(p[:len(p)-c]) == ""
		}
	}
	if !ok {
		return 0, 0, false
	}
	for k := len(st.figs) - 1; k >= 0; k-- {
		f := &x.figs[st.figs[k]]
		if f.Prior || f.Missing || f.noChange {
			// 为全年预算46,908万元的80.43%，比上年同期35,285万元: the plan a
			// share was of, or a figure in brackets, is not what the prior
			// compares.
			continue
		}
		if f.Unit != unit && (unitBase(f.Unit) != unitBase(unit) || unitBase(unit) == "") {
			continue // 审结1.2万件，比2019年同期（9800件）: one base unit at another scale
		}
		if verb != "" && !strings.Contains(f.Indicator, verb) {
			return 0, 0, false
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

// openingBracketPrior is the rule for a prior stated in brackets right
// after its figure (受理审判类案件2313件（去年同期为2296件）, 旧存670件(上年
// 同期220件)): pre, the text before the prior's number, opens with the
// bracket; the words after it are read as an inline prior's. pre is
// returned as it is when it opens with no bracket.
func openingBracketPrior(pre string) string {
	for _, b := range []string{"（", "("} {
		if rest, ok := strings.CutPrefix(pre, b); ok && priorPeriodLex.prefix(rest) != "" {
			return rest
		}
	}
	return pre
}

// yearSamePeriodPrior is the rule for a prior named by a year and 同期
// (the same period of that year) before its number, the year read as the
// clause's period (6件（2021年同期0件）, 2022年同期为30件): head is the
// clause's text before the number with its period, before and w the words
// before 同期 and 同期 itself. It applies yearPrior to head.
func yearSamePeriodPrior(head, before, w string) (year int, verb string, ok bool) {
	if w != "同期" || before != "" {
		return 0, "", false
	}
	return yearPrior(head)
}

// priorPeriod is the period an inline prior's comparison names, as
// written: 比去年90.78万件 → 去年, 上年同期为 → 上年同期, 较2022年558件 →
// 2022年, 2022年为1100件 → 2022年; "" when it names none. pre is the text
// before the prior's number.
func priorPeriod(pre string) string {
	p := trimText(pre)
	p = strings.TrimSuffix(p, "为")
	p = strings.TrimSuffix(p, "是")
	p = strings.TrimSuffix(p, "的")
	if w := hasSuffixAny(p, []string{"上年同期", "去年同期", "上年末", "去年末", "上年底", "去年底", "上年", "去年", "上一年"}); w != "" {
		return w
	}
	if c := comparisonSuffix(p); c > 0 {
		return comparedPeriod(p[len(p)-c:])
	}
	return ""
}

// yearPrior is the rule for a prior named by its year alone after the
// figure (受理案件1200件，2022年为1100件; 2022年受理1100件): p is the text
// before the number, a four-digit year and 年, then 为 or 是 or a verb of
// at most four characters. It returns the year and the verb ("" for 为/是);
// the caller takes the prior only for an earlier figure of the sentence in
// the same unit, of a later year, whose name holds the verb, and names the
// prior as that figure is named.
func yearPrior(p string) (year int, verb string, ok bool) {
	if len(p) < len("2022年") || !isDigitAt(p, 0) {
		return 0, "", false
	}
	for k := 0; k < 4; k++ {
		if k >= len(p) || p[k] < '0' || p[k] > '9' {
			return 0, "", false
		}
		year = year*10 + int(p[k]-'0')
	}
	rest, found := strings.CutPrefix(p[4:], "年")
	if !found || year < 1900 {
		return 0, "", false
	}
	rest = strings.TrimLeft(rest, " ，,")
	if w := hasPrefixAny(rest, []string{"同期", "末", "底"}); w != "" {
		rest = rest[len(w):] // 2022年末为124.1万人: the period, no verb
	}
	rest = strings.TrimSuffix(strings.TrimSuffix(rest, "为"), "是")
	if n := utf8.RuneCountInString(rest); n > 4 || rest != "" && !isHanString(rest) {
		return 0, "", false
	}
	return year, rest, true
}

func isHanString(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// clauseHead is the clause's text before the number: from the clause start
// (past the last opening bracket) through pre, which p is with its 为/是 trimmed.
func (x *extractor) clauseHead(st *sentenceState, p string) string {
	if st.subjStart < st.clauseStart || st.subjStart > len(x.s) {
		return p
	}
	h := x.s[st.clauseStart:st.subjStart]
	if k := max(strings.LastIndex(h, "（"), strings.LastIndex(h, "(")); k >= 0 {
		// 同比增长9.1%（2022年为1100件）: the bracket starts the head.
		_, n := utf8.DecodeRuneInString(h[k:])
		h = h[k+n:]
	}
	return strings.TrimLeft(h, " ") + p
}

// budgetStages name the stage of a budget a from-to statement starts from
// (由年初预算的65000万元调整为…, 由年初的76138万元调整为…).
var budgetStages = []string{"年初预算数", "年初预算", "年初", "原预算", "预算数", "年初批准预算", "代编预算"}

// fromWords open the earlier value of a from-to statement (由20日压减至5日,
// 从原来的3.2%提高到5.1%); longest first.
var fromWords = []string{"由原来", "从原来", "由过去", "从过去", "由原", "从原", "由", "从"}

// toVerbs close the earlier value and open the later one (压减至, 提高到,
// 调整为); the change verbs followed by 至, 到 or 为.
var toVerbs = func() []string {
	var out []string
	for _, v := range append(append([]string{"压缩", "压减", "缩短", "调整", "优化", "变为", "变更", "降", "升", "减", "增"}, upVerbs...), downVerbs...) {
		for _, p := range []string{"至", "到", "为"} {
			out = append(out, v+p, v+"了"+p)
		}
	}
	return out
}()

// fromToPrior is the rule for a value stated with the value it changed
// from (办理时限由20日压减至5日, 占比从3.2%提高到5.1%, 人均预期寿命由2017年
// 的76.7岁提高到77.0岁): the number after 由 or 从 (and a year, 上年 or 去年
// and 的) whose unit is followed by a verb to 至/到/为 and a number is the
// earlier value, a prior of the subject named before 由; the number after
// the verb is the subject's level. head is the clause's text before the
// number, after the text after its unit. It returns the byte offset in
// head where the from-word starts, the year the from-phrase names (0 if
// none) and the byte length of the verb at the start of after.
func fromToPrior(head, after string) (from, year, verbLen int, ok bool) {
	p, w, year, verbLen, ok := fromToParts(head, after)
	if !ok || len(p) == len(w) {
		return 0, 0, 0, false // a subject must be named before 由
	}
	return len(p) - len(w), year, verbLen, true
}

// fromToOpening is fromToPrior for a clause that opens with the from-word
// (辖区税收收入总额连续跨越三个台阶，从2006年的19.8亿元增至2011年的48.6亿元):
// the subject is the topic of the clause before, which names no figure.
// It returns the year the from-phrase names and the verb's byte length.
func fromToOpening(head, after string) (year, verbLen int, ok bool) {
	p, w, year, verbLen, ok := fromToParts(head, after)
	if !ok || len(p) != len(w) {
		return 0, 0, false
	}
	return year, verbLen, true
}

// fromToParts reads the from-phrase at the end of head (由, 从 and a year
// or 上年, and 的) and the to-verb and number at the start of after: p is
// head up to and with the from-word w.
func fromToParts(head, after string) (p, w string, year, verbLen int, ok bool) {
	p = strings.TrimRight(head, " ")
	p = strings.TrimSuffix(p, "的")
	if w := lastYearLex.suffix(p); w != "" {
		p = strings.TrimSuffix(p, w)
		year = -1
	} else if w := budgetStageLex.suffix(p); w != "" && fromLex.suffix(strings.TrimSuffix(p, w)) != "" {
		// 由年初的76138万元调整为89138万元: the budget the value changed
		// from names its stage.
		p = strings.TrimSuffix(p, w)
	} else if k := len(p) - len("2017年"); k >= 0 && strings.HasSuffix(p, "年") {
		if y, _, yes := yearPrior(p[k:]); yes {
			p, year = p[:k], y
		}
	}
	w = fromLex.suffix(p)
	if w == "" {
		return "", "", 0, 0, false
	}
	v := hasPrefixAny(after, toVerbs)
	if v == "" {
		return "", "", 0, 0, false
	}
	rest := after[len(v):]
	if q := hasPrefixAny(rest, approxPrefixes); q != "" {
		rest = rest[len(q):]
	}
	if !isDigitAt(rest, 0) {
		return "", "", 0, 0, false
	}
	return p, w, year, len(v), true
}

// fromYear is the rule for a year that opens the earlier value of a
// from-to statement (从2018年的55元提高至69元, 由2021年6.70张增加到…): a
// year right after 由 or 从 followed by 的 or a number is the prior's
// period, not the sentence's (从2018年起 stays a period). prev is the rune
// before the year's number, rest the text from its 年.
func fromYear(prev rune, rest string) bool {
	if prev != '由' && prev != '从' {
		return false
	}
	after := strings.TrimPrefix(rest, "年")
	after = strings.TrimPrefix(after, "末")
	return strings.HasPrefix(after, "的") || isDigitAt(after, 0)
}

// fromPeriod is the period a from-phrase names (由2018年的 → 2018年, 从上年
// 的 → 上年, 由原来的 → ""): phrase runs from the from-word to the number.
func fromPeriod(phrase string) string {
	p := strings.TrimRight(phrase, " ")
	p = strings.TrimSuffix(p, "的")
	if w := hasPrefixAny(p, fromWords); w != "" {
		p = p[len(w):]
	}
	if w := hasSuffixAny(p, []string{"上年", "去年", "上年末", "去年末"}); w != "" && w == p {
		return w
	}
	if _, verb, ok := yearPrior(p); ok && verb == "" {
		return p
	}
	return ""
}

// bracketedComparisonOf is bracketedComparison(head + p), without building
// head + p for a p whose text, spaces trimmed, ends in no opening bracket
// (then neither does head + p).
func bracketedComparisonOf(head, p string) (cmp string, year int, ok bool) {
	if q := strings.TrimRight(p, " "); q != "" && !strings.HasSuffix(q, "（") && !strings.HasSuffix(q, "(") {
		return "", 0, false
	}
	return bracketedComparison(head + p)
}

// bracketedComparison is the rule for a prior value in brackets right after
// the comparison it is the value of (较2022年7月（95.97%）, 比上年（95.1%）,
// 较2019年（6803件）): head is the clause's text before the number; it must
// be a comparison alone and an opening bracket. It returns the comparison
// as written and its year (0 when it names none: 比上年).
func bracketedComparison(head string) (cmp string, year int, ok bool) {
	h := strings.TrimRight(head, " ")
	if b, found := strings.CutSuffix(h, "（"); found {
		h = b
	} else if b, found := strings.CutSuffix(h, "("); found {
		h = b
	} else {
		return "", 0, false
	}
	h = strings.TrimRight(h, " ")
	if h == "" {
		return "", 0, false
	}
	if y := comparisonYear(h); y > 0 && comparisonYearStart(h) == 0 {
		return h, y, true
	}
	if c := comparisonSuffix(h); c == len(h) && !strings.ContainsAny(h, "0123456789") {
		return h, 0, true
	}
	return "", 0, false
}

// comparisonYear is the rule for a comparison naming a year, and perhaps a
// month of it, at the end of t (较2022年, 比2019年同期, 较2022年7月, 与2021年末):
// it returns the year, 0 if t ends in none.
func comparisonYear(t string) int {
	k := comparisonYearStart(t)
	if k < 0 {
		return 0
	}
	_, n := utf8.DecodeRuneInString(t[k:])
	y := 0
	for _, d := range t[k+n : k+n+4] {
		y = y*10 + int(d-'0')
	}
	return y
}

// comparisonYearStart is the byte offset in t of the 较, 比 or 与 of a
// comparison naming a year that ends t (see comparisonYear), -1 if none.
func comparisonYearStart(t string) int {
	u := t
	for _, w := range []string{"同期", "末", "底", "月"} {
		v, found := strings.CutSuffix(u, w)
		u = v
		if w == "月" && found {
			k := len(u)
			for k > 0 && u[k-1] >= '0' && u[k-1] <= '9' && len(u)-k < 2 {
				k--
			}
			if k == len(u) {
				return -1
			}
			u = u[:k]
		}
	}
	v, found := strings.CutSuffix(u, "年")
	if !found || len(v) < 4 {
		return -1
	}
	k := len(v) - 4
	for j := k; j < len(v); j++ {
		if v[j] < '0' || v[j] > '9' {
			return -1
		}
	}
	if k > 0 && v[k-1] >= '0' && v[k-1] <= '9' {
		return -1
	}
	if w := hasSuffixAny(v[:k], []string{"较", "比", "与"}); w != "" {
		return k - len(w)
	}
	return -1
}

// comparedPeriod is the period a comparison names (较2022年7月 → 2022年7月,
// 比上年 → ""): the period of the value compared with.
func comparedPeriod(cmp string) string {
	for _, w := range []string{"较", "比", "与"} {
		if rest, ok := strings.CutPrefix(cmp, w); ok && isDigitAt(rest, 0) {
			return rest
		}
	}
	return ""
}

// bracketYearBase is the rule for a change after a prior stated in
// brackets by its year (审结7982件（2019年6803件），增长17.3%): the change
// names no comparison and no subject of its own (between, its clause's text
// before the verb, is empty), and the prior is the sentence's last figure;
// its base is the prior's year (2019年), so the check compares the two.
// "" when the rule does not apply.
func bracketYearBase(st *sentenceState, between string) string {
	if st.yearBase == "" || len(st.figs) != st.yearBaseAt+1 || strings.Trim(between, " ，,）)") != "" {
		return ""
	}
	return st.yearBase
}

// bracketColonYearPrior is colonYearPrior(bracketHead(head + p)) without
// building head + p or scanning the whole sentence head for its last
// bracket for every number: the text after the last bracket is read back
// from the end, and a character no colon-year head holds (colonYearRune)
// met before any bracket ends the look with no prior, as colonYearPrior
// would then.
func bracketColonYearPrior(head, p string) (year int, ok bool) {
	for _, t := range [2]string{p, head} {
		for i := len(t); i > 0; {
			r, n := utf8.DecodeLastRuneInString(t[:i])
			if r == '(' || r == '（' {
				return colonYearPrior(bracketHead(head + p))
			}
			if !colonYearRune(r) {
				return 0, false
			}
			i -= n
		}
	}
	return colonYearPrior(bracketHead(head + p))
}

// colonYearRunes are the characters other than spaces a head
// colonYearPrior accepts can hold: a year's digits or numerals, 年, 度,
// the colon, 约 and the letters of currencyPrefixes.
var colonYearRunes = func() string {
	s := "0123456789〇零一二三四五六七八九年度:：约"
	for _, w := range currencyPrefixes {
		s += w
	}
	return s
}()

// colonYearRune reports a character a head colonYearPrior accepts may
// hold (colonYearRunes, or a space strings.TrimSpace trims).
func colonYearRune(r rune) bool {
	return colonYearSet.has(r) || unicode.IsSpace(r)
}

// colonYearSet is the set of colonYearRunes.
var colonYearSet = newRuneSet(colonYearRunes)
