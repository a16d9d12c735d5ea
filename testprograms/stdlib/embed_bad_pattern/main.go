// Patterns must stay inside the package folder: no "..", no leading slash, no ".".
package main

import (
	"embed"
	"fmt"
)

//go:embed data/*.txt ../shared.txt
var data embed.FS

func main() {
	fmt.Println(data)
}
