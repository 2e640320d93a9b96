package analysis

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// CheckOptions controls Check. The zero value checks every year with the
// default tolerances.
type CheckOptions struct {
	// Year limits the checks to one year; 0 checks every year.
	Year int
	// SumTolerance is the absolute difference between a total and the sum
	// of its parts accepted as rounding. Zero derives it from the data: half
	// a unit of the last decimal written, for each value in the sum.
	SumTolerance float64
}

// Check runs the consistency checks of SPEC §4 on d and returns the
// findings in dataset order. It reports; it never changes the data.
//
//   - sum: a total equals the sum of its declared parts (Indicator.Parent),
//     within rounding; approximate values only warn;
//   - unit: parts have their total's unit;
//   - rate_range: a rate lies in [0, 100];
//   - stated_change: a stated change (Point.Changes) matches the values, to
//     the decimals it was stated with;
//   - whole_prior: a stated growth of a count whose prior is missing or
//     derived has at least one whole-number prior;
//   - new_vs_net: "新增X" is at least the net increase of the stock "X"
//     (or "实有X", "累计X");
//   - count_integer: counts are non-negative whole numbers.
func Check(d *Dataset, opt CheckOptions) []Finding {
	if d == nil {
		return nil
	}
	// Parts by (section, parent name), built once: looking them up per
	// indicator would make the checks quadratic in the dataset's size.
	type sectionName struct{ section, name string }
	kids := map[sectionName][]*Indicator{}
	named := map[sectionName]bool{}
	for _, ind := range d.Indicators {
		named[sectionName{ind.Section, ind.Name}] = true
		if ind.Parent != "" && ind.Parent != ind.Name {
			k := sectionName{ind.Section, ind.Parent}
			kids[k] = append(kids[k], ind)
		}
	}
	var out []Finding
	for _, ind := range d.Indicators {
		out = append(out, checkValues(ind, opt)...)
		if parts := kids[sectionName{ind.Section, ind.Name}]; len(parts) > 0 {
			out = append(out, checkSum(ind, parts, opt)...)
		}
		out = append(out, checkStated(ind, opt)...)
	}
	out = append(out, checkNewVsNet(d, opt)...)
	for _, ind := range d.Indicators {
		if ind.Parent != "" && !named[sectionName{ind.Section, ind.Parent}] {
			out = append(out, Finding{Rule: RuleSum, Severity: Warning, Indicators: []string{ind.Name},
				Expected: ind.Parent, Found: "无此指标",
				Message: fmt.Sprintf("“%s”的上级指标“%s”不在数据中,无法核对合计", ind.Name, ind.Parent)})
		}
	}
	return out
}

func wantYear(opt CheckOptions, y int) bool { return opt.Year == 0 || opt.Year == y }

