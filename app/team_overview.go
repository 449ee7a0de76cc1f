package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/store"
)

// analystProgress is the overview's "Progress per analyst": for each
// analyst's layer, the documents done of those handed out to them (or of
// those they started, when nothing was handed out), as a bar. Empty when
// the project has no analysts' layers but one.
func analystProgress(layers []store.LayerInfo) fyne.CanvasObject {
	var rows []fyne.CanvasObject
	analysts := 0
	for _, l := range layers {
		if l.Name != annotate.LayerGold {
			analysts++
		}
	}
	if analysts < 2 {
		return container.NewVBox()
	}
	for _, l := range layers {
		if l.Name == annotate.LayerGold {
			continue
		}
		of, what := l.Assigned, "assigned"
		if of == 0 {
			of, what = l.Started, "started"
		}
		if of == 0 {
			continue // a layer with nothing handed out or begun: the importer's suggestions, say
		}
		bar := widget.NewProgressBar()
		done := l.Done
		bar.TextFormatter = func() string { return fmt.Sprintf("%s of %s %s done", count(done), count(of), what) }
		if of > 0 {
			bar.SetValue(float64(min(done, of)) / float64(of))
		}
		name := widget.NewLabel(l.Name)
		name.Truncation = fyne.TextTruncateEllipsis
		rows = append(rows, container.NewBorder(nil, nil, sized(name, 160), nil, bar))
	}
	return container.NewVBox(append([]fyne.CanvasObject{heading("Progress per analyst (done of assigned)")}, rows...)...)
}

// withAnalystProgress puts each analyst's progress under the project's
// (the overview's first heading and its bars) when there are analysts.
func withAnalystProgress(content fyne.CanvasObject, layers []store.LayerInfo) fyne.CanvasObject {
	box, ok := content.(*fyne.Container)
	per := analystProgress(layers)
	if !ok || len(box.Objects) < 2 {
		return container.NewVBox(content, per)
	}
	box.Objects = slices.Insert(box.Objects, 2, per)
	return box
}
