// exec.Cmd.Environ (Go 1.19) and the environment a command runs with: the last entry of a key
// wins where it stands, entries without '=' stay, PWD follows Dir when Env is nil, and an entry
// holding a NUL byte fails Start.
package main

import (
	"fmt"
	"os"
	"os/exec"
)

func main() {
	cmd := exec.Command("true")
	cmd.Env = []string{"A=1", "B=2", "A=3", "noequals", "", "=C:=x", "=C:=y", "D=\x00", "E=1", "E=2\x00"}
	fmt.Printf("%q\n", cmd.Environ())
	fmt.Println(cmd.Run())
	cmd2 := exec.Command("sh", "-c", "echo $PWD $PROBE_V")
	cmd2.Dir = "/"
	os.Setenv("PROBE_V", "v1")
	env := cmd2.Environ()
	fmt.Println(env[len(env)-1])
	out, err := cmd2.Output()
	fmt.Printf("%q %v\n", out, err)
	cmd3 := exec.Command("sh", "-c", "echo $X; env | grep -c '^X='")
	cmd3.Env = []string{"X=first", "X=second"}
	out, _ = cmd3.Output()
	fmt.Printf("%q\n", out)
}
