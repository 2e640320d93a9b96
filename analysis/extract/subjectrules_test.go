package extract

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// subjectCase is a sentence and the subjects of its figures in order,
// written by hand.
type subjectCase struct {
	text string
	want []string
}

// checkSubjects extracts each case and compares the indicators in order.
func checkSubjects(t *testing.T, cases []subjectCase) {
	t.Helper()
	for _, c := range cases {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		var got []string
		for _, f := range figs {
			got = append(got, f.Indicator)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}

func TestInheritSubjectCaseVerbs(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"本院受理各类案件3210件，审结2987件。", []string{"本院受理各类案件", "本院审结案件"}},
		{"全年新收民事案件812件，执结640件。", []string{"新收民事案件", "执结民事案件"}},
		{"批准逮捕涉黑犯罪嫌疑人45人，起诉61人，不起诉7人。", []string{"批准逮捕涉黑犯罪嫌疑人", "起诉涉黑犯罪嫌疑人", "不起诉涉黑犯罪嫌疑人"}},
		{"受理刑事案件300件，审结280件。", []string{"受理刑事案件", "审结刑事案件"}},
		{"立案侦查职务犯罪15人，起诉12人。", []string{"立案侦查职务犯罪", "起诉职务犯罪"}},
		// Suspects of no kind named: every later count in persons counts
		// them, the verb alone names it (suspectsCounted).
		{"受理审查逮捕犯罪嫌疑人820人，批准逮捕690人。", []string{"受理审查逮捕犯罪嫌疑人", "批准逮捕"}},
		{"批捕各类刑事犯罪嫌疑人930人，起诉1105人，不起诉86人。", []string{"批捕各类刑事犯罪嫌疑人", "起诉", "不起诉"}},
		{"受理审查起诉1520人，决定起诉1380人。", []string{"受理审查起诉", "决定起诉"}},
		// The object of a verb of receipt.
		{"全年共收到行政复议申请320件，受理298件，审结285件。", []string{"收到行政复议申请", "受理行政复议申请", "审结行政复议申请"}},
		// A verb that names the case takes no noun.
		{"全年受理案件964件，收案902件，结案870件。", []string{"受理案件", "全年收案", "全年结案"}}, // wholeYearCount
		{"受理案件964件，收案902件，结案870件。", []string{"受理案件", "收案", "结案"}},
		// A sentence without a subject carries the one before it.
		{"全市法院受理各类案件25.4万件。办结23.1万件。", []string{"法院受理各类案件", "全市法院办结案件"}},
		{"受理案件300件。审结280人。", []string{"受理案件", "审结"}},
		// Cases are not counted in persons: 批准逮捕 keeps its own name.
		{"审查逮捕案件120件186人，批准逮捕150人。", []string{"审查逮捕案件", "审查逮捕案件", "批准逮捕"}},
		// Another unit: nothing to inherit.
		{"受理案件300件，涉案金额2.1亿元。", []string{"受理案件", "涉案金额"}},
	})
}

func TestInheritSubjectFlow(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"全县实有市场主体3.2万户，新增4100户。", []string{"实有市场主体", "新增市场主体"}},
		{"登记个体工商户8600户，新登记920户。", []string{"登记个体工商户", "新登记个体工商户"}},
		{"新增市场主体1.5万户，注销3200户。", []string{"新增市场主体", "注销市场主体"}},
		{"全区市场主体8.6万户，新设1.2万户，吊销800户。", []string{"市场主体", "新设市场主体", "吊销市场主体"}},
		// A flow that names its noun is left as written.
		{"实有企业5200户，新增企业610户。", []string{"实有企业", "新增企业"}},
	})
}

func TestCaseHead(t *testing.T) {
	for _, c := range []struct{ object, unit, want string }{
		{"各类案件", "万件", "案件"},
		{"涉黑犯罪嫌疑人", "人", "涉黑犯罪嫌疑人"},
		{"各类犯罪嫌疑人", "人", "犯罪嫌疑人"},
		{"刑事案件", "件", "刑事案件"},
		{"非法吸收公众存款涉众型经济犯罪嫌疑人", "人", "犯罪嫌疑人"},
		{"被告人", "人", "被告人"},
		{"纠纷", "件", "纠纷"},
		{"审查逮捕案件", "人", ""},
		{"", "件", ""},
		{"群众来信", "件", "群众来信"},
		{"审查逮捕犯罪嫌疑人", "人", "犯罪嫌疑人"},
		{"审查起诉", "人", ""},
		{"各类群众信访诉求与建议意见", "件", "意见"},
	} {
		if got := caseHead(c.object, c.unit); got != c.want {
			t.Errorf("caseHead(%q, %q) = %q, want %q", c.object, c.unit, got, c.want)
		}
	}
}

func TestDropCaseAgent(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"市中级法院共审结二审行政案件", "审结二审行政案件"},
		{"检察机关共提起公诉", "提起公诉"},
		{"基层法院依法审理刑事案件", "审理刑事案件"},
		// Not fired: a short scope right before its verb, a verb and object
		// of fewer than four characters, no agent.
		{"法院受理各类案件", "法院受理各类案件"},
		{"市法院受理各类案件", "市法院受理各类案件"},
		{"检察机关提起公诉", "检察机关提起公诉"},
		{"市中级法院结案", "市中级法院结案"},
		{"城区供水管网改造项目", "城区供水管网改造项目"},
		{"受理各类案件", "受理各类案件"},
	} {
		if got := dropCaseAgent(c.in); got != c.want {
			t.Errorf("dropCaseAgent(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"市中级法院共审结二审行政案件803件。", []string{"审结二审行政案件"}},
		{"全市检察机关共决定起诉1520人，同比上升4.1%。", []string{"决定起诉"}},
	})
}

func TestEndsInReachVerb(t *testing.T) {
	for _, c := range []struct {
		pre  string
		want bool
	}{
		{"行政诉讼案件已拓展到", true},
		{"服务延伸至", true},
		{"覆盖范围扩大到", true},
		{"截至", false},
		{"直至", false},
		{"到", false},
		{"受理案件", false},
	} {
		if got := endsInReachVerb(c.pre); got != c.want {
			t.Errorf("endsInReachVerb(%q) = %v, want %v", c.pre, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"行政诉讼案件已拓展到50个行政管理领域。", []string{"行政管理领域"}},
		{"便民服务已延伸至126个行政村。", []string{"行政村"}},
		// No noun after the classifier: the subject before stays.
		{"医疗机构床位增加到5200张。", []string{"医疗机构床位"}},
	})
}

func TestBareShare(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"受理行政案件3000件，其中一审案件2800件，占93.3%。", []string{"受理行政案件", "一审案件", "一审案件占"}},
		{"民事案件5400件，占62.5%。", []string{"民事案件", "民事案件占"}},
		// The whole is named: the share keeps it.
		{"一审行政案件1200件，占全省行政诉讼案件的25%。", []string{"一审行政案件", "占全省行政诉讼案件"}},
		{"其中刑事案件占35%。", []string{"刑事案件占"}},
	})
}

