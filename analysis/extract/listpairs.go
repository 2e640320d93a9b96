package extract

import "strings"

// The rules of this file pair a list of names with a list of changes
// written after it. Price and output reports list categories whose names
// hold 和 and 及 themselves (教育文化和娱乐, 生活用品及服务), joined by 、:
//
//	医疗保健、食品烟酒、教育文化和娱乐、生活用品及服务类上涨7.2%、6.3%、3.5%、0.8%
//
// Split at every 和 the list has more names than changes, and the pairs
// go off by one; split at 、 alone it pairs one to one. The changes may
// follow with 分别 or, as here, without it.

// namedSubjectsFor is namedSubjects for a list of n changes ending at
// listEnd: when the names split at 、, 和, 及 and 与 are not n but the names
// split at 、 alone are, those (教育文化和娱乐 stays one name). A list of
// changes that goes on in another unit (下降4.80%、50.00%及减少8.22个百分点)
// is not all of the list: its names stay as split.
func (x *extractor) namedSubjectsFor(st *sentenceState, end, n, listEnd int) []string {
	names := x.namedSubjects(st, end)
	if len(names) == n || end <= st.subjStart || listEnd > st.b {
		return names
	}
	if hasPrefixAny(trimText(x.s[listEnd:st.b]), []string{"、", "和", "及", "与"}) != "" {
		return names
	}
	sa, sb := trimSubjectPunct(x.s, st.subjStart, end)
	if sa >= sb {
		return names
	}
	if parts := splitEnumeration(x.s[sa:sb]); len(parts) == n && n >= 2 {
		return completeCoordinated(parts)
	}
	return names
}

// splitEnumeration splits a list of names at 、 only (交通和通信、居住类 →
// 交通和通信, 居住类).
func splitEnumeration(t string) []string {
	var out []string
	for _, p := range strings.Split(t, "、") {
		if p = trimText(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// listedCount is the number of changes in the list that starts with the
// number toks[i] (its unit ending at m.end): the numbers after it joined
// by 、, 和, 及 or 与, in the same unit; 1 when none follows. end is where
// the last one's unit ends.
func listedCount(s string, toks []token, i int, m unitMatch, b int) (n, end int) {
	n = 1
	prevEnd := m.end
	for k := i + 1; k < len(toks); k++ {
		if toks[k].kind == tokBreak && toks[k].r == '、' && toks[k].start == prevEnd {
			continue
		}
		nt := toks[k]
		if nt.kind != tokNum || nt.parts > 1 || nt.start < prevEnd {
			break
		}
		gap := strings.Trim(s[prevEnd:nt.start], " \r\n\t")
		if gap != "、" && gap != "和" && gap != "及" && gap != "与" && gap != "、和" {
			break
		}
		um := readUnit(s[:b], nt.end)
		if um.kind != m.kind || um.unit != m.unit {
			break
		}
		n++
		prevEnd = um.end
	}
	return n, prevEnd
}

// namesEachChange is the rule for a list of names before a list of as
// many changes without 分别 (食品、衣着、居住类上涨3.1%、1.2%、0.5%; 交通和通信、
// 居住类下降0.8%、0.1%): each name takes its change, as after 分别. It
// reports whether the clause is such a list; subjEnd ends the names.
func (x *extractor) namesEachChange(st *sentenceState, toks []token, i int, m unitMatch, subjEnd int) bool {
	n, end := listedCount(x.s, toks, i, m, st.b)
	if n < 2 {
		return false
	}
	names := x.namedSubjectsFor(st, subjEnd, n, end)
	return len(names) == n
}
