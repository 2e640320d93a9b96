package extract

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/annualstat/annualstat/analysis"
)

// attach attaches a change to the figure it belongs to (SPEC §3).
func (x *extractor) attach(st *sentenceState, ch *Change, textStart, lead int, m unitMatch, approx bool) {
	s := x.s
	// A change whose clause names its own subject is about that subject.
	sa, sb := stripSubject(s, st.subjStart, textStart)
	if sa >= sb && st.subjStart == st.clauseStart && ch.Number != "" {
		if a, b := x.topicOfChange(st); a < b {
			sa, sb = a, b // 学前三年毛入园率从2010年以来，提高了39.6个百分点
		}
	}
	if n := dropLeadingNote(s[sa:sb]); sa < sb && len(n) < sb-sa {
		sa = sb - len(n) // 1-11月（累计）工业增加值增长6.1%
	}
	if k := x.narrowedDeclineOf(st, strings.TrimSpace(s[st.clauseStart:textStart]), ch); k >= 0 {
		// 下降3.8%，降幅收窄29.5个百分点: the points are the fall's.
		x.figs[k].addChange(*ch)
		return
	}
	if x.slashOpenChange(st, ch, sa < sb) {
		return // 受理数(156/221)同比下降2.50%和下降14.34%: the second's
	}
	if k := x.namedAgain(st, s[sa:sb], ch); sa < sb && k >= 0 {
		// 结案率为55.88%，结案率同比提高了5.2个百分点: the change of the
		// figure the clause names again.
		if !x.figs[k].hasChangeKind(ch.Kind) {
			x.figs[k].addChange(*ch)
		}
		return
	}
	if k := x.shortNameAgain(st, s[sa:sb], ch); sa < sb && k >= 0 {
		// 刑事案件结案率55.88%，结案率同比提高了5.2个百分点: the rate named
		// again by the words its name ends with.
		x.figs[k].addChange(*ch)
		return
	}
	if k := x.measuredLevel(st, s[sa:sb]); sa < sb && k >= 0 {
		// 审结案件50件54人，同比件数下降54.55%、人数下降61.43%: the
		// changes of the levels the measure words name.
		if !x.figs[k].hasChangeKind(ch.Kind) {
			x.figs[k].addChange(*ch)
			if ch.Kind == Abs {
				x.absChangeFigure(st, k, ch, textStart, m)
			}
		}
		return
	}
	named := ""
	if sa >= sb && (ch.Kind == Abs || ch.Kind == GrowthPct) && attachTarget(x.figs, st.figs) < 0 {
		// 2019年相比2018年增加了357万件: the years compared name the change.
		if named = yearsCompared(s[st.clauseStart:textStart], ch.base); named != "" {
			sa, sb = trimSpace(s, st.clauseStart, textStart)
		}
	}
	if sa < sb && ch.Kind == Abs {
		// 执业(助理)医师增加0.6万人: a figure stated only as an absolute
		// change is that change, a figure of its own.
		name := s[sa:sb]
		if named != "" {
			name = named
		}
		if isDuration(name) {
			// 国内生产总值121万亿元，十年增加近70万亿元: the change over the
			// span is of the level before it.
			if k := attachTarget(x.figs, st.figs); k >= 0 {
				name = x.figs[k].Indicator + name
			}
		}
		verb := absVerbName(ch)
		of := name
		if on := x.openingBalanceName(st, name, m.unit); on != "" {
			// 期初总股本17690.15万股，本期增加236万股: the balance's change.
			of, name = on, on+name
		} else if k := x.restatedLevel(st, name, m.unit, ch.base, sa); k >= 0 {
			// …床位975.0万张。…与上年比较，床位增加30.0万张.
			x.figs[k].addChange(*ch)
			of = x.figs[k].Indicator
		} else if k := x.restatedCount(st, name, m.unit, ch, sa); k >= 0 {
			// 受理各类案件1803件，结案894件。与上年同比，受案增加167件: the
			// change of the count the clause names by its short form.
			x.figs[k].addChange(*ch)
			of = x.figs[k].Indicator
		} else if k := x.levelNamedBefore(st, name, m.unit, ch.base, sa); k >= 0 {
			// 乡镇卫生院3.4万个，床位150.5万张，…，与上年比较，床位增加4.9万张:
			// the change of the level the clause names by its last words,
			// and named by that level.
			x.figs[k].addChange(*ch)
			of = x.figs[k].Indicator
			if w := hasSuffixAny(of, institutionMeasures); w != "" && len(w) < len(of) && !strings.HasPrefix(name, of[:len(of)-len(w)]) {
				name = of[:len(of)-len(w)] + name // 乡镇卫生院卫生人员 … 人员增加: 乡镇卫生院人员增加
			} else if len(of) > len(name) && strings.HasSuffix(of, name) {
				name = of
			}
		}
		f := Figure{Indicator: name + verb, Section: x.section, Value: math.Abs(ch.Value), Unit: m.unit, Period: st.period, Year: x.year,
			ChangeOf: of, Number: strings.TrimPrefix(ch.Number, "-"),
			Sentence: s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{sa, m.end}, Source: x.source()}
		if st.periodYear > 0 {
			f.Year = st.periodYear
		}
		if approx {
			f.Flags |= Approx
			f.Qualifier = m.qual
		}
		x.push(f)
		st.figs = append(st.figs, len(x.figs)-1)
		return
	}
	if k := x.yearComparedLevel(st, ch, sa); sa < sb && k >= 0 {
		// 2016年新收503件，2015年新收357件，…，2015年比2014年新收案件数上涨85%:
		// the change of the level of the clause's year.
		x.figs[k].addChange(*ch)
		return
	}
	if k := x.restatedCount(st, s[sa:sb], m.unit, ch, sa); sa < sb && k >= 0 {
		// …结案率49.58%。与上年同比，…，结案率下降了2.99个百分点: the change
		// of the rate the sentence before states.
		x.figs[k].addChange(*ch)
		return
	}
	if sa < sb && x.slashRestatement(st, s[sa:sb], ch, sa) {
		return // 受理数(156/221)同比下降2.50%: the counts restated
	}
	if sa < sb {
		name := s[sa:sb]
		if named != "" {
			name = named
		} else if inh := x.rateOfGrowth(st, name, ch); inh != "" {
			name = inh
		} else if inh := x.changeRunMeasure(st, name, sa); inh != "" {
			name = inh
		}
		unit := ""
		switch ch.Kind {
		case PP:
			unit = "%"
			if ch.Unit == "个千分点" {
				unit = "‰"
			} else if ch.Unit == "个十万分点" {
				unit = "/10万"
			}
		case Abs:
			unit = m.unit
		}
		f := Figure{Indicator: name, Section: x.section, Missing: true, Unit: unit, Period: st.period, Year: x.year,
			Sentence: s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{sa, m.end}, Source: x.source()}
		if approx && m.qual != "" {
			// 地区生产总值增长4%左右: the qualifier of the change is the
			// figure's, as the figure is the change.
			f.Flags |= Approx
			f.Qualifier = m.qual
		}
		f.addChange(*ch)
		if st.periodYear > 0 {
			f.Year = st.periodYear
		}
		x.push(f)
		st.figs = append(st.figs, len(x.figs)-1)
		return
	}
	if k := growthOnlyBefore(x.figs, st.figs); k >= 0 && ch.Kind == Abs {
		// 常住人口增长4.1%（增加0.3万人）: the absolute change of a figure
		// stated only as a change is that figure's too, and a figure of
		// its own.
		x.figs[k].addChange(*ch)
		x.absChangeFigure(st, k, ch, textStart, m)
		return
	}
	if k := x.growthRateBefore(st, ch); k >= 0 && sa >= sb {
		// 增速比去年同期提高10.5个百分点，比1-4月提高2.2个百分点: the
		// second change is the rate's too.
		if strings.TrimSpace(ch.base) == "" || otherComparison(&x.figs[k], ch) {
			ch.aside = true // against another period (比1-4月: a period read)
			x.figs[k].addChange(*ch)
		}
		return
	}
	if k, base, _ := x.growthOfLevelBefore(st, ch, textStart); k >= 0 && sa >= sb && x.periodPointsOfGrowth(st, k, base) {
		ch.aside = true // 增长4.5%，比1-10月提高0.5个百分点: the growth's change
		x.figs[k].addChange(*ch)
		return
	}
	if k, base, from := x.growthOfLevelBefore(st, ch, textStart); k >= 0 && sa >= sb {
		// 限额以上消费品零售额5.05亿元，同比增长2.4%，高于全市平均增速11.1个
		// 百分点，较1-6月份回落1.5个百分点: the change of the growth rate, a
		// figure of its own.
		x.growthRateChangeFigure(st, k, ch, base, from, m)
		return
	}
	if x.quarterGrowth(st, ch, textStart, m) {
		return // 分季度看，一季度同比增长6.7%，二季度增长6.7%
	}
	target := attachTarget(x.figs, st.figs)
	if target < 0 && ch.Kind == GrowthPct {
		if k := absOnlyBefore(x.figs, st.figs); k >= 0 {
			// 执业医师增加0.6万人（增长4.1%）: the growth of the figure
			// stated only as an absolute change.
			x.growthOfAbsOnly(st, k, ch, m)
			return
		}
	}
	if target < 0 && ch.Kind == GrowthPct {
		if k := changeOnlyOfOtherPeriod(x.figs, st.figs, st.period); k >= 0 {
			// 同比上涨2.3%；1至11月累计上涨1.9%: the same measure over the
			// clause's own period.
			x.changeOfPeriod(st, k, ch, textStart, m)
			return
		}
	}
	if isMultiYearBase(ch.base) {
		if k := changeOnlyWithoutSpan(x.figs, st.figs); k >= 0 && k > target {
			// 地区生产总值增长8.3%，两年平均增长6.5%: the growth over the
			// span is the figure's stated only as a change.
			x.figs[k].addChange(*ch)
			return
		}
	}
	if target < 0 {
		// 受理各类案件25.4万件。同比上升3.6%。: a sentence without a subject
		// carries the figure before it.
		target = x.previousSentenceLevel(st)
	}
	if target >= 0 && (ch.Kind == GrowthPct || ch.Kind == Abs && !sameBase(x.figs[target].Unit, m.unit)) && (isShareFigure(&x.figs[target]) || isBodyComparison(&x.figs[target])) {
		// …，占调整预算105.47%，同比增长10.85%，增收2,798万元: neither
		// change is the share's.
		// 收入28583万元，占调整预算105.47%，同比增长10.85%: a share does not
		// grow in percent; the level before it does.
		if k := x.levelBefore(st, target); k >= 0 {
			target = k
		}
	}
	if target < 0 {
		return
	}
	f := &x.figs[target]
	if isMultiYearBase(ch.base) {
		// 比上年增长5.1%，五年年均增长6.2%: a second change of its own kind,
		// kept with its base, never a year-over-year growth.
		f.addChange(*ch)
		return
	}
	if f.hasChangeKind(ch.Kind) && isRealTermsBase(ch.base) && ch.Kind == GrowthPct && !f.hasRealTermsChange() {
		// 按当年价格比上年下降5.0%，按可比价格下降5.2%: the change at
		// comparable prices is kept beside the one at current prices, and
		// left out of the checks (statedAll).
		ch.aside = true
		f.addChange(*ch)
		return
	}
	if f.hasChangeKind(ch.Kind) && ch.Kind == GrowthPct && (accountingBasis(ch.base) > 0 || comparableBasis(ch.base) > 0) && !f.hasRealTermsChange() {
		// 扣除留抵退税因素后增长2.5%，按自然口径计算下降13.2%: a change on
		// another accounting basis is kept beside the first, left out of
		// the checks like one at comparable prices.
		ch.aside = true
		f.addChange(*ch)
		return
	}
	if f.hasChangeKind(ch.Kind) && otherComparison(f, ch) {
		// 比去年同期提升4.8个百分点，比去年全年提升2.4个百分点: a change
		// against another period is kept beside the first, left out of
		// the checks.
		ch.aside = true
		f.addChange(*ch)
		return
	}
	if f.hasChangeKind(ch.Kind) {
		// A second change of one kind (实际增长 after 增长) qualifies the
		// first; keep the first.
		return
	}
	if ch.Kind == Abs && !sameBase(f.Unit, m.unit) {
		return
	}
	first := len(f.Changes) == 0
	f.addChange(*ch)
	if ch.Kind == Abs {
		x.absChangeFigure(st, target, ch, textStart, m)
	}
	if ch.Kind != GrowthPct || approx || !first {
		return
	}
	x.ambiguity(st, target, ch)
}