func TestCompleteCoordinated(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"一审", "二审案件"}, []string{"一审案件", "二审案件"}},
		{[]string{"刑事", "民事", "行政案件"}, []string{"刑事案件", "民事案件", "行政案件"}},
		{[]string{"刑事案件", "民事案件"}, []string{"刑事案件", "民事案件"}},
		{[]string{"新收刑事", "民事", "行政案件"}, []string{"新收刑事案件", "民事案件", "行政案件"}},
		// A common front written once.
		{[]string{"刑事案件收案", "结案"}, []string{"刑事案件收案", "刑事案件结案"}},
		{[]string{"男性", "女性"}, []string{"男性", "女性"}},
		{[]string{"一般公共预算收入", "支出"}, []string{"一般公共预算收入", "一般公共预算支出"}},
		{[]string{"货物贸易出口", "进口"}, []string{"货物贸易出口", "货物贸易进口"}},
		{[]string{"营业收入", "利润"}, []string{"营业收入", "利润"}},
		// Two names: a long first name keeps what it is.
		{[]string{"新收刑事", "民事案件"}, []string{"新收刑事", "民事案件"}},
		// The next name is too short to share a head.
		{[]string{"小学", "初中"}, []string{"小学", "初中"}},
		// Characters, not bytes: a one-byte name takes the next's rest
		// after its first character (was cut inside a character).
		{[]string{"A", "乙类股票"}, []string{"A类股票", "乙类股票"}},
	} {
		got := completeCoordinated(append([]string(nil), c.in...))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("completeCoordinated(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"一审、二审案件分别为1000件、200件。", []string{"一审案件", "二审案件"}},
		{"刑事和民事案件分别为300件、500件。", []string{"刑事案件", "民事案件"}},
		// The head completes a longer first name too, and the verb on it is every name's (verbFrontCoordinated).
		{"新收刑事、民事、行政案件分别为300件、5000件、200件。", []string{"新收刑事案件", "新收民事案件", "新收行政案件"}},
		{"刑事案件和民事案件分别为300件、500件。", []string{"刑事案件", "民事案件"}},
	})
}

func TestSiblingHead(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"一审案件1000件、二审200件。", []string{"一审案件", "二审案件"}},
		{"刑事案件300件、民事5000件。", []string{"刑事案件", "民事案件"}},
		// A short name that starts a clause.
		{"一审案件1000件，二审200件。", []string{"一审案件", "二审案件"}},
		{"第二产业增加值300亿元，增长5%；第三产业500亿元，增长6%。", []string{"第二产业增加值", "第三产业增加值"}},
		{"城镇居民人均可支配收入45000元，增长5%；农村居民20000元，增长7%。", []string{"城镇居民人均可支配收入", "农村居民人均可支配收入"}},
		// Not parallel (the names end differently), not at a clause start,
		// another unit, cases for persons.
		{"营业收入100亿元、利润10亿元。", []string{"营业收入", "利润"}},
		{"小学120所、初中45所。", []string{"小学", "初中"}},
		{"一审案件1000件，审理二审200件。", []string{"一审案件", "审理二审"}},
		{"第二产业增加值300亿元，第三产业从业人员500万人。", []string{"第二产业增加值", "第三产业从业人员"}},
		{"审查逮捕案件120件186人，批准逮捕150人。", []string{"审查逮捕案件", "审查逮捕案件", "批准逮捕"}},
	})
}

func TestCaseScope(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"本院", "本院"},
		{"法院共", "法院"},
		{"市中院", "市中院"},
		{"检察机关批准和", ""},
		{"适用认罪认罚", ""},
		{"", ""},
	} {
		if got := caseScope(c.in); got != c.want {
			t.Errorf("caseScope(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"共批准和决定逮捕犯罪嫌疑人820人，决定起诉1310人。", []string{"批准和决定逮捕犯罪嫌疑人", "决定起诉"}},
	})
}

func TestIsDuration(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"连续7年", true},
		{"五年来", true},
		{"近三年", true},
		{"连续多年", true},
		{"过去5年间", true},
		{"7年级学生", false},
		{"连续", false},
		{"三年级", false},
		{"粮食产量", false},
	} {
		if got := isDuration(c.in); got != c.want {
			t.Errorf("isDuration(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"全年粮食总产量52.3万吨，增长2.0%，连续7年稳定在50万吨以上。", []string{"粮食总产量", "粮食总产量"}},
		// A change over the span is of the level before it.
		{"地区生产总值达到1210亿元，十年增加近700亿元。", []string{"地区生产总值", "地区生产总值十年增加"}},
		{"十年增加近700亿元。", []string{"十年增加"}},
	})
}

func TestIsAgentName(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"全市法院", true},
		{"区政府", true},
		{"各部门", true},
		{"", false},
		{"受理各类案件", false},
		{"全市各级人民法院系统法院", false}, // too long to be only an agent
	} {
		if got := isAgentName(c.in); got != c.want {
			t.Errorf("isAgentName(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"全市法院86个集体和个人受到表彰。", []string{"集体和个人"}},
		{"区政府32个部门完成清单编制。", []string{"部门"}},
		// No noun after the classifier: the agent's count stays.
		{"全市共有法院12个。", []string{"法院"}},
	})
}

func TestDistributedShare(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"刑事、民事案件分别占全部案件的", []string{"刑事案件占全部案件", "民事案件占全部案件"}},
		{"城镇和乡村人口分别占总人口的", []string{"城镇人口占总人口", "乡村人口占总人口"}},
		{"第一、二、三产业增加值分别占地区生产总值的", []string{"第一产业增加值占地区生产总值", "第二产业增加值占地区生产总值", "第三产业增加值占地区生产总值"}},
		// One name, or no 分别占: not this rule.
		{"男性、女性分别占", []string{"男性占", "女性占"}},
		{"民生支出分别占", nil},
		{"税收收入占一般公共预算收入的", nil},
		{"分别占全部案件的", nil},
	} {
		got := distributedShare(c.in)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("distributedShare(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"刑事、民事案件分别占全部案件的10%和80%。", []string{"刑事案件占全部案件", "民事案件占全部案件"}},
		{"全市城镇和乡村人口分别占总人口的60.5%和39.5%。", []string{"城镇人口占总人口", "乡村人口占总人口"}},
		{"第一、二、三产业增加值分别占地区生产总值的8.1%、40.2%和51.7%。", []string{"第一产业增加值占地区生产总值", "第二产业增加值占地区生产总值", "第三产业增加值占地区生产总值"}},
	})
}

func TestOrdinalParts(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"第一", "二", "三产业"}, []string{"第一", "第二", "第三产业"}},
		{[]string{"第二", "第三产业"}, []string{"第二", "第三产业"}},
		// No ordinal first: unchanged.
		{[]string{"一审", "二审案件"}, []string{"一审", "二审案件"}},
		{[]string{"第一产业", "工业"}, []string{"第一产业", "工业"}},
	} {
		got := ordinalParts(append([]string(nil), c.in...))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("ordinalParts(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"第二、三产业分别增长5.1%和6.2%。", []string{"第二产业", "第三产业"}},
	})
}

func TestPercentOfNoun(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"注重实质解决纠纷，91.9%的案件经过一审即服判息诉。", []string{"案件经过一审即服判息诉"}},
		{"推进网上办理，85%以上的事项实现全程网办。", []string{"事项实现全程网办"}},
		// A name before the percent: the percent is its own.
		{"群众满意率98.5%。", []string{"群众满意率"}},
		// No 的 after the percent: the subject before stays.
		{"城镇化率为65.2%，比上年提高0.8个百分点。", []string{"城镇化率"}},
	})
}

func TestListedAfter(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"三次产业对经济增长的贡献率分别为5.1%、40.2%和54.7%。", []string{"三次产业对经济增长的贡献率", "三次产业对经济增长的贡献率", "三次产业对经济增长的贡献率"}},
		{"三项指标分别为12个、15个、9个。", []string{"三项指标", "三项指标", "三项指标"}},
		// Another unit after 、: not a listed value of the one before.
		{"受理案件300件、涉案金额2.1亿元。", []string{"受理案件", "涉案金额"}},
	})
}

