package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsmark/assets"
)

// showGuidelines is Help › Guidelines: the annotation guide, from Markdown.
func (m *mainWindow) showGuidelines() {
	text := widget.NewRichTextFromMarkdown(assets.Guidelines)
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Annotation guidelines", "Close", container.NewVScroll(text), m.win)
	d.Resize(fyne.NewSize(760, 620))
	m.showClosable(d)
}

// showClosable shows a dialog that only informs, which Esc and Enter close.
func (m *mainWindow) showClosable(d dialog.Dialog) {
	m.showModal(d, nil, nil)
}

// shortcutRows are Help › Keyboard shortcuts' rows, read from keyMap: the
// keys and what they do. Tag keys name the label they apply.
func shortcutRows(labelAt func(int) string) [][2]string {
	var rows [][2]string
	for _, b := range keyMap {
		does := b.does
		for n := 1; n <= 9; n++ {
			if b.action == tagAction(n) {
				l := labelAt(n)
				if l == "" {
					does = ""
				} else {
					does = "tag the selection " + l
				}
			}
		}
		if does != "" {
			rows = append(rows, [2]string{b.keys, does})
		}
	}
	return rows
}

// showShortcuts is Help › Keyboard shortcuts (F1).
func (m *mainWindow) showShortcuts() {
	rows := shortcutRows(func(n int) string {
		l, _ := m.ctl.Schema().LabelAt(n)
		return l.Name
	})
	grid := container.NewGridWithColumns(2)
	for _, r := range rows {
		k := widget.NewLabel(r[0])
		k.TextStyle.Bold = true
		grid.Add(k)
		grid.Add(widget.NewLabel(r[1]))
	}
	d := dialog.NewCustom("Keyboard shortcuts", "Close", container.NewVScroll(grid), m.win)
	d.Resize(fyne.NewSize(720, 600))
	m.showClosable(d)
}
