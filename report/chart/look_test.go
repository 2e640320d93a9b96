package chart

import (
	"image"
	"testing"

	"github.com/annualstat/annualstat/analysis"
	"github.com/annualstat/annualstat/internal/synthetic"
)

// TestStandardCharts renders the standard set for the sample report and a
// 30-indicator synthetic dataset and checks each PNG's basic properties.
// With ANNUALSTAT_CHART_DIR set, the PNGs are written there for viewing.
func TestStandardCharts(t *testing.T) {
	f := testFont(t)
	sets := map[string]*tableCase{
		"sample":  {analyze(t, loadSample(t))},
		"synth30": {analyze(t, mixedData(30, 2018, 2019, 2020, 2021, 2022))},
		"unit25":  {analyze(t, oneUnit(25))},
		"gen30":   {analyze(t, synthetic.Generate(synthetic.Options{Indicators: 30, Years: 5, Seed: 1}))},
		"unit6":   {analyze(t, oneUnit(6))},
	}
	for name, at := range sets {
		charts, err := Standard(at.t, Options{Font: f})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, c := range charts {
			writeDebug(t, c, name+"-"+c.Name, Options{})
			img := decodePNG(t, c, Options{})
			if b := img.Bounds(); b.Dx() != 800 || b.Dy() != 500 {
				t.Errorf("%s %s: PNG is %v, want 800×500", name, c.Name, b)
			}
			if f := ink(img, img.Bounds()); f < 0.01 {
				t.Errorf("%s %s: ink %.4f: nearly blank", name, c.Name, f)
			}
			if f := ink(img, image.Rect(150, 0, 650, 45)); f < 0.01 {
				t.Errorf("%s %s: no title", name, c.Name)
			}
		}
	}
}

type tableCase struct{ t *analysis.Table }
