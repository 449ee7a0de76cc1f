package app

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsmark/annotate"
	"newsmark/annotate/agree"
	"newsmark/annotate/team"
	"newsmark/store"
)

// adjudicateView is View › Adjudicate: the open document with every
// analyst's layer at once (each analyst's spans as bars in their own lane
// under the text), gold as filled backgrounds, and the disagreements still
// to decide outlined. The disagreements are visited one by one; the panel
// beside the text shows the competing versions, one key each. Everything it
// writes goes into gold through store.Adjudicate, on the adjudicator's (the
// current analyst's) gold undo history.
type adjudicateView struct {
	m           *mainWindow
	adjudicator string

	view     *ArticleView
	title    *widget.Label
	progress *widget.Label
	project  *widget.Label // where the whole project's adjudication stands
	legend   *widget.Label
	current  *widget.Label
	versions *fyne.Container
	message  *widget.Label
	content  fyne.CanvasObject
	prev     fyne.CanvasObject // the right pane it replaced

	doc  *annotate.Document
	adj  *team.Adjudication
	dis  []int  // the document's disagreements: indexes in adj.Align.Units
	cur  int    // the disagreement shown, an index in dis; -1 for none
	gold string // the gold span tapped, for Delete

	stopProject context.CancelFunc // stops counting the project's progress
	unwatch     func()             // stops hearing others' changes
	// projectSum is the project's adjudication as counted when this
	// document had projectBase disagreements resolved: the line follows
	// this document's decisions from there without reading the project again.
	projectSum  *team.AdjudicationSummary
	projectBase int
	// atEnd is set when ] found no disagreement after the last: another ]
	// goes on to the next document with disagreements to decide.
	atEnd bool
}

// Adjudication view span ids: which layer a drawn span belongs to.
const (
	adjGold = "gold/"
	adjUnit = "unit/"
)

// Colours of the adjudication view: a "none of these" decision's mark.
var colorNoneHere = color.NRGBA{0x99, 0x99, 0x99, 0xff}

// openAdjudication shows the document id (the open one when "") in the
// adjudication view, building it the first time.
func (m *mainWindow) openAdjudication(id string) {
	if m.ctl.Store() == nil {
		m.ctl.say("open a project first")
		return
	}
	if id == "" {
		if d := m.ctl.Document(); d != nil {
			id = d.ID
		}
	}
	if id == "" {
		m.ctl.say("open a document to adjudicate first")
		return
	}
	if m.adj == nil {
		m.adj = newAdjudicateView(m)
		m.adj.unwatch = m.onTeamChange(m.adj.othersChanged)
		m.adj.prev = m.split.Trailing
		m.split.Trailing = m.adj.content
		m.split.Refresh()
	}
	if d := m.ctl.Document(); d == nil || d.ID != id {
		m.ctl.OpenDocument(id) // the document list follows; showDocument loads it here
		return
	}
	m.adj.load(id)
}

func newAdjudicateView(m *mainWindow) *adjudicateView {
	v := &adjudicateView{m: m, adjudicator: m.ctl.Analyst(), cur: -1}
	v.view = NewArticleView()
	v.view.OnRune = v.typedRune
	v.view.OnKey = v.typedKey
	v.view.OnSpanTapped = v.tapped
	v.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.title.Wrapping = fyne.TextWrapWord
	v.progress = widget.NewLabel("")
	v.progress.Wrapping = fyne.TextWrapWord // a long line must not move the split
	v.project = widget.NewLabel("")
	v.project.Wrapping = fyne.TextWrapWord
	v.project.TextStyle = fyne.TextStyle{Italic: true}
	v.legend = widget.NewLabel("")
	v.legend.Wrapping = fyne.TextWrapWord
	v.current = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.current.Wrapping = fyne.TextWrapWord
	v.versions = container.NewVBox()
	v.message = widget.NewLabel("")
	v.message.Wrapping = fyne.TextWrapWord
	keys := widget.NewLabel("] [  next, previous disagreement\n1–9  take that version into gold\n0  none of these belongs here\n" +
		"Ctrl+1–9  tag the selection into gold by hand\nS, C, R, F/A/N, Alt+arrows, Delete  on the gold span clicked, as in tagging\n" +
		"Ctrl+Shift+Enter  accept what the analysts agree on\nCtrl+Z, Ctrl+Shift+Z  undo, redo in gold\nEsc  leave adjudication")
	keys.TextStyle = fyne.TextStyle{Italic: true}
	acceptAgreed := widget.NewButton("Accept agreed…", v.confirmAcceptAgreed)
	leave := widget.NewButton("Leave adjudication", v.leave)
	panel := container.NewVBox(v.title, v.progress, v.project, v.legend, widget.NewSeparator(), v.current, v.versions,
		widget.NewSeparator(), v.message, container.NewHBox(acceptAgreed, leave), keys)
	split := container.NewHSplit(v.view, container.NewVScroll(panel))
	split.Offset = 0.62
	v.content = split
	return v
}

