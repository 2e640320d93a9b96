package extract

import (
	"strings"
	"unicode/utf8"
)

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
	if t.start > 0 && isASCIILetter(s[t.start-1]) && !ratioAcronymBefore(s, t.start) && !statAcronymBefore(s, t.start) || t.end < len(s) && isASCIILetter(s[t.end]) && !strings.HasPrefix(s[t.end:], "km") {
		return 0
	}
	if prev == '-' && t.start >= 2 && isASCIILetter(s[t.start-2]) {
		return 0
	}
	var hi *number     // the upper end of a range
	var per *unitMatch // a rate per 10万 (9.8/10万)
	frac := false      // a fraction in digits (1/4左右)
	if t.parts > 1 {
		if isRatioChain(s, st, t) || isRatioColon(t.sep) && !t.num.leadZero && !t.last.leadZero && (x.ratioTopic(st, s[st.clauseStart:t.start]) != "" || x.priorRatioTopic(st, s[st.clauseStart:t.start], t.parts) != "") {
			return x.ratio(st, t)
		}
		if pm, ok := perBaseUnit(s[:st.b], t); ok {
			per = &pm
		} else if v, ok := fractionChain(s[st.clauseStart:t.start], s[t.end:st.b], t); ok {
			frac, n.value = true, v // 1/4左右
		} else if h, ok := rangeChain(s[:st.b], t); ok {
			hi = &h
		} else {
			return x.chain(st, t)
		}
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
			if fromYear(prev, rest) {
				return 0 // 从2018年的55元: the year of the prior, read with it
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
		if comparisonYear(s[st.clauseStart:t.start]) > 0 {
			return 0 // 较2022年7月: the date compared with, read with the prior value
		}
		if n.value <= 4 || strings.HasPrefix(rest, "月") {
			x.setPeriod(st, t.start, t.end, 0)
			return 0
		}
	}
	var m unitMatch
	if per != nil {
		m = *per
	} else if frac || t.share {
		m = shareMatch(s[:st.b], t.end, t.shareUnit)
	} else if tm, ok := tenthsUnit(s[:st.b], t.end, n.value, n.decimals); ok {
		m = tm // 四成, 近七成
	} else if strings.HasPrefix(rest, "日") || strings.HasPrefix(rest, "号") {
		if !dayIsDuration(s[st.clauseStart:t.start], rest) && !decimalDays(n) {
			return 0
		}
		m = unitMatch{unit: "日", base: "日", kind: unitQuantity, end: t.end + len("日")}
	} else {
		m = readUnit(s[:st.b], t.end)
		if m.kind == unitNone {
			m = spacedUnit(s[:st.b], t.start, t.end)
		}
		if m.kind == unitNone {
			m = sharedUnit(s[:st.b], toks, i)
		}
		if m.kind == unitNone {
			m = listCommaUnit(s[:st.b], toks, i)
		}
	}
	if m.kind == unitNone && !n.chinese && (bareMeasure(s[st.subjStart:t.start]) || x.listedBare(st, t.start)) {
		m = unitMatch{kind: unitBare, end: t.end} // 居民消费价格指数为102.0
	}
	if m.kind == unitNone {
		if t.parts == 1 && !n.chinese {
			x.changeColumnRow(st, t) // 化学纤维 269万吨 13.3 under 比上年增长%
		}
		return 0
	}
	shareForm := frac || t.share || m.kind == unitShare || m.kind == unitBare
	if shareForm && isVotingThreshold(s[m.end:st.b]) {
		return 0 // 三分之二以上多数通过: a condition
	}
	if n.chinese && !shareForm && m.kind != unitMultiple { // 增长一倍 is read as a change
		if n.value < 2 || m.kind != unitQuantity {
			return 0
		}
		// At the end of a clause (召开会议两次) or as a count the rule
		// reads (共有两千余名志愿者); 四次全会 and 三项制度 are names.
		after := s[m.end:st.b]
		if m.unit == "次" && sessionOrdinal(s[st.clauseStart:t.start]) {
			return 0 // 市委六届二次、三次、四次全会: sessions, names
		}
		r, _ := utf8.DecodeRuneInString(after)
		if after != "" && !breakRune(r) && !chineseCount(s[st.clauseStart:t.start], s[t.start:t.end], after, n.value, m) {
			return 0
		}
	}
	if perBase(s[st.clauseStart:t.start]) {
		return 0 // 每10万人口: the base of a rate
	}
	if rankPosition(s[st.clauseStart:t.start], s[t.end:st.b], m) || serviceHours(s[st.clauseStart:t.start], s[t.end:st.b], n.value, m) {
		return 0 // 居全省前3位, 提升1个位次, 24小时自助服务区
	}
	if demonstrativeCount(s[st.clauseStart:t.start]) || rankedPeriods(s[t.end:st.b], m) || consecutivePeriods(s[st.clauseStart:t.start], m) {
		return 0 // 这128件案件的标的额, 增速6个季度位居全市第一
	}
	if w := leadingMonthsSpan(s[st.clauseStart:t.start], s[t.end:st.b], m); w > 0 {
		x.monthsSpanPeriod(st, t.start-w, t.end+len("个月"))
		return 0 // 今年首9個月股東應佔盈利: the span the figures are of
	}
	if m.kind == unitQuantity && passedMilestone(s[st.clauseStart:t.start], s[m.end:st.b]) {
		return 0 // 跨越5000亿元，达5600亿元: the mark passed, not the level
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
	} else if prev == '负' && hi == nil {
		// 负8.6%, 增长负0.5%: 负 is the sign.
		neg = true
		numStart -= len("负")
	}
	approx := m.approx
	lead := numStart
	qual := ""
	if st.subjStart <= lead {
		lead -= currencyBefore(s[st.subjStart:lead]) // 约为人民币3,420.1百万元
		if w := approxPrefixLex.suffix(s[st.subjStart:lead]); w != "" {
			approx = true
			lead -= len(w)
			qual = qualifierWord(w)
		}
	}
	qual = oneQualifier(qual, m.qual) // 大约12万多名: 大约
	numText := s[t.start:t.end]
	if per != nil {
		numText = s[n.start:n.end]
	}
	if hi == nil && !changeThenLevel(s[st.clauseStart:t.start], m) {
		if h, hm, ok := rangeTail(s[:st.b], toks, i, m); ok {
			hi, m = &h, hm
			numText = s[t.start:t.end] + "-" + s[h.start:h.end]
			toks[i+1].kind = tokSkip // the upper end is read
		}
	}
	for k := i + 1; k < len(toks) && toks[k].start < m.end; k++ {
		toks[k].kind = tokSkip // a number inside the unit (人/10万) is read
	}
	contribution := m.kind == unitPP && (isContribution(s[st.clauseStart:lead]) || x.listedContribution(st, numStart, m.unit))
	if lead < st.subjStart {
		lead = st.subjStart
	}
	pre := s[st.subjStart:lead]

	if growthCondition(s[m.end:st.b], m) {
		return 0 // 增长超过20%的企业45家: the growth bounds what is counted
	}
	if st.lastInCl > 0 && countedThreshold(x.figs[st.lastInCl-1].Unit, s[st.clauseStart:numStart], s[m.end:st.b], m) {
		return 0 // 8个市县投资增速超过50%: the growth bounds what is counted
	}
	if shareForm {
		if _, _, ok := x.readChange(st, pre, lead, n, neg, m); ok {
			return 0 // 提高了三成: no change we read
		}
	}
	// A change?
	if ch, textStart, ok := x.readChange(st, pre, lead, n, neg, m); ok && hi == nil && !contribution {
		consumed := 0
		if strings.HasSuffix(s[st.subjStart:textStart], "分别") {
			consumed = x.distribute(st, toks, i, ch, m, textStart-len("分别"))
			st.subjStart = toks[i+consumed].end
			st.clauseFigs++
			return consumed
		}
		if x.sharedChange(st, toks, i, ch, m, textStart) {
			st.subjStart = m.end // 一产、三产占比均提高0.1个百分点
			st.clauseFigs++
			return 0
		}
		if x.namesEachChange(st, toks, i, m, textStart) {
			// 食品、衣着类上涨3.1%、1.2%: each name its change, as after 分别.
			consumed = x.distribute(st, toks, i, ch, m, textStart)
			st.subjStart = toks[i+consumed].end
			st.clauseFigs++
			return consumed
		}
		if c, ok := x.distributeListed(st, toks, i, ch, m, textStart); ok {
			st.subjStart = toks[i+c].end
			st.clauseFigs++
			return c
		}
		if k := attachTarget(x.figs, st.figs); k >= 0 && (strings.HasPrefix(s[m.end:st.b], "转") || strings.HasPrefix(s[m.end:st.b], "轉")) {
			if period, turn, ok := earlierPeriodPhrase(s[st.clauseStart:textStart], s[m.end:st.b]); ok {
				// 由一季度的下降25.3%转为与上年持平: the quarter's change.
				x.earlierChange(st, k, ch, period, textStart, m.end)
				st.subjStart = m.end + turn
				st.clauseFigs++
				return 0
			}
		}
		if approx {
			m.qual = qual // 增长4%左右, 增长约5%: the qualifier of a change stated alone
		}
		x.attach(st, ch, textStart, lead, m, approx)
		st.subjStart = m.end
		st.clauseFigs++
		return 0
	}
	if (m.kind == unitPP || m.kind == unitMultiple) && !contribution && !(m.kind == unitMultiple && bodyMultiple(strings.TrimRight(pre, " "))) {
		return 0
	}
	if m.unit == "分" && (prev == '时' || prev == '点') {
		return 0 // 9时30分 is a time
	}
	if ageBand(s[:st.b], t.end, m) || ageCondition(s[st.clauseStart:numStart], m) || ageGroup(s[m.end:st.b], m) {
		return 0 // 65岁及以上老年人, 不满16岁的, 0—14岁人口: part of a name
	}
	if st.mayNarrateCase(s) && caseNarrative(s[st.a:numStart]) && !caseCountClause(s[st.clauseStart:numStart], m.unit) {
		return 0 // 金某分得76485元, 向李某朋约购甲基苯丙胺100克: a case's facts
	}
	className, classLen := "", 0
	if classCount(s[m.end:st.b], m) {
		// 41个大类行业中, 在工业19个大类中: the classification's count.
		className, classLen = classCountName(s[st.clauseStart:numStart], s[m.end:st.b])
	}
	if rankField(s[m.end:st.b], m) || convertedBasis(s[st.clauseStart:numStart], s[m.end:st.b], m) || thresholdBand(s[m.end:st.b], m) || sharedThreshold(s[m.end:st.b], m) || surpassThreshold(s[st.clauseStart:numStart], s[m.end:st.b], m) || documentParts(s[st.a:numStart], s[m.end:st.b], m) {
		return 0 // 41个大类行业中, 在全省21个地级以上市中居第7位, 化肥(折100%), 3000万元以上工业项目
	}
	if neg {
		// 净利润-120万元: a negative figure only right after an ideograph.
		pp, _ := runeBefore(s, numStart)
		if !isHan(pp) && !signedListItem(s, numStart) {
			return 0
		}
	}
	// The value a figure changed from: 由20日压减至5日.
	from, py, vl, ok := fromToPrior(s[st.clauseStart:lead], s[m.end:st.b])
	topicA, topicB := 0, 0
	if !ok && m.kind != unitShare && st.prevClause[0] >= 0 && (len(st.figs) == 0 || afterSemicolon(s, st.prevClause[0])) {
		if y, v, yes := fromToOpening(s[st.clauseStart:lead], s[m.end:st.b]); yes {
			// 财政一般预算收入实现翻倍增长，从2006年的8.8亿元增至2011年的
			// 20.2亿元: the topic of the clause before names the prior.
			if pa, pb := stripSubject(s, st.prevClause[0], st.prevClause[1]); pa < pb && !isPeriodText(s[pa:pb]) {
				t := dropMilestone(clauseTopic(s[pa:pb]))
				topicA, topicB = pa, pa+len(t)
				py, vl, ok = y, v, true
			}
		}
	}
	if ok && m.kind != unitShare {
		start := st.clauseStart
		if st.periodEnd > start && st.periodEnd <= st.clauseStart+from {
			start = st.periodEnd // 2023年全市人口由…
		}
		sa, sb := stripSubject(s, start, st.clauseStart+from)
		if topicB > topicA {
			sa, sb = topicA, topicB
		}
		if sa < sb {
			period := fromPeriod(s[st.clauseStart+from : lead])
			if py == -1 && x.year > 0 {
				py = x.year - 1 // 由上年的
			}
			f := Figure{Indicator: s[sa:sb], Section: x.section, Value: n.value, Unit: m.unit, Period: period, Year: max(py, 0), Prior: true,
				Sentence: s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{sa, m.end}, Number: numText, Source: x.source()}
			if neg {
				f.Value, f.Number = -f.Value, "-"+numText
			}
			if approx {
				f.Flags |= Approx
				f.Qualifier = qual
			}
			x.pushInSentence(st, f, m.end+vl)
			return 0
		}
	}
	// A prior value stated inline?
	ref, py, ok := x.readPrior(st, pre, m.unit)
	pairPeriod, paired := "", false
	if !ok {
		ref, py, pairPeriod, paired = x.pairedPrior(st, pre, lead, m.unit)
		ok = paired
	}
	if ok {
		rf := x.figs[ref]
		period := rf.Period
		if paired {
			period = pairPeriod // 去年同期为30件42人: the 人 as the 件
		} else if pp := priorPeriod(pre); pp != "" {
			period = pp // 比去年90.78万件: the prior is last year's
		} else if yp := yearPriorPeriod(x.clauseHead(st, pre)); yp != "" {
			period = yp // 2022年为1100件: the year named before the prior
		}
		if st.bracketBaseEnd == lead-len("（") || st.bracketBaseEnd == lead-len("(") {
			period = comparedPeriod(st.bracketBase) // 较2022年7月（95.97%）
		}
		f := Figure{Indicator: rf.Indicator, Section: rf.Section, Value: n.value, Unit: m.unit, Period: period,
			Year: py, Parent: rf.Parent, parent: rf.parent, Prior: true,
			Sentence: s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{st.subjStart, m.end}}
		if approx {
			f.Flags |= Approx
			f.Qualifier = qual
		}
		f.Number = numText
		if neg {
			f.Value, f.Number = -f.Value, "-"+numText // 上年同期为-5614.76万元
		}
		f.Source = x.source()
		f.Span[0], _ = trimSpace(s, f.Span[0], f.Span[1])
		x.push(f)
		st.figs = append(st.figs, len(x.figs)-1)
		st.subjStart = m.end
		st.clauseFigs++
		return 0
	}
	// A share of the figure just before it: 完成年初预算数60999万元的40.4%.
	if m.unit == "%" && st.lastInCl > 0 {
		if name, ok := x.shareOfPrevious(st, lead); ok {
			f := Figure{Indicator: name, Section: x.section, Value: n.value, Unit: m.unit, Period: st.period, Year: x.year,
				Sentence: s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{x.figs[st.lastInCl-1].Span[0], m.end},
				Number: numText, Source: x.source(), noChange: true}
			if st.periodYear > 0 {
				f.Year = st.periodYear
			}
			if approx {
				f.Flags |= Approx
				f.Qualifier = qual
			}
			x.figs[st.lastInCl-1].noChange = true
			x.pushInSentence(st, f, m.end)
			return 0
		}
	}
	if k := x.restatedChange(st, numStart, m.unit); k >= 0 {
		// 比上年增产6.2万吨（1.2亿斤）: the same change in another unit.
		x.restatedChangeFigure(st, k, n.value, numText, m, approx, qual, numStart)
		return 0
	}
	// A figure: find its subject.
	sa, sb := stripSubject(s, st.subjStart, lead)
	rawSubject := s[sa:sb]
	carried := false
	rawPre := strings.TrimRight(pre, " ")
	spanEnd := m.end
	usePost := false
	name := dropSharePronoun(dropAddedItem(dropLeadingNote(dropFootnoteMarks(dropAchieveVerb(dropHolderVerb(dropInnerTotal(dropCaseAgent(s[sa:sb]))))))))
	if strings.HasSuffix(s[sa:sb], name) {
		sa = sb - len(name)
	}
	if isDuration(name) {
		name = "" // 连续7年保持在1.3万亿斤以上: the sentence's subject
		sa = sb
	}
	if t := afterEnumeration(name); t != name {
		name, sa = t, sb-len(t)
	}
	if parts := x.yearListParts(st, name, pre, func() int { return listedValues(s[:st.b], toks, i, m) }); len(parts) >= 2 && len(st.pending) == 0 {
		// 2015年、2016年收结案分别为：3075件、2823件，3813件、3513件.
		name = parts[0]
		st.pending = parts[1:]
	} else if scoped := x.distributedAgain(st, name, pre); len(scoped) >= 2 && len(st.pending) == 0 {
		// 小学、初中学校分别为28所、12所，在校生分别为2.3万人、1.1万人.
		name = scoped[0]
		st.pending = scoped[1:]
	} else if parts := distributedShare(x.distributedSpan(st, lead)); len(parts) >= 2 && len(st.pending) == 0 {
		name = parts[0]
		st.pending = parts[1:]
	} else if parts := comparedBodies(name); len(parts) >= 2 && len(st.pending) == 0 && (pairedValues(s[:st.b], toks, i, m) == len(parts) || len(parts) == 2 && joinedValueAfter(s[:st.b], m.end)) {
		name, st.pending = parts[0], parts[1:] // 分别高于全省和全市10.8个百分点和7.5个百分点
	} else if parts := coordinatedParts(name); len(parts) >= 2 && len(st.pending) == 0 && wholeNames(parts) && pairedValues(s[:st.b], toks, i, m) == len(parts) {
		// 起诉金融、医疗领域职务犯罪348人和580人, 收结案1200件、1150件: as
		// many values as names, one each.
		parts = companyOwnedParts(parts) // 甲银行营业收入和净利润: 甲银行净利润
		name = parts[0]
		st.pending = parts[1:]
		st.distributed = parts
	} else if parts := x.anaphoricNames(st, name); parts != nil && distributesOver(pre) && len(st.pending) == 0 {
		name, st.pending = parts[0], parts[1:] // 这两项数字分别为…和…
	} else if (distributeLex.suffix(trimText(pre)) != "" || distributesOver(pre)) && len(st.pending) == 0 && name != "" {
		name = sharedPredicateCut(name) // 营业收入和净利润增速均最低，分别为
		parts := coordinatedParts(name)
		if whole := distributedNames(x.distributedSpan(st, lead)); len(whole) > len(parts) {
			parts = whole // 第一、二、三产业比重分别为: the ordinals kept
		}
		parts = companyOwnedParts(parts) // 甲银行营业收入和净利润: 甲银行净利润
		if len(parts) >= 2 {
			name = parts[0]
			st.pending = parts[1:]
			st.distributed = parts
		}
	} else if names := x.repeatedList(st, pre, toks, i, m); names != nil {
		name, st.pending = names[0], names[1:] // 分别为600件、570件，630件、590件
	} else if name == "" && len(st.pending) > 0 {
		name = st.pending[0]
		st.pending = st.pending[1:]
	}
	if hi == nil && (name == "" || isTotalWord(name) || isBareTo(name)) && len(st.fill) == 0 {
		rn := name
		if isBareTo(name) {
			rn = "" // 下降0.3个百分点至3.2%: 至 is the verb, no name
		}
		if k := x.reachedLevelFor(st, pre, rn, m.unit); k >= 0 {
			// 地区生产总值增长6.1%，达到1025亿元: the level of the figure
			// stated just before as a change.
			x.fillLevel(st, k, n.value, neg, numText, m, approx, qual, numStart)
			return 0
		}
		if k := x.absReachedLevel(st, pre, rn, m.unit); k >= 0 {
			// 受理案件增加12件至300件: the level the absolute change reached.
			x.levelOfAbs(st, k, n.value, neg, numText, m, approx, qual, numStart)
			return 0
		}
	}
	if name == "" && hi == nil {
		if k := x.missingLevelFor(st, pre, m.unit); k >= 0 {
			// 分别增长5.1%和7.2%，分别达到45000元和21000元: the level of the
			// figure stated only as a change.
			x.fillLevel(st, k, n.value, neg, numText, m, approx, qual, numStart)
			return 0
		}
	}
	if m.unit == "%" && name == "" && len(st.pending) == 0 && !shareForm {
		// 91.9%的案件经过一审即服判息诉: the percent counts the noun after
		// it.
		if pa, pb := percentOfNoun(s, m.end, st.b); pa < pb {
			name, sa, spanEnd, usePost = s[pa:pb], numStart, pb, true
		}
	}
	if shareForm && (name == "" || strings.HasPrefix(s[m.end:st.b], "的")) {
		// 三分之一的企业实现盈利, 近七成受访者: the share counts the noun
		// after it.
		if pa, pb := shareNoun(s, m.end, st.b); pa < pb {
			name, sa, spanEnd, usePost = s[pa:pb], numStart, pb, true
		}
	}
	if m.kind == unitQuantity && m.base == "" && name == "" {
		// 近1亿农村贫困人口, 960多万贫困人口: a bare scale counts the noun
		// after it.
		if pa, pb := postNoun(s, m.end, st.b); pa < pb {
			name, sa, spanEnd, usePost = s[pa:pb], numStart, pb, true
		}
	}
	if m.kind == unitQuantity && (nounClassifiers[m.unit] || m.base != m.unit && nounClassifiers[m.base]) && !usePost {
		if countsNounAfter(name, rawPre) || inclusionVerb(name) || x.conjoinedCount(st, name) {
			pa, pb := countedAction(s, max(m.end, m.listEnd), st.b, name)
			if isAgentName(name) {
				pb = coordinatedPostNoun(s, pa, pb, st.b)
			}
			if pa < pb {
				if fv := hasSuffixAny(name, flowVerbs); fv != "" && fv == name {
					name = name + s[pa:pb]
				} else if nb, p := honorPredicate(s, pa, pb, st.b); (name == "" || strings.HasSuffix(rawPre, "等") || isAgentName(name) && !strings.ContainsAny(s[pa:nb], "和与及")) && p != "" {
					// 8个集体、23名个人受到市级以上表彰: 受到市级以上表彰集体;
					// 甲、乙等13家单位获奖: the examples name no subject.
					name = honoredName(p, s[pa:nb])
					sa = numStart
				} else {
					pb = growthSubsetEnd(s, pa, pb, st.b) // 10个行业实现增长
					if e := itemPredicateEnd(s, pa, pb, st.b, m.unit); e > pb {
						pb = e // 25项位居全国前15: the rank is read with the name
						for k := i + 1; k < len(toks) && toks[k].start < pb; k++ {
							toks[k].kind = tokSkip
						}
					}
					name = s[pa:pb]
					sa = numStart
				}
				if m.listEnd == 0 {
					spanEnd = pb // a listed number's span stays its own
				}
				usePost = true
			}
		}
	}
	if !usePost {
		name = strings.TrimSuffix(name, "等")
		if name == "" {
			if inh := x.verbFinalTotal(st, pre, m.unit); inh != "" {
				// 刑事案件旧存4件，新收25件，共29件: the run's total.
				name, sa = inh, lead-len(trimText(pre))
			} else if k := x.listedAfter(st, numStart, m.unit); k >= 0 {
				// 分别为5.1%、40.2%和54.7%: a value listed after another
				// takes its name.
				name, sa = x.figs[k].Indicator, numStart
			} else if k := x.listedOtherMeasure(st, numStart, m.unit); k >= 0 {
				// 累计动迁4430户、53.8万平方米: the same subject measured in
				// another unit.
				name, sa = x.figs[k].Indicator, numStart
			} else if st.lastInCl > 0 {
				name = x.figs[st.lastInCl-1].Indicator
				sa = lead
			} else if st.prevClause[0] >= 0 && (len(st.figs) == 0 || afterSemicolon(s, st.prevClause[0])) {
				pa, pb := stripSubject(s, st.prevClause[0], st.prevClause[1])
				if pa < pb && !isPeriodText(s[pa:pb]) {
					name = dropMilestone(clauseTopic(s[pa:pb]))
					sa = pa
					if parts := predicatedParts(name, pre); parts != nil && len(st.pending) == 0 {
						// 营业收入和净利润增速均最低，分别为0.11%和5.65%
						name, st.pending, st.distributed = parts[0], parts[1:], parts
					}
				}
			} else if k := x.sameUnitBefore(st, m.unit); k >= 0 && trimText(pre) != "" {
				// 当月完成73795万元，…，累计完成234267万元: the subject carries
				// over to a figure whose clause names only a period or verb.
				name = x.figs[k].Indicator
				sa = lead
			}
		} else if inh := x.cumulativeSince(st, name, rawPre, m.unit); inh != "" {
			name = inh // 主动公开政府信息1127条，历年累计25800条
		} else if inh := x.carriedCaseTopic(st, name); inh != "" {
			name, carried = inh, true
		} else if inh := x.topicBeforePeriod(st, name); inh != "" {
			name = inh
		} else if inh := x.seriesTopic(st, name, sa); inh != "" {
			name = inh // 公布了一组全国法院受理案件数量的数据，2018年受理…
		} else if inh := x.perCapitaScope(st, name, m.unit); inh != "" {
			name = inh // 员额法官人均受理案件547.4件，结案467.5件
		} else if inh := x.convertedCurrency(st, name, m.unit); inh != "" {
			name = inh // 人均GDP 52000元，折合7500美元
		} else if inh := x.inheritSubject(st, name, m.unit); inh != "" {
			name = inh
		} else if inh := x.courtPartRate(st, name, m.unit); inh != "" {
			name = inh // 市中院审结5231件，结案率98.7%
		} else if inh := x.inheritEntity(st, name); inh != "" {
			name = inh
		} else if inh := x.institutionMeasure(st, name); inh != "" {
			name = inh
		} else if inh := x.inheritSchoolScope(st, name); inh != "" {
			name = inh
		} else if inh := x.paragraphSchoolScope(st, name); inh != "" {
			name = inh
		} else if inh := x.bulletHeadingLevel(name, sa); inh != "" {
			name = inh // 小学 … - 学校16.01万所: 小学学校
		} else if inh := x.siblingHead(st, name, sa, m.unit); inh != "" {
			name = inh
		} else if inh := x.rateScope(st, name, sa, m.unit); inh != "" {
			name = inh
		} else if inh := x.groupOfRate(st, name, m.unit); inh != "" {
			name = inh // 住院分娩率98.33%，其中城市为99.32%
		} else if inh := x.caseRate(st, name, m.unit); inh != "" {
			name = inh
		} else if inh := x.counterpartName(st, name, m.unit); inh != "" {
			name = inh
		} else if inh := x.budgetOfLevel(st, name, m.unit); inh != "" {
			name = inh
		} else if inh := x.bareShare(st, name, m.unit); inh != "" {
			name = inh
		} else if inh := topicCompletes(name, x.prevClauseTopic(st)); inh != "" {
			name = inh
		} else if inh := x.crimeObject(st, name); inh != "" {
			name = inh
		}
	}
	if inh := x.wholeYearCount(st, name, sa, m.unit); inh != "" && !usePost {
		name = inh // 全年收案3902件，结案3721件: 全年收案, 全年结案
	}
	if inh := x.sectionKindName(name); inh != "" && !usePost {
		name = inh // （二）办理涉疫案件情况 … 起诉53人: 涉疫案件起诉
	}
	if m.unit == "%" && !usePost && strings.HasSuffix(rawPre, "的") {
		// 完成年度目标的112.5%, 占一般公共预算收入的48.51%: the share is
		// named by its words as written, 完成 and 年度 kept.
		if a, b := trimSubjectPunct(s, st.subjStart, lead); a < b {
			listed := strings.HasPrefix(s[a:b], "分别")
			if listed {
				a += len("分别") // 分别完成预算的102%和98%
			}
			if t := strings.TrimSuffix(s[a:b], "的"); hasPrefixAny(t, []string{"完成", "占", "为", "达到"}) != "" && runeCountUpTo(t, 21) <= 20 {
				name = t
				sa = a
				if names := x.sharesOfParts(st, t, listed, pairedValues(s[:st.b], toks, i, m)); names != nil {
					// 判处五年以上有期徒刑256人、三年以下1730人，分别占判决人数
					// 的11.09%和75.07%: each share is of its part.
					name, st.pending = names[0], names[1:]
				}
				if k := attachTarget(x.figs, st.figs); k >= 0 && !isShareFigure(&x.figs[k]) && x.figs[k].Unit != "%" {
					if shareOfWhole(t) {
						// 普惠性幼儿园4747所，占总数的68.08%: the share is the level's.
						name = x.figs[k].Indicator + t
					} else if inh := completionOfLevel(x.figs[k].Indicator, t); inh != "" {
						name = inh // 为预算的102.3%
					}
				}
			}
		}
	}
	if m.unit == "%" && !usePost {
		// 为年初预算61.22%, 完成预算数107.06%: a completion written
		// without 的 after its level.
		if a, b := trimSubjectPunct(s, st.subjStart, lead); a < b {
			if k := attachTarget(x.figs, st.figs); k >= 0 && x.figs[k].Unit != "%" && !isShareFigure(&x.figs[k]) {
				if inh := completionOfLevel(x.figs[k].Indicator, s[a:b]); inh != "" {
					name, sa = inh, a
				}
			}
		}
	}
	if className != "" {
		name, sa = className, numStart
		spanEnd = m.end + classLen
	}
	noteParent := -1
	if (strings.HasPrefix(rawSubject, "含") || bracketStages[rawSubject]) && !usePost {
		if nn, k := x.bracketNoteName(st, rawSubject, sb-len(rawSubject), m.unit); nn != "" {
			name, noteParent = nn, k // 收案120件（含旧存5件）: 旧存案件
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
		numText = "-" + numText
	}
	f := Figure{Indicator: name, Section: x.section, Value: value, Unit: m.unit, Period: st.period,
		Year: x.year, Sentence: s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{sa, spanEnd},
		Number: numText, Source: x.source()}
	if hi != nil {
		f.Range, f.High = true, hi.value
	}
	if st.periodYear > 0 {
		f.Year = st.periodYear
	}
	if approx {
		f.Flags |= Approx
		f.Qualifier = qual
	}
	if st.childOf > 0 && x.figs[st.childOf-1].Unit == f.Unit && x.figs[st.childOf-1].Indicator != f.Indicator {
		f.Parent = x.figs[st.childOf-1].Indicator
		f.parent = st.childOf
	}
	if noteParent >= 0 {
		f.Parent, f.parent = x.figs[noteParent].Indicator, noteParent+1
	}
	x.noteCaseTopic(st, rawSubject, carried || usePost)
	x.pushInSentence(st, f, spanEnd)
	return 0
}

// shareOfPrevious recognises a percentage stated as a share of the figure
// right before it in the clause (完成年初预算数60999万元的40.4%, 为预算的
// 99.8% after a figure): only 的 lies between that figure and the number.
// The share is named by the clause's words before the figure's number
// (完成年初预算数).
func (x *extractor) shareOfPrevious(st *sentenceState, lead int) (string, bool) {
	s := x.s
	prev := &x.figs[st.lastInCl-1]
	if prev.Prior || prev.Missing || prev.Unit == "%" || trimText(s[prev.Span[1]:lead]) != "的" {
		return "", false
	}
	k := strings.LastIndex(s[prev.Span[0]:prev.Span[1]], prev.Number)
	if prev.Number == "" || k < 0 {
		return "", false
	}
	a, b := trimSubjectPunct(s, st.clauseStart, prev.Span[0]+k)
	for a < b {
		t := s[a:b]
		if mk := listMarker(t); mk > 0 {
			a += mk
		} else if w := hasPrefixAny(t, []string{"全区", "全市", "全县", "全省", "全年", "累计", "共"}); w != "" && len(w) < len(t) {
			a += len(w)
		} else {
			break
		}
	}
	if a >= b {
		return "", false
	}
	return dropApprovingBody(s[a:b]), true
}

// endsWithPreposition reports a subject candidate that ends in a
// preposition (最高人民检察院对137起命案…): the noun after the classifier is
// what is counted.
func endsWithPreposition(name string) bool {
	for _, p := range []string{"对", "向", "与", "为", "给"} {
		if len(name) > len(p) && strings.HasSuffix(name, p) {
			return true
		}
	}
	return false
}

// sameUnitBefore is the nearest level of the sentence in the same base
// unit, -1 if none.
func (x *extractor) sameUnitBefore(st *sentenceState, unit string) int {
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		f := &x.figs[st.figs[k]]
		if !f.Prior && !f.Missing && f.ChangeOf == "" && f.Terms == 0 && unitBase(f.Unit) == unitBase(unit) {
			return st.figs[k]
		}
	}
	return -1
}

