package xxgk

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/annualstat/annualstat/analysis"
)

// Rule names of the checks (XXGK.md): H1–H5 are identities of the
// template (errors), X1–X5 soft checks (warnings).
const (
	RuleH1 = "xxgk_H1" // R1 + R2 = R3.7 + R4 per column
	RuleH2 = "xxgk_H2" // R3.7 = sum of the result rows per column
	RuleH3 = "xxgk_H3" // C7 = C1 + … + C6 per row
	RuleH4 = "xxgk_H4" // T4 totals
	RuleH5 = "xxgk_H5" // counts whole and ≥ 0, amounts ≥ 0
	RuleX1 = "xxgk_X1" // last year's R4 = this year's R2
	RuleX2 = "xxgk_X2" // 现行有效 stock-flow of T2 (一)
	RuleX3 = "xxgk_X3" // prose vs tables
	RuleX4 = "xxgk_X4" // stated shares
	RuleX5 = "xxgk_X5" // stated 同比 vs last year's report
	// RuleRead is a reading note: a row of a text left out.
	RuleRead = "xxgk_read"
)

// Check runs the checks on rep; prev is last year's report of the same
// body and scope, or nil (X1, X2 and X5 need it). Findings come in the
// order: reading notes (Info), H1…H5, X1…X5.
func Check(rep, prev *Report) []analysis.Finding {
	var fs []analysis.Finding
	for _, n := range rep.Notes {
		fs = append(fs, analysis.Finding{Rule: RuleRead, Severity: analysis.Info, Year: rep.Year, Message: n})
	}
	fs = append(fs, CheckH1(rep)...)
	fs = append(fs, CheckH2(rep)...)
	fs = append(fs, CheckH3(rep)...)
	fs = append(fs, CheckH4(rep)...)
	fs = append(fs, CheckH5(rep)...)
	if rep.Unsure {
		for i := range fs {
			if fs[i].Severity != analysis.Error {
				continue
			}
			fs[i].Severity = analysis.Warning
			fs[i].Message += "（表格取自PDF版面文字，可能读错，故按警告报告。）"
		}
	}
	if prev != nil {
		fs = append(fs, CheckX1(rep, prev)...)
		fs = append(fs, CheckX2(rep, prev)...)
	}
	fs = append(fs, CheckX3(rep)...)
	fs = append(fs, CheckX4(rep)...)
	if prev != nil {
		fs = append(fs, CheckX5(rep, prev)...)
	}
	return fs
}

func n0(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// sumText writes "10+1+0+0=11".
func sumText(vals []float64) (string, float64) {
	var parts []string
	var s float64
	for _, v := range vals {
		parts = append(parts, n0(v))
		s += v
	}
	return strings.Join(parts, "+") + "=" + n0(s), s
}

// has reports whether every cell of ids is in rep's T3 in column c.
func (r *Report) hasRow(ids []string, c int) bool {
	for _, id := range ids {
		if _, ok := r.Cell(id, c); !ok {
			return false
		}
	}
	return true
}

func (r *Report) rowVals(ids []string, c int) []float64 {
	vs := make([]float64, len(ids))
	for i, id := range ids {
		vs[i] = r.Num(id, c)
	}
	return vs
}

// CheckH1 checks the template's own note, per column: 第一项加第二项之和，
// 等于第三项加第四项之和 (R1 + R2 = R3.7 + R4).
func CheckH1(rep *Report) []analysis.Finding {
	var fs []analysis.Finding
	for c := 1; c <= 7; c++ {
		if !rep.hasRow([]string{"R1", "R2", "R3.7", "R4"}, c) {
			continue
		}
		in, a := sumText(rep.rowVals([]string{"R1", "R2"}, c))
		out, b := sumText(rep.rowVals([]string{"R3.7", "R4"}, c))
		if a == b {
			continue
		}
		fs = append(fs, analysis.Finding{
			Rule: RuleH1, Severity: analysis.Error, Year: rep.Year,
			Indicators: []string{CellID("R1", c), CellID("R2", c), CellID("R3.7", c), CellID("R4", c)},
			Expected:   in, Found: out,
			Message: fmt.Sprintf("表三“%s”列：本年新收加上年结转为%s，办理结果总计加结转下年度为%s，不符合“第一项加第二项之和，等于第三项加第四项之和”。",
				T3Columns[c-1], in, out),
		})
	}
	return fs
}

// CheckH2 checks, per column, that （七）总计 is the sum of the result rows
// （一）…（六）.
func CheckH2(rep *Report) []analysis.Finding {
	var fs []analysis.Finding
	rows := ResultRows(rep.T3Format)
	for c := 1; c <= 7; c++ {
		if !rep.hasRow(append(rows, "R3.7"), c) {
			continue
		}
		st, s := sumText(rep.rowVals(rows, c))
		tot := rep.Num("R3.7", c)
		if s == tot {
			continue
		}
		fs = append(fs, analysis.Finding{
			Rule: RuleH2, Severity: analysis.Error, Year: rep.Year,
			Indicators: append([]string{CellID("R3.7", c)}, cellIDs(rows, c)...),
			Expected:   n0(s), Found: n0(tot),
			Message: fmt.Sprintf("表三“%s”列：办理结果（一）至（六）各项之和为%s，但“（七）总计”为%s。", T3Columns[c-1], st, n0(tot)),
		})
	}
	return fs
}

func cellIDs(rows []string, c int) []string {
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = CellID(r, c)
	}
	return ids
}