// load reads the document's layers off the UI goroutine and shows them.
func (v *adjudicateView) load(id string) {
	st := v.m.ctl.Store()
	v.adjudicator = v.m.ctl.Analyst() // who decides, should the analyst have changed
	v.say("reading the analysts' layers…")
	v.m.ctl.run(func() {
		ctx := context.Background()
		d, err := st.Document(ctx, id)
		var layers []*annotate.Annotations
		if err == nil {
			layers, err = st.Layers(ctx, id)
		}
		var a *team.Adjudication
		if err == nil {
			a = team.NewAdjudication(d, layers, nil)
		}
		v.m.ctl.ui(func() {
			if err != nil {
				v.say("could not read the document: " + explain(err))
				return
			}
			v.show(d, a)
			v.countProject()
		})
	})
}

// othersChanged reads the document again when an analyst's layer of it
// changed under the view (a team project, or a merge from this window),
// or another adjudicator's gold did, and counts the project's progress
// again in any case. Gold written here is shown as it is saved.
func (v *adjudicateView) othersChanged(changes []store.Change) {
	if v.m.adj != v || v.doc == nil {
		return
	}
	for _, c := range changes {
		if c.Doc == v.doc.ID && (c.Layer != annotate.LayerGold || c.Actor != v.adjudicator) || c.Kind == store.KindReconnect {
			changes = nil
			break
		}
	}
	if changes == nil {
		v.load(v.doc.ID)
		v.say("the analysts' layers changed; read again")
		return
	}
	v.countProject()
}

// showProject says where the project's adjudication stands.
func (v *adjudicateView) showProject() {
	if v.projectSum == nil || v.adj == nil {
		return
	}
	resolved, _ := v.adj.Progress()
	sum := v.projectSum
	setText(v.project, fmt.Sprintf("Project: %d of %d disagreements resolved in %s with two or more analysts",
		sum.Resolved-v.projectBase+resolved, sum.Disagreements, plural(sum.Documents, "document", "documents")))
}

// countProject reads every document's layers in the background and says
// where the whole project's adjudication stands.
func (v *adjudicateView) countProject() {
	if v.stopProject != nil {
		v.stopProject()
	}
	ctx, stop := context.WithCancel(context.Background())
	v.stopProject = stop
	st, ui := v.m.ctl.Store(), v.m.ctl.ui
	background(func() {
		sum, err := team.AdjudicationProgress(ctx, st, nil, 0)
		ui(func() {
			switch {
			case ctx.Err() != nil:
			case err != nil:
				setText(v.project, "could not count the project's disagreements: "+explain(err))
			default:
				v.projectSum = &sum
				v.projectBase, _ = v.adj.Progress()
				v.showProject()
			}
		})
	})
}

// show puts an aligned document in the view, at its first disagreement gold
// has not decided.
func (v *adjudicateView) show(d *annotate.Document, a *team.Adjudication) {
	v.doc, v.adj, v.gold, v.projectSum, v.atEnd = d, a, "", nil, false
	v.dis = a.Disagreements()
	v.cur = -1
	v.view.SetLaneRoom(float32(len(a.Layers)) * laneStep)
	v.view.SetDocument(d.Text, d.Zones)
	v.title.SetText("Adjudicating " + clip(annotate.Title(d), 80) + " as " + v.adjudicator)
	switch n := len(a.Layers); {
	case n < 2:
		v.say(fmt.Sprintf("this document has %s; adjudication compares two or more", plural(n, "analyst layer", "analyst layers")))
	case len(v.dis) == 0:
		v.say("the analysts agree on everything in this document")
	default:
		v.say("")
	}
	if len(v.dis) > 0 {
		v.cur = v.nextUndecided(-1, 1)
		if v.cur < 0 {
			v.cur = 0
		}
	}
	v.refresh()
	v.scrollToCurrent()
	v.m.win.Canvas().Focus(v.view)
}

