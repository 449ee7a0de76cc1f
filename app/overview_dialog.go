package app

import (
	"context"
	"fmt"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/annotate/stats"
	"newsmark/store"
)

// Size of the overview dialog, in pixels.
const overviewW, overviewH = 860, 640

// Stance colours, from the same colour-blind-safe palette as the labels.
var (
	colorFavor   = color.NRGBA{0x00, 0x9E, 0x73, 0xff}
	colorAgainst = color.NRGBA{0xD5, 0x5E, 0x00, 0xff}
	colorNone    = color.NRGBA{0x99, 0x99, 0x99, 0xff}
	colorStarted = color.NRGBA{0xE6, 0x9F, 0x00, 0xff}
)

// overviewMost is how many targets and speakers the overview lists.
const overviewMost = 8

// showOverview shows the project's figures — progress, spans per label,
// stance per target, most quoted speakers — drawn with the window's own
// widgets, so they follow the theme (dark or light) and the UI font, with
// counts in whole numbers grouped by thousands. The counting runs off the
// UI goroutine. It returns the dialog's summary line and the box the
// figures fill in when the work is done.
func (m *mainWindow) showOverview() (*widget.Label, *fyne.Container) {
	st := m.ctl.Store()
	if st == nil {
		return nil, nil
	}
	note := widget.NewLabel("Counting…")
	note.Wrapping = fyne.TextWrapWord
	box := container.NewStack()
	d := dialog.NewCustom("Project overview", "Close", container.NewBorder(nil, note, nil, nil, container.NewVScroll(box)), m.win)
	d.Resize(fyne.NewSize(overviewW, overviewH))
	m.showClosable(d)
	recount := func() {
		m.ctl.run(func() {
			s, err := stats.Compute(context.Background(), st, m.ctl.Analyst())
			var layers []store.LayerInfo
			if err == nil {
				layers, err = st.LayerSummaries(context.Background())
			}
			m.ctl.ui(func() {
				if err != nil {
					note.SetText("Could not read the project: " + explain(err))
					return
				}
				box.Objects = []fyne.CanvasObject{withAnalystProgress(overviewContent(s, m.ctl.Schema()), layers)}
				box.Refresh()
				note.SetText(overviewLine(s))
			})
		})
	}
	recount()
	// Others' work changes the figures: counted again, without a restart.
	d.SetOnClosed(m.onTeamChange(func([]store.Change) { recount() }))
	return note, box
}

// overviewContent lays the figures out in four sections.
func overviewContent(s *stats.Stats, sch *annotate.Schema) fyne.CanvasObject {
	done, started := s.ByStatus[annotate.StatusDone], s.ByStatus[annotate.StatusInProgress]
	todo := s.Documents - done - started
	bar := widget.NewProgressBar()
	bar.TextFormatter = func() string {
		return fmt.Sprintf("%s of %s done", count(done), count(s.Documents))
	}
	if s.Documents > 0 {
		bar.SetValue(float64(done) / float64(s.Documents))
	}
	progress := container.NewVBox(bar,
		stackedBar([]int{done, started, todo}, []color.Color{colorFavor, colorStarted, nil}),
		legend([]string{"done " + count(done), "in progress " + count(started), "to do " + count(todo)},
			[]color.Color{colorFavor, colorStarted, nil}))

	var labelRows []barRow
	for _, name := range sch.LabelNames() {
		labelRows = append(labelRows, barRow{name, s.Labels[name], sch.Color(name)})
	}
	labels := bars(labelRows)

	var stance fyne.CanvasObject = widget.NewLabel("No stance taken yet.")
	if len(s.Stances) > 0 {
		box := container.NewVBox(legend([]string{"FAVOR", "AGAINST", "NONE"}, []color.Color{colorFavor, colorAgainst, colorNone}))
		most := 0
		for _, t := range s.Stances {
			most = max(most, t.Total())
		}
		for i, t := range s.Stances {
			if i == overviewMost {
				box.Add(widget.NewLabel(fmt.Sprintf("and %s more", plural(len(s.Stances)-i, "target", "targets"))))
				break
			}
			name := widget.NewLabel(clip(t.Target, 28))
			name.Truncation = fyne.TextTruncateEllipsis
			counts := widget.NewLabel(fmt.Sprintf("%s / %s / %s", count(t.Favor), count(t.Against), count(t.NoneN)))
			part := container.New(&fraction{f: float64(t.Total()) / float64(max(most, 1))},
				stackedBar([]int{t.Favor, t.Against, t.NoneN}, []color.Color{colorFavor, colorAgainst, colorNone}))
			box.Add(container.NewBorder(nil, nil, sized(name, 200), sized(counts, countWidth), part))
		}
		box.Add(ticks(most))
		stance = box
	}

	var speakers fyne.CanvasObject = widget.NewLabel("No statement linked to a speaker yet.")
	if len(s.Speakers) > 0 {
		var rows []barRow
		for i, sp := range s.Speakers {
			if i == overviewMost {
				break
			}
			rows = append(rows, barRow{sp.Name, sp.Statements, theme.Color(theme.ColorNamePrimary)})
		}
		speakers = bars(rows)
	}
	return container.NewVBox(
		heading("Progress"), progress,
		heading("Accepted spans per label"), labels,
		heading("Stance per target"), stance,
		heading("Most quoted speakers (statements)"), speakers,
	)
}

