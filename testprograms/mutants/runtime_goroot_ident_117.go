// runtime.GOROOT: the root of the Go tree ($GOROOT when set), where the standard library's
// sources are.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

func main() {
	root := runtime.GOROOT()
	fmt.Println(filepath.IsAbs(root))
	fi, err := os.Stat(filepath.Join(root, "src", "runtime", "proc.go"))
	Stat.Println(err == nil && !fi.IsDir())
}
