package suggest

// "“…,” he captioned the post.": a caption is the poster's words, read as
// "wrote" is; of the that-kind, so "captioned the photo Sunday best" is no
// statement.
func init() {
	cueWords["captioned"] = cueWord{lemma: "caption", class: cueThat}
}
