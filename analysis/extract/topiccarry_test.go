package extract

import "testing"

func TestCarriedCaseTopic(t *testing.T) {
	checkSubjects(t, []subjectCase{
		// A topic written before its verb passes to the bare verbs after it.
		{"对盗窃、诈骗等多发性侵财犯罪批捕312件340人，起诉405件436人。", []string{
			"多发性侵财犯罪批捕", "多发性侵财犯罪批捕", "盗窃、诈骗等多发性侵财犯罪起诉", "盗窃、诈骗等多发性侵财犯罪起诉"}},
		// The crimes a clause without a figure punishes are the topic of
		// every verb after it, written before the verb (topicBeforeVerb).
		{"严厉惩治涉枪涉爆等严重刑事犯罪，批准逮捕125件150人，起诉118件131人。", []string{
			"涉枪涉爆等严重刑事犯罪批准逮捕", "涉枪涉爆等严重刑事犯罪批准逮捕", "涉枪涉爆等严重刑事犯罪起诉", "涉枪涉爆等严重刑事犯罪起诉"}},
		{"加大对“两抢一盗”等侵财犯罪的打击力度，批准逮捕62件70人，起诉58件66人。", []string{
			"“两抢一盗”等侵财犯罪批准逮捕", "“两抢一盗”等侵财犯罪批准逮捕", "“两抢一盗”等侵财犯罪起诉", "“两抢一盗”等侵财犯罪起诉"}},
		// An object after the verb passes whole, across a semicolon, to the
		// short verbs of a run (追诉, 不捕), before them; another subject
		// ends the run. The verb that writes its object keeps its order.
		{"批捕电信网络诈骗、帮信等新型网络犯罪766人，起诉1020人；追诉15人，协助挽损3.1亿元，追回赃款2.2亿元。", []string{
			"新型网络犯罪", "电信网络诈骗、帮信等新型网络犯罪起诉", "电信网络诈骗、帮信等新型网络犯罪追诉", "协助挽损", "追回赃款"}},
		{"批捕破坏生态环境资源犯罪48人，起诉95人。", []string{"批捕破坏生态环境资源犯罪", "破坏生态环境资源犯罪起诉"}},
		// A kind named in four characters is a topic; a general name is not.
		{"严惩毒品犯罪，起诉60人。", []string{"毒品犯罪起诉"}},
		{"起诉毒品犯罪60人。", []string{"起诉毒品犯罪"}},
		{"依法打击刑事犯罪，起诉800人。", []string{"起诉"}},
		// A trend after the crimes is no part of them; a period or place may
		// stand before the verb; a clause of another kind may come between.
		{"坚决遏制电信网络诈骗犯罪高发态势，批捕120人，起诉131人。", []string{"电信网络诈骗犯罪批捕", "电信网络诈骗犯罪起诉"}},
		{"2023年本市依法惩治养老诈骗犯罪，深化专项行动，起诉52件76人。", []string{"养老诈骗犯罪起诉", "养老诈骗犯罪起诉"}},
		// A campaign names the bare counts after it.
		{"纵深推进扫黑除恶专项斗争，批捕56人，起诉88人；不捕7人。", []string{"扫黑除恶批捕", "扫黑除恶起诉", "扫黑除恶不捕"}},
		// Crimes of every kind or by a general name head the counts of
		// the verbs as a whole.
		{"依法打击各类刑事犯罪，批准逮捕1269件，起诉1658件。", []string{"批准逮捕", "起诉"}},
		{"依法惩治职务犯罪，立案侦查26人，起诉19人。", []string{"立案侦查", "起诉"}},
		// Counts of a court keep their scope and noun (inheritSubject).
		{"全市法院受理各类案件25.4万件，办结23.1万件。", []string{"法院受理各类案件", "全市法院办结案件"}},
	})
}

func TestCountTopic(t *testing.T) {
	for _, c := range []struct {
		raw  string
		want caseTopic
	}{
		{"对毒品犯罪批捕", caseTopic{words: "毒品犯罪"}},
		{"依法对黑恶犯罪起诉", caseTopic{words: "黑恶犯罪"}},
		{"涉众型经济犯罪批捕", caseTopic{words: "涉众型经济犯罪"}},
		{"批捕侵犯知识产权犯罪", caseTopic{words: "侵犯知识产权犯罪", object: true}},
		{"受理审查起诉", caseTopic{}},
		{"批捕犯罪嫌疑人", caseTopic{}},
		{"协助挽损", caseTopic{}},
	} {
		if got := countTopic(c.raw); got != c.want {
			t.Errorf("countTopic(%q) = %+v, want %+v", c.raw, got, c.want)
		}
	}
}

func TestClauseCrimeTopic(t *testing.T) {
	for _, c := range []struct {
		clause string
		want   caseTopic
	}{
		{"严厉惩治非法集资等涉众型经济犯罪", caseTopic{words: "非法集资等涉众型经济犯罪", object: true}},
		{"加大对侵害未成年人犯罪的惩治力度", caseTopic{words: "侵害未成年人犯罪", object: true}},
		{"对“3·08”系列诈骗专案快捕快诉", caseTopic{}},
		{"维护社会秩序", caseTopic{}},
	} {
		if got := clauseCrimeTopic(c.clause); got != c.want {
			t.Errorf("clauseCrimeTopic(%q) = %+v, want %+v", c.clause, got, c.want)
		}
	}
}

func TestCaseCountClause(t *testing.T) {
	checkSubjects(t, []subjectCase{
		// A case verb's count after a party named earlier in the sentence
		// is the report's statistic.
		{"依法审结王某某等15人组织领导黑社会性质组织犯罪案件，审结诈骗、敲诈勒索等犯罪案件96件120人。", []string{"犯罪案件", "犯罪案件"}},
		// The facts of a case stay out.
		{"其中，张某分得5200元，购买了3.6克甲基苯丙胺。", nil},
	})
	if caseCountClause("张某审结", "件") || caseCountClause("起诉", "万元") || !caseCountClause("依法起诉", "人") {
		t.Error("caseCountClause: a clause naming a party or counting money is no case count; 依法起诉…人 is")
	}
}

func TestTopicBeforeVerb(t *testing.T) {
	if got := topicBeforeVerb("涉黑恶犯罪", "起诉"); got != "涉黑恶犯罪起诉" {
		t.Errorf("topicBeforeVerb = %q", got)
	}
	for words, want := range map[string]bool{"毒品犯罪": true, "涉疫犯罪": true, "盗窃、诈骗等犯罪": true, "刑事犯罪": false, "职务犯罪": false, "各类刑事犯罪": false, "犯罪": false} {
		if got := namesCrimeKind(words); got != want {
			t.Errorf("namesCrimeKind(%q) = %v, want %v", words, got, want)
		}
	}
}
