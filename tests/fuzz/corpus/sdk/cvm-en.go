package v20170312

const (
	// error codes for specific actions

	// Your account failed the qualification verification.
	ACCOUNTQUALIFICATIONRESTRICTIONS = "AccountQualificationRestrictions"

	// Role name authentication failed.
	AUTHFAILURE_CAMROLENAMEAUTHENTICATEFAILED = "AuthFailure.CamRoleNameAuthenticateFailed"

	// ENIs do not support changing subnets.
	ENINOTALLOWEDCHANGESUBNET = "EniNotAllowedChangeSubnet"

	// The account already exists.
	FAILEDOPERATION_ACCOUNTALREADYEXISTS = "FailedOperation.AccountAlreadyExists"
)
