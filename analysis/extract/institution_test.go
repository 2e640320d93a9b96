package extract

import "testing"

func TestInstitutionMeasure(t *testing.T) {
	checkSubjects(t, []subjectCase{
		// The measures listed after a count of institutions are theirs.
		{"截至年底，全市妇幼保健机构达到18家，床位2110张，卫生技术人员3560人，年门急诊168.2万人次，年住院7.3万人次。", []string{
			"妇幼保健机构", "妇幼保健机构床位", "妇幼保健机构卫生技术人员", "妇幼保健机构年门急诊", "妇幼保健机构年住院"}},
		// 总数 names the count, not the institutions.
		{"全省中医类医疗卫生机构总数5120个，总诊疗人次1.2亿人次。", []string{"中医类医疗卫生机构总数", "中医类医疗卫生机构总诊疗人次"}},
		// Traditional script reads alike.
		{"全澳醫療機構共有62間，床位1780張，醫師1920人。", []string{"全澳醫療機構", "全澳醫療機構床位", "全澳醫療機構醫師"}},
		// Another count in between: the measure is of no one institution.
		{"全县有医院12个，社区卫生服务中心9个，床位2300张。", []string{"医院", "社区卫生服务中心", "社区卫生服务中心床位"}},
		// A measure not of institutions keeps its name.
		{"全区共有养老机构35个，入住老人2100人。", []string{"养老机构", "入住老人"}},
	})
}

func TestLevelNamedBefore(t *testing.T) {
	figs := mustExtract(t, "2022年末，全省共有乡镇卫生院1033个，床位5.5万张，卫生人员6.1万人，与上年比较，床位增加0.2万张，人员增加0.3万人。", Options{Year: 2022})
	want := []struct {
		name, of string
		abs      float64
	}{
		{"乡镇卫生院", "", 0},
		{"乡镇卫生院床位", "", 0.2},
		{"乡镇卫生院卫生人员", "", 0.3},
		{"乡镇卫生院床位增加", "乡镇卫生院床位", 0},
		{"乡镇卫生院人员增加", "乡镇卫生院卫生人员", 0},
	}
	if len(figs) != len(want) {
		t.Fatalf("got %d figures, want %d", len(figs), len(want))
	}
	for i, w := range want {
		f := figs[i]
		abs := 0.0
		for _, c := range f.Changes {
			if c.Kind == Abs {
				abs = c.Value
			}
		}
		if f.Indicator != w.name || f.ChangeOf != w.of || abs != w.abs {
			t.Errorf("figure %d: got %q of %q abs %v, want %+v", i, f.Indicator, f.ChangeOf, abs, w)
		}
	}
}
