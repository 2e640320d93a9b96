package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBlankToLineEnd: blankToLineEnd says what trimText of the rest of the
// line says.
func TestBlankToLineEnd(t *testing.T) {
	for _, s := range []string{
		"化学纤维 269万吨 13.3\n下一行",
		"化学纤维 269万吨 13.3  \t\n下一行",
		"化学纤维 269万吨 13.3\u3000\n",
		"化学纤维 269万吨 13.3 注\n",
		"化学纤维 269万吨 13.3",
		"化学纤维 269万吨 13.3 ",
		"化学纤维 269万吨 13.3\r\n",
		"化学纤维 269万吨 13.3，比上年增长2.1%\n",
	} {
		i := strings.Index(s, "13.3") + len("13.3")
		want := trimText(s[i:nextLine(s, i)]) == ""
		if got := blankToLineEnd(s, i); got != want {
			t.Errorf("blankToLineEnd(%q, %d) = %v, want %v", s, i, got, want)
		}
	}
}

// TestWordsLonger: the header rules that compare a line without its
// spaces with short words say the same with the bound as without it.
func TestWordsLonger(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want bool
	}{
		{"指 标", 6, false},
		{"指\u3000\u3000标", 6, false},
		{"指标名称", 6, true},
		{"指标名称", 12, false},
		{" 年 份 ", 6, false},
		{"全年受理案件1000件，同比下降2.1%。", 12, true},
		{"", 0, false},
	} {
		if got := wordsLonger(c.s, c.n); got != c.want {
			t.Errorf("wordsLonger(%q, %d) = %v, want %v", c.s, c.n, got, c.want)
		}
	}
	for _, s := range []string{"指标", "指 标", "指\u3000标", " 项 目 ", "单位名称", "年份", "年 份", "\t年度\r", "时间", "年份（年）", "全年受理案件1000件。"} {
		if statLabelHeader(s) != statLabelHeaderUnbounded(s) {
			t.Errorf("statLabelHeader(%q) = %v", s, statLabelHeader(s))
		}
		if yearLabelHeader(s) != yearLabelHeaderUnbounded(s) {
			t.Errorf("yearLabelHeader(%q) = %v", s, yearLabelHeader(s))
		}
	}
}

// statLabelHeaderUnbounded and yearLabelHeaderUnbounded are the rules as
// they read without wordsLonger.
func statLabelHeaderUnbounded(t string) bool {
	for _, w := range statLabelHeaders {
		if strings.ReplaceAll(strings.ReplaceAll(t, " ", ""), "\u3000", "") == w {
			return true
		}
	}
	return false
}

func yearLabelHeaderUnbounded(t string) bool {
	switch strings.ReplaceAll(strings.ReplaceAll(strings.TrimSpace(t), " ", ""), "\u3000", "") {
	case "年份", "年度", "时间":
		return true
	}
	return false
}

// TestLastRuneOf: lastRuneOf is utf8.DecodeLastRuneInString for any text,
// valid UTF-8 or not.
func TestLastRuneOf(t *testing.T) {
	for _, s := range []string{"", "a", "增长", "比上年增长2.1%", "。", "\u3000", "é", "😀", "\xe5\xa2", "\xa2\x9e", "a\xe5\xa2\x9e", "\xed\xa0\x80", "\xe0\x80\x80", "\xef\xbb\xbf", "x\xe3\x80", "\xe3\x80\x80\x80"} {
		r, n := lastRuneOf(s)
		wr, wn := utf8.DecodeLastRuneInString(s)
		if r != wr || n != wn {
			t.Errorf("lastRuneOf(%q) = %q, %d, want %q, %d", s, r, n, wr, wn)
		}
	}
}

// TestBarLeadStartOrder: barLeadStart with its cheap tests first says what
// the rule says (a short line without a bar or sentence mark, the next
// line opening with a bar).
func TestBarLeadStartOrder(t *testing.T) {
	rule := func(s string, a, b, le int) bool {
		if a >= b || strings.ContainsAny(s[a:b], "|｜。；;") || utf8.RuneCountInString(s[a:b]) > 40 {
			return false
		}
		na, nb := trimSpace(s, min(le+1, len(s)), nextLine(s, min(le+1, len(s))))
		return na < nb && (s[na] == '|' || strings.HasPrefix(s[na:nb], "｜"))
	}
	long := strings.Repeat("指", 40)
	for _, s := range []string{
		"序号\n| 指标\n| 单位\n",
		"序号\n｜指标\n",
		"序号\n  | 指标\n",
		"序号。\n| 指标\n",
		"序|号\n| 指标\n",
		long + "\n| 指标\n",
		long + "标\n| 指标\n",
		strings.Repeat("a", 160) + "\n| x\n",
		strings.Repeat("a", 161) + "\n| x\n",
		"序号\n指标 |\n",
		"序号\n\n| 指标\n",
		"序号",
		"序号\n",
	} {
		le := nextLine(s, 0)
		a, b := trimSpace(s, 0, le)
		if got, want := barLeadStart(s, a, b, le), rule(s, a, b, le); got != want {
			t.Errorf("barLeadStart(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPointUnitStart: every unit readUnit looks for before the base units
// starts with a character pointUnitStart accepts, and a base unit or a
// scale does not.
func TestPointUnitStart(t *testing.T) {
	for _, u := range []string{"%", "％", "‰", "个十万分点", "十万分点", "个千分点", "千分点", "个基点", "基点", "个百分点", "百分点", "个百份点", "百份点", "倍"} {
		if !pointUnitStart(u + "，") {
			t.Errorf("pointUnitStart(%q) = false", u)
		}
	}
	for _, u := range []string{"", "元", "亿元", "万吨", "件", "人次", "a", " %"} {
		if pointUnitStart(u) {
			t.Errorf("pointUnitStart(%q) = true", u)
		}
	}
	for _, c := range []struct {
		s    string
		unit string
	}{{"12.5%，", "%"}, {"3个百分点", "个百分点"}, {"2倍", "倍"}, {"15个基点", "个基点"}, {"300亿元", "亿元"}, {"12个", "个"}, {"5千公顷", "千公顷"}, {"8百万元", "百万元"}} {
		i := strings.IndexFunc(c.s, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.') })
		if got := readUnit(c.s, i); got.unit != c.unit {
			t.Errorf("readUnit(%q) = %q, want %q", c.s, got.unit, c.unit)
		}
	}
}