// analysts are the document's analysts in lane order (lane 1 the lowest).
func (v *adjudicateView) analysts() []string {
	if v.adj == nil {
		return nil
	}
	return v.adj.Align.Analysts
}

// viewSpans are what the view draws: every analyst's spans in their lane,
// gold filled, the undecided disagreements outlined, "none of these"
// decisions as a grey mark.
func (v *adjudicateView) viewSpans() []ViewSpan {
	a := v.adj
	sch := v.m.ctl.Schema()
	var out []ViewSpan
	for lane, name := range v.analysts() {
		for _, s := range a.Layers[name].Spans {
			if s.Status != "" && s.Status != annotate.SpanAccepted {
				continue
			}
			out = append(out, ViewSpan{ID: name + "/" + s.ID, Start: s.Start, End: s.End, Label: s.Label,
				Color: sch.Color(s.Label), Lane: lane + 1, Detail: name})
		}
	}
	for _, s := range a.Gold.Spans {
		switch s.Status {
		case annotate.SpanRejected:
			out = append(out, ViewSpan{ID: adjGold + s.ID, Start: s.Start, End: s.End, Label: s.Label,
				Color: color.Transparent, Pending: true, Mark: colorNoneHere, Detail: "gold: none of these belongs here"})
		default:
			out = append(out, ViewSpan{ID: adjGold + s.ID, Start: s.Start, End: s.End, Label: s.Label,
				Color: sch.Color(s.Label), Detail: "gold"})
		}
	}
	for _, i := range v.dis {
		if a.Decided(i) {
			continue
		}
		u := a.Align.Units[i]
		out = append(out, ViewSpan{ID: adjUnit + strconv.Itoa(i), Start: u.Start, End: u.End, Label: u.Label,
			Color: sch.Color(u.Label), Pending: true, Detail: "disagreement"})
	}
	return out
}

// refresh redraws the spans and the panel from the state.
func (v *adjudicateView) refresh() {
	if v.adj == nil {
		return
	}
	v.view.SetSpans(v.viewSpans())
	v.view.SetSelectedSpan(v.selectedID(), v.goldLinks())
	resolved, total := v.adj.Progress()
	line := fmt.Sprintf("%d of %d disagreements resolved", resolved, total)
	if n := v.adj.Pending(0); n > 0 {
		line += fmt.Sprintf(" · %s all analysts agree on, not in gold yet", plural(n, "unit", "units"))
	}
	setText(v.progress, line)
	v.showProject()
	var lanes []string
	for i, a := range v.analysts() {
		lanes = append(lanes, fmt.Sprintf("lane %d: %s", i+1, a))
	}
	setText(v.legend, "Bars under the text, from the bottom up — "+strings.Join(lanes, ", ")+
		". Filled: gold. Outlined: a disagreement to decide.")
	v.showVersions()
}

// selectedID is the view span of the disagreement shown: its outline, or
// the gold span that decided it.
func (v *adjudicateView) selectedID() string {
	if v.gold != "" {
		return adjGold + v.gold
	}
	if v.cur < 0 {
		return ""
	}
	i := v.dis[v.cur]
	if g, ok := v.adj.Decision(i); ok {
		return adjGold + g.ID
	}
	return adjUnit + strconv.Itoa(i)
}

// goldLinks are the view ids of the gold spans linked to the gold span
// selected (its speaker, cue…), drawn as links are in tagging.
func (v *adjudicateView) goldLinks() []string {
	sel := strings.TrimPrefix(v.selectedID(), adjGold)
	if sel == v.selectedID() {
		return nil
	}
	var out []string
	for _, r := range v.adj.Gold.Relations {
		switch sel {
		case r.Head:
			out = append(out, adjGold+r.Child)
		case r.Child:
			out = append(out, adjGold+r.Head)
		}
	}
	return out
}

