package team

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"newsmark/annotate"
	"newsmark/store"
)

// MergeOptions says how analysts' files are merged.
type MergeOptions struct {
	// AddMissing imports documents the review project lacks instead of
	// refusing the file.
	AddMissing bool
}

// FileMerge says what merging one analyst's file did.
type FileMerge struct {
	File      string
	Layers    []string // the analysts' layers it brought
	Documents int      // documents in the file
	Changed   int      // documents whose layer changed
	Added     int      // documents the review project lacked, imported
}

// ErrSchema means an analyst's file has another annotation schema than the
// review project: its labels would not mean the same.
var ErrSchema = errors.New("has another annotation schema than the review project")

// ErrMissing means an analyst's file has documents the review project lacks.
var ErrMissing = errors.New("has documents the review project lacks")

// source is one analyst's file as checked before the merge.
type source struct {
	path    string
	st      *store.Store
	project string
	layers  []string
	missing []string // ids of documents the review project lacks
	docs    int
}

// Merge brings each analyst's layer from their project files into the
// review project, matching documents by their cleaned text (never by name
// or id). Merging an updated file replaces that analyst's layer on the
// file's documents and touches nothing else; merging the same file again
// changes nothing. Every file is checked first (same schema, no analyst
// from two projects, no document the review project lacks unless
// AddMissing) and a problem is an error naming the file; then all of them
// are merged in one transaction, so nothing is half-merged. progress
// counts documents merged.
func Merge(ctx context.Context, review *store.Store, actor string, files []string, opt MergeOptions, progress func(done, total int)) ([]FileMerge, error) {
	if len(files) == 0 {
		return nil, errors.New("name at least one analyst's project file")
	}
	_, reviewSchema, err := annotate.ProjectSchema(ctx, review)
	if err != nil {
		return nil, err
	}
	reviewID, err := review.ProjectID(ctx)
	if err != nil {
		return nil, err
	}
	reviewSums, err := review.TextSums(ctx)
	if err != nil {
		return nil, err
	}
	var sources []*source
	defer func() {
		for _, s := range sources {
			s.st.Close()
		}
	}()
	from := map[string]string{} // analyst → file bringing them
	total := 0
	for _, path := range files {
		s, err := check(ctx, review, reviewSchema, reviewID, reviewSums, path)
		if s != nil {
			sources = append(sources, s)
		}
		if err != nil {
			return nil, fmt.Errorf("merge %s: %w", path, err)
		}
		for _, l := range s.layers {
			if other, ok := from[l]; ok {
				return nil, fmt.Errorf("merge %s: %s's layer also comes from %s: two analysts share a name, or one file was copied", path, l, other)
			}
			from[l] = path
		}
		if len(s.missing) > 0 && !opt.AddMissing {
			return nil, fmt.Errorf("merge %s: %w: %d (%s); give --add-missing to import them", path, ErrMissing,
				len(s.missing), listSome(s.missing, 3))
		}
		total += s.docs
	}
	out := make([]FileMerge, len(sources))
	done := 0
	err = review.Merge(ctx, actor, func(m *store.Merger) error {
		for i, s := range sources {
			fm := &out[i]
			fm.File, fm.Layers, fm.Documents = s.path, s.layers, s.docs
			for _, l := range s.layers {
				if err := m.Claim(l, s.project, s.path); err != nil {
					return fmt.Errorf("merge %s: %w", s.path, err)
				}
			}
			err := s.st.ForEachDocumentLayers(ctx, func(d *annotate.Document, layers []*annotate.Annotations) error {
				seq, id, ok, err := m.Document(store.TextSHA256(d.Text))
				if err != nil {
					return err
				}
				if !ok {
					if seq, id, err = m.AddDocument(d); err != nil {
						return err
					}
					fm.Added++
				}
				changed := false
				for _, l := range s.layers {
					a := &annotate.Annotations{Layer: l}
					if k := slices.IndexFunc(layers, func(x *annotate.Annotations) bool { return x.Layer == l }); k >= 0 {
						a = layers[k]
					}
					c, err := m.ReplaceLayer(seq, id, a)
					if err != nil {
						return err
					}
					changed = changed || c
				}
				if changed {
					fm.Changed++
				}
				done++
				if progress != nil {
					progress(done, total)
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("merge %s: %w", s.path, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// check opens an analyst's file and checks it can be merged into review.
func check(ctx context.Context, review *store.Store, reviewSchema, reviewID string, reviewSums map[string]string, path string) (*source, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, errors.New("not a project file")
	}
	if abs, _ := filepath.Abs(path); abs == absPath(review.Path()) {
		return nil, errors.New("it is the review project itself")
	}
	st, err := store.Open(path)
	if err != nil {
		return nil, err
	}
	s := &source{path: path, st: st}
	if s.project, err = st.ProjectID(ctx); err != nil {
		return s, err
	}
	if s.project == reviewID {
		return s, errors.New("it is the review project itself (a copy of it)")
	}
	_, schema, err := annotate.ProjectSchema(ctx, st)
	if err != nil {
		return s, err
	}
	if !sameJSON(schema, reviewSchema) {
		return s, ErrSchema
	}
	if s.layers, err = st.Analysts(ctx); err != nil {
		return s, err
	}
	if len(s.layers) == 0 {
		return s, errors.New("no analyst has worked in it yet")
	}
	theirs, err := st.TextSums(ctx)
	if err != nil {
		return s, err
	}
	s.docs = len(theirs)
	for sum, id := range theirs {
		if _, ok := reviewSums[sum]; !ok {
			s.missing = append(s.missing, id)
		}
	}
	slices.Sort(s.missing)
	return s, nil
}

func absPath(p string) string {
	a, _ := filepath.Abs(p)
	return a
}

// sameJSON says whether two JSON texts hold the same value.
func sameJSON(a, b string) bool {
	var va, vb any
	if json.Unmarshal([]byte(a), &va) != nil || json.Unmarshal([]byte(b), &vb) != nil {
		return a == b
	}
	return reflect.DeepEqual(va, vb)
}

func listSome(ids []string, n int) string {
	if len(ids) <= n {
		return strings.Join(ids, ", ")
	}
	return strings.Join(ids[:n], ", ") + fmt.Sprintf(" and %d more", len(ids)-n)
}
