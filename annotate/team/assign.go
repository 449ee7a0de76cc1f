// Package team is the work of a team of analysts on one corpus: handing
// documents out to analysts as project files of their own, and merging
// their layers back into a review project, matched by each article's
// cleaned text. Agreement and adjudication read what the merge brings in.
package team

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"

	"newsmark/annotate"
	"newsmark/store"
)

// AssignOptions says how documents are handed out.
type AssignOptions struct {
	Analysts    []string // who gets documents
	PerDoc      int      // analysts per document (at most len(Analysts))
	Calibration int      // documents every analyst gets, to calibrate on
	Seed        uint64   // the same seed hands out the same way
	// Dir is the folder the analysts' files are written to; empty hands
	// the documents out inside the project itself (a team project on a
	// server): each analyst's queue, and their starting layers.
	Dir string
	// Layer is the source layer copied from: its pending suggestions when
	// Suggestions is set, its accepted work when Annotations is set.
	Layer       string
	Suggestions bool
	Annotations bool
	// Force replaces analysts' files already in Dir.
	Force bool
}

// Assignment says what a hand-out gave each analyst.
type Assignment struct {
	Files       map[string]string   // analyst → project file written
	Documents   map[string][]string // analyst → document ids, in import order
	Calibration []string            // the documents every analyst got
}

// ErrExists means an analyst's file is already in the hand-out folder.
var ErrExists = errors.New("file exists")

// Plan decides who gets which document: the calibration documents go to
// everyone, and every other document to PerDoc analysts in turn, so that
// each analyst gets the same number (give or take one) and every pair of
// analysts shares documents. The order of documents is shuffled by Seed
// first, so the same seed gives the same plan.
func Plan(ids []string, opt AssignOptions) (map[string][]string, []string, error) {
	n := len(opt.Analysts)
	switch {
	case n == 0:
		return nil, nil, errors.New("name at least one analyst")
	case opt.PerDoc < 1 || opt.PerDoc > n:
		return nil, nil, fmt.Errorf("%d analysts per document: give 1 to %d", opt.PerDoc, n)
	case opt.Calibration < 0 || opt.Calibration > len(ids):
		return nil, nil, fmt.Errorf("%d calibration documents: the project has %d", opt.Calibration, len(ids))
	}
	seen := map[string]bool{}
	for _, a := range opt.Analysts {
		if err := store.CheckAnalyst(a); err != nil {
			return nil, nil, err
		}
		if seen[a] {
			return nil, nil, fmt.Errorf("analyst %s is named twice", a)
		}
		seen[a] = true
	}
	order := slices.Clone(ids)
	r := rand.New(rand.NewPCG(opt.Seed, 0x6e65_7773_6d61_726b)) // "newsmark"
	r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	byDoc := make(map[string][]string, len(ids))
	calibration := slices.Clone(order[:opt.Calibration])
	for _, id := range calibration {
		byDoc[id] = slices.Clone(opt.Analysts)
	}
	for k, id := range order[opt.Calibration:] {
		for j := range opt.PerDoc {
			byDoc[id] = append(byDoc[id], opt.Analysts[(k*opt.PerDoc+j)%n])
		}
	}
	slices.SortFunc(calibration, func(a, b string) int { return slices.Index(ids, a) - slices.Index(ids, b) })
	return byDoc, calibration, nil
}

