package extract

// The document path measured against the text path on the dev set's
// tables: each table excerpt of testdata/eval/dev*.json written as the web
// page it was copied from (the same cells as an HTML table, merged header
// cells as rowspan and colspan, the prose around it as paragraphs), read
// with ingest.ReadDocument and ExtractDocument, and scored with the eval
// scorer. The pages are written by hand from the excerpts' texts: the text
// copies break cells over lines, which a page does not.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annualstat/annualstat/analysis/ingest"
)

// devTablePages are the dev table excerpts as HTML pages, by text id.
var devTablePages = map[string]string{
	"dev-budget-puyang-2023m3": `<html><head><meta charset="utf-8"><title>3月份财政收支情况</title></head><body>
<div class="content">
<p>3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。收入规模位居全省第15位,同比提升1个位次;收入增幅高于省辖市平均增幅3.7个百分点,居全省第6位,同比提升1个位次;税收比重为70.9%,位居全省第3位,同比回落1个位次。3月份,全市一般公共预算支出当月完成380990万元,增长15.8%,累计完成744234万元,下降4.1%。支出规模位居全省第13位,同比持平;支出增幅高于省辖市平均增幅3.3个百分点,居全省第8位,同比回落6个位次。市本级及各县区具体情况如下表:</p>
<p>单位:万元</p>
<table border="1">
<tr><td rowspan="2">单位名称</td><td colspan="4">一般公共预算收入</td><td rowspan="2">税收比重%</td><td colspan="4">一般公共预算支出</td></tr>
<tr><td>当月</td><td>累计</td><td>为预算的%</td><td>增幅%</td><td>当月</td><td>累计</td><td>为预算的%</td><td>增幅%</td></tr>
` + devRows([][]string{
		{"濮阳市", "73795", "234267", "", "-10.9", "70.9", "380990", "744234", "", "-4.1"},
		{"市本级", "14070", "54065", "", "-22.8", "61.4", "59373", "129558", "", "-27.6"},
		{"县区级", "59725", "180202", "", "-6.6", "73.8", "321617", "614676", "", "3.0"},
		{"区 级", "24867", "70978", "", "1.0", "85.9", "28853", "100375", "", "-3.9"},
		{"华龙区", "14729", "36567", "", "4.9", "81.8", "10038", "32062", "", "-22.0"},
		{"开发区", "3239", "19420", "", "-6.8", "89.9", "13878", "56469", "", "22.6"},
		{"工业园区", "1675", "4331", "", "3.2", "91.8", "2491", "6648", "", "20.5"},
		{"示范区", "5224", "10660", "", "2.6", "90.3", "2446", "5196", "", "-55.7"},
		{"县 级", "34858", "109224", "", "-10.9", "65.9", "292764", "514301", "", "4.4"},
		{"濮阳县", "11330", "39387", "", "-17.1", "61.4", "74911", "164712", "", "-7.9"},
		{"清丰县", "5324", "20424", "", "-11.5", "60.2", "32768", "51975", "", "-28.3"},
		{"南乐县", "7933", "17960", "", "-6.2", "56.5", "67293", "101285", "", "23.0"},
		{"范 县", "6088", "20229", "", "-3.7", "85.1", "50079", "109330", "", "51.4"},
		{"台前县", "4183", "11224", "", "-5.4", "72.5", "67713", "86999", "", "0.4"},
	}) + `</table></div></body></html>`,
	"dev-company-000059-indicators": `<html><head><meta charset="utf-8"><title>财务指标</title></head><body>
<div class="content"><table>
<tr><th>报告期</th><th>2023-03-31</th><th>同比变化</th><th>2022-12-31</th><th>2022-09-30</th><th>2022-06-30</th><th>2022-03-31</th></tr>
<tr><td colspan="7">财务指标</td></tr>
` + devRows([][]string{
		{"每股收益", "-0.31", "-275.28%", "0.33", "0.32", "0.31", "0.18"},
		{"每股净资产", "8.71", "-4.19%", "9.02", "9.03", "9.02", "9.10"},
		{"每股资本公积金", "4.05", "", "4.05", "4.05", "4.05", "4.05"},
		{"每股未分配利润", "3.27", "-10.35%", "3.58", "3.57", "3.56", "3.64"},
		{"每股经营现金流", "-2.58", "-55.26%", "1.10", "-1.89", "-1.35", "-1.66"},
		{"净资产收益率", "-3.57", "-282.90%", "3.66", "3.55", "3.47", "1.95"},
		{"销售毛利率", "--", "--", "--", "--", "--", "--"},
		{"净利润率", "-4.99", "-287.91%", "1.08", "1.44", "2.07", "2.66"},
		{"资产负债率", "50.60", "-3.64%", "53.72", "51.42", "50.61", "52.51"},
		{"流动比率", "2.29", "7.98%", "1.65", "1.71", "1.84", "2.12"},
		{"速动比率", "1.24", "-1.67%", "1.20", "0.92", "1.05", "1.26"},
	}) + `<tr><td colspan="7">经营业绩(万元)</td></tr>
` + devRows([][]string{
		{"主营业务收入", "997456", "-6.73%", "4906214", "3553716", "2415815", "1069421"},
		{"主营业务利润", "-3369", "-103.75%", "286327", "246420", "219157", "89926"},
		{"管理费用", "25894", "-28.56%", "111740", "115099", "83714", "36248"},
		{"财务费用", "4911", "-12.45%", "24349", "17023", "10646", "5609"},
		{"营业利润", "-44382", "-212.42%", "79442", "75149", "66446", "39477"},
	}) + `</table></div></body></html>`,
	"dev2-company-300165-2019q3": `<html><head><meta charset="utf-8"><title>江苏天瑞仪器股份有限公司2019年第三季度报告</title></head><body><div class="content">
<p align="center"><b>江苏天瑞仪器股份有限公司</b></p>
<p align="center"><b>2019年第三季度报告</b></p>
<p align="center">2019年10月</p>
<h2>第一节 重要提示</h2>
<p>公司董事会、监事会及董事、监事、高级管理人员保证季度报告内容的真实、准确、完整,不存在虚假记载、误导性陈述或者重大遗漏,并承担个别和连带的法律责任。所有董事均已出席了审议本次季报的董事会会议。公司负责人刘召贵、主管会计工作负责人吴照兵及会计机构负责人(会计主管人员)段锋声明:保证季度报告中财务报表的真实、准确、完整。</p>
<h2>第二节 公司基本情况</h2>
<h3>一、主要会计数据和财务指标</h3>
<p>公司是否需追溯调整或重述以前年度会计数据</p>
<p>□ 是 √ 否</p>
<table border="1">
<tr><td></td><td>本报告期末</td><td>上年度末</td><td colspan="2">本报告期末比上年度末增减</td></tr>
<tr><td>总资产(元)</td><td>2,096,147,734.54</td><td>2,229,188,925.77</td><td colspan="2">-5.97%</td></tr>
<tr><td>归属于上市公司股东的净资产(元)</td><td>1,606,445,455.74</td><td>1,604,617,965.04</td><td colspan="2">0.11%</td></tr>
<tr><td></td><td>本报告期</td><td>本报告期比上年同期增减</td><td>年初至报告期末</td><td>年初至报告期末比上年同期增减</td></tr>
` + devRows([][]string{
		{"营业收入(元)", "204,938,726.68", "-10.87%", "591,725,442.19", "-9.59%"},
		{"归属于上市公司股东的净利润(元)", "-9,076,682.32", "-136.48%", "20,119,952.74", "-57.98%"},
		{"归属于上市公司股东的扣除非经常性损益的净利润(元)", "-9,296,089.25", "-141.71%", "17,203,717.84", "-56.36%"},
		{"经营活动产生的现金流量净额(元)", "--", "--", "-56,017,689.36", "12.37%"},
		{"基本每股收益(元/股)", "-0.0197", "-136.55%", "0.0436", "-57.96%"},
		{"稀释每股收益(元/股)", "-0.0197", "-136.55%", "0.0436", "-57.96%"},
		{"加权平均净资产收益率", "-0.57%", "-2.12%", "1.25%", "-1.67%"},
	}) + `</table></div></body></html>`,
	"dev2-education-chongqing-yearbook-2007": `<html><head><meta charset="utf-8"><title>教育事业基本情况</title></head><body><div class="content">
<p>175 教育事业基本情况(2006-2007)</p>
<p>Basic Statistics on Education (2006-2007)</p>
<table border="1">
<tr><td colspan="3">单位:人、所 (person, unit)</td></tr>
<tr><td>项目 Item</td><td>2006</td><td>2007</td></tr>
<tr><td colspan="3">学校数 Number of Schools</td></tr>
` + devRows([][]string{
		{"普通高等学校 Regular Institutions of Higher Education", "38", "38"},
		{"普通中等学校 Secondary Schools", "1556", "1501"},
		{"　普通中等专业学校 Specialized Secondary Schools", "30", "28"},
		{"　　中等技术学校 Technical Training Schools", "21", "19"},
		{"　　中等师范学校 Teacher Training Schools", "9", "9"},
		{"　普通中学 Regular Secondary Schools", "1373", "1361"},
		{"　　高 中 Senior", "286", "262"},
		{"　　初 中 Junior", "1087", "1099"},
		{"　职业中学 Vocational Secondary Schools", "153", "112"},
		{"小 学 Primary Schools", "8754", "7990"},
		{"幼儿园 Kindergartens", "3376", "3351"},
		{"特殊教育学校 Schools for the Blind Deaf and Deaf-mute", "44", "43"},
	}) + `<tr><td colspan="3">专任教师 Number of Full-time Teachers</td></tr>
` + devRows([][]string{
		{"普通高等学校 Regular Institutions of Higher Education", "23717", "26089"},
		{"普通中等学校 Secondary Schools", "105428", "109274"},
		{"　普通中等专业学校 Specialized Secondary Schools", "1888", "2036"},
		{"　　中等技术学校 Technical Training Schools", "1389", "1552"},
		{"　　中等师范学校 Teacher Training Schools", "499", "514"},
		{"　普通中学 Regular Secondary Schools", "95782", "99807"},
		{"　　高 中 Senior", "27207", "27822"},
		{"　　初 中 Junior", "68575", "71985"},
		{"　职业中学 Vocational Secondary Schools", "7758", "7431"},
		{"小 学 Primary Schools", "113724", "119831"},
		{"幼儿园 Kindergartens", "13615", "14270"},
		{"特殊教育学校 Schools for the Blind Deaf and Deaf-mute", "584", "652"},
	}) + `<tr><td colspan="3">招生数 New Student Enrollment</td></tr>
` + devRows([][]string{
		{"普通高等学校 Regular Institutions of Higher Education", "133845", "143040"},
		{"普通中等学校 Secondary Schools", "771371", "782596"},
		{"　普通中等专业学校 Specialized Secondary Schools", "40570", "39900"},
		{"　　中等技术学校 Technical Training Schools", "38623", "37263"},
		{"　　中等师范学校 Teacher Training Schools", "1947", "2637"},
	}) + `</table></div></body></html>`,
	"dev2-health-fujian-yearbook-2007": `<html><head><meta charset="utf-8"><title>卫生事业基本情况</title></head><body><div class="content">
<p>15-7 卫生事业基本情况(2007年)</p>
<p>basic statistics on public health, 2007</p>
<table border="1">
<tr><td></td><td>卫生机构<br>(个)</td><td>#医院、<br>卫生院</td><td>医疗床位<br>(张)</td><td>#医院、<br>卫生院</td><td>卫生技术人员<br>(人)</td><td>#医 师</td><td>#注册护士</td></tr>
<tr><td></td><td>number of health institutions (unit)</td><td>hospitals and health centers</td><td>hospital beds</td><td>hospitals and health centers</td><td>medical technical personnel (person)</td><td>doctors</td><td>certified nurses</td></tr>
` + devRows([][]string{
		{"total", "8712", "1306", "92331", "84555", "107384", "46094", "36646"},
		{"医院 hospitals", "370", "370", "63000", "63000", "58172", "22159", "24848"},
		{"疗养院 sanatorium", "14", "", "2227", "", "328", "103", "150"},
		{"社区卫生服务中心 health service centers in communities", "59", "", "700", "", "3378", "1500", "843"},
		{"卫生院 rural township hospitals", "936", "936", "21555", "21555", "19072", "9506", "4972"},
		{"门诊部 clinics", "313", "", "170", "", "2595", "1193", "677"},
		{"诊所、医务室、护理站 clinigues,infirmaries,nursing stations", "6687", "", "", "", "14568", "6899", "3223"},
		{"妇幼保健院、所 maternity and child care centers", "85", "", "2674", "", "3761", "1595", "1389"},
		{"专科疾病防治院 specialized prevention & treatment", "31", "", "1868", "", "700", "344", "153"},
		{"急救中心 first-aid centers", "10", "", "15", "", "177", "91", "76"},
		{"采供血机构 blood collected and supplied centers", "9", "", "122", "", "283", "48", "95"},
		{"疾病预防控制中心(防疫站) sanitation and antiepidemic stations", "93", "", "", "", "3474", "2126", "176"},
		{"卫生监督所 sanitation supervision centers", "46", "", "", "", "677", "443", "22"},
		{"医学在职培训机构 sanitation supervision and inspection", "25", "", "", "", "97", "45", "5"},
		{"医学科学研究机构 research institutions of medical science", "8", "", "", "", "48", "28", "11"},
		{"健康教育所 health education centers", "5", "", "", "", "10", "8", "2"},
		{"其他卫生机构 other institutions", "21", "", "", "", "44", "6", "2"},
	}) + `</table></div></body></html>`,
}

