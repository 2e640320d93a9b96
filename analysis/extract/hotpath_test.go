package extract

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFigureJSONAsEncodingJSON: jsonOut writes a figure's object as
// encoding/json writes it as an element of the indented array (escapes,
// control characters, invalid bytes, U+2028, floats in both forms, null
// and empty fields, several flags and changes).
func TestFigureJSONAsEncodingJSON(t *testing.T) {
	figs := []Figure{
		{},
		{Indicator: "地区生产总值", Value: 1234.5, Unit: "亿元", Number: "1234.5", Year: 2023, Period: "2023年",
			Sentence: "地区生产总值1234.5亿元，比上年增长5.3%。", Span: [2]int{3, 17}, SentenceSpan: [2]int{0, 40}},
		{Indicator: "a\"b\\c\n\r\t\b\f\x01\x1f<>&\u2028\u2029\x7f", Section: "x\xffy", Value: 1e-7, High: 1e21, Range: true,
			Flags: Approx | Derived | Ambiguous, Qualifier: "约", Parent: "总", ChangeOf: "刑事案件", Prior: true,
			Term: 2, Terms: 3, Missing: false, Source: Source{File: "a.txt", Table: 2, Row: 3, Col: 4}},
		{Indicator: "负", Value: -0.5, Missing: true, Year: -1, Source: Source{Table: 1}},
		{Indicator: "小", Value: 123456789012345678, Unit: "%", Flags: Derived},
		{Indicator: "项", Value: 15.3, Term: 1, Terms: 3, Flags: Approx | Ambiguous, Source: Source{File: "b.txt"}, Span: [2]int{0, 1}, SentenceSpan: [2]int{0, 9}},
		{Indicator: "极小", Value: 5e-324, High: -1e-9, Range: true},
	}
	figs[1].addChange(Change{Kind: GrowthPct, Value: 5.3, Text: "比上年增长5.3%", Decimals: 1, Number: "5.3", Unit: "%"})
	figs[2].addChange(Change{Kind: PP, Value: -0.25, Text: "下降0.25个百分点", Decimals: 2, Number: "0.25", Unit: "个百分点"})
	figs[2].addChange(Change{Kind: Abs, Value: 7, Text: "减少7件\u2028", Number: "7", Unit: "件"})
	figs[3].addChange(Change{Kind: Multiple, Value: 6, Text: "增长5倍"})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	for i := range figs {
		jf := jsonFigureOf(&figs[i], validUTF8(figs[i].Sentence))
		buf.Reset()
		if err := enc.Encode(&jf); err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSuffix(buf.String(), "\n")
		var o jsonOut
		o.figure(&figs[i], validUTF8(figs[i].Sentence))
		if o.bad || string(o.b) != want {
			t.Errorf("figure %d:\n%s\nwant\n%s", i, o.b, want)
		}
	}
	for _, f := range []float64{0, 1, -1, 0.1, 1e-6, 9.99e-7, 1e20, 1e21, 123.456, -2.5e-8, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		b, _ := json.Marshal(f)
		if got := appendJSONFloat(nil, f); string(got) != string(b) {
			t.Errorf("appendJSONFloat(%v) = %s, want %s", f, got, b)
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

// TestColumnMemo: the memoised column is classifyColumn's, for paths that
// differ only in how their words split, an empty path and a unit, asked
// twice.
func TestColumnMemo(t *testing.T) {
	x := &extractor{}
	for _, c := range []struct {
		path []string
		unit string
	}{
		{[]string{"本期", "产量(万吨)"}, ""},
		{[]string{"本期产量(万吨)"}, ""},
		{[]string{"本期", "产量", "(万吨)"}, ""},
		{[]string{"比上年增长(%)"}, "万吨"},
		{[]string{"比上年增长(%)"}, ""},
		{nil, "元"},
		{[]string{""}, "元"},
		{[]string{"2023年"}, ""},
		{[]string{"上年同期"}, "元"},
	} {
		for range 2 {
			if got, want := x.column(c.path, c.unit), classifyColumn(c.path, c.unit); got != want {
				t.Errorf("column(%q, %q) = %+v, want %+v", c.path, c.unit, got, want)
			}
		}
	}
	if len(x.columns) != 9 {
		t.Errorf("%d columns memoised, want 9 (one for each path and unit)", len(x.columns))
	}
}

// TestLexiconInvalidBytes: texts that start or end with an invalid or
// cut sequence find no word, as utf8's decoding finds none.
func TestLexiconInvalidBytes(t *testing.T) {
	for _, s := range []string{"\xe5\x88", "\xe5", "\xe0\x80\x80", "\xed\xa0\x80", "\xe5\x88\x86\xe5", "增\xe5\x88", "\x86\x88增", "\xef\xbf\xbd", "\xe4\xb8"} {
		for name, lx := range map[string]*lexicon{"up": upLex, "period": periodLex, "caseVerb": caseVerbLex, "base": baseLex} {
			r, _ := utf8.DecodeRuneInString(s)
			if got, want := lx.prefix(s), hasPrefixAny(s, lx.words); got != want {
				t.Errorf("%s.prefix(%q) = %q, want %q (rune %q)", name, s, got, want, r)
			}
			if got, want := lx.suffix(s), hasSuffixAny(s, lx.words); got != want {
				t.Errorf("%s.suffix(%q) = %q, want %q", name, s, got, want)
			}
		}
	}
	for r := rune(0x800); r < 0x10000; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		s := string(r) + "x" + string(r)
		if lexFirstRune(s) != r || lexLastRune(s) != r {
			t.Errorf("lexFirstRune/lexLastRune(%q) = %q, %q", s, lexFirstRune(s), lexLastRune(s))
		}
	}
}
