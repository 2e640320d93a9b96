package present

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsChinese reports whether r belongs to Chinese text for the purpose of
// punctuation (SPEC §10, GB/T 15834): ideographs, CJK symbols and
// punctuation, full-width forms, and the quotation marks, dash and ellipsis
// Chinese text is set with.
func IsChinese(r rune) bool {
	switch {
	case unicode.Is(unicode.Han, r):
		return true
	case r >= 0x3000 && r <= 0x303f, // CJK symbols and punctuation: 、。《》「」
		r >= 0xff00 && r <= 0xffef, // full-width forms: ，：；（）
		r >= 0x2018 && r <= 0x201d, // ‘’“”
		r == '—', r == '…', r == '·':
		return true
	}
	return false
}

// fullWidth maps the ASCII punctuation Chinese text must not contain to
// its full-width form.
var fullWidth = map[byte]string{
	',': "，", ':': "：", ';': "；", '(': "（", ')': "）", '?': "？", '!': "！",
}

// Punctuate returns s with the ASCII punctuation next to Chinese
// characters in its full-width form, as SPEC §10 asks of every Chinese
// text we write: "28716户,比上年增长12.33%" → "28716户，比上年增长12.33%",
// "单位:户" → "单位：户", "增减(百分点)" → "增减（百分点）". A comma, colon,
// semicolon, question or exclamation mark is converted when the character
// before or after it (ignoring spaces) is Chinese; a pair of round brackets
// is converted together when any of the characters around either bracket
// or just inside it is Chinese, so that "(第2类)" and "比上年增长(%)" get
// both brackets. Spaces after a converted mark are dropped (full-width
// marks carry their own space). Punctuation between digits or Latin
// letters ("1,234", "12:30", "f(x)") is left alone, and so are digits,
// Latin letters and "%", which stay half-width.
func Punctuate(s string) string {
	if !needsPunctuation(s) {
		return s
	}
	// A second pass sees the brackets the first converted: "A区(2022年),B区".
	return punctuate(punctuate(s))
}

func punctuate(s string) string {
	convert := make([]bool, len(s))
	var stack []int
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ',', ':', ';', '?', '!':
			if chineseBefore(s, i) || chineseAfter(s, i+1) {
				convert[i] = true
			}
		case '(':
			stack = append(stack, i)
		case ')':
			if len(stack) == 0 {
				convert[i] = chineseBefore(s, i) || chineseAfter(s, i+1)
				continue
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if chineseBefore(s, open) || chineseAfter(s, open+1) || chineseBefore(s, i) || chineseAfter(s, i+1) {
				convert[open], convert[i] = true, true
			}
		}
	}
	for _, open := range stack { // unmatched opening brackets
		convert[open] = chineseBefore(s, open) || chineseAfter(s, open+1)
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		if !convert[i] {
			b.WriteByte(s[i])
			continue
		}
		b.WriteString(fullWidth[s[i]])
		if s[i] != '(' {
			for i+1 < len(s) && s[i+1] == ' ' {
				i++
			}
		}
	}
	out := b.String()
	// A space before a converted mark goes too ("注 ：" → "注："); only
	// for the marks that close a clause.
	for _, m := range []string{" ，", " ：", " ；", " ）"} {
		for strings.Contains(out, m) {
			out = strings.ReplaceAll(out, m, m[1:])
		}
	}
	return out
}

// needsPunctuation is a fast check that s has ASCII punctuation Punctuate
// might convert and a non-ASCII character.
func needsPunctuation(s string) bool {
	ascii, punct := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
		} else if _, ok := fullWidth[c]; ok {
			punct = true
		}
	}
	return punct && !ascii
}

// chineseBefore reports whether the last non-space character of s[:i] is
// Chinese.
func chineseBefore(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	return IsChinese(r)
}

// chineseAfter reports whether the first non-space character of s[i:] is
// Chinese.
func chineseAfter(s string, i int) bool {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return IsChinese(r)
}

// Mispunctuated returns each place of s where an ASCII comma, colon,
// semicolon or round bracket stands right next to a Chinese character (SPEC
// §10 wants the full-width form there), as a few characters around it. It
// is the check the renderers' tests apply to the text they print; nil means
// s is punctuated correctly.
func Mispunctuated(s string) []string {
	var out []string
	rs := []rune(s)
	for i, r := range rs {
		switch r {
		case ',', ':', ';', '(', ')':
		default:
			continue
		}
		if i > 0 && IsChinese(rs[i-1]) || i+1 < len(rs) && IsChinese(rs[i+1]) {
			from, to := max(0, i-4), min(len(rs), i+5)
			out = append(out, string(rs[from:to]))
		}
	}
	return out
}
