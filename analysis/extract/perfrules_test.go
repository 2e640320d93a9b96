package extract

import (
	"testing"
	"unicode"
)

// TestCasePartyCount: a role (被告人, 犯罪嫌疑人, 被害人) counted in words
// before it, 名 or not, wherever in the text; counted in digits after it,
// or not counted, no.
func TestCasePartyCount(t *testing.T) {
	for _, c := range []struct {
		pre  string
		want bool
	}{
		{"四被告人组织他人卖淫非法获利", true},
		{"法院判处三名被告人有期徒刑，罚金", true},
		{"两名犯罪嫌疑人", true},
		{"人民法院审理的案件中被害人九", false},
		{"判处被告人", false},
		{"全年审结案件，其中涉及人口", false},
		{"人", false},
		{"", false},
		{"某某人员中，五被害人", true},
	} {
		if got := casePartyCount(c.pre); got != c.want {
			t.Errorf("casePartyCount(%q) = %v, want %v", c.pre, got, c.want)
		}
	}
}

// TestLexiconFilter: the rune filters let every word through (a word whose
// first or last rune shares its filter bit with another's included) and
// the look-ups find the longest word as before.
func TestLexiconFilter(t *testing.T) {
	// 一 (U+4E00) and 䀀 (U+4000) share bit r%lexBits.
	lx := newLexicon([]string{"万元", "万", "一般", "䀀x", "元"})
	for _, c := range []struct{ s, prefix, suffix string }{
		{"万元以上", "万元", ""},
		{"一般公共预算", "一般", ""},
		{"䀀x", "䀀x", "䀀x"},
		{"收入万元", "", "万元"},
		{"三元", "", "元"},
		{"", "", ""},
		{"二般", "", ""},
	} {
		if got := lx.prefix(c.s); got != c.prefix {
			t.Errorf("prefix(%q) = %q, want %q", c.s, got, c.prefix)
		}
		if got := lx.suffix(c.s); got != c.suffix {
			t.Errorf("suffix(%q) = %q, want %q", c.s, got, c.suffix)
		}
	}
	if !lx.has("一般") || lx.has("一") || lx.has("") {
		t.Error("has: want 一般 only")
	}
}

// TestIsHanQuick: isHan's quick answers (nothing below U+2E80, all of
// U+4E00–U+9FFF) are unicode.Han's for every rune.
func TestIsHanQuick(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if got, want := isHan(r), unicode.Is(unicode.Han, r); got != want {
			t.Fatalf("isHan(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestMoreOrLessWindow: 多 and 少 are found as far from the end as the
// rule looks (three Han characters after them, four bytes each at most)
// and the quick check turns away texts without them there.
func TestMoreOrLessWindow(t *testing.T) {
	for _, c := range []struct {
		p    string
		want string
	}{
		{"比上年多", "多"},
		{"比上年少", "少"},
		{"较去年同期多", "多"},
		{"比上年", ""},
		{"多项工作比上年", ""},
		{"", ""},
	} {
		if got, _ := moreOrLess(c.p); got != c.want {
			t.Errorf("moreOrLess(%q) = %q, want %q", c.p, got, c.want)
		}
	}
}
