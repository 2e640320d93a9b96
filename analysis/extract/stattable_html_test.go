package extract

import "testing"

// TestStatTableHTMLHealth: the health table of TestStatTableHealthMergedHeader
// as a page writes it, each measure's group a colspan over its years.
func TestStatTableHTMLHealth(t *testing.T) {
	page := `<table>
<tr><td rowspan="2"></td><td colspan="2">机构数(个)</td><td colspan="2">床位数(张)</td></tr>
<tr><td>2022年</td><td>2023年</td><td>2022年</td><td>2023年</td></tr>
<tr><td>医院</td><td>41</td><td>43</td><td>8620</td><td>9105</td></tr>
<tr><td>其中：公立医院</td><td>17</td><td>17</td><td>6930</td><td>7210</td></tr>
</table>`
	figs := bothPaths(t, "health", page, 2023, []wantFig{
		{ind: "医院机构数", value: 41, unit: "个", prior: true},
		{ind: "医院机构数", value: 43, unit: "个"},
		{ind: "医院床位数", value: 8620, unit: "张", prior: true},
		{ind: "医院床位数", value: 9105, unit: "张"},
		{ind: "公立医院机构数", value: 17, unit: "个", prior: true},
		{ind: "公立医院机构数", value: 17, unit: "个"},
		{ind: "公立医院床位数", value: 6930, unit: "张", prior: true},
		{ind: "公立医院床位数", value: 7210, unit: "张"},
	})
	if figs[7].Parent != "医院床位数" {
		t.Errorf("parent %q", figs[7].Parent)
	}
}

// TestStatTableHTMLGrowthRow: the quarterly table of
// TestStatTableGrowthRowBelow as a page writes it.
func TestStatTableHTMLGrowthRow(t *testing.T) {
	page := `<table>
<tr><th>指标</th><th>全年</th><th>四季度</th></tr>
<tr><td>地区生产总值(亿元)</td><td>2418.6</td><td>702.3</td></tr>
<tr><td>增长(%)</td><td>4.8</td><td>5.6</td></tr>
</table>`
	bothPaths(t, "quarterly", page, 2023, []wantFig{
		{ind: "地区生产总值", value: 2418.6, unit: "亿元", changes: []string{"growth_pct 4.8"}},
		{ind: "地区生产总值", value: 702.3, unit: "亿元", changes: []string{"growth_pct 5.6"}},
	})
}

// TestStatTableHTMLEducation: an education table with # and 其中 rows and
// units in the column headers, as a page writes it.
func TestStatTableHTMLEducation(t *testing.T) {
	page := `<table>
<tr><th>学段</th><th>学校数(所)</th><th>在校生数(万人)</th><th>专任教师(人)</th></tr>
<tr><td>普通高中</td><td>25</td><td>6.2</td><td>4800</td></tr>
<tr><td>#民办</td><td>5</td><td>0.85</td><td>700</td></tr>
<tr><td>初中</td><td>60</td><td>8.8</td><td>7600</td></tr>
</table>`
	figs := bothPaths(t, "education", page, 2023, []wantFig{
		{ind: "普通高中学校数", value: 25, unit: "所"}, {ind: "普通高中在校生数", value: 6.2, unit: "万人"}, {ind: "普通高中专任教师", value: 4800, unit: "人"},
		{ind: "民办学校数", value: 5, unit: "所"}, {ind: "民办在校生数", value: 0.85, unit: "万人"}, {ind: "民办专任教师", value: 700, unit: "人"},
		{ind: "初中学校数", value: 60, unit: "所"}, {ind: "初中在校生数", value: 8.8, unit: "万人"}, {ind: "初中专任教师", value: 7600, unit: "人"},
	})
	if figs[4].Parent != "普通高中在校生数" {
		t.Errorf("parent %q", figs[4].Parent)
	}
}
