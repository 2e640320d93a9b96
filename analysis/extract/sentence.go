package extract

import (
	"strings"
)

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
	// fill queues the figures stated only as changes that the levels of a
	// later 分别 clause belong to (A和B分别增长5%和7%，分别达到x和y).
	fill []int
	// distributed are the names of the sentence's last 分别 list (小学学校,
	// 初中学校), for a later 分别 clause that names one measure of them.
	distributed []string
	// bracketBase is the comparison a bracketed prior was stated after
	// (较2022年7月（95.97%）), ending at bracketBaseEnd: the base of the
	// change that follows the bracket (提高0.83个百分点).
	bracketBase    string
	bracketBaseEnd int
	// yearBase is the year of a prior stated in brackets by its year
	// (审结7982件（2019年6803件）), the base of a change after the bracket
	// that names none (，增长17.3%); yearBaseAt is the prior's place in figs.
	yearBase   string
	yearBaseAt int
	// slashOpen are the figures of a slash restatement still without
	// their change (slashrestated.go).
	slashOpen []int
	// seriesSubject is the quantity of the last slash series read
	// (slashseries.go): a series after it with no words of its own is of it.
	seriesSubject string
	// series is the quantity the sentence announces a series of data for,
	// ending at seriesEnd, once seriesRead (seriestopic.go).
	series     string
	seriesEnd  int
	seriesRead bool
	// caseTopic is the topic the sentence's bare verb–count clauses carry
	// (topiccarry.go).
	caseTopic caseTopic
	// caseWords is 0 until mayNarrateCase has looked at the sentence, then
	// 1 when it holds none of the words of a case narrative, 2 when it does.
	caseWords int8
}

// mayNarrateCase reports whether the sentence s[st.a:st.b] holds a word
// caseNarrative looks for (某 after a surname, or a role of
// casePartyCount): when it holds none, caseNarrative is false for every
// part of it, and the words are looked for once a sentence, not once a
// number.
func (st *sentenceState) mayNarrateCase(s string) bool {
	if st.caseWords == 0 {
		st.caseWords = 1
		t := s[st.a:st.b]
		if containsWord(t, "某") || containsWord(t, "被告人") || containsWord(t, "犯罪嫌疑人") || containsWord(t, "被害人") {
			st.caseWords = 2
		}
	}
	return st.caseWords == 2
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
	markParens(x.s, a, b, toks)
	if x.numbersHeadline(a, b, toks) {
		return
	}
	x.st = sentenceState{a: a, b: b, clauseStart: a, subjStart: a, prevClause: [2]int{-1, -1}, figs: x.st.figs[:0]}
	st := &x.st
	x.startClause(st)
	parenFrom := -1 // len(x.figs) when a bracket after a figure opened
	var outer bracketOuter
	inParen := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.inParen != inParen {
			// 审结7982件(2019年6803件)，结案率95.3%: the bracket's year is its
			// prior's, not the sentence's.
			if t.inParen {
				outer = x.openBracket(st)
			} else {
				x.closeBracket(st, outer)
			}
			inParen = t.inParen
		}
		if t.inParen && parenFrom < 0 && len(st.figs) > 0 {
			parenFrom = len(x.figs)
		} else if !t.inParen && parenFrom >= 0 {
			// 审结民商事案件4822件(含再审1件)，与去年持平: the changes after
			// the bracket are the figure's before it.
			for k := parenFrom; k < len(x.figs); k++ {
				x.figs[k].noChange = true
			}
			parenFrom = -1
		}
		switch t.kind {
		case tokBreak:
			x.brk(st, t)
		case tokWord:
			x.word(st, t)
		case tokNum:
			if n, ok := x.slashSeries(st, toks, i); ok {
				i += n // 其中Q1-Q3为-253/27/11亿元 (slashseries.go)
				continue
			}
			if n, ok := x.bracketedSignedChange(st, toks, i); ok {
				i += n // 毛利率20.5%(+1.2pct): the figure's change (companyprose.go)
				continue
			}
			i += x.num(st, toks, i)
		}
	}
	if len(st.figs) > 0 {
		x.lastLine = st.figs[len(st.figs)-1] + 1
	}
}

