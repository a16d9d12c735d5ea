package assets

import _ "embed"

//go:embed page.html
var Page string
