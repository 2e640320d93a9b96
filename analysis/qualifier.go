package analysis

import "strings"

// Qualifier is the word a source put beside a figure to say it is not exact,
// kept as written (SPEC §8): 多 余 近 将近 约 大约 左右 超过 以上 逾 突破 不足 以下 ….
// Words that stress a figure's size without doubting it (多达, 高达, 达到)
// are not qualifiers.
// The empty Qualifier is an exact figure. Outputs reproduce the word in its
// place (540多个, 近1900家次, 约2.25亿元, 1000人左右, 超过300家); they never
// turn 多 into 约.
type Qualifier string

// QualifierMeaning is what a qualifier says about the true value.
type QualifierMeaning uint8

// The meanings of SPEC §8.
const (
	QualExact    QualifierMeaning = iota // no qualifier
	QualMoreThan                         // 多, 余: a little more than (540多个)
	QualNearly                           // 近, 将近, 接近, 近乎: a little less than
	QualAbout                            // 约, 大约, 左右, 上下: about
	QualOver                             // 超过, 超, 以上, 逾, 突破, 不少于, 不低于: over (at least)
	QualUnder                            // 不足, 不到, 以下, 以内: under (at most)
)

var qualifierMeaningNames = [...]string{"exact", "more_than", "nearly", "about", "over", "under"}

// String returns the meaning's name as used in JSON ("more_than", "nearly",
// "about", "over", "under"; "exact" for none).
func (m QualifierMeaning) String() string {
	if int(m) < len(qualifierMeaningNames) {
		return qualifierMeaningNames[m]
	}
	return "unknown"
}

// qualifierPlace says where a qualifier goes relative to the number.
type qualifierPlace uint8

const (
	placeBefore    qualifierPlace = iota // 约2.25亿元, 近1900家次, 超过300家
	placeAfterNum                        // 540多个, 1万多人, 300余家: after the number and its scale
	placeAfterUnit                       // 1000人左右, 300家以上
)

var qualifiers = map[Qualifier]struct {
	meaning QualifierMeaning
	place   qualifierPlace
}{
	"多": {QualMoreThan, placeAfterNum}, "余": {QualMoreThan, placeAfterNum},
	"近": {QualNearly, placeBefore}, "将近": {QualNearly, placeBefore}, "接近": {QualNearly, placeBefore},
	"约": {QualAbout, placeBefore}, "大约": {QualAbout, placeBefore},
	"左右": {QualAbout, placeAfterUnit}, "上下": {QualAbout, placeAfterUnit},
	"超过": {QualOver, placeBefore}, "超": {QualOver, placeBefore}, "逾": {QualOver, placeBefore},
	"突破": {QualOver, placeBefore}, "不少于": {QualOver, placeBefore}, "不低于": {QualOver, placeBefore},
	"以上": {QualOver, placeAfterUnit}, "近乎": {QualNearly, placeBefore},
	"不足": {QualUnder, placeBefore}, "不到": {QualUnder, placeBefore}, "以下": {QualUnder, placeAfterUnit},
	"以内": {QualUnder, placeAfterUnit},
}

// ParseQualifier returns the qualifier for a word as written, and false for
// a word that is not one ("" is the exact qualifier and reports true).
func ParseQualifier(word string) (Qualifier, bool) {
	w := strings.TrimSpace(word)
	if w == "" {
		return "", true
	}
	if _, ok := qualifiers[Qualifier(w)]; ok {
		return Qualifier(w), true
	}
	return "", false
}

// Meaning says what the qualifier claims about the true value. A word that
// is not a known qualifier means QualAbout (an inexact figure).
func (q Qualifier) Meaning() QualifierMeaning {
	if q == "" {
		return QualExact
	}
	if m, ok := qualifiers[q]; ok {
		return m.meaning
	}
	return QualAbout
}

// Approximate reports whether the figure is not exact (any qualifier).
func (q Qualifier) Approximate() bool { return q != "" }

// MoreThan reports whether the word says "a little more than" (多, 余).
func (q Qualifier) MoreThan() bool { return q.Meaning() == QualMoreThan }

// Nearly reports whether the word says "nearly" (近, 将近).
func (q Qualifier) Nearly() bool { return q.Meaning() == QualNearly }

// About reports whether the word says "about" (约, 大约, 左右).
func (q Qualifier) About() bool { return q.Meaning() == QualAbout }

// Over reports whether the word says "over" (超过, 以上, 逾).
func (q Qualifier) Over() bool { return q.Meaning() == QualOver }

// Under reports whether the word says "under" (不足, 以下).
func (q Qualifier) Under() bool { return q.Meaning() == QualUnder }

// Format writes a figure with the qualifier in its place: number is the
// value as it is to be shown ("540", "2.25") and unit the unit as written
// ("个", "亿元"). 多 and 余 go after the number and its scale (540多个,
// 1万多人, 300余家; 1270多万人 for a number of several digits before a
// scale), 左右 以上 以下 after the unit (1000人左右), the others
// before the number (近1900家次, 约2.25亿元, 超过300家). Without a qualifier
// it is number + unit.
func (q Qualifier) Format(number, unit string) string {
	return string(q.Append(nil, number, unit))
}

// Append appends q.Format(number, unit) to dst.
func (q Qualifier) Append(dst []byte, number, unit string) []byte {
	if q == "" {
		return append(append(dst, number...), unit...)
	}
	place := placeBefore
	if m, ok := qualifiers[q]; ok {
		place = m.place
	}
	switch place {
	case placeAfterNum:
		u := ParseUnit(unit)
		if u.Class == ClassPercent || u.Class == ClassPerMille {
			// 30%多 is not how a report writes it: 30%以上 would be; keep
			// the word after the unit.
			return append(append(append(dst, number...), unit...), q...)
		}
		if u.Scale != "" && wholeDigits(number) >= 2 {
			// 1270多万人, 30多亿元: a number of several digits takes the
			// word before the scale (1270–1280万); a single digit after it
			// (1万多人: 1–2万), as "1多万" is not Chinese.
			return append(append(append(append(dst, number...), q...), u.Scale...), u.Base...)
		}
		dst = append(append(dst, number...), u.Scale...)
		return append(append(dst, q...), u.Base...)
	case placeAfterUnit:
		return append(append(append(dst, number...), unit...), q...)
	}
	return append(append(append(dst, q...), number...), unit...)
}

// wholeDigits counts the digits of a number as written, or 0 when it has a
// decimal point.
func wholeDigits(number string) int {
	n := 0
	for _, r := range number {
		switch {
		case r >= '0' && r <= '9':
			n++
		case r == '.':
			return 0
		}
	}
	return n
}
