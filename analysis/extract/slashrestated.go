package extract

import "strings"

// slashRestatement is the rule for counts restated in brackets by their
// numbers alone, a slash between them, before the changes stated for them:
// 受理数(156/221)同比下降2.50%和下降14.34% restates 共受理…156件221人 and gives
// the change of each in order. name is the clause's subject, ending in the
// bracket, and sa its offset. Each number is a figure named by the words
// before the bracket, without a unit (the bracket writes none); the first
// takes the change ch, the others wait in st.slashOpen for the changes that
// follow in the clause (slashOpenChange). It reports whether name is such a
// restatement: words, then a bracket of two or more plain numbers between
// slashes (no percent: 5/10 of a share is a fraction, none here).
func (x *extractor) slashRestatement(st *sentenceState, name string, ch *Change, sa int) bool {
	open, shut := "(", ")"
	if strings.HasSuffix(name, "）") {
		open, shut = "（", "）"
	} else if !strings.HasSuffix(name, ")") {
		return false
	}
	k := strings.LastIndex(name, open)
	label := trimText(name[:max(k, 0)])
	if k <= 0 || label == "" || !isHanAt(label, len(label)-len(lastRune(label))) {
		return false
	}
	inner := name[k+len(open) : len(name)-len(shut)]
	parts := strings.Split(strings.ReplaceAll(inner, "／", "/"), "/")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if _, _, pct, ok := parseCell(p); !ok || pct {
			return false
		}
	}
	s := x.s
	at := sa + k + len(open)
	var idx []int
	for _, p := range parts {
		v, text, _, _ := parseCell(p)
		a, b := trimSpace(s, at, at+len(p))
		f := Figure{Indicator: label, Section: x.section, Value: v, Period: st.period, Year: x.year, Number: text,
			Sentence: s[st.a:st.b], SentenceSpan: [2]int{st.a, st.b}, Span: [2]int{a, b}, Source: x.source()}
		if st.periodYear > 0 {
			f.Year = st.periodYear
		}
		x.push(f)
		st.figs = append(st.figs, len(x.figs)-1)
		idx = append(idx, len(x.figs)-1)
		at += len(p) + len("/")
		if strings.HasPrefix(s[at-len("/"):], "／") {
			at += len("／") - len("/")
		}
	}
	x.figs[idx[0]].addChange(*ch)
	st.slashOpen = idx[1:]
	return true
}

// slashOpenChange gives a change stated after a slash restatement's first
// change with no subject of its own (…同比下降2.50%和下降14.34%) to the next
// number of the restatement still without one, in order. It reports whether
// it did. A figure read after the restatement closes it.
func (x *extractor) slashOpenChange(st *sentenceState, ch *Change, named bool) bool {
	if len(st.slashOpen) == 0 || named {
		return false
	}
	if st.figs[len(st.figs)-1] != st.slashOpen[len(st.slashOpen)-1] {
		st.slashOpen = nil
		return false
	}
	k := st.slashOpen[0]
	st.slashOpen = st.slashOpen[1:]
	x.figs[k].addChange(*ch)
	return true
}

// lastRune is the last character of s as a string, "" for "".
func lastRune(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			return s[i:]
		}
	}
	return ""
}
