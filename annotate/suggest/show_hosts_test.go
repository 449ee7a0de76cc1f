package suggest

import "testing"

// TestShowWithHost: a transcript's "HOST:" speaks as the presenter a
// programme's title names ("on Drivetime with Ann Roe"); a name after
// "with" with no title before it names no host.
func TestShowWithHost(t *testing.T) {
	const script = "\n\nHOST: The depot has lost eleven drivers since the spring, the union told us.\n\nGUEST: We are hiring as fast as we can and the new drivers start in May.\n\nHOST: Thank you."
	tests := []struct{ intro, want string }{
		{"Callers put questions to the depot manager on Late Drive with Ottoline Brisk.", "Ottoline Brisk"},
		{"The row was aired on Drivetime with Ottoline Brisk.", "Ottoline Brisk"},
		{"On Monday's Morning Call with Ottoline Brisk, the depot manager took questions.", "Ottoline Brisk"},
		// near misses
		{"The depot manager met with Ottoline Brisk on Monday.", "HOST"},
		{"The depot manager spoke with Ottoline Brisk about the buses.", "HOST"},
		{"With Ottoline Brisk away, the depot manager took questions.", "HOST"},
	}
	for _, tt := range tests {
		got, _ := readSuggestions(tt.intro + script)
		who := ""
		for _, g := range got {
			if g.statement == "The depot has lost eleven drivers since the spring, the union told us." {
				who = g.canonical
			}
		}
		if who != tt.want {
			t.Errorf("%q: host %q, want %q (%v)", tt.intro, who, tt.want, got)
		}
	}
}
