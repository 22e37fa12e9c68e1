namespace ServerStatus.Application.Common.Results;

/// <summary>How a request, or one server within it, ended. Also the audit outcome.</summary>
public enum Outcome
{
    Ok,
    Invalid,
    NotFound,
    Denied,
    Conflict,
    Unavailable,
}
