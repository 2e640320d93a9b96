package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The rules of this file complete or shorten the subject of a figure in
// prose (SPEC §3): the subject is the shortest span of the text that names
// the quantity, with the words a clause inherits from the clause before it
// written in. Each rule is one function; figure.go applies them in turn.

// caseVerbs are the verbs of court and procuratorate counts: a clause
// naming only one of them (办结23.1万件) counts what the previous figure
// counted.
var caseVerbs = []string{
	"受理", "办结", "审结", "执结", "审执结", "新收", "旧存", "结案", "收案", "立案", "受案", "存案",
	"起诉", "不起诉", "批捕", "不批捕", "批准逮捕", "不批准逮捕", "决定逮捕", "提起公诉", "决定起诉",
	"抗诉", "提出抗诉", "办理", "审查", "监督", "调解", "化解", "执行", "审理",
	"立案侦查", "审查起诉", "审查逮捕", "立案监督",
}

// inheritFlowVerbs name a flow of a stock named before (实有市场主体12万户，新增
// 1.5万户 → 新增市场主体).
var inheritFlowVerbs = []string{"新增", "净增", "新登记", "新设立", "新设", "新开办", "新收", "注销", "吊销", "关停"}

// receiveVerbs begin the name of a count of what came in (收到行政复议申请):
// a bare case verb after it takes its object.
var receiveVerbs = []string{"收到", "接收", "接到", "发生", "新发生", "新办理", "共收", "收"}

// stockVerbs begin the name of a stock; a flow inherits the noun after them.
var stockVerbs = []string{"实有", "现有", "共有", "拥有", "登记", "累计", "在册", "注册"}

// kindWords say "of every kind" before a noun (各类案件).
var kindWords = []string{"各类", "各种", "各项", "各级", "所有", "全部"}

// caseHeads are the nouns a case count counts, longest first by lookup.
var caseHeads = []string{"犯罪嫌疑人", "嫌疑人", "被告人", "罪犯", "案件", "纠纷", "人次", "件次"}

// inheritSubject is the rule for a subject that is a bare case verb or
// flow verb: it takes the scope and the counted noun of the previous
// figure of the sentence with the same unit. 全市法院受理各类案件25.4万件，
// 办结23.1万件 → 法院办结案件; 批捕犯罪嫌疑人356人，起诉412人 → 起诉犯罪嫌疑人;
// 实有市场主体12万户，新增1.5万户 → 新增市场主体. A verb that names its
// noun already (收案, 结案, 立案) takes none. "" when the rule does not
// apply.
func (x *extractor) inheritSubject(st *sentenceState, name, unit string) string {
	flow := inheritFlowLex.prefix(name) == name
	verbName := name
	if v := glossedVerb(name); v != "" {
		verbName = v // 审(执)结: the verb 审结 with a gloss
	}
	if caseVerbLex.prefix(verbName) != verbName && !flow {
		return ""
	}
	if w := st.childOf - 1; w >= 0 && w < len(x.figs) && unitBase(x.figs[w].Unit) == unitBase(unit) {
		if n := receivedPartName(x.figs[w].Indicator, name); n != "" {
			return n // 受理刑事案件139件，其中旧存47件；新收92件: parts of the whole received
		}
	}
	k := x.sameUnitOutsideBrackets(st, unit)
	if w := x.wholeAfterParts(st, unit); w >= 0 && !flow {
		// 受理各类案件46491件，其中市中院受理案件5298件；审(执)结45290件: after
		// the semicolon the verb counts the whole again, not the part.
		k = w
		st.childOf = 0
	}
	sameSentence := k >= 0
	if k < 0 {
		k = x.previousSentenceCount(st, unit)
	}
	if k < 0 {
		return ""
	}
	prev := x.figs[k].Indicator
	if sameSentence && strings.HasSuffix(prev, verbName) && len(prev) > len(verbName) && x.figs[k].Period != st.period && st.periodYear > 0 && x.figs[k].Year != st.periodYear {
		// 同期案件数2016年新收503件，2015年新收357件: the same count of
		// another year.
		return prev
	}
	if noun := verbFinalNoun(prev); noun != "" && (!flow || isCaseVerb(verbName)) && !strings.HasSuffix(prev, verbName) {
		// 执行案件旧存53件，新收224件: the count named verb last, though a
		// case verb (执行) opens its noun.
		if w := hasSuffixAny(prev, caseVerbs); w != "" && verbFinalObject(prev[:len(prev)-len(w)]) {
			return prev[:len(prev)-len(w)] + name
		}
	}
	v := ""
	at := -1
	for _, w := range caseVerbs {
		if i := strings.Index(prev, w); i >= 0 && (at < 0 || i < at || i == at && len(w) > len(v)) {
			v, at = w, i
		}
	}
	if at > 0 && at+len(v) == len(prev) && (!flow || isCaseVerb(verbName)) && v != verbName && verbFinalObject(prev[:at]) {
		// 全国法院各类案件收案2578.9万件；审结2350.9万件: the count named
		// before its verb (verb-final) names the next verb's count the same
		// way, 全国法院各类案件审结.
		return prev[:at] + name
	}
	if at < 0 {
		// 收到行政复议申请320件，受理298件: the verb that begins the
		// name before names the object after it.
		if w := hasPrefixAny(prev, receiveVerbs); w != "" {
			v, at = w, 0
		}
	}
	if at < 0 && flow {
		// 市场主体12万户，新增1.5万户: the stock names the noun.
		object := prev
		if w := hasPrefixAny(object, stockVerbs); w != "" {
			object = object[len(w):]
		} else if w := hasPrefixAny(object, inheritFlowVerbs); w != "" && w != name {
			object = object[len(w):] // 新增市场主体1.5万户，注销0.3万户
		}
		if object == "" || utf8.RuneCountInString(object) > 8 || hasPrefixAny(object, inheritFlowVerbs) != "" {
			return ""
		}
		return name + object
	}
	if at < 0 || v == name {
		return ""
	}
	scope := caseScope(prev[:at])
	if scope != "" && strings.HasPrefix(prev, scope) {
		scope = x.areaBefore(x.figs[k].Span[0]) + scope // 全市法院受理…，办结… → 全市法院办结
	}
	head := caseHead(prev[at+len(v):], unit)
	if suspectsCounted(head, unit) {
		head = "" // 批捕犯罪嫌疑人356人，起诉412人 → 起诉
	}
	if strings.HasSuffix(name, "案") && !strings.HasSuffix(head, "案件") && caseNamingVerb(name) {
		head = "" // 诉前化解纠纷3354件，立案16455件: 立案 names the case, not 立案纠纷
	} else if strings.HasSuffix(name, "案") && strings.HasSuffix(head, "案件") {
		// 收案, 结案: the verb names the case; a kind of case named
		// before it stays (受理刑事案件68件，结案38件 → 刑事案件结案).
		object := prev[at+len(v):]
		if w := hasPrefixAny(object, kindWords); w != "" {
			object = object[len(w):]
		}
		if kind := caseKindBefore(object); kind != "" {
			return scope + kind + name
		}
		head = ""
	}
	group := caseGroupOfObject(prev[:at], prev[at+len(v):], scope, name, head)
	if scope == "" && group == "" && head == "" {
		if agent := droppedAgent(x.s, x.figs[k].Span[0]); agent != "" && sameSentence && utf8.RuneCountInString(name) < 4 {
			return agent + name
		}
		return ""
	}
	if scope == "" && sameSentence {
		scope = carriedAgent(x.s, x.figs[k].Span[0], name)
	}
	return scope + group + name + head
}

// caseKindBefore is the rule for a kind of case carried to a verb that
// names the case itself (结案, 收案): the object of the previous count,
// its word of every kind dropped, when it names a kind of case (刑事案件,
// 执行案件, 行政诉讼案件, up to eight characters); "" for cases of every
// kind (案件) and for objects that are no cases.
func caseKindBefore(head string) string {
	if head == "案件" || !strings.HasSuffix(head, "案件") || !isHanString(head) || utf8.RuneCountInString(head) > 8 {
		return ""
	}
	return head
}

// droppedAgent is the rule for the court or procuratorate a count's name
// dropped (建始法院共受理各类案件 → 受理各类案件: dropCaseAgent): the agent
// written right before byte offset at, the adverbs between it and the
// verb (共, 依法) dropped, up to eight characters and all ideographs. A
// bare verb of fewer than four characters after that count (结案894件) is
// named with it, as dropCaseAgent keeps 法院结案. "" when the words before
// at end in no agent.
func droppedAgent(s string, at int) string {
	if at <= 0 || at > len(s) {
		return ""
	}
	a := at
	for n := 0; a > 0 && n < 12; n++ {
		r, w := utf8.DecodeLastRuneInString(s[:a])
		if !isHan(r) {
			break
		}
		a -= w
	}
	t := s[a:at]
	adverb := false
	for {
		w := hasSuffixAny(t, agentAdverbs)
		if w == "" || w == t {
			break
		}
		t = t[:len(t)-len(w)]
		adverb = true
	}
	if !adverb || hasSuffixAny(t, caseAgents) == "" || utf8.RuneCountInString(t) > 8 {
		return ""
	}
	for _, w := range areaWords {
		if t == w {
			return ""
		}
	}
	return t
}

// sameUnitOutsideBrackets is the sentence's last level in the base unit
// of unit that the text does not write in brackets as a note (受理各类案件
// 1803件（旧存240件），结案894件: 结案 follows 受理各类案件, not the note),
// -1 if none.
func (x *extractor) sameUnitOutsideBrackets(st *sentenceState, unit string) int {
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		f := &x.figs[st.figs[k]]
		if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms != 0 || unitBase(f.Unit) != unitBase(unit) {
			continue
		}
		if bracketedNote(x.s, f.Span[0], f.Span[1]) {
			continue
		}
		return st.figs[k]
	}
	return -1
}

// bracketedNote reports a figure whose span s[a:b] is the whole of a pair
// of brackets ((旧存240件), （其中…）), or opens a bracket that a note goes
// on in after it ((含执行1568件，与系统数据略有误差)).
func bracketedNote(s string, a, b int) bool {
	if a <= 0 || b >= len(s) || a >= b {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:a])
	c, _ := utf8.DecodeRuneInString(s[b:])
	if r != '(' && r != '（' {
		return false
	}
	return c == ')' || c == '）' || noteGoesOn(s[b:])
}

// noteGoesOn reports the rest of a bracket after its figure (，与系统数据
// 略有误差）): words without a figure's digits up to the closing bracket,
// within the sentence.
func noteGoesOn(rest string) bool {
	for i, r := range rest {
		switch {
		case r == ')' || r == '）':
			return i > 0
		case r == '。' || r == '(' || r == '（' || r >= '0' && r <= '9' || i > 90:
			return false
		}
	}
	return false
}

// isCaseVerb reports a name that is only a verb of a court or
// procuratorate count (新收, 旧存, 结案).
func isCaseVerb(name string) bool {
	return name != "" && hasPrefixAny(name, caseVerbs) == name
}

// runTotalWords sum a run of counts written before them (旧存110件，新收503件，
// 共计613件).
var runTotalWords = []string{"共计", "合计", "总计", "共", "总共", "计"}

// verbFinalTotal is the rule for the total that closes a run of verb-final
// case counts (刑事案件旧存4件，新收25件，共29件): the clause writes only a
// word of total (共, 共计, 合计) before its number, and the figure before it
// in the same unit is named noun first, verb last (刑事案件新收, 案件旧存).
// The total is the noun's and the word as written (刑事案件共), the agent
// before the noun dropped (该法院案件旧存… 共计 → 案件共计). "" when the
// rule does not apply.
func (x *extractor) verbFinalTotal(st *sentenceState, pre, unit string) string {
	w := trimText(pre)
	if w == "" || hasPrefixAny(w, runTotalWords) != w {
		return ""
	}
	k := x.sameUnitBefore(st, unit)
	if k < 0 || x.figs[k].Parent != "" {
		return ""
	}
	object := verbFinalNoun(x.figs[k].Indicator)
	if object == "" {
		return ""
	}
	return object + w
}