// choices are the competing versions of the disagreement shown.
func (v *adjudicateView) choices() []agree.Choice {
	if v.cur < 0 {
		return nil
	}
	return v.adj.Align.Units[v.dis[v.cur]].Choices()
}

// showVersions fills the panel with the disagreement shown: what differs,
// each version with its key, and what gold holds.
func (v *adjudicateView) showVersions() {
	v.versions.RemoveAll()
	if v.cur < 0 {
		setText(v.current, "")
		return
	}
	i := v.dis[v.cur]
	u := &v.adj.Align.Units[i]
	var differs []string
	for _, a := range u.Differences() {
		differs = append(differs, string(a))
	}
	head := fmt.Sprintf("Disagreement %d of %d: %s, differs on %s", v.cur+1, len(v.dis), u.Label, strings.Join(differs, ", "))
	g, decided := v.adj.Decision(i)
	switch {
	case !decided:
		head += "\nGold: not decided yet"
	case g.Status == annotate.SpanRejected:
		head += "\nGold: none of these belongs here"
	default:
		head += "\nGold: " + quoted(clip(annotate.Slice(v.doc.Text, g.Start, g.End), 60))
		if len(g.AgreedBy) > 0 {
			head += " (" + strings.Join(g.AgreedBy, ", ") + "'s version)"
		} else {
			head += " (by hand)"
		}
	}
	setText(v.current, head)
	for n, c := range v.choices() {
		if n == 9 {
			break
		}
		l := widget.NewLabel(describeChoice(n+1, u, c))
		l.Wrapping = fyne.TextWrapWord
		v.versions.Add(l)
	}
	none := widget.NewLabel("0  none of these belongs here")
	v.versions.Add(none)
}

// describeChoice is one competing version as the panel shows it: its key,
// the analysts who hold it, the span text and, for a statement, its
// speaker, cue and stance.
func describeChoice(key int, u *agree.Unit, c agree.Choice) string {
	who := strings.Join(c.Analysts, ", ")
	if c.Version == nil {
		return fmt.Sprintf("%d  %s: nothing tagged here", key, who)
	}
	ver := c.Version
	lines := []string{fmt.Sprintf("%d  %s: %s", key, who, quoted(clip(ver.Text, 160)))}
	if slices.Contains(u.Differences(), agree.AspectSpan) {
		// Boundaries a character apart look alike: say where each is.
		lines = append(lines, fmt.Sprintf("    characters %d–%d", ver.Span.Start, ver.Span.End))
	}
	if u.Label == annotate.LabelStatement {
		speaker := "(no speaker)"
		if ver.Speaker != "" {
			speaker = ver.Speaker
			if ver.SpeakerMention != nil && ver.SpeakerMention.Text != ver.Speaker {
				speaker += " (“" + ver.SpeakerMention.Text + "”)"
			}
		}
		cue := "(no cue)"
		if ver.Cue != nil {
			cue = "“" + ver.Cue.Text + "”"
		}
		lines = append(lines, "    speaker: "+speaker+" · cue: "+cue,
			"    stance: "+ver.Describe(agree.AspectStance))
	}
	if len(ver.Attrs) > 0 {
		lines = append(lines, "    "+ver.Describe(agree.AspectAttributes))
	}
	return strings.Join(lines, "\n")
}

// quoted puts text in quotation marks unless it starts with one of its own.
func quoted(text string) string {
	if r, _ := utf8.DecodeRuneInString(text); strings.ContainsRune("\"'“‘«", r) {
		return text
	}
	return "“" + text + "”"
}

// say shows a hint under the versions.
func (v *adjudicateView) say(msg string) { setText(v.message, msg) }

