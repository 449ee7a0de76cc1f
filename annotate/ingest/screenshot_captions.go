package ingest

// screenshotWords name a picture taken of a screen. A story about a row
// online shows the posts it reports as screenshots and captions each under
// a label: "Screenshot: the post that started it", "Screengrab: the
// council's page on Monday". In a label of up to three words before a
// colon they make a caption, as photoWords do (photoLabel); a sentence
// that only mentions a screenshot ("Screenshots shared in the group show
// …") has no such label and stays.
var screenshotWords = setOf("screenshot", "screenshots", "screengrab", "screengrabs", "screen-grab", "screen-grabs",
	"screencap", "screencaps")
