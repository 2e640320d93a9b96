package extract

import "strings"

// anaphoricNames is the rule for figures named by words that point back
// to the figures of the sentence before (进城务工人员随迁子女1294.73万人，…
// 2075.42万儿童留守农村。2013年，这两项数字分别为1277.17万和2126.75万): 这,
// a count in words or digits, then 项数字, 个数字, 项数据, 项指标 or 个指标,
// before 分别, name as many figures as the count says, the last levels of
// the previous sentence in order. It returns their names, nil when name
// is no such reference or the previous sentence has too few levels.
func (x *extractor) anaphoricNames(st *sentenceState, name string) []string {
	n := anaphorCount(name)
	if n < 2 || len(st.figs) > 0 || x.lastLine <= 0 || x.lastLine > len(x.figs) {
		return nil
	}
	last := &x.figs[x.lastLine-1]
	var names []string
	for k := x.lastLine - 1; k >= 0 && k >= x.lastLine-maxLookback && len(names) < n; k-- {
		f := &x.figs[k]
		if f.SentenceSpan != last.SentenceSpan {
			break
		}
		if f.Prior || f.Missing || f.ChangeOf != "" || f.Terms != 0 {
			continue
		}
		names = append(names, f.Indicator)
	}
	if len(names) < n {
		return nil
	}
	for i, j := 0, len(names)-1; i < j; i, j = i+1, j-1 {
		names[i], names[j] = names[j], names[i]
	}
	return names
}

// anaphorCount reads how many figures words such as 这两项数字 point back
// to: 这 (or 這, 上述), a count (两, 二, 三, 四, or digits), and 项 or 个 with
// 数字, 数据 or 指标. 0 when name is none.
func anaphorCount(name string) int {
	t, ok := "", false
	for _, w := range []string{"这", "這", "上述"} {
		if t, ok = strings.CutPrefix(name, w); ok {
			break
		}
	}
	if !ok {
		return 0
	}
	n := 0
	switch {
	case strings.HasPrefix(t, "两"), strings.HasPrefix(t, "二"):
		n = 2
	case strings.HasPrefix(t, "三"):
		n = 3
	case strings.HasPrefix(t, "四"):
		n = 4
	case t != "" && t[0] >= '2' && t[0] <= '9':
		n = int(t[0] - '0')
		t = "一" + t[1:] // a digit: cut below as a count word is
	default:
		return 0
	}
	t = t[len("两"):] // every count word above is three bytes
	switch t {
	case "项数字", "个数字", "项数据", "个数据", "项指标", "个指标":
		return n
	}
	return 0
}