// devRows writes rows of plain cells as HTML table rows.
func devRows(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString("<tr>")
		for _, c := range r {
			fmt.Fprintf(&b, "<td>%s</td>", c)
		}
		b.WriteString("</tr>\n")
	}
	return b.String()
}

// scoreDevTables scores the dev set's table excerpts read by figs.
func scoreDevTables(t *testing.T, texts []evalText, figs func(evalText) ([]Figure, error), log bool) evalScore {
	var total evalScore
	for _, text := range texts {
		fs, err := figs(text)
		if err != nil {
			t.Errorf("%s: %v", text.ID, err)
			continue
		}
		got := make([]evalGot, len(fs))
		for i := range fs {
			got[i] = evalView(fs[i])
		}
		s, why := evalScoreText(text, got)
		if log {
			t.Logf("%s: %v", text.ID, s)
			for _, w := range why {
				t.Logf("  %s: %s", text.ID, w)
			}
		}
		total.add(s)
	}
	return total
}

// TestDocumentPathOnDevTables: the dev set's tables read from web pages
// through ingest and ExtractDocument score at least what the text copies
// score through Extract, on each of the three figures.
func TestDocumentPathOnDevTables(t *testing.T) {
	var texts []evalText
	for _, file := range []string{"testdata/eval/dev.json", "testdata/eval/dev2.json"} {
		set, err := loadEvalSet(file)
		if err != nil {
			if file == "testdata/eval/dev.json" {
				t.Fatal(err)
			}
			continue
		}
		for _, x := range set {
			if x.Kind != "table" {
				continue
			}
			if _, ok := devTablePages[x.ID]; !ok {
				// A table excerpt landed before its page was written:
				// measured once it has one.
				t.Logf("%s: table excerpt without its page in devTablePages: not measured", x.ID)
				continue
			}
			texts = append(texts, x)
		}
	}
	if len(texts) == 0 {
		t.Fatal("no table excerpts in the dev set")
	}
	viaText := scoreDevTables(t, texts, evalFigures, false)
	viaDoc := scoreDevTables(t, texts, func(x evalText) ([]Figure, error) {
		d, err := ingest.ReadDocument(strings.NewReader(devTablePages[x.ID]), x.ID+".html", ingest.Options{})
		if err != nil {
			return nil, err
		}
		return ExtractDocument(d, Options{Year: x.Year})
	}, testing.Verbose())
	t.Logf("text path:     %v", viaText)
	t.Logf("document path: %v", viaDoc)
	if viaDoc.FullyRight() < viaText.FullyRight() || viaDoc.ValueRecall() < viaText.ValueRecall() || viaDoc.Precision() < viaText.Precision() {
		t.Errorf("the document path scores below the text path:\n document %v\n text     %v", viaDoc, viaText)
	}
}