// CheckH3 checks, per row, that 总计 (C7) is the sum of C1…C6.
func CheckH3(rep *Report) []analysis.Finding {
	var fs []analysis.Finding
	for _, row := range T3Rows(rep.T3Format) {
		var vals []float64
		ok := true
		for c := 1; c <= 6; c++ {
			v, has := rep.Cell(row.ID, c)
			ok = ok && has
			vals = append(vals, v.Num)
		}
		tot, has := rep.Cell(row.ID, 7)
		if !ok || !has {
			continue
		}
		st, s := sumText(vals)
		if s == tot.Num {
			continue
		}
		label := row.Label
		if row.Group != "" {
			label = row.Group + row.Label
		}
		fs = append(fs, analysis.Finding{
			Rule: RuleH3, Severity: analysis.Error, Year: rep.Year,
			Indicators: []string{CellID(row.ID, 7)},
			Expected:   n0(s), Found: n0(tot.Num),
			Message: fmt.Sprintf("表三“%s”行：自然人与法人或其他组织各列之和为%s，但“总计”为%s。", label, st, n0(tot.Num)),
		})
	}
	return fs
}

// CheckH4 checks T4's totals: A1+A2+A3+A4 = A5, B1…B4 = B5, D1…D4 = D5.
func CheckH4(rep *Report) []analysis.Finding {
	var fs []analysis.Finding
	for bi, b := range T4Blocks {
		ids := T4IDs[bi*5 : bi*5+5]
		var vals []float64
		ok := true
		for _, id := range ids[:4] {
			v, has := rep.T4[id]
			ok = ok && has
			vals = append(vals, v.Num)
		}
		tot, has := rep.T4[ids[4]]
		if !ok || !has {
			continue
		}
		st, s := sumText(vals)
		if s == tot.Num {
			continue
		}
		name := b.Label
		if bi > 0 {
			name = HeaderSuit + "（" + b.Label + "）"
		}
		fs = append(fs, analysis.Finding{
			Rule: RuleH4, Severity: analysis.Error, Year: rep.Year,
			Indicators: append([]string{ids[4]}, ids[:4]...),
			Expected:   n0(s), Found: n0(tot.Num),
			Message: fmt.Sprintf("表四%s：结果维持、结果纠正、其他结果、尚未审结之和为%s，但“总计”（%s）为%s。", name, st, ids[4], n0(tot.Num)),
		})
	}
	return fs
}

