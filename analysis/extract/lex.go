package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// digitAt reports the decimal digit at s[i] (ASCII or full-width) and its
// byte length; n == 0 when there is none.
func digitAt(s string, i int) (d int, n int) {
	if i >= len(s) {
		return 0, 0
	}
	c := s[i]
	if c >= '0' && c <= '9' {
		return int(c - '0'), 1
	}
	// Full-width digits U+FF10..U+FF19 are EF BC 90..99.
	if c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
		return int(s[i+2] - 0x90), 3
	}
	return 0, 0
}

// runeAt is utf8.DecodeRuneInString(s), with the three-byte characters
// of Chinese text (lead bytes E1–EC, EE, EF: Han, CJK punctuation,
// full-width forms) decoded by a shorter path than the utf8 package's.
func runeAt(s string) (r rune, size int) {
	if s != "" && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	} else {
		r, size = multiByteRuneAt(s) // written as utf8.DecodeRuneInString is, to be inlined
	}
	return
}

// multiByteRuneAt is runeAt for a text that does not start with ASCII.
func multiByteRuneAt(s string) (rune, int) {
	if len(s) >= 3 {
		if c := s[0]; (c >= 0xE1 && c <= 0xEC || c >= 0xEE) && c <= 0xEF && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s)
}

// lastRuneOf is utf8.DecodeLastRuneInString, the three-byte sequences
// (the Han characters and the full-width marks) put together inline as
// multiByteRuneAt does: the same rune and size for any s.
func lastRuneOf(s string) (rune, int) {
	if n := len(s); n >= 3 {
		if c := s[n-3]; (c >= 0xE1 && c <= 0xEC || c >= 0xEE) && c <= 0xEF && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F), 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// isDigitAt reports whether a digit starts at s[i].
func isDigitAt(s string, i int) bool {
	_, n := digitAt(s, i)
	return n > 0
}

// decimalPointAt returns the byte length of a decimal point at s[i]: "." or
// the full-width "．", or the small "﹒" of Hong Kong news copy (升11﹒47%).
func decimalPointAt(s string, i int) int {
	if i < len(s) && s[i] == '.' {
		return 1
	}
	if strings.HasPrefix(s[i:], "．") {
		return len("．")
	}
	if strings.HasPrefix(s[i:], "﹒") {
		return len("﹒")
	}
	return 0
}

// number is a numeral read from the text.
type number struct {
	start, end int     // byte span of the digits
	value      float64 // value as written (no sign)
	decimals   int     // digits after the decimal point
	intDigits  int     // digits before the decimal point
	leadZero   bool    // an integer written with a leading zero (0506): a code
	chinese    bool    // written in Chinese numerals (两次)
}

// maxDigits bounds the digits of a number; longer runs are codes.
const maxDigits = 40

// scanNumber reads an Arabic numeral at s[i]: digits, thousands separators
// ("110,894.68": an ASCII comma followed by exactly three digits, only after
// a first group of at most three digits) and one decimal point. The value
// is the float64 nearest the decimal as written.
func scanNumber(s string, i int) (number, bool) {
	if num, ok := plainNumber(s, i); ok {
		return num, true
	}
	return scanAnyNumber(s, i)
}

// scanAnyNumber is scanNumber without plainNumber's shortcut.
func scanAnyNumber(s string, i int) (number, bool) {
	num := number{start: i}
	var buf [maxDigits + 2]byte
	nb := 0
	plain := true // only ASCII digits and at most one '.': parse s directly
	j := i
	group := 0
	sawSep := false
	for {
		d, n := digitAt(s, j)
		if n > 0 {
			if nb < maxDigits {
				buf[nb] = byte('0' + d)
			}
			nb++
			if n > 1 {
				plain = false
			}
			num.intDigits++
			group++
			j += n
			continue
		}
		if sp := digitGroupSpace(s, j); sp > 0 && group > 0 && (sawSep && group == 3 || !sawSep && group <= 3) && (sawSep || !spacedColumns(s, j+sp)) {
			// 321 146件, 1 234.5亿元: a space between digit groups.
			sawSep = true
			plain = false
			group = 0
			j += sp
			continue
		}
		if j < len(s) && s[j] == ',' && group > 0 && (sawSep && group == 3 || !sawSep && group <= 3) {
			// A thousands separator needs exactly three digits after it.
			k := j + 1
			cnt := 0
			for cnt < 4 {
				_, n := digitAt(s, k)
				if n == 0 {
					break
				}
				k += n
				cnt++
			}
			if cnt == 3 {
				sawSep = true
				plain = false
				group = 0
				j++
				continue
			}
		}
		break
	}
	if num.intDigits == 0 || sawSep && group != 3 {
		return num, false
	}
	if sawSep && j+1 < len(s) && s[j] == ',' && isDigitAt(s, j+1) {
		// 1,234,5678: the grouping breaks off; no number we can read.
		return num, false
	}
	num.leadZero = num.intDigits > 1 && buf[0] == '0'
	end := j
	if p := decimalPointAt(s, j); p > 0 && isDigitAt(s, j+p) {
		if p > 1 {
			plain = false
		}
		if nb < maxDigits {
			buf[nb] = '.'
		}
		nb++
		j += p
		for {
			d, n := digitAt(s, j)
			if n == 0 {
				break
			}
			if nb < maxDigits {
				buf[nb] = byte('0' + d)
			}
			nb++
			if n > 1 {
				plain = false
			}
			num.decimals++
			j += n
		}
		end = j
		num.leadZero = false
	}
	if nb > maxDigits {
		return num, false
	}
	num.end = end
	if v, ok := exactDecimal(buf[:nb], num.intDigits+num.decimals, num.decimals); ok {
		num.value = v
		return num, true
	}
	var v float64
	var err error
	if plain {
		v, err = strconv.ParseFloat(s[i:end], 64)
	} else {
		v, err = strconv.ParseFloat(string(buf[:nb]), 64)
	}
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return num, false
	}
	num.value = v
	return num, true
}

