package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/assets"
)

// SaveSchema checks data and makes it the open project's schema, off the UI
// goroutine; done gets nil, or the problems found (the project then keeps
// the schema it had).
func (c *Controller) SaveSchema(data []byte, done func(err error)) {
	st := c.st
	if st == nil {
		return
	}
	c.run(func() {
		sch, err := annotate.SetProjectSchema(c.ctx, st, data)
		c.ui(func() {
			if err == nil && st == c.st {
				c.SetSchema(sch)
			}
			if done != nil {
				done(err)
			}
		})
	})
}

// editSchema is Edit › Labels and colours…: the project's own schema as
// JSON, to rename labels, change colours and key order, add attributes or
// choices. A schema with problems is refused with each one named.
func (m *mainWindow) editSchema() {
	st := m.ctl.Store()
	if st == nil {
		return
	}
	text := widget.NewMultiLineEntry()
	text.TextStyle = fyne.TextStyle{Monospace: true}
	text.Wrapping = fyne.TextWrapOff
	problem := widget.NewLabel("")
	problem.Wrapping = fyne.TextWrapWord
	problem.Importance = widget.DangerImportance
	help := widget.NewLabel("Labels come in key order (1–9); colours are #RRGGBB. Changes apply to this project only.")
	help.Wrapping = fyne.TextWrapWord
	m.ctl.run(func() {
		_, raw, err := annotate.ProjectSchema(m.ctl.ctx, st)
		m.ctl.ui(func() {
			text.SetText(raw)
			if err != nil {
				problem.SetText(explain(err))
			}
		})
	})
	var d dialog.Dialog
	save := widget.NewButton("Save", func() {
		problem.SetText("")
		m.ctl.SaveSchema([]byte(text.Text), func(err error) {
			if err != nil {
				problem.SetText(explain(err))
				return
			}
			d.Hide()
		})
	})
	save.Importance = widget.HighImportance
	reset := widget.NewButton("Default schema", func() { text.SetText(string(assets.Schema)) })
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	buttons := container.NewHBox(reset, layout.NewSpacer(), cancel, save)
	d = dialog.NewCustomWithoutButtons("Labels and colours", container.NewBorder(help,
		container.NewVBox(problem, buttons), nil, nil, text), m.win)
	d.Resize(fyne.NewSize(760, 620))
	// Enter belongs to the JSON text; Esc cancels.
	m.showModal(d, func() {}, nil)
}