// verbFinalNoun is the counted noun of a case count named noun first and
// verb last (刑事案件新收 → 刑事案件, 该法院案件旧存 → 案件: the agent
// before it dropped), "" when name is not so written.
func verbFinalNoun(name string) string {
	v := hasSuffixAny(name, caseVerbs)
	if v == "" || v == name {
		return ""
	}
	object := name[:len(name)-len(v)]
	if hasSuffixAny(object, caseHeads) == "" || utf8.RuneCountInString(object) < 2 {
		return ""
	}
	for _, a := range caseAgents {
		if i := strings.LastIndex(object, a); i >= 0 && i+len(a) < len(object) {
			object = object[i+len(a):]
			break
		}
	}
	if w := hasPrefixAny(object, agentAdverbs); w != "" && w != object {
		object = object[len(w):]
	}
	return object
}

// previousSentenceCount is the last figure of the previous sentence of the
// line when this sentence has no figure yet and that figure is a level in
// the same base unit (全市法院受理各类案件25.4万件。办结23.1万件。: a sentence
// without a subject of its own carries the one before it), -1 otherwise.
//
// The parts of a 其中 list are passed over: 受理各类案件25.4万件，其中，民事
// 案件18万件。办结23.1万件 carries 受理各类案件.
func (x *extractor) previousSentenceCount(st *sentenceState, unit string) int {
	if len(st.figs) > 0 || x.lastLine <= 0 || x.lastLine > len(x.figs) {
		return -1
	}
	last := &x.figs[x.lastLine-1]
	for k := x.lastLine - 1; k >= 0 && k >= x.lastLine-maxLookback; k-- {
		f := &x.figs[k]
		if f.SentenceSpan != last.SentenceSpan {
			break
		}
		if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms != 0 {
			continue
		}
		if f.Parent != "" {
			continue
		}
		if unitBase(f.Unit) != unitBase(unit) {
			return -1
		}
		return k
	}
	return -1
}

// previousSentenceLevel is the last level of the previous sentence of the
// line, its 其中 parts passed over, when this sentence has no figure yet:
// the figure a change stated in a sentence without a subject belongs to
// (地区生产总值1025亿元。比上年增长6.1%。). -1 otherwise.
func (x *extractor) previousSentenceLevel(st *sentenceState) int {
	if len(st.figs) > 0 || x.lastLine <= 0 || x.lastLine > len(x.figs) {
		return -1
	}
	last := &x.figs[x.lastLine-1]
	for k := x.lastLine - 1; k >= 0 && k >= x.lastLine-maxLookback; k-- {
		f := &x.figs[k]
		if f.SentenceSpan != last.SentenceSpan {
			break
		}
		if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms != 0 || f.noChange || f.Parent != "" {
			continue
		}
		return k
	}
	return -1
}

// caseScope is the part of a previous case count's name before its verb
// that a bare verb inherits: an agent (本院, 法院, 市中院), its adverbs
// dropped; "" for anything else (批准和 of 批准和决定逮捕).
func caseScope(before string) string {
	for {
		w := hasSuffixAny(before, agentAdverbs)
		if w == "" || w == before {
			break
		}
		before = before[:len(before)-len(w)]
	}
	if hasSuffixAny(before, caseAgents) == "" || strings.ContainsAny(before, "和与及、") {
		return ""
	}
	return before
}

// caseHead is the noun a case verb's object counts: the object without a
// word of kind (各类案件 → 案件, 刑事案件, 涉黑犯罪嫌疑人 and 行政复议申请 as
// written); of a longer object its known head noun (犯罪嫌疑人) or its last
// two characters. "" when there is none fit for a figure in unit: cases
// (案件) are not counted in persons.
func caseHead(object, unit string) string {
	if w := hasPrefixAny(object, caseVerbs); w != "" {
		// 受理审查逮捕犯罪嫌疑人: the object of the stage (审查逮捕) is
		// what a later stage counts.
		object = object[len(w):]
	}
	if w := hasPrefixAny(object, kindWords); w != "" {
		object = object[len(w):]
	}
	if object == "" {
		return ""
	}
	head := ""
	if utf8.RuneCountInString(object) <= 8 {
		head = object
	} else {
		head = hasSuffixAny(object, caseHeads)
	}
	if head == "" {
		head = object
		if n := utf8.RuneCountInString(object); n > 3 {
			// The last two characters name what is counted.
			_, l1 := utf8.DecodeLastRuneInString(object)
			_, l2 := utf8.DecodeLastRuneInString(object[:len(object)-l1])
			head = object[len(object)-l1-l2:]
		}
	}
	if strings.HasSuffix(head, "案件") && (unitBase(unit) == "人" || unitBase(unit) == "人次") {
		return ""
	}
	if hasSuffixAny(object, caseVerbs) != "" {
		// 经审查后批准逮捕158件，不批准逮捕33件: an object that ends in a
		// case verb is that verb, no noun (not 不批准逮捕逮捕).
		return ""
	}
	return head
}

// caseAgents end the name of a court or procuratorate acting as the agent
// of a case verb.
var caseAgents = []string{"法院", "中院", "高院", "检察院", "检察机关", "法庭", "人民法庭", "审判庭", "院"}

// agentAdverbs may stand between an agent and its verb.
var agentAdverbs = []string{"共计", "累计", "一共", "共", "依法", "全年", "先后", "还", "已", "总共"}

// dropCaseAgent is the rule for a court or procuratorate written before the
// verb of its count: the verb and its object name the figure, not the
// agent (市中级法院共审结二审行政案件 → 审结二审行政案件, 全市检察机关共提起
// 公诉 → 提起公诉). The name is kept when the verb and object would be
// fewer than four characters (法院结案), and an agent written right before
// its verb stays (市法院受理各类案件: the scope of the count, contiguous):
// only an adverb between them (共, 依法) makes the agent's name a span the
// text does not write without it.
func dropCaseAgent(name string) string {
	at := firstCaseVerb(name)
	if at <= 0 {
		return name
	}
	agent := name[:at]
	adverb := false
	for {
		w := hasSuffixAny(agent, agentAdverbs)
		if w == "" || w == agent {
			break
		}
		agent = agent[:len(agent)-len(w)]
		adverb = true
	}
	if hasSuffixAny(agent, caseAgents) == "" {
		return name
	}
	if !adverb {
		return name // 市法院受理各类案件: the scope of the count stays
	}
	rest := name[at:]
	if utf8.RuneCountInString(rest) < 4 {
		return name
	}
	return rest
}

// reachVerbEnds end a predicate whose figure counts the noun after it
// (已拓展到50个行政管理领域, 扩大至12类).
var reachVerbEnds = []string{"到", "至"}

// endsInReachVerb is the rule for a predicate that reaches a count of
// something named after the number: the text before the number ends in a
// verb and 到 or 至 (行政诉讼案件已拓展到50个行政管理领域, 服务延伸至30个
// 村): the noun after the classifier is the subject, not the predicate.
// Periods (截至, 直至) are not predicates.
func endsInReachVerb(pre string) bool {
	pre = trimText(pre)
	w := hasSuffixAny(pre, reachVerbEnds)
	if w == "" {
		return false
	}
	head := pre[:len(pre)-len(w)]
	r, _ := utf8.DecodeLastRuneInString(head)
	if !isHan(r) || strings.ContainsRune("截直以从由提", r) {
		return false
	}
	return utf8.RuneCountInString(head) >= 2
}

// bareShare is the rule for a share named only by 占 (受理案件3000件，其中一
// 审案件2800件，占93.3%): the share is named by the figure before it and
// 占 (一审案件占). "" when the rule does not apply.
func (x *extractor) bareShare(st *sentenceState, name, unit string) string {
	if unit != "%" || (name != "占" && name != "占比") {
		return ""
	}
	k := attachTarget(x.figs, st.figs)
	if k < 0 || isShareFigure(&x.figs[k]) || x.figs[k].Unit == "%" {
		return ""
	}
	if crime := countedCrime(x.figs[k].Indicator); crime != "" {
		return crime + name // 起诉诈骗罪40人，占比68.97% → 诈骗罪占比
	}
	return x.figs[k].Indicator + "占"
}

// countedCrime is the crime a case count names after its verb (起诉诈骗罪 →
// 诈骗罪, 起诉生产、销售伪劣产品罪) or, carried to it, before it (诈骗罪起诉 →
// 诈骗罪): the share of the count among the crimes is the crime's, not the
// verb's. "" when the name is no verb and a crime ending in 罪.
func countedCrime(name string) string {
	var crime string
	if v := hasPrefixAny(name, topicVerbs); v != "" {
		crime = name[len(v):]
	} else if v := topicLex.suffix(name); v != "" {
		crime = strings.TrimSuffix(name, v)
	} else {
		return ""
	}
	if !strings.HasSuffix(crime, "罪") || utf8.RuneCountInString(crime) < 2 {
		return ""
	}
	return crime
}

// completeCoordinated is the rule for coordinated names that share a head
// noun written once, after the last (一审、二审案件 → 一审案件, 二审案件;
// 第二、第三产业的比重): a name of one or two characters takes the rest of
// the next name after its own first as many characters, when the next is
// longer than three characters. The parts are completed in place.
//
// The head found so completes a longer first name that lacks it too (新收
// 刑事、民事、行政案件 → 新收刑事案件, 民事案件, 行政案件).
func completeCoordinated(parts []string) []string {
	parts = ordinalParts(parts)
	head := ""
	for j := len(parts) - 2; j >= 0; j-- {
		short := parts[j]
		next := parts[j+1]
		n := utf8.RuneCountInString(short)
		if n <= 2 && utf8.RuneCountInString(next) > 3 {
			cut := 0 // the byte offset after next's first n characters
			for k := 0; k < n; k++ {
				_, w := utf8.DecodeRuneInString(next[cut:])
				cut += w
			}
			parts[j] = short + next[cut:]
			head = next[cut:]
		}
	}
	if head != "" && len(parts) >= 3 && !strings.HasSuffix(parts[0], head) && !strings.ContainsAny(parts[0], "的和与及") {
		parts[0] += head
	}
	return sharedPrefix(parts)
}

// parallelWords are pairs of words that coordinate over a common front
// though they end differently (一般公共预算收入和支出).
var parallelWords = map[string]string{
	"收入": "支出", "支出": "收入", "出口": "进口", "进口": "出口", "存款": "贷款", "贷款": "存款",
}

// sharedPrefix is the rule for coordinated names that write their common
// front once, on the first (刑事案件收案与结案 → 刑事案件收案, 刑事案件结案): a
// later name of one or two characters that ends as the first name's last
// as many characters do (or pairs with them: 收入和支出) takes the first
// name's front.
func sharedPrefix(parts []string) []string {
	if len(parts) < 2 {
		return parts
	}
	first := parts[0]
	for j := 1; j < len(parts); j++ {
		p := parts[j]
		n := utf8.RuneCountInString(p)
		if n == 0 || n > 2 || utf8.RuneCountInString(first) <= n+1 {
			continue
		}
		cut := len(first)
		for k := 0; k < n; k++ {
			_, w := utf8.DecodeLastRuneInString(first[:cut])
			cut -= w
		}
		a, _ := utf8.DecodeLastRuneInString(first)
		b, _ := utf8.DecodeLastRuneInString(p)
		if (a == b || parallelWords[first[cut:]] == p) && first[cut:] != p {
			parts[j] = first[:cut] + p
		}
	}
	return parts
}

