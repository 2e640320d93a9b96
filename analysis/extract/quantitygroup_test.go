package extract

import "testing"

// TestKindFirst: a quantity over the kinds it is counted for names each
// cell kind first (甲区门诊医院人次数); a quantity over its total and the
// total's parts keeps the group first (甲区学校数初中).
func TestKindFirst(t *testing.T) {
	text := "各区医疗服务量\n" +
		"区 | 门诊人次数(万人次) | | 住院人数(人) | |\n" +
		" | 医院 | 卫生院 | 医院 | 卫生院\n" +
		"甲区 | 12.5 | 3.2 | 840 | 120\n" +
		"乙区 | 9.1 | – | 610 | 95\n"
	figs := mustExtract(t, text, Options{Year: 2021})
	checkFigures(t, "kinds", figs, []wantFig{
		{ind: "甲区医院门诊人次数", value: 12.5, unit: "万人次"},
		{ind: "甲区卫生院门诊人次数", value: 3.2, unit: "万人次"},
		{ind: "甲区医院住院人数", value: 840, unit: "人"},
		{ind: "甲区卫生院住院人数", value: 120, unit: "人"},
		{ind: "乙区医院门诊人次数", value: 9.1, unit: "万人次"},
		{ind: "乙区医院住院人数", value: 610, unit: "人"},
		{ind: "乙区卫生院住院人数", value: 95, unit: "人"},
	})
	text = "学校情况\n" +
		"区 | 学校数(所) | | | 班数(个) |\n" +
		" | 合计 | 初中 | 小学 | |\n" +
		"甲区 | 30 | 10 | 20 | 300\n"
	figs = mustExtract(t, text, Options{Year: 2021})
	checkFigures(t, "total and parts", figs, []wantFig{
		{ind: "甲区学校数", value: 30, unit: "所"},
		{ind: "甲区学校数初中", value: 10, unit: "所"},
		{ind: "甲区学校数小学", value: 20, unit: "所"},
		{ind: "甲区班数", value: 300, unit: "个"},
	})
}

func TestQuantityGroupOrder(t *testing.T) {
	for _, c := range []struct {
		group, name, want string
		ok                bool
	}{
		{"出院人数", "乡镇卫生院", "乡镇卫生院出院人数", true},
		{"床位数", "医院", "医院床位数", true},
		{"城镇", "人口数", "", false},     // a kind over a quantity: kept
		{"学校数", "在校生数", "", false},   // a quantity under a quantity
		{"出院人数", "2022年", "", false}, // a period
		{"出院人数", "Total", "", false},
	} {
		got, ok := quantityGroupOrder(c.group, c.name)
		if got != c.want || ok != c.ok {
			t.Errorf("%s over %s: %q %v", c.group, c.name, got, ok)
		}
	}
}

// TestPartQuantityName: a part recurring under several columns is named by
// its kind and each column's quantity word (医院数, 医院床位数); a listed
// part or a column that names no kind keeps the bracketed name.
func TestPartQuantityName(t *testing.T) {
	for _, c := range []struct {
		column, part, want string
		ok                 bool
	}{
		{"卫生机构数", "医院", "医院数", true},
		{"卫生机构床位数", "医院", "医院床位数", true},
		{"医疗卫生机构人员数", "医院", "医院人员数", true},
		{"卫生技术人员数", "医院", "", false},
		{"卫生机构床位数", "医院、卫生院", "", false},
		{"机构数", "医院", "", false},
		{"床位数", "医院", "", false},
		{"学校数", "小学", "", false},
	} {
		got, ok := partQuantityName(c.column, c.part)
		if got != c.want || ok != c.ok {
			t.Errorf("%s, part %s: %q %v", c.column, c.part, got, ok)
		}
	}
	text := "历年卫生情况\n" +
		"年份 | 卫生机构数(个) | 其中:医院(个) | 卫生机构床位数(张) | 其中:医院(张)\n" +
		"2019 | 40 | 6 | 900 | 700\n"
	figs := mustExtract(t, text, Options{Year: 2019})
	checkFigures(t, "recurring part", figs, []wantFig{
		{ind: "卫生机构数", value: 40, unit: "个"},
		{ind: "医院数", value: 6, unit: "个"},
		{ind: "卫生机构床位数", value: 900, unit: "张"},
		{ind: "医院床位数", value: 700, unit: "张"},
	})
}
