package extract

import "testing"

func TestFurnitureUnit(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"单位名称:某某局       单位:万元", "万元"},
		{"编制单位：某县财政局    单位：元", "元"},
		{"单位名称:某某局", ""},           // no unit after the body
		{"单位:万元", ""},              // a unit line, no furniture (unitLine reads it)
		{"项目名称:道路改造    单位:万元", ""}, // no furniture word
	} {
		if got := furnitureUnit(c.line); got != c.want {
			t.Errorf("furnitureUnit(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	if u := unitLine("单位名称:某某局       单位:万元"); u != "万元" {
		t.Errorf("unitLine of a furniture line = %q, want 万元", u)
	}

	// The furniture line between a table's title and its header names no
	// column and gives the unit.
	text := "某局2019年度“三公”经费预算表\n" +
		"单位名称:某某局       单位:万元\n" +
		"项目 预算数合计 一般公共预算拨款 政府性基金预算拨款\n" +
		"一、支出合计 6.2 6.2 0\n" +
		"2、公务用车费 3.8 3.8 0\n"
	checkFigures(t, "furniture line", mustExtract(t, text, Options{Year: 2019}), []wantFig{
		{ind: "支出合计预算数合计", value: 6.2, unit: "万元"},
		{ind: "支出合计一般公共预算拨款", value: 6.2, unit: "万元"},
		{ind: "支出合计政府性基金预算拨款", value: 0, unit: "万元"},
		{ind: "公务用车费预算数合计", value: 3.8, unit: "万元"},
		{ind: "公务用车费一般公共预算拨款", value: 3.8, unit: "万元"},
		{ind: "公务用车费政府性基金预算拨款", value: 0, unit: "万元"},
	})
}