// exactDecimal is strconv.ParseFloat of the digits and point in b (digits
// of them, decimals after the point) when there are at most 15 digits: the
// digits as an integer are then exact in a float64, as is the power of ten,
// and one division rounds the quotient correctly, as ParseFloat does. ok is
// false for more digits.
func exactDecimal(b []byte, digits, decimals int) (float64, bool) {
	if digits > 15 {
		return 0, false
	}
	var m uint64
	for _, c := range b {
		if c != '.' {
			m = m*10 + uint64(c-'0')
		}
	}
	v := float64(m)
	if decimals > 0 {
		v /= exactPow10[decimals]
	}
	return v, true
}

// exactPow10 are the powers of ten exactDecimal divides by.
var exactPow10 = [16]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// digitGroupSpace is the rule for digit groups separated by a space (321
// 146件, 1 234.5亿元, 2 345 678万元): at s[j] one space, thin space
// (U+2009), narrow no-break space (U+202F) or no-break space (U+00A0)
// followed by exactly three digits and then no further digit. It returns
// the separator's byte length, 0 when s[j] is no such separator. The caller
// allows it only after a first group of one to three digits and between
// groups of exactly three, so 2023 年 15 个 and 2023 15个 stay apart.
func digitGroupSpace(s string, j int) int {
	if j >= len(s) {
		return 0
	}
	var sp int
	switch {
	case s[j] == ' ':
		sp = 1
	case strings.HasPrefix(s[j:], "\u2009"), strings.HasPrefix(s[j:], "\u202f"):
		sp = 3
	case strings.HasPrefix(s[j:], "\u00a0"):
		sp = 2
	default:
		return 0
	}
	k := j + sp
	for cnt := 0; cnt < 3; cnt++ {
		_, n := digitAt(s, k)
		if n == 0 {
			return 0
		}
		k += n
	}
	if isDigitAt(s, k) {
		return 0
	}
	return sp
}

