package analysis

import (
	"math"
	"strings"
	"unicode/utf8"
)

// shareLookback is how far InferShares carries the whole of a named share
// to the bare shares that follow it (基层法院收案271997件，占全省法院收案总数
// 的84.7%；中级法院收案43891件，占13.7%).
const shareLookback = 4

// InferShares attaches to a figure the share that the dataset states as an
// indicator of its own right after it: a % indicator whose name begins with
// 占 (占全省法院收案总数的, 占比, 占, 占(2) as an extractor names repeats)
// becomes the Point.Share of the figure before it, in the same section and
// period, of the whole its name gives (全省法院收案总数). A bare 占 or 占比
// takes the whole of the named share shortly before it, else the figure's
// Parent or the list of its section. Figures that already have a Share are
// left alone. It returns how many shares it attached; the checks then
// compare them with part ÷ whole and with the other shares of their list.
func InferShares(d *Dataset) int {
	n := 0
	lastWhole, lastAt := "", -shareLookback-1
	for i := 1; i < len(d.Indicators); i++ {
		y, x := d.Indicators[i], d.Indicators[i-1]
		whole, ok := ShareWhole(y.Name)
		if !ok || y.Section != x.Section || ParseUnit(y.Unit).Class != ClassPercent || ParseUnit(x.Unit).Class == ClassPercent {
			continue
		}
		if whole == "" && i-lastAt <= shareLookback*2 {
			whole = lastWhole
		}
		if whole != "" {
			lastWhole, lastAt = whole, i
		}
		for j := range y.Points {
			yp := &y.Points[j]
			if yp.NoLevel || yp.Flags&FlagDerived != 0 {
				continue
			}
			xp, ok := pointAt(x, yp.Year, yp.Period)
			if !ok || xp.Share != nil || xp.Flags&FlagDerived != 0 {
				continue
			}
			xp.Share = &StatedShare{Of: whole, Value: yp.Value, Text: FormatPoint(*yp, KindRate), Precision: yp.Precision}
			n++
		}
	}
	return n
}

// ShareWhole reads the name of an indicator that states a share: 占全省法院
// 收案总数的 → 全省法院收案总数, true; 占比, 占, 占(2), 占到 → "", true; a name
// that does not begin with 占 → false.
func ShareWhole(name string) (string, bool) {
	s, ok := strings.CutPrefix(strings.TrimSpace(name), "占")
	if !ok {
		return "", false
	}
	s = stripCounter(s)
	s = strings.TrimPrefix(s, "到")
	s = strings.TrimPrefix(s, "了")
	s = strings.TrimPrefix(s, "全部")
	for _, suf := range []string{"的比重", "的比例", "比重", "比例", "的"} {
		s = strings.TrimSuffix(s, suf)
	}
	if s == "比" || s == "" {
		return "", true
	}
	return s, true
}

