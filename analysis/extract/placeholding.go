package extract

import (
	"strings"
	"unicode/utf8"
)

// placeSuffixes end the name of an administrative place a report counts
// in (陕西省, 殷都区, 永宁县, 阿拉善盟).
var placeSuffixes = []string{"自治区", "自治州", "自治县", "省", "市", "县", "区", "州", "盟", "旗"}

// holdingVerbs say that what is counted after them exists in a place
// (陕西省共有小学4559所).
var holdingVerbs = []string{"共有", "现有", "拥有", "有"}

// placeHolding is the rule for a subject that opens with a named place and
// a verb of holding (陕西省共有小学4559所, 殷都区现有幼儿园226所): the place
// is the scope of the whole report, as 全省 is in 全省共有小学, and 共有
// only says the schools exist, so the subject is what follows. The place
// is a name of three to seven Han characters ending in a place suffix
// (省, 市, 县, 区, 自治州); at least two characters must follow the verb.
// It returns the length of place and verb, 0 when the rule does not apply.
func placeHolding(t string) int {
	if !strings.Contains(t, "有") {
		return 0 // every holding verb ends in 有
	}
	for _, v := range holdingVerbs {
		k := strings.Index(t, v)
		if k <= 0 {
			continue
		}
		place := t[:k]
		n := utf8.RuneCountInString(place)
		if n < 3 || n > 7 || !isHanString(place) || hasSuffixAny(place, placeSuffixes) == "" {
			continue
		}
		rest := t[k+len(v):]
		if utf8.RuneCountInString(rest) < 2 || !isHanAt(rest, 0) {
			continue
		}
		return k + len(v)
	}
	return 0
}
