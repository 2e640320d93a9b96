package extract

import "testing"

// TestGluedLabelTable: a two-column table whose copy ran each row's label,
// unit and value together, under a header line of its category and label
// headings and its month: each row a figure in its bracket's unit (none
// when the label names none), the categories' markers no outline of the
// rows, the note after it no row.
func TestGluedLabelTable(t *testing.T) {
	text := "某区2024年公共图书馆服务指标表\n分类考核指标3月数值\n一、馆藏资源纸质图书(册)182300\n阅览座位(个)640\n二、服务效能到馆人次(人次)52110\n图书平均借期(日)13.5\n持证读者人均借阅2.4\n注:本表数据于次月15日前报送。\n"
	figs := mustExtract(t, text, Options{Year: 2024})
	wantFigures(t, figs, []string{
		"馆藏资源纸质图书 182300 册",
		"阅览座位 640 个",
		"服务效能到馆人次 52110 人次",
		"图书平均借期 13.5 日",
		"持证读者人均借阅 2.4 ",
	})
	for _, f := range figs {
		if f.Period != "3月" || f.Parent != "" {
			t.Errorf("%s: period %q parent %q, want 3月 and none", f.Indicator, f.Period, f.Parent)
		}
	}
}

// TestGluedLabelTableNeedsHeader: lines ending in numbers without a header
// line of label heading and period are no table.
func TestGluedLabelTableNeedsHeader(t *testing.T) {
	text := "会议纪要\n参会人员名单\n第3组\n房间号302\n联系电话12345\n"
	if figs := mustExtract(t, text, Options{Year: 2024}); len(figs) != 0 {
		t.Errorf("got %v, want none", figureSet(figs))
	}
}

// TestGluedHeaderLine lists header lines and lines that are none.
func TestGluedHeaderLine(t *testing.T) {
	for line, want := range map[string]string{"分类监测指标1月数值": "监测指标|1月数值", "指标2023年": "指标|2023年", "项目本月": "项目|本月"} {
		l, p, _, ok := gluedHeaderLine(line)
		if !ok || l+"|"+p != want {
			t.Errorf("gluedHeaderLine(%s) = %s|%s %v, want %s", line, l, p, ok, want)
		}
	}
	for _, line := range []string{"指标体系建设", "项目2023", "分类管理办法", "指标"} {
		if _, _, _, ok := gluedHeaderLine(line); ok {
			t.Errorf("gluedHeaderLine(%s): read as a header", line)
		}
	}
}
