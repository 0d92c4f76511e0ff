module github.com/zhnews/zhnews

go 1.26.0

require (
	github.com/andybalholm/cascadia v1.3.4
	github.com/go-ego/gse v0.80.3
	github.com/nlnwa/gowarc/v3 v3.1.0
	golang.org/x/net v0.58.0
	golang.org/x/text v0.43.0
)

require (
	github.com/bits-and-blooms/bitset v1.24.0 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/klauspost/compress v1.18.0 // indirect
	github.com/nlnwa/whatwg-url v0.6.2 // indirect
	github.com/vcaesar/cedar v0.20.2 // indirect
)