// typedRune handles ] [ 1–9 0; other characters do nothing here (the
// analyst's tagging keys would change a layer the view does not show).
func (v *adjudicateView) typedRune(r rune) bool {
	switch {
	case r == ']':
		v.step(1)
	case r == '[':
		v.step(-1)
	case r == '0':
		v.noneHere()
	case r >= '1' && r <= '9':
		v.take(int(r - '0'))
	default:
		// S, C, R, F, A, N… edit the gold span clicked, as in tagging.
		b, ok := bindingForRune(r)
		if !ok {
			return false
		}
		return v.do(b.action)
	}
	return true
}

// typedKey handles Esc (leave) and Delete; the window's keys (Ctrl+Z…)
// go on to do, which routes them here.
func (v *adjudicateView) typedKey(ev *fyne.KeyEvent, mods fyne.KeyModifier) bool {
	switch {
	case ev.Name == fyne.KeyEscape && mods == 0:
		v.leave()
		return true
	case ev.Name == fyne.KeyDelete && mods == 0:
		v.deleteGold()
		return true
	}
	b, ok := bindingForKey(ev.Name, mods)
	if !ok {
		return false
	}
	v.m.do(b.action)
	return true
}

// do takes the window's actions while adjudicating: undo and redo go to
// gold, accept-all accepts what the analysts agree on, Ctrl+digit tags
// into gold. It reports whether it took the action; the actions that would
// edit the analyst's own layer are refused.
func (v *adjudicateView) do(a keyAction) bool {
	for n := 1; n <= 9; n++ {
		if a == tagAction(n) {
			v.tagByHand(n)
			return true
		}
	}
	switch a {
	case actUndo:
		v.undo(true)
	case actRedo:
		v.undo(false)
	case actAcceptAll:
		v.confirmAcceptAgreed()
	case actNextSuggestion:
		v.step(1)
	case actPrevSuggestion:
		v.step(-1)
	case actDeleteSpan:
		v.deleteGold()
	case actStartLeft, actStartRight, actEndLeft, actEndRight:
		end := a == actEndLeft || a == actEndRight
		dir := 1
		if a == actStartLeft || a == actEndLeft {
			dir = -1
		}
		v.editGold(func(id string) (annotate.Edit, error) { return annotate.MoveSpanEdge(v.doc, v.adj.Gold, id, end, dir) })
	case actSpeakerBefore, actSpeakerAfter, actCueBefore, actCueAfter:
		label := annotate.LabelSpeaker
		if a == actCueBefore || a == actCueAfter {
			label = annotate.LabelCue
		}
		after := a == actSpeakerAfter || a == actCueAfter
		v.editGold(func(id string) (annotate.Edit, error) {
			return annotate.LinkNearest(v.doc, v.adj.Gold, id, label, after)
		})
	case actCoref:
		v.editGold(func(id string) (annotate.Edit, error) { return annotate.LinkCoref(v.doc, v.adj.Gold, id) })
	case actFavor, actAgainst, actNone:
		label := map[keyAction]string{actFavor: annotate.StanceFavor, actAgainst: annotate.StanceAgainst, actNone: annotate.StanceNone}[a]
		target := v.m.ctl.Target()
		if target == "" {
			v.say("choose a stance target first: leave adjudication (Esc) and press T")
			return true
		}
		v.editGold(func(id string) (annotate.Edit, error) {
			return annotate.SetStance(v.adj.Gold, id, target, label, false, nil)
		})
	case actShortcuts, actZoomIn, actZoomOut, actFocusFilter:
		return false
	default:
		v.say("that key edits your own layer; leave adjudication (Esc) to use it")
	}
	return true
}

// editGold edits the gold span clicked (or made by hand last) as tagging
// edits the analyst's own spans.
func (v *adjudicateView) editGold(build func(id string) (annotate.Edit, error)) {
	if v.adj == nil || v.gold == "" {
		v.say("click a gold span first (or tag one by hand with Ctrl+1–9)")
		return
	}
	id := v.gold
	v.write(false, func() (annotate.Edit, error) { return build(id) })
}

// nextUndecided is the next disagreement after from (in dir) that gold has
// not decided, -1 when none.
func (v *adjudicateView) nextUndecided(from, dir int) int {
	for k := from + dir; k >= 0 && k < len(v.dis); k += dir {
		if !v.adj.Decided(v.dis[k]) {
			return k
		}
	}
	return -1
}