// measureWords name a measure of something named before: 全市农林牧渔业总产值
// 69.93亿元，增加值37.90亿元 (the 增加值 of 农林牧渔业); longest first.
var measureWords = []string{"播种面积", "种植面积", "总产值", "增加值", "总产量", "产值", "产量", "面积", "单产", "销售额", "营业收入", "利润"}

// inheritEntity completes a subject that is only a measure word (增加值,
// 产量) with the entity the previous figure of the sentence names:
// 蔬菜播种面积3938公顷，…，产量106551吨 → 蔬菜产量; 果用瓜1107公顷，…，产量 →
// 果用瓜产量. "" when the rule does not apply.
func (x *extractor) inheritEntity(st *sentenceState, name string) string {
	if hasPrefixAny(name, measureWords) != name || len(st.figs) == 0 {
		return ""
	}
	var prev *Figure
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		f := &x.figs[st.figs[k]]
		if !f.Prior && !f.Missing && f.ChangeOf == "" && f.Terms == 0 {
			prev = f
			break
		}
	}
	if prev == nil {
		return ""
	}
	entity := prev.Indicator
	if w := hasSuffixAny(entity, measureWords); w != "" {
		entity = strings.TrimSuffix(entity, w)
	}
	if entity == "" || strings.HasSuffix(entity, name) || namesResultsQuantity(entity) {
		return ""
	}
	return entity + name
}

