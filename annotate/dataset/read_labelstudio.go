package dataset

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"newsmark/annotate"
)

// A Label Studio task as its JSON export writes it (the "JSON" export of
// label-studio-converter, which reads task['id'], task['data'] and each
// annotation's 'result', 'completed_by' and 'was_cancelled':
// label_studio_converter/converter.py annotation_result_from_task at
// HumanSignal/label-studio-converter 2ef5400).
type lsTask struct {
	ID          any            `json:"id"`
	Data        map[string]any `json:"data"`
	Annotations []lsAnnotation `json:"annotations"`
	Completions []lsAnnotation `json:"completions"` // the name before "annotations"
	Predictions []lsAnnotation `json:"predictions"`
	Meta        map[string]any `json:"meta"`
}

type lsAnnotation struct {
	Result       []lsResult `json:"result"`
	CompletedBy  any        `json:"completed_by"`
	WasCancelled bool       `json:"was_cancelled"`
	Skipped      bool       `json:"skipped"`
	ModelVersion any        `json:"model_version"`
	Score        *float64   `json:"score"`
}

type lsResult struct {
	ID        string         `json:"id"`
	FromName  string         `json:"from_name"`
	ToName    string         `json:"to_name"`
	Type      string         `json:"type"`
	Value     map[string]any `json:"value"`
	FromID    string         `json:"from_id"`
	ToID      string         `json:"to_id"`
	Direction string         `json:"direction"`
	Labels    []string       `json:"labels"`
	Score     *float64       `json:"score"`
}

// lsAnnotator names the layer of an annotation from completed_by: the
// user's email when the export carries the user, else their number.
func lsAnnotator(v any) string {
	switch v := v.(type) {
	case map[string]any:
		for _, k := range []string{"email", "username", "first_name"} {
			if s, _ := v[k].(string); s != "" {
				return s
			}
		}
		if id, ok := v["id"].(float64); ok {
			return "label-studio-user-" + strconv.FormatFloat(id, 'f', -1, 64)
		}
	case float64:
		return "label-studio-user-" + strconv.FormatFloat(v, 'f', -1, 64)
	case string:
		return v
	}
	return ""
}

