package decode

import "strings"

// Lookup returns the encoding for a charset label such as "gb2312", "GBK",
// "x-gbk", "cp936", "big5-hkscs" or "utf8", as found in HTML <meta charset>
// and HTTP Content-Type headers, ignoring case and surrounding ASCII
// whitespace. It knows the WHATWG Encoding Standard labels of the encodings
// of this package plus common Windows code page names. GBK-family labels
// (gb2312, gbk, cp936, ...) map to GBK, which is decoded as GB18030. Lookup
// reports false for other labels.
func Lookup(label string) (Encoding, bool) {
	switch strings.ToLower(strings.Trim(label, " \t\n\f\r")) {
	case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
		return UTF8, true
	case "gbk", "gb2312", "x-gbk", "chinese", "csgb2312", "csiso58gb231280", "gb_2312", "gb_2312-80",
		"iso-ir-58", "cp936", "windows-936", "ms936", "euc-cn", "x-euc-cn", "csgbk":
		return GBK, true
	case "gb18030", "csgb18030":
		return GB18030, true
	case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950", "windows-950", "ms950":
		return Big5, true
	case "utf-16le", "utf-16", "unicode", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicodefeff":
		return UTF16LE, true
	case "utf-16be", "unicodefffe":
		return UTF16BE, true
	}
	return "", false
}