// bracketOuter is the period a sentence had before a bracket opened, and
// how many figures it had read.
type bracketOuter struct {
	period     string
	periodYear int
	periodEnd  int
	figs       int
}

func (x *extractor) openBracket(st *sentenceState) bracketOuter {
	return bracketOuter{period: st.period, periodYear: st.periodYear, periodEnd: st.periodEnd, figs: len(x.figs)}
}

// closeBracket is the rule for a period named inside a bracket that holds
// a figure (审结7982件（2019年6803件）, 较上年（2022年为95.1%）): the period is
// that figure's, so the sentence's period before the bracket holds again
// after it. A bracket without a figure (（2023年）) keeps its period.
func (x *extractor) closeBracket(st *sentenceState, o bracketOuter) {
	if len(x.figs) == o.figs {
		return
	}
	st.period, st.periodYear = o.period, o.periodYear
	st.periodEnd = o.periodEnd
}

// brk handles a clause break. 、 only breaks a clause that already has a
// figure (行政、民事案件 is one subject; 自助机35台、增强型自助机4台 two).
func (x *extractor) brk(st *sentenceState, t token) {
	if t.r == '、' && st.clauseFigs == 0 {
		return
	}
	if st.clauseFigs == 0 {
		st.prevClause = [2]int{st.clauseStart, t.start}
		x.earlyCrimeTopic(st)
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
	if w := periodLex.prefix(x.s[a:st.b]); w != "" {
		st.period = w
		st.periodYear = 0
		st.periodEnd = a + len(w)
	} else if w := fullPeriodWord(x.s[a:st.b]); w != "" && st.periodYear == 0 {
		// 年末生猪存栏45.2万头；全年生猪出栏72.6万头: the whole year again.
		st.period = ""
		st.periodEnd = a + len(w)
	}
	if !strings.HasPrefix(x.s[a:st.b], "其中") {
		return
	}
	for k := len(st.figs) - 1; k >= 0; k-- {
		if f := &x.figs[st.figs[k]]; !f.Prior && !f.Missing && f.ChangeOf == "" && !isShareFigure(f) && f.Unit != "%" && !bracketedNote(x.s, f.Span[0], f.Span[1]) {
			// 受理各类案件3881件（含执行1568件，…），其中: the parts are of the
			// level, not of the note in brackets after it.
			st.childOf = st.figs[k] + 1
			return
		}
	}
	if len(st.figs) == 0 && x.lastLine > 0 {
		// 常住人口530.2万人，比上年末增加3.1万人。其中，城镇常住人口…: the
		// parent is the level, not its change or share.
		st.childOf = x.lastLine
		for k := x.lastLine - 1; k >= 0 && k >= x.lastLine-maxLookback; k-- {
			f := &x.figs[k]
			if f.Sentence != x.figs[x.lastLine-1].Sentence {
				break
			}
			if !f.Prior && !f.Missing && f.ChangeOf == "" && !isShareFigure(f) {
				st.childOf = k + 1
				break
			}
		}
	}
}

// fullPeriodWord is the word of the whole year that opens a clause (全年,
// 全年度, 本年度): the clause's figures are of the whole year, no period of
// a part of it named before holds. "" when the clause opens otherwise.
func fullPeriodWord(clause string) string {
	return hasPrefixAny(clause, []string{"全年度", "全年", "本年度"})
}

// listedNumberNext reports a line that goes on with the last of a list of
// numbers (和15.3%, 及2.1万元, 、9.3%): after a line that ends in a number,
// the copy wrapped the sentence inside the list.
func listedNumberNext(next string) bool {
	for _, w := range []string{"和", "及", "与", "、"} {
		if rest, ok := strings.CutPrefix(next, w); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
	}
	return false
}