// spacedColumns reports whether the digits at s[k] are the first of several
// numbers set apart by spaces (a text table's row, 12 345 678 9.1, or a
// list of counts 1 234 5): when, after the three-digit group at k and any
// further space-separated three-digit groups, another space and a digit
// follow, the spaces separate columns, not digit groups.
func spacedColumns(s string, k int) bool {
	for {
		for cnt := 0; cnt < 3; cnt++ {
			_, n := digitAt(s, k)
			k += n
		}
		if p := decimalPointAt(s, k); p > 0 && isDigitAt(s, k+p) {
			k += p
			for isDigitAt(s, k) {
				_, n := digitAt(s, k)
				k += n
			}
		}
		sp := 0
		if k < len(s) && s[k] == ' ' {
			sp = 1
		}
		if sp == 0 {
			return false
		}
		if digitGroupSpace(s, k) > 0 {
			k += sp
			continue
		}
		// A space then another number: columns.
		for k < len(s) && s[k] == ' ' {
			k++
		}
		return isDigitAt(s, k)
	}
}

// cnDigit returns the value of a Chinese digit character.
func cnDigit(r rune) (int, bool) {
	switch r {
	case '零', '〇':
		return 0, true
	case '一':
		return 1, true
	case '二', '两':
		return 2, true
	case '三':
		return 3, true
	case '四':
		return 4, true
	case '五':
		return 5, true
	case '六':
		return 6, true
	case '七':
		return 7, true
	case '八':
		return 8, true
	case '九':
		return 9, true
	}
	return 0, false
}

// cnNumeralLen returns the byte length of the run of Chinese digits and 十
// at the start of t (the 十九 of 十九届, the 三 of 三是).
func cnNumeralLen(t string) int {
	j := 0
	for j < len(t) {
		r, n := utf8.DecodeRuneInString(t[j:])
		if _, ok := cnDigit(r); !ok && r != '十' {
			break
		}
		j += n
	}
	return j
}

// cnUnit returns the value of 十, 百 or 千.
func cnUnit(r rune) (int, bool) {
	switch r {
	case '十':
		return 10, true
	case '百':
		return 100, true
	case '千':
		return 1000, true
	}
	return 0, false
}

// isCNNumeral reports whether r is a Chinese numeral character.
func isCNNumeral(r rune) bool {
	if r < '〇' {
		return false
	}
	if _, ok := cnDigit(r); ok {
		return true
	}
	_, ok := cnUnit(r)
	return ok || r == '万'
}

// scanChinese reads a Chinese numeral (两, 十二, 三百五十) at s[i]. It does
// not read 万 or 亿, which are left to the unit (scale) reader.
func scanChinese(s string, i int) (number, bool) {
	num := number{start: i, chinese: true}
	j := i
	total, cur := 0, 0
	seen := false
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if d, ok := cnDigit(r); ok {
			cur = cur*10 + d
			if cur > 1e6 {
				return num, false
			}
			seen = true
			j += n
			continue
		}
		if u, ok := cnUnit(r); ok {
			if cur == 0 {
				cur = 1
			}
			total += cur * u
			cur = 0
			seen = true
			j += n
			continue
		}
		break
	}
	if !seen || j == i+len("千") && strings.HasPrefix(s[i:], "千") && unitPrefixed(s[j:]) {
		return num, false // 单产:千克: the unit's prefix, no number
	}
	num.end = j
	num.value = float64(total + cur)
	return num, true
}

// unitPrefixed reports a text that starts with a unit 千 is the metric
// prefix of when no digit stands before it (千克, 千米, 千瓦, 千公顷).
func unitPrefixed(t string) bool {
	for _, u := range []string{"克", "米", "瓦", "伏", "公顷", "公里", "帕", "焦", "卡", "赫"} {
		if strings.HasPrefix(t, u) {
			return true
		}
	}
	return false
}

