package suggest

// This file makes "unit" a role noun, as "team" and "office" are: "Alan
// Brook of the county police’s serious collision unit said …", "the
// fraud unit said". Without it a possessed phrase ending in "unit" was no
// speaker phrase, and a detective's statement outside court was missed.

func init() {
	roleNouns["unit"] = true
}