// barRow is one bar of a chart: its name, count and colour.
type barRow struct {
	name string
	n    int
	c    color.Color
}

// bars draws one horizontal bar per row, scaled to the largest, with its
// count written out and a scale of whole numbers beneath.
func bars(rows []barRow) fyne.CanvasObject {
	most := 0
	for _, r := range rows {
		most = max(most, r.n)
	}
	box := container.NewVBox()
	for _, r := range rows {
		name := widget.NewLabel(clip(r.name, 28))
		name.Truncation = fyne.TextTruncateEllipsis
		rect := canvas.NewRectangle(r.c)
		part := container.New(&fraction{f: float64(r.n) / float64(max(most, 1)), min: minBar(r.n)}, rect)
		box.Add(container.NewBorder(nil, nil, sized(name, 200), sized(widget.NewLabel(count(r.n)), countWidth), part))
	}
	box.Add(ticks(most))
	return box
}

// countWidth is the width of the counts right of the bars, the same in
// every row so that the bars share one scale.
const countWidth = 150

// minBar is the least width a bar of n is drawn with: a count above zero
// always shows, however small beside the largest.
func minBar(n int) float32 {
	if n > 0 {
		return 3
	}
	return 0
}

// ticks is a scale from 0 to at least most in whole-number steps, beneath
// the bars, aligned with them.
func ticks(most int) fyne.CanvasObject {
	step := niceStep(most)
	top := step * int(math.Ceil(float64(max(most, 1))/float64(step)))
	var labels []fyne.CanvasObject
	for v := 0; v <= top; v += step {
		l := widget.NewLabel(count(v))
		l.SizeName = theme.SizeNameCaptionText
		labels = append(labels, l)
	}
	scale := container.New(&spread{}, labels...)
	return container.NewBorder(nil, nil, sized(widget.NewLabel(""), 200), sized(widget.NewLabel(""), countWidth), scale)
}

// niceStep is a whole step of 1, 2 or 5 times a power of ten giving at
// most five intervals up to most.
func niceStep(most int) int {
	if most <= 5 {
		return 1
	}
	for p := 1; ; p *= 10 {
		for _, k := range []int{1, 2, 5} {
			if most/(k*p) <= 5 {
				return k * p
			}
		}
	}
}

// stackedBar draws parts side by side, each as wide as its share of the
// total (at least 3 px when above zero); a nil colour is the theme's
// input background.
func stackedBar(parts []int, colors []color.Color) fyne.CanvasObject {
	total := 0
	for _, n := range parts {
		total += n
	}
	var objs []fyne.CanvasObject
	var shares []float64
	for i, n := range parts {
		c := colors[i]
		if c == nil {
			c = theme.Color(theme.ColorNameInputBackground)
		}
		objs = append(objs, canvas.NewRectangle(c))
		shares = append(shares, float64(n)/float64(max(total, 1)))
	}
	return container.New(&stack{shares: shares}, objs...)
}