// step visits the next (dir > 0) or previous disagreement, decided or not.
func (v *adjudicateView) step(dir int) {
	if v.adj == nil {
		return
	}
	if len(v.dis) == 0 {
		if dir > 0 && v.atEnd {
			v.nextDocument()
			return
		}
		v.atEnd = dir > 0
		v.say("no disagreements in this document; ] again opens the next document with disagreements to decide")
		return
	}
	next := v.cur + dir
	if next < 0 || next >= len(v.dis) {
		switch {
		case dir < 0:
			v.say("that was the first disagreement in this document")
		case v.atEnd:
			v.nextDocument()
		default:
			v.atEnd = true
			v.say("that was the last disagreement in this document; ] again opens the next document with disagreements to decide")
		}
		return
	}
	v.atEnd = false
	v.cur, v.gold = next, ""
	v.say("")
	v.refreshCurrent()
	v.scrollToCurrent()
}

// nextDocument opens the next document in the list (after the one shown)
// with a disagreement gold has not decided, read off the UI goroutine.
func (v *adjudicateView) nextDocument() {
	v.atEnd = false
	var ids []string
	after := false
	for _, d := range v.m.ctl.Documents() {
		if after {
			ids = append(ids, d.ID)
		}
		after = after || (v.doc != nil && d.ID == v.doc.ID)
	}
	if len(ids) == 0 {
		v.say("this is the last document in the list")
		return
	}
	st := v.m.ctl.Store()
	v.say("looking for the next document with disagreements…")
	v.m.ctl.run(func() {
		ctx := context.Background()
		found := ""
		var err error
		for _, id := range ids {
			var d *annotate.Document
			var layers []*annotate.Annotations
			if d, err = st.Document(ctx, id); err != nil {
				break
			}
			if layers, err = st.Layers(ctx, id); err != nil {
				break
			}
			if r, t := team.NewAdjudication(d, layers, nil).Progress(); r < t {
				found = id
				break
			}
		}
		v.m.ctl.ui(func() {
			switch {
			case err != nil:
				v.say("could not read the next documents: " + explain(err))
			case found == "":
				v.say("no document after this one has disagreements left to decide")
			case v.m.adj == v:
				v.m.openAdjudication(found)
			}
		})
	})
}

// scrollToCurrent brings the disagreement shown to the upper third of
// the view, with the text before it for context.
func (v *adjudicateView) scrollToCurrent() {
	if v.cur < 0 {
		return
	}
	l := v.view.ensureLayout()
	if len(l.lines) == 0 {
		return
	}
	ln := l.lines[l.lineOf(v.adj.Align.Units[v.dis[v.cur]].Start)]
	h := v.view.scroll.Size().Height
	if top := v.view.scroll.Offset.Y; ln.y >= top && ln.y+ln.height <= top+h*2/3 {
		return // already in view, well above the bottom
	}
	v.view.scrollToY(ln.y - h/3)
}

// take puts version n of the disagreement shown into gold.
func (v *adjudicateView) take(n int) {
	cs := v.choices()
	if n < 1 || n > len(cs) {
		if v.cur < 0 {
			v.say("no disagreement to decide here")
		} else {
			v.say(fmt.Sprintf("there is no version %d; this disagreement has %d", n, len(cs)))
		}
		return
	}
	i := v.dis[v.cur]
	c := cs[n-1]
	v.write(true, func() (annotate.Edit, error) { return v.adj.Take(i, c.Analysts[0], v.adjudicator) })
}

// noneHere records that no version of the disagreement shown belongs.
func (v *adjudicateView) noneHere() {
	if v.cur < 0 {
		v.say("no disagreement to decide here")
		return
	}
	i := v.dis[v.cur]
	v.write(true, func() (annotate.Edit, error) { return v.adj.NoneHere(i, v.adjudicator) })
}

