// net.ParseMAC and HardwareAddr: colon, hyphen and dot forms of 6, 8 and 20 bytes, and what is rejected.
package main

import (
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{
		"00:00:5e:00:53:01", "02-00-5E-10-00-00-00-01", "0000.5e00.5301", "00:00:00:00:fe:80:00:00:00:00:00:00:02:00:5e:10:00:00:00:01",
		"0200.5e10.0000.0001", "00:00:5e:00:53", "00:00:5e-00:53:01", "0000.5e00.53-1", "00:00:5g:00:53:01", "", "00005e005301", "00:00:5e:00:53:01:", "0000.5e00.5301.",
		"0000:5e00.5301", "aa:bb:cc:dd:ee:ff:00:11",
	} {
		hw, err := net.ParseMAC(s)
		fmt.Printf("%q %v %d %v\n", s, hw, len(hw), err)
		if err != nil {
			var ae *net.AddrError
			ae = err.(*net.AddrError)
			fmt.Println(ae.Err, ae.Addr, ae.Timeout())
		}
	}
	fmt.Printf("%q %s %v\n", net.HardwareAddr(nil).String(), net.HardwareAddr{1, 0xab}, []net.HardwareAddr{{0xff}})
}
