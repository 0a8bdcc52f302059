package v20170312

const (
	// 此产品的特有错误码

	// 该请求账户未通过资格审计。
	// bad code
	BAD = "Bad Code!"
)
