package analysis

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// CheckOptions controls Check. The zero value checks every year with the
// default tolerances.
type CheckOptions struct {
	// Year limits the checks to one year; 0 checks every year.
	Year int
	// SumTolerance is the absolute difference between a total and the sum
	// of its parts accepted as rounding. Zero derives it from the data: one
	// unit of the last decimal written, for each rounded value in the sum
	// (unscaled counts written as whole numbers are exact).
	SumTolerance float64
}

// Check runs the consistency checks of SPEC §9 on d and returns the
// findings in dataset order. It reports; it never changes the data.
//
// An error means that figures the source itself wrote contradict each other
// beyond the rounding of the decimals they were written with (one unit in
// the last digit, since some reports truncate). A finding that rests on a
// derived value, an approximate or estimated one, or a change the extractor
// could attach to another figure is at most a warning. The rules:
//
//   - sum: the parts of an exhaustive breakdown (a declared parent,
//     Breakdown == BreakdownExhaustive) add up to the total; the parts of a
//     其中 list (BreakdownSubset) do not exceed it; the parts of a ratio
//     structure (BreakdownRatio) add up to 100. Values derived by us are
//     never summed;
//   - unit: parts have their total's base unit (scales convert: 万元 and
//     亿元 add up);
//   - rate_range: a proportion (ClassProportion) lies in [0, 100]; a
//     percent that is not a proportion (增速, 完成预算的%) is unbounded;
//   - stated_change: a stated change (Point.Changes) matches the stated
//     values of the same period, growth of a real (可比价) aggregate aside;
//   - change_pair: a stated percent change agrees with a stated absolute
//     change of the same figure (下降2.60%，减少7件 ⇒ base 269);
//   - whole_prior: a stated growth of an unscaled count whose prior is not
//     stated has at least one whole-number prior;
//   - share: a stated share (Point.Share) agrees with part ÷ whole, and
//     when the whole is not stated, agrees with the whole the other shares
//     of its list imply;
//   - rate: a proportion with a Numerator and Denominator agrees with
//     their quotient;
//   - new_vs_net: "新增X" is at least the net increase of the stock "X";
//   - count_integer: unscaled counts are non-negative whole numbers.
//
// Check runs in time linear in the number of values.
func Check(d *Dataset, opt CheckOptions) []Finding {
	if d == nil {
		return nil
	}
	// Parts by (section, parent name), built once: looking them up per
	// indicator would make the checks quadratic in the dataset's size.
	kids := map[sectionName][]*Indicator{}
	named := map[sectionName]*Indicator{}
	for _, ind := range d.Indicators {
		k := sectionName{ind.Section, ind.Name}
		if _, dup := named[k]; !dup {
			named[k] = ind
		}
		if ind.Parent != "" && ind.Parent != ind.Name {
			k := sectionName{ind.Section, ind.Parent}
			kids[k] = append(kids[k], ind)
		}
	}
	var out []Finding
	for i, ind := range d.Indicators {
		out = append(out, checkValues(ind, opt)...)
		if parts := kids[sectionName{ind.Section, ind.Name}]; len(parts) > 0 {
			out = append(out, checkBreakdown(d, i, parts, opt)...)
		}
		out = append(out, checkStated(ind, opt)...)
		out = append(out, checkRate(ind, named, opt)...)
	}
	out = append(out, checkShares(d, named, opt)...)
	out = append(out, checkNewVsNet(d, opt)...)
	softenDoubtful(d, out)
	for _, ind := range d.Indicators {
		if ind.Parent != "" && named[sectionName{ind.Section, ind.Parent}] == nil {
			out = append(out, Finding{Rule: RuleSum, Severity: Info, Indicators: []string{ind.Name},
				Expected: ind.Parent, Found: "无此指标",
				Message: fmt.Sprintf("“%s”的上级指标“%s”不在数据中，无法核对合计", ind.Name, ind.Parent)})
		}
	}
	return out
}

type sectionName struct{ section, name string }

// softenDoubtful turns into warnings the errors that involve a figure whose
// reading is in doubt (DoubtfulReading): a number written with a space
// between its digit groups (321 146件) read as a name ending in 321 and a
// value of 146 contradicts everything around it without any slip of the
// source.
func softenDoubtful(d *Dataset, fs []Finding) {
	var doubtful map[string]bool
	for _, ind := range d.Indicators {
		if DoubtfulReading(ind) {
			if doubtful == nil {
				doubtful = map[string]bool{}
			}
			doubtful[ind.Name] = true
		}
	}
	if doubtful == nil {
		return
	}
	for i := range fs {
		if fs[i].Severity != Error {
			continue
		}
		for _, n := range fs[i].Indicators {
			if doubtful[n] {
				fs[i].Severity = Warning
				fs[i].Message += "（“" + n + "”的数字可能被空格分隔而误读）"
				break
			}
		}
	}
}

