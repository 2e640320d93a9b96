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