// attachTarget is the figure a change without a subject of its own belongs
// to: the nearest preceding figure of the sentence that is a level (not a
// prior, not an absolute change, not a change without a level). -1 if none.
func attachTarget(figs []Figure, sent []int) int {
	for k := len(sent) - 1; k >= 0 && k >= len(sent)-maxLookback; k-- {
		f := &figs[sent[k]]
		if !f.Prior && !f.Missing && f.ChangeOf == "" && f.Terms == 0 && !f.noChange {
			return sent[k]
		}
	}
	return -1
}

// growthOnlyBefore is the figure an absolute change without a subject of
// its own belongs to when the sentence's last figure is a figure stated
// only as a percent change (常住人口增长4.1%，增加0.3万人; 税收收入下降3%
// （减少0.4亿元）): that figure, -1 when the last figure is anything else
// or already has an absolute change.
func growthOnlyBefore(figs []Figure, sent []int) int {
	if len(sent) == 0 {
		return -1
	}
	k := sent[len(sent)-1]
	f := &figs[k]
	if !f.Missing || f.Prior || f.ChangeOf != "" || f.Terms != 0 || len(f.Changes) == 0 || f.hasChangeKind(Abs) {
		return -1
	}
	for _, c := range f.Changes {
		if c.Kind != GrowthPct {
			return -1
		}
	}
	return k
}

