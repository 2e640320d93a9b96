package extract

import (
	"strings"
	"unicode/utf8"
)

// restatedLevelFrames are the words a report puts around a quantity when
// it comes back to it to state its change (全省医院总数 for 医院, 床位数 for
// 床位): a place before it, a count after it.
var (
	restatedPlaces = []string{"全省", "全市", "全区", "全县", "全州", "全国", "全盟", "本市", "我省", "我市"}
	restatedCounts = []string{"总数", "数量", "总量", "数"}
)

// restatedName is a subject without the place before it and the count
// after it (全省医院总数 → 医院, 医院床位数 → 医院床位).
func restatedName(s string) string {
	for _, p := range restatedPlaces {
		if strings.HasPrefix(s, p) {
			s = s[len(p):]
			break
		}
	}
	for _, c := range restatedCounts {
		if strings.HasSuffix(s, c) && len(s) > len(c) {
			s = s[:len(s)-len(c)]
			break
		}
	}
	return s
}

// sameRestated reports a change's subject that names a level stated
// before: equal once restatedName drops their frames, or, with four
// characters or more, the change's name the level's with a word of one or
// two characters left out in between (卫生人员 for 卫生健康人员), first and
// last characters the same.
func sameRestated(change, level string) bool {
	c, l := restatedName(change), restatedName(level)
	if c == "" || l == "" {
		return false
	}
	if c == l {
		return true
	}
	if utf8.RuneCountInString(c) < 4 || len(c) >= len(l) || utf8.RuneCountInString(l)-utf8.RuneCountInString(c) > 2 {
		return false
	}
	cr, lr := []rune(c), []rune(l)
	if cr[0] != lr[0] || cr[len(cr)-1] != lr[len(lr)-1] {
		return false
	}
	j := 0
	for _, r := range lr {
		if j < len(cr) && r == cr[j] {
			j++
		}
	}
	return j == len(cr)
}

// sameUnitBase reports a change's unit and a level's that count the same
// thing at any scale (张 and 万张, 万人 and 人); a change without a unit
// (a growth) fits any level.
func sameUnitBase(change, level string) bool {
	if change == "" || change == level {
		return true
	}
	strip := func(u string) string {
		for _, p := range []string{"万", "亿", "千", "百"} {
			u = strings.TrimPrefix(u, p)
		}
		return u
	}
	return strip(change) != "" && strip(change) == strip(level)
}

// restatedChangeLevels is the rule for a change a report states in the
// sentence after a level, coming back to the level's quantity by name
// (全省共有医院1034家。与上年相比，全省医院总数增加38家，增幅为3.82%): the
// changes, read as a figure without a level of its own, are the level's.
// A change-only figure whose subject names (sameRestated) a figure of an
// earlier sentence of the same paragraph (no line break between them)
// that has no change, is no prior and counts in the change's unit, gives
// its changes to the nearest such figure and is dropped. figs are the
// text's figures in order; s the text their spans are in.
func restatedChangeLevels(s string, figs []Figure) []Figure {
	var drop []bool
	for i := range figs {
		f := &figs[i]
		if !f.Missing || len(f.Changes) == 0 || f.ChangeOf != "" || f.Source.Table != 0 {
			continue
		}
		unit := ""
		for _, ch := range f.Changes {
			if ch.Kind == Abs {
				unit = ch.Unit
			}
		}
		for j := i - 1; j >= 0; j-- {
			g := &figs[j]
			if g.Span[1] > f.Span[0] || g.Span[1] <= 0 {
				continue // the change's own figure (医院总数增加38家), or no span in the text
			}
			if strings.IndexByte(s[g.Span[1]:f.Span[0]], '\n') >= 0 {
				break // another paragraph
			}
			if g.Sentence == f.Sentence || g.Missing || g.Prior || len(g.Changes) > 0 || g.ChangeOf != "" || g.Source.Table != 0 {
				continue
			}
			if !sameRestated(f.Indicator, g.Indicator) || !sameUnitBase(unit, g.Unit) {
				continue
			}
			for _, ch := range f.Changes {
				g.addChange(ch)
			}
			if drop == nil {
				drop = make([]bool, len(figs))
			}
			drop[i] = true
			break
		}
	}
	if drop == nil {
		return figs
	}
	return dropFigures(figs, drop)
}

// dropFigures removes the figures marked in drop, keeping the parent
// links (index+1) of the others pointing at the same figures.
func dropFigures(figs []Figure, drop []bool) []Figure {
	at := make([]int, len(figs)) // new index+1 of each kept figure
	n := 0
	for i := range figs {
		if !drop[i] {
			n++
			at[i] = n
		}
	}
	out := figs[:0]
	for i := range figs {
		if drop[i] {
			continue
		}
		f := figs[i]
		if f.parent > 0 && f.parent <= len(at) {
			f.parent = at[f.parent-1]
		}
		out = append(out, f)
	}
	return out
}