func TestTrailingDeYou(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"适用简易程序的有525件。", []string{"适用简易程序"}},
		// 有 alone after a word is not stripped: 共有 etc. are read by
		// their own rules, and 所有 is part of a name.
		{"全市共有律师事务所56家。", []string{"律师事务所"}},
	})
}

func TestSchoolScopeByCount(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"普通高中28所，招生2.1万人，在校生6.3万人，毕业生2.0万人。", []string{"普通高中", "普通高中招生", "普通高中在校生", "普通高中毕业生"}},
		{"初级中学46所，在校生3.2万人。", []string{"初级中学", "初级中学在校生"}},
		{"全县户籍人口52万人，幼儿园80所，招生1.1万人。", []string{"户籍人口", "幼儿园", "幼儿园招生"}},
		{"全县有小学28所，在校生2.3万人，专任教师1500人；初中12所，在校生1.1万人，专任教师900人。",
			[]string{"小学", "小学在校生", "小学专任教师", "初中", "初中在校生", "初中专任教师"}},
		// The count is not a school measure: no scope.
		{"全市共有各级各类学校1200所，在校学生58万人。", []string{"各级各类学校", "在校学生"}},
	})
}

func TestParentOfNextSentence(t *testing.T) {
	for _, c := range []struct {
		text   string
		parent string // of the last figure
	}{
		{"年末常住人口530.2万人，比上年末增加3.1万人。其中，城镇常住人口380.5万人。", "常住人口"},
		{"一般公共预算收入12.3亿元，为预算的102.1%。其中，税收收入9.8亿元。", "一般公共预算收入"},
		{"受理案件300件。其中，刑事案件45件。", "受理案件"},
	} {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		if len(figs) == 0 || figs[len(figs)-1].Parent != c.parent {
			t.Errorf("%s: parent of the last figure %+v, want %q", c.text, figs, c.parent)
		}
	}
}

func TestClauseTopic(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"粮食产量再创新高", "粮食产量"},
		{"地区生产总值突破千亿大关", "地区生产总值"},
		{"民事案件所占比重最大", "民事案件所占比重"},
		{"固定资产投资保持较快增长", "固定资产投资"},
		// No predicate word, or one right at the start: as written.
		{"城乡居民人均可支配收入", "城乡居民人均可支配收入"},
		{"实现地区生产总值", "实现地区生产总值"},
		{"", ""},
	} {
		if got := clauseTopic(c.in); got != c.want {
			t.Errorf("clauseTopic(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"全年粮食产量再创新高，达到52.3万吨。", []string{"粮食产量"}},
		{"全县地区生产总值突破千亿大关，达到1025亿元，增长6.1%。", []string{"地区生产总值"}},
	})
}

func TestTopicCompletes(t *testing.T) {
	for _, c := range []struct{ name, topic, want string }{
		{"投资", "固定资产投资", "固定资产投资"},
		{"产量", "粮食产量", "粮食产量"},
		// Longer names, other endings, the same word: not this rule.
		{"完成投资", "固定资产投资", ""},
		{"出口", "固定资产投资", ""},
		{"投资", "投资", ""},
		{"投资", "", ""},
	} {
		if got := topicCompletes(c.name, c.topic); got != c.want {
			t.Errorf("topicCompletes(%q, %q) = %q, want %q", c.name, c.topic, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"固定资产投资保持较快增长，全年完成投资350亿元，增长9.2%。", []string{"固定资产投资"}},
		// A figure before it: the topic clause is not the one before.
		{"出口增长较快，进口120亿元，投资80亿元。", []string{"进口", "投资"}},
	})
}

func TestPreviousSentenceCountSkipsParts(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"全市法院受理各类案件25.4万件，其中，民事案件18万件。办结23.1万件。", []string{"法院受理各类案件", "民事案件", "全市法院办结案件"}},
	})
}

func TestIsBareVerb(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"实施", true},
		{"扶持", true},
		{"产量", false},
		{"受理案件", false},
		{"5G", false},
		{"", false},
	} {
		if got := isBareVerb(c.in); got != c.want {
			t.Errorf("isBareVerb(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"全年实施120个重点项目，完成投资350亿元。", []string{"重点项目", "投资"}},
		{"打造5个省级示范村，创建12个市级美丽乡村。", []string{"省级示范村", "市级美丽乡村"}},
		{"全年吸纳850名高校毕业生就业。", []string{"高校毕业生就业"}},
		// A noun before its count, no noun after the classifier: as written.
		{"律师1200名，公证员80名。", []string{"律师", "公证员"}},
		{"小学120所，初中45所。", []string{"小学", "初中"}},
	})
}

func TestLeadingYearIsNoScope(t *testing.T) {
	// 全年 is a period, stripped even before a short name; 全国 before a
	// short name is part of it.
	checkSubjects(t, []subjectCase{
		{"全年吸纳8500人。", []string{"吸纳"}},
		{"全国床位1017.4万张。", []string{"全国床位"}},
	})
}

func TestObjectVerbsBeforeCount(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"累计扶持1200名大学生自主创业。", []string{"大学生自主创业"}},
		{"新改建32所中小学校。", []string{"中小学校"}},
		{"共整治86个老旧小区。", []string{"老旧小区"}},
		// The noun before the verb: a count of its own.
		{"老旧小区整治86个。", []string{"老旧小区整治"}},
	})
}

func TestPostNounAcrossDeAndModifiers(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"设立了50个专门的信息申请受理点。", []string{"信息申请受理点"}},
		{"配备了132名专、兼职工作人员。", []string{"专、兼职工作人员"}},
		// A noun of its own before 的 or 、: not joined.
		{"新建36个村级综合服务中心、12个社区服务站。", []string{"新建村级综合服务中心", "社区服务站"}},
		// Words that begin with a stop stay in the noun.
		{"改造12所普通中学。", []string{"普通中学"}},
	})
}

func TestCrimeObject(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"严惩故意伤害、抢劫等暴力犯罪，审结案件352件，同比下降2.1%。", []string{"审结暴力犯罪案件"}},
		{"依法惩治电信网络诈骗犯罪，办结案件86件。", []string{"办结电信网络诈骗犯罪案件"}},
		{"妥善化解婚姻家庭等纠纷，审结案件1200件。", []string{"审结纠纷案件"}},
		// The clause before names no crimes, or the count names its own
		// object, or a figure stands before it.
		{"坚持司法为民，审结案件1200件。", []string{"审结案件"}},
		{"严惩暴力犯罪，审结故意伤害案件52件。", []string{"审结故意伤害案件"}},
		{"受理案件300件，严惩暴力犯罪，审结案件280件。", []string{"受理案件", "审结案件"}},
	})
}