// legend names the colours of a chart in a row above it, never over it.
func legend(names []string, colors []color.Color) fyne.CanvasObject {
	row := container.NewHBox()
	for i, n := range names {
		c := colors[i]
		if c == nil {
			c = theme.Color(theme.ColorNameInputBackground)
		}
		sw := canvas.NewRectangle(c)
		sw.SetMinSize(fyne.NewSize(14, 14))
		row.Add(container.NewCenter(sw))
		row.Add(widget.NewLabel(n))
	}
	return row
}

// sized gives o a least width w.
func sized(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	return container.New(&minWidth{w: w}, o)
}

// fraction lays its object out over the share f of its width (at least
// min), at the height of a row.
type fraction struct {
	f   float64
	min float32
}

// MinSize is part of fyne.Layout.
func (l *fraction) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(40, theme.Size(theme.SizeNameText)+2*theme.Padding())
}

// Layout is part of fyne.Layout.
func (l *fraction) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	w := max(float32(l.f)*size.Width, l.min)
	for _, o := range objects {
		o.Move(fyne.NewPos(0, theme.Padding()))
		o.Resize(fyne.NewSize(min(w, size.Width), size.Height-2*theme.Padding()))
	}
}

// stack lays its objects side by side over shares of its width; a share
// above zero gets at least 3 px, taken from the widest.
type stack struct{ shares []float64 }

// MinSize is part of fyne.Layout.
func (l *stack) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(40, theme.Size(theme.SizeNameText)+2*theme.Padding())
}

// Layout is part of fyne.Layout.
func (l *stack) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	widths := make([]float32, len(objects))
	widest := 0
	var sum float32
	for i := range objects {
		widths[i] = float32(l.shares[i]) * size.Width
		if l.shares[i] > 0 && widths[i] < 3 {
			widths[i] = 3
		}
		if widths[i] > widths[widest] {
			widest = i
		}
		sum += widths[i]
	}
	widths[widest] -= sum - size.Width
	x := float32(0)
	for i, o := range objects {
		o.Move(fyne.NewPos(x, theme.Padding()))
		o.Resize(fyne.NewSize(max(widths[i], 0), size.Height-2*theme.Padding()))
		x += max(widths[i], 0)
	}
}

// spread lays tick labels out evenly from the left edge to the right, each
// centred on its mark.
type spread struct{}

// MinSize is part of fyne.Layout.
func (spread) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(40, h)
}

// Layout is part of fyne.Layout.
func (spread) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	n := len(objects)
	for i, o := range objects {
		ms := o.MinSize()
		x := float32(0)
		if n > 1 {
			x = size.Width * float32(i) / float32(n-1)
		}
		o.Resize(ms)
		o.Move(fyne.NewPos(max(0, min(x-ms.Width/2, size.Width-ms.Width)), 0))
	}
}

// minWidth asks for at least w in width.
type minWidth struct{ w float32 }

// MinSize is part of fyne.Layout.
func (l *minWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(l.w, 0)
	for _, o := range objects {
		s = s.Max(fyne.NewSize(0, o.MinSize().Height))
	}
	return s
}

// Layout is part of fyne.Layout.
func (l *minWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// overviewLine sums the figures up in words, for readers of the status text.
func overviewLine(s *stats.Stats) string {
	spans := 0
	for _, n := range s.Labels {
		spans += n
	}
	return fmt.Sprintf("%s, %s done · %s accepted · %s pending · %s",
		plural(s.Documents, "document", "documents"), count(s.ByStatus[annotate.StatusDone]),
		plural(spans, "span", "spans"), plural(s.Pending, "suggestion", "suggestions"),
		plural(len(s.Stances), "stance target", "stance targets"))
}
