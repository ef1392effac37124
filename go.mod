module github.com/expedite/expedite

go 1.26.0

require go.yaml.in/yaml/v3 v3.0.6

require (
	codeberg.org/go-pdf/fpdf v0.12.0 // indirect
	golang.org/x/image v0.47.0 // indirect
)

require (
	github.com/rogpeppe/go-internal v1.16.0
	golang.org/x/sys v0.49.0 // indirect
	golang.org/x/tools v0.26.0 // indirect
)