func TestChangeAfterNamedShare(t *testing.T) {
	// A share named by its part does not grow in percent: the level
	// before it does.
	figs := mustExtract(t, "受理案件1200件，其中刑事案件300件，占25%，同比下降2%。", Options{Year: 2023})
	if len(figs) != 3 {
		t.Fatalf("got %d figures, want 3: %+v", len(figs), figs)
	}
	if figs[1].Change == nil || figs[1].Change.Value != -2 || figs[2].Change != nil {
		t.Errorf("the change went to %+v / %+v, want the level 刑事案件", figs[1], figs[2])
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"一审案件占", true},
		{"刑事案件占全部案件", true},
		{"占地面积", false},
		{"项目占地", false},
		{"结案率", false},
	} {
		if got := namesShareOf(c.in); got != c.want {
			t.Errorf("namesShareOf(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestReachSuffixAndTrailingAdverbs(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"电商企业已发展到", len("发展到")},
		{"服务范围扩大至", len("扩大至")},
		{"截至", 0},
		{"扩大到", 0}, // nothing would remain
		{"电商企业", 0},
	} {
		if got := reachSuffix(c.in); got != c.want {
			t.Errorf("reachSuffix(%q) = %d, want %d", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"全县电商企业已发展到320家。", []string{"电商企业"}},
		{"农村自来水普及率已提高到95.2%。", []string{"农村自来水普及率"}},
		{"义务教育巩固率继续保持在99%以上。", []string{"义务教育巩固率"}},
		{"检察环节适用率稳定保持在85%以上。", []string{"检察环节适用率"}},
		{"全市注册志愿者人数累计已超过15万人。", []string{"注册志愿者人数"}},
		// A noun after the classifier is still what is counted.
		{"行政诉讼案件已拓展到50个行政管理领域。", []string{"行政管理领域"}},
	})
}

// TestSubjectRulesOnShuffledClauses runs the subject rules on sentences
// shuffled from their own words: no rule may panic, and every figure keeps
// its span inside its sentence and a subject.
func TestSubjectRulesOnShuffledClauses(t *testing.T) {
	words := []string{"受理", "审结", "案件", "各类", "犯罪嫌疑人", "1200", "件", "人", "，", "、", "。", "；", "其中", "占",
		"25%", "的", "分别占", "分别为", "和", "第一", "二", "三产业", "增加值", "10亿元", "新增", "市场主体", "户", "法院",
		"共", "已", "拓展到", "50个", "领域", "连续7年", "保持在", "再创新高", "达到", "严惩", "等", "暴力犯罪", "办结",
		"收案", "与", "结案", "收入", "支出", "普通高中", "28所", "招生", "在校生", "万人", "增长", "5%", "减少", "3",
		"十年", "增加", "近", "(", ")", "（2019年", "）", "以上", "到", "至", "专", "中心", "实施", "全年", "一审", "二审"}
	r := rand.New(rand.NewSource(11))
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		for j, n := 0, 3+r.Intn(25); j < n; j++ {
			b.WriteString(words[r.Intn(len(words))])
		}
		text := b.String()
		figs := mustExtract(t, text, Options{Year: 2023})
		for _, f := range figs {
			if f.Span[0] < f.SentenceSpan[0] || f.Span[1] > f.SentenceSpan[1] || f.Span[0] > f.Span[1] {
				t.Fatalf("%q: %s span %v outside sentence %v", text, f.Indicator, f.Span, f.SentenceSpan)
			}
			if f.Indicator == "" {
				t.Fatalf("%q: a figure %v without a subject", text, f.Value)
			}
		}
	}
}

func TestDistributedNames(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"第一、二、三产业比重分别为", []string{"第一产业比重", "第二产业比重", "第三产业比重"}},
		{"国有、民营企业占比分别为", []string{"国有企业占比", "民营企业占比"}},
		{"三次产业对经济增长的贡献率分别为", nil},
		{"分别为", nil},
	} {
		got := distributedNames(c.in)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("distributedNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"第一、二、三产业比重分别为8.1%、40.2%和51.7%。", []string{"第一产业比重", "第二产业比重", "第三产业比重"}},
		{"其中，男性、女性分别占51.2%和48.8%。", []string{"男性占", "女性占"}},
	})
}

func TestAfterEnumeration(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"积极稳妥办理英烈权益保护、个人信息保护、农产品质量安全等新法定领域案件", "新法定领域案件"},
		{"起诉杀人、抢劫等严重暴力犯罪", "严重暴力犯罪"},
		// Too short a category, no list before 等, or no 等.
		{"起诉重大责任事故、危险作业等犯罪", "起诉重大责任事故、危险作业等犯罪"},
		{"制定管理办法等制度文件", "制定管理办法等制度文件"},
		{"受理各类案件", "受理各类案件"},
	} {
		if got := afterEnumeration(c.in); got != c.want {
			t.Errorf("afterEnumeration(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"积极办理英烈权益保护、个人信息保护等新法定领域案件1465件。", []string{"新法定领域案件"}},
	})
}

func TestNounStopsAtVerbs(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"对6名原省部级干部和37名原厅级干部提起公诉。", []string{"原省部级干部", "原厅级干部"}},
		{"对120名违规人员予以处理。", []string{"违规人员"}},
	})
}

func TestChangeInSentenceWithoutSubject(t *testing.T) {
	for _, c := range []struct {
		text string
		want []float64 // the growth of each figure, 0 for none
	}{
		{"全市法院受理各类案件25.4万件。同比上升3.6%。", []float64{3.6}},
		{"地区生产总值1025亿元。比上年增长6.1%，增速居全省第三。", []float64{6.1}},
		// A sentence with its own subject keeps its change.
		{"地区生产总值1025亿元。工业增加值增长6.1%。", []float64{0, 6.1}},
		// The parts of a 其中 list are passed over.
		{"受理案件300件，其中刑事案件45件。同比上升5%。", []float64{5, 0}},
	} {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		if len(figs) != len(c.want) {
			t.Errorf("%s: %d figures %+v, want %d", c.text, len(figs), figs, len(c.want))
			continue
		}
		for i, w := range c.want {
			got := 0.0
			if figs[i].Change != nil {
				got = figs[i].Change.Value
			}
			if got != w {
				t.Errorf("%s: figure %d (%s) growth %v, want %v", c.text, i, figs[i].Indicator, got, w)
			}
		}
	}
}

func TestLeadingYou(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"全县有小学28所。", []string{"小学"}},
		// 有 that begins a word stays.
		{"有效发明专利1200件。", []string{"有效发明专利"}},
		{"有线电视用户8.2万户。", []string{"有线电视用户"}},
	})
}

func TestCountsNounAfter(t *testing.T) {
	for _, c := range []struct {
		name, pre string
		want      bool
	}{
		{"", "", true},
		{"组织", "组织", true},
		{"最高人民检察院对", "最高人民检察院对", true},
		{"行政诉讼案件已拓展到", "行政诉讼案件已拓展到", true},
		{"全市法院", "全市法院", true},
		{"实施", "全年实施", true},
		{"重点项目", "重点项目等", true},
		{"受理各类案件", "全市法院受理各类案件", false},
		{"普通高中", "普通高中", false},
	} {
		if got := countsNounAfter(c.name, c.pre); got != c.want {
			t.Errorf("countsNounAfter(%q, %q) = %v, want %v", c.name, c.pre, got, c.want)
		}
	}
}

func TestDistributesOver(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"分别为", true},
		{"结案率和服判息诉率分别提高到", true},
		{"分别", true},
		{"分别占全部案件的", false},
		{"受理案件", false},
	} {
		if got := distributesOver(c.in); got != c.want {
			t.Errorf("distributesOver(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"法定审限内结案率和一审服判息诉率分别提高到99.4%和83.1%。", []string{"法定审限内结案率", "一审服判息诉率"}},
	})
}

