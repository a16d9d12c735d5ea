// A folder whose files are all hidden ('.' or '_' names) embeds nothing without all:.
package main

import (
	"embed"
	"fmt"
)

//go:embed cache
var cache embed.FS

func main() {
	entries, err := cache.ReadDir("cache")
	fmt.Println(len(entries), err)
}
