package extract

import (
	"strings"
	"unicode/utf8"
)

// The rules of this file carry the topic of a court or procuratorate
// count to the bare verb–count clauses after it. Reports write a run of
// counts of one kind of crime as one topic and several verbs:
//
//	对盗窃、诈骗等多发性侵财犯罪批捕312件340人，起诉405件436人
//	严厉惩治涉枪涉爆等严重刑事犯罪，批准逮捕125件150人，起诉118件131人
//	批捕电信网络诈骗等新型网络犯罪766人，起诉1020人
//
// Each later verb (起诉) counts the same crimes: the topic passes to every
// bare verb–count clause of the sentence after it, written before the verb
// whatever order the text gave it (对X批捕 → X起诉; 惩治X，批准逮捕 → X批准
// 逮捕; 批捕X，起诉 → X起诉), as the eval guidelines settle it: a topic
// carried from before stands before the verb the figure states, and only
// the words a clause writes itself keep its order (批捕X → 批捕X).

// caseTopic is the topic a run of case counts shares: its words and
// whether they stand after the verb (an object) or before it (a topic).
type caseTopic struct {
	words  string
	object bool
	chief  bool // named as the chief of the crimes counted (以诈骗罪为主)
}

// topicVerbs are the verbs of a case count a topic passes to: the case
// verbs and the short forms a procuratorate writes in a run (追捕, 追诉,
// 不捕, 不诉).
var topicVerbs = append([]string{"追捕", "追诉", "不捕", "不诉", "批准起诉", "移送起诉", "依法起诉", "快捕", "快诉"}, caseVerbs...)

// crimeNouns end the words that name a kind of crime or case (贩毒等严重
// 刑事犯罪, 特大电信诈骗专案).
var crimeNouns = []string{"犯罪", "专案", "案件", "系列案", "案", "犯罪团伙", "团伙",
	"诈骗", "詐騙"} // 打击医保诈骗，起诉93件: a fraud is named without 犯罪

// topicAdverbs may open a clause before its verb of punishing or its 对
// (依法, 严厉, 坚决).
var topicAdverbs = []string{"依法", "严厉", "坚决", "从严", "从重", "从快", "重拳", "始终", "持续", "继续", "全力", "着力", "集中", "共", "还"}

// namesCrimeKind reports topic words that name a kind of crime or case of
// their own (贩毒、故意杀人等严重刑事犯罪, 扶贫领域犯罪, 毒品犯罪, “5·12”专案):
// a list (等, 、) or at least four characters. Words of every kind (各类刑事
// 犯罪) or a general name (刑事犯罪, 职务犯罪: generalCrimes) head a report's
// section, and the counts after them are the verbs' whole counts (批准逮捕
// 1269件).
func namesCrimeKind(words string) bool {
	if hasPrefixAny(words, kindWords) != "" || generalCrimes[words] {
		return false
	}
	return strings.ContainsAny(words, "等、") || utf8.RuneCountInString(words) >= 4
}

// generalCrimes are the names of a procuratorate's or court's whole
// sections of crimes, no kind of their own.
var generalCrimes = map[string]bool{"刑事犯罪": true, "职务犯罪": true, "刑事案件": true, "犯罪案件": true, "刑事犯罪案件": true, "職務犯罪": true, "刑事案件犯罪": true}

// isTopicVerb reports a name that is only a verb of a case count
// (起诉, 批准逮捕, 追诉).
func isTopicVerb(name string) bool {
	return name != "" && topicLex.prefix(name) == name
}

// endsInCrime is the length of the crime noun t ends with, 0 if none.
func endsInCrime(t string) int {
	return len(hasSuffixAny(t, crimeNouns))
}

// countTopic is the rule for the topic a case count's own subject words
// name (raw, as the clause writes them before the number): 对X犯罪批捕 or
// X犯罪批捕 give the topic X犯罪 written before the verb; 批捕X犯罪 gives
// X犯罪 as the object after it. The zero caseTopic when the words name no
// crime and no verb of a case count ends or begins them.
func countTopic(raw string) caseTopic {
	t := dropTopicAdverbs(raw)
	if v := topicLex.suffix(t); v != "" && len(v) < len(t) {
		before := strings.TrimSuffix(t, v)
		if w, ok := strings.CutPrefix(before, "对"); ok {
			before = dropTopicAdverbs(w)
			if before != "" && isHanAt(before, 0) || strings.HasPrefix(before, "“") {
				return caseTopic{words: before}
			}
		}
		if endsInCrime(before) > 0 && utf8.RuneCountInString(before) >= 3 {
			return caseTopic{words: before}
		}
		return caseTopic{}
	}
	if v := topicLex.prefix(t); v != "" && len(v) < len(t) {
		after := t[len(v):]
		if hasSuffixAny(after, []string{"犯罪", "专案"}) != "" && utf8.RuneCountInString(after) >= 3 {
			return caseTopic{words: after, object: true}
		}
	}
	return caseTopic{}
}

