package xxgk

import (
	"regexp"
	"strconv"
	"strings"
)

// ProseFigure is a figure the report's text states about its tables:
// "全市共受理政府信息公开申请3119件" is Measure R1 (R1·C7), Value 3119.
type ProseFigure struct {
	Measure string  // what it counts: a Measure constant
	Value   float64 // the figure
	Phrase  string  // the words it was read from
	Line    int     // the source line, 0 unknown

	Share     string // a stated share "45.3" (占45.3%), "" none
	Change    string // a stated 同比 change in percent, "16.13" or "-12.3", "" none
	ChangeRaw string // the change as written ("同比增长16.13%")
}

// Measures: the T3 figure a phrase states. Each is a sum of C7 cells.
const (
	MeasureNew       = "R1"        // 受理、收到、新收
	MeasureHandled   = "R1+R2"     // 收办、办理（含上年结转）
	MeasureCarryIn   = "R2"        // 上年结转
	MeasureAnswered  = "R3.7"      // 答复、办结
	MeasureCarryOut  = "R4"        // 结转下年、顺延
	MeasureOpen      = "R3.1"      // 予以公开
	MeasurePartial   = "R3.2"      // 部分公开
	MeasureOpenOrPt  = "R3.1+R3.2" // 予以公开或部分公开
	MeasureWithheld  = "R3.3"      // 不予公开 (group sum)
	MeasureCannot    = "R3.4"      // 无法提供
	MeasureNotHandle = "R3.5"      // 不予处理
	MeasureOther     = "R3.6"      // 其他处理
)

// MeasureName is the Chinese name of a measure in messages.
func MeasureName(m string) string {
	switch m {
	case MeasureNew:
		return "本年新收申请（R1·C7）"
	case MeasureHandled:
		return "收办申请（新收加上年结转，R1+R2·C7）"
	case MeasureCarryIn:
		return "上年结转申请（R2·C7）"
	case MeasureAnswered:
		return "办理结果总计（R3.7·C7）"
	case MeasureCarryOut:
		return "结转下年度继续办理（R4·C7）"
	case MeasureOpen:
		return "予以公开（R3.1·C7）"
	case MeasurePartial:
		return "部分公开（R3.2·C7）"
	case MeasureOpenOrPt:
		return "予以公开和部分公开（R3.1+R3.2·C7）"
	case MeasureWithheld:
		return "不予公开合计（R3.3·C7）"
	case MeasureCannot:
		return "无法提供合计（R3.4·C7）"
	case MeasureNotHandle:
		return "不予处理合计（R3.5·C7）"
	case MeasureOther:
		return "其他处理合计（R3.6·C7）"
	}
	return m
}

// MeasureValue returns a measure's value in the report's T3, and whether
// the cells it needs are there.
func (r *Report) MeasureValue(m string) (float64, bool) {
	var sum float64
	for _, part := range strings.Split(m, "+") {
		rows := GroupRows(r.T3Format, part)
		if len(rows) == 0 {
			return 0, false
		}
		for _, id := range rows {
			v, ok := r.Cell(id, 7)
			if !ok {
				return 0, false
			}
			sum += v.Num
		}
	}
	return sum, true
}

// proseRule reads one kind of phrase: its pattern's last group is the
// figure.
type proseRule struct {
	measure string
	re      *regexp.Regexp
}

// Rules for the phrases of 一、总体情况, most specific first (one function
// of the text per rule: RuleHandled, RuleCarryIn … in proseRules' order);
// a group before 答复 so that "予以公开答复966件" is the group's.
var proseRules = []proseRule{
	RuleHandled(), RuleCarryIn(), RuleCarryOut(), RuleGroups(), RuleAnswered(), RuleNew(),
}

// RuleHandled reads 收办 (new and carried over): "收办政府信息公开申请
// 130件", "共收到和办理（含上年结转）申请130件".
func RuleHandled() proseRule {
	return proseRule{MeasureHandled, regexp.MustCompile(`(?:收办|收到和办理|收到并办理|受理和办理|办理[（(]含上年(?:度)?结转[）)])[^，,。；;0-9]{0,24}?(\d+)件`)}
}

// RuleCarryIn reads the applications carried over from last year: "含上年度
// 结转申请34件".
func RuleCarryIn() proseRule {
	return proseRule{MeasureCarryIn, regexp.MustCompile(`上一?年(?:度)?(?:结转|转结)(?:的)?(?:政府)?(?:信息)?(?:公开)?(?:申请)?(\d+)件`)}
}

// RuleCarryOut reads the applications carried into next year: "另有103件
// 顺延到下年度答复", "结转下年度继续办理5件".
func RuleCarryOut() proseRule {
	return proseRule{MeasureCarryOut, regexp.MustCompile(`(?:(\d+)件(?:申请)?(?:顺延|结转)(?:到|至)?下一?年|(?:顺延|结转)(?:到|至)?下一?年(?:度)?(?:继续)?(?:办理|答复)?[^，,。；;0-9]{0,6}?(\d+)件)`)}
}

// RuleAnswered reads the applications answered: "答复3050件", "办结
// 申请95件".
func RuleAnswered() proseRule {
	return proseRule{MeasureAnswered, regexp.MustCompile(`(?:答复|办结|办理完毕|已办理)[^，,。；;0-9（(]{0,12}?(\d+)件`)}
}

