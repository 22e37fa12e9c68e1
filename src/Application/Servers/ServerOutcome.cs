namespace ServerStatus.Application.Servers;

/// <summary>The result line of one server in a multi-server request.</summary>
public sealed record ServerOutcome(string Server, Outcome Outcome, string Message)
{
    public static ServerOutcome From(string server, Error error) => new(server, error.Outcome, error.Message);
}
