package ingest

import (
	"strconv"
	"strings"
	"unicode"
)

// role is what a column of a table holds.
type role uint8

const (
	colIgnored role = iota
	colSection
	colIndicator
	colUnit
	colYear
	colValue
	colFlag
	colNote
	colParent
	colKind
	colPeriod
	colChangeKind
	colChangeValue
	colChangeText
	colIndicatorNote
	colChangeAmbiguous
	colClass
	colBreakdown
	colQualifier
	colChanges
	nRoles
)

// roleNames are the canonical (English) column names, as WriteCSV writes
// them.
var roleNames = [nRoles]string{
	"", "section", "indicator", "unit", "year", "value", "flag", "note", "parent",
	"kind", "period", "change_kind", "change_value", "change_text", "indicator_note", "change_ambiguous",
	"class", "breakdown", "qualifier", "changes",
}

// headerAliases maps a header cell (lower case, spaces and underscores
// removed) to its role. Chinese headers are accepted for spreadsheets made
// by hand.
var headerAliases = map[string]role{
	"section": colSection, "板块": colSection, "分类": colSection, "部分": colSection, "类别": colSection,
	"indicator": colIndicator, "name": colIndicator, "指标": colIndicator, "指标名称": colIndicator, "项目": colIndicator,
	"unit": colUnit, "单位": colUnit, "计量单位": colUnit,
	"year": colYear, "年份": colYear, "年度": colYear, "年": colYear,
	"value": colValue, "数值": colValue, "值": colValue, "数据": colValue,
	"flag": colFlag, "flags": colFlag, "标记": colFlag, "标志": colFlag,
	"note": colNote, "备注": colNote, "说明": colNote,
	"parent": colParent, "上级指标": colParent, "父指标": colParent,
	"kind": colKind, "类型": colKind, "指标类型": colKind,
	"period": colPeriod, "期间": colPeriod, "时期": colPeriod, "统计期": colPeriod,
	"changekind": colChangeKind, "变化类型": colChangeKind,
	"changevalue": colChangeValue, "变化值": colChangeValue,
	"changetext": colChangeText, "变化原文": colChangeText,
	"indicatornote": colIndicatorNote, "指标备注": colIndicatorNote,
	"changeambiguous": colChangeAmbiguous, "变化存疑": colChangeAmbiguous,
	"class": colClass, "unitclass": colClass, "指标性质": colClass,
	"breakdown": colBreakdown, "分项关系": colBreakdown,
	"qualifier": colQualifier, "限定词": colQualifier, "约数标记": colQualifier,
	"changes": colChanges, "全部变化": colChanges,
}

// header is the layout a header row describes.
type header struct {
	wide  bool
	col   [nRoles]int // 0-based column of each role, -1 if absent
	years []yearCol   // wide layout: the year columns
	width int         // number of header cells
}

type yearCol struct {
	col  int
	year int
}

func normHeader(s string) string {
	s = strings.ToLower(trimCell(s))
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// yearHeader reads a wide-layout year column name: "2021", "2021年",
// "2021年度", full-width digits allowed.
func yearHeader(s string) (int, bool) {
	s = trimCell(s)
	s = strings.TrimSuffix(s, "年度")
	s = strings.TrimSuffix(s, "年")
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteRune('0' + r - '０')
		default:
			return 0, false
		}
	}
	y, err := strconv.Atoi(b.String())
	if err != nil || y < MinYear || y > MaxYear {
		return 0, false
	}
	return y, true
}

// Years a value may be for.
const (
	MinYear = 1900
	MaxYear = 2200
)

// parseHeader reads the header row. It returns a message saying what was
// expected, and the 0-based column it is about, when the row is not a
// header of either layout.
func parseHeader(cells []string) (*header, int, string) {
	h := &header{width: len(cells)}
	for i := range h.col {
		h.col[i] = -1
	}
	seenYear := map[int]int{}
	for i, c := range cells {
		if r, ok := headerAliases[normHeader(c)]; ok {
			if h.col[r] >= 0 {
				return nil, i, "column " + quote(trimCell(c)) + " appears twice (first as column " + strconv.Itoa(h.col[r]+1) + ")"
			}
			h.col[r] = i
			continue
		}
		if y, ok := yearHeader(c); ok {
			if j, dup := seenYear[y]; dup {
				return nil, i, "year column " + strconv.Itoa(y) + " appears twice (first as column " + strconv.Itoa(j+1) + ")"
			}
			seenYear[y] = i
			h.years = append(h.years, yearCol{i, y})
		}
	}
	if h.col[colIndicator] < 0 {
		return nil, 0, "want a header with an indicator column: section,indicator,unit,year,value (long) or section,indicator,unit,2021,2022,… (wide), got " + quote(strings.Join(cells, ","))
	}
	switch {
	case h.col[colYear] >= 0 && h.col[colValue] >= 0:
		h.years = nil
	case h.col[colYear] >= 0 || h.col[colValue] >= 0:
		missing := "value"
		if h.col[colYear] < 0 {
			missing = "year"
		}
		return nil, 0, "want a " + missing + " column with the long layout (section,indicator,unit,year,value), got " + quote(strings.Join(cells, ","))
	case len(h.years) > 0:
		h.wide = true
	default:
		return nil, 0, "want year and value columns (long layout) or year columns such as 2021,2022 (wide layout), got " + quote(strings.Join(cells, ","))
	}
	return h, 0, ""
}