// Assign hands the project's documents out: one project file per analyst
// in opt.Dir, holding their documents with the project's schema,
// guidelines and targets, and, when asked, the source layer's pending
// suggestions and accepted work as each analyst's starting layer. The
// project records who has which document. The files appear together when
// all are complete; a failure leaves none of them. progress counts
// documents read.
func Assign(ctx context.Context, src *store.Store, opt AssignOptions, progress func(done, total int)) (*Assignment, error) {
	docs, err := src.Documents(ctx, opt.Layer)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	byDoc, calibration, err := Plan(ids, opt)
	if err != nil {
		return nil, err
	}
	res := &Assignment{Files: map[string]string{}, Documents: map[string][]string{}, Calibration: calibration}
	for _, id := range ids {
		for _, a := range byDoc[id] {
			res.Documents[a] = append(res.Documents[a], id)
		}
	}
	if opt.Dir == "" {
		return res, assignInProject(ctx, src, opt, byDoc, len(ids), progress)
	}
	if err := os.MkdirAll(opt.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("hand out to %s: %w", opt.Dir, err)
	}
	for _, a := range opt.Analysts {
		res.Files[a] = filepath.Join(opt.Dir, a+".newsmark")
		if _, err := os.Lstat(res.Files[a]); err == nil && !opt.Force {
			return nil, fmt.Errorf("hand out to %s: %w (give --force to replace it)", res.Files[a], ErrExists)
		}
	}
	out, err := newHandOut(ctx, src, opt, res)
	if err != nil {
		return nil, err
	}
	defer out.abort()
	done := 0
	err = src.ForEachDocument(ctx, store.DocFilter{Layer: opt.Layer}, func(d *annotate.Document, a *annotate.Annotations) error {
		for _, analyst := range byDoc[d.ID] {
			if err := out.add(analyst, d, startingLayer(a, analyst, opt)); err != nil {
				return err
			}
		}
		done++
		if progress != nil {
			progress(done, len(ids))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("hand out: %w", err)
	}
	if err := out.finish(); err != nil {
		return nil, fmt.Errorf("hand out: %w", err)
	}
	if err := src.AssignDocuments(ctx, byDoc); err != nil {
		return nil, fmt.Errorf("hand out: record who has which document: %w", err)
	}
	return res, nil
}

// assignInProject records the queues and gives each analyst their starting
// layer of their documents (never replacing work already there), in one
// transaction.
func assignInProject(ctx context.Context, src *store.Store, opt AssignOptions, byDoc map[string][]string, total int, progress func(done, total int)) error {
	if opt.Suggestions || opt.Annotations {
		done := 0
		err := src.Merge(ctx, opt.Layer, func(m *store.Merger) error {
			return src.ForEachDocument(ctx, store.DocFilter{Layer: opt.Layer}, func(d *annotate.Document, a *annotate.Annotations) error {
				seq, _, _, err := m.Document(store.TextSHA256(d.Text))
				if err != nil {
					return err
				}
				for _, analyst := range byDoc[d.ID] {
					if _, err := m.SeedLayer(seq, d.ID, startingLayer(a, analyst, opt)); err != nil {
						return err
					}
				}
				done++
				if progress != nil {
					progress(done, total)
				}
				return nil
			})
		})
		if err != nil {
			return fmt.Errorf("hand out: %w", err)
		}
	}
	if err := src.AssignDocuments(ctx, byDoc); err != nil {
		return fmt.Errorf("hand out: %w", err)
	}
	return nil
}

// startingLayer is what of the source layer an analyst's file starts with.
func startingLayer(a *annotate.Annotations, analyst string, opt AssignOptions) *annotate.Annotations {
	out := &annotate.Annotations{Layer: analyst, Targets: a.Targets}
	keep := map[string]bool{}
	for _, sp := range a.Spans {
		if (opt.Suggestions && sp.Status == annotate.SpanPending) || (opt.Annotations && sp.Status == annotate.SpanAccepted) {
			keep[sp.ID] = true
			out.Spans = append(out.Spans, sp)
		}
	}
	for _, r := range a.Relations {
		if keep[r.Head] && keep[r.Child] {
			out.Relations = append(out.Relations, r)
		}
	}
	if opt.Annotations {
		for _, st := range a.Stances {
			if keep[st.Statement] {
				out.Stances = append(out.Stances, st)
			}
		}
		out.DocLabels = a.DocLabels
	}
	return out
}

// handOut writes the analysts' files under temporary names, in batches.
type handOut struct {
	ctx     context.Context
	stores  map[string]*store.Store
	temps   map[string]string
	res     *Assignment
	pending map[string][]*annotate.Document
	anns    map[string][]*annotate.Annotations
}

func newHandOut(ctx context.Context, src *store.Store, opt AssignOptions, res *Assignment) (*handOut, error) {
	_, schema, err := annotate.ProjectSchema(ctx, src)
	if err != nil {
		return nil, err
	}
	guidelines, customGuidelines, err := src.Setting(ctx, annotate.SettingGuidelines)
	if err != nil {
		return nil, err
	}
	targets, err := src.Targets(ctx, "")
	if err != nil {
		return nil, err
	}
	from, err := src.ProjectID(ctx)
	if err != nil {
		return nil, err
	}
	h := &handOut{ctx: ctx, stores: map[string]*store.Store{}, temps: map[string]string{}, res: res,
		pending: map[string][]*annotate.Document{}, anns: map[string][]*annotate.Annotations{}}
	for _, a := range opt.Analysts {
		f, err := os.CreateTemp(opt.Dir, "."+a+"-*.newsmark")
		if err != nil {
			h.abort()
			return nil, err
		}
		f.Close()
		os.Remove(f.Name()) // store.Open makes it, owner-only
		h.temps[a] = f.Name()
		st, err := store.Open(f.Name())
		if err != nil {
			h.abort()
			return nil, err
		}
		h.stores[a] = st
		settings := [][2]string{{annotate.SettingSchema, schema}, {store.SettingAnalyst, a}, {SettingHandedOutFrom, from}}
		if customGuidelines {
			settings = append(settings, [2]string{annotate.SettingGuidelines, guidelines})
		}
		for _, kv := range settings {
			if err := st.SetSetting(ctx, kv[0], kv[1]); err != nil {
				h.abort()
				return nil, err
			}
		}
		if err := st.AddTargets(ctx, targets); err != nil {
			h.abort()
			return nil, err
		}
	}
	return h, nil
}

// SettingHandedOutFrom is the setting of an analyst's file naming the
// project (its id) the documents were handed out from.
const SettingHandedOutFrom = "handed_out_from"

const handOutBatch = 256

func (h *handOut) add(analyst string, d *annotate.Document, a *annotate.Annotations) error {
	c := *d
	c.Status = ""
	h.pending[analyst] = append(h.pending[analyst], &c)
	h.anns[analyst] = append(h.anns[analyst], a)
	if len(h.pending[analyst]) >= handOutBatch {
		return h.flush(analyst)
	}
	return nil
}

func (h *handOut) flush(analyst string) error {
	docs := h.pending[analyst]
	if len(docs) == 0 {
		return nil
	}
	res, err := h.stores[analyst].AddDocuments(h.ctx, analyst, docs, h.anns[analyst])
	if err != nil {
		return fmt.Errorf("%s's file: %w", analyst, err)
	}
	for _, r := range res {
		if r.Err != nil {
			return fmt.Errorf("%s's file: %w", analyst, r.Err)
		}
	}
	h.pending[analyst], h.anns[analyst] = docs[:0], h.anns[analyst][:0]
	return nil
}

// finish completes every file and puts them all in place.
func (h *handOut) finish() error {
	for _, a := range slices.Sorted(maps.Keys(h.stores)) {
		if err := h.flush(a); err != nil {
			return err
		}
		queue := map[string][]string{}
		for _, id := range h.res.Documents[a] {
			queue[id] = []string{a}
		}
		if err := h.stores[a].AssignDocuments(h.ctx, queue); err != nil {
			return fmt.Errorf("%s's file: %w", a, err)
		}
	}
	for a, st := range h.stores {
		if err := st.Close(); err != nil {
			return fmt.Errorf("%s's file: %w", a, err)
		}
		delete(h.stores, a)
	}
	for a, tmp := range h.temps {
		if err := os.Rename(tmp, h.res.Files[a]); err != nil {
			return err
		}
		os.Remove(store.WritersFile(tmp)) // no one else knew the temporary name
		delete(h.temps, a)
	}
	return nil
}

// abort closes and removes every file not yet in place.
func (h *handOut) abort() {
	for _, st := range h.stores {
		st.Close()
	}
	for _, tmp := range h.temps {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(tmp + suffix)
		}
		os.Remove(store.WritersFile(tmp))
	}
}
