// html: EscapeString and UnescapeString, named (legacy too), numeric and malformed references.
package main

import (
	"fmt"
	"html"
)

func main() {
	for _, s := range []string{
		"", "plain", `<a href="x?a=1&b=2">it's</a>`, "&amp;", "<<>>&&''\"\"", "héllo <wörld>",
	} {
		e := html.EscapeString(s)
		fmt.Printf("%q -> %q -> %q %v\n", s, e, html.UnescapeString(e), html.UnescapeString(e) == s)
	}
	for _, s := range []string{
		"&lt;b&gt;bold&lt;/b&gt;", "&amp;amp;", "&eacute;t&eacute; &Eacute;", "&copy 2022", "&copy;2022",
		"&notit; &notin; &not", "&amp", "&ampx", "&AMP;", "&Amp;", "&nosuch;", "&nosuch", "&;", "&", "&&",
		"a & b", "&#65;&#x42;&#X43;&#x44", "&#65", "&#6", "&#6 ", "&#6;", "&#;", "&#x;", "&#xg;", "&#",
		"&#0;", "&#128;&#x80;&#150;&#x9F;", "&#xD800;", "&#x110000;", "&#1114111;", "&#99999999999;",
		"&#x41424344454647;", "&NotNestedGreaterGreater;", "&fjlig;", "&nLt;", "&bne;", "&lt", "&lt=3",
		"&ltx", "&gtr;", "&thetasym;&theta;", "&Uuml&uuml;", "&zwnj;&zwj;", "x&y&z", "&#9731;&#x1F600;",
		"&quot;&apos;&#39;&#34;", "&nbsp;|&nbsp|", "&frac12;&frac12", "&ogt;&ogt",
	} {
		fmt.Printf("%q -> %q\n", s, html.UnescapeString(s))
	}
}
