using ServerStatus.Application.Common.Results;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.Common;

/// <summary>How one power command acts on a server and describes what it did.</summary>
public sealed record PowerAction(
    string Name,
    Permission Required,
    Func<ServerSummary, CancellationToken, Task<Result<PowerChange>>> Execute,
    string DoneMessage,
    string AlreadyMessage);
