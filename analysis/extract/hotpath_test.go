package extract

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestIndentElement: indentElement writes what json.Indent writes for an
// element of a top-level array (prefix and indent "  "), strings with
// escapes, brackets and colons in them, and empty objects and arrays
// included.
func TestIndentElement(t *testing.T) {
	for _, src := range []string{
		`{}`, `[]`, `1`, `"a"`, `null`,
		`{"a":1,"b":[],"c":{},"d":[1,2,{"e":null}],"f":"x,y:{[]}\"\\"}`,
		`{"sentence":"增长5.3%，\"引号\"：{[,]}","span":[3,17],"flags":[],"change":{"kind":"pp","value":-0.5}}`,
		`[{"a":[[]]},{}]`,
	} {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(src), "  ", "  "); err != nil {
			t.Fatal(err)
		}
		if got := indentElement(nil, []byte(src)); string(got) != want.String() {
			t.Errorf("indentElement(%s) =\n%s\nwant\n%s", src, got, want.String())
		}
	}
}

// TestLastBiOrJiao: the last 比 or 较, as max of the two strings.LastIndex.
func TestLastBiOrJiao(t *testing.T) {
	for _, s := range []string{"", "比", "较", "比上年", "较上半年比", "同比较", "上年", "a比b较c", "比比", "较较较"} {
		want := max(strings.LastIndex(s, "比"), strings.LastIndex(s, "较"))
		if got := lastBiOrJiao(s); got != want {
			t.Errorf("lastBiOrJiao(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestHotLexicons: each lexicon of a word list finds what hasPrefixAny and
// hasSuffixAny find over the list, for texts made of its words (alone,
// before and after other text, run together) and for texts without them.
func TestHotLexicons(t *testing.T) {
	lists := map[string][]string{
		"periodWords": periodWords, "reachVerbs": reachVerbs, "totalWords": totalWords, "topicVerbs": topicVerbs,
		"approxInfix": approxInfix, "approxPrefixes": approxPrefixes, "upVerbs": upVerbs, "downVerbs": downVerbs,
		"budgetStages": budgetStages, "fromWords": fromWords, "inheritFlowVerbs": inheritFlowVerbs, "caseVerbs": caseVerbs,
		"changeVerbs": changeVerbLex.words, "toLevel": toLevelLex.words, "lastYear": lastYearLex.words, "growthRate": growthRateLex.words,
		"declineRate": declineRateLex.words, "priorPeriod": priorPeriodLex.words, "distributeWords": distributeWords,
	}
	lexes := map[string]*lexicon{
		"periodWords": periodLex, "reachVerbs": reachLex, "totalWords": totalLex, "topicVerbs": topicLex,
		"approxInfix": approxInfixLex, "approxPrefixes": approxPrefixLex, "upVerbs": upLex, "downVerbs": downLex,
		"budgetStages": budgetStageLex, "fromWords": fromLex, "inheritFlowVerbs": inheritFlowLex, "caseVerbs": caseVerbLex,
		"changeVerbs": changeVerbLex, "toLevel": toLevelLex, "lastYear": lastYearLex, "growthRate": growthRateLex,
		"declineRate": declineRateLex, "priorPeriod": priorPeriodLex, "distributeWords": distributeLex,
	}
	for name, ws := range lists {
		lx := lexes[name]
		texts := []string{"", "a", "的", "全市生产总值", "1234"}
		for i, w := range ws {
			next := ws[(i+1)%len(ws)]
			texts = append(texts, w, w+"全市", "全市"+w, w+next, next+w, w[:len(w)-1])
		}
		for _, s := range texts {
			if got, want := lx.prefix(s), hasPrefixAny(s, ws); got != want {
				t.Errorf("%s: prefix(%q) = %q, hasPrefixAny %q", name, s, got, want)
			}
			if got, want := lx.suffix(s), hasSuffixAny(s, ws); got != want {
				t.Errorf("%s: suffix(%q) = %q, hasSuffixAny %q", name, s, got, want)
			}
		}
	}
}

// TestMayNarrateCase: a sentence without 某 or a party's role holds no
// case narrative, whatever part of it caseNarrative is asked about.
func TestMayNarrateCase(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"全年受理案件1234件，同比下降5.2%。", false},
		{"金某分得76485元。", true},
		{"判处被告人3名。", true},
		{"犯罪嫌疑人两名。", true},
	} {
		st := sentenceState{a: 0, b: len(c.s)}
		if got := st.mayNarrateCase(c.s); got != c.want {
			t.Errorf("mayNarrateCase(%q) = %v, want %v", c.s, got, c.want)
		}
		if !c.want {
			for i := range c.s {
				if caseNarrative(c.s[:i]) {
					t.Errorf("caseNarrative(%q) is true in a sentence mayNarrateCase rules out", c.s[:i])
				}
			}
		}
	}
}

// TestSubjectPunct: the switches are the rune sets they replace.
func TestSubjectPunct(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if got, want := subjectLeadPunct(r), strings.ContainsRune(",，、;；:：.。)）】」』》”’%％‰", r); got != want {
			t.Errorf("subjectLeadPunct(%q) = %v", r, got)
		}
		if got, want := subjectTrailPunct(r), strings.ContainsRune(",，、;；:：(（【「『《“‘-—", r); got != want {
			t.Errorf("subjectTrailPunct(%q) = %v", r, got)
		}
	}
}

// TestSplitNamesOneName: a name without 、和及与 splits into itself,
// trimmed, as FieldsFunc would split it.
func TestSplitNamesOneName(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"", []string{}},
		{" ", []string{}},
		{"一般公共预算收入", []string{"一般公共预算收入"}},
		{" 地区生产总值 ", []string{"地区生产总值"}},
		{"城镇和农村居民", []string{"城镇", "农村居民"}},
		{"一审、二审及再审", []string{"一审", "二审", "再审"}},
		{"、和", []string{}},
	} {
		got := splitNames(c.s)
		if got == nil || strings.Join(got, "|") != strings.Join(c.want, "|") || len(got) != len(c.want) {
			t.Errorf("splitNames(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestNetChangeWindow: the look at the last bytes for 净 keeps every
// net change netChange reads.
func TestNetChangeWindow(t *testing.T) {
	for _, c := range []struct {
		p    string
		w    string
		sign float64
	}{
		{"常住人口净增加", "净增加", 1}, {"净增", "净增", 1}, {"人口净减少", "净减少", -1}, {"净减", "净减", -1},
		{"净增长", "净增长", 1}, {"增加", "", 0}, {"净增加了", "", 0}, {"", "", 0},
	} {
		if w, sign := netChange(c.p); w != c.w || sign != c.sign {
			t.Errorf("netChange(%q) = %q, %v, want %q, %v", c.p, w, sign, c.w, c.sign)
		}
	}
}