// dropTopicAdverbs drops the adverbs that open t (依法, 严厉).
func dropTopicAdverbs(t string) string {
	for {
		w := hasPrefixAny(t, topicAdverbs)
		if w == "" || w == t {
			return t
		}
		t = t[len(w):]
	}
}

// clauseCrimeTopic is the rule for a clause without a figure that names
// the crimes the counts after it are of: 严厉惩治X犯罪 and 加大对X犯罪的打击
// 力度 name X犯罪 as the object of the verbs after them (批准逮捕X犯罪).
// The crimes must end in a crime noun (犯罪, 专案, 案件). A clause that
// opens with 对 and its own verb (对X专案快捕快诉) is not read: what its
// counts after it name varies too much. The zero caseTopic otherwise.
func clauseCrimeTopic(clause string) caseTopic {
	t := dropTopicAdverbs(clause)
	if x := chiefCrime(t); x != "" {
		return caseTopic{words: x, object: true, chief: true}
	}
	if at, w := punishVerbAt(t); w != "" {
		rest := dropCrimeFrame(t[at+len(w):])
		if endsInCrime(rest) > 0 && utf8.RuneCountInString(rest) >= 3 && !strings.ContainsAny(rest, "，,；;") {
			return caseTopic{words: rest, object: true}
		}
		return caseTopic{}
	}
	k := strings.Index(t, "对")
	if k < 0 {
		return campaignTopic(t)
	}
	rest := t[k+len("对"):]
	if j := strings.Index(rest, "的"); j > 0 {
		// 加大对X犯罪的打击力度: X is what the punishing acts on.
		if x := rest[:j]; endsInCrime(x) > 0 && utf8.RuneCountInString(x) >= 3 && hasPrefixAny(rest[j+len("的"):], []string{"打击", "惩治", "惩处", "查处", "追诉"}) != "" {
			return caseTopic{words: x, object: true}
		}
		return caseTopic{}
	}
	return caseTopic{}
}

// carriedCaseTopic is the rule for a bare verb–count clause after a topic
// (对X犯罪批捕312件，起诉405件 → X犯罪起诉; 惩治X犯罪，批准逮捕125件 → X犯罪
// 批准逮捕): the subject is the verb after the sentence's case topic, or
// after the topic of the clause without a figure just before the first
// count (topicBeforeVerb).
// "" when there is no topic or name is not a bare verb of a case count.
func (x *extractor) carriedCaseTopic(st *sentenceState, name string) string {
	if !isTopicVerb(name) {
		return ""
	}
	if st.caseTopic.words == "" && len(st.figs) == 0 && st.prevClause[0] >= 0 {
		pa, pb := trimSubjectPunct(x.s, st.prevClause[0], st.prevClause[1])
		if pa < pb {
			st.caseTopic = clauseCrimeTopic(x.s[pa:pb])
		}
	}
	tp := st.caseTopic
	if tp.words == "" || !tp.chief && !namesCrimeKind(tp.words) {
		return ""
	}
	return topicBeforeVerb(tp.words, name)
}

// noteCaseTopic keeps the topic a figure's subject words name for the
// bare verbs after it: a subject carried from the topic keeps it, and any
// other subject the clause writes replaces it (协助挽损 ends a run of
// 批捕 and 起诉).
func (x *extractor) noteCaseTopic(st *sentenceState, raw string, carried bool) {
	if carried || trimText(raw) == "" {
		return
	}
	st.caseTopic = countTopic(raw)
}

