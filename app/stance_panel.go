package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
)

// stancePanel is the stance part of the annotation panel: the current
// target (pick one with completion, or type a new one), F/A/N, implicit,
// and the selected statement's stances.
type stancePanel struct {
	ctl     *Controller
	content fyne.CanvasObject

	target      *widget.SelectEntry
	projectWide *widget.Check
	implicit    *widget.Check
	evidence    *widget.Button // the text selection becomes the stance's evidence
	list        *fyne.Container
	syncing     bool
	built       string // what the panel shows: see state
}

// state sums up what the panel shows: the selection, the current target,
// the targets on offer and the selected statement's stances.
func (p *stancePanel) state() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\x00%s\x00%d", p.ctl.Selected(), p.ctl.Target(), len(p.ctl.Targets()))
	if s := p.ctl.SelectedSpan(); s != nil {
		fmt.Fprintf(&b, "\x00%s", s.Label)
	}
	if ann := p.ctl.Annotations(); ann != nil {
		for _, st := range ann.Stances {
			if st.Statement == p.ctl.Selected() {
				fmt.Fprintf(&b, "\x00%+v", st)
				if st.Evidence != nil {
					fmt.Fprintf(&b, "%+v", *st.Evidence)
				}
			}
		}
	}
	return b.String()
}

func newStancePanel(ctl *Controller, chooseTarget func(label string)) *stancePanel {
	p := &stancePanel{ctl: ctl}
	p.target = widget.NewSelectEntry(nil)
	p.target.SetPlaceHolder("target: pick, or type a new one and press Enter")
	p.target.OnChanged = func(text string) {
		if p.syncing {
			return
		}
		if id := targetByText(ctl.Targets(), text); id != "" && id != ctl.Target() {
			ctl.SetTarget(id)
		}
	}
	p.target.OnSubmitted = func(text string) {
		if id := targetByText(ctl.Targets(), text); id != "" {
			ctl.SetTarget(id)
			return
		}
		ctl.NewTarget(text, p.projectWide.Checked, nil)
	}
	p.projectWide = widget.NewCheck("new targets are project-wide", nil)
	p.projectWide.SetChecked(true)
	p.implicit = widget.NewCheck("implicit", func(on bool) {
		if p.syncing {
			return
		}
		if s := p.current(); s != nil {
			e, err := annotate.SetStance(ctl.Annotations(), s.Statement, s.Target, s.Label, on, s.Evidence)
			ctl.Apply(e, err, nil)
		}
	})
	p.evidence = widget.NewButton("Selection as evidence", func() { ctl.StanceEvidence() })
	buttons := container.NewGridWithColumns(3,
		widget.NewButton("F favor", func() { ctl.Stance(annotate.StanceFavor) }),
		widget.NewButton("A against", func() { ctl.Stance(annotate.StanceAgainst) }),
		widget.NewButton("N none", func() { ctl.Stance(annotate.StanceNone) }),
	)
	choose := widget.NewButton("T", func() { chooseTarget("") })
	p.list = container.NewVBox()
	p.content = container.NewVBox(
		container.NewBorder(nil, nil, nil, choose, p.target),
		p.projectWide, buttons, p.implicit, p.evidence, p.list)
	return p
}

// targetByText is the id of the target whose text is text (any case).
func targetByText(ts []annotate.Target, text string) string {
	text = strings.TrimSpace(text)
	for _, t := range ts {
		if strings.EqualFold(t.Text, text) {
			return t.ID
		}
	}
	return ""
}

// targetOptions are the targets as the picker lists them.
func targetOptions(ts []annotate.Target) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Text
	}
	return out
}

// current is the selected statement's stance toward the current target.
func (p *stancePanel) current() *annotate.Stance {
	ann := p.ctl.Annotations()
	if ann == nil {
		return nil
	}
	for i, s := range ann.Stances {
		if s.Statement == p.ctl.Selected() && s.Target == p.ctl.Target() {
			return &ann.Stances[i]
		}
	}
	return nil
}

// refresh shows the current target and the selected statement's stances.
func (p *stancePanel) refresh() bool {
	key := p.state()
	if key == p.built {
		return false
	}
	p.built = key
	p.syncing = true
	defer func() { p.syncing = false }()
	p.target.SetOptions(targetOptions(p.ctl.Targets()))
	if id := p.ctl.Target(); id != "" {
		if text := p.ctl.TargetText(id); text != p.target.Text {
			p.target.SetText(text)
		}
	}
	cur := p.current()
	p.implicit.SetChecked(cur != nil && cur.Implicit)
	if cur == nil {
		p.implicit.Disable()
		p.evidence.Disable()
	} else {
		p.implicit.Enable()
		p.evidence.Enable()
	}
	p.list.RemoveAll()
	s := p.ctl.SelectedSpan()
	if s == nil || s.Label != annotate.LabelStatement {
		p.list.Add(widget.NewLabel("Select a STATEMENT to set its stance."))
		return true
	}
	info := annotate.StatementView(p.ctl.Document(), p.ctl.Annotations(), s.ID)
	if len(info.Stances) == 0 {
		p.list.Add(widget.NewLabel("No stance yet."))
	}
	for _, st := range info.Stances {
		st := st
		text := st.TargetText
		if text == "" {
			text = p.ctl.TargetText(st.Target)
		}
		desc := fmt.Sprintf("%s %s toward %s", st.Target, st.Label, clip(text, 50))
		if st.Implicit {
			desc += " (implicit)"
		}
		if st.Evidence != nil {
			desc += fmt.Sprintf(" · evidence “%s”", clip(annotate.Slice(p.ctl.Document().Text, st.Evidence.Start, st.Evidence.End), 40))
		}
		l := widget.NewLabel(desc)
		l.Truncation = fyne.TextTruncateEllipsis
		clear := widget.NewButton("✕", func() {
			e, err := annotate.ClearStance(p.ctl.Annotations(), st.Statement, st.Target)
			p.ctl.Apply(e, err, nil)
		})
		p.list.Add(container.NewBorder(nil, nil, nil, clear, l))
	}
	return true
}

// chooseTarget is T: pick the current target from the document's and the
// project's targets, or name a new one. With label set (a stance key was
// pressed with no target), the stance is set once the target is chosen.
func (m *mainWindow) chooseTarget(label string) {
	ctl := m.ctl
	if !ctl.ready() {
		return
	}
	entry := m.newKeySelectEntry(targetOptions(ctl.Targets()))
	entry.SetPlaceHolder("a target's text")
	if id := ctl.Target(); id != "" {
		entry.SetText(ctl.TargetText(id))
	}
	wide := widget.NewCheck("project-wide (reuse it in other articles)", nil)
	wide.SetChecked(true)
	m.pickerOpen = true
	d := dialog.NewForm("Stance target", "Use", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Target", entry),
		widget.NewFormItem("", wide),
	}, func(ok bool) {
		m.pickerOpen = false
		m.win.Canvas().Focus(m.view)
		if !ok || strings.TrimSpace(entry.Text) == "" {
			return
		}
		ctl.NewTarget(entry.Text, wide.Checked, func() {
			if label != "" {
				ctl.Stance(label) // the stance key that asked for a target
			}
		})
	}, m.win)
	entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(480, 200))
	m.showModal(d, d.Submit, func() {
		m.pickerOpen = false
		d.Hide()
	})
	m.win.Canvas().Focus(entry)
}
