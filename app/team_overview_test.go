package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsmark/store"
)

// The overview shows a bar per analyst, done of assigned (or of started
// when nothing was handed out), right under the project's progress; a
// project of one analyst shows none.
func TestOverviewShowsEachAnalystsProgress(t *testing.T) {
	layers := []store.LayerInfo{
		{Name: "ana", Started: 3, Done: 2, Assigned: 4},
		{Name: "ben", Started: 1, Done: 1},
		{Name: "gold", Started: 1, Done: 1},
	}
	content := container.NewVBox(widget.NewLabel("Progress"), widget.NewLabel("bars"), widget.NewLabel("Accepted spans per label"))
	got := withAnalystProgress(content, layers).(*fyne.Container)
	per, ok := got.Objects[2].(*fyne.Container)
	if !ok {
		t.Fatalf("the third object is %T, want the analysts' progress", got.Objects[2])
	}
	var texts []string
	var values []float64
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		case *widget.Label:
			texts = append(texts, w.Text)
		case *widget.ProgressBar:
			texts = append(texts, w.TextFormatter())
			values = append(values, w.Value)
		}
	}
	walk(per)
	joined := strings.Join(texts, " | ")
	for _, want := range []string{"Progress per analyst", "ana", "2 of 4 assigned done", "ben", "1 of 1 started done"} {
		if !strings.Contains(joined, want) {
			t.Errorf("%q missing from %q", want, joined)
		}
	}
	if strings.Contains(joined, "gold") {
		t.Errorf("gold is shown as an analyst: %q", joined)
	}
	if len(values) != 2 || values[0] != 0.5 || values[1] != 1 {
		t.Errorf("bars at %v, want [0.5 1]", values)
	}
	alone := analystProgress([]store.LayerInfo{{Name: "ana", Done: 1, Started: 1}}).(*fyne.Container)
	if len(alone.Objects) != 0 {
		t.Errorf("a one-analyst project shows %d rows", len(alone.Objects))
	}
}
