package analysis

import (
	"fmt"
	"strings"
)

// PeriodKind is what span of time a figure covers (SPEC §8). Figures are
// compared only with figures of the same kind and period (a 1-11月 flow
// with the 1-11月 flow of the base year, a 年末 stock with the 年末 stock).
type PeriodKind uint8

// Period kinds. The zero value is PeriodAnnual: Point.Period "" means the
// whole year.
const (
	PeriodAnnual  PeriodKind = iota // the whole year: "", 2022年, 全年
	PeriodPartial                   // a part of the year: 1-11月, 一季度, 上半年, 前三季度
	PeriodPoint                     // a moment: 年末, 年底, 截至9月20日, 9月末
)

var periodKindNames = [...]string{"annual", "partial", "point"}

// String returns the kind's name as used in CSV and JSON ("annual",
// "partial", "point").
func (k PeriodKind) String() string {
	if int(k) < len(periodKindNames) {
		return periodKindNames[k]
	}
	return fmt.Sprintf("PeriodKind(%d)", k)
}

// ParsePeriodKind is the inverse of PeriodKind.String; "" is PeriodAnnual.
func ParsePeriodKind(s string) (PeriodKind, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return PeriodAnnual, nil
	}
	for i, n := range periodKindNames {
		if n == s {
			return PeriodKind(i), nil
		}
	}
	return PeriodAnnual, fmt.Errorf("unknown period kind %q (want annual, partial or point)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (k PeriodKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *PeriodKind) UnmarshalText(b []byte) error {
	v, err := ParsePeriodKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// pointWords mark a moment rather than a span: 年末, 年底, 截至9月20日, 9月末.
var pointWords = []string{"末", "底", "截至", "截止", "至今", "时点", "当日", "当天"}

// partialWords mark a part of a year.
var partialWords = []string{"月", "季度", "季", "半年", "上半", "下半", "前三", "旬", "周"}

// PeriodKindOf classifies a period as written (Point.Period): "" and 全年 or
// a bare year (2022年) are annual; 年末, 年底, 截至9月20日, 9月末 are points
// in time; 1-11月, 一季度, 上半年, 前三季度 are parts of a year.
func PeriodKindOf(period string) PeriodKind {
	p := strings.TrimSpace(period)
	if p == "" || p == "全年" || p == "年度" || p == "本年" {
		return PeriodAnnual
	}
	for _, w := range pointWords {
		if strings.Contains(p, w) {
			return PeriodPoint
		}
	}
	for _, w := range partialWords {
		if strings.Contains(p, w) {
			return PeriodPartial
		}
	}
	return PeriodAnnual
}

// SamePeriod reports whether figures of periods a and b may be compared:
// both annual, or the same part of the year or the same moment as written
// once the dash is normalised (1-11月 and 1—11月). "年末" and "" are not the
// same period.
func SamePeriod(a, b string) bool {
	ka, kb := PeriodKindOf(a), PeriodKindOf(b)
	if ka != kb {
		return false
	}
	if ka == PeriodAnnual {
		return true
	}
	return normalizePeriod(a) == normalizePeriod(b)
}

var periodDashes = strings.NewReplacer("—", "-", "－", "-", "–", "-", "~", "-", "～", "-", "至", "-", " ", "", "底", "末")

func normalizePeriod(p string) string { return periodDashes.Replace(strings.TrimSpace(p)) }
