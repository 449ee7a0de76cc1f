package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/annotate/stats"
)

// Size of the overview chart, in pixels.
const overviewW, overviewH = 960, 600

// showOverview draws the project's figures — progress, spans per label,
// stance per target, most quoted speakers — in a dialog. The counting and
// drawing run off the UI goroutine. It returns the dialog's summary line and
// chart, which fill in when the work is done.
func (m *mainWindow) showOverview() (*widget.Label, *canvas.Image) {
	st := m.ctl.Store()
	if st == nil {
		return nil, nil
	}
	note := widget.NewLabel("Counting…")
	img := canvas.NewImageFromImage(nil)
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(overviewW*0.8, overviewH*0.8))
	d := dialog.NewCustom("Project overview", "Close", container.NewBorder(nil, note, nil, nil, img), m.win)
	d.Resize(fyne.NewSize(overviewW*0.85, overviewH*0.85+80))
	m.showClosable(d)
	m.ctl.run(func() {
		s, err := stats.Compute(context.Background(), st, m.ctl.Analyst())
		if err != nil {
			m.ctl.ui(func() { note.SetText("Could not read the project: " + explain(err)) })
			return
		}
		chart, err := stats.Chart(s, m.ctl.Schema(), overviewW, overviewH)
		m.ctl.ui(func() {
			if err != nil {
				note.SetText("Could not draw the overview: " + explain(err))
				return
			}
			img.Image = chart
			img.Refresh()
			note.SetText(overviewLine(s))
		})
	})
	return note, img
}

// overviewLine sums the chart up in words, for readers of the status text.
func overviewLine(s *stats.Stats) string {
	spans := 0
	for _, n := range s.Labels {
		spans += n
	}
	return fmt.Sprintf("%d documents, %d done · %d spans accepted · %d suggestions pending · %d stance targets",
		s.Documents, s.ByStatus[annotate.StatusDone], spans, s.Pending, len(s.Stances))
}
