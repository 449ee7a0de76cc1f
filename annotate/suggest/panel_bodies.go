package suggest

// A hearing's panel is the commission, tribunal or committee that sat
// ("an Independent Regulatory Commission upheld the charge … The panel
// said"), not the association that convened it: "the panel" and "the
// tribunal" stand for a body named by another word for a sitting body.
func init() {
	headSynonyms["panel"] = append(headSynonyms["panel"], "commission", "tribunal", "committee", "board", "inquiry")
	headSynonyms["tribunal"] = append(headSynonyms["tribunal"], "panel", "commission")
}
