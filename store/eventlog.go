package store

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

	kflate "github.com/klauspost/compress/flate"

	"newsmark/annotate"
)

// The event log keeps every edit's operations and their exact inverse.
// Rows written before schema version 5 (a file) or 2 (a server) hold them
// as JSON text in ops and inverse. Later rows leave those empty and hold
// both in body: one byte naming the encoding, then the operations' JSON, a
// newline and the inverse's JSON, compressed with DEFLATE against a fixed
// dictionary of the JSON the log is made of. An edit's few hundred bytes
// of JSON compress poorly on their own (DEFLATE has nothing to refer back
// to); against the dictionary, the keys, labels and operation names cost a
// few bits each. Readers take both forms, so old rows need no rewriting
// (the log is append-only).
//
// An edit that only adds spans and links, and whose inverse deletes them
// again, last first (a suggester's document, an analyst tagging a span),
// is logged in bodyAddsV2 instead: its operations in a binary form and no
// inverse, which the reader makes again from them. Making the JSON of a
// suggester's document and compressing it took a quarter of suggest --all;
// the binary form takes a few microseconds and fewer bytes.
const (
	// bodyDeflateV1 is DEFLATE against eventDictV1. A released encoding
	// and its dictionary never change: a new one takes a new byte.
	bodyDeflateV1 byte = 1
	// bodyAddsV2 is the operations of an edit that only adds
	// (encodeAdds).
	bodyAddsV2 byte = 2
)

// eventDictV1 is the preset dictionary of bodyDeflateV1: pieces of the
// operations' JSON as json.Marshal writes them, the most frequent last
// (DEFLATE codes nearer matches in fewer bits).
var eventDictV1 = []byte(`{"op":"update_span","span":{"id":"addr1","start":0,"end":0,"label":"ADDRESSEE","attrs":{"medium":"","note":""},"agreed_by":["` +
	`{"op":"add_target","target":{"id":"T1","text":"","kind":"doc"},"target_doc":"doc"}{"op":"delete_target","target":{"id":"T2"}}` +
	`{"op":"set_doc_label","key":"genre","value":"news"}{"op":"set_doc_label","key":"categories","value":["` +
	`{"op":"delete_relation","relation":{"label":"COREF","head":"spk2","child":"spk1","source":"rules","status":"pending"}}` +
	`{"op":"set_stance","stance":{"statement":"s1","target":"T1","label":"AGAINST","implicit":true,"evidence":{"start":0,"end":0},"annotator":"` +
	`{"op":"delete_stance","stance":{"statement":"s2","target":"T1","label":"NONE","annotator":"` +
	`{"op":"set_stance","stance":{"statement":"s1","target":"T1","label":"FAVOR","annotator":"` +
	`,"attrs":{"quote_type":"direct"},"annotator":"","source":"import","status":"rejected","note":"` +
	`{"op":"add_span","span":{"id":"ent1","start":0,"end":0,"label":"ENTITY","attrs":{"canonical":"` +
	`{"op":"add_span","span":{"id":"c1","start":0,"end":0,"label":"CLAIM","annotator":"","source":"manual","status":"accepted"}}` +
	`{"op":"set_status","status":"done"}{"op":"set_status","status":"todo"}{"op":"set_status","status":"in_progress"}` +
	`,"pattern":"according-to","confidence":0.6},"pattern":"said-after-quote","confidence":0.8},"pattern":"name-said","confidence":0.9}` +
	`{"op":"delete_span","span":{"id":"cue1"}},{"op":"delete_span","span":{"id":"spk1"}},{"op":"delete_span","span":{"id":"s1"}},` +
	`{"op":"add_relation","relation":{"label":"SAID_BY","head":"s1","child":"spk1","source":"rules","status":"pending"}},` +
	`{"op":"add_relation","relation":{"label":"CUE","head":"s1","child":"cue1","source":"manual","status":"accepted"}},` +
	`{"op":"add_span","span":{"id":"cue1","start":0,"end":0,"label":"CUE","source":"rules","status":"pending",` +
	`{"op":"add_span","span":{"id":"spk1","start":0,"end":0,"label":"SPEAKER","attrs":{"canonical":"","source":"manual","status":"accepted"}},` +
	`{"op":"add_span","span":{"id":"s1","start":0,"end":0,"label":"STATEMENT","attrs":{"quote_type":"indirect"},"annotator":"","source":"manual","status":"accepted"}},` +
	`[{"op":"add_span","span":{"id":"s1","start":`)

