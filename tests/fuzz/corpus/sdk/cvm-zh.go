package v20170312

const (
	// 此产品的特有错误码

	// 该请求账户未通过资格审计。
	ACCOUNTQUALIFICATIONRESTRICTIONS = "AccountQualificationRestrictions"

	// 角色名鉴权失败
	AUTHFAILURE_CAMROLENAMEAUTHENTICATEFAILED = "AuthFailure.CamRoleNameAuthenticateFailed"

	// 弹性网卡不允许跨子网操作。
	ENINOTALLOWEDCHANGESUBNET = "EniNotAllowedChangeSubnet"

	// 账号已经存在
	FAILEDOPERATION_ACCOUNTALREADYEXISTS = "FailedOperation.AccountAlreadyExists"
)