func digitsOnly(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// rateLookback is how many figures before its numerator InferRates looks
// for a rate's denominator.
const rateLookback = 3

// InferRates names the figures a proportion is the rate of. A name that
// says both (第一产业增加值占国内生产总值比重, ShareOfName) names them when
// the dataset has both figures. Otherwise, when the text states them just
// before it (受理刑事案件68件，结案38件，结案率为55.88%): a
// proportion named …率 whose stem (结案) the figure right before it names is
// the rate of that figure (Numerator) over the nearest figure before that,
// within a few, of the same base unit and not smaller (Denominator). Rates
// that already name theirs are left alone. The attachment rests on the
// order of the figures, so the rate is marked InferredRate and a
// contradiction is a warning. It returns how many rates it named.
func InferRates(d *Dataset) int {
	n := 0
	lastWhole, lastAt := "", 0
	names := map[[2]string]bool{}
	for _, ind := range d.Indicators {
		names[[2]string{ind.Section, ind.Name}] = true
	}
	for i := 1; i < len(d.Indicators); i++ {
		r := d.Indicators[i]
		if r.Numerator != "" || r.Denominator != "" || r.EffectiveClass() != ClassProportion {
			continue
		}
		if num, den, ok := ShareOfName(r.Name); ok {
			// 第一产业增加值占国内生产总值比重: the name says both.
			if names[[2]string{r.Section, num}] && names[[2]string{r.Section, den}] {
				r.Numerator, r.Denominator = num, den
				lastWhole, lastAt = den, i
				n++
			}
			continue
		}
		if num, ok := strings.CutSuffix(r.Name, "比重"); ok && num != "" && lastWhole != "" && i-lastAt <= 2*rateLookback &&
			names[[2]string{r.Section, num}] {
			// …，第二产业增加值比重为39.9%: the whole of the share before.
			r.Numerator, r.Denominator, r.InferredRate = num, lastWhole, true
			lastAt = i
			n++
			continue
		}
		stem := rateStem(r.Name)
		num := d.Indicators[i-1]
		if stem == "" || num.Section != r.Section || !strings.Contains(num.Name, stem) || ParseUnit(num.Unit).Class.IsPercentLike() {
			continue
		}
		np, ok := firstLevel(num)
		if !ok {
			continue
		}
		for j := i - 2; j >= 0 && j >= i-1-rateLookback; j-- {
			den := d.Indicators[j]
			if den.Section != r.Section {
				break
			}
			if _, ok := ConvertScale(1, ParseUnit(num.Unit), ParseUnit(den.Unit)); !ok {
				continue
			}
			dp, ok := pointAt(den, np.Year, np.Period)
			if !ok {
				continue
			}
			nv, _ := ConvertScale(np.Value, ParseUnit(num.Unit), ParseUnit(den.Unit))
			if dp.Value >= nv && dp.Value > 0 {
				r.Numerator, r.Denominator, r.InferredRate = num.Name, den.Name, true
				n++
				break
			}
		}
	}
	return n
}

// rateStem is the last two characters of a rate's name before 率 (结案率 →
// 结案, 综合结案率 → 结案), or "" when the name does not end in 率.
func rateStem(name string) string {
	s, ok := strings.CutSuffix(stripCounter(strings.TrimSpace(name)), "率")
	if !ok {
		return ""
	}
	s = strings.TrimSuffix(s, "为")
	rs := []rune(s)
	if len(rs) < 2 {
		return ""
	}
	return string(rs[len(rs)-2:])
}

// firstLevel returns the indicator's first point with a level.
func firstLevel(ind *Indicator) (*Point, bool) {
	for i := range ind.Points {
		if !ind.Points[i].NoLevel && ind.Points[i].Flags&FlagDerived == 0 {
			return &ind.Points[i], true
		}
	}
	return nil, false
}

// InferRatios makes the terms of a ratio structure that a dataset gives as
// indicators of their own (三次产业结构(第1项) 15.3, (第2项) 31.3, (第3项)
// 53.4, as an extractor names the terms of 15.3:31.3:53.4) the parts of one
// total with BreakdownRatio, so that the checks add them up to 100. Only
// runs of at least two terms numbered from 1 whose sum lies within 20 of
// 100 count: 6.2:1 (猪粮比) and 2.93:1 (城乡收入比) are ratios, not
// structures. The total is added, without values, when the dataset has
// none of that name. It returns how many structures it made.
func InferRatios(d *Dataset) int {
	n := 0
	var add []*Indicator
	for i := 0; i < len(d.Indicators); {
		stem, k, ok := ratioTerm(d.Indicators[i].Name)
		if !ok || k != 1 {
			i++
			continue
		}
		j := i + 1
		for j < len(d.Indicators) {
			s, kj, ok := ratioTerm(d.Indicators[j].Name)
			if !ok || s != stem || kj != j-i+1 || d.Indicators[j].Section != d.Indicators[i].Section {
				break
			}
			j++
		}
		terms := d.Indicators[i:j]
		if len(terms) >= 2 && structureSum(terms) {
			section := terms[0].Section
			total := d.Lookup(Key{section, stem, ""})
			if total == nil {
				total = &Indicator{Section: section, Name: stem}
				add = append(add, total)
			}
			total.Breakdown = BreakdownRatio
			for _, t := range terms {
				if t.Parent == "" {
					t.Parent = stem
				}
			}
			n++
		}
		i = j
	}
	for _, ind := range add {
		if d.Add(ind) != nil {
			continue
		}
	}
	return n
}

// ratioTerm reads "stem(第k项)".
func ratioTerm(name string) (stem string, k int, ok bool) {
	body, ok := strings.CutSuffix(name, "项)")
	if !ok {
		return "", 0, false
	}
	i := strings.LastIndex(body, "(第")
	if i < 0 {
		return "", 0, false
	}
	for _, r := range body[i+len("(第"):] {
		if r < '0' || r > '9' {
			return "", 0, false
		}
		k = k*10 + int(r-'0')
	}
	return body[:i], k, k > 0
}

// structureSum reports whether the terms of each year they share add up to
// 100 within 20: the terms of a structure in percent.
func structureSum(terms []*Indicator) bool {
	first := terms[0]
	for pi := range first.Points {
		p := &first.Points[pi]
		sum := p.Value
		for _, t := range terms[1:] {
			q, ok := pointAt(t, p.Year, p.Period)
			if !ok {
				return false
			}
			sum += q.Value
		}
		if math.Abs(sum-100) > 20 {
			return false
		}
	}
	return len(first.Points) > 0
}

// ShareOfName reads a proportion named "A占B比重" (or 占B的比重, 占B的比例,
// 占B比例): the share of A in B. It reports false for other names.
func ShareOfName(name string) (part, whole string, ok bool) {
	a, rest, found := strings.Cut(name, "占")
	if !found || a == "" {
		return "", "", false
	}
	for _, suf := range []string{"的比重", "的比例", "比重", "比例"} {
		if b, ok := strings.CutSuffix(rest, suf); ok && b != "" {
			return a, b, true
		}
	}
	return "", "", false
}

// stripCounter removes an extractor's repeat counter from a name: 占(2) →
// 占, 结案率(3) → 结案率.
func stripCounter(s string) string {
	if i := strings.LastIndexAny(s, "(（"); i >= 0 && (strings.HasSuffix(s, ")") || strings.HasSuffix(s, "）")) {
		inner := strings.TrimRight(s[i:], ")）")
		_, size := utf8.DecodeRuneInString(inner)
		if digitsOnly(inner[size:]) {
			return s[:i]
		}
	}
	return s
}