// breakRune reports whether r ends a clause (a sentence ender is checked
// separately). 、 is a conditional break decided by the caller.
func breakRune(r rune) bool {
	switch r {
	case ',', '，', ';', '；', ':', '：', '、', '\t', ' ', '\u3000', '\u00a0':
		return true
	}
	return false
}

// sentenceEnd reports whether r ends a sentence.
func sentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '\n', '\r', '…':
		return true
	}
	return false
}

// quote pairs: numbers between them are names or codes, not figures.
func openQuote(r rune) (close rune, ok bool) {
	switch r {
	case '“':
		return '”', true
	case '‘':
		return '’', true
	case '《':
		return '》', true
	case '「':
		return '」', true
	case '『':
		return '』', true
	case '〈':
		return '〉', true
	case '"':
		return '"', true
	case '【':
		return '】', true
	}
	return 0, false
}

// isLetter reports an ASCII letter.
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isHan reports a CJK ideograph.
func isHan(r rune) bool {
	switch {
	case r < 0x2E80:
		return false // below the first Han block (TestIsHanQuick)
	case r >= 0x4E00 && r <= 0x9FFF:
		return true // CJK Unified Ideographs, all Han
	}
	return unicode.Is(unicode.Han, r)
}

// hasSuffixAny returns the longest word of ws that s ends with.
func hasSuffixAny(s string, ws []string) string {
	best := ""
	if s == "" {
		return best
	}
	last := s[len(s)-1]
	for _, w := range ws {
		// the last two bytes first: the last byte alone is shared by a
		// 64th of the Chinese characters
		if len(w) > len(best) && len(w) <= len(s) && w[len(w)-1] == last && (len(w) == 1 || w[len(w)-2] == s[len(s)-2]) && s[len(s)-len(w):] == w {
			best = w
		}
	}
	return best
}

// hasPrefixAny returns the longest word of ws that s starts with.
func hasPrefixAny(s string, ws []string) string {
	best := ""
	if s == "" {
		return best
	}
	first := s[0]
	for _, w := range ws {
		// the first two bytes first: a Chinese character's first byte is
		// shared by a sixth of them
		if len(w) > len(best) && len(w) <= len(s) && w[0] == first && (len(w) == 1 || w[1] == s[1]) && s[:len(w)] == w {
			best = w
		}
	}
	return best
}

// Units. Base units are matched longest first; a scale (万, 亿 …) may
// precede a base unit.
var (
	countUnits = []string{
		"户", "件", "项", "条", "个", "人", "人次", "户次", "件次", "场次", "架次", "批次", "车次", "班次", "航次", "批", "宗", "份", "台", "家", "名", "位",
		"次", "期", "处", "所", "间", "座", "辆", "艘", "只", "头", "张", "本", "册", "篇", "场", "起",
		"例", "支", "套", "部", "栋", "幢", "株", "棵", "盏", "根", "块", "单", "笔", "轮", "堂", "门", "卷", "枚", "架", "列", "双",
		"个月", "个工作日", "工作日", "天", "小时", "分钟", "课时", "学时", "周",
		"亩", "公顷", "平方米", "㎡", "平方公里", "平方千米", "立方米", "公里", "千米", "米", "吨", "千克", "公斤",
		"千瓦", "千瓦时", "兆瓦", "兆瓦时", "千伏安", "伏安", "度", "升", "标箱", "标准箱", "箱",
		"斤", "担", "岁", "周岁", "家次", "项次", "辆次", "床", "张床", "克", "毫米", "微克", "毫克", "吨标准煤", "℃", "秒",
		"股",  // shares: 总股本179,261,468股, 1.2亿股
		"部门", // 与25部门共建: 部门 is a word, not 部 and 门
		"尾",  // fish: 投放鱼苗200万尾
	}
	amountUnits = []string{"元", "美元", "港元", "欧元", "港仙"} // 港仙: Hong Kong cents (末期股息每股19.58港仙)
	scoreUnits  = []string{"分"}
	// scales in front of a base unit.
	scales = []string{"万亿", "千万", "百万", "十万", "亿", "万", "千"}
	// classifiers that may be followed by the noun they count (540多个基层党组织).
	nounClassifiers = map[string]bool{
		"个": true, "名": true, "家": true, "位": true, "所": true, "处": true, "项": true, "条": true,
		"件": true, "台": true, "批": true, "宗": true, "份": true, "只": true, "辆": true, "艘": true,
		"座": true, "栋": true, "套": true, "部": true, "户": true, "支": true, "张": true, "本": true,
		"篇": true, "场": true, "起": true, "例": true, "间": true, "株": true, "块": true, "笔": true,
	}
	baseUnits []string // all base units
)