// changeOnlyWithoutSpan is the figure a change over several years (两年平均
// 增长, 五年年均增长) without a subject of its own belongs to when the
// sentence's last figure is stated only as its changes and none of them
// spans years yet (地区生产总值增长8.3%，两年平均增长6.5%): that figure, -1
// otherwise.
func changeOnlyWithoutSpan(figs []Figure, sent []int) int {
	if len(sent) == 0 {
		return -1
	}
	k := sent[len(sent)-1]
	f := &figs[k]
	if !f.Missing || f.Prior || f.ChangeOf != "" || f.Terms != 0 || len(f.Changes) == 0 {
		return -1
	}
	for _, c := range f.Changes {
		if isMultiYearBase(c.base) {
			return -1
		}
	}
	return k
}

// maxLookback bounds how many figures of a sentence a rule looks back over,
// so that a sentence of thousands of figures (a table pasted as text) costs
// linear time.
const maxLookback = 64

// absChangeFigure adds the stated absolute change of figure target as a
// figure of its own: 刑事案件262件,同比减少7件 → 刑事案件减少 7件, ChangeOf
// 刑事案件 (the value as written, the direction in the name).
func (x *extractor) absChangeFigure(st *sentenceState, target int, ch *Change, textStart int, m unitMatch) {
	f := &x.figs[target]
	verb := absVerbName(ch)
	g := Figure{Indicator: f.Indicator + verb, Section: f.Section, Value: math.Abs(ch.Value), Unit: m.unit, Period: f.Period,
		Year: f.Year, ChangeOf: f.Indicator, Number: ch.Number, Parent: f.Parent, parent: f.parent,
		Sentence: f.Sentence, SentenceSpan: f.SentenceSpan, Span: [2]int{textStart, m.end}, Source: f.Source}
	if textStart < f.SentenceSpan[0] || m.end > f.SentenceSpan[1] {
		// The change opens a sentence of its own (收入5亿元。比上年增加3亿元):
		// the figure of the change is in that sentence.
		g.Sentence, g.SentenceSpan = x.s[st.a:st.b], [2]int{st.a, st.b}
	}
	if m.approx {
		g.Flags |= Approx
		g.Qualifier = m.qual
	}
	x.push(g)
	st.figs = append(st.figs, len(x.figs)-1)
}