// Writers and readers are pooled: setting up DEFLATE's state (and the
// dictionary's) costs more than compressing one edit.
var (
	bodyWriters = sync.Pool{New: func() any {
		// klauspost/compress's DEFLATE writes the same format as
		// compress/flate's (which reads it back), and its fast levels use
		// the dictionary and start each edit without clearing tables:
		// compress/flate's level 2 cleared 640 KB of hash tables for every
		// event, whatever its size. On an import's events (one article
		// with ten spans each, 1,000 of them) level 4 takes 483 K
		// instructions an event against 648 K (encoding the JSON
		// included) and about half the time, for 426 bytes against 432.
		w, _ := kflate.NewWriterDict(nil, 4, eventDictV1)
		return w
	}}
	bodyReaders sync.Pool
	// rawBodies hold an edit's JSON on its way to DEFLATE: an import's
	// edits are several kilobytes each, and a new buffer grown to that
	// size for every document was a tenth of what encoding its event
	// allocated.
	rawBodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}
)

// putRawBody returns b to rawBodies, emptied; one grown past what edits
// usually need is let go.
func putRawBody(b *bytes.Buffer) {
	if b.Cap() > 1<<20 {
		return
	}
	b.Reset()
	rawBodies.Put(b)
}

// encodeEventBody is the body column of an event with these operations
// and inverse.
func encodeEventBody(ops, inverse []annotate.Op) ([]byte, error) {
	if onlyAdds(ops, inverse) {
		return encodeAdds(ops, nil)
	}
	return encodeDeflate(ops, inverse)
}

func encodeDeflate(ops, inverse []annotate.Op) ([]byte, error) {
	raw := rawBodies.Get().(*bytes.Buffer)
	defer putRawBody(raw)
	enc := json.NewEncoder(raw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(ops); err != nil { // ends with the newline
		return nil, err
	}
	if err := enc.Encode(inverse); err != nil {
		return nil, err
	}
	js := bytes.TrimSuffix(raw.Bytes(), []byte("\n"))
	var out bytes.Buffer
	out.Grow(len(js)/3 + 16)
	out.WriteByte(bodyDeflateV1)
	w := bodyWriters.Get().(*kflate.Writer)
	defer bodyWriters.Put(w)
	w.Reset(&out)
	if _, err := w.Write(js); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// decodeEventBody reads an event's operations and inverse from its body,
// or from ops and inverse for a row written before the body existed.
func decodeEventBody(body []byte, ops, inverse string) (fwd, inv []annotate.Op, err error) {
	opsJSON, invJSON := []byte(ops), []byte(inverse)
	if len(body) > 0 && body[0] == bodyAddsV2 {
		fwd, err := decodeAdds(body[1:])
		if err != nil {
			return nil, nil, fmt.Errorf("event body: %w", err)
		}
		return fwd, inverseOfAdds(fwd), nil
	}
	if len(body) > 0 {
		if body[0] != bodyDeflateV1 {
			return nil, nil, fmt.Errorf("event body in encoding %d, which this Newsmark does not know", body[0])
		}
		var r io.ReadCloser
		if v := bodyReaders.Get(); v != nil {
			r = v.(io.ReadCloser)
			r.(flate.Resetter).Reset(bytes.NewReader(body[1:]), eventDictV1)
		} else {
			r = flate.NewReaderDict(bytes.NewReader(body[1:]), eventDictV1)
		}
		js, rerr := io.ReadAll(r)
		bodyReaders.Put(r)
		if rerr != nil {
			return nil, nil, fmt.Errorf("event body: %w", rerr)
		}
		var ok bool
		opsJSON, invJSON, ok = bytes.Cut(js, []byte("\n"))
		if !ok {
			return nil, nil, errors.New("event body: no inverse")
		}
	}
	if err := json.Unmarshal(opsJSON, &fwd); err != nil {
		return nil, nil, fmt.Errorf("event operations: %w", err)
	}
	if err := json.Unmarshal(invJSON, &inv); err != nil {
		return nil, nil, fmt.Errorf("event inverse: %w", err)
	}
	return fwd, inv, nil
}
