// net.Flags: bit operations on interface flags and their String form.
package main

import (
	"fmt"
	"net"
)

func main() {
	var v net.Flags = net.FlagMulticast | net.FlagUp
	fmt.Printf("%b %v %d\n", v, v, v)
	v &^= net.FlagUp
	v |= net.FlagBroadcast | net.FlagLoopback | net.FlagPointToPoint
	fmt.Println(v, v&(net.FlagBroadcast|net.FlagMulticast) != 0)
	fmt.Println(net.Flags(0, net.Flags(1<<7), net.Flags(1<<5|1))
	fmt.Printf("%T %s\n", v, []net.Flags{net.FlagUp, net.FlagLoopback})
}