// parseLabelStudio reads a Label Studio task: one record per annotation
// that was not cancelled (each in the layer of whoever completed it), its
// "labels" regions as spans, per-region "choices" and "textarea" results
// as the region's attributes, Newsmark's per-target stance controls as
// stance, "relation" results as relations, and the task's predictions as
// pending suggestions with their scores. A task without annotations gives
// one record with the predictions alone (or none).
func parseLabelStudio(line []byte, fallbackID string, opt ReadOptions) ([]Record, []error) {
	var t lsTask
	if err := json.Unmarshal(line, &t); err != nil {
		return nil, []error{fmt.Errorf("not a Label Studio task: %w", err)}
	}
	text, ok := t.Data["text"].(string)
	if !ok {
		// A project whose Text tag reads another key: take the one string.
		n := 0
		for _, v := range t.Data {
			if s, isStr := v.(string); isStr {
				text, n = s, n+1
			}
		}
		if n != 1 {
			return nil, []error{errors.New("data has no text")}
		}
	}
	unit, _ := t.Data["offset_unit"].(string)
	offs, err := newOffsets(text, unitOf(unit, opt))
	if err != nil {
		return nil, []error{err}
	}
	id := idOf(fallbackID, t.Data["doc_id"], t.Data["id"])
	if id == fallbackID && t.ID != nil {
		id = "task-" + idOf("", t.ID)
	}
	meta := annotate.Meta{}
	meta.Title, _ = t.Data["title"].(string)
	anns := append(t.Annotations, t.Completions...)
	var live []lsAnnotation
	for _, a := range anns {
		if !a.WasCancelled && !a.Skipped {
			live = append(live, a)
		}
	}
	if len(live) == 0 {
		live = []lsAnnotation{{}}
	}
	var parts stanceParts
	if raw, err := json.Marshal(map[string]any{"targets": t.Data["targets"], "doc_labels": t.Data["doc_labels"]}); err == nil {
		json.Unmarshal(raw, &parts)
	}
	var recs []Record
	var probs []error
	for i, ann := range live {
		d := &annotate.Document{ID: id, Text: text, Meta: meta}
		a := &annotate.Annotations{Layer: lsAnnotator(ann.CompletedBy)}
		rec := Record{Doc: d, Ann: a}
		r := lsReader{offs: offs, a: a, rec: &rec, byRegion: map[string][]int{}, targets: map[string]bool{}}
		for _, tg := range parts.Targets {
			r.targets[tg.ID] = true
		}
		r.read(ann.Result, false, nil, "")
		if i == 0 {
			for _, p := range t.Predictions {
				model := idOf("prediction", p.ModelVersion)
				r.read(p.Result, true, p.Score, model)
			}
		}
		have := map[string]bool{}
		for _, sp := range a.Spans {
			have[sp.ID] = true
		}
		parts.Stance = nil
		rec.Notes = append(rec.Notes, parts.addStance(a, offs, have, nil, id)...)
		a.Stances = append(a.Stances, r.stances...)
		probs = append(probs, r.probs...)
		recs = append(recs, rec)
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return recs, nil
}

// lsReader turns one annotation's (or prediction's) results into spans.
type lsReader struct {
	offs     *offsets
	a        *annotate.Annotations
	rec      *Record
	byRegion map[string][]int // region id → indexes in a.Spans
	targets  map[string]bool
	stances  []annotate.Stance
	probs    []error
}

func num(v any) (int, bool) {
	f, ok := v.(float64)
	return int(f), ok && f == float64(int(f))
}

func (r *lsReader) read(results []lsResult, pending bool, score *float64, model string) {
	taken := map[string]bool{}
	for _, sp := range r.a.Spans {
		taken[sp.ID] = true
	}
	ids := idMaker{}
	// Regions first, so per-region results and relations find them.
	for _, res := range results {
		if res.Type != "labels" && res.Type != "hypertextlabels" {
			continue
		}
		start, ok1 := num(res.Value["start"])
		end, ok2 := num(res.Value["end"])
		if !ok1 || !ok2 {
			r.rec.Notes = append(r.rec.Notes, fmt.Sprintf("region %s left out: no numeric start and end (a %s region Newsmark cannot place)", res.ID, res.Type))
			continue
		}
		s, e, err := r.offs.rng("region "+res.ID, start, end)
		if err != nil {
			r.probs = append(r.probs, err)
			continue
		}
		if txt, ok := res.Value["text"].(string); ok && strings.Join(strings.Fields(txt), " ") != strings.Join(strings.Fields(r.offs.slice(s, e)), " ") {
			// Label Studio may collapse runs of spaces in value.text; any
			// other difference means the offsets are in another unit.
			r.probs = append(r.probs, fmt.Errorf("region %s [%d, %d): text %q is not what the offsets slice: %q", res.ID, start, end, txt, r.offs.slice(s, e)))
			continue
		}
		labels, _ := res.Value["labels"].([]any)
		if len(labels) == 0 {
			labels, _ = res.Value["hypertextlabels"].([]any)
		}
		for k, l := range labels {
			label, _ := l.(string)
			id := res.ID
			if id == "" || taken[id] || k > 0 {
				id = ids.next(label, taken)
			}
			taken[id] = true
			sp := annotate.Span{ID: id, Start: s, End: e, Label: label, Source: annotate.SourceImport, Status: annotate.SpanAccepted, Annotator: r.a.Layer}
			if pending {
				sp.Status, sp.Source, sp.Annotator = annotate.SpanPending, model, ""
				switch {
				case res.Score != nil:
					sp.Confidence = *res.Score
				case score != nil:
					sp.Confidence = *score
				}
			}
			r.byRegion[res.ID] = append(r.byRegion[res.ID], len(r.a.Spans))
			r.a.Spans = append(r.a.Spans, sp)
		}
	}
	for _, res := range results {
		switch res.Type {
		case "labels", "hypertextlabels":
		case "choices", "textarea", "number", "rating":
			idx, ok := r.byRegion[res.ID]
			if !ok {
				r.rec.Notes = append(r.rec.Notes, fmt.Sprintf("%s %s left out: not tied to a region", res.Type, res.FromName))
				continue
			}
			var vals []string
			for _, k := range []string{"choices", "text"} {
				if list, ok := res.Value[k].([]any); ok {
					for _, v := range list {
						vals = append(vals, fmt.Sprint(v))
					}
				}
			}
			if target, ok := strings.CutPrefix(res.FromName, lsStancePrefix); ok && res.Type == "choices" && r.targets[target] {
				st := annotate.Stance{Statement: r.a.Spans[idx[0]].ID, Target: target, Annotator: r.a.Layer}
				for _, v := range vals {
					if v == lsImplicit {
						st.Implicit = true
					} else {
						st.Label = v
					}
				}
				r.stances = append(r.stances, st)
				continue
			}
			var v any
			switch {
			case res.Type == "number" || res.Type == "rating":
				v = res.Value[res.Type]
			case len(vals) == 1 && res.Type == "choices" && (vals[0] == "true" || vals[0] == "false"):
				v = vals[0] == "true"
			case len(vals) == 1:
				v = vals[0]
			default:
				list := make([]any, len(vals))
				for i := range vals {
					list[i] = vals[i]
				}
				v = list
			}
			for _, i := range idx {
				sp := &r.a.Spans[i]
				if res.FromName == "note" {
					sp.Note, _ = v.(string)
					continue
				}
				if sp.Attrs == nil {
					sp.Attrs = map[string]any{}
				}
				sp.Attrs[res.FromName] = v
			}
		case "relation":
			h, okH := r.byRegion[res.FromID]
			c, okC := r.byRegion[res.ToID]
			if !okH || !okC {
				r.rec.Notes = append(r.rec.Notes, fmt.Sprintf("relation %s → %s left out: a region is not in this annotation", res.FromID, res.ToID))
				continue
			}
			label := "related"
			if len(res.Labels) > 0 {
				label = res.Labels[0]
			}
			head, child := r.a.Spans[h[0]].ID, r.a.Spans[c[0]].ID
			if res.Direction == "left" {
				head, child = child, head
			}
			rel := annotate.Relation{Label: label, Head: head, Child: child, Source: annotate.SourceImport}
			if pending {
				rel.Status, rel.Source = annotate.SpanPending, model
			}
			r.a.Relations = append(r.a.Relations, rel)
		default:
			r.rec.Notes = append(r.rec.Notes, fmt.Sprintf("%s result %s left out: Newsmark has no place for it", res.Type, res.FromName))
		}
	}
}