func TestMissingLevelFor(t *testing.T) {
	type fig struct {
		name   string
		value  float64
		change float64
	}
	for _, c := range []struct {
		text string
		want []fig
	}{
		{"城镇和农村居民人均可支配收入分别增长5.1%和7.2%，分别达到45000元和21000元。",
			[]fig{{"城镇居民人均可支配收入", 45000, 5.1}, {"农村居民人均可支配收入", 21000, 7.2}}},
		{"第二、三产业比重分别提高1.2和0.8个百分点，分别达到40.1%和52.3%。",
			[]fig{{"第二产业比重", 40.1, 1.2}, {"第三产业比重", 52.3, 0.8}}},
		// A clause that does not distribute keeps its own figure.
		{"第二、三产业分别增长5.1%和6.2%，工业增加值300亿元。",
			[]fig{{"第二产业", 0, 5.1}, {"第三产业", 0, 6.2}, {"工业增加值", 300, 0}}},
	} {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		if len(figs) != len(c.want) {
			t.Errorf("%s: %d figures %+v, want %d", c.text, len(figs), figs, len(c.want))
			continue
		}
		for i, w := range c.want {
			f := figs[i]
			ch := 0.0
			if f.Change != nil {
				ch = f.Change.Value
			}
			if f.Indicator != w.name || f.Value != w.value || ch != w.change || f.Missing != (w.value == 0) {
				t.Errorf("%s: figure %d = %s %v (change %v, missing %v), want %+v", c.text, i, f.Indicator, f.Value, ch, f.Missing, w)
			}
		}
	}
}

func TestMixedDirection(t *testing.T) {
	for _, c := range []struct {
		gap  string
		want int
	}{
		{"和上升", 1},
		{"、下降", -1},
		{"和", 0},
		{"，增长", 0},
	} {
		if got := mixedDirection(c.gap); got != c.want {
			t.Errorf("mixedDirection(%q) = %d, want %d", c.gap, got, c.want)
		}
	}
	neg := mustExtract(t, "增值税3.2亿元、企业所得税1.1亿元、个人所得税0.4亿元，分别增长5%、8%和-3%。", Options{Year: 2023})
	if len(neg) != 3 || neg[2].Change == nil || neg[2].Change.Value != -3 || neg[1].Change == nil || neg[1].Change.Value != 8 {
		t.Errorf("got %+v, want the last tax with -3%%", neg)
	}
	figs := mustExtract(t, "刑事案件、民事案件分别下降3%和上升5%。", Options{Year: 2023})
	if len(figs) != 2 || figs[0].Indicator != "刑事案件" || figs[0].Change == nil || figs[0].Change.Value != -3 ||
		figs[1].Indicator != "民事案件" || figs[1].Change == nil || figs[1].Change.Value != 5 {
		t.Errorf("got %+v, want 刑事案件 -3%%, 民事案件 +5%%", figs)
	}
}

func TestDistributedCompletion(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"一般公共预算收入和支出分别增长8%和5%，分别完成预算的102%和98%。", []string{"一般公共预算收入", "一般公共预算支出", "完成预算", "完成预算"}},
	})
}

func TestNoSubjectStartsWithPercent(t *testing.T) {
	// The unit of the number before is no part of a subject.
	figs := mustExtract(t, "城镇化率65.2%和农村人口比重34.8%。", Options{Year: 2023})
	for _, f := range figs {
		if strings.HasPrefix(f.Indicator, "%") {
			t.Errorf("subject %q starts with %%", f.Indicator)
		}
	}
	checkSubjects(t, []subjectCase{
		{"城镇化率65.2%和农村人口比重34.8%。", []string{"城镇化率", "农村人口比重"}},
	})
	for _, in := range []string{"%和农村人口", "％农村人口", "‰农村人口"} {
		a, b := trimSubjectPunct(in, 0, len(in))
		if r := []rune(in[a:b]); r[0] == '%' || r[0] == '％' || r[0] == '‰' {
			t.Errorf("trimSubjectPunct(%q) = %q", in, in[a:b])
		}
	}
}

func TestReachedLevelFor(t *testing.T) {
	type fig struct {
		name   string
		value  float64
		change float64
	}
	for _, c := range []struct {
		text string
		want []fig
	}{
		{"全年地区生产总值增长6.1%，达到1025亿元。", []fig{{"地区生产总值", 1025, 6.1}}},
		{"全年地区生产总值增长6.1%，总量达到1025亿元。", []fig{{"地区生产总值", 1025, 6.1}}},
		{"办结率比上年提高2个百分点，达到98%。", []fig{{"办结率", 98, 2}}},
		{"一般公共预算收入增长8.2%，为12.3亿元。", []fig{{"一般公共预算收入", 12.3, 8.2}}},
		// A subject of its own, or a change in points before a level not
		// in %: two figures.
		{"工业增加值增长6.1%，利润达到12亿元。", []fig{{"工业增加值", 0, 6.1}, {"利润", 12, 0}}},
		{"比重提高2个百分点，达到12亿元。", []fig{{"比重", 0, 2}}},
	} {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		if len(figs) != len(c.want) {
			t.Errorf("%s: %d figures %+v, want %d", c.text, len(figs), figs, len(c.want))
			continue
		}
		for i, w := range c.want {
			f := figs[i]
			ch := 0.0
			if f.Change != nil {
				ch = f.Change.Value
			}
			if f.Indicator != w.name || f.Value != w.value || ch != w.change || f.Missing != (w.value == 0) {
				t.Errorf("%s: figure %d = %s %v (change %v, missing %v), want %+v", c.text, i, f.Indicator, f.Value, ch, f.Missing, w)
			}
		}
	}
}

func TestDistributedAgain(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"小学、初中学校分别为28所、12所，在校生分别为2.3万人、1.1万人。", []string{"小学学校", "初中学校", "小学在校生", "初中在校生"}},
		{"城镇、农村居民人均可支配收入分别为45000元、21000元，人均消费支出分别为28000元、15000元。",
			[]string{"城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇人均消费支出", "农村人均消费支出"}},
		// No second 分别: the measure is its own.
		{"小学、初中学校分别为28所、12所，教职工3200人。", []string{"小学学校", "初中学校", "教职工"}},
	})
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"小学学校", "初中学校"}, "学校"},
		{[]string{"城镇居民人均可支配收入", "农村居民人均可支配收入"}, "居民人均可支配收入"},
		{[]string{"出口", "进口"}, "口"},
		{[]string{"刑事案件", "民事纠纷"}, ""},
	} {
		if got := commonSuffix(c.in); got != c.want {
			t.Errorf("commonSuffix(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOpensWithSchoolScope(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"普通高中招生5200人，在校生1.5万人，毕业生4800人。", []string{"普通高中招生", "普通高中在校生", "普通高中毕业生"}},
		// Not the sentence's opening figure, or no scope: as written.
		{"全省招生5200人，在校生1.5万人。", []string{"全省招生", "在校生"}},
		{"各级各类学历教育在校生2.82亿人；专任教师1732.03万人。", []string{"各级各类学历教育在校生", "专任教师"}},
	})
}

func TestCloseBracketRestoresPeriod(t *testing.T) {
	for _, c := range []struct {
		text   string
		period []string
		year   []int
		prior  []bool
	}{
		// The bracket's year is its prior's (and its period, as written):
		// the figure after the bracket keeps the sentence's period.
		{"全年共审结各类案件5120件（2021年4380件），结案率96.2%。", []string{"", "2021年", ""}, []int{2023, 2021, 2023}, []bool{false, true, false}},
		{"2023年受理案件880件(2022年为760件)，办结850件。", []string{"2023年", "2022年", "2023年"}, []int{2023, 2022, 2023}, []bool{false, true, false}},
		// A bracket without a figure keeps its period.
		{"全市法院（截至11月底）受理案件880件。", []string{"截至11月底"}, []int{2023}, []bool{false}},
	} {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		if len(figs) != len(c.period) {
			t.Errorf("%s: %d figures, want %d", c.text, len(figs), len(c.period))
			continue
		}
		for i, f := range figs {
			if f.Period != c.period[i] || f.Year != c.year[i] || f.Prior != c.prior[i] {
				t.Errorf("%s: figure %d %s: period %q year %d prior %v, want %q %d %v", c.text, i, f.Indicator, f.Period, f.Year, f.Prior, c.period[i], c.year[i], c.prior[i])
			}
		}
	}
}