func init() {
	baseUnits = append(baseUnits, countUnits...)
	baseUnits = append(baseUnits, amountUnits...)
	baseUnits = append(baseUnits, scoreUnits...)
	baseLex = newLexicon(baseUnits)
	scaleLex = newLexicon(scales)
}

var baseLex, scaleLex *lexicon

// unitMatch is a unit read after a number.
type unitMatch struct {
	unit   string // as written, without approximation words (万元, 元/股, %)
	end    int    // byte offset after the unit and any approximation suffix
	approx bool   // 多/余/左右/以上 … around the unit
	qual   string // the qualifier as written when approx (多, 余, 左右 …)
	base   string // the base unit (元 for 万元)
	kind   unitKind
	// listEnd is the end of the unit of a list's last number when the
	// number borrows it (listCommaUnit: the 3 of 3,5个); 0 otherwise.
	listEnd int
}

type unitKind uint8

const (
	unitNone unitKind = iota
	unitQuantity
	unitPercent
	unitPP       // 个百分点
	unitMultiple // 倍
)

var approxInfix = []string{"多", "余", "来"}
var approxSuffix = []string{"左右", "上下", "以上", "以下", "以内", "多", "余"}

// readUnit reads the unit after a number ending at i.
func readUnit(s string, i int) unitMatch {
	m := unitMatch{end: i}
	j := i
	// Spaces between a number and its unit ("35 台") are rare; do not skip.
	if w := approxInfixLex.prefix(s[j:]); w != "" {
		// 540多个, 50余次, 3万余人 is handled below (scale first).
		rest := s[j+len(w):]
		if baseLex.prefix(rest) != "" || scaleLex.prefix(rest) != "" || strings.HasPrefix(rest, "倍") {
			m.approx, m.qual = true, w
			j += len(w)
		}
	}
	if strings.HasPrefix(s[j:], " %") || strings.HasPrefix(s[j:], " ％") {
		j++ // 增长1.4 %: a space before the percent sign
	} else if strings.HasPrefix(s[j:], "\n") {
		// 5928\n条: a number whose unit the copy wrapped to the next line.
		k := j + 1
		for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r') {
			k++
		}
		if wrappedUnit(s, k) {
			j = k
		}
	}
	switch {
	case !pointUnitStart(s[j:]):
		fallthrough // none of the cases after default can match
	default:
		b := baseLex.prefix(s[j:])
		if b == "周" && strings.HasPrefix(s[j+len(b):], "年") {
			return unitMatch{end: i} // 70周年 is an anniversary
		}
		if b != "" {
			m.unit, m.base, m.kind = b, b, unitQuantity
			j += len(b)
			break
		}
		sc := scaleLex.prefix(s[j:])
		if sc == "" {
			return unitMatch{end: i}
		}
		k := j + len(sc)
		if w := hasPrefixAny(s[k:], approxInfix); w != "" && baseLex.prefix(s[k+len(w):]) != "" {
			m.approx, m.qual = true, w
			k += len(w)
		}
		b = baseLex.prefix(s[k:])
		if b == "" && strings.HasPrefix(s[k:], "\n") && wrappedUnit(s, k+1) {
			// 316 亿\n元: the base the copy wrapped to the next line.
			k++
			b = baseLex.prefix(s[k:])
		}
		if b == "" && strings.HasPrefix(sc, "千") {
			// 千 alone is not a unit (千瓦 etc. are base units).
			return unitMatch{end: i}
		}
		m.unit, m.base, m.kind = sc+b, b, unitQuantity
		j = k + len(b)
	case strings.HasPrefix(s[j:], "%"):
		m.unit, m.kind, j = "%", unitPercent, j+1
	case strings.HasPrefix(s[j:], "％"):
		m.unit, m.kind, j = "%", unitPercent, j+len("％")
	case strings.HasPrefix(s[j:], "‰"):
		m.unit, m.kind, j = "‰", unitPercent, j+len("‰")
	case strings.HasPrefix(s[j:], "个十万分点"):
		m.unit, m.kind, j = "个十万分点", unitPP, j+len("个十万分点") // a rate per 10万 (孕产妇死亡率15.1/10万) changes in these
	case strings.HasPrefix(s[j:], "十万分点"):
		m.unit, m.kind, j = "个十万分点", unitPP, j+len("十万分点")
	case strings.HasPrefix(s[j:], "个千分点"):
		m.unit, m.kind, j = "个千分点", unitPP, j+len("个千分点")
	case strings.HasPrefix(s[j:], "千分点"):
		m.unit, m.kind, j = "个千分点", unitPP, j+len("千分点")
	case strings.HasPrefix(s[j:], "个基点"):
		m.unit, m.kind, j = "个基点", unitPP, j+len("个基点") // basis points: a rate's change, 0.01 of a point (basisPoints)
	case strings.HasPrefix(s[j:], "基点"):
		m.unit, m.kind, j = "个基点", unitPP, j+len("基点")
	case strings.HasPrefix(s[j:], "个百分点"):
		m.unit, m.kind, j = "个百分点", unitPP, j+len("个百分点")
	case strings.HasPrefix(s[j:], "百分点"):
		m.unit, m.kind, j = "个百分点", unitPP, j+len("百分点")
	case strings.HasPrefix(s[j:], "个百份点") || strings.HasPrefix(s[j:], "百份点"):
		// 下跌2.8个百份点: 份 for 分, as Hong Kong copies write it.
		w := "百份点"
		if strings.HasPrefix(s[j:], "个") {
			w = "个百份点"
		}
		m.unit, m.kind, j = "个百分点", unitPP, j+len(w)
	case strings.HasPrefix(s[j:], "倍"):
		m.unit, m.kind, j = "倍", unitMultiple, j+len("倍")
	}
	// Compound unit: 元/股, 元/吨, 人/万人.
	if m.kind == unitQuantity && m.base != "" && j < len(s) && (s[j] == '/' || strings.HasPrefix(s[j:], "／")) {
		sl := 1
		if s[j] != '/' {
			sl = len("／")
		}
		k := j + sl
		if e := perBaseDenominator(s, k); e > k {
			// 210.5人/10万: a count per a round base.
			m.unit = m.unit + "/" + s[k:e]
			j = e
			goto suffix
		}
		sc := scaleLex.prefix(s[k:])
		b := baseLex.prefix(s[k+len(sc):])
		if b == "" && k+len(sc) < len(s) {
			// Any single ideograph is a denominator: 元/股, 元/人.
			r, n := utf8.DecodeRuneInString(s[k+len(sc):])
			if isHan(r) {
				b = s[k+len(sc) : k+len(sc)+n]
			}
		}
		if b != "" {
			m.unit = m.unit + "/" + sc + b
			j = k + len(sc) + len(b)
		}
	}
