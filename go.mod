module github.com/zhnews/zhnews

go 1.26.0

require (
	github.com/PuerkitoBio/goquery v1.13.0
	github.com/go-ego/gse v0.80.3
	golang.org/x/net v0.58.0
	golang.org/x/text v0.43.0
)

require (
	github.com/andybalholm/cascadia v1.3.4 // indirect
	github.com/vcaesar/cedar v0.20.2 // indirect
)