// sharedUnit is the unit a number borrows from the number after it when
// the two are joined by 和, 及, 与 or 、 and only the last writes the unit
// (分别回落2.16和1.66个百分点): that unit, ending at the number itself. The
// zero unitMatch when there is none.
func sharedUnit(s string, toks []token, i int) unitMatch {
	t := toks[i]
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		nt := toks[k]
		if nt.kind == tokBreak && nt.r == '、' {
			continue
		}
		if nt.kind != tokNum || nt.parts > 1 || nt.num.chinese {
			break
		}
		gap := s[t.end:nt.start]
		if gap != "和" && gap != "及" && gap != "与" && gap != "、" {
			break
		}
		if m := readUnit(s, nt.end); m.kind == unitPercent || m.kind == unitPP {
			m.end = toks[i].end
			m.approx, m.qual = false, ""
			return m
		}
		t = nt
	}
	return unitMatch{end: toks[i].end}
}

// listCommaUnit is the rule for counts listed with a comma or 、 between
// them and the unit written after the last only (新建学校3,5个, 3,4,5个,
// 3、5万元, 3,5%): each number of the list takes the last one's unit (a
// count, a percent or percentage points), ending at the number itself,
// with listEnd the end of the last one's unit (每村配备3,5名网格员: the
// noun after it is every number's). The listed numbers before the last
// are whole; 1,234,5678 is no number at all (scanNumber). The zero
// unitMatch when the list ends otherwise.
func listCommaUnit(s string, toks []token, i int) unitMatch {
	t := toks[i]
	if t.parts > 1 || t.num.chinese || t.num.decimals > 0 {
		return unitMatch{end: t.end}
	}
	for k := i + 1; k+1 < len(toks) && k <= i+8; k += 2 {
		sep, nt := toks[k], toks[k+1]
		if sep.kind != tokBreak || sep.r != ',' && sep.r != '、' || sep.start != t.end || nt.start != sep.end {
			break
		}
		if nt.kind != tokNum || nt.parts > 1 || nt.num.chinese || nt.num.leadZero {
			break
		}
		if m := readUnit(s, nt.end); m.kind == unitQuantity || m.kind == unitPercent || m.kind == unitPP {
			m.listEnd = m.end
			m.end = toks[i].end
			m.approx, m.qual = false, ""
			return m
		}
		if nt.num.decimals > 0 {
			break
		}
		t = nt
	}
	return unitMatch{end: toks[i].end}
}

