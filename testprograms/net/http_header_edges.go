// http.Header without the network: canonical keys in Add/Set/Get/Values/Del, Clone of nil and
// empty value lists, Write's order and value cleaning, ParseTime's three layouts and its error.
package main

import (
	"fmt"
	"net/http"
	"os"
)

func main() {
	h := http.Header{}
	h.Add("content-type", "a")
	h.Add("Content-Type", "b")
	h.Set("x-ONE", "1")
	h.Add("bad key", "v")
	h.Add("x_u", "u")
	h["lower"] = []string{"raw"}
	fmt.Println(h.Get("CONTENT-TYPE"), h.Values("content-type"), h.Get("x-one"), h.Get("bad key"), h.Get("lower"), h.Get("Lower"), h.Values("none") == nil)
	h.Del("CONTENT-type")
	h.Del("missing")
	fmt.Println(len(h), h)
	h.Set("Multi", "x\r\ny")
	h.Add("Multi", "  padded  ")
	h["Empty"] = []string{}
	h["Nil"] = nil
	h.Write(os.Stdout)
	h.WriteSubset(os.Stdout, map[string]bool{"Multi": true, "X-One": false})
	c := h.Clone()
	fmt.Println(len(c), c["Nil"] == nil, c["Empty"] == nil, len(c["Empty"]), c.Get("Multi"))
	c.Add("Multi", "more")
	fmt.Println(len(h["Multi"]), len(c["Multi"]))
	var nh http.Header
	fmt.Println(nh.Clone() == nil, nh.Get("a"), nh.Values("a"), http.Header{}.Clone() == nil)
	for _, k := range []string{"accept-encoding", "x-forwarded-for", "ACCEPT", "a-b-c", "-x-", "a_b", "é-x", "", "with space", "WWW-authenticate"} {
		fmt.Printf("%q ", http.CanonicalHeaderKey(k))
	}
	fmt.Println()
	for _, s := range []string{"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "Sun, 06 Nov 1994 08:49:37 UTC", "garbage", ""} {
		t, err := http.ParseTime(s)
		fmt.Println(t, err)
	}
}
