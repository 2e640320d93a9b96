package extract

import (
	"strings"
	"unicode/utf8"
)

type tokKind uint8

type token struct {
	kind  tokKind
	start int
	end   int
	num   number
	parts int  // numbers in a chain (2023-02-22: 3)
	sep   rune // the chain's first separator
	last  number
	r     rune // break rune
	// word changes
	word string
	// share marks a share in words (三分之一, 百分之八十): num holds its
	// value and shareUnit its unit ("", "%", "‰").
	share     bool
	shareUnit string
	// inParen marks a number inside brackets that close later in the
	// sentence (审结4822件(含再审1件)): a part or a note of the figure before.
	inParen bool
}

// markParens is the rule for numbers inside brackets: tokens between an
// opening bracket ( or （ and its closing one in the sentence [a, b) get
// inParen. A bracket left open marks nothing (a copy that lost its closing
// bracket would otherwise take every change after it). One pass over the
// sentence.
func markParens(s string, a, b int, toks []token) {
	var open []int // token index at each open bracket
	k := 0
	for i := a; i < b; {
		c := s[i]
		n := 1
		switch {
		case c == '(' || c == ')':
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] == 0x88: // （
			n, c = len("（"), '('
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] == 0x89: // ）
			n, c = len("）"), ')'
		default:
			i++
			continue
		}
		for k < len(toks) && toks[k].start < i {
			k++
		}
		if c == '(' {
			open = append(open, k)
		} else if len(open) > 0 {
			from := open[len(open)-1]
			open = open[:len(open)-1]
			if len(open) == 0 {
				for j := from; j < k; j++ {
					toks[j].inParen = true
				}
			}
		}
		i += n
	}
}

// lex splits a sentence into numbers, breaks and change words, skipping
// quoted text and URLs. A rune none of its cases looks at (lexPlain: most
// Han characters) is passed over at once; a new case for a rune of
// U+3000–U+9FFF must be added to lexPlain's rule too.
func (x *extractor) lex(a, b int, toks []token) []token {
	s := x.s[:b]
	var qstack []rune
	prevCN := false
	for i := a; i < b; {
		r, n := runeAt(s[i:])
		if len(qstack) == 0 && lexPlain(r) {
			prevCN = false
			i += n
			continue
		}
		if len(qstack) > 0 {
			top := qstack[len(qstack)-1]
			if closesQuote(top, r) {
				qstack = qstack[:len(qstack)-1]
			} else if c, ok := openQuote(r); ok && r != '"' && len(qstack) < 8 {
				qstack = append(qstack, c)
			}
			i += n
			prevCN = false
			continue
		}
		if c, ok := openQuote(r); ok && quoteCloses(s, i+n, b, c) {
			qstack = append(qstack, c)
			i += n
			prevCN = false
			continue
		}
		if r == 'h' && (strings.HasPrefix(s[i:], "http://") || strings.HasPrefix(s[i:], "https://")) || r == 'w' && strings.HasPrefix(s[i:], "www.") {
			for i < b {
				c := s[i]
				if c <= ' ' || c >= 0x80 {
					break
				}
				i++
			}
			prevCN = false
			continue
		}
		if _, dn := digitAt(s, i); dn > 0 {
			num, ok := scanNumber(s, i)
			if !ok {
				// Skip the digit run.
				// Skip the digit run with its commas (1,234,5678).
				j := i
				for {
					_, m := digitAt(s, j)
					if m > 0 {
						j += m
						continue
					}
					if j+1 < b && s[j] == ',' && isDigitAt(s, j+1) {
						j++
						continue
					}
					break
				}
				for j < b && s[j] == ',' {
					j++
				}
				i = j
				prevCN = false
				continue
			}
			t := token{kind: tokNum, start: i, end: num.end, num: num, parts: 1, last: num}
			// Chains: 2023-02-22, 09:25:33, 1-11, 2021—2025, 12·4, 1.2.3.
			j := num.end
			for j < b {
				sr, sn := utf8.DecodeRuneInString(s[j:])
				if !(isRangeSep(sr) || isRatioColon(sr) || sr == '/' || sr == '.' || sr == '·' || sr == '•' || sr == '．') {
					break
				}
				if !isDigitAt(s, j+sn) {
					break
				}
				nx, ok := scanNumber(s, j+sn)
				if !ok {
					break
				}
				if t.parts == 1 {
					t.sep = sr
				}
				t.parts++
				t.last = nx
				j = nx.end
			}
			t.end = j
			toks = append(toks, t)
			i = j
			// A Chinese numeral right after digits is a scale (343.6千公顷,
			// 3百万元), not a number of its own.
			prevCN = true
			continue
		}
		if isCNNumeral(r) && !prevCN {
			if k, e, pct, ok := halfOrTenthsChange(s, a, i); ok {
				// 减少一半, 增长一成: the verb and its share are one change.
				toks = append(toks, token{kind: tokWord, start: k, end: e, word: s[k:e], share: true, num: number{start: k, end: e, value: pct, chinese: true}})
				i = e
				continue
			}
		}
		if isCNNumeral(r) && r != '万' {
			if !prevCN {
				if num, u, ok := cnFraction(s, i); ok {
					toks = append(toks, token{kind: tokNum, start: i, end: num.end, num: num, parts: 1, last: num, share: true, shareUnit: u})
					i = num.end
					prevCN = true
					continue
				}
				num, ok := scanChinese(s, i)
				if ok {
					toks = append(toks, token{kind: tokNum, start: i, end: num.end, num: num, parts: 1, last: num})
					i = num.end
					prevCN = true
					continue
				}
			}
			i += n
			prevCN = true
			continue
		}
		prevCN = false
		if r == ' ' && isDigitAt(s, i+1) && isHanAt(s[:i], max(i-3, a)) && i-3 >= a {
			// 烤烟种植面积 94公顷: a space before the number does not end
			// the clause.
			i += n
			continue
		}
		if breakRune(r) {
			toks = append(toks, token{kind: tokBreak, start: i, end: i + n, r: r})
			i += n
			continue
		}
		if r == '持' && strings.HasPrefix(s[i:], "持平") && !strings.HasPrefix(s[i+len("持平"):], "稳") && !strings.HasSuffix(s[:i], "保") && !roughlyFlat(s[a:i]) {
			// 保持平稳, 保持平衡 are steadiness, not 持平.
			toks = append(toks, token{kind: tokWord, start: i, end: i + len("持平"), word: "持平"})
			i += len("持平")
			continue
		}
		if r == '翻' {
			for _, w := range []string{"翻一番", "翻两番", "翻三番", "翻番", "翻了一番", "翻了两番"} {
				if strings.HasPrefix(s[i:], w) {
					toks = append(toks, token{kind: tokWord, start: i, end: i + len(w), word: w})
					i += len(w)
					goto next
				}
			}
		}
		i += n
	next:
	}
	return toks
}

