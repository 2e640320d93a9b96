package analysis

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// UnitClass is what sort of quantity a unit's base measures (SPEC §7). It
// decides how changes are computed and said, and which consistency rules
// apply: whole-number rules only for unscaled counts, bounds only for
// proportions.
type UnitClass uint8

// The base classes of SPEC §7. The zero value, ClassAuto, means "derive the
// class from the name and unit" (see ClassOf).
const (
	ClassAuto       UnitClass = iota // derive from name and unit
	ClassMeasure                     // continuous: 吨 亩 公顷 平方米 天 小时 …; also any unknown unit
	ClassCount                       // discrete things: 户 件 宗 项 个 人 人次 …
	ClassAmount                      // money: 元 美元 港元 欧元
	ClassProportion                  // % of a whole: 占比 比重 覆盖率 网办率; bounded to [0, 100]
	ClassPercent                     // % that is not a proportion: 增速 增长率 完成预算的103%; unbounded
	ClassPerMille                    // ‰: 出生率, 自然增长率; changes in 千分点
	ClassRatio                       // per unit: 元/股 元/人 人/10万人口; also 倍
	ClassIndex                       // index or score: 分, 指数 (上年=100), 点
)

var classNames = [...]string{"auto", "measure", "count", "amount", "proportion", "percent", "permille", "ratio", "index"}

// String returns the class's name as used in CSV and JSON outputs
// ("measure", "count", "amount", "proportion", "percent", "permille",
// "ratio", "index"; "auto" for ClassAuto).
func (c UnitClass) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return fmt.Sprintf("UnitClass(%d)", c)
}

