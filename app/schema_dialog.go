package app

import (
	"encoding/json"
	"fmt"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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

// schemaForm is Edit › Labels and colours… as a form: each label with its
// key (its place in the list), name, colour (a picker) and attributes, and
// each relation with the labels its head and child may carry. What the form
// does not show (stance labels, document fields, descriptions) is kept from
// the schema it was built from; the JSON tab shows and edits it all.
type schemaForm struct {
	m      *mainWindow
	base   *annotate.Schema
	labels []*labelRow
	rels   []*relationRow
	lbox   *fyne.Container
	rbox   *fyne.Container
}

// labelRow is one label of the form.
type labelRow struct {
	was    string // its name in base, "" for a new label
	name   *keyEntry
	color  string
	swatch *canvas.Rectangle
	pick   *widget.Button
	attrs  *keyEntry
}

// relationRow is one relation of the form.
type relationRow struct {
	name, head, child *keyEntry
}

// attrsText writes a label's attributes in the form's short syntax:
// "quote_type: direct|indirect|mixed, kb_id, verifiable: bool".
func attrsText(attrs []annotate.AttrDef) string {
	var parts []string
	for _, a := range attrs {
		switch a.Type {
		case annotate.AttrChoice:
			parts = append(parts, a.Name+": "+strings.Join(a.Choices, "|"))
		case annotate.AttrText, "":
			parts = append(parts, a.Name)
		default:
			parts = append(parts, a.Name+": "+a.Type)
		}
	}
	return strings.Join(parts, ", ")
}

// parseAttrs reads the short syntax back, keeping the descriptions the
// attributes had in was.
func parseAttrs(text string, was []annotate.AttrDef) []annotate.AttrDef {
	var out []annotate.AttrDef
	for _, part := range strings.Split(text, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, kind, _ := strings.Cut(part, ":")
		a := annotate.AttrDef{Name: strings.TrimSpace(name), Type: annotate.AttrText}
		kind = strings.TrimSpace(kind)
		switch kind {
		case "", annotate.AttrText:
		case annotate.AttrBool, annotate.AttrList, annotate.AttrNumber:
			a.Type = kind
		default:
			a.Type = annotate.AttrChoice
			for _, c := range strings.Split(kind, "|") {
				if c = strings.TrimSpace(c); c != "" {
					a.Choices = append(a.Choices, c)
				}
			}
		}
		for _, w := range was {
			if w.Name == a.Name {
				a.Description = w.Description
			}
		}
		out = append(out, a)
	}
	return out
}

// splitNames reads a comma-separated list of label names.
func splitNames(text string) []string {
	var out []string
	for _, n := range strings.Split(text, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

func (m *mainWindow) newSchemaForm(base *annotate.Schema) *schemaForm {
	f := &schemaForm{m: m, base: base, lbox: container.NewVBox(), rbox: container.NewVBox()}
	for _, l := range base.Labels {
		f.addLabel(l)
	}
	for _, r := range base.Relations {
		f.addRelation(r)
	}
	f.layoutRows()
	return f
}

func (f *schemaForm) addLabel(l annotate.LabelDef) {
	r := &labelRow{was: l.Name, name: f.m.newKeyEntry(), attrs: f.m.newKeyEntry(), color: l.Color}
	r.name.SetText(l.Name)
	r.attrs.SetText(attrsText(l.Attributes))
	r.attrs.SetPlaceHolder("attributes, e.g. kind: a|b|c, note, checked: bool")
	r.swatch = canvas.NewRectangle(color.Transparent)
	r.swatch.SetMinSize(fyne.NewSize(28, 28))
	r.swatch.CornerRadius = 4
	r.pick = widget.NewButton("", func() { f.pickColor(r) })
	r.setColor(l.Color)
	f.labels = append(f.labels, r)
}

// setColor shows colour hex ("#RRGGBB") on the row.
func (r *labelRow) setColor(hex string) {
	r.color = hex
	r.pick.SetText(hex)
	if c, ok := hexColor(hex); ok {
		r.swatch.FillColor = c
	}
	r.swatch.Refresh()
}

// hexColor reads "#RRGGBB".
func hexColor(s string) (color.NRGBA, bool) {
	var c color.NRGBA
	if len(s) != 7 || s[0] != '#' {
		return c, false
	}
	if _, err := fmt.Sscanf(s[1:], "%02x%02x%02x", &c.R, &c.G, &c.B); err != nil {
		return c, false
	}
	c.A = 0xff
	return c, true
}

// pickColor opens the colour picker for a label.
func (f *schemaForm) pickColor(r *labelRow) {
	p := dialog.NewColorPicker("Colour of "+r.name.Text, "Spans are drawn in it at 40% opacity", func(c color.Color) {
		n := color.NRGBAModel.Convert(c).(color.NRGBA)
		r.setColor(fmt.Sprintf("#%02X%02X%02X", n.R, n.G, n.B))
	}, f.m.win)
	p.Advanced = true
	if c, ok := hexColor(r.color); ok {
		p.SetColor(c)
	}
	f.m.showModal(p, nil, nil)
}

func (f *schemaForm) addRelation(rd annotate.RelationDef) {
	r := &relationRow{name: f.m.newKeyEntry(), head: f.m.newKeyEntry(), child: f.m.newKeyEntry()}
	r.name.SetText(rd.Name)
	r.head.SetText(strings.Join(rd.Head, ", "))
	r.child.SetText(strings.Join(rd.Child, ", "))
	r.head.SetPlaceHolder("head labels")
	r.child.SetPlaceHolder("child labels")
	f.rels = append(f.rels, r)
}

// layoutRows puts the rows in the boxes, in order, with their keys.
func (f *schemaForm) layoutRows() {
	f.lbox.RemoveAll()
	for i, r := range f.labels {
		key := " "
		if i < 9 {
			key = fmt.Sprint(i + 1)
		}
		up := widget.NewButton("↑", func() { f.move(i, -1) })
		down := widget.NewButton("↓", func() { f.move(i, 1) })
		remove := widget.NewButton("✕", func() {
			f.labels = slices.Delete(f.labels, i, i+1)
			f.layoutRows()
		})
		left := container.NewHBox(widget.NewLabel(key), sized(r.name, 150), container.NewStack(r.swatch), sized(r.pick, 100))
		f.lbox.Add(container.NewBorder(nil, nil, left, container.NewHBox(up, down, remove), r.attrs))
	}
	f.lbox.Refresh()
	f.rbox.RemoveAll()
	for i, r := range f.rels {
		remove := widget.NewButton("✕", func() {
			f.rels = slices.Delete(f.rels, i, i+1)
			f.layoutRows()
		})
		arrow := widget.NewLabel("→")
		f.rbox.Add(container.NewBorder(nil, nil, sized(r.name, 150), remove,
			container.NewBorder(nil, nil, nil, nil, container.NewGridWithColumns(2, r.head, container.NewBorder(nil, nil, arrow, nil, r.child)))))
	}
	f.rbox.Refresh()
}

// move moves label i up (dir < 0) or down: its place is its key.
func (f *schemaForm) move(i, dir int) {
	j := i + dir
	if j < 0 || j >= len(f.labels) {
		return
	}
	f.labels[i], f.labels[j] = f.labels[j], f.labels[i]
	f.layoutRows()
}

// schema is the form's schema: base with the form's labels and relations.
// A renamed label is renamed in the relations too.
func (f *schemaForm) schema() *annotate.Schema {
	s := f.base.Clone()
	renamed := map[string]string{}
	s.Labels = nil
	for i, r := range f.labels {
		name := strings.TrimSpace(r.name.Text)
		l := annotate.LabelDef{Name: name, Color: r.color}
		if i < 9 {
			l.Key = i + 1
		}
		var was []annotate.AttrDef
		if old, ok := f.base.Label(r.was); ok && r.was != "" {
			l.Description, was = old.Description, old.Attributes
			if name != r.was {
				renamed[r.was] = name
			}
		}
		l.Attributes = parseAttrs(r.attrs.Text, was)
		s.Labels = append(s.Labels, l)
	}
	rename := func(names []string) []string {
		for i, n := range names {
			if to, ok := renamed[n]; ok {
				names[i] = to
			}
		}
		return names
	}
	s.Relations = nil
	for _, r := range f.rels {
		rd := annotate.RelationDef{Name: strings.TrimSpace(r.name.Text),
			Head: rename(splitNames(r.head.Text)), Child: rename(splitNames(r.child.Text))}
		if old, ok := f.base.Relation(rd.Name); ok {
			rd.Description = old.Description
		}
		s.Relations = append(s.Relations, rd)
	}
	return s
}

// json is the form's schema as the project stores it.
func (f *schemaForm) json() string {
	b, _ := json.MarshalIndent(f.schema(), "", "  ")
	return string(b)
}

// editSchema is Edit › Labels and colours…: the project's own schema as a
// form (labels with their key, colour picker and attributes; relations),
// and as JSON for experts. A schema with problems is refused with each one
// named. It returns the form, which fills in once the schema is read.
func (m *mainWindow) editSchema() *schemaEditor {
	st := m.ctl.Store()
	if st == nil {
		return nil
	}
	e := &schemaEditor{m: m}
	e.text = widget.NewMultiLineEntry()
	e.text.TextStyle = fyne.TextStyle{Monospace: true}
	e.text.Wrapping = fyne.TextWrapOff
	e.problem = widget.NewLabel("")
	e.problem.Wrapping = fyne.TextWrapWord
	e.problem.Importance = widget.DangerImportance
	e.formBox = container.NewStack()
	help := widget.NewLabel("Labels in key order (1–9, ↑ ↓ to change it); click a colour to pick another. " +
		"Attributes: name, or name: a|b|c for a choice, name: bool, number or list. Changes apply to this project only.")
	help.Wrapping = fyne.TextWrapWord
	addLabel := widget.NewButton("Add label", func() {
		e.form.addLabel(annotate.LabelDef{Name: "", Color: "#999999"})
		e.form.layoutRows()
	})
	addRel := widget.NewButton("Add relation", func() {
		e.form.addRelation(annotate.RelationDef{})
		e.form.layoutRows()
	})
	e.formTab = container.NewTabItem("Form", container.NewVScroll(container.NewVBox(
		help, heading("Labels"), e.formBox, addLabel, heading("Relations (head → child)"), e.relBox(), addRel)))
	e.jsonTab = container.NewTabItem("JSON", e.text)
	e.tabs = container.NewAppTabs(e.formTab, e.jsonTab)
	e.tabs.OnSelected = e.switched
	m.ctl.run(func() {
		sch, raw, err := annotate.ProjectSchema(m.ctl.ctx, st)
		m.ctl.ui(func() {
			if err != nil {
				e.problem.SetText(explain(err))
				sch, _ = annotate.ParseSchema(assets.Schema)
				raw = string(assets.Schema)
			}
			e.text.SetText(raw)
			e.setForm(sch)
		})
	})
	save := widget.NewButton("Save", e.save)
	save.Importance = widget.HighImportance
	reset := widget.NewButton("Default schema", func() {
		e.text.SetText(string(assets.Schema))
		if sch, err := annotate.ParseSchema(assets.Schema); err == nil {
			e.setForm(sch)
		}
	})
	cancel := widget.NewButton("Cancel", func() { e.d.Hide() })
	buttons := container.NewHBox(reset, layout.NewSpacer(), cancel, save)
	e.d = dialog.NewCustomWithoutButtons("Labels and colours", container.NewBorder(nil,
		container.NewVBox(e.problem, buttons), nil, nil, e.tabs), m.win)
	e.d.Resize(fyne.NewSize(900, 640))
	// Enter belongs to the fields and the JSON text; Esc cancels.
	m.showModal(e.d, func() {}, nil)
	return e
}

// schemaEditor is the Labels and colours dialog: the form and the JSON.
type schemaEditor struct {
	m                *mainWindow
	form             *schemaForm
	formBox          *fyne.Container
	rels             *fyne.Container
	text             *widget.Entry
	problem          *widget.Label
	tabs             *container.AppTabs
	formTab, jsonTab *container.TabItem
	d                *dialog.CustomDialog
}

// relBox is where the relation rows go, filled by setForm.
func (e *schemaEditor) relBox() *fyne.Container {
	e.rels = container.NewStack()
	return e.rels
}

// setForm builds the form for sch.
func (e *schemaEditor) setForm(sch *annotate.Schema) {
	e.form = e.m.newSchemaForm(sch)
	e.formBox.Objects = []fyne.CanvasObject{e.form.lbox}
	e.rels.Objects = []fyne.CanvasObject{e.form.rbox}
	e.formBox.Refresh()
	e.rels.Refresh()
	for _, r := range e.form.labels {
		r.name.OnSubmitted = func(string) { e.save() }
	}
}

// switched keeps the two tabs in step: the JSON shows the form's schema,
// and the form is built from the JSON as edited (which must parse).
func (e *schemaEditor) switched(t *container.TabItem) {
	if e.form == nil {
		return
	}
	if t == e.jsonTab {
		e.text.SetText(e.form.json())
		return
	}
	sch, err := annotate.ParseSchema([]byte(e.text.Text))
	if err != nil {
		e.problem.SetText(explain(err))
		e.tabs.Select(e.jsonTab)
		return
	}
	e.problem.SetText("")
	e.setForm(sch)
}

// save checks and saves what the tab on show holds.
func (e *schemaEditor) save() {
	if e.form == nil {
		return
	}
	data := e.text.Text
	if e.tabs.Selected() == e.formTab {
		data = e.form.json()
	}
	e.problem.SetText("")
	e.m.ctl.SaveSchema([]byte(data), func(err error) {
		if err != nil {
			e.problem.SetText(explain(err))
			return
		}
		e.d.Hide()
	})
}