// siblingHead is the rule for a list of parallel counts that writes the
// head noun on the first only (一审案件1000件、二审200件 → 二审案件): a name
// of one or two characters right after the previous figure and 、 takes
// that figure's head, when the two names are parallel (they end in the
// same character: 一审/二审, 刑事/民事, 本科/专科) and the head is at least
// two characters. "" when the rule does not apply.
//
// A name of up to four characters that starts a clause takes the head of
// the sentence's last level the same way (第二产业增加值300亿元，增长5%；第
// 三产业500亿元 → 第三产业增加值; 城镇居民…，农村居民… ).
//
// The two figures are in one base unit, and cases (案件) are not a head for
// a count of persons.
func (x *extractor) siblingHead(st *sentenceState, name string, nameStart int, unit string) string {
	nr := runeCountUpTo(name, 5) // the count when at most 4
	if nr == 0 || nr > 4 || len(st.figs) == 0 {
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
	if prev == nil || prev.Span[1] > nameStart || prev.Parent != "" && !x.sameParent(st, prev) || unitBase(prev.Unit) != unitBase(unit) {
		return ""
	}
	gap := strings.TrimSpace(x.s[prev.Span[1]:nameStart])
	clauseStart, _ := trimSubjectPunct(x.s, st.clauseStart, nameStart)
	if gap != "、" && (clauseStart != nameStart || gap == "") {
		return ""
	}
	if gap == "、" && nr > 2 {
		return ""
	}
	pn := prev.Indicator
	i := 0
	for k := 0; k < nr && i < len(pn); k++ {
		_, n := utf8.DecodeRuneInString(pn[i:])
		i += n
	}
	prefix, head := pn[:i], pn[i:]
	if prefix == name || utf8.RuneCountInString(head) < 2 {
		return ""
	}
	a, _ := utf8.DecodeLastRuneInString(prefix)
	b, _ := utf8.DecodeLastRuneInString(name)
	if a != b || strings.HasSuffix(head, "案件") && (unitBase(unit) == "人" || unitBase(unit) == "人次") {
		return ""
	}
	return name + head
}

// isDuration is the rule for a span of years written where a subject
// stands (粮食产量再创新高，连续7年保持在1.3万亿斤以上; 五年来, 近三年,
// 连续多年): it names how long, not what, so the figure takes the subject
// the sentence carries. Digits, Chinese numerals and 多 count the years.
func isDuration(t string) bool {
	t = strings.TrimPrefix(t, "连续")
	t = strings.TrimPrefix(t, "近")
	t = strings.TrimPrefix(t, "过去")
	j := 0
	for j < len(t) && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if j == 0 {
		j = cnNumeralLen(t)
	}
	if j == 0 && strings.HasPrefix(t, "多") {
		j = len("多")
	}
	if j == 0 {
		return false
	}
	rest, ok := strings.CutPrefix(t[j:], "年")
	if !ok {
		return false
	}
	switch rest {
	case "", "来", "以来", "间":
		return true
	}
	return false
}

// agentEnds end the name of a body that acts or is counted in (全市法院,
// 区政府, 各部门).
var agentEnds = []string{"法院", "中院", "检察院", "检察机关", "政府", "部门", "机关"}

// isAgentName is the rule for a body written before a count of something
// else (全市法院125个集体和个人获市级以上表彰, 区政府32个部门): a name of at
// most six characters ending in a body's word is the agent, and the noun
// after the classifier is what is counted.
func isAgentName(name string) bool {
	return name != "" && runeCountUpTo(name, 7) <= 6 && hasSuffixAny(name, agentEnds) != ""
}

// coordinatedPostNoun extends the noun after a classifier at s[a:b] over
// nouns joined by 和, 与 or 及 (集体和个人), up to end. It returns the new
// end of the noun; b when nothing is joined.
func coordinatedPostNoun(s string, a, b, end int) int {
	if a >= b {
		return b
	}
	for b < end {
		w := hasPrefixAny(s[b:end], []string{"和", "与", "及"})
		if w == "" {
			return b
		}
		na, nb := postNoun(s, b+len(w), end)
		if na >= nb {
			return b
		}
		b = nb
	}
	return b
}

// ordinalParts is the rule for a list of ordinals that writes 第 once (第一、
// 二、三产业 → 第一, 第二, 第三产业): a part that starts with a Chinese
// numeral after a first part that starts with 第 and a numeral takes 第.
func ordinalParts(parts []string) []string {
	if len(parts) < 2 || !strings.HasPrefix(parts[0], "第") || cnNumeralLen(parts[0][len("第"):]) == 0 {
		return parts
	}
	for j := 1; j < len(parts); j++ {
		if cnNumeralLen(parts[j]) > 0 {
			parts[j] = "第" + parts[j]
		}
	}
	return parts
}

// distributedShare is the rule for shares of one whole distributed over
// coordinated names (刑事、民事案件分别占全部案件的10%和80% → 刑事案件占全部
// 案件, 民事案件占全部案件; 男性、女性分别占51.2%和48.8% → 男性占, 女性占):
// each name takes 占 and the whole when one is written. nil when name is
// not of that form.
func distributedShare(name string) []string {
	left, whole, ok := strings.Cut(name, "分别占")
	if !ok || left == "" {
		return nil
	}
	whole = strings.TrimSuffix(whole, "的")
	parts := completeCoordinated(splitNames(left))
	if len(parts) < 2 {
		return nil
	}
	for j := range parts {
		parts[j] += "占" + whole
	}
	return parts
}

// distributedSpan is the text before the number that distributedShare
// reads: the clause's words without scope and filler words at the start,
// but with an ordinal list kept whole (第一、二、三产业…, which stripSubject
// would read as list markers).
func (x *extractor) distributedSpan(st *sentenceState, lead int) string {
	a, b := trimSubjectPunct(x.s, st.subjStart, lead)
	for a < b {
		w := leadingLex.prefix(x.s[a:b])
		if w == "" || len(w) >= b-a {
			break
		}
		a += len(w)
	}
	return x.s[a:b]
}

// percentOfNoun is the rule for a percent that counts the noun written
// after it and 的 (91.9%的案件经过一审即服判息诉, 80%以上的行政村): the span
// after 的 to the clause's end when it is at most 16 ideographs, else the
// noun there; "" span (a == b) when 的 does not follow.
func percentOfNoun(s string, end, b int) (int, int) {
	j := end
	if w := hasPrefixAny(s[j:b], []string{"以上", "左右", "以下"}); w != "" {
		j += len(w)
	}
	if !strings.HasPrefix(s[j:b], "的") {
		return end, end
	}
	// The noun and what is said of it, to the clause's end: the share is of
	// the things the predicate holds for (事项实现全程网办).
	a := j + len("的")
	k, runes := a, 0
	for k < b && runes <= 16 {
		r, n := utf8.DecodeRuneInString(s[k:b])
		if breakRune(r) || sentenceEnd(r) || !isHan(r) {
			break
		}
		k += n
		runes++
	}
	if runes > 16 || k < b && !breakRune(rune0(s[k:b])) && !sentenceEnd(rune0(s[k:b])) {
		return shareNoun(s, j, b)
	}
	return a, k
}

// rune0 is the first rune of s, utf8.RuneError when s is empty.
func rune0(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// listedAfter is the rule for values listed after a named one (贡献率分别为
// 5.1%、40.2%和54.7%, 新建学校3,5个): a number with no words before it but
// 、 (or 和, 及, 与, or an ASCII comma between digits) right after the sentence's previous level in the same unit takes that
// level's name. It returns the level, -1 if none.
func (x *extractor) listedAfter(st *sentenceState, numStart int, unit string) int {
	if len(st.figs) == 0 {
		return -1
	}
	k := st.figs[len(st.figs)-1]
	f := &x.figs[k]
	if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms != 0 || f.Unit != unit || f.Span[1] > numStart {
		return -1
	}
	switch strings.TrimSpace(x.s[f.Span[1]:numStart]) {
	case "、", "和", "及", "与", "、和":
		return k
	}
	if x.s[f.Span[1]:numStart] == "," {
		return k // 新建学校3,5个: a list comma (listCommaUnit)
	}
	return -1
}

// listedOtherMeasure is the rule for a subject measured twice in two units
// listed with 、 (累计动迁4430户、53.8万平方米; 新建住房3000套、25万平方米): a
// number without a subject right after the sentence's last figure, a level
// in another unit, with only 、 between them, takes that figure's subject
// (a percent on either side is no second measure of one subject). It returns the figure's index, -1 if none.
func (x *extractor) listedOtherMeasure(st *sentenceState, numStart int, unit string) int {
	if len(st.figs) == 0 || unit == "" || unit == "%" {
		return -1
	}
	k := st.figs[len(st.figs)-1]
	f := &x.figs[k]
	if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms != 0 || f.Unit == "" || f.Unit == "%" || sameBase(f.Unit, unit) || f.Span[1] > numStart {
		return -1
	}
	if strings.TrimSpace(x.s[f.Span[1]:numStart]) != "、" {
		return -1
	}
	return k
}

// lastSchoolCount is the rule inheritSchoolScope uses for a level of
// schooling named by its count of schools (普通高中28所，招生2.1万人，在校生
// 6.3万人 → 普通高中招生, 普通高中在校生; …；初中12所，在校生1.1万人 → 初中在校
// 生): the sentence's last figure in 所, -1 if none. A stated change of the
// count (比上年减少723所, a figure of its own) is no count of schools.
func (x *extractor) lastSchoolCount(st *sentenceState) int {
	for j := len(st.figs) - 1; j >= 0 && j >= len(st.figs)-maxLookback; j-- {
		k := st.figs[j]
		if f := &x.figs[k]; schoolsUnit(f.Unit) && !f.Prior && !f.Missing && f.ChangeOf == "" {
			return k
		}
	}
	return -1
}

// predicateStarts begin the predicate of a clause that names a topic
// without a figure (粮食产量再创新高, 地区生产总值突破千亿大关, 固定资产投资
// 保持较快增长).
var predicateStarts = []string{
	"再创", "创历史", "创新高", "突破", "稳步", "保持", "持续", "不断", "明显", "继续", "进一步", "大幅",
	"快速", "较快", "平稳", "稳定", "首次", "实现", "取得", "位居", "居全", "呈", "有所", "逐步", "逐年", "显著",
	"攀升", "回升", "回落", "增长", "下降", "上升", "提升", "提高", "增加", "减少",
	"最大", "最高", "最多", "最小", "最低", "最少",
}

// clauseTopic is the rule for a clause that names a topic and says how it
// went, before the clause that gives its figure (全年粮食产量再创新高，达到
// 52.3万吨 → 粮食产量): the words before the first predicate word, when they
// are at least two characters; t itself otherwise.
func clauseTopic(t string) string {
	for i := range t {
		if i == 0 {
			continue
		}
		if w := hasPrefixAny(t[i:], predicateStarts); w != "" {
			if utf8.RuneCountInString(t[:i]) >= 2 {
				return t[:i]
			}
			return t
		}
	}
	return t
}

// topicCompletes is the rule for a short name that the topic clause before
// it ends with (固定资产投资保持较快增长，全年完成投资350亿元 → 固定资产投资):
// the topic, when name is at most two characters and the topic is longer;
// "" otherwise.
func topicCompletes(name, topic string) string {
	if n := utf8.RuneCountInString(name); n == 0 || n > 2 || !strings.HasSuffix(topic, name) || topic == name {
		return ""
	}
	return topic
}

// prevClauseTopic is the topic of the sentence's previous clause when it
// had no figure and the sentence has none yet, "" otherwise.
func (x *extractor) prevClauseTopic(st *sentenceState) string {
	if st.prevClause[0] < 0 || len(st.figs) > 0 {
		return ""
	}
	pa, pb := stripSubject(x.s, st.prevClause[0], st.prevClause[1])
	if pa >= pb || isPeriodText(x.s[pa:pb]) {
		return ""
	}
	return clauseTopic(x.s[pa:pb])
}

// isBareVerb is the rule for a verb of two characters written right before
// a count in a noun classifier (实施120个重点项目, 扶持1200名大学生自主创业,
// 打造5个省级示范村): what is counted is the noun after the classifier. A
// noun written before its count has no noun after the classifier, so the
// caller applies the rule only when one follows.
func isBareVerb(name string) bool {
	return runeCountUpTo(name, 3) == 2 && isHanString(name) && !measureLex.has(name)
}

// measureLex holds two-character names that are quantities, not verbs,
// even before a classifier and a noun (产量, 面积).
var measureLex = newLexicon(measureWords)

// punishVerbs begin a clause naming the crimes a court or procuratorate
// acts on (严惩杀人、抢劫等严重暴力犯罪).
var punishVerbs = []string{"严惩", "惩治", "惩处", "打击", "严厉打击", "依法严惩", "依法惩治", "依法惩处", "从严惩处", "审理", "办理", "化解", "调处", "遏制"}

// crimeObject is the rule for a case count whose object is named by the
// clause before it (严惩杀人、抢劫、强奸等严重暴力犯罪，办结案件691件 → 办结严重
// 暴力犯罪案件): a name that is a case verb and 案件, after a clause
// without a figure that names crimes or disputes (after its last 等, or
// after a verb of punishing) of at most ten characters ending in 犯罪 or
// 纠纷, takes them between the verb and 案件. "" when the rule does not
// apply.
func (x *extractor) crimeObject(st *sentenceState, name string) string {
	verb, ok := strings.CutSuffix(name, "案件")
	if !ok || hasPrefixAny(verb, caseVerbs) != verb || st.prevClause[0] < 0 || len(st.figs) > 0 {
		return ""
	}
	pa, pb := trimSubjectPunct(x.s, st.prevClause[0], st.prevClause[1])
	if pa >= pb {
		return ""
	}
	t := x.s[pa:pb]
	if k := strings.LastIndex(t, "等"); k >= 0 {
		t = t[k+len("等"):]
	} else if w := hasPrefixAny(t, punishVerbs); w != "" {
		t = t[len(w):]
	} else {
		return ""
	}
	if t == "" || utf8.RuneCountInString(t) > 10 || !isHanString(t) || hasSuffixAny(t, []string{"犯罪", "纠纷"}) == "" {
		return ""
	}
	return verb + t + "案件"
}

// reachSuffix is the rule for a predicate of reaching at the end of a
// subject candidate when no noun follows the number (电商企业已发展到320家,
// 服务范围扩大至12个): the length of a two-character verb and 到 or 至 at
// the end of t, 0 when there is none or fewer than two characters would
// remain.
func reachSuffix(t string) int {
	if !endsInReachVerb(t) {
		return 0
	}
	k := 0
	rest := t
	for n := 0; n < 3; n++ {
		_, w := utf8.DecodeLastRuneInString(rest)
		rest = rest[:len(rest)-w]
		k += w
	}
	if utf8.RuneCountInString(rest) < 2 || !isHanString(t[len(t)-k:]) {
		return 0
	}
	return k
}

// distributedNames is the rule for the names before 分别 read from the
// clause as written (第一、二、三产业比重分别为8.1%、40.2%和51.7% → 第一产业
// 比重, 第二产业比重, 第三产业比重): the coordinated names before the last 分别,
// completed by completeCoordinated; nil when there are fewer than two.
func distributedNames(span string) []string {
	k := strings.LastIndex(span, "分别")
	if k <= 0 {
		return nil
	}
	parts := completeCoordinated(splitNames(strings.TrimSpace(span[:k])))
	if len(parts) < 2 {
		return nil
	}
	return parts
}

// afterEnumeration is the rule for a count named by a category after the
// examples of it (办理英烈权益保护、个人信息保护等新法定领域案件1465件 → 新法定
// 领域案件): when the name lists examples joined by 、 before its last 等
// and at least four characters follow 等, the words after 等 name the
// count; name itself otherwise.
func afterEnumeration(name string) string {
	k := strings.LastIndex(name, "等")
	if k <= 0 || !strings.Contains(name[:k], "、") {
		return name
	}
	tail := name[k+len("等"):]
	if utf8.RuneCountInString(tail) < 4 || !isHanString(tail) || !strings.HasSuffix(name, tail) {
		return name
	}
	return dropBatchModifier(tail)
}

// dropBatchModifier is the rule for the cases of a list named after 等 as
// a batch with what marks them (杜某、王某等一批具有重大影响的涉黑恶案件19件):
// 一批 and its modifier up to the last 的 say which cases, the noun after
// 的 names what is counted (涉黑恶案件), when it has four characters or more.
func dropBatchModifier(name string) string {
	w := hasPrefixAny(name, []string{"一大批", "一批", "一系列"})
	if w == "" {
		return name
	}
	k := strings.LastIndex(name, "的")
	if k < len(w) {
		return name
	}
	if t := name[k+len("的"):]; utf8.RuneCountInString(t) >= 4 {
		return t
	}
	return name
}

// countsNounAfter is the rule for a count in a noun classifier whose
// subject is the noun written after the classifier, not the words before
// the number (name, and rawPre as written): there are none; they end in 的
// or 等 (…等152个项目); they end in a verb that takes the count as its
// object (组织540多个基层党组织), a preposition (对137起命案), a verb of
// reaching (已拓展到50个行政管理领域); they name a body (全市法院125个集体和
// 个人), or they are a bare two-character verb (实施120个重点项目). The
// caller takes the noun only when one follows.
func countsNounAfter(name, rawPre string) bool {
	return name == "" || strings.HasSuffix(rawPre, "的") || strings.HasSuffix(rawPre, "等") ||
		objVerbLex.suffix(name) != "" || endsWithPreposition(name) || endsInReachVerb(rawPre) ||
		isAgentName(name) || isBareVerb(name) || disposalObject(name)
}

// distributesOver reports text before a number that hands its numbers to
// names stated before (分别为, 分别达到, 分别提高到): 分别 and at most four
// ideographs after it.
func distributesOver(pre string) bool {
	if !strings.Contains(pre, "分别") {
		return false // most texts: no backward search
	}
	pre = strings.TrimSpace(pre)
	k := strings.LastIndex(pre, "分别")
	if k < 0 {
		return false
	}
	rest := pre[k+len("分别"):]
	return rest == "" || isHanString(rest) && utf8.RuneCountInString(rest) <= 4
}

// missingLevelFor is the rule for levels distributed over figures the
// sentence stated only as changes (城镇和农村居民人均可支配收入分别增长5.1%和
// 7.2%，分别达到45000元和21000元): a number without a subject in a clause
// that distributes (distributesOver), or listed after such a number (和,
// 、), belongs to the next of those figures. It returns the figure, -1 when
// the rule does not apply. A figure stated as a change in percentage points
// takes only a level in %.
func (x *extractor) missingLevelFor(st *sentenceState, pre, unit string) int {
	p := strings.TrimSpace(pre)
	if len(st.fill) == 0 {
		if !distributesOver(p) {
			return -1
		}
		var run []int
		for j := len(st.figs) - 1; j >= 0 && j >= len(st.figs)-maxLookback; j-- {
			f := &x.figs[st.figs[j]]
			if !f.Missing {
				break
			}
			run = append(run, st.figs[j])
		}
		if len(run) < 2 {
			return -1
		}
		for a, b := 0, len(run)-1; a < b; a, b = a+1, b-1 {
			run[a], run[b] = run[b], run[a]
		}
		st.fill = run
	} else if p != "" && p != "和" && p != "、" && p != "及" && p != "与" && !distributesOver(p) {
		st.fill = nil
		return -1
	}
	k := st.fill[0]
	if f := &x.figs[k]; f.Unit == "%" && unit != "%" {
		st.fill = nil
		return -1
	}
	st.fill = st.fill[1:]
	return k
}

// fillLevel gives the figure k, stated only as a change, the level a later
// clause states for it (missingLevelFor).
func (x *extractor) fillLevel(st *sentenceState, k int, value float64, neg bool, numText string, m unitMatch, approx bool, qual string, numStart int) {
	f := &x.figs[k]
	if neg {
		value, numText = -value, "-"+numText
	}
	f.Missing = false
	f.Value, f.Unit, f.Number = value, m.unit, numText
	f.Span[1] = max(f.Span[1], m.end)
	if approx {
		f.Flags |= Approx
		f.Qualifier = qual
	}
	st.subjStart = m.end
	st.clauseFigs++
	st.lastInCl = k + 1
}

// absReachedLevel is the rule for the level an absolute change stated
// without a level reached (受理案件增加12件至300件, 注册护士增加350人，达到
// 9800人, 医院增加了10所，现为1219所): the sentence's last figure is an absolute change's own figure in
// the same base unit, the text before the number is only a verb of reaching,
// and no level of the changed subject is stated in the sentence. It returns
// that figure, -1 when the rule does not apply.
func (x *extractor) absReachedLevel(st *sentenceState, pre, name, unit string) int {
	k := lastAfterReach(st, pre, name)
	if k < 0 {
		return -1
	}
	f := &x.figs[k]
	if f.ChangeOf == "" || f.Missing || f.Prior || unitBase(f.Unit) != unitBase(unit) || unitBase(unit) == "" || !strings.HasPrefix(f.Indicator, f.ChangeOf) {
		return -1
	}
	if openedChange(f.Indicator, f.ChangeOf) {
		return k // 期初…，本期增加236万股至: the level the balance reached
	}
	for _, j := range st.figs {
		if g := &x.figs[j]; g.Indicator == f.ChangeOf && g.ChangeOf == "" {
			return -1 // the level is stated already
		}
	}
	return k
}

// levelOfAbs adds the level an absolute change reached (absReachedLevel) as
// the changed subject's figure, with the change (signed by its verb).
func (x *extractor) levelOfAbs(st *sentenceState, k int, value float64, neg bool, numText string, m unitMatch, approx bool, qual string, numStart int) {
	c := x.figs[k]
	verb := strings.TrimPrefix(c.Indicator, c.ChangeOf)
	verb = strings.TrimPrefix(verb, hasPrefixAny(verb, changePeriodWords)) // 本期减少
	sign := 1.0
	if hasPrefixAny(verb, downVerbs) != "" || strings.HasPrefix(verb, "少") {
		sign = -1
	}
	if neg {
		value, numText = -value, "-"+numText
	}
	f := Figure{Indicator: c.ChangeOf, Section: c.Section, Value: value, Unit: m.unit, Period: c.Period, Year: c.Year,
		Number: numText, Parent: c.Parent, parent: c.parent,
		Sentence: c.Sentence, SentenceSpan: c.SentenceSpan, Span: [2]int{c.Span[0], m.end}, Source: c.Source}
	f.addChange(Change{Kind: Abs, Value: sign * c.Value, Text: x.s[c.Span[0]:numStart], Number: c.Number, Unit: c.Unit, verb: verb})
	if approx {
		f.Flags |= Approx
		f.Qualifier = qual
	}
	x.pushInSentence(st, f, m.end)
}

// lastAfterReach is the sentence's last figure when the text before a
// number (pre, less the number's own name) is only a verb of reaching
// (reachVerbs); -1 otherwise.
func lastAfterReach(st *sentenceState, pre, name string) int {
	if len(st.figs) == 0 {
		return -1
	}
	p := strings.TrimSpace(pre)
	if name != "" {
		p = strings.TrimPrefix(p, name)
	}
	if w := hasPrefixAny(p, reachVerbs); w == "" || w != p {
		return -1
	}
	return st.figs[len(st.figs)-1]
}

// reachVerbs state the level a change reached (增长6.1%，达到1025亿元;
// 减少了5个，现为41个).
var reachVerbs = []string{"达到", "达", "为", "是", "提高到", "提高至", "增长到", "增长至", "增加到", "增加至", "增至",
	"上升到", "上升至", "升至", "下降到", "下降至", "降至", "减少到", "减少至", "突破", "超过", "至", "到",
	// 医院增加了10所，现为1219所: the level now, after the change that led to it.
	"现为", "现有"}

// isBareTo is the rule for a level written right after its change with 至
// or 到 alone or another verb of reaching (城镇登记失业率下降0.3个百分点至3.2%,
// 增长5.2%到120亿元, 减少3个，降至41个): the word is the verb of the level the
// change reached, not its name.
func isBareTo(name string) bool { return name != "" && reachLex.prefix(name) == name }

// totalWords name the level of the figure before them (总量达到1025亿元).
var totalWords = []string{"总量", "规模", "总额", "总数", "总规模"}

func isTotalWord(name string) bool { return totalLex.prefix(name) == name }

// reachedLevelFor is the rule for the level a change reached, stated after
// it (全年地区生产总值增长6.1%，达到1025亿元; 办结率比上年提高2个百分点，达到98%;
// 总量达到…): a number without a subject of its own (or named only 总量 …)
// after a verb of reaching, in the clause right after the sentence's last
// figure when that figure was stated only as a change, belongs to it. A
// change in percentage points takes only a level in %. It returns the
// figure, -1 when the rule does not apply.
func (x *extractor) reachedLevelFor(st *sentenceState, pre, name, unit string) int {
	k := lastAfterReach(st, pre, name)
	if k < 0 {
		return -1
	}
	f := &x.figs[k]
	if !f.Missing || f.Unit == "%" && unit != "%" || f.Unit != "" && f.Unit != "%" && unitBase(f.Unit) != unitBase(unit) {
		return -1
	}
	return k
}

// opensWithSchoolScope is the rule for the counts of a level of schooling
// that the sentence opens with (普通高中招生5200人，在校生1.5万人，毕业生4800人
// → 普通高中在校生, 普通高中毕业生): the sentence's first figure is named by the
// scope, which names a level of schooling (schoolLevels), and a school
// measure.
func opensWithSchoolScope(first, scope string) bool {
	rest, ok := strings.CutPrefix(first, scope)
	return ok && hasSuffixAny(scope, schoolLevels) != "" && hasPrefixAny(rest, schoolMeasures) == rest && rest != ""
}

// schoolLevels end the name of a level of schooling (普通高中, 初中, 中等职业
// 学校); 学历教育 of all levels is none.
var schoolLevels = []string{"高中", "初中", "小学", "中学", "幼儿园", "中职", "职业学校", "职业高中", "特殊教育", "高校", "大学",
	"技工学校", "学前教育", "义务教育", "中专", "学校", "阶段"}

// inList reports whether name is one of names.
func inList(name string, names []string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// distributedAgain is the rule for a second 分别 clause that names one
// measure of the names of the first (小学、初中学校分别为28所、12所，在校生分别
// 为2.3万人、1.1万人 → 小学在校生, 初中在校生): the first list's names without
// their common ending (学校) scope the measure. nil when the rule does not
// apply.
func (x *extractor) distributedAgain(st *sentenceState, name, pre string) []string {
	if len(st.distributed) < 2 || name == "" || strings.ContainsAny(name, "、和与及") || !distributesOver(pre) {
		return nil
	}
	common := commonSuffix(st.distributed)
	out := make([]string, len(st.distributed))
	for j, d := range st.distributed {
		scope := strings.TrimSuffix(d, common)
		if scope == "" {
			return nil
		}
		out[j] = scope + name
	}
	return out
}

// commonSuffix is the longest ending all names share, in whole runes.
func commonSuffix(names []string) string {
	if len(names) == 0 {
		return ""
	}
	suf := names[0]
	for _, n := range names[1:] {
		for !strings.HasSuffix(n, suf) {
			_, w := utf8.DecodeRuneInString(suf)
			suf = suf[w:]
		}
	}
	return suf
}

// coordinatedParts splits a name that coordinates several (一审、二审案件,
// 起诉金融、医疗领域职务犯罪, 收结案) into the names it stands for, completed:
// contractedCaseVerbs, then verbFrontCoordinated, then completeCoordinated.
func coordinatedParts(name string) []string {
	if parts := contractedCaseVerbs(name); parts != nil {
		return parts
	}
	parts := splitNames(name)
	if len(parts) < 2 {
		return parts
	}
	if v := verbFrontCoordinated(parts); v != nil {
		return v
	}
	return completeCoordinated(parts)
}

// verbFrontCoordinated is the rule for coordinated objects of one case
// verb written once, on the first (起诉金融、医疗领域职务犯罪 → 起诉金融领域职务
// 犯罪, 起诉医疗领域职务犯罪): the first name is a case verb and one or two
// characters, the others start with no case verb; the short objects are
// completed as completeCoordinated does, and every name takes the verb.
// nil when the rule does not apply.
func verbFrontCoordinated(parts []string) []string {
	v := longestPrefix(parts[0], caseVerbs)
	if v == "" {
		return nil
	}
	rest := parts[0][len(v):]
	if n := utf8.RuneCountInString(rest); n == 0 || n > 2 || !isHanString(rest) {
		return nil
	}
	for _, p := range parts[1:] {
		if longestPrefix(p, caseVerbs) != "" {
			return nil
		}
	}
	objs := completeCoordinated(append([]string{rest}, parts[1:]...))
	if objs[0] == rest {
		return nil // no head to share: 起诉金融、医疗 is no list of objects we read
	}
	out := make([]string, len(objs))
	for k, o := range objs {
		out[k] = v + o
	}
	return out
}

func longestPrefix(s string, ws []string) string {
	best := ""
	for _, w := range ws {
		if len(w) > len(best) && strings.HasPrefix(s, w) {
			best = w
		}
	}
	return best
}

// caseContractions are two case verbs written as one word before 案 (收结案:
// 收案 and 结案; 立结案; 审执结: 审结 and 执结).
var caseContractions = []struct{ word, a, b string }{
	{"收结案", "收案", "结案"}, {"立结案", "立案", "结案"}, {"受结案", "受案", "结案"}, {"审执结", "审结", "执结"},
}

// contractedCaseVerbs is the rule for two case verbs contracted into one
// word (收结案分别为1200件、1150件 → 收案, 结案; 全年审执结案件 → 全年审结案件,
// 全年执结案件): the name ends in the contraction, perhaps with 件 or 数
// after it. It returns the two names, the words before and after kept; nil
// if the name holds none. The caller takes them only when the values are
// two (a 分别 list, or values paired with the names): 审执结案件1.2万件 is one
// total.
func contractedCaseVerbs(name string) []string {
	if !strings.Contains(name, "结") {
		return nil // every contraction holds 结
	}
	for _, c := range caseContractions {
		k := strings.Index(name, c.word)
		if k < 0 {
			continue
		}
		front, tail := name[:k], name[k+len(c.word):]
		if tail != "" && tail != "件" && tail != "数" && tail != "案件" && tail != "案件数" {
			continue
		}
		if strings.HasSuffix(c.word, "案") && tail == "件" {
			tail = "" // 收结案件 → 收案, 结案
		}
		return []string{front + c.a + tail, front + c.b + tail}
	}
	return nil
}

// pairedValues is the rule for values listed right after one another,
// each in one base unit, joined by 和, 、, 及 or 与 (348人和580人, 1200件、
// 1150件): it returns how many there are from the number token i with unit
// m, 1 when no other follows. A coordinated name before them with as many
// names hands one value to each (the caller).
func pairedValues(s string, toks []token, i int, m unitMatch) int {
	return sameUnitRun(s, toks, i, m, func(r rune) bool { return r == '、' }, func(gap string) bool {
		return gap == "、" || gap == "和" || gap == "及" || gap == "与" || gap == "、和"
	})
}

// sameUnitRun counts the values from the number token i with unit m on
// that follow one another in one base unit and kind of unit, each joined
// to the one before by a gap joins accepts; a break token skip accepts
// right after a value is passed over. It stops at maxLookback values.
func sameUnitRun(s string, toks []token, i int, m unitMatch, skip func(rune) bool, joins func(gap string) bool) int {
	count := 1
	end := m.end
	base, based := "", false // unitBase(m.unit), once a value follows
	for k := i + 1; k < len(toks) && count < maxLookback; k++ {
		t := toks[k]
		if t.kind == tokBreak && t.start == end && skip(t.r) {
			continue
		}
		if t.kind != tokNum || t.parts > 1 || t.start < end || !joins(s[end:t.start]) {
			break
		}
		um := readUnit(s, t.end)
		if um.kind == unitNone {
			break
		}
		if !based {
			base, based = unitBase(m.unit), true
		}
		if unitBase(um.unit) != base || um.kind != m.kind {
			break
		}
		count++
		end = um.end
	}
	return count
}

// rateScopes scope a rate (人口出生率, 城镇调查失业率, 一审服判息诉率); longest
// first is not needed, a name starts with at most one.
var rateScopes = []string{"人口", "城镇", "农村", "城市", "乡村", "男性", "女性", "一审", "二审", "再审"}

// clauseRateScopes carry over to a rate in the next clause (城镇调查失业率
// 5.2%，农村4.1%); the others only within a list joined by 、 (一审服判息诉率
// 96.8%、调解撤诉率52.1%), since 一审服判息诉率96.8%，结案率95.1% names all
// cases' 结案率, and a bulletin's 人口出生率8.5‰，死亡率6.9‰ is read as
// written (死亡率: every development set's annotators).
var clauseRateScopes = []string{"城镇", "农村", "城市", "乡村"}

// rateScope applies scopedRate to a rate named right after the sentence's
// last level (after 、, or starting a clause), both in % or both in ‰.
func (x *extractor) rateScope(st *sentenceState, name string, nameStart int, unit string) string {
	if unit != "%" && unit != "‰" || name == "" || len(st.figs) == 0 {
		return ""
	}
	k := attachTarget(x.figs, st.figs)
	if k < 0 {
		return ""
	}
	prev := &x.figs[k]
	if prev.Unit != unit || prev.Span[1] > nameStart || prev.Parent != "" {
		return ""
	}
	gap := strings.TrimSpace(x.s[prev.Span[1]:nameStart])
	listed := gap == "、"
	if !listed {
		if clauseStart, _ := trimSubjectPunct(x.s, st.clauseStart, nameStart); clauseStart != nameStart || gap == "" {
			return ""
		}
	}
	return scopedRate(prev.Indicator, name, listed)
}

// scopedRate is the rule for rates stated after a scoped rate, which take
// its scope (人口出生率8.5‰、死亡率6.9‰ → 人口死亡率; 一审服判息诉率96.8%、调解
// 撤诉率52.1% → 一审调解撤诉率), and for another scope stated alone after it,
// which takes its rate (城镇调查失业率5.2%，农村4.1% → 农村调查失业率). prev is
// the earlier rate's name, name the later one's; listed reports the two
// joined by 、. "" when the rule does not apply.
func scopedRate(prev, name string, listed bool) string {
	scope := ""
	for _, w := range rateScopes {
		if strings.HasPrefix(prev, w) {
			scope = w
			break
		}
	}
	rest := prev[len(scope):]
	if scope == "" || !strings.HasSuffix(rest, "率") || utf8.RuneCountInString(rest) < 3 {
		return ""
	}
	for _, w := range rateScopes {
		if name == w {
			if w == scope {
				return ""
			}
			return w + rest // 农村 → 农村调查失业率
		}
		if strings.HasPrefix(name, w) {
			return "" // 农村调查失业率 names its own scope
		}
	}
	if !strings.HasSuffix(name, "率") || utf8.RuneCountInString(name) > 6 || name == rest || !isHanString(name) {
		return ""
	}
	if !listed && !slices.Contains(clauseRateScopes, scope) {
		return ""
	}
	return scope + name
}

// previousSentenceSchoolScope is the rule for a sentence that opens with a
// school measure after a sentence that counted the schools of a level
// (全省共有义务教育阶段学校7232所，比上年减少249所。招生79.4万人 → 义务教育
// 阶段招生): the previous sentence's last level is scope+学校 in 所, the
// scope a level of schooling (schoolLevels). "" when the rule does not
// apply.
func (x *extractor) previousSentenceSchoolScope(name string) string {
	if x.lastLine <= 0 {
		return ""
	}
	last := &x.figs[x.lastLine-1]
	for k := x.lastLine - 1; k >= 0 && k >= x.lastLine-maxLookback; k-- {
		f := &x.figs[k]
		if f.Sentence != last.Sentence || f.SentenceSpan != last.SentenceSpan {
			break
		}
		if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms != 0 {
			continue
		}
		scope, ok := strings.CutSuffix(f.Indicator, "学校")
		if !ok || !schoolsUnit(f.Unit) || scope == "" || hasSuffixAny(scope, schoolLevels) == "" {
			return ""
		}
		return scope + name
	}
	return ""
}

// wholeWords name the whole a share is of without naming what is counted
// (总数, 全部, 全市).
var wholeWords = []string{"总数", "总量", "总额", "总人数", "全部", "全省", "全市", "全县", "全区", "全国", "总体"}

// shareOfWhole is the rule for a share of a whole named only as the whole
// (占总数的68.08%, 占全市的12.5%): name is 占 and such a word. The share is
// then named by the level before it and those words (普惠性幼儿园占总数); a
// share whose whole says what it counts (占一般公共预算收入的48.51%) keeps
// its words alone.
func shareOfWhole(name string) bool {
	rest, ok := strings.CutPrefix(name, "占")
	return ok && (slices.Contains(wholeWords, rest) || shortWhole(rest))
}

// shortWhole is the rule for a share of a whole named in one or two
// characters (主体税种完成54.5亿元，同比增长24.8%，占税收的61.8%): 占税收 names
// the whole, not the share, which is the level's (主体税种占税收), as a
// share of 总数 is.
func shortWhole(rest string) bool {
	n := utf8.RuneCountInString(rest)
	return n >= 1 && n <= 2 && isHanString(rest)
}

// caseRate applies verbRate to a rate in % named after the sentence's last
// level, a count.
func (x *extractor) caseRate(st *sentenceState, name, unit string) string {
	if unit != "%" || !strings.HasSuffix(name, "率") {
		return ""
	}
	k := attachTarget(x.figs, st.figs)
	if k < 0 || x.figs[k].Unit == "%" || x.figs[k].Unit == "‰" || isShareFigure(&x.figs[k]) {
		return ""
	}
	if r := verbFinalRate(x.figs[k].Indicator, name); r != "" {
		return r
	}
	return verbRate(x.figs[k].Indicator, name)
}

// verbRate is the rule for the rate of a verb stated after the count of
// what it acted on (审结民事类案件26件，审结率100% → 民事类案件审结率; 提出检察
// 建议6件，采纳率100% → 检察建议采纳率): prev, the count's name, is a verb and
// an object of at least three characters; name is the same verb and 率, or
// 采纳率 after 建议. The rate takes the object. "" when the rule does not
// apply: 审结案件300件，结案率95% names the court's rate, not the cases'.
func verbRate(prev, name string) string {
	stem, ok := strings.CutSuffix(name, "率")
	if !ok || utf8.RuneCountInString(stem) != 2 {
		return ""
	}
	v := longestPrefix(prev, append([]string{"提出", "发出", "制发"}, caseVerbs...))
	if v == "" {
		return ""
	}
	obj := prev[len(v):]
	if utf8.RuneCountInString(obj) < 3 || !isHanString(obj) {
		return ""
	}
	if stem == v || stem == "采纳" && strings.HasSuffix(obj, "建议") {
		return obj + name
	}
	return ""
}

// verbFinalRate is the rule for the rate of a verb-final case count just
// before it (刑事案件结案38件，结案率55.88% → 刑事案件结案率): a rate named
// by the count's verb and 率 is the rate of the count's noun. "" when the
// count is not named noun first and verb last (verbFinalNoun) or its verb
// is not the rate's.
func verbFinalRate(prev, name string) string {
	stem, ok := strings.CutSuffix(name, "率")
	if !ok || stem == "" || !strings.HasSuffix(prev, stem) {
		return ""
	}
	noun := verbFinalNoun(prev)
	if noun == "" || noun == "案件" || !strings.HasSuffix(strings.TrimSuffix(prev, stem), noun) {
		return ""
	}
	return noun + name
}

// dropHolderVerb is the rule for a subject that names who holds what is
// counted and the verb of holding between (四类县级医疗卫生机构共有卫生人员
// → 四类县级医疗卫生机构卫生人员; 基层医疗卫生机构拥有卫生技术人员): the holder
// ends in 机构, 单位, 医院, 学校, 企业 or 园区 or is a level of schooling
// (普通小学共有校舍 → 普通小学校舍), and the noun after 共有 or 拥有 is at
// least two characters. The name is returned as is otherwise (共有党员 at
// the start is stripped elsewhere; 现有, 实有 name a stock).
func dropHolderVerb(name string) string {
	for _, w := range []string{"共有", "拥有"} {
		k := strings.Index(name, w)
		if k <= 0 {
			continue
		}
		holder, noun := name[:k], name[k+len(w):]
		if hasSuffixAny(holder, []string{"机构", "单位", "医院", "学校", "企业", "园区", "卫生院", "卫生室"}) == "" && hasSuffixAny(holder, schoolLevels) == "" {
			continue // 普通小学共有校舍: a level of schooling holds too
		}
		if utf8.RuneCountInString(noun) < 2 || !isHanString(noun) {
			continue
		}
		return holder + noun
	}
	return name
}

// budgetOfLevel applies budgetName to a figure after the sentence's last
// level in the same base unit.
func (x *extractor) budgetOfLevel(st *sentenceState, name, unit string) string {
	k := attachTarget(x.figs, st.figs)
	if k < 0 || isShareFigure(&x.figs[k]) || unitBase(x.figs[k].Unit) != unitBase(unit) || unitBase(unit) == "" && x.figs[k].Unit != unit {
		return ""
	}
	return budgetName(x.figs[k].Indicator, name)
}

// budgetWords name the plan a level is measured against.
var budgetWords = []string{"年初预算数", "调整预算数", "预算数", "年初预算", "调整预算", "预算"}

// budgetName is the rule for the plan a level is measured against, named
// only as the plan (一般公共预算支出累计完成107752万元，完成预算数257288万元的
// 41.9% → 一般公共预算支出预算数; 为调整预算数30.5亿元的 → …调整预算数): name
// is such a plan, perhaps after 完成 or 为; it takes the level's name, prev.
// "" when the rule does not apply.
func budgetName(prev, name string) string {
	plan := name
	for _, w := range []string{"完成", "为", "占"} {
		plan = strings.TrimPrefix(plan, w)
	}
	if !slices.Contains(budgetWords, plan) || prev == "" || strings.HasSuffix(prev, plan) {
		return ""
	}
	return prev + plan
}

// dropFootnoteMarks is the rule for the note numbers a bulletin writes after
// a term it explains (各级各类学校[2]312所, 义务教育阶段[8]招生, 普惠性幼儿园［3］,
// 城镇新增就业①): a bracketed number of one or two digits, or a note symbol
// (noteSymbolLen), is no part of the subject and is dropped wherever it
// stands.
func dropFootnoteMarks(name string) string {
	if strings.IndexByte(name, '[') < 0 && !strings.Contains(name, "［") && !hasNoteSymbol(name) {
		return name
	}
	var b strings.Builder
	for i := 0; i < len(name); {
		if n := footnoteMarkAt(name, i); n > 0 {
			i += n
			continue
		}
		b.WriteByte(name[i])
		i++
	}
	return b.String()
}

// footnoteMarkAt returns the byte length of a note mark ([2], ［12］) at i
// in s, 0 if none.
func footnoteMarkAt(s string, i int) int {
	var open, closing string
	switch {
	case strings.HasPrefix(s[i:], "["):
		open, closing = "[", "]"
	case strings.HasPrefix(s[i:], "［"):
		open, closing = "［", "］"
	default:
		return noteSymbolLen(s, i) // 城镇新增就业①, 招生⑵, 学校¹
	}
	j := i + len(open)
	k := j
	for k < len(s) && k-j < 3 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == j || k-j > 2 || !strings.HasPrefix(s[k:], closing) {
		return 0
	}
	return k + len(closing) - i
}

// dropLeadingNote is the rule for a note in brackets that opens a subject
// (2023年1-11月（累计）工业增加值增长6.1% → 工业增加值): it qualifies the
// period before it, not the quantity, and is dropped when a name of at
// least two characters follows.
func dropLeadingNote(name string) string {
	var closing string
	switch {
	case strings.HasPrefix(name, "（"):
		closing = "）"
	case strings.HasPrefix(name, "("):
		closing = ")"
	default:
		return name
	}
	k := strings.Index(name, closing)
	if k < 0 {
		return name
	}
	rest := name[k+len(closing):]
	if utf8.RuneCountInString(rest) < 2 || strings.ContainsAny(rest, "（(") && !strings.ContainsAny(rest, "）)") {
		return name
	}
	return rest
}

// wholeNames reports names that each name a quantity: at least two
// characters (中、小学生 splits into 中 and 小学生, no names to pair values
// with).
func wholeNames(parts []string) bool {
	for _, p := range parts {
		if utf8.RuneCountInString(p) < 2 {
			return false
		}
	}
	return true
}

// caseVerbLex indexes caseVerbs by their first rune.
var caseVerbLex = newLexicon(caseVerbs)

// firstCaseVerb is where the first case verb after name's first rune
// starts, -1 if none: the least first occurrence of a verb of caseVerbs,
// a verb name starts with not counting. One pass over name instead of a
// search per verb.
func firstCaseVerb(name string) int {
	for i, r := range name {
		if i == 0 {
			continue
		}
		if !mayHave(&caseVerbLex.first, r) {
			continue // no case verb starts with r: no map look-up
		}
		for _, w := range caseVerbLex.byFirst[r] {
			if strings.HasPrefix(name[i:], w) && !strings.HasPrefix(name, w) {
				return i
			}
		}
	}
	return -1
}

// addedItemHeads begin the items a budget's total adds after a bare 加
// (加税收返还和转移支付补助, 加调入资金).
var addedItemHeads = []string{"上级", "税收返还", "转移", "调入", "动用", "债务", "上年", "地方政府", "新增", "再融资", "预算稳定"}

// dropAddedItem is the rule for an item a budget adds to its total, named
// after the conjunction that adds it (一般公共预算收入30亿元，加上上级补助收入
// 12亿元, 加税收返还和转移支付补助8亿元, 加上解支出5亿元): 加上, 加 before
// 上解 (加上解支出, but 加上上解支出), or 加 before one of addedItemHeads, is
// no part of the item's name. The name is
// returned as is when no name of two characters or more would be left.
func dropAddedItem(name string) string {
	rest, ok := strings.CutPrefix(name, "加上")
	if strings.HasPrefix(rest, "解") {
		rest = name[len("加"):] // 加上解支出: 加 and 上解支出
	} else if !ok {
		rest, ok = strings.CutPrefix(name, "加")
		if !ok || hasPrefixAny(rest, addedItemHeads) == "" {
			return name
		}
	}
	if utf8.RuneCountInString(rest) < 2 {
		return name
	}
	return rest
}

// counterparts pairs the two sides of a budget, and the two areas a report
// gives of one site (占地面积 and 建筑面积: 小学占地面积5.3万㎡，建筑面积3.1万㎡).
var counterparts = map[string]string{"收入": "支出", "支出": "收入", "占地面积": "建筑面积", "建筑面积": "占地面积"}

// counterpartName is the rule for the other side of a budget named alone
// after the first (政府性基金预算收入1588.8亿元，下降2.6%；支出2003.1亿元 →
// 政府性基金预算支出): a name that is only 收入 or 支出 takes the words before
// the other side in the name of the sentence's last level in the same base
// unit (shares and priors passed over), when those words are at least two
// characters. "" when the rule does not apply.
func (x *extractor) counterpartName(st *sentenceState, name, unit string) string {
	other, ok := counterparts[name]
	if !ok {
		return ""
	}
	for k := len(st.figs) - 1; k >= 0 && k >= len(st.figs)-maxLookback; k-- {
		f := &x.figs[st.figs[k]]
		if f.Prior || f.Missing || f.ChangeOf != "" || isShareFigure(f) || f.Unit == "%" {
			continue
		}
		if unitBase(f.Unit) != unitBase(unit) {
			return ""
		}
		head, ok := strings.CutSuffix(f.Indicator, other)
		if !ok || utf8.RuneCountInString(head) < 2 {
			return ""
		}
		return head + name
	}
	return ""
}

// dropSharePronoun is the rule for a share that refers back to its part by
// 其 (非税收入221.76亿元，…，其占地方一般公共预算收入的31.8%): the pronoun is
// no part of the share's name (占地方一般公共预算收入).
func dropSharePronoun(name string) string {
	if rest, ok := strings.CutPrefix(name, "其"); ok && strings.HasPrefix(rest, "占") && utf8.RuneCountInString(rest) >= 2 {
		return rest
	}
	return name
}

// bareSchoolMeasures are the measures an education bulletin states for a
// level of schooling without naming the level again (校数17所；毕业4008人；
// 图书81.27万册): alone they say nothing of which schools.
var bareSchoolMeasures = []string{"校数", "学校数", "毕业", "毕业生", "招生", "在校生", "专任教师", "教职工", "图书",
	"校舍总面积", "校舍面积", "仪器设备值", "班级", "班数"}

// paragraphSchoolScope is the rule for a bare school measure (校数, 毕业,
// 图书: bareSchoolMeasures) in a paragraph about one level of schooling:
// it takes the level the paragraph last named, in an earlier sentence of
// the line, either as a topic of its own (——小学。校数17所 → 小学校数) or
// as a count of schools (全县义务教育中小学30所。…图书146.13万册 → 义务教育图书;
// 全县幼儿园32所，比上年减少12所。毕业3600人 → 幼儿园毕业). "" when the
// name is no such measure or the line names no level before it.
func (x *extractor) paragraphSchoolScope(st *sentenceState, name string) string {
	if !slices.Contains(bareSchoolMeasures, name) {
		return ""
	}
	s := x.s
	ls := strings.LastIndexByte(s[:st.a], '\n') + 1
	scope, at := topicLevel(s[ls:st.a])
	if at >= 0 {
		at += ls
	}
	for k := len(x.figs) - 1; k >= 0 && k >= len(x.figs)-maxLookback; k-- {
		f := &x.figs[k]
		if f.SentenceSpan[0] < ls || f.Span[0] < at {
			break
		}
		if f.SentenceSpan[0] >= st.a || !schoolsUnit(f.Unit) || f.Prior || f.Missing || f.ChangeOf != "" {
			continue
		}
		if lv := schoolCountLevel(f.Indicator); lv != "" {
			scope = lv
		}
		break
	}
	if scope == "" || strings.HasPrefix(name, scope) {
		return ""
	}
	return scope + name
}

// topicLevel is the rule for a paragraph's topic written as a sentence of
// its own after a dash (——小学。, —— 初中。): a level of schooling
// (schoolLevels) of at most eight characters and no digit. It returns the
// last such topic of text and its byte offset, or "" and -1.
func topicLevel(text string) (string, int) {
	for end := len(text); ; {
		k := strings.LastIndex(text[:end], "——")
		if k < 0 {
			return "", -1
		}
		rest := strings.TrimLeft(text[k+len("——"):], "— ")
		if e := strings.IndexAny(rest, "。.：:"); e > 0 {
			t := rest[:e]
			if utf8.RuneCountInString(t) <= 8 && !strings.ContainsAny(t, "0123456789") && hasSuffixAny(t, schoolLevels) != "" {
				return t, k
			}
		}
		end = k
	}
}

// schoolCountLevel is the level of schooling a count of schools names
// (义务教育中小学 → 义务教育, 普通高中学校 → 普通高中, 幼儿园 → 幼儿园,
// 中等职业教育学校 → 中等职业教育), "" when the name is no level.
func schoolCountLevel(name string) string {
	lv := name
	for _, w := range []string{"中小学", "学校"} {
		if t, ok := strings.CutSuffix(lv, w); ok && t != "" {
			lv = t
			break
		}
	}
	lv = dropHolding(lv)
	if lv == "学校" || strings.HasSuffix(lv, "各类学校") || hasSuffixAny(lv, schoolLevels) == "" && !strings.HasSuffix(lv, "教育") {
		// 全市有学校45所: schools of every level name none.
		return ""
	}
	return lv
}

// dropHolding cuts the verb of having after a scope (高中段教育共有 →
// 高中段教育, 全市现有 → 全市): the scope names the schools, 共有 only says
// they exist.
func dropHolding(scope string) string {
	if w := hasSuffixAny(scope, []string{"共有", "现有", "拥有", "共计"}); w != "" && len(scope) > len(w) {
		return strings.TrimSuffix(scope, w)
	}
	return scope
}

// glossedVerb is the rule for a case verb written with a gloss in brackets
// (审(执)结, 审（执）结 for 审结 and 执结): the verb without the gloss, when
// that is a case verb; "" otherwise.
func glossedVerb(name string) string {
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}} {
		i := strings.Index(name, br[0])
		if i <= 0 {
			continue
		}
		j := strings.Index(name[i:], br[1])
		if j < 0 {
			continue
		}
		v := name[:i] + name[i+j+len(br[1]):]
		if slices.Contains(caseVerbs, v) {
			return v
		}
	}
	return ""
}

// wholeAfterParts is the rule for a bare case verb after a semicolon that
// ends a 其中 list (受理各类案件46491件，其中市中院受理案件5298件；审结45290件):
// the verb counts what the whole counted, so it takes the whole's name, not
// the part's. It returns the whole, -1 when the clause does not follow a
// semicolon, the sentence has no 其中 list or the whole is in another unit.
func (x *extractor) wholeAfterParts(st *sentenceState, unit string) int {
	if st.childOf <= 0 || !afterSemicolon(x.s, st.clauseStart) {
		return -1
	}
	w := st.childOf - 1
	if unitBase(x.figs[w].Unit) != unitBase(unit) {
		return -1
	}
	return w
}

// areaWords name the whole area a body acts for (全市法院, 全省检察机关).
var areaWords = []string{"全市", "全区", "全县", "全省", "全国", "全州", "全盟", "全旗"}

// areaBefore is the area word written right before byte offset at (全市 of
// 全市法院, a subject that starts after it), "" if none: a verb that
// inherits the body inherits the words the text wrote for it.
func (x *extractor) areaBefore(at int) string {
	if at < 0 || at > len(x.s) {
		return ""
	}
	return hasSuffixAny(x.s[:at], areaWords)
}

// verbFinalObject reports the words before the verb of a verb-final count
// (全国法院各类案件 of 全国法院各类案件收案) that name what it counts: they
// end in a counted noun (caseHeads) or a court's name (caseAgents). 批准和
// of 批准和决定逮捕 is another verb, no object.
func verbFinalObject(before string) bool {
	return utf8.RuneCountInString(before) >= 2 && (hasSuffixAny(before, caseHeads) != "" || hasSuffixAny(before, caseAgents) != "")
}

// institutionMeasures are what a report counts of institutions after their
// number (乡镇卫生院3.4万个，床位150万张，卫生人员160万人): beds, staff and
// visits.
var institutionMeasures = []string{
	"床位", "床位数", "实有床位", "编制床位", "开放床位", "病床",
	"卫生人员", "卫生技术人员", "人员", "职工", "在岗职工", "工作人员", "从业人员",
	"执业医师", "执业(助理)医师", "执业（助理）医师", "注册护士", "医师", "护士", "医护人员",
	"诊疗人次", "总诊疗人次", "门急诊", "年门急诊", "门诊", "年门诊", "急诊",
	"住院", "年住院", "入院人数", "出院人数", "年出院", "住院人次", "门急诊人次",
}

// institutionUnits count institutions (家, 个, 所, 間).
var institutionUnits = map[string]bool{"个": true, "家": true, "所": true, "座": true, "处": true, "间": true}

// institutionMeasure is the rule for the measures of institutions listed
// after their number (全省妇幼保健机构达到105家，床位13818张，卫生技术人员
// 21574人 → 妇幼保健机构床位, 妇幼保健机构卫生技术人员): a subject that is
// only such a measure takes the name of the sentence's last count of
// institutions, when every figure after that count is a measure of it or
// a change or prior. "" when the rule does not apply.
func (x *extractor) institutionMeasure(st *sentenceState, name string) string {
	if hasPrefixAny(name, institutionMeasures) != name {
		return ""
	}
	k := -1
	for j := len(st.figs) - 1; j >= 0 && j >= len(st.figs)-maxLookback; j-- {
		f := &x.figs[st.figs[j]]
		if f.Prior || f.Missing || f.ChangeOf != "" {
			continue
		}
		if institutionUnits[unitBase(f.Unit)] {
			k = j
			break
		}
	}
	if k < 0 {
		return ""
	}
	entity := x.figs[st.figs[k]].Indicator
	if w := hasPrefixAny(entity, stockVerbs); w != "" && len(w) < len(entity) {
		entity = entity[len(w):]
	}
	if w := hasSuffixAny(entity, []string{"总数", "数量", "个数", "机构数"}); w != "" && w != "机构数" && len(w) < len(entity) {
		entity = entity[:len(entity)-len(w)] // 医疗卫生机构总数 counts 医疗卫生机构
	} else if w == "机构数" {
		entity = strings.TrimSuffix(entity, "数")
	}
	if entity == "" || hasSuffixAny(entity, institutionMeasures) != "" || strings.HasSuffix(entity, name) || inList(x.figs[st.figs[k]].Indicator, st.distributed) {
		return ""
	}
	for _, j := range st.figs[k+1:] {
		f := &x.figs[j]
		if !f.Prior && !f.Missing && f.ChangeOf == "" && !strings.HasPrefix(f.Indicator, entity) {
			return "" // 医院1.2万个，…，社区卫生服务中心9800个: another count
		}
	}
	return entity + name
}

// caseCountClause is the rule for a court's or procuratorate's count in a
// sentence that has named a case's party before (依法审结李某某等22人参加黑社会
// 性质组织犯罪案件，审结抢劫等犯罪案件181件200人): a clause of its own that
// opens with a case verb (its adverbs aside) and counts cases or persons,
// naming no party itself, is a statistic of the report, not a fact of the
// case (caseNarrative).
func caseCountClause(clause, unit string) bool {
	if u := unitBase(unit); u != "件" && u != "人" {
		return false
	}
	t := trimText(clause)
	if strings.Contains(t, "某") {
		return false
	}
	t = dropTopicAdverbs(t)
	return hasPrefixAny(t, caseVerbs) != ""
}

// honorVerbs open the predicate of a count of those honoured or chosen
// (受到表彰, 获评, 入选), or 被 and the body that honours them (被最高检记一等功,
// 被最高检授予“全国模范检察官”称号).
var honorVerbs = []string{"受到", "荣获", "获得", "获评", "获", "被评为", "被授予", "被命名为", "入选", "当选", "被最高检", "被最高法", "被省委", "被省政府", "被中央"}

// honorPredicate is the rule for a count written as the subject of its
// predicate (8个集体、23名个人受到市级以上表彰; 13家单位19项成果获省科学技术奖):
// the predicate after the counted noun s[a:b], from a verb of being
// honoured or chosen (honorVerbs) to the end of the clause, when only
// further counts of the list (、23名个人, 19项成果) stand between. A verb
// the noun ran into (教师荣获: 荣 is no part of 教师) ends the noun. It
// returns the noun's end and the predicate (up to fifteen characters, all
// ideographs), or b and "" when the clause goes on otherwise.
func honorPredicate(s string, a, b, end int) (int, string) {
	if a < 0 || a >= b || b > end || end > len(s) {
		return b, ""
	}
	_, first := utf8.DecodeRuneInString(s[a:])
	t := s[a+first : end]
	if k := strings.IndexAny(t, "，,；;。：:！？（("); k >= 0 {
		t = t[:k]
	}
	i, verb := -1, ""
	for _, v := range honorVerbs {
		if j := strings.Index(t, v); j >= 0 && (i < 0 || j < i) {
			i, verb = j, v
		}
	}
	if i < 0 {
		return b, ""
	}
	at := a + first + i
	if at > b {
		between := s[b:at]
		r, _ := utf8.DecodeRuneInString(between)
		if r != '、' && r != '和' && r != '及' && !(r >= '0' && r <= '9') || !strings.ContainsAny(between, "0123456789") {
			return b, ""
		}
	}
	p := dropQuotedExamples(trimText(t[i:]), verb)
	n := utf8.RuneCountInString(p)
	bare := strings.NewReplacer("“", "", "”", "").Replace(p)
	n = utf8.RuneCountInString(bare)
	if n <= utf8.RuneCountInString(verb) || n > 15 || !isHanString(strings.ReplaceAll(bare, "、", "")) || strings.HasSuffix(p, "、") {
		return b, "" // 入选全国、全省典型案例: a 、 between the levels named is the predicate's
	}
	if hasPrefixAny(verb, honorBodies) != "" && !containsAny(p, honorWords) {
		return b, "" // 工作经验被最高检推介: a body's act, no honour
	}
	return min(at, b), p
}

// honorBodies are the bodies a predicate of honours may open with after
// 被 (被最高检记一等功); honorWords say the act is an honour.
var (
	honorBodies = []string{"被最高检", "被最高法", "被省委", "被省政府", "被中央"}
	honorWords  = []string{"授予", "记", "功", "表彰", "评为", "命名", "嘉奖"}
)

// dropQuotedExamples is the rule for the titles a predicate of honours
// quotes as examples of its kind (获得全国“人民满意的公务员”“全国模范检察官”等
// 省部级以上表彰 → 获得省部级以上表彰): after the verb, a scope of up to three
// characters, one or more quoted titles and 等 are dropped; the kind after
// them names the honour. p unchanged otherwise.
func dropQuotedExamples(p, verb string) string {
	rest, ok := strings.CutPrefix(p, verb)
	if !ok || strings.IndexByte(rest, 0xe2) < 0 { // “ is e2 80 9c
		return p
	}
	open := strings.Index(rest, "“")
	if open < 0 || utf8.RuneCountInString(rest[:open]) > 3 || !isHanString(rest[:open]) {
		return p
	}
	j := open
	for strings.HasPrefix(rest[j:], "“") {
		k := strings.Index(rest[j:], "”")
		if k < 0 {
			return p
		}
		j += k + len("”")
		j += len(hasPrefixAny(rest[j:], []string{"、", "和"}))
	}
	after, ok := strings.CutPrefix(rest[j:], "等")
	if !ok || after == "" {
		return p
	}
	return verb + after
}

// honoredName names a count of the honoured by its predicate and noun
// (受到市级以上表彰集体), or by its predicate alone when that ends in the
// noun (获评省级文明单位 for 单位).
func honoredName(predicate, noun string) string {
	if strings.HasSuffix(predicate, noun) {
		return predicate
	}
	return predicate + noun
}

// namesSchoolKind is the rule for the words before 学校 in a count of
// schools that the measures after it keep: a kind of education or
// training that is no stage of schooling (基础教育学校, 特殊教育学校, 中等职业
// 学校: 特殊教育学校在校生). A stage (义务教育阶段学校, 中等职业教育学校,
// 学前教育学校) or a level (普通高中学校) names its pupils without 学校
// (义务教育阶段招生, 中等职业教育招生).
func namesSchoolKind(t string) bool {
	if utf8.RuneCountInString(t) < 2 || strings.Contains(t, "阶段") {
		return false
	}
	if w := hasSuffixAny(t, []string{"教育", "职业", "技工", "师范"}); w == "" || w == t {
		return false
	}
	return hasSuffixAny(t, schoolStages) == ""
}

// schoolStages are the stages of schooling a bulletin counts pupils by.
var schoolStages = []string{"学前教育", "义务教育", "中等职业教育", "高中教育", "高等教育", "职业教育", "成人教育", "继续教育"}

// schoolOfOtherMeasure is the rule for a school measure after a measure
// of the level's own (幼儿园7608所，在园幼儿253.90万人，专任教师15.94万人:
// 在园幼儿 names kindergartens' pupils by a word of their own): the level
// is the sentence's last count of schools, when the figure just before
// (prev) is in another unit and no school measure names it. "" otherwise.
func (x *extractor) schoolOfOtherMeasure(st *sentenceState, prev *Figure) string {
	if schoolsUnit(prev.Unit) || hasSuffixAny(prev.Indicator, schoolMeasures) != "" {
		return ""
	}
	last := x.lastSchoolCount(st)
	if last < 0 || &x.figs[last] == prev || x.figs[last].Span[1] > prev.Span[0] {
		return ""
	}
	lv := x.figs[last].Indicator
	if t, ok := strings.CutSuffix(lv, "学校"); ok && !namesSchoolKind(t) || strings.Contains(lv, "各类") || strings.HasSuffix(lv, "数") {
		return ""
	}
	return lv
}

// sectionVerbs open a heading that names the cases its section counts
// (办理涉疫案件情况).
var sectionVerbs = []string{"办理", "受理", "审理", "审结", "办结", "查办", "依法办理", "依法审理"}

// sectionCaseKind is the rule for a heading that names the kind of case
// its section counts (（二）办理涉疫案件情况, 审理涉企案件工作): the kind of
// case between a verb of handling and 情况 or 工作, up to ten characters;
// "" when the heading names none, or cases of every kind (办理各类案件情况).
func sectionCaseKind(section string) string {
	t := trimText(section)
	w := hasPrefixAny(t, sectionVerbs)
	if w == "" {
		return ""
	}
	t = t[len(w):]
	end := hasSuffixAny(t, []string{"情况", "工作", "方面"})
	if end == "" {
		return ""
	}
	t = t[:len(t)-len(end)]
	if hasPrefixAny(t, kindWords) != "" || t == "案件" || !strings.HasSuffix(t, "案件") || !isHanString(t) || utf8.RuneCountInString(t) > 10 {
		return ""
	}
	return t
}

// sectionKindName is the rule for a count of a section whose heading names
// the kind of case it counts (（二）办理涉疫案件情况 … 批准和决定逮捕54人，批捕率
// 94.74%；…起诉53人): a name that is only a case verb (起诉, 受理审查逮捕) or
// the rate of one (批捕率, 不诉率) counts that kind (涉疫案件起诉,
// 涉疫案件批捕率). "" when the rule does not apply.
func (x *extractor) sectionKindName(name string) string {
	kind := sectionCaseKind(x.section)
	if kind == "" || strings.Contains(name, kind) || !isHanString(name) {
		return ""
	}
	if stem, ok := strings.CutSuffix(name, "率"); ok {
		if n := utf8.RuneCountInString(stem); n >= 2 && n <= 3 && (hasPrefixAny(stem, topicVerbs) != "" || strings.HasPrefix(stem, "不")) {
			return kind + name
		}
		return ""
	}
	v := hasPrefixAny(name, topicVerbs)
	if v == "" {
		return ""
	}
	rest := name[len(v):]
	if rest != "" && hasPrefixAny(rest, topicVerbs) != rest {
		return "" // 起诉诈骗罪: the verb names its object
	}
	return kind + name
}

// yearListNames is the rule for values distributed over a list of years
// and, in each, over the parts of a contracted name (该院2015年、2016年、2017年
// 收结案分别为：3075件、2823件，3813件、3513件，4908件、4669件 → 收案, 结案 for
// each year in turn): name holds two or more years (2015年、2016年 or 2015
// 年和2016年) followed by the measure; the measure's parts are those of a
// contraction (contractedCaseVerbs) or of a coordination, else the measure
// alone. n is how many values the text lists; the names are returned year
// by year only when n is the years times the parts. nil otherwise.
func yearListNames(name string, n int) []string {
	years, rest := 0, name
	start := -1
	for i := 0; i < len(rest); {
		j := i
		for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
			j++
		}
		if j-i == 4 && strings.HasPrefix(rest[j:], "年") {
			if start < 0 {
				start = i
			} else if sep := rest[i-len("、") : i]; sep != "、" && !strings.HasSuffix(rest[:i], "和") {
				return nil
			}
			years++
			i = j + len("年")
			if strings.HasPrefix(rest[i:], "、") {
				i += len("、")
				continue
			}
			if strings.HasPrefix(rest[i:], "和") {
				i += len("和")
				continue
			}
			rest = rest[i:]
			break
		}
		if start >= 0 {
			return nil
		}
		_, w := utf8.DecodeRuneInString(rest[i:])
		i += w
	}
	if years < 2 || rest == "" || !isHanString(rest) {
		return nil
	}
	parts := contractedCaseVerbs(rest)
	if parts == nil {
		if c := coordinatedParts(rest); len(c) >= 2 && wholeNames(c) {
			parts = c
		} else {
			parts = []string{rest}
		}
	}
	if n != years*len(parts) {
		return nil
	}
	names := make([]string, 0, n)
	for range years {
		names = append(names, parts...)
	}
	return names
}