// CheckH5 checks that every count is a whole number ≥ 0 and T2's fee
// amount is ≥ 0.
func CheckH5(rep *Report) []analysis.Finding {
	var fs []analysis.Finding
	bad := func(id string, v Value, amount bool) {
		if v.Num >= 0 && (amount || v.Num == math.Trunc(v.Num)) {
			return
		}
		want := "非负整数"
		if amount {
			want = "非负金额"
		}
		fs = append(fs, analysis.Finding{
			Rule: RuleH5, Severity: analysis.Error, Year: rep.Year, Indicators: []string{id},
			Expected: want, Found: v.Text,
			Message: fmt.Sprintf("%s为“%s”，应为%s。", CellName(id), v.Text, want),
		})
	}
	for _, c := range T2Cells(rep.T2Format) {
		if v, ok := rep.T2[c.ID]; ok && !c.Signed {
			bad(c.ID, v, c.Amount)
		}
	}
	for _, row := range T3Rows(rep.T3Format) {
		for c := 1; c <= 7; c++ {
			if v, ok := rep.Cell(row.ID, c); ok {
				bad(CellID(row.ID, c), v, false)
			}
		}
	}
	for _, id := range T4IDs {
		if v, ok := rep.T4[id]; ok {
			bad(id, v, false)
		}
	}
	return fs
}

// CheckX1 compares last year's 结转下年度继续办理 (R4) with this year's
// 上年结转 (R2), per column. A difference is a warning: the reporting scope
// may have changed.
func CheckX1(rep, prev *Report) []analysis.Finding {
	var fs []analysis.Finding
	for c := 1; c <= 7; c++ {
		a, ok1 := prev.Cell("R4", c)
		b, ok2 := rep.Cell("R2", c)
		if !ok1 || !ok2 || a.Num == b.Num {
			continue
		}
		fs = append(fs, analysis.Finding{
			Rule: RuleX1, Severity: analysis.Warning, Year: rep.Year,
			Indicators: []string{CellID("R2", c), CellID("R4", c) + "（上年）"},
			Expected:   n0(a.Num), Found: n0(b.Num),
			Message: fmt.Sprintf("表三“%s”列：上年报告“结转下年度继续办理”为%s，本年“上年结转政府信息公开申请数量”为%s，二者不一致（统计口径是否变化？）。",
				T3Columns[c-1], n0(a.Num), n0(b.Num)),
		})
	}
	return fs
}

// CheckX2 checks T2 (一)'s stock and flow: 现行有效(Y) = 现行有效(Y−1) +
// 本年制发(Y) − 本年废止(Y), for 规章 and 行政规范性文件. Only between two
// 2021-format tables.
func CheckX2(rep, prev *Report) []analysis.Finding {
	if rep.T2Format != Format2021 || prev.T2Format != Format2021 {
		return nil
	}
	var fs []analysis.Finding
	for _, row := range []struct{ id, label string }{{"Z1", "规章"}, {"Z2", "行政规范性文件"}} {
		last, ok0 := prev.T2[row.id+"·C3"]
		issued, ok1 := rep.T2[row.id+"·C1"]
		repealed, ok2 := rep.T2[row.id+"·C2"]
		now, ok3 := rep.T2[row.id+"·C3"]
		if !ok0 || !ok1 || !ok2 || !ok3 {
			continue
		}
		want := last.Num + issued.Num - repealed.Num
		if want == now.Num {
			continue
		}
		fs = append(fs, analysis.Finding{
			Rule: RuleX2, Severity: analysis.Warning, Year: rep.Year,
			Indicators: []string{row.id + "·C3", row.id + "·C1", row.id + "·C2"},
			Expected:   n0(want), Found: n0(now.Num),
			Message: fmt.Sprintf("表二“%s”：上年现行有效%s件，加本年制发%s件，减本年废止%s件，应为%s件，但本年现行有效为%s件。",
				row.label, n0(last.Num), n0(issued.Num), n0(repealed.Num), n0(want), n0(now.Num)),
		})
	}
	return fs
}

// CheckX3 compares the figures the prose states with the tables.
func CheckX3(rep *Report) []analysis.Finding {
	var fs []analysis.Finding
	for _, p := range rep.Prose {
		v, ok := rep.MeasureValue(p.Measure)
		if !ok || v == p.Value {
			continue
		}
		fs = append(fs, analysis.Finding{
			Rule: RuleX3, Severity: analysis.Warning, Year: rep.Year,
			Indicators: []string{p.Measure + "·C7"},
			Expected:   n0(v), Found: n0(p.Value),
			Message: fmt.Sprintf("正文“%s”（第%d行）为%s件，但表三%s为%s件。", p.Phrase, p.Line, n0(p.Value), MeasureName(p.Measure), n0(v)),
		})
	}
	return fs
}

