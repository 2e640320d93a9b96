package extract

import (
	"math"
	"strings"
	"unicode/utf8"
)

// distributeWords end a clause whose names take the values listed after it in
// order: 分别 and 各为 (城镇、乡村消费品零售额各为320亿元和85亿元).
var distributeWords = []string{"分别为", "分别是", "分别达", "分别达到", "分别", "各为"}

// splitNames splits "A、B和C" into names.
func splitNames(s string) []string {
	sep := func(r rune) bool { return r == '、' || r == '和' || r == '及' || r == '与' }
	if strings.IndexFunc(s, sep) < 0 {
		// One name (most subjects): what FieldsFunc and the loop below
		// give, without splitting.
		if t := trimText(s); t != "" {
			return []string{t}
		}
		return []string{}
	}
	f := strings.FieldsFunc(s, sep)
	out := f[:0]
	for _, p := range f {
		if p = trimText(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// distribute hands "分别增长22.9%、20.1%" and "同比分别上升3.6%和3.1%" to
// the preceding figures in order: the changes are joined by 、 or by 和, 及,
// 与 and must have one unit.
//
// When the clause before 分别 names the subjects itself (第二、第三产业占
// 地区生产总值的比重分别回落2.16和1.66个百分点), each name gets its change as
// a figure stated only as a change; a name cut short before 、 takes the
// rest of the next one (第二 → 第二产业占地区生产总值的比重).
func (x *extractor) distribute(st *sentenceState, toks []token, i int, first *Change, m unitMatch, subjEnd int) int {
	consumed, _ := x.distributeList(st, toks, i, first, m, subjEnd, false)
	return consumed
}

// distributeListed is the rule for a list of changes written without 分别
// after the figures it is of (受理案件3772件，审执结3577件，同比上升6.8%和
// 4.2%; 收到判决75件117人，同比下降40%、53.94%): when the clause names no
// subject of its own and as many levels come before the list as it has
// changes, each takes its change in order, as with 分别. It reports false,
// having changed nothing, when the change is not followed by another of
// the list or the figures before do not match it; the change is then
// attached alone.
func (x *extractor) distributeListed(st *sentenceState, toks []token, i int, first *Change, m unitMatch, textStart int) (int, bool) {
	if !listedChangeFollows(x.s, toks, i, m) {
		return 0, false
	}
	if sa, sb := stripSubject(x.s, st.subjStart, textStart); sa < sb {
		return 0, false
	}
	return x.distributeList(st, toks, i, first, m, textStart, true)
}

// listedChangeFollows reports whether the change read at toks[i] (its unit
// ending at m.end) is followed at once by another number of a list: 、, 和,
// 及 or 与, or one of them and a verb of change (和上升5%).
func listedChangeFollows(s string, toks []token, i int, m unitMatch) bool {
	for k := i + 1; k < len(toks); k++ {
		if toks[k].kind == tokBreak && toks[k].r == '、' && toks[k].start == m.end {
			continue
		}
		nt := toks[k]
		if nt.kind != tokNum || nt.start < m.end {
			return false
		}
		gap := strings.Trim(s[m.end:nt.start], " \r\n\t") // 8%和 8.5%: a copy's spaces and wraps
		return gap == "、" || gap == "和" || gap == "及" || gap == "与" || gap == "、和" || mixedDirection(gap) != 0
	}
	return false
}

// distributeList is distribute; implicit is set for a list written without
// 分别 (distributeListed): it then hands the changes only to the figures
// before them, and reports false, having changed nothing, when they do not
// match the list.
func (x *extractor) distributeList(st *sentenceState, toks []token, i int, first *Change, m unitMatch, subjEnd int, implicit bool) (int, bool) {
	s := x.s
	changes := []*Change{first}
	consumed := 0
	lastQual := m.qual // a qualifier after the last change (5%和7.5%左右) is the list's
	prevEnd := m.end
	for k := i + 1; k < len(toks); k++ {
		if toks[k].kind == tokBreak && toks[k].r == '、' && toks[k].start == prevEnd {
			continue
		}
		if toks[k].kind == tokBreak && (toks[k].r == ',' || toks[k].r == '，') && toks[k].start == prevEnd && !implicit {
			continue // 分别上升4.59%,99.03%: commaListed
		}
		nt := toks[k]
		if nt.kind != tokNum || nt.parts > 1 || nt.start < prevEnd {
			break
		}
		gap := strings.Trim(s[prevEnd:nt.start], " \r\n\t") // 分别增长 8%和 8.5%, 5.1%\n和15.3%
		dir := mixedDirection(gap)
		minus := false
		if w := hasSuffixAny(gap, []string{"-", "－", "−", "负"}); w != "" && dir == 0 {
			gap, minus = gap[:len(gap)-len(w)], true // 分别增长5%、8%和-3%
		}
		um := readUnit(s[:st.b], nt.end)
		if gap != "、" && gap != "和" && gap != "及" && gap != "与" && gap != "、和" && dir == 0 && !(commaListed(gap, implicit) && um.unit == m.unit) {
			break
		}
		kind, ok := distributedKind(first, m, um)
		if !ok {
			break
		}
		c := &Change{Kind: kind, Decimals: nt.num.decimals, Text: s[nt.start:um.end], Number: s[nt.start:nt.end], Unit: um.unit,
			verb: first.verb, base: first.base}
		down := first.Value < 0 || first.Value == 0 && math.Signbit(first.Value)
		if dir != 0 {
			down = dir < 0 // 分别下降3%和上升5%
		}
		switch {
		case kind == Multiple && first.Kind == Multiple:
			// Same reading as the first: 分别增长2倍、3倍 → 3, 4.
			c.Value = nt.num.value + (first.Value - toks[i].num.value)
		case kind == Multiple:
			if down || first.verb == "" {
				return consumed, !implicit // 下降2倍, or a 是…的 form the first does not share
			}
			c.Value = nt.num.value + 1 // 上升72.6%和1.5倍: grew by 1.5 times
		case down:
			c.Value = -nt.num.value
		default:
			c.Value = nt.num.value
		}
		if minus {
			c.Value = -c.Value
			c.Number = "-" + c.Number
		}
		changes = append(changes, c)
		consumed = k - i
		prevEnd = um.end
		lastQual = um.qual
	}
	if implicit && len(changes) < 2 {
		return 0, false
	}
	if !implicit {
		if names := x.namedSubjectsFor(st, subjEnd, len(changes), prevEnd); len(names) >= 2 && len(names) == len(changes) {
			if targets := x.measureTargets(st, names); targets != nil {
				// 18件20人…件数和人数分别同比下降47.06%、56.52%
				for j, c := range changes {
					x.figs[targets[j]].addChange(*c)
				}
				return consumed, true
			}
		}
	}
	if names := x.namedSubjectsFor(st, subjEnd, len(changes), prevEnd); !implicit && len(names) >= 2 && len(names) == len(changes) {
		for j, c := range changes {
			if c.Kind == Abs {
				x.pushAbsOnly(st, names[j], c, subjEnd)
				continue
			}
			x.pushChangeOnly(st, names[j], c, subjEnd, "")
		}
		return consumed, true
	}
	var targets []int
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback && len(targets) < len(changes); k-- {
		f := &x.figs[st.figs[k]]
		if !f.Prior && !f.Missing && f.ChangeOf == "" && f.Terms == 0 && !f.hasChangeKind(first.Kind) && !bracketedNote(x.s, f.Span[0], f.Span[1]) {
			// 新收5935件（不含旧存451件），办结6021件，同比上升12.72%和25.07%:
			// the note in brackets is no figure of the list.
			targets = append(targets, st.figs[k])
		}
	}
	if len(targets) == len(changes) {
		for j, c := range changes {
			x.figs[targets[len(targets)-1-j]].addChange(*c)
		}
		x.distributedAbsFigures(st, targets, changes, subjEnd, prevEnd, m)
		return consumed, true
	}
	if implicit {
		return 0, false
	}
	if name := x.singleSubject(st, subjEnd); name != "" && len(changes) >= 2 {
		// 城乡居民人均可支配收入分别增长5%和7.5%左右: one name for the parts
		// of a whole the text does not name (城镇, 农村): a figure stated
		// only as a change for each, all with the list's qualifier.
		for _, c := range changes {
			x.pushChangeOnly(st, name, c, subjEnd, lastQual)
		}
	}
	return consumed, true
}

// singleSubject is the one subject a clause names before 分别 when the
// figures before it cannot take the changes listed after it, "" when the
// clause names none.
func (x *extractor) singleSubject(st *sentenceState, end int) string {
	if end <= st.subjStart {
		return ""
	}
	sa, sb := stripSubject(x.s, st.subjStart, end)
	if sa >= sb || isQualifierOnly(x.s[sa:sb]) {
		return ""
	}
	return x.s[sa:sb]
}

// distributedKind is the rule for the kind of a change listed after the
// first of 分别 (分别增长22.9%、20.1%; 分别上升1.5倍、3.3倍和72.6%): the same
// unit as the first gives the same kind; a percent and a multiple may mix
// (a growth is written in 倍 when it is large), each taking its own kind.
// Other mixes end the list.
func distributedKind(first *Change, m, um unitMatch) (string, bool) {
	if um.kind == m.kind && um.unit == m.unit {
		return first.Kind, true
	}
	switch {
	case m.kind == unitMultiple && um.kind == unitPercent && um.unit == "%" && first.Kind == Multiple:
		return GrowthPct, true
	case m.kind == unitPercent && m.unit == "%" && first.Kind == GrowthPct && um.kind == unitMultiple:
		return Multiple, true
	}
	return "", false
}

// namedSubjects returns the subjects a clause names before 分别 when it
// names several (A、B和C), nil otherwise. A name of an ordinal or one or two
// characters takes the rest of the next name after its own first as many
// characters (第二、第三产业的比重 → 第二产业的比重, 第三产业的比重).
func (x *extractor) namedSubjects(st *sentenceState, end int) []string {
	if end <= st.subjStart {
		return nil
	}
	// Not stripSubject: 第二、 would read as a list marker.
	sa, sb := trimSubjectPunct(x.s, st.subjStart, end)
	if sa >= sb {
		return nil
	}
	sa += partsMarkLen(x.s[sa:sb])
	parts := splitNames(x.s[sa:sb])
	if len(parts) < 2 {
		return nil
	}
	return completeCoordinated(parts)
}

// mixedDirection is the rule for distributed changes of opposite
// directions (刑事案件、民事案件分别下降3%和上升5%): a gap of 和, 、, 及 or 与
// and a verb of change gives that verb's direction, +1 or -1; 0 for any
// other gap.
func mixedDirection(gap string) int {
	w := hasPrefixAny(gap, []string{"和", "、", "及", "与"})
	if w == "" {
		return 0
	}
	switch gap[len(w):] {
	case "上升", "增长", "提高", "增加", "上涨":
		return 1
	case "下降", "减少", "降低", "回落", "下滑":
		return -1
	}
	return 0
}

// commaListed is the rule for a list of changes after 分别 that a comma
// separates (同比分别上升4.59%,99.03%): a gap of only a comma continues an
// explicit list when the next number bears the first one's unit; the
// caller checks the unit. A list without 分别 (implicit) never runs on
// over a comma: the number after it may be a figure of its own.
func commaListed(gap string, implicit bool) bool {
	return !implicit && (gap == "," || gap == "，")
}

// partsMarkLen is the rule for a list of names that opens with the mark of
// parts (其中采矿业、制造业分别增长4.9%、2.1%): 其中 says the names are parts
// of the figure before, and is no word of the first name. It returns the
// byte length of the mark and a comma after it, 0 when t opens with none
// or nothing would remain.
func partsMarkLen(t string) int {
	if !strings.HasPrefix(t, "其中") {
		return 0
	}
	n := len("其中")
	if r, size := utf8.DecodeRuneInString(t[n:]); r == '，' || r == ',' || r == ':' || r == '：' {
		n += size
	}
	if n >= len(t) {
		return 0
	}
	return n
}

// signedListItem is the rule for a negative value inside a list of values
// (贡献率分别为38.7%、-4.3%和65.6%; 增速依次为2.1%、-0.8%): a minus sign right
// after the list's 、 that follows a value (a digit, %, or a unit) is the
// sign of the listed value, as it is right after an ideograph. numStart is
// the start of the sign.
func signedListItem(s string, numStart int) bool {
	r, w := runeBefore(s, numStart)
	if r != '、' {
		return false
	}
	pp, _ := runeBefore(s, numStart-w)
	return pp == '%' || pp == '‰' || (pp >= '0' && pp <= '9') || isHan(pp)
}

// listedContribution is the rule for contributions listed after the first
// (三次产业分别拉动经济增长1.2、1.3和5.8个百分点; 拉动增长0.8个百分点、1.5个百分点):
// a value in percentage points listed with 、, 和, 及 or 与 right after a
// contribution figure (no change of its own) is a contribution too, though
// its clause, opened at the 、, no longer writes 拉动 or 贡献.
func (x *extractor) listedContribution(st *sentenceState, numStart int, unit string) bool {
	k := x.listedAfter(st, numStart, unit)
	if k < 0 {
		return false
	}
	f := &x.figs[k]
	return len(f.Changes) == 0 && isContribution(f.Indicator)
}

// sharedChange is the rule for one change stated of several names with 均
// (一产、三产占比均提高0.1个百分点; 城镇、农村居民收入均增长6%): 均 says each
// name changed by the change written once, so each name coordinated before
// 均 gets a figure stated only as that change. It reports false, having
// changed nothing, when the clause does not end in 均 before the change,
// names fewer than two subjects, or the change starts a list of changes.
func (x *extractor) sharedChange(st *sentenceState, toks []token, i int, ch *Change, m unitMatch, textStart int) bool {
	pre := x.s[st.subjStart:textStart]
	if !strings.HasSuffix(pre, "均") || listedChangeFollows(x.s, toks, i, m) {
		return false
	}
	end := textStart - len("均")
	names := x.namedSubjects(st, end)
	if len(names) < 2 {
		return false
	}
	for _, name := range names {
		if ch.Kind == Abs {
			x.pushAbsOnly(st, name, ch, end)
			continue
		}
		x.pushChangeOnly(st, name, ch, end, "")
	}
	return true
}

// pushChangeOnly adds to the sentence a figure named name stated only by
// its change c (a growth, a pp change: unit % for pp), spanning the
// clause's subject up to subjEnd, with qualifier qual when not "".
// Callers that read an absolute change as a figure of its own push it
// with pushAbsOnly instead.
func (x *extractor) pushChangeOnly(st *sentenceState, name string, c *Change, subjEnd int, qual string) {
	f := Figure{Indicator: name, Section: x.section, Missing: true, Period: st.period, Year: x.year,
		Sentence: x.s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{st.subjStart, subjEnd}, Source: x.source()}
	if c.Kind == PP {
		f.Unit = "%"
	}
	if st.periodYear > 0 {
		f.Year = st.periodYear
	}
	if qual != "" {
		f.Flags |= Approx
		f.Qualifier = qual
	}
	f.addChange(*c)
	x.push(f)
	st.figs = append(st.figs, len(x.figs)-1)
}

// repeatedList is the rule for a 分别 list stated again for another period
// or part after a comma (收案、结案分别为600件、570件，630件、590件): a clause
// that opens with as many values in the unit of the list as the list had
// names, right after the list's last figure, takes the names again in
// order. nil when the form does not hold.
func (x *extractor) repeatedList(st *sentenceState, pre string, toks []token, i int, m unitMatch) []string {
	n := len(st.distributed)
	if n < 2 || len(st.pending) > 0 || trimText(pre) != "" || len(st.figs) == 0 {
		return nil
	}
	last := &x.figs[st.figs[len(st.figs)-1]]
	if last.Indicator != st.distributed[n-1] || last.Unit != m.unit || last.Prior || last.Missing {
		return nil
	}
	gap := strings.TrimSpace(x.s[last.Span[1]:toks[i].start])
	if gap != "，" && gap != "," && gap != "；" && gap != ";" {
		return nil
	}
	if listedValues(x.s[:st.b], toks, i, m) != n {
		return nil
	}
	return st.distributed
}

// distributedAbsFigures is the rule for absolute changes distributed over
// the levels before them (受理案件300件，审结280件，同比分别增加20件和10件): each
// is a figure of its own, as an absolute change stated for one level is
// (absChangeFigure), named by its level and verb (受理案件同比增加). targets
// are the levels, last first, as distributeList found them; a of the list
// to b.
func (x *extractor) distributedAbsFigures(st *sentenceState, targets []int, changes []*Change, a, b int, m unitMatch) {
	if changes[0].Kind != Abs {
		return
	}
	for j, c := range changes {
		if c.Kind != Abs {
			continue
		}
		um := m
		um.end = b
		if c.Unit != "" {
			um.unit = c.Unit
		}
		x.absChangeFigure(st, targets[len(targets)-1-j], c, a, um)
	}
}
