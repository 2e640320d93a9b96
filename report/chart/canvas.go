package chart

import (
	"fmt"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Draw lays the chart out on any vg canvas, for backends other than PNG and
// SVG: the PDF draws charts as vectors through it. The canvas should have
// opt's size; the background is filled white.
func (c *Chart) Draw(cv vg.CanvasSizer, opt Options) error {
	if c == nil || c.Plot == nil || c.th == nil {
		return fmt.Errorf("chart: drawing an empty chart: %w", ErrNoData)
	}
	return c.draw(draw.New(cv), opt, true)
}