func checkValues(ind *Indicator, opt CheckOptions) []Finding {
	var out []Finding
	kind := ind.EffectiveKind()
	for _, p := range ind.Points {
		if !wantYear(opt, p.Year) {
			continue
		}
		v := func() string { return FormatValue(p.Value, kind) }
		switch kind {
		case KindRate:
			if p.Value < 0 || p.Value > 100 {
				out = append(out, Finding{Rule: RuleRateRange, Severity: Error, Year: p.Year, Indicators: []string{ind.Name},
					Expected: "0–100", Found: v() + "%",
					Message: fmt.Sprintf("%d年“%s”为%s%%,比率应在0到100之间", p.Year, ind.Name, v())})
			}
		case KindCount:
			switch {
			case p.Value < 0:
				out = append(out, Finding{Rule: RuleCountInteger, Severity: Error, Year: p.Year, Indicators: []string{ind.Name},
					Expected: "≥0", Found: v(),
					Message: fmt.Sprintf("%d年“%s”为%s%s,计数不能为负", p.Year, ind.Name, v(), ind.Unit)})
			case p.Value != math.Trunc(p.Value) && p.Flags&(FlagDerived|FlagEstimated|FlagApprox) == 0:
				out = append(out, Finding{Rule: RuleCountInteger, Severity: Warning, Year: p.Year, Indicators: []string{ind.Name},
					Expected: "整数", Found: v(),
					Message: fmt.Sprintf("%d年“%s”为%s%s,计数应为整数", p.Year, ind.Name, v(), ind.Unit)})
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

func checkSum(total *Indicator, kids []*Indicator, opt CheckOptions) []Finding {
	var out []Finding
	for _, k := range kids {
		if k.Unit != total.Unit {
			out = append(out, Finding{Rule: RuleUnit, Severity: Error, Indicators: []string{total.Name, k.Name},
				Expected: total.Unit, Found: k.Unit,
				Message: fmt.Sprintf("“%s”的单位为%s,与合计“%s”的单位%s不一致,不能相加", k.Name, k.Unit, total.Name, total.Unit)})
		}
	}
	names := []string{total.Name}
	for _, k := range kids {
		names = append(names, k.Name)
	}
	for _, tp := range total.Points {
		if !wantYear(opt, tp.Year) {
			continue
		}
		sum, approx := 0.0, tp.Flags&FlagApprox != 0
		complete := true
		for _, k := range kids {
			kp, ok := k.At(tp.Year)
			if k.Unit != total.Unit || !ok {
				complete = false
				break
			}
			sum += kp.Value
			approx = approx || kp.Flags&FlagApprox != 0
		}
		if !complete {
			continue
		}
		// Float noise below the written precision is never a finding; the
		// common case, an exact sum, needs nothing more.
		diff := sum - tp.Value
		noise := 1e-9 * math.Max(math.Abs(tp.Value), 1)
		if math.Abs(diff) <= noise {
			continue
		}
		dec := decimalsOf(tp.Value)
		var parts []string
		for _, k := range kids {
			kp, _ := k.At(tp.Year)
			dec = max(dec, decimalsOf(kp.Value))
			parts = append(parts, FormatValue(kp.Value, k.EffectiveKind()))
		}
		tol := opt.SumTolerance
		if tol == 0 {
			tol = 0.5 * math.Pow(10, -float64(dec)) * float64(len(kids)+1)
		}
		if math.Abs(diff) <= tol+noise {
			continue
		}
		sev := Error
		if approx {
			sev = Warning
		}
		kind := total.EffectiveKind()
		out = append(out, Finding{Rule: RuleSum, Severity: sev, Year: tp.Year, Indicators: names,
			Expected: FormatValue(tp.Value, kind),
			Found:    FormatFixed(sum, dec) + " = " + strings.Join(parts, " + "),
			Message: fmt.Sprintf("%d年“%s”为%s%s,其分项合计为%s%s,相差%s%s", tp.Year, total.Name,
				FormatValue(tp.Value, kind), total.Unit, FormatFixed(sum, dec), total.Unit, FormatFixed(diff, dec), total.Unit)})
	}
	return out
}

func checkStated(ind *Indicator, opt CheckOptions) []Finding {
	var out []Finding
	kind := ind.EffectiveKind()
	for i, p := range ind.Points {
		if !wantYear(opt, p.Year) || p.NoLevel {
			continue
		}
		for _, st := range p.Changes {
			dec := Decimals(st.Text)
			if st.Text == "" {
				dec = decimalsOf(st.Value)
			}
			var prev *Point
			if i > 0 && ind.Points[i-1].Year == p.Year-1 {
				prev = &ind.Points[i-1]
			}
			// A prior we derived from this very statement cannot test it; it can
			// only tell whether whole-number priors exist.
			if prev == nil || prev.Flags&FlagDerived != 0 {
				if st.Kind == ChangeGrowthPct && kind == KindCount {
					out = append(out, checkWholePrior(ind, p, st, dec)...)
				}
				continue
			}
			var got Figure
			var unit string
			switch st.Kind {
			case ChangeGrowthPct:
				got, unit = GrowthRate(p.Value, prev.Value), "%"
			case ChangePP:
				got, unit = PercentagePoints(p.Value, prev.Value), "个百分点"
			case ChangeMultiple:
				got, unit = Multiple(p.Value, prev.Value), "倍"
			case ChangeAbs:
				got, unit = Change(p.Value, prev.Value), ind.Unit
			default:
				continue
			}
			statedText := st.Text
			if statedText == "" {
				statedText = FormatFixed(st.Value, dec)
			}
			if !got.OK() {
				out = append(out, Finding{Rule: RuleStated, Severity: Warning, Year: p.Year, Indicators: []string{ind.Name},
					Expected: statedText + unit, Found: got.Reason.Chinese(),
					Message: fmt.Sprintf("%d年“%s”称变化%s%s,但%s", p.Year, ind.Name, statedText, unit, got.Reason.Chinese())})
				continue
			}
			if FormatFixed(got.Value, dec) == FormatFixed(st.Value, dec) {
				continue
			}
			sev := Error
			if (p.Flags|prev.Flags)&(FlagApprox|FlagEstimated) != 0 || st.Ambiguous {
				sev = Warning
			}
			out = append(out, Finding{Rule: RuleStated, Severity: sev, Year: p.Year, Indicators: []string{ind.Name},
				Expected: FormatFixed(st.Value, dec) + unit, Found: FormatFixed(got.Value, dec) + unit,
				Message: fmt.Sprintf("%d年“%s”称比上年变化%s%s,按%d年%s%s与%d年%s%s计算应为%s%s", p.Year, ind.Name,
					FormatFixed(st.Value, dec), unit, p.Year, FormatValue(p.Value, kind), ind.Unit,
					prev.Year, FormatValue(prev.Value, kind), ind.Unit, FormatFixed(got.Value, dec), unit)})
		}
	}
	return out
}

func checkWholePrior(ind *Indicator, p Point, st Stated, dec int) []Finding {
	iv, err := BackCompute(p.Value, st.Value, dec)
	if err != nil {
		return []Finding{{Rule: RuleWhole, Severity: Error, Year: p.Year, Indicators: []string{ind.Name},
			Expected: "上年值", Found: err.Error(),
			Message: fmt.Sprintf("%d年“%s”称增长%s%%,无法反推上年值", p.Year, ind.Name, st.Text)}}
	}
	cands, _ := iv.WholeCandidates(3)
	if len(cands) > 0 {
		return nil
	}
	sev := Error
	verdict := "所述增速与计数不符"
	switch {
	case st.Ambiguous:
		sev, verdict = Warning, "该增速应不属于此指标(原文中它也可能属于同句的另一数字)"
	case p.Flags&FlagApprox != 0:
		sev = Warning
	}
	return []Finding{{Rule: RuleWhole, Severity: sev, Year: p.Year, Indicators: []string{ind.Name},
		Expected: "整数上年值",
		Found:    FormatFixed(iv.Low, 2) + "–" + FormatFixed(iv.High, 2),
		Message: fmt.Sprintf("%d年“%s”%s%s若比上年增长%s%%,上年应在%s–%s之间,没有整数,%s", p.Year, ind.Name,
			FormatValue(p.Value, KindCount), ind.Unit, FormatFixed(st.Value, dec), FormatFixed(iv.Low, 2), FormatFixed(iv.High, 2), verdict)}}
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
		for _, fp := range flow.Points {
			if !wantYear(opt, fp.Year) {
				continue
			}
			c, ok1 := stock.At(fp.Year)
			p, ok2 := stock.At(fp.Year - 1)
			if !ok1 || !ok2 {
				continue
			}
			net := c.Value - p.Value
			names := []string{stock.Name, flow.Name}
			kind := flow.EffectiveKind()
			if fp.Value+1e-9 >= net {
				exits := fp.Value - net
				out = append(out, Finding{Rule: RuleNewVsNet, Severity: Info, Year: fp.Year, Indicators: names,
					Expected: "≥" + FormatValue(net, kind), Found: FormatValue(fp.Value, kind),
					Message: fmt.Sprintf("%d年%s%s%s,不少于%s净增%s%s,意味着约%s%s退出", fp.Year, flow.Name,
						FormatValue(fp.Value, kind), flow.Unit, stock.Name, FormatValue(net, kind), flow.Unit, FormatValue(exits, kind), flow.Unit)})
				continue
			}
			sev := Error
			if (fp.Flags|c.Flags|p.Flags)&(FlagApprox|FlagDerived|FlagEstimated) != 0 {
				sev = Warning
			}
			out = append(out, Finding{Rule: RuleNewVsNet, Severity: sev, Year: fp.Year, Indicators: names,
				Expected: "≥" + FormatValue(net, kind), Found: FormatValue(fp.Value, kind),
				Message: fmt.Sprintf("%d年%s%s%s,少于%s的净增量%s%s", fp.Year, flow.Name,
					FormatValue(fp.Value, kind), flow.Unit, stock.Name, FormatValue(net, kind), flow.Unit)})
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