// tagByHand tags the text selected in the view into gold with the schema's
// label n, as tagging does in the analyst's own layer.
func (v *adjudicateView) tagByHand(n int) {
	if v.adj == nil {
		return
	}
	l, ok := v.m.ctl.Schema().LabelAt(n)
	if !ok {
		v.say(fmt.Sprintf("key %d has no label in this schema", n))
		return
	}
	s, e := v.view.Selection()
	if s == e {
		v.say("select the text to tag into gold first")
		return
	}
	v.write(false, func() (annotate.Edit, error) {
		return annotate.TagSpan(v.doc, v.adj.Gold, v.m.ctl.Schema(), l.Name, s, e, v.adjudicator)
	})
}

// deleteGold removes the gold span last clicked.
func (v *adjudicateView) deleteGold() {
	if v.adj == nil || v.gold == "" {
		v.say("click a gold span first, then Delete removes it")
		return
	}
	id := v.gold
	v.gold = ""
	v.write(false, func() (annotate.Edit, error) { return annotate.DeleteSpan(v.adj.Gold, id) })
}

// tapped makes a clicked disagreement the one shown, and remembers a
// clicked gold span for Delete.
func (v *adjudicateView) tapped(id string) {
	switch {
	case strings.HasPrefix(id, adjUnit):
		i, _ := strconv.Atoi(strings.TrimPrefix(id, adjUnit))
		if k := slices.Index(v.dis, i); k >= 0 {
			v.cur, v.gold = k, ""
		}
	case strings.HasPrefix(id, adjGold):
		v.gold = strings.TrimPrefix(id, adjGold)
		for k, i := range v.dis {
			if g, ok := v.adj.Decision(i); ok && g.ID == v.gold {
				v.cur = k
			}
		}
	default:
		return
	}
	v.refreshCurrent()
}

// refreshCurrent shows another disagreement (or gold span) as the current
// one: only the outline and the panel change, not the spans.
func (v *adjudicateView) refreshCurrent() {
	v.view.SetSelectedSpan(v.selectedID(), v.goldLinks())
	v.showVersions()
}

// write builds one gold edit on the UI goroutine and makes it durable off
// it, then reads gold back; with advance, the next undecided disagreement
// is shown.
func (v *adjudicateView) write(advance bool, build func() (annotate.Edit, error)) {
	if v.adj == nil {
		return
	}
	e, err := build()
	if errors.Is(err, annotate.ErrNoChange) {
		return
	}
	if err != nil {
		v.say(err.Error())
		return
	}
	e.Doc = v.doc.ID
	st, doc, who := v.m.ctl.Store(), v.doc.ID, v.adjudicator
	v.say("saving…")
	v.m.ctl.run(func() {
		ctx := context.Background()
		done, err := st.Adjudicate(ctx, who, e)
		var gold *annotate.Annotations
		if err == nil {
			gold, err = st.Annotations(ctx, doc, annotate.LayerGold)
		}
		v.m.ctl.ui(func() {
			if err != nil {
				v.say("could not save to gold: " + explain(err))
				return
			}
			if v.doc == nil || v.doc.ID != doc {
				return // another document is shown now
			}
			v.adj.SetGold(gold)
			v.say("saved to gold: " + e.Summary)
			if !advance {
				// A span made by hand stays selected, to link or adjust it.
				if id := firstAddedSpan(done); id != "" {
					v.gold = id
				}
				if v.gold != "" && !slices.ContainsFunc(gold.Spans, func(s annotate.Span) bool { return s.ID == v.gold }) {
					v.gold = ""
				}
			}
			if advance && v.cur >= 0 {
				if k := v.nextUndecided(v.cur, 1); k >= 0 {
					v.cur = k
				} else if k := v.nextUndecided(-1, 1); k >= 0 {
					v.cur = k
				}
			}
			v.refresh()
			v.scrollToCurrent()
		})
	})
}