// chiefCrime is the rule for a clause that names the chief crime of the
// counts after it (以诈骗罪为主，起诉40人 → 起诉诈骗罪): the crime between 以
// and 为主, a name of a crime (ending in 罪 or a crime noun) of up to
// twelve characters. "" otherwise.
func chiefCrime(t string) string {
	x, ok := strings.CutPrefix(t, "以")
	if !ok {
		return ""
	}
	if x, ok = strings.CutSuffix(x, "为主"); !ok {
		return ""
	}
	if !strings.HasSuffix(x, "罪") && endsInCrime(x) == 0 || utf8.RuneCountInString(x) < 2 || utf8.RuneCountInString(x) > 12 || strings.ContainsAny(x, "，,；;") {
		return ""
	}
	return x
}

// topicBeforeVerb is the rule for the order of a carried topic and the
// verb of a count that did not write it (严惩毒品犯罪，起诉60人 → 毒品犯罪起诉;
// 批捕X犯罪48人，起诉95人 → X犯罪起诉): the topic first, the verb last, as a
// reader names the count of a section of crimes and as the eval guidelines
// settle it, whether the topic stood as an object (after 惩治, after the
// first verb) or before its verb (对X批捕).
func topicBeforeVerb(topic, verb string) string {
	return topic + verb
}

// punishVerbAt finds the verb of punishing a clause without a figure opens
// with, after up to eight characters of a period, a place or adverbs
// before it (2024年西藏依法惩治X犯罪): its offset and the verb, "" if none.
func punishVerbAt(t string) (int, string) {
	for i, n := 0, 0; i < len(t) && n <= 8; n++ {
		if w := hasPrefixAny(t[i:], punishVerbs); w != "" {
			return i, w
		}
		_, size := utf8.DecodeRuneInString(t[i:])
		if t[i] < 0x80 && !(t[i] >= '0' && t[i] <= '9') {
			return 0, ""
		}
		i += size
	}
	return 0, ""
}

// crimeFrames are the words after the crimes a verb of punishing acts on
// that name their trend, not the crimes (遏制X犯罪高发态势, 遏制X犯罪势头).
var crimeFrames = []string{"高压态势", "高发态势", "多发态势", "高发势头", "多发势头", "蔓延势头", "上升势头", "势头", "态势", "活动"}

// dropCrimeFrame drops a trend word after the crimes (dropped: 高发态势 of
// 电信网络诈骗犯罪高发态势).
func dropCrimeFrame(t string) string {
	if w := hasSuffixAny(t, crimeFrames); w != "" && endsInCrime(t[:len(t)-len(w)]) > 0 {
		return t[:len(t)-len(w)]
	}
	return t
}

// earlyCrimeTopic is the rule for the crimes a clause without a figure
// names before a clause of another kind (依法惩治电信网络诈骗犯罪，持续深化“断卡”
// 行动，起诉217件360人 → 电信网络诈骗犯罪起诉): before the sentence's first
// count, the topic of such a clause (clauseCrimeTopic) is kept for the bare
// verbs after it, as the clause just before the count's would be. Only a
// clause that writes 犯罪 is read.
func (x *extractor) earlyCrimeTopic(st *sentenceState) {
	if st.caseTopic.words != "" || len(st.figs) > 0 || !strings.Contains(x.s[st.prevClause[0]:st.prevClause[1]], "犯罪") {
		return
	}
	pa, pb := trimSubjectPunct(x.s, st.prevClause[0], st.prevClause[1])
	if pa >= pb {
		return
	}
	if tp := clauseCrimeTopic(x.s[pa:pb]); tp.words != "" {
		st.caseTopic = tp
	}
}

// campaignWords name the campaigns a report's run of case counts is of
// (深化扫黑除恶专项斗争，批捕373人，起诉797人).
var campaignWords = []string{"扫黑除恶", "掃黑除惡"}

// campaignTopic is the rule for a clause without a figure that names a
// campaign against crime (深化扫黑除恶专项斗争, 紧扣扫黑除恶收官目标): the bare
// verbs after it count the campaign's cases, named by the campaign
// (扫黑除恶起诉). The zero caseTopic when the clause names none or runs past
// twenty characters.
func campaignTopic(t string) caseTopic {
	if utf8.RuneCountInString(t) > 20 || strings.ContainsAny(t, "，,；;") {
		return caseTopic{}
	}
	for _, w := range campaignWords {
		if strings.Contains(t, w) {
			return caseTopic{words: w, object: true}
		}
	}
	return caseTopic{}
}