// CheckX4 checks stated shares of the results against R3.7·C7, allowing
// one unit in the last printed digit (some reports truncate).
func CheckX4(rep *Report) []analysis.Finding {
	var fs []analysis.Finding
	base, ok := rep.MeasureValue(MeasureAnswered)
	if !ok || base == 0 {
		return nil
	}
	for _, p := range rep.Prose {
		if p.Share == "" {
			continue
		}
		stated, err := strconv.ParseFloat(p.Share, 64)
		if err != nil {
			continue
		}
		share := p.Value / base * 100
		if WithinLastDigit(share, p.Share) {
			continue
		}
		d := analysis.Decimals(p.Share)
		fs = append(fs, analysis.Finding{
			Rule: RuleX4, Severity: analysis.Warning, Year: rep.Year,
			Indicators: []string{p.Measure + "·C7", "R3.7·C7"},
			Expected:   analysis.FormatFixed(share, d) + "%", Found: p.Share + "%",
			Message: fmt.Sprintf("正文“%s、占%s%%”（第%d行）：%s÷%s（办理结果总计）=%s%%，与所述%s%%不符。",
				p.Phrase, p.Share, p.Line, n0(p.Value), n0(base), analysis.FormatFixed(share, d), n0(stated)),
		})
	}
	return fs
}

// WithinLastDigit reports whether the computed value x, printed as
// written was (its decimals), is within one unit of the last printed
// digit of written: rounding or truncation either way.
func WithinLastDigit(x float64, written string) bool {
	w, err := strconv.ParseFloat(written, 64)
	if err != nil {
		return false
	}
	unit := math.Pow10(-analysis.Decimals(written))
	return math.Abs(x-w) <= unit*(1+1e-9)
}

// CheckX5 recomputes each stated 同比 change from last year's report, on
// the same measure (收办 against 收办, 新收 against 新收).
func CheckX5(rep, prev *Report) []analysis.Finding {
	var fs []analysis.Finding
	for _, p := range rep.Prose {
		if p.Change == "" {
			continue
		}
		last, ok := prev.MeasureValue(p.Measure)
		if !ok {
			continue
		}
		g := analysis.GrowthRate(p.Value, last)
		rate, ok := g.Float()
		if ok && WithinLastDigit(rate, p.Change) {
			continue
		}
		// The other measure (收办 for 新收 or the reverse) explains a
		// mismatch often; name it when it fits.
		hint := ""
		if alt := otherMeasure(p.Measure); alt != "" {
			if la, ok := prev.MeasureValue(alt); ok {
				if r2, ok := analysis.GrowthRate(p.Value, la).Float(); ok && WithinLastDigit(r2, p.Change) {
					hint = fmt.Sprintf("；按上年%s%s件计算则相符，可能混用了收办与新收口径", MeasureName(alt), n0(la))
				}
			}
		}
		got := "上年为0，无法计算增长率"
		if ok {
			got = "按上年" + n0(last) + "件计算为" + analysis.FormatFixed(rate, analysis.Decimals(p.Change)) + "%"
		}
		fs = append(fs, analysis.Finding{
			Rule: RuleX5, Severity: analysis.Warning, Year: rep.Year,
			Indicators: []string{p.Measure + "·C7"},
			Expected:   strings.TrimSuffix(strings.TrimPrefix(got, "按上年"), "%"), Found: p.Change + "%",
			Message: fmt.Sprintf("正文“%s，%s”（第%d行）：%s（%s）%s。", p.Phrase, p.ChangeRaw, p.Line, MeasureName(p.Measure), got, hint),
		})
	}
	return fs
}

func otherMeasure(m string) string {
	switch m {
	case MeasureNew:
		return MeasureHandled
	case MeasureHandled:
		return MeasureNew
	}
	return ""
}
