package extract

import "strings"

// spacedChangeGap is the rule for a change a PDF copy of a company's table
// writes with a space on either side of its number (增加 0.32 个百分点,
// 减少 8.65 个百分点): after the verb, and between the number and
// 个百分点, one space is passed over; k itself when none is there.
func spacedChangeGap(t string, k int) int {
	if k < len(t) && t[k] == ' ' {
		return k + 1
	}
	return k
}

// pointChangeRate is the rule for a row of a results table whose change is
// written in percentage points (减少8.65个百分点) while its level took the
// table's money unit (单位:元), its label's own (%) lost or wrapped away
// (研发投入占营业收入的比例 16.35 减少 8.65 个百分点): a change in points is a
// rate's, so the level is a percent, not an amount in 元. A level in any
// other unit keeps it.
func pointChangeRate(f *Figure, ch Change) {
	if ch.Kind != PP || f.Missing || !strings.HasSuffix(f.Unit, "元") || strings.Contains(f.Unit, "/") || !isUnitText(f.Unit) {
		return
	}
	f.Unit = "%"
}

// periodTailThenChange is the rule for the rest of a change column's
// header that a copy broke inside the period it compares with
// (本报告期末比上年度 then 末增减变动幅度(%), 本报告期比上年 then
// 同期增减(%)): the period's last characters (末, 同期) and then a change
// word, at byte i.
func periodTailThenChange(s string, i int) bool {
	for _, tail := range []string{"末", "同期"} {
		if strings.HasPrefix(s[i:], tail) && prefixAt(s, i+len(tail), companyChangeWords) != "" {
			return true
		}
	}
	return false
}

// companyBlockUnit is the rule for the unit of a block of a company's
// results table written as text lines under a header of its own (本报告期末
// 上年度末 本报告期末比上年度末增减变动幅度(%) then 总资产 8,745,537,379.34 …)
// right after the block before it, the form's one 单位:元 line above both:
// with no 单位 line of its own, a block that starts where the last one
// ended, nothing but a wrapped unit ((%)) and blank lines between, is in
// that block's unit. The pending unit otherwise.
func (x *extractor) companyBlockUnit(ls int) string {
	if x.pendingUnit != "" || x.companyUnit == "" || x.companyEnd > ls || ls-x.companyEnd > 24 {
		return x.pendingUnit
	}
	gap := strings.TrimSpace(x.s[x.companyEnd:ls])
	if strings.ContainsAny(gap, "0123456789。；;：:") || gap != "" && !unitPieceLine(gap) {
		return x.pendingUnit
	}
	return x.companyUnit
}

// unitPieceLine reports a line that is a unit in brackets and nothing
// else ((%), （元/股）): the unit of the label above it, wrapped.
func unitPieceLine(line string) bool {
	return line != "" && unitBracketEnd(line, 0) == len(line)
}
