namespace ServerStatus.Application.Servers.Common;

/// <summary>What a power action did to a server that exists.</summary>
public enum PowerChange
{
    /// <summary>The action took effect.</summary>
    Done,

    /// <summary>The server already was in the wanted state (start a running one, stop a stopped one).</summary>
    AlreadyInState,
}
