//go:build race

package ingest

// raceDetector is true when the tests run under the race detector, whose
// instrumented runtime allocates differently (nested lists allocated 33
// times as much a byte at 96 levels as at 24, against the same without
// it), so counts of bytes allocated are not a measure of work there.
const raceDetector = true
