package extract

import "testing"

func TestXXGKPartRow(t *testing.T) {
	text := "第二十条第(五)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n" +
		"行政许可\n\n12\n\n3\n\n40\n\n其他对外管理服务事项\n\n行政检查\n\n7 \n\n0 \n\n15 \n\n行政确认\n\n2 \n\n1 \n\n6 \n"
	checkFigures(t, "T2 part rows", mustExtract(t, text, Options{Year: 2019}), []wantFig{
		{ind: "行政许可上一年项目数量", value: 12},
		{ind: "行政许可本年增/减", value: 3},
		{ind: "行政许可处理决定数量", value: 40},
		{ind: "行政检查上一年项目数量", value: 7},
		{ind: "行政检查本年增/减", value: 0},
		{ind: "行政检查处理决定数量", value: 15},
		{ind: "行政确认上一年项目数量", value: 2},
		{ind: "行政确认本年增/减", value: 1},
		{ind: "行政确认处理决定数量", value: 6},
	})
	// A first row that only starts with a template row is none.
	if _, ok := readXXGKT2(xxgkTokens("第二十条第（五）项 | 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | 行政许可证 | 6 | 减4 | 2 |", 0, nil)); ok {
		t.Error("(五) whose first row is no template row read")
	}
	rows := []string{"行政许可", "其他对外管理服务事项"}
	for _, c := range []struct {
		label, part string
		ok          bool
	}{
		{"其他对外管理服务事项行政检查", "行政检查", true},
		{"行政检查", "", false},        // no template row first
		{"其他对外管理服务事项", "", false},  // the row itself, no part
		{"行政许可证照办理", "证照办理", true}, // a part of the first row, as a label
	} {
		part, ok := xxgkPartRow(c.label, rows)
		if part != c.part || ok != c.ok {
			t.Errorf("xxgkPartRow(%q) = %q, %v, want %q, %v", c.label, part, ok, c.part, c.ok)
		}
	}
}

func TestXXGKHeaderNote(t *testing.T) {
	text := "第二十条第(九)项\n\n信息内容\n\n采购项目数量\n\n采购总金额(万元,保留四位小数)\n\n政府集中采购\n\n3\n\n125.4000 \n"
	checkFigures(t, "T2 header note", mustExtract(t, text, Options{Year: 2019}), []wantFig{
		{ind: "政府集中采购采购项目数量", value: 3},
		{ind: "政府集中采购采购总金额", value: 125.4, unit: "万元"},
	})
	for _, c := range []struct {
		rest, unit string
		n          int
	}{
		{"(万元,保留四位小数)", "万元", len("(万元,保留四位小数)")},
		{"(万元)", "万元", len("(万元)")},
		{"(保留四位小数)", "", 0}, // no unit first
		{"合计", "", 0},
	} {
		if u, n := xxgkHeaderNote(c.rest); u != c.unit || n != c.n {
			t.Errorf("xxgkHeaderNote(%q) = %q, %d, want %q, %d", c.rest, u, n, c.unit, c.n)
		}
	}
}