suffix:
	if w := hasPrefixAny(s[j:], approxSuffix); w != "" {
		// 3000人以上, 1万元左右, 1000人多; but not 多/余 starting a word (多元化).
		if w != "多" && w != "余" || j+len(w) >= len(s) || !isHanAt(s, j+len(w)) {
			m.approx = true
			m.qual = oneQualifier(m.qual, w) // 1000多人以上: 多
			j += len(w)
		}
	} else if k := detachedQualifier(s, j); k > j {
		m.approx = true
		m.qual = oneQualifier(m.qual, s[k-len("以上"):k])
		j = k
	}
	m.end = j
	return m
}

// detachedQualifiers are the qualifiers written after a value that a copy
// may part from it (detachedQualifier).
var detachedQualifiers = []string{"以上", "以下", "左右"}

// detachedQualifier is the rule for a qualifier after the value that the
// copy parted from it (投资1700亿元(人民币，下同)以上; 完成80%\n以上): after
// the unit at s[j], a line break or a bracketed note without digits, then
// 以上, 以下 or 左右. It returns the end of the qualifier, j when there is
// none. A byte test first: most units end before neither.
func detachedQualifier(s string, j int) int {
	if j >= len(s) || s[j] != '\n' && s[j] != '(' && !strings.HasPrefix(s[j:], "（") {
		return j
	}
	k := j
	if s[j] == '\n' {
		k++
		for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r') {
			k++
		}
	} else {
		e := strings.IndexAny(s[j:min(len(s), j+60)], ")）\n")
		if e < 0 || s[j+e] == '\n' {
			return j
		}
		for i := j + 1; i < j+e; i++ {
			if s[i] >= '0' && s[i] <= '9' {
				return j // (含旧存5件): a note with figures of its own
			}
		}
		k = j + e + 1
		if s[j+e] != ')' {
			k = j + e + len("）")
		}
	}
	if w := hasPrefixAny(s[k:], detachedQualifiers); w != "" {
		return k + len(w)
	}
	return j
}