// ageBand is the rule for an age that bounds a group inside a name
// (65岁及以上老年人数, 14岁以下儿童, 18至60岁人口 is read by ranges): a
// number in 岁 or 周岁 followed by 及以上, 以上, 及以下 or 以下 and then an
// ideograph naming the group is no figure. A figure in 岁 stays one
// (人均预期寿命78.6岁, 平均年龄45岁左右).
func ageBand(s string, numEnd int, m unitMatch) bool {
	if m.unit != "岁" && m.unit != "周岁" {
		return false
	}
	rest := s[numEnd:]
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "周岁"), "岁")
	w := hasPrefixAny(rest, []string{"及以上", "及以下", "以上", "以下"})
	if w == "" {
		return false
	}
	rest = rest[len(w):]
	return rest != "" && isHanAt(rest, 0) && !strings.HasPrefix(rest, "的比") && !strings.HasPrefix(rest, "占")
}

// schoolMeasures are the counts an education bulletin gives for a level of
// schooling after the number of its schools.
var schoolMeasures = []string{"招生", "在校生", "毕业生", "专任教师", "教职工", "招生数", "在校生数", "毕业生数", "学生", "在校学生"}

// inheritSchoolScope is the rule for the counts of a level of schooling
// listed after its schools (义务教育阶段学校21.26万所，招生3507.89万人，在校生
// 1.54亿人 → 义务教育阶段招生, 义务教育阶段在校生): a subject that is only
// such a count takes the scope of the sentence's figure named scope+学校,
// when the nearest level before it is that figure or another count of the
// same scope. "" when the rule does not apply.
func (x *extractor) inheritSchoolScope(st *sentenceState, name string) string {
	if hasPrefixAny(name, schoolMeasures) != name {
		return ""
	}
	if len(st.figs) == 0 {
		return x.previousSentenceSchoolScope(name)
	}
	var prev *Figure
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		f := &x.figs[st.figs[k]]
		if !f.Prior && !f.Missing && f.ChangeOf == "" && f.Terms == 0 {
			prev = f
			break
		}
	}
	if prev == nil || inList(prev.Indicator, st.distributed) {
		return "" // 小学、初中学校分别为28所、12所，教职工3200人: of both
	}
	if lv := x.schoolOfOtherMeasure(st, prev); lv != "" {
		return lv + name // 幼儿园7608所，在园幼儿253.90万人，专任教师15.94万人
	}
	if schoolsUnit(prev.Unit) && !strings.HasSuffix(prev.Indicator, "学校") {
		// 普通高中28所，招生2.1万人: the schools counted name the level.
		// 初中校数85所: a measure (数), not the level's name.
		if last := x.lastSchoolCount(st); last >= 0 && x.figs[last].Indicator == prev.Indicator && hasSuffixAny(prev.Indicator, schoolMeasures) == "" && !strings.HasSuffix(prev.Indicator, "数") {
			return prev.Indicator + name
		}
	}
	scope := strings.TrimSuffix(prev.Indicator, "学校")
	if scope == prev.Indicator {
		w := hasSuffixAny(prev.Indicator, schoolMeasures)
		if w == "" {
			return ""
		}
		scope = strings.TrimSuffix(strings.TrimSuffix(prev.Indicator, w), "共") // 义务教育阶段共招生…；在校生
	} else if namesSchoolKind(scope) {
		scope = prev.Indicator // 基础教育学校14667所，招生… → 基础教育学校招生
	}
	if scope == "" || strings.HasSuffix(scope, "各类") {
		return "" // 各级各类学校312所，专任教师8210人: of all schools, named as written
	}
	for _, k := range st.figs {
		if x.figs[k].Indicator == scope+"学校" || x.figs[k].Indicator == scope && x.lastSchoolCount(st) == k || schoolsOfScope(x.figs[k].Indicator, scope) {
			return dropHolding(scope) + name // 高中段教育共有学校6所；招生3133人 → 高中段教育招生
		}
	}
	if opensWithSchoolScope(x.figs[st.figs[0]].Indicator, scope) {
		return scope + name // 普通高中招生5200人，在校生1.5万人
	}
	if g := x.semicolonGroupOpener(st, prev); g != nil && opensWithSchoolScope(g.Indicator, scope) {
		return scope + name // …；高中毕业生7.8万人，招生7.2万人，在校生24万人
	}
	return ""
}

