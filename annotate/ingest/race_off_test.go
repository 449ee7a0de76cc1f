//go:build !race

package ingest

// raceDetector is true when the tests run under the race detector.
const raceDetector = false
