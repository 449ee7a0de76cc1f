//go:build ignore

// Command iconhelper draws Newsmark's app icon, assets/icon.png: lines of
// text on a page, one of them highlighted in the STATEMENT colour, and an
// opening quote mark in the SPEAKER colour. Run it once from the repository
// root with `go run assets/internal/iconhelper/main.go`; the build never
// includes it.
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const (
	size = 256
	ss   = 4 // supersampling factor for smooth edges
)

// canvas is a supersampled RGBA picture drawn with coverage tests.
type canvas struct {
	w   int
	pix []color.NRGBA
}

func (c *canvas) fill(inside func(x, y float64) bool, col color.NRGBA) {
	for py := 0; py < c.w; py++ {
		for px := 0; px < c.w; px++ {
			x := (float64(px) + 0.5) / ss
			y := (float64(py) + 0.5) / ss
			if inside(x, y) {
				c.pix[py*c.w+px] = over(c.pix[py*c.w+px], col)
			}
		}
	}
}

// over composites src over dst (non-premultiplied).
func over(dst, src color.NRGBA) color.NRGBA {
	sa := float64(src.A) / 255
	da := float64(dst.A) / 255
	oa := sa + da*(1-sa)
	if oa == 0 {
		return color.NRGBA{}
	}
	mix := func(s, d uint8) uint8 {
		return uint8(math.Round((float64(s)*sa + float64(d)*da*(1-sa)) / oa))
	}
	return color.NRGBA{mix(src.R, dst.R), mix(src.G, dst.G), mix(src.B, dst.B), uint8(math.Round(oa * 255))}
}

func roundRect(x0, y0, x1, y1, r float64) func(x, y float64) bool {
	return func(x, y float64) bool {
		if x < x0 || x > x1 || y < y0 || y > y1 {
			return false
		}
		cx := math.Max(x0+r, math.Min(x, x1-r))
		cy := math.Max(y0+r, math.Min(y, y1-r))
		return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
	}
}

// quoteGlyph is one half of a “ mark, shaped like a 6: a disc with a
// tapering arc rising from its left side and curving to the right.
func quoteGlyph(cx, cy, r float64) func(x, y float64) bool {
	ox, R := cx+1.3*r, 1.8*r // the arc's centre and mid-line radius
	return func(x, y float64) bool {
		if (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r {
			return true
		}
		theta := math.Atan2(cy-y, x-ox) * 180 / math.Pi // degrees, up is positive
		if theta < 100 || theta > 180 {
			return false
		}
		w := r * (0.35 + 0.65*(theta-100)/80)
		d := math.Hypot(x-ox, y-cy)
		return math.Abs(d-R) <= w/2
	}
}

func main() {
	c := &canvas{w: size * ss, pix: make([]color.NRGBA, size*ss*size*ss)}
	navy := color.NRGBA{0x1F, 0x2A, 0x44, 0xFF}
	page := color.NRGBA{0xF7, 0xF5, 0xEF, 0xFF}
	ink := color.NRGBA{0x6B, 0x72, 0x80, 0xFF}
	sky := color.NRGBA{0x56, 0xB4, 0xE9, 0x99}
	orange := color.NRGBA{0xE6, 0x9F, 0x00, 0xFF}

	c.fill(roundRect(8, 8, 248, 248, 44), navy)
	c.fill(roundRect(44, 40, 212, 216, 14), page)

	// Text lines; the third is a highlighted statement.
	lines := []struct{ y, x1 float64 }{{112, 188}, {136, 176}, {160, 190}, {184, 150}}
	for i, l := range lines {
		if i == 2 {
			c.fill(roundRect(60, l.y-11, l.x1+8, l.y+11, 5), sky)
		}
		c.fill(roundRect(68, l.y-4, l.x1, l.y+4, 4), ink)
	}
	// An opening quote mark above the lines.
	c.fill(quoteGlyph(80, 86, 12), orange)
	c.fill(quoteGlyph(116, 86, 12), orange)

	// Downsample by averaging each ss×ss block.
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var r, g, b, a float64
			for dy := 0; dy < ss; dy++ {
				for dx := 0; dx < ss; dx++ {
					p := c.pix[(y*ss+dy)*c.w+x*ss+dx]
					pa := float64(p.A)
					r += float64(p.R) * pa
					g += float64(p.G) * pa
					b += float64(p.B) * pa
					a += pa
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(x, y, color.NRGBA{uint8(r / a), uint8(g / a), uint8(b / a), uint8(a / (ss * ss))})
		}
	}
	f, err := os.Create("assets/icon.png")
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