// semicolonGroupOpener is the rule for a statement opened after a semicolon
// inside a sentence (普通中学689所；初中毕业生10.8万人，招生11.2万人；高中毕业生
// 7.8万人，招生7.2万人): the first figure after the sentence's last semicolon
// before f opens that statement as the sentence's first figure opens the
// sentence. nil when no semicolon comes before f in the sentence.
func (x *extractor) semicolonGroupOpener(st *sentenceState, f *Figure) *Figure {
	a := f.Span[0]
	if a <= st.a || a > len(x.s) {
		return nil
	}
	k := max(strings.LastIndex(x.s[st.a:a], "；"), strings.LastIndex(x.s[st.a:a], ";"))
	if k < 0 {
		return nil
	}
	semi := st.a + k
	for _, j := range st.figs {
		if g := &x.figs[j]; g.Span[0] > semi && g.Span[0] <= a {
			return g
		}
	}
	return nil
}

// schoolsOfScope reports a count of schools named by scope and a verb of
// having (高中段教育共有学校 of 高中段教育).
func schoolsOfScope(name, scope string) bool {
	t, ok := strings.CutSuffix(name, "学校")
	return ok && t != scope && dropHolding(t) == dropHolding(scope)
}

// afterSemicolon is the rule for a clause without a figure that opens a new
// statement after a semicolon (…增长14%以上；辖内财政收入迈过千亿大关，达1330亿元):
// like the first clause of a sentence, it names the topic of the figure in
// the clause after it, not the figures before the semicolon. a is the
// clause's start.
func afterSemicolon(s string, a int) bool {
	a, _ = trimSpace(s, a, len(s))
	r, _ := runeBefore(s, a)
	for r == ' ' {
		a--
		r, _ = runeBefore(s, a)
	}
	return r == ';' || r == '；'
}

