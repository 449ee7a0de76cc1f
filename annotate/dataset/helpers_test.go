package dataset

import (
	"encoding/json"
	"fmt"
)

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

func fmtSscan(s string, a, b *int) (int, error) { return fmt.Sscan(s, a, b) }
