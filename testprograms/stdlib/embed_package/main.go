// A course tool whose pages live in an imported package, embedded there.
package main

import (
	"fmt"
	"io/fs"

	"example.com/embed_package/lessons"
)

func main() {
	all, err := lessons.All()
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for i, l := range all {
		fmt.Printf("%d %-12s %-14q %s\n", i, l.File, l.Title, l.Body)
	}
	names, err := fs.Glob(lessons.FS(), "*loops*")
	fmt.Println(names, err)
	b, err := fs.ReadFile(lessons.FS(), "03-maps.md")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(lessons.FS(), "../secret")
	fmt.Println(err)
	info, err := fs.Stat(lessons.FS(), ".")
	fmt.Println(info.Name(), info.IsDir(), err)
}