// undo undoes (or redoes) the adjudicator's last gold edit, in whichever
// document it was made, and shows that document.
func (v *adjudicateView) undo(undo bool) {
	st, who := v.m.ctl.Store(), v.adjudicator
	if st == nil {
		return
	}
	cur := ""
	if v.doc != nil {
		cur = v.doc.ID
	}
	v.m.ctl.run(func() {
		ctx := context.Background()
		var e annotate.Edit
		var err error
		if undo {
			e, err = st.UndoAdjudication(ctx, who)
		} else {
			e, err = st.RedoAdjudication(ctx, who)
		}
		var gold *annotate.Annotations
		if err == nil && e.Doc == cur {
			gold, err = st.Annotations(ctx, e.Doc, annotate.LayerGold)
		}
		v.m.ctl.ui(func() {
			verb := "undid"
			if !undo {
				verb = "redid"
			}
			switch {
			case errors.Is(err, store.ErrNothingToUndo):
				v.say("nothing to undo in gold")
			case errors.Is(err, store.ErrNothingToRedo):
				v.say("nothing to redo in gold")
			case err != nil:
				v.say("could not change gold: " + explain(err))
			case v.doc == nil || v.doc.ID != e.Doc:
				v.m.openAdjudication(e.Doc)
				v.say(verb + " in gold: " + e.Summary)
			default:
				before := make([]bool, len(v.dis))
				for k, i := range v.dis {
					before[k] = v.adj.Decided(i)
				}
				v.adj.SetGold(gold)
				v.gold = ""
				// Show the disagreement the step changed, if it changed one.
				for k, i := range v.dis {
					if v.adj.Decided(i) != before[k] {
						v.cur = k
						break
					}
				}
				v.refresh()
				v.scrollToCurrent()
				v.say(verb + " in gold: " + e.Summary)
			}
		})
	})
}

// confirmAcceptAgreed asks before putting into gold every unit all
// analysts (or a chosen majority) agree on, with the counts.
func (v *adjudicateView) confirmAcceptAgreed() {
	if v.adj == nil || len(v.adj.Layers) < 2 {
		v.say("adjudication needs two or more analysts' layers")
		return
	}
	n := len(v.adj.Layers)
	opts := []string{fmt.Sprintf("all %d analysts", n)}
	mins := []int{0}
	for k := n - 1; k >= 2; k-- {
		opts = append(opts, fmt.Sprintf("at least %d of %d analysts", k, n))
		mins = append(mins, k)
	}
	chosen := 0
	counts := widget.NewLabel("")
	accept := widget.NewButton("", nil)
	accept.Importance = widget.HighImportance
	update := func() {
		p := v.adj.Pending(mins[chosen])
		counts.SetText(fmt.Sprintf("%s of this document, with speaker, cue and stance, go into gold; each records who agreed.",
			plural(p, "unit", "units")))
		accept.SetText(fmt.Sprintf("Accept %d", p))
		if p == 0 {
			accept.Disable()
		} else {
			accept.Enable()
		}
	}
	sel := widget.NewSelect(opts, func(s string) {
		chosen = max(0, slices.Index(opts, s))
		update()
	})
	sel.SetSelectedIndex(0)
	var d *dialog.CustomDialog
	do := func() {
		d.Hide()
		if v.adj.Pending(mins[chosen]) == 0 {
			return
		}
		v.write(false, func() (annotate.Edit, error) {
			e, _, err := v.adj.AcceptAgreed(mins[chosen], v.adjudicator)
			return e, err
		})
	}
	accept.OnTapped = do
	back := widget.NewButton("Go back", func() { d.Hide() })
	body := container.NewVBox(container.NewBorder(nil, nil, widget.NewLabel("Accept what is agreed by"), nil, sel), counts)
	d = dialog.NewCustomWithoutButtons("Accept agreed units into gold", body, v.m.win)
	d.SetButtons([]fyne.CanvasObject{back, accept})
	d.Resize(fyne.NewSize(560, 200))
	v.m.showModal(d, do, nil)
}

// focusArticle gives the keys back to the article shown: the
// adjudication view's while it is open.
func (m *mainWindow) focusArticle() {
	if m.adj != nil {
		m.win.Canvas().Focus(m.adj.view)
		return
	}
	m.win.Canvas().Focus(m.view)
}

// leave closes the adjudication view and gives the window back its
// article and panel.
func (v *adjudicateView) leave() {
	m := v.m
	if m.adj != v {
		return
	}
	m.adj = nil
	if v.unwatch != nil {
		v.unwatch()
	}
	if v.stopProject != nil {
		v.stopProject()
	}
	m.split.Trailing = v.prev
	m.split.Refresh()
	m.win.Canvas().Focus(m.view)
	m.ctl.say("left adjudication")
}