// listedValues is how many values in the unit of the number at toks[i]
// the text lists from it on, separated by 、, commas or 和 (3075件、2823件，
// 3813件、3513件): the count a distribution over years and parts needs.
func listedValues(s string, toks []token, i int, m unitMatch) int {
	return sameUnitRun(s, toks, i, m, func(r rune) bool { return strings.ContainsRune("、,，", r) }, func(gap string) bool {
		gap = strings.TrimSpace(gap)
		return gap == "、" || gap == "," || gap == "，" || gap == "和"
	})
}

// yearListParts applies yearListNames to the figure's own subject words
// when they end in 分别为 (pre), or, for a clause that opens with the
// values (…收结案分别为：3075件、…), to the clause before it that ends so.
func (x *extractor) yearListParts(st *sentenceState, name, pre string, values func() int) []string {
	if name != "" {
		if hasSuffixAny(strings.TrimRight(trimText(pre), ":："), distributeWords) == "" {
			return nil
		}
		n := values()
		if n < 4 {
			return nil
		}
		// The years may have been read as the clause's period: the
		// clause's words as written.
		if pa, pb := stripSubject(x.s, st.clauseStart, st.subjStart+len(pre)); pa < pb {
			if names := yearListNames(x.s[pa:pb], n); names != nil {
				return names
			}
		}
		return yearListNames(name, n)
	}
	if trimText(pre) != "" || st.prevClause[0] < 0 {
		return nil
	}
	n := values()
	if n < 4 {
		return nil
	}
	a, b := trimSubjectPunct(x.s, st.prevClause[0], st.prevClause[1])
	if a >= b || hasSuffixAny(x.s[a:b], distributeWords) == "" {
		return nil
	}
	pa, pb := stripSubject(x.s, a, b)
	if pa >= pb {
		return nil
	}
	return yearListNames(x.s[pa:pb], n)
}