// lexPlainFrom and lexPlainTo bound the runes lexPlainRunes holds: CJK
// punctuation, kana and the CJK ideographs.
const lexPlainFrom, lexPlainTo = 0x3000, 0xA000

// lexPlainRunes has a bit set for each rune of [lexPlainFrom, lexPlainTo)
// that lex has no case for outside a quotation: no opening quotation mark,
// Chinese numeral, break, or the first character of 持平 or 翻番.
var lexPlainRunes = func() (bits [(lexPlainTo - lexPlainFrom) / 64]uint64) {
	for r := rune(lexPlainFrom); r < lexPlainTo; r++ {
		_, quote := openQuote(r)
		if !quote && !isCNNumeral(r) && !breakRune(r) && r != '持' && r != '翻' {
			bits[(r-lexPlainFrom)/64] |= 1 << ((r - lexPlainFrom) % 64)
		}
	}
	return bits
}()

// lexPlain reports a rune lex passes over: it starts no token (see
// lexPlainRunes).
func lexPlain(r rune) bool {
	return r >= lexPlainFrom && r < lexPlainTo && lexPlainRunes[(r-lexPlainFrom)/64]&(1<<((r-lexPlainFrom)%64)) != 0
}

// roughlyFlat is the rule for 持平 qualified as rough (基本持平, 大体持平,
// 总体持平, 大致持平): no exact change of 0 but a comment on the figure (比上年
// 减少10人，基本持平), so no change is read. before is the sentence's text
// before 持平.
func roughlyFlat(before string) bool {
	return hasSuffixAny(before, []string{"基本", "基本上", "大体", "大致", "总体", "总体上", "大体上"}) != ""
}

// closesQuote is the rule for the end of a quotation: the closing mark of
// its opening one, or the ASCII mark a copy put in its place (‘两型' and
// “十二五" close with ' and ").
func closesQuote(want, r rune) bool {
	return r == want || want == '’' && r == '\'' || want == '”' && r == '"'
}

// maxQuote bounds how far a quotation's end is looked for.
const maxQuote = 600

// quoteCloses is the rule for an opening quotation mark that is never
// closed (实现粮食生产‘八连增,到达244.5万吨): text after it is quoted only
// when its closing mark (closesQuote) follows within the sentence, up to
// b, and within maxQuote bytes; otherwise the mark is read as no quote, so
// the rest of the sentence is not lost.
func quoteCloses(s string, i, b int, want rune) bool {
	e := min(b, i+maxQuote)
	for i < e {
		r, n := utf8.DecodeRuneInString(s[i:])
		if closesQuote(want, r) {
			return true
		}
		i += n
	}
	return false
}
