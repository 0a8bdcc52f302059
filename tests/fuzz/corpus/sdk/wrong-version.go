package v20200101

const (
	// x
	A = "A"
)