// milestoneVerbs say a level passed a round mark (跨越5000亿元, 迈上新台阶).
var milestoneVerbs = []string{"跨越", "跨过", "迈过", "越过", "迈上", "站上", "突破", "首次突破"}

// passedMilestone is the rule for a round mark a level passed, stated just
// before the level itself (地区生产总值跨越5000亿元，达5600亿元): a number
// after 跨越, 迈过, 突破 … whose clause ends right after its unit and whose
// next clause starts with 达, 达到, 到达, 为, 增至 or 升至 and a number
// (首次突破2万元，到达20230元). pre is the clause's
// text before the number, after the text after its unit. A mark stated
// alone (销售收入突破600亿元) is the figure, qualified, and stays one.
func passedMilestone(pre, after string) bool {
	p := strings.TrimRight(pre, " ")
	if hasSuffixAny(p, milestoneVerbs) == "" && !listedMark(p) {
		return false
	}
	after = afterMarkStep(after)
	w := hasPrefixAny(after, []string{",", "，"})
	if w == "" {
		return false
	}
	rest := after[len(w):]
	rest = strings.TrimPrefix(rest, "预计")
	if k := len("2011年"); len(rest) > k && isDigitAt(rest, 0) && strings.HasPrefix(rest[4:], "年") {
		rest = rest[k:] // 三次跨越千万标箱，2011年达1030万标箱
	} else {
		rest = strings.TrimPrefix(rest, "全年")
	}
	v := hasPrefixAny(rest, []string{"达到了", "达到", "到达", "达", "为", "增至", "升至"})
	return v != "" && isDigitAt(rest, len(v))
}

