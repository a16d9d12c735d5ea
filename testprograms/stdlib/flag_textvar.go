// flag.TextVar (Go 1.19): flags parsed by a TextUnmarshaler, defaults printed by its MarshalText,
// and the panics for a default of another type.
package main

import (
	"flag"
	"fmt"
	"net"
	"os"
)

type level int

func (l level) MarshalText() ([]byte, error) { return []byte([]string{"low", "high"}[l]), nil }
func (l *level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 0
	case "high":
		*l = 1
	default:
		return fmt.Errorf("unknown level %q", b)
	}
	return nil
}

func main() {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var lv level
	fs.TextVar(&lv, "level", level(1), "the `level`")
	var ip net.IP
	fs.TextVar(&ip, "ip", net.IPv4(127, 0, 0, 1), "address")
	fmt.Println(lv, ip)
	fs.PrintDefaults()
	fmt.Println(fs.Parse([]string{"-level", "low", "-ip", "10.0.0.1"}), lv, ip)
	fmt.Println(fs.Lookup("level").Value, fs.Lookup("ip").Value.(flag.Getter).Get() == &ip)
	fmt.Println(fs.Parse([]string{"-level", "mid"}))
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		fs.TextVar(&lv, "bad", &ip, "x")
	}()
	var lv2 level
	fs.TextVar(&lv2, "ptrdef", &lv, "x")
	fmt.Println("pointer default:", lv2)
	fmt.Println(os.Getpagesize())
}