// DoubtfulReading reports whether an indicator looks like a number split
// at a digit-group space: its name ends in one to three digits right after
// a non-digit (…各类案件321, or a name that is only digits such as 14) and a
// value is a whole number of three digits (146), as in 321 146件.
func DoubtfulReading(ind *Indicator) bool {
	name := ind.Name
	n := 0
	for n < len(name) && n < 4 && name[len(name)-1-n] >= '0' && name[len(name)-1-n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	for i := range ind.Points {
		v := ind.Points[i].Value
		if v >= 0 && v <= 999 && v == math.Trunc(v) && ind.Points[i].Flags&FlagDerived == 0 {
			if d, ok := ind.Points[i].Precision.Decimals(); !ok || d == 0 {
				return true
			}
		}
	}
	return false
}

func wantYear(opt CheckOptions, y int) bool { return opt.Year == 0 || opt.Year == y }

// span is the interval a written figure stands for.
type span struct{ lo, hi float64 }

func (s span) disjoint(t span) bool { return s.hi < t.lo || t.hi < s.lo }

// lastUnit is one unit in the last digit the value was written with, the
// rounding (or truncation) a reader must allow. Unscaled counts written as
// whole numbers are exact.
func lastUnit(ind *Indicator, p *Point) float64 {
	d := p.Decimals()
	if d == 0 && p.Value == math.Trunc(p.Value) && ind.WholeNumbers() {
		return 0
	}
	if d < len(negPow10) {
		return negPow10[d]
	}
	return math.Pow(10, -float64(d))
}

var negPow10 = [...]float64{1, 0.1, 0.01, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10}

func valueSpan(ind *Indicator, p *Point) span {
	u := lastUnit(ind, p)
	return span{p.Value - u, p.Value + u}
}

// statedSpan is the interval of a stated change: one unit in its last digit.
func statedSpan(st Stated) span {
	u := math.Pow(10, -float64(st.Decimals()))
	return span{st.Value - u, st.Value + u}
}

// soft reports whether a value is not the source's own exact figure: derived
// by us, estimated, or qualified (多, 约 …).
func soft(p *Point) bool {
	return p.Flags&(FlagApprox|FlagDerived|FlagEstimated) != 0 || p.Qualifier != ""
}

// pointAt returns the point of the year with the same period as period.
func pointAt(ind *Indicator, year int, period string) (*Point, bool) {
	i, ok := slices.BinarySearchFunc(ind.Points, year, func(p Point, y int) int { return p.Year - y })
	if !ok || ind.Points[i].NoLevel || !SamePeriod(ind.Points[i].Period, period) {
		return nil, false
	}
	return &ind.Points[i], true
}

// fmtNum formats a figure with the decimals given, dropping nothing: the
// plain numbers of a finding (no 13-decimal floats).
func fmtNum(v float64, dec int) string { return FormatFixed(v, min(max(dec, 0), 10)) }

// fmtPoint formats a point's value with its own decimals.
func fmtPoint(p *Point) string { return fmtNum(p.Value, p.Decimals()) }

func checkValues(ind *Indicator, opt CheckOptions) []Finding {
	var out []Finding
	class := ind.EffectiveClass()
	whole := ind.WholeNumbers()
	for i := range ind.Points {
		p := &ind.Points[i]
		if !wantYear(opt, p.Year) || p.NoLevel {
			continue
		}
		// The value as written is formatted only for a finding: most
		// values have none.
		v := func() string { return fmtPoint(p) }
		switch {
		case class == ClassProportion:
			if p.Value < 0 || p.Value > 100 {
				sev := Error
				if soft(p) {
					sev = Warning
				}
				out = append(out, Finding{Rule: RuleRateRange, Severity: sev, Year: p.Year, Period: p.Period, Indicators: []string{ind.Name},
					Expected: "0–100", Found: v() + "%",
					Message: fmt.Sprintf("%d年“%s”为%s%%，比率应在0到100之间", p.Year, ind.Name, v())})
			}
		case whole:
			switch {
			case p.Value < 0:
				out = append(out, Finding{Rule: RuleCountInteger, Severity: Error, Year: p.Year, Period: p.Period, Indicators: []string{ind.Name},
					Expected: "≥0", Found: v(),
					Message: fmt.Sprintf("%d年“%s”为%s%s，计数不能为负", p.Year, ind.Name, v(), ind.Unit)})
			case p.Value != math.Trunc(p.Value) && !soft(p):
				out = append(out, Finding{Rule: RuleCountInteger, Severity: Warning, Year: p.Year, Period: p.Period, Indicators: []string{ind.Name},
					Expected: "整数", Found: v(),
					Message: fmt.Sprintf("%d年“%s”为%s%s，计数应为整数", p.Year, ind.Name, v(), ind.Unit)})
			}
		}
	}
	return out
}

// decimalsOf is the number of decimals of v's shortest decimal form.
func decimalsOf(v float64) int {
	var buf [32]byte
	b := strconv.AppendFloat(buf[:0], v, 'f', -1, 64)
	for i, ch := range b {
		if ch == '.' {
			return len(b) - i - 1
		}
	}
	return 0
}

// checkBreakdown checks a total against its parts as its Breakdown says.
//
// When the parts disagree with the total but add up to a figure stated just
// before it (全市农林牧渔业总产值69.93亿元，增加值37.90亿元。其中，农业产值
// 7.09亿元…), the list may belong to that figure: the finding is a warning
// that names it.
func checkBreakdown(d *Dataset, at int, kids []*Indicator, opt CheckOptions) []Finding {
	return checkBreakdownOf(d, at, d.Indicators[at], kids, opt)
}

// checkBreakdownOf checks total (d.Indicators[at], or a copy of it with
// another Breakdown) against kids.
func checkBreakdownOf(d *Dataset, at int, total *Indicator, kids []*Indicator, opt CheckOptions) []Finding {
	if total.Breakdown == BreakdownRatio {
		return checkRatio(total, kids, opt)
	}
	if total.Breakdown == BreakdownSubset && total.EffectiveClass().IsPercentLike() {
		// Rates are not additive: a 其中 list under a rate says nothing
		// about its sum.
		return nil
	}
	var out []Finding
	tu := ParseUnit(total.Unit)
	conv := make([]bool, len(kids)) // whether the part's unit converts to the total's
	for i, k := range kids {
		_, ok := ConvertScale(1, ParseUnit(k.Unit), tu)
		conv[i] = ok
		if !conv[i] {
			sev := Error
			if total.Breakdown == BreakdownSubset {
				// An extracted 其中 list: the part may belong to another figure.
				sev = Warning
			}
			out = append(out, Finding{Rule: RuleUnit, Severity: sev, Indicators: []string{total.Name, k.Name},
				Expected: total.Unit, Found: k.Unit,
				Message: fmt.Sprintf("“%s”的单位为%s，与合计“%s”的单位%s不一致，不能相加", k.Name, k.Unit, total.Name, total.Unit)})
		}
	}
	names := []string{total.Name}
	for _, k := range kids {
		names = append(names, k.Name)
	}
	mode := total.Breakdown
	if mode == BreakdownSubset {
		if groups := PartitionGroups(names[1:]); len(groups) == 1 {
			// 其中，第一产业…第二产业…第三产业…: a 其中 list that names every
			// part of a partition must add up (SPEC §9).
			mode = BreakdownExhaustive
		} else if len(groups) > 1 {
			// 其中，男性…女性…；城镇人口…乡村人口…: each partition adds up.
			var out []Finding
			for _, g := range groups {
				sub := *total
				sub.Breakdown = BreakdownExhaustive
				out = append(out, checkBreakdownOf(d, at, &sub, kids[g[0]:g[1]], opt)...)
			}
			return out
		}
	}
	type shownPart struct {
		v   float64
		dec int
	}
	var partVals []shownPart
	for ti := range total.Points {
		tp := &total.Points[ti]
		if !wantYear(opt, tp.Year) || tp.NoLevel || tp.Flags&FlagDerived != 0 {
			continue
		}
		sum, tol := 0.0, lastUnit(total, tp)
		maxPart, maxTol, maxName := math.Inf(-1), 0.0, ""
		dec := tp.Decimals()
		softSum := soft(tp)
		// The parts are formatted (each with the decimals known when it
		// was added) only when they contradict the total.
		partVals = partVals[:0]
		complete := true
		for i, k := range kids {
			kp, ok := pointAt(k, tp.Year, tp.Period)
			if !conv[i] || !ok || kp.Flags&FlagDerived != 0 {
				// Never sum what we back-computed: priors derived from
				// rounded growth rates (at comparable prices) need not add up.
				complete = false
				break
			}
			v, _ := ConvertScale(kp.Value, ParseUnit(k.Unit), tu)
			u, _ := ConvertScale(lastUnit(k, kp), ParseUnit(k.Unit), tu)
			sum += v
			tol += u
			if v > maxPart {
				maxPart, maxTol, maxName = v, u, k.Name
			}
			dec = max(dec, kp.Decimals()-int(math.Round(math.Log10(ParseUnit(k.Unit).Factor/tu.Factor))))
			softSum = softSum || soft(kp)
			partVals = append(partVals, shownPart{v, dec})
		}
		if !complete {
			continue
		}
		if opt.SumTolerance > 0 {
			tol = opt.SumTolerance
		}
		diff := sum - tp.Value
		noise := 1e-9 * math.Max(math.Abs(tp.Value), 1)
		var bad bool
		verdict := "超过合计"
		if mode == BreakdownSubset {
			bad = diff > tol+noise
		} else {
			bad = math.Abs(diff) > tol+noise
		}
		if !bad {
			continue
		}
		parts := make([]string, len(partVals))
		for i, pv := range partVals {
			parts[i] = fmtNum(pv.v, pv.dec)
		}
		dec = min(max(dec, 0), 10)
		sev := Error
		if softSum {
			sev = Warning
		}
		onePart := mode == BreakdownSubset && maxPart-tp.Value > maxTol+lastUnit(total, tp)+noise
		if mode == BreakdownSubset && !onePart {
			// The parts of a 其中 list may overlap (其中女性…，少数民族…):
			// only one part above the total is a contradiction.
			sev, verdict = Warning, "若各项互不重叠则超过合计"
		}
		if other := sumOwner(d, at, tp, sum, tol, tu); other != nil {
			out = append(out, Finding{Rule: RuleSum, Severity: Warning, Year: tp.Year, Period: tp.Period, Indicators: append(names, other.Name),
				Expected: fmtPoint(tp), Found: fmtNum(sum, dec) + " = " + strings.Join(parts, " + "),
				Message: fmt.Sprintf("%s“%s”为%s%s，而所列分项合计%s%s，与前文“%s”相符，该组分项可能属于“%s”", yearPeriod(tp.Year, tp.Period),
					total.Name, fmtPoint(tp), total.Unit, fmtNum(sum, dec), total.Unit, other.Name, other.Name)})
			continue
		}
		msg := fmt.Sprintf("%s“%s”为%s%s，其分项合计为%s%s，相差%s%s", yearPeriod(tp.Year, tp.Period), total.Name,
			fmtPoint(tp), total.Unit, fmtNum(sum, dec), total.Unit, fmtNum(diff, dec), total.Unit)
		if onePart {
			msg = fmt.Sprintf("%s“%s”为%s%s，其中“%s”为%s%s，超过合计", yearPeriod(tp.Year, tp.Period), total.Name,
				fmtPoint(tp), total.Unit, maxName, fmtNum(maxPart, dec), total.Unit)
		} else if mode == BreakdownSubset {
			msg = fmt.Sprintf("%s“%s”为%s%s，其中所列各项合计%s%s，%s%s%s", yearPeriod(tp.Year, tp.Period), total.Name,
				fmtPoint(tp), total.Unit, fmtNum(sum, dec), total.Unit, verdict, fmtNum(diff, dec), total.Unit)
		}
		out = append(out, Finding{Rule: RuleSum, Severity: sev, Year: tp.Year, Period: tp.Period, Indicators: names,
			Expected: fmtPoint(tp),
			Found:    fmtNum(sum, dec) + " = " + strings.Join(parts, " + "),
			Message:  msg})
	}
	return out
}

// partitions are sets of part names that divide a whole completely: a
// 其中 list that names all of them is an exhaustive breakdown.
var partitions = [][]string{
	{"第一产业", "第二产业", "第三产业"},
	{"男", "女"},
	{"城镇", "乡村"},
	{"城镇", "农村"},
	{"城市", "农村"},
}

// IsPartition reports whether the part names cover, one each, every member
// of a known partition (三次产业; 男性 and 女性; 城镇 and 乡村), so that the
// parts must add up to their total.
func IsPartition(parts []string) bool { return len(PartitionGroups(parts)) == 1 }

// PartitionGroups splits a list of part names into consecutive runs that
// each name a known partition ([男性 女性 城镇人口 乡村人口] → [0,2) and
// [2,4)), and returns nil when the list is not made of such runs.
func PartitionGroups(parts []string) [][2]int {
	var out [][2]int
	for i := 0; i < len(parts); {
		n := 0
		for _, set := range partitions {
			if i+len(set) > len(parts) {
				continue
			}
			ok := true
			for j, want := range set {
				if !strings.Contains(parts[i+j], want) {
					ok = false
					break
				}
			}
			if ok {
				n = len(set)
				break
			}
		}
		if n == 0 {
			return nil
		}
		out = append(out, [2]int{i, i + n})
		i += n
	}
	return out
}

// yearPeriod is the time of a finding: 2022年, 2022年1-11月, or the period
// alone when it names the year (2022年末).
func yearPeriod(year int, period string) string {
	y := strconv.Itoa(year)
	if strings.HasPrefix(period, y) {
		return period
	}
	return y + "年" + period
}

// ownerLookback is how many indicators before a total sumOwner looks at.
const ownerLookback = 8

// sumOwner returns an indicator stated shortly before the total, in the
// same section and base unit, whose value the parts add up to.
func sumOwner(d *Dataset, at int, tp *Point, sum, tol float64, tu Unit) *Indicator {
	for j := at - 1; j >= 0 && j >= at-ownerLookback; j-- {
		o := d.Indicators[j]
		if o.Section != d.Indicators[at].Section {
			break
		}
		op, ok := pointAt(o, tp.Year, tp.Period)
		if !ok || op.Flags&FlagDerived != 0 {
			continue
		}
		v, ok := ConvertScale(op.Value, ParseUnit(o.Unit), tu)
		u, _ := ConvertScale(lastUnit(o, op), ParseUnit(o.Unit), tu)
		if ok && math.Abs(v-sum) <= tol+u+1e-9*math.Max(math.Abs(v), 1) {
			return o
		}
	}
	return nil
}

// checkRatio checks that the parts of a ratio structure add up to 100.
func checkRatio(total *Indicator, kids []*Indicator, opt CheckOptions) []Finding {
	var out []Finding
	first := kids[0]
	for fi := range first.Points {
		fp := &first.Points[fi]
		if !wantYear(opt, fp.Year) || fp.NoLevel {
			continue
		}
		sum, tol, dec := 0.0, 0.0, 0
		var parts []string
		names := []string{total.Name}
		complete, softSum := true, false
		for _, k := range kids {
			kp, ok := pointAt(k, fp.Year, fp.Period)
			if !ok || kp.Flags&FlagDerived != 0 {
				complete = false
				break
			}
			sum += kp.Value
			tol += math.Pow(10, -float64(kp.Decimals()))
			dec = max(dec, kp.Decimals())
			softSum = softSum || soft(kp)
			parts = append(parts, fmtPoint(kp))
			names = append(names, k.Name)
		}
		if !complete || math.Abs(sum-100) <= tol+1e-9 {
			continue
		}
		sev := Error
		if softSum {
			sev = Warning
		}
		out = append(out, Finding{Rule: RuleSum, Severity: sev, Year: fp.Year, Period: fp.Period, Indicators: names,
			Expected: "100", Found: fmtNum(sum, dec) + " = " + strings.Join(parts, " + "),
			Message: fmt.Sprintf("%d年“%s”各部分%s合计为%s，应为100", fp.Year, total.Name, strings.Join(parts, ":"), fmtNum(sum, dec))})
	}
	return out
}

// realGrowthWords name aggregates whose growth the bulletins state at
// comparable prices (按可比价格计算): the growth of their values as written
// (at current prices) is another figure, never a contradiction.
var realGrowthWords = []string{"生产总值", "增加值", "总产值", "GDP", "国民总收入", "劳动生产率", "可比价"}

func realGrowth(name string) bool {
	for _, w := range realGrowthWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// baseYear is the year a stated change compares with: the year its base
// names (比2019年, 较2019年同期, 与2019年相比 → 2019), otherwise the year
// before.
func baseYear(st Stated, year int) int {
	b := st.Base
	for i := 0; i+4 < len(b); i++ {
		if !isDigits(b[i:i+4]) || (i > 0 && b[i-1] >= '0' && b[i-1] <= '9') || !strings.HasPrefix(b[i+4:], "年") {
			continue
		}
		if y, err := strconv.Atoi(b[i : i+4]); err == nil && y > 1000 && y < year {
			return y
		}
	}
	return year - 1
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func checkStated(ind *Indicator, opt CheckOptions) []Finding {
	var out []Finding
	class := ind.EffectiveClass()
	for i := range ind.Points {
		p := &ind.Points[i]
		if !wantYear(opt, p.Year) || len(p.Changes) == 0 {
			continue
		}
		out = append(out, checkChangePair(ind, p)...)
		if p.NoLevel {
			continue
		}
		growths := 0
		for _, st := range p.Changes {
			if st.Kind == ChangeGrowthPct {
				growths++
			}
		}
		var growthFindings []Finding
		growthAgrees := false
		for _, st := range p.Changes {
			by := baseYear(st, p.Year)
			prev, ok := pointAt(ind, by, p.Period)
			// A prior we derived from this very statement cannot test it; it
			// can only tell whether whole-number priors exist.
			if !ok || prev.Flags&FlagDerived != 0 {
				// With an absolute change beside it, change_pair checks the
				// growth against the prior the two imply.
				_, hasAbs := p.Change(ChangeAbs)
				if st.Kind == ChangeGrowthPct && ind.WholeNumbers() && !soft(p) && !hasAbs {
					out = append(out, checkWholePrior(ind, p, st)...)
				}
				continue
			}
			f, bad := checkOneChange(ind, class, p, prev, st)
			switch {
			case st.Kind == ChangeGrowthPct && growths > 1:
				// 名义增长9.1%，实际增长6.6%: the values need agree with
				// one of the stated growths only.
				growthAgrees = growthAgrees || !bad
				if bad {
					growthFindings = append(growthFindings, f)
				}
			case bad:
				out = append(out, f)
			}
		}
		if !growthAgrees && len(growthFindings) > 0 {
			f := growthFindings[0]
			f.Severity = Warning
			out = append(out, f)
		}
	}
	return out
}

// checkOneChange compares a stated change with the values it speaks of.
func checkOneChange(ind *Indicator, class UnitClass, p, prev *Point, st Stated) (Finding, bool) {
	dec := st.Decimals()
	ss := statedSpan(st)
	cs, ps := valueSpan(ind, p), valueSpan(ind, prev)
	var got Figure
	var gs span
	var unit string
	switch st.Kind {
	case ChangeGrowthPct:
		if realGrowth(ind.Name) {
			return Finding{}, false
		}
		got, unit = GrowthRate(p.Value, prev.Value), "%"
		if ps.lo > 0 {
			gs = span{(cs.lo/ps.hi - 1) * 100, (cs.hi/ps.lo - 1) * 100}
		}
	case ChangePP:
		got, unit = PercentagePoints(p.Value, prev.Value), "个百分点"
		if class == ClassPerMille {
			unit = "个千分点"
		}
		gs = span{cs.lo - ps.hi, cs.hi - ps.lo}
	case ChangeMultiple:
		got, unit = Multiple(p.Value, prev.Value), "倍"
		if ps.lo > 0 {
			gs = span{cs.lo / ps.hi, cs.hi / ps.lo}
		}
	case ChangeAbs:
		got, unit = Change(p.Value, prev.Value), ind.Unit
		gs = span{cs.lo - ps.hi, cs.hi - ps.lo}
		if st.Unit != "" && st.Unit != ind.Unit {
			v, ok := ConvertScale(1, ParseUnit(st.Unit), ParseUnit(ind.Unit))
			if !ok {
				return Finding{}, false
			}
			ss = span{ss.lo * v, ss.hi * v}
			st.Value *= v
			dec = max(dec-int(math.Round(math.Log10(v))), 0)
		}
		dec = max(dec, p.Decimals(), prev.Decimals())
	default:
		return Finding{}, false
	}
	name := ind.Name
	statedText := st.Text
	if statedText == "" {
		statedText = fmtNum(st.Value, dec)
	}
	if !got.OK() {
		return Finding{Rule: RuleStated, Severity: Warning, Year: p.Year, Period: p.Period, Indicators: []string{name},
			Expected: statedText + unit, Found: got.Reason.Chinese(),
			Message: fmt.Sprintf("%d年“%s”称变化%s%s，但%s", p.Year, name, statedText, unit, got.Reason.Chinese())}, true
	}
	if !ss.disjoint(gs) {
		return Finding{}, false
	}
	sev := Error
	if soft(p) || soft(prev) || st.Ambiguous {
		sev = Warning
	}
	return Finding{Rule: RuleStated, Severity: sev, Year: p.Year, Period: p.Period, Indicators: []string{name},
		Expected: fmtNum(st.Value, dec) + unit, Found: fmtNum(got.Value, dec) + unit,
		Message: fmt.Sprintf("%s“%s”称%s%s%s%s，按%d年%s%s与%d年%s%s计算应为%s%s", yearPeriod(p.Year, p.Period), name,
			comparisonWord(st, p.Year, prev.Year), saidVerb(st), saidNumber(st, dec), unit, p.Year, fmtPoint(p), ind.Unit,
			prev.Year, fmtPoint(prev), ind.Unit, fmtNum(got.Value, dec), unit)}, true
}

// saidVerb is the verb of a stated change as written, or 增长/下降,
// 提高/下降, 增加/减少 by its sign; "为" for a multiple.
func saidVerb(st Stated) string {
	if st.Kind == ChangeMultiple {
		return "为"
	}
	return changeVerb(&st, nil)
}

// saidNumber is a stated change's number without its sign (the verb says
// the direction), at dec decimals; a multiple keeps its value.
func saidNumber(st Stated, dec int) string {
	if st.Kind == ChangeMultiple {
		return fmtNum(st.Value, dec)
	}
	return fmtNum(math.Abs(st.Value), dec)
}

// comparisonWord is the base of a change as written, or 比上年 / 比2019年.
func comparisonWord(st Stated, year, prev int) string {
	if st.Base != "" {
		return st.Base
	}
	return string(appendComparison(nil, year, prev, false))
}

// checkChangePair compares a stated percent change with a stated absolute
// change of the same figure: with the level c they give the prior c − Δ,
// whose growth must be the stated one; without a level, the base Δ ÷ g of an
// unscaled count must be a whole number.
func checkChangePair(ind *Indicator, p *Point) []Finding {
	g, okG := p.Change(ChangeGrowthPct)
	a, okA := p.Change(ChangeAbs)
	if !okG || !okA {
		return nil
	}
	n := 0
	for _, c := range p.Changes {
		if c.Kind == ChangeGrowthPct {
			n++
		}
	}
	if n > 1 {
		// Nominal and real growth (名义增长…，实际增长…): which one the
		// absolute change goes with is not said.
		return nil
	}
	delta := a.Value
	da := a.Decimals()
	ua := math.Pow(10, -float64(da))
	if a.Unit != "" && a.Unit != ind.Unit {
		f, ok := ConvertScale(1, ParseUnit(a.Unit), ParseUnit(ind.Unit))
		if !ok {
			return nil
		}
		delta *= f
		ua *= f
		da = max(da-int(math.Round(math.Log10(f))), 0)
	}
	if ind.WholeNumbers() && da == 0 && (a.Unit == "" || a.Unit == ind.Unit) {
		ua = 0
	}
	sev := Error
	if g.Ambiguous || a.Ambiguous || soft(p) {
		sev = Warning
	}
	names := []string{ind.Name}
	gText, aText := g.Text, a.Text
	if gText == "" {
		gText = fmtNum(g.Value, g.Decimals())
	}
	if aText == "" {
		aText = fmtNum(a.Value, a.Decimals())
	}
	au := a.Unit
	if au == "" {
		au = ind.Unit
	}
	if (g.Value > 0 && delta < 0) || (g.Value < 0 && delta > 0) {
		return []Finding{{Rule: RuleChangePair, Severity: sev, Year: p.Year, Period: p.Period, Indicators: names,
			Expected: "同向", Found: fmtNum(g.Value, g.Decimals()) + "% / " + aText + au,
			Message: fmt.Sprintf("%d年“%s”所述增速%s%%与所述增减量%s%s方向相反", p.Year, ind.Name, fmtNum(g.Value, g.Decimals()), fmtNum(a.Value, a.Decimals()), au)}}
	}
	gs := statedSpan(g)
	if !p.NoLevel {
		c := valueSpan(ind, p)
		prior := span{c.lo - delta - ua, c.hi - delta + ua}
		if prior.lo <= 0 {
			return nil
		}
		// growth = Δ / prior × 100, over the intervals of Δ and prior.
		lo := math.Min((delta-ua)/prior.hi, (delta-ua)/prior.lo) * 100
		hi := math.Max((delta+ua)/prior.lo, (delta+ua)/prior.hi) * 100
		if !gs.disjoint(span{lo, hi}) {
			return nil
		}
		pv := p.Value - delta
		got := delta / pv * 100
		dec := g.Decimals()
		return []Finding{{Rule: RuleChangePair, Severity: sev, Year: p.Year, Period: p.Period, Indicators: names,
			Expected: fmtNum(g.Value, dec) + "%", Found: fmtNum(got, dec) + "%",
			Message: fmt.Sprintf("%d年“%s”为%s%s，所述%s%s%s意味着上年为%s%s、增速%s%%，与所述%s%%不符",
				p.Year, ind.Name, fmtPoint(p), ind.Unit, changeWord(delta), fmtNum(math.Abs(delta), max(da, 0)), ind.Unit,
				fmtNum(pv, max(da, p.Decimals())), ind.Unit, fmtNum(got, dec), fmtNum(g.Value, dec))}}
	}
	// No level: the base must hold a whole number for an unscaled count.
	if !ind.WholeNumbers() || ua != 0 || g.Value == 0 {
		return nil
	}
	ag := math.Abs(g.Value)
	ug := math.Pow(10, -float64(g.Decimals()))
	if ag <= ug {
		return nil
	}
	lo, hi := math.Abs(delta)/(ag+ug)*100, math.Abs(delta)/(ag-ug)*100
	if math.Ceil(lo-1e-9) <= math.Floor(hi+1e-9) {
		return nil
	}
	return []Finding{{Rule: RuleChangePair, Severity: sev, Year: p.Year, Period: p.Period, Indicators: names,
		Expected: "整数上年值", Found: fmtNum(lo, 2) + "–" + fmtNum(hi, 2),
		Message: fmt.Sprintf("%d年“%s”所述变化%s%%与%s%s意味着上年在%s–%s%s之间，没有整数", p.Year, ind.Name,
			gText, fmtNum(a.Value, a.Decimals()), au, fmtNum(lo, 2), fmtNum(hi, 2), ind.Unit)}}
}

// changeWord is 增加 or 减少 for an absolute change.
func changeWord(delta float64) string {
	if delta < 0 {
		return "减少"
	}
	return "增加"
}

// checkWholePrior reports a stated growth of an unscaled count that no
// whole-number prior can produce. Rounded half away from zero the prior
// lies in BackCompute's interval; a report that truncates widens it to one
// unit of the growth's last digit. No whole number even then is an error;
// none only under rounding is a warning.
func checkWholePrior(ind *Indicator, p *Point, st Stated) []Finding {
	dec := st.Decimals()
	iv, err := BackCompute(p.Value, st.Value, dec)
	if err != nil {
		if p.Value <= 0 {
			return nil
		}
		return []Finding{{Rule: RuleWhole, Severity: Warning, Year: p.Year, Period: p.Period, Indicators: []string{ind.Name},
			Expected: "上年值", Found: err.Error(),
			Message: fmt.Sprintf("%d年“%s”称增长%s%%，无法反推上年值", p.Year, ind.Name, st.Text)}}
	}
	if cands, _ := iv.WholeCandidates(3); len(cands) > 0 {
		return nil
	}
	u := math.Pow(10, -float64(dec))
	wide := st.Value-u > -100 && math.Ceil(p.Value/(1+(st.Value+u)/100)-1e-9) <= math.Floor(p.Value/(1+(st.Value-u)/100)+1e-9)
	sev := Error
	verdict := "所述增速与计数不符"
	switch {
	case st.Ambiguous:
		sev, verdict = Warning, "该增速应不属于此指标（原文中它也可能属于同句的另一数字）"
	case wide:
		sev, verdict = Warning, "若所述增速为截尾而非四舍五入则可能成立"
	}
	return []Finding{{Rule: RuleWhole, Severity: sev, Year: p.Year, Period: p.Period, Indicators: []string{ind.Name},
		Expected: "整数上年值",
		Found:    FormatFixed(iv.Low, 2) + "–" + FormatFixed(iv.High, 2),
		Message: fmt.Sprintf("%d年“%s”%s%s若比上年增长%s%%，上年应在%s–%s之间，没有整数，%s", p.Year, ind.Name,
			fmtPoint(p), ind.Unit, FormatFixed(st.Value, dec), FormatFixed(iv.Low, 2), FormatFixed(iv.High, 2), verdict)}}
}

// ratioSpan is the interval of a ÷ b × 100 for positive intervals.
func ratioSpan(a, b span) (span, bool) {
	if b.lo <= 0 || a.lo < 0 {
		return span{}, false
	}
	return span{a.lo / b.hi * 100, a.hi / b.lo * 100}, true
}

// checkRate compares a proportion that names its Numerator and Denominator
// with their quotient.
func checkRate(ind *Indicator, named map[sectionName]*Indicator, opt CheckOptions) []Finding {
	if ind.Numerator == "" || ind.Denominator == "" {
		return nil
	}
	num, den := named[sectionName{ind.Section, ind.Numerator}], named[sectionName{ind.Section, ind.Denominator}]
	if num == nil || den == nil {
		return nil
	}
	nf, ok := ConvertScale(1, ParseUnit(num.Unit), ParseUnit(den.Unit))
	if !ok {
		return nil
	}
	var out []Finding
	for i := range ind.Points {
		p := &ind.Points[i]
		if !wantYear(opt, p.Year) || p.NoLevel || p.Flags&FlagDerived != 0 {
			continue
		}
		np, ok1 := pointAt(num, p.Year, p.Period)
		dp, ok2 := pointAt(den, p.Year, p.Period)
		if !ok1 || !ok2 || np.Flags&FlagDerived != 0 || dp.Flags&FlagDerived != 0 {
			continue
		}
		ns := valueSpan(num, np)
		ns = span{ns.lo * nf, ns.hi * nf}
		rs, ok := ratioSpan(ns, valueSpan(den, dp))
		if !ok || !rs.disjoint(valueSpan(ind, p)) {
			continue
		}
		sev := Error
		if soft(p) || soft(np) || soft(dp) || ind.InferredRate {
			sev = Warning
		}
		dec := p.Decimals()
		got := np.Value * nf / dp.Value * 100
		out = append(out, Finding{Rule: RuleRate, Severity: sev, Year: p.Year, Period: p.Period, Indicators: []string{ind.Name, num.Name, den.Name},
			Expected: fmtPoint(p) + ind.Unit, Found: fmtNum(got, dec) + ind.Unit,
			Message: fmt.Sprintf("%d年“%s”为%s%s，而“%s”%s%s÷“%s”%s%s应为%s%s", p.Year, ind.Name, fmtPoint(p), ind.Unit,
				num.Name, fmtPoint(np), num.Unit, den.Name, fmtPoint(dp), den.Unit, fmtNum(got, dec), ind.Unit)})
	}
	return out
}

// shareRef is one stated share of a list whose whole is not stated.
type shareRef struct {
	ind   *Indicator
	p     *Point
	whole span // the whole the share implies, in the unit of the list's first part
	f     float64
}

// checkShares compares stated shares with part ÷ whole, and the shares of
// a list without a stated whole with the whole the others agree on.
func checkShares(d *Dataset, named map[sectionName]*Indicator, opt CheckOptions) []Finding {
	type listKey struct {
		section, whole, period string
		year, run              int
	}
	// A list of shares of an unnamed whole is a run of figures close
	// together: far apart, two bare 占 need not share a whole.
	type runState struct{ run, last int }
	runs := map[listKey]runState{}
	var out []Finding
	lists := map[listKey][]shareRef{}
	var order []listKey
	for at, ind := range d.Indicators {
		for i := range ind.Points {
			p := &ind.Points[i]
			sh := p.Share
			if sh == nil || !wantYear(opt, p.Year) || p.NoLevel || p.Flags&FlagDerived != 0 {
				continue
			}
			wholeName := sh.Of
			if wholeName == "" {
				wholeName = ind.Parent
			}
			ss := statedSpan(Stated{Value: sh.Value, Text: sh.Text, Precision: sh.Precision})
			if w := named[sectionName{ind.Section, wholeName}]; wholeName != "" && w != nil {
				wp, ok := pointAt(w, p.Year, p.Period)
				f, okU := ConvertScale(1, ParseUnit(ind.Unit), ParseUnit(w.Unit))
				if !ok || !okU || wp.Flags&FlagDerived != 0 {
					continue
				}
				ps := valueSpan(ind, p)
				rs, ok := ratioSpan(span{ps.lo * f, ps.hi * f}, valueSpan(w, wp))
				if !ok || !rs.disjoint(ss) {
					continue
				}
				sev := Error
				if soft(p) || soft(wp) {
					sev = Warning
				}
				dec := Stated{Value: sh.Value, Text: sh.Text, Precision: sh.Precision}.Decimals()
				got := p.Value * f / wp.Value * 100
				out = append(out, Finding{Rule: RuleShare, Severity: sev, Year: p.Year, Period: p.Period, Indicators: []string{ind.Name, w.Name},
					Expected: fmtNum(sh.Value, dec) + "%", Found: fmtNum(got, dec) + "%",
					Message: fmt.Sprintf("%d年“%s”%s%s称占“%s”的%s%%，而%s÷%s应为%s%%", p.Year, ind.Name, fmtPoint(p), ind.Unit,
						w.Name, fmtNum(sh.Value, dec), fmtPoint(p), fmtPoint(wp), fmtNum(got, dec))})
				continue
			}
			if ss.lo <= 0 {
				continue
			}
			k := listKey{ind.Section, wholeName, p.Period, p.Year, 0}
			if wholeName == "" {
				rs, seen := runs[k]
				if seen && at-rs.last > 2*shareLookback {
					rs.run++
				}
				rs.last = at
				runs[k] = rs
				k.run = rs.run
			}
			ref := shareRef{ind: ind, p: p, f: 1}
			if prev := lists[k]; len(prev) > 0 {
				f, ok := ConvertScale(1, ParseUnit(ind.Unit), ParseUnit(prev[0].ind.Unit))
				if !ok {
					continue
				}
				ref.f = f
			} else {
				order = append(order, k)
			}
			ps := valueSpan(ind, p)
			ref.whole = span{ps.lo * ref.f / ss.hi * 100, ps.hi * ref.f / ss.lo * 100}
			lists[k] = append(lists[k], ref)
		}
	}
	for _, k := range order {
		out = append(out, checkShareList(lists[k])...)
	}
	return out
}

// checkShareList finds the one share of a list that disagrees with the
// whole all the others agree on (at least two others). It intersects the
// implied wholes with prefix and suffix runs, so a list costs linear time.
func checkShareList(refs []shareRef) []Finding {
	n := len(refs)
	if n < 3 {
		return nil
	}
	all := span{math.Inf(-1), math.Inf(1)}
	for _, r := range refs {
		all = span{math.Max(all.lo, r.whole.lo), math.Min(all.hi, r.whole.hi)}
	}
	if all.lo <= all.hi {
		return nil // one whole fits every share
	}
	pre := make([]span, n+1)
	suf := make([]span, n+1)
	pre[0], suf[n] = span{math.Inf(-1), math.Inf(1)}, span{math.Inf(-1), math.Inf(1)}
	for i := 0; i < n; i++ {
		pre[i+1] = span{math.Max(pre[i].lo, refs[i].whole.lo), math.Min(pre[i].hi, refs[i].whole.hi)}
	}
	for i := n - 1; i >= 0; i-- {
		suf[i] = span{math.Max(suf[i+1].lo, refs[i].whole.lo), math.Min(suf[i+1].hi, refs[i].whole.hi)}
	}
	var out []Finding
	odd := -1
	for i := 0; i < n; i++ {
		rest := span{math.Max(pre[i].lo, suf[i+1].lo), math.Min(pre[i].hi, suf[i+1].hi)}
		if rest.lo <= rest.hi {
			if odd >= 0 {
				return nil // two different shares could be the odd one: undecided
			}
			odd = i
		}
	}
	if odd < 0 {
		return nil
	}
	r := refs[odd]
	rest := span{math.Max(pre[odd].lo, suf[odd+1].lo), math.Min(pre[odd].hi, suf[odd+1].hi)}
	whole := (rest.lo + rest.hi) / 2
	unit := refs[0].ind.Unit
	if ParseUnit(unit).Class == ClassCount && !ParseUnit(unit).Scaled() {
		whole = math.Round(whole)
	}
	sh := r.p.Share
	dec := Stated{Value: sh.Value, Text: sh.Text, Precision: sh.Precision}.Decimals()
	got := r.p.Value * r.f / whole * 100
	wdec := refs[0].p.Decimals()
	sev := Error
	if soft(r.p) {
		sev = Warning
	}
	names := []string{r.ind.Name}
	for i, o := range refs {
		if i != odd {
			names = append(names, o.ind.Name)
		}
	}
	out = append(out, Finding{Rule: RuleShare, Severity: sev, Year: r.p.Year, Period: r.p.Period, Indicators: names,
		Expected: fmtNum(got, dec) + "%", Found: fmtNum(sh.Value, dec) + "%",
		Message: fmt.Sprintf("%d年“%s”%s%s称占比%s%%，而同列其他%d项的占比一致表明合计约为%s%s，按此应占%s%%", r.p.Year, r.ind.Name,
			fmtPoint(r.p), r.ind.Unit, fmtNum(sh.Value, dec), n-1, fmtNum(whole, wdec), unit, fmtNum(got, dec))})
	return out
}

// stockPrefixes are the words that mark the stock of which "新增X" is the
// inflow.
var stockPrefixes = []string{"", "实有", "累计", "现有", "共有", "全部", "年末"}

func checkNewVsNet(d *Dataset, opt CheckOptions) []Finding {
	var out []Finding
	for _, flow := range d.Indicators {
		rest, ok := strings.CutPrefix(flow.Name, "新增")
		if !ok || rest == "" {
			continue
		}
		var stock *Indicator
		for _, pre := range stockPrefixes {
			if s := d.Lookup(Key{flow.Section, pre + rest, flow.Unit}); s != nil && s != flow {
				stock = s
				break
			}
		}
		if stock == nil {
			continue
		}
		for i := range flow.Points {
			fp := &flow.Points[i]
			if !wantYear(opt, fp.Year) || fp.NoLevel {
				continue
			}
			c, ok1 := pointAt(stock, fp.Year, "")
			p, ok2 := pointAt(stock, fp.Year-1, "")
			if !ok1 || !ok2 {
				continue
			}
			net := c.Value - p.Value
			names := []string{stock.Name, flow.Name}
			dec := max(fp.Decimals(), c.Decimals(), p.Decimals())
			tol := lastUnit(flow, fp) + lastUnit(stock, c) + lastUnit(stock, p)
			if fp.Value+tol+1e-9 >= net {
				exits := math.Max(fp.Value-net, 0)
				out = append(out, Finding{Rule: RuleNewVsNet, Severity: Info, Year: fp.Year, Period: fp.Period, Indicators: names,
					Expected: "≥" + fmtNum(net, dec), Found: fmtNum(fp.Value, dec),
					Message: fmt.Sprintf("%d年%s%s%s，不少于%s净增%s%s，意味着约%s%s退出", fp.Year, flow.Name,
						fmtNum(fp.Value, dec), flow.Unit, stock.Name, fmtNum(net, dec), flow.Unit, fmtNum(exits, dec), flow.Unit)})
				continue
			}
			sev := Error
			if soft(fp) || soft(c) || soft(p) {
				sev = Warning
			}
			out = append(out, Finding{Rule: RuleNewVsNet, Severity: sev, Year: fp.Year, Period: fp.Period, Indicators: names,
				Expected: "≥" + fmtNum(net, dec), Found: fmtNum(fp.Value, dec),
				Message: fmt.Sprintf("%d年%s%s%s，少于%s的净增量%s%s", fp.Year, flow.Name,
					fmtNum(fp.Value, dec), flow.Unit, stock.Name, fmtNum(net, dec), flow.Unit)})
		}
	}
	return out
}

// HasErrors reports whether any finding is an error.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == Error {
			return true
		}
	}
	return false
}
