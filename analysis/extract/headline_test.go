package extract

import "testing"

func TestNumbersHeadline(t *testing.T) {
	checkSubjects(t, []subjectCase{
		// A heading of bare numbers takes the subjects the section gives
		// them after it.
		{"一、36.2万件，5.1万件\n2019—2023年，全省各级人民法院受理各类案件36.2万件。其中，行政案件5.1万件。", []string{
			"各级人民法院受理各类案件", "行政案件", "各级人民法院受理各类案件", "行政案件"}},
		// A percent of the heading is a change the section states: the
		// changed figure and its change words name it; a percent written
		// 4.50 is the change 4.5.
		{"（二）2.15%，4.50%\n五年来，全县户籍人口逐年上升，年均递增2.15%。2023年末户籍人口52.3万人，比2019年上升4.5%。", []string{
			"户籍人口年均递增", "户籍人口比2019年上升", "户籍人口", "户籍人口"}},
		// A distributed change gives each figure its verb.
		{"三、812件，9.7%、12.4%\n全市检察机关起诉毒品犯罪812件，判处罪犯906人，与上一个五年比较，分别上升9.7%和12.4%。", []string{
			"检察机关起诉毒品犯罪", "检察机关起诉毒品犯罪上升", "判处罪犯上升", "检察机关起诉毒品犯罪", "判处罪犯"}},
		// A heading with words is no numbers headline.
		{"一、受理案件812件\n全市法院受理案件812件。", []string{"受理案件", "法院受理案件"}},
	})
}

func TestHeadlineChangeWords(t *testing.T) {
	for _, c := range []struct{ text, number, want string }{
		{"比2019年上升4.50%", "4.50", "比2019年上升"},
		{"分别上升9.7%", "9.7", "上升"},
		{"和12.4%", "12.4", ""},
		{"年均递增2.15%", "2.15", "年均递增"},
	} {
		if got := headlineChangeWords(c.text, c.number); got != c.want {
			t.Errorf("headlineChangeWords(%q, %q) = %q, want %q", c.text, c.number, got, c.want)
		}
	}
	if !sameNumber("3.80", "3.8") || sameNumber("38", "3.8") || sameNumber("", "") {
		t.Error("sameNumber: 3.80 is 3.8, 38 is not, an empty number is none")
	}
}
