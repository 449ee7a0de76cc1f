package stats

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"newsmark/annotate"
)

// Stance colours, from the same colour-blind-safe palette as the labels.
var (
	colorFavor   = color.NRGBA{0x00, 0x9E, 0x73, 0xff}
	colorAgainst = color.NRGBA{0xD5, 0x5E, 0x00, 0xff}
	colorNone    = color.NRGBA{0x99, 0x99, 0x99, 0xff}
	colorTodo    = color.NRGBA{0xBB, 0xBB, 0xBB, 0xff}
	colorStarted = color.NRGBA{0xF0, 0xE4, 0x42, 0xff}
	colorDone    = color.NRGBA{0x00, 0x9E, 0x73, 0xff}
)

// most bars a panel shows; the rest are left out, as a chart of hundreds
// of targets or speakers says nothing.
const most = 8

// Chart draws the project's figures as four panels: progress, spans per
// label (in the schema's colours), stance per target, most quoted speakers.
// width and height are in pixels.
func Chart(s *Stats, sch *annotate.Schema, width, height int) (image.Image, error) {
	progress, err := progressPlot(s)
	if err != nil {
		return nil, err
	}
	labels, err := labelPlot(s, sch)
	if err != nil {
		return nil, err
	}
	stance, err := stancePlot(s)
	if err != nil {
		return nil, err
	}
	speakers, err := speakerPlot(s)
	if err != nil {
		return nil, err
	}
	// 96 dpi: one point is 4/3 pixels.
	c := vgimg.NewWith(vgimg.UseWH(vg.Length(width)*0.75, vg.Length(height)*0.75), vgimg.UseDPI(96))
	dc := draw.New(c)
	tiles := draw.Tiles{Rows: 2, Cols: 2, PadX: vg.Millimeter * 6, PadY: vg.Millimeter * 6,
		PadTop: vg.Millimeter * 3, PadBottom: vg.Millimeter * 3, PadLeft: vg.Millimeter * 3, PadRight: vg.Millimeter * 3}
	plots := [][]*plot.Plot{{progress, labels}, {stance, speakers}}
	canvases := plot.Align(plots, tiles, dc)
	for i := range plots {
		for j := range plots[i] {
			plots[i][j].Draw(canvases[i][j])
		}
	}
	return c.Image(), nil
}

// WritePNG draws the chart and writes it as PNG.
func WritePNG(w io.Writer, s *Stats, sch *annotate.Schema, width, height int) error {
	img, err := Chart(s, sch, width, height)
	if err != nil {
		return err
	}
	return png.Encode(w, img)
}

// bars adds one bar per value, each in its own colour, at positions 0..n-1.
func bars(p *plot.Plot, values []float64, colors []color.Color, horizontal bool) error {
	for i, v := range values {
		vals := make(plotter.Values, len(values))
		vals[i] = v
		b, err := plotter.NewBarChart(vals, vg.Points(14))
		if err != nil {
			return err
		}
		b.Color = colors[i]
		b.LineStyle.Width = 0
		b.Horizontal = horizontal
		p.Add(b)
	}
	return nil
}

func progressPlot(s *Stats) (*plot.Plot, error) {
	p := plot.New()
	done := s.ByStatus[annotate.StatusDone]
	p.Title.Text = fmt.Sprintf("Progress: %d of %d documents done", done, s.Documents)
	vals := []float64{float64(s.ByStatus[annotate.StatusTodo]), float64(s.ByStatus[annotate.StatusInProgress]), float64(done)}
	if err := bars(p, vals, []color.Color{colorTodo, colorStarted, colorDone}, false); err != nil {
		return nil, err
	}
	p.NominalX("to do", "in progress", "done")
	p.Y.Label.Text = "documents"
	p.Y.Min = 0
	return p, nil
}

func labelPlot(s *Stats, sch *annotate.Schema) (*plot.Plot, error) {
	p := plot.New()
	total := 0
	var names []string
	var vals []float64
	var colors []color.Color
	all := sch.LabelNames()
	for i := len(all) - 1; i >= 0; i-- { // the schema's first label at the top
		name := all[i]
		names = append(names, name)
		vals = append(vals, float64(s.Labels[name]))
		colors = append(colors, sch.Color(name))
		total += s.Labels[name]
	}
	p.Title.Text = fmt.Sprintf("Spans by label: %d accepted, %d suggestions pending", total, s.Pending)
	if err := bars(p, vals, colors, true); err != nil {
		return nil, err
	}
	p.NominalY(names...)
	p.X.Min = 0
	return p, nil
}

func stancePlot(s *Stats) (*plot.Plot, error) {
	p := plot.New()
	rows := s.Stances
	if len(rows) > most {
		rows = rows[:most]
	}
	p.Title.Text = "Stance by target"
	if len(rows) == 0 {
		p.Title.Text += " (none yet)"
		return p, nil
	}
	// Most annotated at the top: gonum draws row 0 at the bottom.
	n := len(rows)
	favor, against, none := make(plotter.Values, n), make(plotter.Values, n), make(plotter.Values, n)
	names := make([]string, n)
	for i, t := range rows {
		k := n - 1 - i
		favor[k], against[k], none[k] = float64(t.Favor), float64(t.Against), float64(t.NoneN)
		names[k] = shorten(t.Target, 34)
	}
	var prev *plotter.BarChart
	for _, part := range []struct {
		name string
		vals plotter.Values
		c    color.Color
	}{{"FAVOR", favor, colorFavor}, {"AGAINST", against, colorAgainst}, {"NONE", none, colorNone}} {
		b, err := plotter.NewBarChart(part.vals, vg.Points(14))
		if err != nil {
			return nil, err
		}
		b.Horizontal = true
		b.Color = part.c
		b.LineStyle.Width = 0
		if prev != nil {
			b.StackOn(prev)
		}
		prev = b
		p.Add(b)
		p.Legend.Add(part.name, b)
	}
	p.Legend.Top = true
	p.NominalY(names...)
	p.X.Min = 0
	return p, nil
}

func speakerPlot(s *Stats) (*plot.Plot, error) {
	p := plot.New()
	rows := s.Speakers
	if len(rows) > most {
		rows = rows[:most]
	}
	p.Title.Text = "Most quoted speakers"
	if len(rows) == 0 {
		p.Title.Text += " (none yet)"
		return p, nil
	}
	n := len(rows)
	vals := make(plotter.Values, n)
	names := make([]string, n)
	for i, sp := range rows {
		vals[n-1-i] = float64(sp.Statements)
		names[n-1-i] = shorten(sp.Name, 28)
	}
	b, err := plotter.NewBarChart(vals, vg.Points(14))
	if err != nil {
		return nil, err
	}
	b.Horizontal = true
	b.Color = color.NRGBA{0xE6, 0x9F, 0x00, 0xff}
	b.LineStyle.Width = 0
	p.Add(b)
	p.NominalY(names...)
	p.X.Label.Text = "statements"
	p.X.Min = 0
	return p, nil
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
