package extract

import (
	"strings"
)

// A "numbers headline" is a heading that states a section's figures as
// bare numbers before the section tells them (一、4258.4万件，1080万件 over a
// paragraph that says 审结…案件4258.4万件 … 执行案件1080万件): the style of
// 数字解读 and 数说 pieces. The heading names no subject; each of its
// numbers is the figure with the same number and unit the section states
// after it, and takes that figure's subject. A percent of the heading that
// the section states as a change (比2003年上升3.80%) is named by the
// changed figure and its change words (审结案件比2003年上升).

// headlineLookahead bounds how many figures after a headline are searched
// for its numbers.
const headlineLookahead = 60

// numbersHeadline is the rule for a sentence that is a list marker and
// numbers with their units only, separated by commas or 、 (一、4258.4万件，
// 1080万件; （三）19.61%、29.94%): it pushes one figure per number, named
// by its list marker until nameHeadlines finds it in the text after it,
// and reports true; false (and nothing pushed) for any other sentence.
func (x *extractor) numbersHeadline(a, b int, toks []token) bool {
	s := x.s
	k := listMarker(s[a:b])
	if k == 0 || len(toks) == 0 {
		return false
	}
	label := trimText(strings.TrimRight(s[a:a+k], "、是"))
	pos := a + k
	start := len(x.figs)
	n := 0
	for _, t := range toks {
		if t.end <= a+k {
			continue // the list marker: 一 and 、
		}
		if t.start < pos || trimText(s[pos:t.start]) != "" {
			return x.unpush(start)
		}
		if t.kind == tokBreak {
			if t.r != ',' && t.r != '，' && t.r != '、' {
				return x.unpush(start)
			}
			pos = t.end
			continue
		}
		if t.kind != tokNum || t.parts > 1 || t.inParen || t.share {
			return x.unpush(start)
		}
		m := readUnit(s, t.end)
		if m.unit == "" || m.approx || m.listEnd > 0 {
			return x.unpush(start)
		}
		x.push(Figure{Indicator: label, Section: x.section, Value: t.num.value, Unit: m.unit, Year: x.year,
			Sentence: s[a:b], SentenceSpan: [2]int{a, b}, Span: [2]int{t.start, m.end},
			Number: s[t.start:t.end], Source: x.source(), headline: true})
		n++
		pos = m.end
	}
	if n == 0 || trimText(strings.TrimRight(s[pos:b], "。")) != "" {
		return x.unpush(start)
	}
	return true
}

// unpush drops the figures pushed since n and reports false.
func (x *extractor) unpush(n int) bool {
	x.figs = x.figs[:n]
	return false
}

// nameHeadlines names the figures of numbers headlines (numbersHeadline)
// after the figures the text states after them: the first later figure,
// before the next headline and within headlineLookahead figures, with the
// same number as written and the same unit gives its subject; for a
// percent, a later figure with a change of that number gives its subject
// and change words. A headline figure found nowhere keeps its label.
func nameHeadlines(figs []Figure) {
	for i := range figs {
		h := &figs[i]
		if !h.headline {
			continue
		}
		for j := i + 1; j < len(figs) && j <= i+headlineLookahead; j++ {
			f := &figs[j]
			if f.headline {
				if f.Sentence != h.Sentence {
					break
				}
				continue
			}
			if name := headlineName(h, f); name != "" {
				h.Indicator = name
				break
			}
		}
	}
}

// headlineName is the subject a later figure f gives the headline figure
// h: f's own when it states the same number in the same unit; for a
// percent, f's with the words of its change of that number (比2003年上升,
// 年均递增); "" otherwise.
func headlineName(h, f *Figure) string {
	if f.Indicator == "" {
		return ""
	}
	if !f.Missing && !f.Prior && f.Unit == h.Unit && sameNumber(f.Number, h.Number) {
		return f.Indicator
	}
	if h.Unit != "%" {
		return ""
	}
	for _, c := range f.Changes {
		if c.Kind == GrowthPct && sameNumber(c.Number, h.Number) {
			w := headlineChangeWords(c.Text, c.Number)
			if w == "" || !strings.Contains(w, c.verb) {
				w = c.verb // 和29.94% of 分别上升19.61%和29.94%: the verb distributed
			}
			if strings.HasSuffix(f.Indicator, w) {
				return f.Indicator
			}
			return f.Indicator + w
		}
	}
	return ""
}

// sameNumber reports two numbers as written that are the same number
// (3.80 and 3.8).
func sameNumber(a, b string) bool {
	if a == b {
		return a != ""
	}
	trim := func(t string) string {
		if strings.Contains(t, ".") {
			t = strings.TrimRight(strings.TrimRight(t, "0"), ".")
		}
		return t
	}
	return a != "" && b != "" && trim(a) == trim(b)
}

// headlineChangeWords are the words of a change as written before its number
// (比2003年上升 of 比2003年上升3.80%, 上升 of 分别上升19.61%和29.94%).
func headlineChangeWords(text, number string) string {
	k := strings.Index(text, number)
	if k < 0 {
		return ""
	}
	w := trimText(text[:k])
	w = strings.TrimPrefix(strings.TrimPrefix(w, "和"), "分别")
	w = strings.TrimSuffix(w, "了")
	if w == "" || strings.ContainsAny(w, "，,、；;") {
		return ""
	}
	return w
}
