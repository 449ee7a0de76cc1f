package dataset

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"newsmark/annotate"
	"newsmark/annotate/internal/inputfile"
)

// stanceColumns are the columns every stance row has (null where unknown).
var stanceColumns = []string{"id", "doc_id", "statement_id", "text", "context", "speaker", "speaker_mention",
	"cue", "quote_type", "zone", "target", "stance", "implicit"}

// Validate checks a newsmark/1 file (a JSON object per line, offsets inside
// the text, span and evidence texts equal to what their offsets slice,
// relation and stance ids that resolve, document ids used once) or a stance
// file (a JSON object per line, every column present with a consistent
// type, a known stance label, row ids used once). It writes a summary and
// each problem with its line number to w and returns how many problems it
// found; err is for a file it could not read.
func Validate(path string, w io.Writer) (problems int, err error) {
	f, err := inputfile.Open(path)
	if err != nil {
		return 0, fmt.Errorf("validate %s: %w", path, err)
	}
	defer f.Close()
	var docs, spans, rels, stances, rows, lines int
	seen := map[string]int{}
	report := func(n int, e error) {
		problems++
		fmt.Fprintf(w, "%s:%d: %v\n", path, n, e)
	}
	validateLine := func(n int, line []byte) {
		lines++
		var keys map[string]json.RawMessage
		if err := json.Unmarshal(line, &keys); err != nil {
			report(n, fmt.Errorf("not a JSON object: %w", err))
			return
		}
		if _, ok := keys["statement_id"]; ok {
			rows++
			id, errs := checkStanceRow(keys)
			for _, e := range errs {
				report(n, e)
			}
			if id != "" {
				if first, dup := seen[id]; dup {
					report(n, fmt.Errorf("row id %s already used on line %d", id, first))
				} else {
					seen[id] = n
				}
			}
			return
		}
		var meta struct {
			Schema string `json:"schema"`
		}
		json.Unmarshal(keys["meta"], &meta)
		if meta.Schema != annotate.SchemaName {
			report(n, fmt.Errorf("meta.schema is %q, not %s (and no statement_id, so not a stance row)", meta.Schema, annotate.SchemaName))
			return
		}
		rec, errs := parseNewsmark(line, true)
		for _, e := range errs {
			report(n, e)
		}
		if rec.Doc == nil {
			return
		}
		for _, e := range CheckRecord(rec, nil) {
			report(n, e)
		}
		docs++
		spans += len(rec.Ann.Spans)
		rels += len(rec.Ann.Relations)
		stances += len(rec.Ann.Stances)
		if first, dup := seen[rec.Doc.ID]; dup {
			report(n, fmt.Errorf("document id %s already used on line %d", rec.Doc.ID, first))
		} else if rec.Doc.ID != "" {
			seen[rec.Doc.ID] = n
		}
	}
	err = eachLine(f, func(n int, line []byte) error { validateLine(n, line); return nil })
	if err != nil {
		return problems, fmt.Errorf("validate %s: %w", path, err)
	}
	var what []string
	if docs > 0 {
		what = append(what, fmt.Sprintf("%d documents, %d spans, %d relations, %d stances", docs, spans, rels, stances))
	}
	if rows > 0 {
		what = append(what, fmt.Sprintf("%d stance rows", rows))
	}
	if len(what) == 0 {
		what = append(what, "no records")
	}
	verdict := "valid"
	if problems > 0 {
		verdict = fmt.Sprintf("%d problems", problems)
	}
	fmt.Fprintf(w, "%s: %d lines, %s: %s\n", path, lines, strings.Join(what, "; "), verdict)
	return problems, nil
}

// checkStanceRow checks one stance row and returns its id.
func checkStanceRow(keys map[string]json.RawMessage) (string, []error) {
	var errs []error
	vals := map[string]any{}
	for _, k := range stanceColumns {
		raw, ok := keys[k]
		if !ok {
			errs = append(errs, fmt.Errorf("missing column %q", k))
			continue
		}
		var v any
		json.Unmarshal(raw, &v)
		vals[k] = v
	}
	for _, k := range stanceColumns {
		v, ok := vals[k]
		if !ok {
			continue
		}
		switch k {
		case "id", "doc_id", "statement_id", "text":
			if s, _ := v.(string); s == "" {
				errs = append(errs, fmt.Errorf("column %q must be a non-empty string", k))
			}
		case "implicit":
			if _, isBool := v.(bool); v != nil && !isBool {
				errs = append(errs, fmt.Errorf("column %q must be true, false or null", k))
			}
		default:
			if _, isStr := v.(string); v != nil && !isStr {
				errs = append(errs, fmt.Errorf("column %q must be a string or null", k))
			}
		}
	}
	target, stance := vals["target"], vals["stance"]
	if (target == nil) != (stance == nil) {
		errs = append(errs, fmt.Errorf("target and stance must both be set or both null"))
	}
	if s, ok := stance.(string); ok && s != annotate.StanceFavor && s != annotate.StanceAgainst && s != annotate.StanceNone {
		errs = append(errs, fmt.Errorf("stance %q is not FAVOR, AGAINST or NONE", s))
	}
	id, _ := vals["id"].(string)
	return id, errs
}
