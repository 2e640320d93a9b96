package analysis

import "testing"

func BenchmarkAnalyze200k(b *testing.B) {
	var d Dataset
	units := []string{"户", "件", "万元", "%", "亿元"}
	for i := 0; i < 200000; i++ {
		ind := d.Indicator("S", "指标"+FormatValue(float64(i), KindCount)+"数", units[i%5])
		for y := 2020; y <= 2024; y++ {
			ind.Set(Point{Year: y, Value: float64(i%977+1) * float64(y-2000) * 1.37})
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Analyze(&d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