func TestBracketedComparison(t *testing.T) {
	for _, c := range []struct {
		head, cmp string
		year      int
		ok        bool
	}{
		{"较2022年7月（", "较2022年7月", 2022, true},
		{"比2019年(", "比2019年", 2019, true},
		{"较上年（", "较上年", 0, true},
		{"比去年同期 （", "比去年同期", 0, true},
		{"与2021年末（", "与2021年末", 2021, true},
		// Not a comparison alone, or no bracket.
		{"较2022年7月", "", 0, false},
		{"受理案件（", "", 0, false},
		{"（", "", 0, false},
		{"其中较2022年（", "", 0, false},
		{"较12022年（", "", 0, false},
	} {
		cmp, year, ok := bracketedComparison(c.head)
		if cmp != c.cmp || year != c.year || ok != c.ok {
			t.Errorf("bracketedComparison(%q) = %q, %d, %v; want %q, %d, %v", c.head, cmp, year, ok, c.cmp, c.year, c.ok)
		}
	}
}

func TestComparisonYear(t *testing.T) {
	for _, c := range []struct {
		t    string
		want int
	}{
		{"较2022年", 2022}, {"比2019年同期", 2019}, {"较2022年7月", 2022}, {"较2022年12月末", 2022}, {"与2021年末", 2021},
		{"2022年", 0}, {"较上年", 0}, {"较2022年第7月", 0}, {"较2022", 0}, {"较2022年123月", 0},
	} {
		if got := comparisonYear(c.t); got != c.want {
			t.Errorf("comparisonYear(%q) = %d, want %d", c.t, got, c.want)
		}
	}
}

func TestBracketedPriorAfterComparison(t *testing.T) {
	figs := mustExtract(t, "调解撤诉率58.3%，较2022年6月（54.10%）提高4.2个百分点。", Options{Year: 2023})
	if len(figs) != 2 {
		t.Fatalf("got %d figures, want 2: %+v", len(figs), figs)
	}
	lv, pr := figs[0], figs[1]
	if lv.Indicator != "调解撤诉率" || lv.Value != 58.3 || lv.Period != "" || len(lv.Changes) != 1 {
		t.Fatalf("level: %+v", lv)
	}
	if c := lv.Changes[0]; c.Kind != PP || c.Value != 4.2 || c.base != "较2022年6月" || c.Text != "较2022年6月（54.10%）提高4.2个百分点" {
		t.Errorf("change: %+v", c)
	}
	if pr.Indicator != "调解撤诉率" || pr.Value != 54.10 || !pr.Prior || pr.Year != 2022 || pr.Period != "2022年6月" || len(pr.Changes) != 0 {
		t.Errorf("prior: %+v", pr)
	}
	// Without a year: the prior is of the year before.
	figs = mustExtract(t, "结案率为93.5%，比上年（91.2%）提高2.3个百分点。", Options{Year: 2023})
	if len(figs) != 2 || !figs[1].Prior || figs[1].Value != 91.2 || figs[1].Year != 2022 || figs[0].Change == nil || figs[0].Change.base != "比上年" {
		t.Errorf("比上年（…）: %+v", figs)
	}
	// A bracket after a subject is no comparison.
	figs = mustExtract(t, "结案率为93.5%，其中一审（含再审）结案率91.2%。", Options{Year: 2023})
	for _, f := range figs {
		if f.Prior {
			t.Errorf("a prior read from %q: %+v", f.Sentence, f)
		}
	}
}

func TestMoreOrLess(t *testing.T) {
	for _, c := range []struct {
		p, verb string
		sign    float64
	}{
		{"比上年多审结", "多审结", 1},
		{"较去年同期少", "少", -1},
		{"同比多收", "多收", 1},
		{"比上年同期少支出", "少支出", -1},
		{"受理案件比上年多", "多", 1},
		// No comparison, or a bound: no change.
		{"多审结", "", 0},
		{"受理案件多达", "", 0},
		{"比上年多达", "", 0},
		{"至少", "", 0},
		{"比上年增加", "", 0},
		{"较上年多出了一些", "", 0},
		{"比上年减少", "", 0},
		{"比上年增多", "", 0},
		{"比上年至少", "", 0},
	} {
		verb, sign := moreOrLess(c.p)
		if verb != c.verb || sign != c.sign {
			t.Errorf("moreOrLess(%q) = %q, %v; want %q, %v", c.p, verb, sign, c.verb, c.sign)
		}
	}
}

func TestNetChange(t *testing.T) {
	for _, c := range []struct {
		p, verb string
		sign    float64
	}{
		{"净增", "净增", 1}, {"人口净增加", "净增加", 1}, {"净减少", "净减少", -1}, {"新增", "", 0}, {"增加", "", 0},
	} {
		verb, sign := netChange(c.p)
		if verb != c.verb || sign != c.sign {
			t.Errorf("netChange(%q) = %q, %v; want %q, %v", c.p, verb, sign, c.verb, c.sign)
		}
	}
}

// absCase is a sentence and, in order, each figure's subject, value, the
// subject of the figure it is the change of ("" if none) and the values of
// its absolute changes.
type absCase struct {
	text string
	want []absFig
}

type absFig struct {
	name     string
	value    float64
	changeOf string
	abs      []float64
}

func checkAbs(t *testing.T, cases []absCase) {
	t.Helper()
	for _, c := range cases {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		var got, want []absFig
		for _, f := range figs {
			g := absFig{name: f.Indicator, value: f.Value, changeOf: f.ChangeOf}
			for _, ch := range f.Changes {
				if ch.Kind == Abs {
					g.abs = append(g.abs, ch.Value)
				}
			}
			got = append(got, g)
		}
		want = c.want
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s\n got  %v\n want %v", c.text, got, want)
		}
	}
}

func TestMoreOrLessChanges(t *testing.T) {
	checkAbs(t, []absCase{
		{"全年审结案件2340件，比上年多审结410件。", []absFig{{"审结案件", 2340, "", []float64{410}}, {"审结案件比上年多审结", 410, "审结案件", nil}}},
		{"办结信访事项860件，较去年同期少95件。", []absFig{{"办结信访事项", 860, "", []float64{-95}}, {"办结信访事项较去年同期少", 95, "办结信访事项", nil}}},
		{"税收收入18.6亿元，同比多收1.4亿元。", []absFig{{"税收收入", 18.6, "", []float64{1.4}}, {"税收收入同比多收", 1.4, "税收收入", nil}}},
		{"执结案件比上年多120件。", []absFig{{"执结案件比上年多", 120, "执结案件", nil}}},
		// 多达 stresses a size.
		{"受理案件多达300件。", []absFig{{"受理案件", 300, "", nil}}},
	})
}

