package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/annotate/dataset"
)

// Choices of the export dialog's Layer, beside the analysts' names.
const (
	layerDefault = "gold if any, else mine"
	layerMine    = "mine"
	layerGold    = "gold"
	layerAll     = "all analysts (a record each)"
)

// layerChoice is the export dialog's Layer: whose annotations to write,
// with the command line's --layer semantics. The analysts' names are read
// off the UI goroutine and added when in. layer turns the choice into
// dataset.Options.Layer ("" for the default).
func (m *mainWindow) layerChoice() (sel *widget.Select, layer func() string) {
	mine := m.ctl.Analyst()
	sel = widget.NewSelect([]string{layerDefault, layerMine + " (" + mine + ")", layerGold, layerAll}, nil)
	sel.SetSelected(layerDefault)
	if st := m.ctl.Store(); st != nil {
		m.ctl.run(func() {
			names, err := st.Analysts(context.Background())
			if err != nil {
				return // the four choices stay
			}
			m.ctl.ui(func() {
				opts := []string{layerDefault, layerMine + " (" + mine + ")", layerGold}
				for _, n := range names {
					if n != mine {
						opts = append(opts, n)
					}
				}
				sel.Options = append(opts, layerAll)
				sel.Refresh()
			})
		})
	}
	layer = func() string {
		switch s := sel.Selected; {
		case s == layerDefault || s == "":
			return ""
		case strings.HasPrefix(s, layerMine+" ("):
			return mine
		case s == layerGold:
			return annotate.LayerGold
		case s == layerAll:
			return dataset.LayerAll
		default:
			return s
		}
	}
	return sel, layer
}