// RuleNew reads the new applications: "受理政府信息公开申请3119件",
// "收到政府信息公开申请21件", "新收…申请".
func RuleNew() proseRule {
	return proseRule{MeasureNew, regexp.MustCompile(`(?:受理|收到|新收|接收)[^，,。；;0-9]{0,20}?申请(?:公开)?(?:件)?(?:共|总数|数量|总量)?(?:为|达)?(\d+)件`)}
}

// RuleGroups reads a result group: "予以公开或部分公开59件、占45.3%",
// "不予公开3件".
func RuleGroups() proseRule {
	return proseRule{"group", regexp.MustCompile(`((?:予以|同意)公开(?:或|及|和|、|或者)部分公开|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)(?:的)?(?:答复)?(?:申请)?(?:共|合计|共计)?(\d+)件`)}
}

var groupMeasure = map[string]string{
	"予以公开或部分公开": MeasureOpenOrPt, "予以公开": MeasureOpen, "部分公开": MeasurePartial,
	"不予公开": MeasureWithheld, "无法提供": MeasureCannot, "不予处理": MeasureNotHandle, "其他处理": MeasureOther,
}

var (
	reShare  = regexp.MustCompile(`^[，、,]?(?:占|占比|占比为|占总数的|占全部申请的|公开率为|公开率)(\d+(?:\.\d+)?)%`)
	reChange = regexp.MustCompile(`(?:同比|(?:较|比)(?:去年|上年|上一年|\d{4}年)(?:同期)?)(增长|上升|增加|下降|减少|回落)(\d+(?:\.\d+)?)%`)
	// words that make a figure not about information-disclosure applications
	reOffTopic = regexp.MustCompile(`复议|诉讼|信访|举报|投诉|依申请公开目录`)
)

// ProseFigures reads the figures a line of prose states about T3. Only
// sentences about applications (申请) count, and never those about
// 复议 or 诉讼.
func ProseFigures(line string, ln int) []ProseFigure {
	var out []ProseFigure
	for _, sent := range splitSentences(foldFigures(line)) {
		if !strings.Contains(sent, "申请") && !strings.Contains(sent, "公开") {
			continue
		}
		taken := make([]bool, len(sent))
		var figs []ProseFigure
		var at []int
		for _, rule := range proseRules {
			for _, m := range rule.re.FindAllStringSubmatchIndex(sent, -1) {
				if overlaps(taken, m[0], m[1]) {
					continue
				}
				if reOffTopic.MatchString(sent[m[0]:m[1]]) || offTopicBefore(sent, m[0]) {
					continue
				}
				// the figure is the last group that matched
				num := ""
				for g := len(m)/2 - 1; g >= 1; g-- {
					if m[2*g] >= 0 {
						num = sent[m[2*g]:m[2*g+1]]
						break
					}
				}
				v, err := strconv.ParseFloat(num, 64)
				if err != nil {
					continue
				}
				measure := rule.measure
				if measure == "group" {
					g := sent[m[2]:m[3]]
					if strings.HasSuffix(g, "部分公开") && len(g) > len("部分公开") {
						g = "予以公开或部分公开"
					}
					measure = groupMeasure[g]
				}
				f := ProseFigure{Measure: measure, Value: v, Phrase: sent[m[0]:m[1]], Line: ln}
				if sm := reShare.FindStringSubmatch(sent[m[1]:]); sm != nil {
					f.Share = sm[1]
				}
				for i := m[0]; i < m[1]; i++ {
					taken[i] = true
				}
				figs = append(figs, f)
				at = append(at, m[1])
			}
		}
		// A stated change belongs to the nearest figure before it.
		for _, cm := range reChange.FindAllStringSubmatchIndex(sent, -1) {
			best := -1
			for i, end := range at {
				if end <= cm[0] && (best < 0 || end > at[best]) {
					best = i
				}
			}
			if best < 0 || figs[best].Change != "" {
				continue
			}
			verb, num := sent[cm[2]:cm[3]], sent[cm[4]:cm[5]]
			if verb == "下降" || verb == "减少" || verb == "回落" {
				num = "-" + num
			}
			figs[best].Change, figs[best].ChangeRaw = num, sent[cm[0]:cm[1]]
		}
		// in the order they appear
		sortByPos(figs, at)
		out = append(out, figs...)
	}
	return out
}

func overlaps(taken []bool, a, b int) bool {
	for i := a; i < b; i++ {
		if taken[i] {
			return true
		}
	}
	return false
}

// offTopicBefore reports whether the clause before position i is about
// 复议/诉讼 (收到行政复议申请3件).
func offTopicBefore(s string, i int) bool {
	start := strings.LastIndexAny(s[:i], "，,；;")
	if start < 0 {
		start = 0
	}
	return reOffTopic.MatchString(s[start:i])
}

func sortByPos(figs []ProseFigure, at []int) {
	for i := 1; i < len(figs); i++ {
		for j := i; j > 0 && at[j] < at[j-1]; j-- {
			figs[j], figs[j-1] = figs[j-1], figs[j]
			at[j], at[j-1] = at[j-1], at[j]
		}
	}
}

func splitSentences(s string) []string {
	// "；" separates the items of one statistical sentence: not a break
	return strings.FieldsFunc(s, func(r rune) bool { return r == '。' || r == '!' || r == '！' })
}

// foldFigures folds full-width digits, '．' and '％' to half-width, leaving
// the punctuation (，；（）) the rules read as written.
func foldFigures(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r == '．':
			return '.'
		case r == '％':
			return '%'
		}
		return r
	}, s)
}
