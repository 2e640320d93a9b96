package extract

import (
	"strings"
)

// readPrior recognises a previous value stated inline: 较2022年558件,
// 比上年的558件, 上年为558件, 去年同期为558件. It returns the figure it is
// the prior of (same unit, nearest before) and the prior's year.
func (x *extractor) readPrior(st *sentenceState, pre, unit string) (int, int, bool) {
	p := strings.TrimSpace(pre)
	p = strings.TrimSuffix(p, "为")
	p = strings.TrimSuffix(p, "是")
	p = strings.TrimSuffix(p, "的")
	year := 0
	ok := false
	if w := hasSuffixAny(p, []string{"上年同期", "去年同期", "上年", "去年", "上一年", "同期"}); w != "" {
		before := strings.TrimSpace(strings.TrimSuffix(p, w))
		if before == "" && w != "同期" && strings.HasSuffix(strings.TrimSpace(pre), "为") || strings.HasSuffix(before, "较") || strings.HasSuffix(before, "比") || strings.HasSuffix(before, "与") {
			ok = true
		}
	} else if c := comparisonSuffix(p); c > 0 {
		cmp := p[len(p)-c:]
		k := strings.IndexAny(cmp, "0123456789")
		if k >= 0 && k+4 <= len(cmp) {
			y := 0
			for _, d := range cmp[k : k+4] {
				y = y*10 + int(d-'0')
			}
			year = y
			ok = strings.TrimSpace(p[:len(p)-c]) == ""
		}
	}
	if !ok {
		return 0, 0, false
	}
	for k := len(st.figs) - 1; k >= 0; k-- {
		f := &x.figs[st.figs[k]]
		if f.Prior || f.Missing {
			continue
		}
		if f.Unit != unit {
			continue
		}
		if year == 0 {
			if f.Year == 0 {
				return 0, 0, false
			}
			year = f.Year - 1
		}
		if year >= f.Year && f.Year != 0 {
			return 0, 0, false
		}
		return st.figs[k], year, true
	}
	return 0, 0, false
}