// topicBeforePeriod is the rule for a bare case verb whose clause names
// what it counts before the period written inside the clause (该法院同期案件
// 数2016年新收503件 → 同期案件数新收): the words from the clause's start to
// the period, the court before them dropped, when they end in a counted
// noun (案件, 案件数, 人数). "" when the rule does not apply.
func (x *extractor) topicBeforePeriod(st *sentenceState, name string) string {
	if !isCaseVerb(name) || st.period == "" || st.periodEnd <= st.clauseStart || st.periodEnd > st.subjStart {
		return ""
	}
	ps := st.periodEnd - len(st.period)
	if ps <= st.clauseStart {
		return ""
	}
	a, b := stripSubject(x.s, st.clauseStart, ps)
	if a >= b {
		return ""
	}
	t := x.s[a:b]
	for _, ag := range caseAgents {
		if i := strings.LastIndex(t, ag); i >= 0 && i+len(ag) < len(t) {
			t = t[i+len(ag):]
			break
		}
	}
	if !isHanString(t) || utf8.RuneCountInString(t) < 2 || utf8.RuneCountInString(t) > 8 {
		return ""
	}
	if hasSuffixAny(t, []string{"案件", "案件数", "人数", "件数", "案件量", "数"}) == "" {
		return ""
	}
	return t + name
}

// sameParent reports a part of a 其中 list (prev) whose whole is the one
// the next figure of the sentence is a part of too (其中已结案件162件，未结
// 286件: both parts of 案件共计): parallel parts share their head as
// parallel wholes do.
func (x *extractor) sameParent(st *sentenceState, prev *Figure) bool {
	return st.childOf > 0 && prev.parent == st.childOf
}

// schoolsUnit is the rule for the unit of a count of schools: 所, or 所 at
// a written scale (全国共有小学21.35万所；招生1695.36万人 counts schools as
// 21.35万所 does 所), so the counts after it take the schools' level.
func schoolsUnit(u string) bool {
	switch u {
	case "所", "万所", "千所", "萬所":
		return true
	}
	return false
}