func TestNetChangeFigures(t *testing.T) {
	checkAbs(t, []absCase{
		{"年末户籍人口86.4万人，净增1.2万人。", []absFig{{"户籍人口", 86.4, "", []float64{1.2}}, {"户籍人口净增", 1.2, "户籍人口", nil}}},
		{"实有企业5.1万户，净减少300户。", []absFig{{"实有企业", 5.1, "", []float64{-300}}, {"实有企业净减少", 300, "实有企业", nil}}},
		{"常住人口净增0.8万人。", []absFig{{"常住人口净增", 0.8, "常住人口", nil}}},
		// A level named after 净增, and a net change after a flow.
		{"净增市场主体1.2万户。", []absFig{{"净增市场主体", 1.2, "", nil}}},
	})
}

func TestVerbFrontCoordinated(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"起诉金融", "医疗领域职务犯罪"}, []string{"起诉金融领域职务犯罪", "起诉医疗领域职务犯罪"}},
		{[]string{"审结刑事", "民事", "行政案件"}, []string{"审结刑事案件", "审结民事案件", "审结行政案件"}},
		{[]string{"批准逮捕涉黑", "涉恶犯罪嫌疑人"}, []string{"批准逮捕涉黑犯罪嫌疑人", "批准逮捕涉恶犯罪嫌疑人"}},
		// Each name has its own verb, the first no verb, or nothing to share.
		{[]string{"受理案件", "审结案件"}, nil},
		{[]string{"起诉金融", "审结医疗案件"}, nil},
		{[]string{"金融", "医疗领域职务犯罪"}, nil},
		{[]string{"起诉金融", "医疗"}, nil},
		{[]string{"起诉金融领域", "医疗领域职务犯罪"}, nil},
	} {
		got := verbFrontCoordinated(append([]string(nil), c.in...))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("verbFrontCoordinated(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestContractedCaseVerbs(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"收结案", []string{"收案", "结案"}},
		{"全年收结案件", []string{"全年收案", "全年结案"}},
		{"立结案", []string{"立案", "结案"}},
		{"审执结案件", []string{"审结案件", "执结案件"}},
		{"刑事案件收结案数", []string{"刑事案件收案数", "刑事案件结案数"}},
		// No contraction, or one inside a longer name.
		{"收案", nil},
		{"审结案件", nil},
		{"收结案率", nil},
		{"审执结工作", nil},
	} {
		got := contractedCaseVerbs(c.name)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("contractedCaseVerbs(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestPairedValues(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"起诉金融、医疗领域职务犯罪61人和45人。", []string{"起诉金融领域职务犯罪", "起诉医疗领域职务犯罪"}},
		{"受理、审结行政案件410件、395件。", []string{"受理行政案件", "审结行政案件"}},
		{"收结案2310件、2204件，结案率95.4%。", []string{"收案", "结案", "结案率"}},
		{"收结案分别为2310件、2204件。", []string{"收案", "结案"}},
		{"刑事、民事案件120件和860件，同比分别上升3.2%和1.5%。", []string{"刑事案件", "民事案件"}},
		// One value: a total of the names, or a contraction that is one total.
		{"受理、审结行政案件410件。", []string{"受理、审结行政案件"}},
		{"审执结案件1.2万件。", []string{"审执结案件"}},
		// Values in different units are no pair; more values than names.
		{"起诉金融、医疗领域职务犯罪61人和45件。", []string{"起诉金融、医疗领域职务犯罪", "起诉金融、医疗领域职务犯罪"}},
		{"受理、审结案件410件、395件、12件。", []string{"受理、审结案件", "受理、审结案件", "受理、审结案件"}},
		// A name cut to one character is no name to pair with.
		{"全县中、小学生2.1万人和3.2万人。", []string{"中、小学生", "中、小学生"}},
		{"审结一审、二审案件1200件和300件。", []string{"审结一审案件", "审结二审案件"}},
	})
}

func TestScopedRate(t *testing.T) {
	for _, c := range []struct {
		prev, name string
		listed     bool
		want       string
	}{
		{"人口出生率", "死亡率", true, "人口死亡率"},
		// Population rates in clauses of their own are named as written
		// (the annotators of dev5, dev22, dev28, dev32 and more).
		{"人口出生率", "死亡率", false, ""},
		{"人口死亡率", "自然增长率", true, "人口自然增长率"},
		{"一审服判息诉率", "调解撤诉率", true, "一审调解撤诉率"},
		{"城镇调查失业率", "农村", false, "农村调查失业率"},
		{"男性劳动参与率", "女性", true, "女性劳动参与率"},
		// A court scope does not cross a clause; a name with its own scope,
		// the same rate, no scope, no rate: nothing.
		{"一审服判息诉率", "结案率", false, ""},
		{"城镇调查失业率", "农村调查失业率", false, ""},
		{"人口出生率", "出生率", false, ""},
		{"出生率", "死亡率", false, ""},
		{"城镇化率", "户籍人口城镇化率", false, ""},
		{"人口出生率", "死亡人数", false, ""},
		{"城镇调查失业率", "城镇", false, ""},
	} {
		if got := scopedRate(c.prev, c.name, c.listed); got != c.want {
			t.Errorf("scopedRate(%q, %q, %v) = %q, want %q", c.prev, c.name, c.listed, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"全年人口出生率7.9‰，死亡率7.1‰，自然增长率0.8‰。", []string{"人口出生率", "死亡率", "自然增长率"}},
		{"城镇调查失业率5.4%，农村4.6%。", []string{"城镇调查失业率", "农村调查失业率"}},
		{"一审服判息诉率91.7%、调解撤诉率48.3%。", []string{"一审服判息诉率", "一审调解撤诉率"}},
		{"一审服判息诉率91.7%，结案率96.0%。", []string{"一审服判息诉率", "结案率"}},
		// Units differ: a count is no rate of the scope.
		{"人口出生率7.9‰，死亡率7.1%。", []string{"人口出生率", "死亡率"}},
	})
}

func TestPreviousSentenceSchoolScope(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"全县共有义务教育阶段学校86所，比上年减少3所。招生1.2万人，在校生5.4万人。",
			[]string{"义务教育阶段学校", "义务教育阶段学校减少", "义务教育阶段招生", "义务教育阶段在校生"}},
		{"全市有普通高中学校12所。全年招生8400人。", []string{"普通高中学校", "普通高中招生"}},
		// Schools of no level, or no schools: the measure keeps its name.
		{"全市有学校45所。招生2.1万人。", []string{"学校", "招生"}},
		{"全市有培训机构45家。招生2.1万人。", []string{"培训机构", "招生"}},
	})
}

func TestShareOfWhole(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"占总数", true}, {"占全市", true}, {"占全部", true},
		{"占一般公共预算收入", false}, {"总数", false}, {"占", false}, {"完成总数", false},
	} {
		if got := shareOfWhole(c.name); got != c.want {
			t.Errorf("shareOfWhole(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"全县有公办幼儿园38所，占总数的61.3%。", []string{"公办幼儿园", "公办幼儿园占总数"}},
		{"税收收入12.6亿元，占一般公共预算收入的71.2%。", []string{"税收收入", "占一般公共预算收入"}},
	})
}

func TestVerbRate(t *testing.T) {
	for _, c := range []struct{ prev, name, want string }{
		{"审结民事类案件", "审结率", "民事类案件审结率"},
		{"提出检察建议", "采纳率", "检察建议采纳率"},
		{"发出纠正违法通知书", "纠正率", ""},
		{"审结案件", "审结率", ""},
		{"审结刑事案件", "结案率", ""},
		{"受理行政复议申请", "采纳率", ""},
		{"民事类案件", "审结率", ""},
	} {
		if got := verbRate(c.prev, c.name); got != c.want {
			t.Errorf("verbRate(%q, %q) = %q, want %q", c.prev, c.name, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"共受理行政类案件31件，审结29件，审结率93.5%。", []string{"受理行政类案件", "审结行政类案件", "行政类案件审结率"}},
		{"提出检察建议14件，采纳率92.9%。", []string{"提出检察建议", "检察建议采纳率"}},
		{"审结案件300件，结案率95.2%。", []string{"审结案件", "结案率"}},
	})
}