// markSteps name a round mark as a step (台阶, 大关).
var markSteps = []string{"台阶", "大关", "关口"}

// listedMark reports a clause head that lists marks after a milestone verb
// (生产总值先后跨越两百亿元、 before 三百亿元台阶).
func listedMark(pre string) bool {
	if !strings.HasSuffix(pre, "、") {
		return false
	}
	for _, v := range milestoneVerbs {
		if k := strings.LastIndex(pre, v); k >= 0 && utf8.RuneCountInString(pre[k:]) <= 16 {
			return true
		}
	}
	return false
}

// afterMarkStep is the text after a mark's unit with the rest of the
// marks' list and their step word passed (、三百亿元台阶，预计… → ，预计…;
// 大关，达… → ，达…); after itself when no step word follows in the clause.
func afterMarkStep(after string) string {
	if w := hasPrefixAny(after, markSteps); w != "" {
		return after[len(w):]
	}
	rest, ok := strings.CutPrefix(after, "、")
	if !ok {
		return after
	}
	for i, r := range rest {
		if i > 36 || strings.ContainsRune("，,；;。", r) {
			return after
		}
		if w := hasPrefixAny(rest[i:], markSteps); w != "" {
			return rest[i+len(w):]
		}
	}
	return after
}

// dropMilestone is the rule for a topic clause that says which mark its
// level passed (地区生产总值跨越5000亿元，达5600亿元; 辖内财政收入迈过千亿大关，
// 达1330亿元): the words from the milestone verb on name no quantity and
// are cut, when a name of at least two characters stands before them.
func dropMilestone(topic string) string {
	best := -1
	for _, v := range milestoneVerbs {
		if k := strings.Index(topic, v); k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	if best < 0 || utf8.RuneCountInString(topic[:best]) < 2 {
		return topic
	}
	t := topic[:best]
	// 连续跨越三个台阶, 先后跨越: the adverb of the passing goes with it.
	if w := hasSuffixAny(t, milestoneAdverbs); w != "" && utf8.RuneCountInString(t[:len(t)-len(w)]) >= 2 {
		t = t[:len(t)-len(w)]
	}
	return t
}

// milestoneAdverbs say how a level passed its marks (连续跨越, 先后突破).
var milestoneAdverbs = []string{"连续", "先后", "相继", "接连", "首次", "再次", "均", "已"}

// pushInSentence adds f as the sentence's newest figure of the clause: the
// subject of the next figure starts at subjStart.
func (x *extractor) pushInSentence(st *sentenceState, f Figure, subjStart int) {
	x.push(f)
	st.figs = append(st.figs, len(x.figs)-1)
	st.lastInCl = len(x.figs)
	st.subjStart = subjStart
	st.clauseFigs++
}

// sessionOrdinal is the rule for the sessions of a congress or committee
// named by their numbers (市委六届二次、三次、四次全会, 十四届人大二次会议): a
// Chinese number of 次 right after 届, or after 、 in a list of such
// numbers that follows 届. head is the clause's text before the number.
func sessionOrdinal(head string) bool {
	for {
		if strings.HasSuffix(head, "届") {
			return true
		}
		h, ok := strings.CutSuffix(head, "、")
		if !ok {
			return false
		}
		h, ok = strings.CutSuffix(h, "次")
		if !ok {
			return false
		}
		k := len(h) - cnNumeralSuffixLen(h)
		if k == len(h) {
			return false
		}
		head = h[:k]
	}
}

// cnNumeralSuffixLen is the byte length of the Chinese numeral characters
// at the end of t (二, 十四), 0 if none.
func cnNumeralSuffixLen(t string) int {
	n := 0
	for len(t) > n {
		r, sz := utf8.DecodeLastRuneInString(t[:len(t)-n])
		if !strings.ContainsRune("一二三四五六七八九十两", r) {
			break
		}
		n += sz
	}
	return n
}
