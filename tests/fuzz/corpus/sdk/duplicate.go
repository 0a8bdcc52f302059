package v20170312

const (
	// 此产品的特有错误码
	// 
	EMPTY = "Empty.Comment"

	// 重复
	EMPTY2 = "Empty.Comment"
)