// ambiguity applies SPEC §3: when the nearest figure cannot have the stated
// growth in whole numbers and exactly one other count of the sentence can,
// keep both readings and flag them.
func (x *extractor) ambiguity(st *sentenceState, target int, ch *Change) {
	f := &x.figs[target]
	if !wholeCount(f) || hasWholePrior(f.Value, ch) {
		return
	}
	other := -1
	for j := max(0, len(st.figs)-maxLookback); j < len(st.figs); j++ {
		k := st.figs[j]
		g := &x.figs[k]
		if k == target || g.Prior || g.Missing || g.ChangeOf != "" || g.Change != nil || !wholeCount(g) {
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
	g.addChange(*ch)
	g.Flags |= Ambiguous
}

// unitBase is a unit without its scale: 亿元 → 元, 万户 → 户; units that
// begin with a scale character but are bases (千克, 千瓦时) stay whole.
func unitBase(u string) string {
	head, tail, slash := strings.Cut(u, "/")
	if baseLex.prefix(head) != head {
		if sc := scaleLex.prefix(head); sc != "" && sc != head {
			head = head[len(sc):]
		}
	}
	if slash {
		return head + "/" + tail
	}
	return head
}

// wholeCount reports a figure that must be a whole number: a count written
// without decimals and not approximate.
func wholeCount(f *Figure) bool {
	return analysis.KindOf(f.Unit) == analysis.KindCount && f.Value == math.Trunc(f.Value) && f.Flags&Approx == 0 &&
		f.Value > 0 && f.Value <= maxWhole && f.Terms == 0 && !f.Range && unitBase(f.Unit) == f.Unit
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

// sameBase reports whether an absolute change in unit b can be a change of
// a figure in unit a: the same base (亿元 and 万元), or a figure written
// with a bare scale (95.5亿) and a change at that scale naming the base
// (增加11.3亿人次).
func sameBase(a, b string) bool {
	if unitBase(a) == unitBase(b) {
		return true
	}
	return scaleLex.has(a) && strings.HasPrefix(b, a)
}

// isShareFigure reports a percentage that is a share of a whole: 占调整预算
// 105.47%, 占一般公共预算收入的48.51%, 比重, 占比.
func isShareFigure(f *Figure) bool {
	return f.Unit == "%" && (strings.HasPrefix(f.Indicator, "占") || strings.HasSuffix(f.Indicator, "比重") || strings.HasSuffix(f.Indicator, "占比") ||
		isCompletionName(f.Indicator) || namesShareOf(f.Indicator))
}

// namesShareOf reports a share named by its part and 占 (一审案件占,
// 刑事案件占全部案件: bareShare, distributedShare); 占地 is no share.
func namesShareOf(name string) bool {
	k := strings.Index(name, "占")
	return k > 0 && !strings.HasPrefix(name[k:], "占地")
}

// isCompletionName reports a budget or target completion named as the
// text writes it (完成年初预算, 完成预算, 为预算, 完成年度目标, 完成计划), alone
// or after the level it completes (一般公共预算收入完成预算): a share of a plan,
// which does not grow in percent.
func isCompletionName(name string) bool {
	return completionPhrase(name) > 0 || completionPhrase(noteAfterShareWords(name)) > 0
}

// planWords name the plan a completion measures a level against.
var planWords = []string{"年初预算数", "调整预算数", "预算调整数", "年度预算数", "预算数", "年度预算", "年初预算", "调整预算", "年预算", "预算", "年度目标任务", "目标任务", "年度目标", "目标", "年度计划", "计划"}

// planScopes say which part of a plan a completion measures against,
// written between the verb and the plan (完成全年总量目标的107%).
var planScopes = []string{"全年总量", "全年", "总量"}

// completionPhrase is the rule for the words of a budget or target
// completion at the end of name: 完成, 为 or 占, then a plan (planWords),
// the plan's scope between them or not (planScopes): 完成预算, 为年初预算,
// 占调整预算, 完成年度目标, 完成全年总量目标. It returns their byte
// length, 0 when name does not end so.
func completionPhrase(name string) int {
	for _, w := range planWords {
		rest, ok := strings.CutSuffix(name, w)
		if !ok {
			continue
		}
		scope := hasSuffixAny(rest, planScopes) // 完成全年总量目标
		if v := hasSuffixAny(rest[:len(rest)-len(scope)], []string{"完成", "为", "占"}); v != "" {
			return len(v) + len(scope) + len(w)
		}
	}
	return 0
}

// completionOfLevel is the rule for a completion named by its words alone
// (为预算的102.3%, 占调整预算100%, 完成预算数107.06%) after the level it
// completes, level: words of four characters or more name it as written
// (完成预算数); fewer (为预算, 占计划) do not name it on their own, and it
// takes the level's name before them (一般公共预算收入为预算). "" when name is
// no completion, or is too short and there is no level.
func completionOfLevel(level, name string) string {
	if completionPhrase(name) != len(name) {
		return ""
	}
	if utf8.RuneCountInString(name) >= 4 {
		return name
	}
	if level == "" || isCompletionName(level) {
		return ""
	}
	return level + name
}

// levelBefore is the nearest level of the sentence before figure target
// that is not itself a share or a prior, -1 if none.
func (x *extractor) levelBefore(st *sentenceState, target int) int {
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		i := st.figs[k]
		if i >= target {
			continue
		}
		f := &x.figs[i]
		if !f.Prior && !f.Missing && f.ChangeOf == "" && f.Terms == 0 && !isShareFigure(f) {
			return i
		}
	}
	return -1
}

// absVerbName is what an absolute change as a figure of its own adds to the
// name of what changes: its verb (减少, 增收; 增加 or 减少 when none is
// written), with the comparison before a verb of more or fewer (比上年多审结,
// 较去年同期少: 多审结 alone says more than nothing).
func absVerbName(ch *Change) string {
	verb := ch.verb
	if verb == "" {
		if ch.Value < 0 {
			return "减少"
		}
		return "增加"
	}
	if strings.HasPrefix(verb, "多") || strings.HasPrefix(verb, "少") {
		return ch.base + verb
	}
	return verb
}

// comparedBodyWords open the name of a comparison with another body
// (比全省平均高出19.81%, 高于全市平均增速1.3个百分点).
var comparedBodyWords = []string{"比全", "较全", "高于", "低于", "高出", "快于", "慢于", "超出"}

// isBodyComparison reports a figure that compares the figure before it
// with another body (受理各类案件50101件，同比增长34.11%，比全省平均高出
// 19.81%): a percent or points named by such a comparison. Neither a
// growth nor a count's absolute change after it (，增加12077件) is its: they
// are the level's.
func isBodyComparison(f *Figure) bool {
	if f.Unit != "%" && f.Unit != "个百分点" && f.Unit != "百分点" {
		return false
	}
	return hasPrefixAny(f.Indicator, comparedBodyWords) != "" || strings.Contains(f.Indicator, "平均") && hasPrefixAny(f.Indicator, []string{"比", "较"}) != ""
}

// levelNamedBefore is the rule for an absolute change in the sentence of
// its level that names the level by its last words after a comparison
// (乡镇卫生院床位150.5万张，卫生人员160.5万人，与上年比较，床位增加4.9万张，
// 人员增加7.5万人; 卫生人员4.2万人，卫生人员数比上年减少0.5万人): a level of
// the sentence in the same base unit, without an absolute change yet, whose
// name ends with the change's subject (or is it without 数). It returns the
// level's index, -1 if none.
func (x *extractor) levelNamedBefore(st *sentenceState, name, unit, base string, nameStart int) int {
	if len(st.figs) == 0 || name == "" {
		return -1
	}
	if base == "" && !hasComparison(x.s[st.a:nameStart]) {
		return -1
	}
	short := strings.TrimSuffix(name, "数")
	for j := len(st.figs) - 1; j >= 0 && j >= len(st.figs)-maxLookback; j-- {
		f := &x.figs[st.figs[j]]
		if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms > 0 || f.Range || unitBase(f.Unit) != unitBase(unit) {
			continue
		}
		if !strings.HasSuffix(f.Indicator, name) && !strings.HasSuffix(f.Indicator, short) {
			continue
		}
		if f.hasChangeKind(Abs) {
			return -1
		}
		return st.figs[j]
	}
	return -1
}

// shortNameAgain is the rule for a change whose clause names a level of
// the sentence again by the words that level's name ends with, or those
// and 数 (刑事案件结案率55.88%，结案率同比提高了5.2个百分点; 执行案件结案406件，
// 结案率为52.73%，结案数同比上升13.73%): the change is the nearest such
// level's when the kinds agree (points for a rate, percent growth for a
// count) and it has none of its kind. -1 when the rule does not apply.
func (x *extractor) shortNameAgain(st *sentenceState, name string, ch *Change) int {
	if utf8.RuneCountInString(name) < 2 || ch.Kind == Abs || ch.Kind == Multiple {
		return -1
	}
	for j := len(st.figs) - 1; j >= 0 && j >= len(st.figs)-maxLookback; j-- {
		f := &x.figs[st.figs[j]]
		if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms != 0 {
			continue
		}
		short := name
		if !strings.HasSuffix(f.Indicator, short) && !strings.HasSuffix(withoutKindWord(f.Indicator), short) {
			short = strings.TrimSuffix(name, "数")
			if short == name || utf8.RuneCountInString(short) < 2 || !strings.HasSuffix(f.Indicator, short) {
				continue
			}
		}
		if len(f.Indicator) <= len(short) || f.hasChangeKind(ch.Kind) {
			return -1
		}
		if ch.Kind == PP && f.Unit != "%" || ch.Kind == GrowthPct && f.Unit == "%" {
			return -1
		}
		return st.figs[j]
	}
	return -1
}

// caseShortForms are the two-character forms of a case count's verb and
// noun (受案 for 受理…案件, 结案 for 审结…案件), with the verbs they stand
// for.
var caseShortForms = map[string][]string{
	"受案": {"受理"},
	"收案": {"受理", "新收", "收案"},
	"结案": {"审结", "办结", "执结", "审执结", "结案"},
}

// restatesCount reports a name (受案, 结案, 结案率) that names again the
// figure named ind (受理各类案件, 建始法院结案, 结案率): the same name, the
// words ind ends with, or the short form of a case count whose verb ind
// names.
func restatesCount(ind, name string) bool {
	if ind == name {
		return true
	}
	if utf8.RuneCountInString(name) >= 2 && strings.HasSuffix(ind, name) {
		return true
	}
	for _, v := range caseShortForms[name] {
		if i := strings.Index(ind, v); i >= 0 && (strings.HasSuffix(ind, "案件") || i+len(v) == len(ind)) {
			return true
		}
	}
	return false
}

// restatedCount is the rule for a sentence that states only the changes
// of the counts the sentence before it gave (…共受理各类案件1803件，结案894件，
// 结案率49.58%。与上年同比，受案增加167件，上升10.21%，结案增加34件，…，结案率
// 下降了2.99个百分点): a change whose clause names a count again
// (restatesCount) is that count's, when the sentence compares with an
// earlier period, every figure it holds so far is a change of an earlier
// one, and the count is in the same paragraph, in the change's unit (a
// rate for points) and has no change of the kind yet. -1 when the rule
// does not apply.
func (x *extractor) restatedCount(st *sentenceState, name, unit string, ch *Change, nameStart int) int {
	if name == "" || nameStart < st.a || !hasComparison(x.s[st.a:nameStart]) {
		return -1
	}
	for _, j := range st.figs {
		if x.figs[j].ChangeOf == "" {
			return -1
		}
	}
	for k := len(x.figs) - 1; k >= 0 && k >= len(x.figs)-maxRestated; k-- {
		f := &x.figs[k]
		if f.SentenceSpan[1] > st.a || f.SentenceSpan[1] < 0 {
			continue // this sentence's own
		}
		if f.Source.Table != 0 || strings.Contains(x.s[min(f.Span[1], st.a):st.a], "\n") {
			return -1
		}
		if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms > 0 || f.Range {
			continue
		}
		if !restatesCount(f.Indicator, name) {
			continue
		}
		switch ch.Kind {
		case PP:
			if f.Unit != "%" {
				return -1
			}
		case GrowthPct:
			if f.Unit == "%" {
				return -1
			}
		case Abs:
			if unitBase(f.Unit) != unitBase(unit) {
				return -1
			}
		default:
			return -1
		}
		if f.hasChangeKind(ch.Kind) {
			return -1
		}
		return k
	}
	return -1
}

// yearComparedLevel is the rule for a change that compares two years
// named in its clause (2015年比2014年新收案件数上涨85%) in a sentence that
// states a level for each year (2016年新收503件，2015年新收357件，2014年新收193
// 件): the change is the sentence's only level of the later year, in a
// count for a percent growth (a rate for points), when that level has no
// change of the kind yet. nameStart is where the clause's subject starts;
// the comparison stands before it. -1 when the rule does not apply.
func (x *extractor) yearComparedLevel(st *sentenceState, ch *Change, nameStart int) int {
	y := st.periodYear
	if y == 0 || ch.Kind != GrowthPct && ch.Kind != PP || nameStart < st.clauseStart {
		return -1
	}
	head := x.s[st.clauseStart:nameStart]
	if cy := comparisonYear(strings.TrimRight(head, " ")); cy == 0 || cy >= y {
		if c := comparisonYearIn(x.s[st.clauseStart:min(nameStart+32, st.b)]); c == 0 || c >= y {
			return -1
		}
	}
	found := -1
	for _, k := range st.figs {
		f := &x.figs[k]
		if f.Missing || f.ChangeOf != "" || f.Terms != 0 || f.Year != y {
			continue // a prior (2015年新收357件 after 2016年…) is its year's level
		}
		if ch.Kind == PP && f.Unit != "%" || ch.Kind == GrowthPct && f.Unit == "%" {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = k
	}
	if found < 0 || x.figs[found].hasChangeKind(ch.Kind) {
		return -1
	}
	return found
}

// comparisonYearIn is the earlier year of a comparison 比YYYY年 or
// 较YYYY年 anywhere in t, 0 if none.
func comparisonYearIn(t string) int {
	for _, w := range []string{"比", "较"} {
		i := strings.Index(t, w)
		if i < 0 {
			continue
		}
		r := t[i+len(w):]
		if len(r) >= 4+len("年") && strings.HasPrefix(r[4:], "年") {
			y := 0
			for _, d := range r[:4] {
				if d < '0' || d > '9' {
					y = -1
					break
				}
				y = y*10 + int(d-'0')
			}
			if y > 0 {
				return y
			}
		}
	}
	return 0
}

// yearsCompared is the rule for a change whose clause opens with the year
// it is of and the year it is compared with, and names nothing else
// (2019年相比2018年增长了357万件, 2023年比2022年下降4.1%): the figure is
// named by the two years as written (2019年相比2018年), since the clause
// states the change only. opening is the clause's text before the change
// (the year), base the change's comparison (相比2018年); "" when opening is
// no year or base names no year.
func yearsCompared(opening, base string) string {
	y := strings.TrimSpace(opening)
	base = strings.TrimSpace(base)
	if !isYearWord(y) || hasPrefixAny(base, []string{"相比", "相较", "比", "较", "与"}) == "" {
		return ""
	}
	if k := strings.Index(base, "年"); k < 4 || !isYearWord(base[k-4:k+len("年")]) {
		return ""
	}
	return y + base
}

// isYearWord reports a year written in four digits and 年 (2019年).
func isYearWord(t string) bool {
	if len(t) != 4+len("年") || !strings.HasSuffix(t, "年") {
		return false
	}
	for i := 0; i < 4; i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}