// pointUnitStart reports whether s starts with the first character of
// one of the units readUnit looks for before the base units (%, ％, ‰,
// 个十万分点, 十万分点, 个千分点, 千分点, 个基点, 基点, 个百分点, 百分点,
// 个百份点, 百份点, 倍): when it does not, readUnit goes to the base units at
// once.
func pointUnitStart(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return s[0] == '%'
	}
	switch r, _ := multiByteRuneAt(s); r {
	case '％', '‰', '个', '十', '千', '基', '百', '倍':
		return true
	}
	return false
}

// wrappedUnit is the rule for a unit the copy wrapped to the next line
// (5928\n条，…, 15.4\n亿元): at s[k], the start of the next line, a base unit
// (perhaps after a scale) that ends
// its word: followed by a break, the end of the text, a qualifier (多, 余,
// 以上, 左右) or anything but an ideograph. A line that starts with a word
// beginning with a unit's character (门诊部 after a table row's last
// number, 件数, 人口) is no unit.
func wrappedUnit(s string, k int) bool {
	b := baseLex.prefix(s[k:])
	if b == "" {
		// 15.4\n亿元: a scale and its base wrapped together.
		if sc := scaleLex.prefix(s[k:]); sc != "" && !strings.HasPrefix(sc, "千") {
			b = baseLex.prefix(s[k+len(sc):])
			if b != "" {
				b = sc + b
			}
		}
	}
	if b == "" {
		return false
	}
	rest := s[k+len(b):]
	if rest == "" || !isHanAt(rest, 0) {
		return true
	}
	return hasPrefixAny(rest, approxSuffix) != ""
}

func isHanAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isHan(r)
}

// runeBefore returns the rune ending at s[:i] and its size.
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return utf8.RuneError, 0
	}
	return lastRuneOf(s[:i])
}