func TestDropHolderVerb(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"四类县级医疗卫生机构共有卫生人员", "四类县级医疗卫生机构卫生人员"},
		{"基层医疗卫生机构拥有卫生技术人员", "基层医疗卫生机构卫生技术人员"},
		{"民办学校共有教职工", "民办学校教职工"},
		// No holder of those, or nothing after the verb.
		{"全市共有党员", "全市共有党员"},
		{"共有医疗卫生机构", "共有医疗卫生机构"},
		{"医疗卫生机构共有", "医疗卫生机构共有"},
		{"医疗卫生机构现有床位", "医疗卫生机构现有床位"},
	} {
		if got := dropHolderVerb(c.in); got != c.want {
			t.Errorf("dropHolderVerb(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"全市乡镇卫生院共有卫生人员4120人。", []string{"乡镇卫生院卫生人员"}},
	})
}

func TestBracketYearBase(t *testing.T) {
	for _, c := range []struct {
		text string
		base string // of the first figure's change
	}{
		{"全年办结信访事项4410件（2020年3920件），增长12.5%。", "2020年"},
		{"全年办结信访事项4410件(2020年3920件)，增长12.5%。", "2020年"},
		// A comparison of its own, a prior not in brackets: no year base.
		{"全年办结信访事项4410件（2020年3920件），同比增长12.5%。", "同比"},
		{"全年办结信访事项4410件，2020年为3920件，增长12.5%。", ""},
	} {
		figs := mustExtract(t, c.text, Options{Year: 2023})
		if len(figs) < 2 || figs[0].Change == nil || !figs[1].Prior {
			t.Errorf("%s: %+v", c.text, figs)
			continue
		}
		if got := figs[0].Change.base; got != c.base {
			t.Errorf("%s: base %q, want %q", c.text, got, c.base)
		}
	}
	// A figure after the bracket with its own change takes no year base.
	figs := mustExtract(t, "全年办结信访事项4410件（2020年3920件），按期办结率97.1%，提高1.5个百分点。", Options{Year: 2023})
	if len(figs) != 3 || figs[2].Change == nil || figs[2].Change.base != "" {
		t.Errorf("rate after the bracket: %+v", figs)
	}
}

func TestBudgetName(t *testing.T) {
	for _, c := range []struct{ prev, name, want string }{
		{"一般公共预算支出", "预算数", "一般公共预算支出预算数"},
		{"一般公共预算收入", "为调整预算数", "一般公共预算收入调整预算数"},
		{"政府性基金预算收入", "年初预算数", "政府性基金预算收入年初预算数"},
		// A plan named by its own words, or a level already named so.
		{"一般公共预算支出", "支出预算数", ""},
		{"一般公共预算支出预算数", "预算数", ""},
		{"", "预算数", ""},
		{"税收收入", "非税收入", ""},
	} {
		if got := budgetName(c.prev, c.name); got != c.want {
			t.Errorf("budgetName(%q, %q) = %q, want %q", c.prev, c.name, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"全年一般公共预算收入完成18.4亿元，为调整预算数17.9亿元的102.8%。", []string{"一般公共预算收入", "一般公共预算收入调整预算数", "为调整预算数"}},
		// A share of a plan is named as written.
		{"全年完成项目投资12.5亿元，完成年度计划的104%。", []string{"项目投资", "完成年度计划"}},
	})
}

func TestDropFootnoteMarks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"各级各类学校[2]", "各级各类学校"},
		{"义务教育阶段[8]招生", "义务教育阶段招生"},
		{"普惠性幼儿园［12］", "普惠性幼儿园"},
		// No note number: a year, a word or an empty pair in brackets stays.
		{"学校[2023]", "学校[2023]"},
		{"学校[甲]", "学校[甲]"},
		{"学校[]", "学校[]"},
		{"学校[3", "学校[3"},
	} {
		if got := dropFootnoteMarks(c.in); got != c.want {
			t.Errorf("dropFootnoteMarks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"全县共有各级各类学校[2]286所，专任教师7430人。", []string{"各级各类学校", "专任教师"}},
		{"义务教育阶段[6]招生1.9万人，在校生8.7万人。", []string{"义务教育阶段招生", "义务教育阶段在校生"}},
	})
}

func TestDropLeadingNote(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"（累计）工业增加值", "工业增加值"},
		{"(快报)财政收入", "财政收入"},
		// Nothing after the note, a note inside, no close.
		{"（累计）", "（累计）"},
		{"（累计）值", "（累计）值"},
		{"执业(助理)医师", "执业(助理)医师"},
		{"（累计工业增加值", "（累计工业增加值"},
	} {
		if got := dropLeadingNote(c.in); got != c.want {
			t.Errorf("dropLeadingNote(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkSubjects(t, []subjectCase{
		{"2023年1-10月（累计）规上工业增加值增长5.6%。", []string{"规上工业增加值"}},
		{"1-10月（快报）财政收入32.1亿元。", []string{"财政收入"}},
	})
}

func TestYearPriorAtYearEnd(t *testing.T) {
	figs := mustExtract(t, "年末户籍人口86.2万人（2022年末为85.7万人），城镇化率58.1%。", Options{Year: 2023})
	if len(figs) != 3 || !figs[1].Prior || figs[1].Value != 85.7 || figs[1].Year != 2022 || figs[1].Indicator != "户籍人口" || figs[2].Prior {
		t.Errorf("got %+v", figs)
	}
	// A prior at another scale of one base unit.
	figs = mustExtract(t, "审结案件1.3万件，比2020年同期（9600件）增长35.4%。", Options{Year: 2023})
	if len(figs) != 2 || !figs[1].Prior || figs[1].Value != 9600 || figs[1].Year != 2020 || figs[0].Change == nil || figs[0].Change.base != "比2020年同期" {
		t.Errorf("got %+v", figs)
	}
}

func TestChangedToPeriod(t *testing.T) {
	for _, c := range []struct {
		head string
		want bool
	}{
		{"由2020年的78.1岁提高到", true}, {"增长至", true}, {"下降到", true},
		{"截至", false}, {"到", false}, {"全年", false},
	} {
		if got := changedTo(c.head); got != c.want {
			t.Errorf("changedTo(%q) = %v, want %v", c.head, got, c.want)
		}
	}
	figs := mustExtract(t, "居民人均预期寿命由2020年的77.6岁提高到2023年的78.4岁。", Options{Year: 2023})
	if len(figs) != 2 || figs[1].Period != "2023年" || figs[0].Period != "2020年" || !figs[0].Prior {
		t.Errorf("got %+v", figs)
	}
	figs = mustExtract(t, "截至2023年底，全县共有养老机构28家。", Options{Year: 2023})
	if len(figs) != 1 || figs[0].Period != "截至2023年底" {
		t.Errorf("got %+v", figs)
	}
}

func TestSchoolStageScope(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"初中阶段招生0.9万人，比上年增加0.1万人；在校生2.8万人；毕业生0.8万人。",
			[]string{"初中阶段招生", "初中阶段招生增加", "初中阶段在校生", "初中阶段毕业生"}},
	})
}