// ParseUnitClass is the inverse of UnitClass.String. The empty string and
// "auto" are ClassAuto.
func ParseUnitClass(s string) (UnitClass, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return ClassAuto, nil
	}
	for i, n := range classNames {
		if n == s {
			return UnitClass(i), nil
		}
	}
	return ClassAuto, fmt.Errorf("unknown unit class %q (want measure, count, amount, proportion, percent, permille, ratio or index)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (c UnitClass) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *UnitClass) UnmarshalText(b []byte) error {
	v, err := ParseUnitClass(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// IsPercentLike reports whether changes of the class are differences in
// points (百分点 for % classes, 千分点 for ‰), never percent growth.
func (c UnitClass) IsPercentLike() bool {
	return c == ClassProportion || c == ClassPercent || c == ClassPerMille
}

// Unit is a unit as written, split into an optional scale and a base
// (SPEC §7): 万户 = 万 × 户, 亿元 = 亿 × 元, 千公顷 = 千 × 公顷. A Unit is
// comparable with another of the same base whatever their scales
// (1.2亿元 = 12000万元, see ConvertScale).
type Unit struct {
	Text   string    // as written, trimmed: "万户"
	Scale  string    // the scale prefix: "万"; "" when none
	Factor float64   // the scale's multiplier: 10000; 1 when there is no scale
	Base   string    // what is counted or measured: "户"; "" for a bare number
	Class  UnitClass // the class of the base; % is ClassPercent (ClassOf knows the name)
}

// Scaled reports whether the unit has a scale prefix (万户, 亿元): such
// figures are rounded and never whole-number counts.
func (u Unit) Scaled() bool { return u.Scale != "" }

// SameBase reports whether figures in u and v can be compared after
// converting scales: the bases are equal (万元 and 亿元, 户 and 万户).
func (u Unit) SameBase(v Unit) bool { return u.Base == v.Base && u.Class == v.Class }

// scales are the scale prefixes, longest first so that 万亿 wins over 万.
var scales = []struct {
	prefix string
	factor float64
}{
	{"万亿", 1e12}, {"千亿", 1e11}, {"百亿", 1e10}, {"十亿", 1e9},
	{"千万", 1e7}, {"百万", 1e6}, {"十万", 1e5},
	{"亿", 1e8}, {"万", 1e4}, {"千", 1e3}, {"百", 1e2}, {"十", 10},
}

// scaleLikeBases begin with a scale character and are bases all the same.
var scaleLikeBases = []string{
	"千克", "千米", "千瓦时", "千瓦", "千卡", "千焦", "千帕", "千伏", "千兆", "千分点",
	"百分点", "百分比", "十亿分之一", "万分之一", "千分之一", "百分之一",
}

var countBases = set("户 件 宗 项 个 家 人 人次 名 批 条 份 台 辆 所 张 起 场 次 例 床 " +
	"家次 户次 件次 人口 位 座 栋 幢 套 间 处 只 头 匹 口 部 本 册 篇 部 艘 架 列 株 棵 支 把 块 片 期 届 " +
	"班 校 园 站 点位 个次 批次 场次 车次 架次 亿人次 万人次 起次 员 对 门 票 单 封 首 集 款 类 笔 宗次 户数 人数")

var measureBases = set("吨 斤 担 亩 公顷 平方米 立方米 公里 千米 米 厘米 毫米 千瓦时 千瓦 瓦 度 天 日 小时 分钟 秒 岁 " +
	"标准箱 千克 公斤 克 升 毫升 平方公里 平方千米 年 月 周 标准煤 吨标准煤 吨公里 人公里 延长米 标箱 TEU 吨标煤 " +
	"兆瓦 千伏安 立方 方")

var amountBases = set("元 美元 港元 欧元 日元 英镑 澳门元 人民币 美金 元人民币")

var indexBases = set("分 指数 点")

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// ParseUnit splits a unit as written into scale and base and classifies the
// base (SPEC §7). Scales are 十 百 千 万 十万 百万 千万 亿 万亿 (and 十亿 百亿
// 千亿); bases that begin with a scale character stay bases (千克 千米 千瓦
// 千瓦时, 百分点). A unit with "/" or "每" is a per-unit ratio (元/股,
// 人/10万人口, 万元/人), its scale read from the numerator. "%" and "％" are
// ClassPercent (ClassOf decides whether a name makes them a proportion), "‰"
// ClassPerMille, 倍 a ratio, 分 指数 点 an index. Unknown units are measures.
func ParseUnit(s string) Unit {
	if u, ok := unitCache.Load(s); ok {
		return u.(Unit)
	}
	u := parseUnit(s)
	if unitCacheLen.Add(1) <= maxUnitCache {
		unitCache.Store(s, u)
	}
	return u
}

// unitCache memoises ParseUnit: a report has a few dozen distinct units and
// the checks ask for them per value. It stops growing at maxUnitCache
// entries, so hostile input with endless distinct units cannot fill memory.
var (
	unitCache    sync.Map
	unitCacheLen atomic.Int64
)

const maxUnitCache = 4096

func parseUnit(s string) Unit {
	t := strings.TrimSpace(s)
	u := Unit{Text: t, Factor: 1}
	switch t {
	case "":
		u.Class = ClassMeasure
		return u
	case "%", "％", "百分比", "percent", "百分点", "个百分点":
		u.Base, u.Class = t, ClassPercent
		return u
	case "‰", "千分点", "个千分点", "permille":
		u.Base, u.Class = t, ClassPerMille
		return u
	case "倍":
		u.Base, u.Class = t, ClassRatio
		return u
	}
	u.Scale, u.Factor, u.Base = splitScale(t)
	num := u.Base
	if i := strings.IndexAny(num, "/／"); i >= 0 || strings.Contains(num, "每") {
		u.Class = ClassRatio
		return u
	}
	switch {
	case countBases[num]:
		u.Class = ClassCount
	case amountBases[num] || strings.HasSuffix(num, "元") && num != "万元户":
		u.Class = ClassAmount
	case indexBases[num]:
		u.Class = ClassIndex
	default:
		u.Class = ClassMeasure
	}
	return u
}

// splitScale cuts the scale prefix off a unit, unless the unit is a base
// that begins with a scale character.
func splitScale(t string) (scale string, factor float64, base string) {
	for _, b := range scaleLikeBases {
		if strings.HasPrefix(t, b) {
			return "", 1, t
		}
	}
	for _, sc := range scales {
		if rest, ok := strings.CutPrefix(t, sc.prefix); ok {
			return sc.prefix, sc.factor, rest
		}
	}
	return "", 1, t
}

// ScaleFactor returns the multiplier of a scale prefix ("万" → 10000), and
// false for a string that is not a scale.
func ScaleFactor(scale string) (float64, bool) {
	if scale == "" {
		return 1, true
	}
	for _, sc := range scales {
		if sc.prefix == scale {
			return sc.factor, true
		}
	}
	return 0, false
}

// ConvertScale converts v written in unit from to unit to (1.2 亿元 →
// 12000 万元). It reports false when the two units do not share a base.
// The result is rounded to 15 significant digits, so that 1.2 × 10⁸ / 10⁴
// is 12000 and not 12000.000000000002.
func ConvertScale(v float64, from, to Unit) (float64, bool) {
	if !from.SameBase(to) || from.Factor == 0 || to.Factor == 0 {
		return 0, false
	}
	if from.Factor == to.Factor {
		return v, true
	}
	var r float64
	if from.Factor < to.Factor {
		r = v / (to.Factor / from.Factor)
	} else {
		r = v * (from.Factor / to.Factor)
	}
	return round15(r), true
}

// notProportionWords make a % figure a percent that is not a share of a
// whole: a growth, a change of price, an achievement of a plan, a return.
var notProportionWords = []string{
	"增长率", "增速", "增幅", "涨幅", "降幅", "跌幅", "增长", "下降", "上涨", "下跌", "回落", "提高", "减少",
	"增加", "降低", "完成", "收益率", "利润率", "回报率", "利率", "通胀", "价格指数", "变动", "变化",
	"超额", "同比", "环比", "弹性", "贡献率", "拉动", "产销率", "执行率", "达成率", "兑现率", "周转率",
	"换手率", "溢价率", "增值", "到位率",
}

// saysNotProportion reports whether a name holds a word of
// notProportionWords.
func saysNotProportion(name string) bool {
	// 增加值 (value added) is an aggregate, not an increase: 第二产业增加值
	// 比重 is a share.
	name = strings.ReplaceAll(name, "增加值", "")
	for _, w := range notProportionWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// proportionWords make a % figure a proportion of a whole.
var proportionWords = []string{"率", "占比", "比重", "比例", "份额", "占", "覆盖面", "普及", "满意度", "达标", "合格", "渗透"}

// ClassOf derives an indicator's class from its name and unit (SPEC §7).
// For % the name decides: a proportion when it names a share or rate of a
// whole (占比, 比重, 覆盖率, 网办率, 纠错率 …), a percent that is not a
// proportion when it names a growth, a price change or an achievement
// (增长率, 增速, 上涨, 完成…的%), and a percent when it says neither. ‰ is
// always per-mille (自然增长率 may be negative). Other units are classed
// by ParseUnit.
func ClassOf(name, unit string) UnitClass {
	u := ParseUnit(unit)
	if u.Class != ClassPercent || u.Base == "百分点" || u.Base == "个百分点" {
		return u.Class
	}
	if IsProportionName(name) {
		return ClassProportion
	}
	return ClassPercent
}

// IsProportionName reports whether an indicator's name says that its %
// figure is a share or rate of a whole (网办率, 即办件占比, 第三产业比重)
// rather than a growth or achievement (增长率, 增速, 完成预算的%).
func IsProportionName(name string) bool {
	if saysNotProportion(name) {
		return false
	}
	for _, w := range proportionWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// KindOfClass maps a class to the coarse Kind that older code and the
// renderers use: %, ‰ → KindRate; index → KindScore; an unscaled count →
// KindCount (a whole number); everything else (amounts, measures, ratios,
// scaled counts such as 449.5万户) → KindAmount, a quantity shown as given.
func KindOfClass(c UnitClass, scaled bool) Kind {
	switch c {
	case ClassProportion, ClassPercent, ClassPerMille:
		return KindRate
	case ClassIndex:
		return KindScore
	case ClassCount:
		if !scaled {
			return KindCount
		}
	}
	return KindAmount
}

// classOfKind is the class a user's explicit Kind stands for.
func classOfKind(k Kind, name, unit string) UnitClass {
	switch k {
	case KindRate:
		// SPEC §2: a rate is a proportion, unless its name says it is a
		// growth or an achievement, or its unit is ‰.
		if c := ClassOf(name, unit); c == ClassPerMille || c == ClassPercent && saysNotProportion(name) {
			return c
		}
		return ClassProportion
	case KindCount:
		return ClassCount
	case KindAmount:
		return ClassAmount
	case KindScore:
		return ClassIndex
	}
	return ClassOf(name, unit)
}

// EffectiveClass is Class when set; else the class of an explicit Kind;
// else the class derived from Name and Unit (ClassOf).
func (ind *Indicator) EffectiveClass() UnitClass {
	if ind.Class != ClassAuto {
		return ind.Class
	}
	if ind.Kind != KindAuto {
		return classOfKind(ind.Kind, ind.Name, ind.Unit)
	}
	return ClassOf(ind.Name, ind.Unit)
}

// ParsedUnit returns ParseUnit(ind.Unit) with Class set to the indicator's
// effective class.
func (ind *Indicator) ParsedUnit() Unit {
	u := ParseUnit(ind.Unit)
	u.Class = ind.EffectiveClass()
	return u
}

// WholeNumbers reports whether the indicator's values must be whole
// numbers: an unscaled count (28716户), never 449.5万户, a measure or an
// amount (SPEC §7).
//
// An average or a figure per head (人均结案483.99件, 平均每天…) is not a
// count of things even in a count unit, unless the user set the class.
func (ind *Indicator) WholeNumbers() bool {
	if ind.EffectiveClass() != ClassCount || ParseUnit(ind.Unit).Scaled() {
		return false
	}
	return ind.Class == ClassCount || ind.Kind == KindCount || !IsAverageName(ind.Name)
}

// averageWords mark an average or a figure per unit in a name.
var averageWords = []string{"人均", "平均", "户均", "年均", "日均", "月均", "场均", "均值", "每人", "每天", "每万", "每千", "每百"}

// IsAverageName reports whether a name says its figure is an average or a
// figure per unit (一线法官人均结案, 日均办件量), which need not be whole.
func IsAverageName(name string) bool {
	for _, w := range averageWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// round15 rounds v to 15 significant digits, the precision of a value as
// written, dropping the binary noise of a multiplication.
func round15(v float64) float64 {
	if !finite(v) {
		return v
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		return v
	}
	return r
}
