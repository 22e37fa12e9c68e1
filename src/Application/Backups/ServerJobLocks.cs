using ServerStatus.Application.Servers;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Backups;

/// <summary>
/// One backup/restore per server at a time (a singleton, so per bot process: one bot instance per database, ADR-008).
/// A second job on a busy server is refused at once, not queued: the user sees what is running and tries again.
/// </summary>
public sealed class ServerJobLocks
{
    private readonly ServerSlots<ServerJob> _slots = new();

    /// <summary>Takes the server's lock until the returned handle is disposed, or explains who holds it.</summary>
    public Result<IDisposable> TryAcquire(ServerId server, ServerJob job)
    {
        ArgumentNullException.ThrowIfNull(server);
        return TryAcquire(server.QualifiedName, server.Name, job);
    }

    /// <summary>The same, for a server known only by its engine-qualified name (e.g. from a backup record).</summary>
    public Result<IDisposable> TryAcquire(string qualifiedName, string displayName, ServerJob job) =>
        _slots.TryTake(qualifiedName, job, out var held) is { } release
            ? Result<IDisposable>.Success(release)
            : Error.Conflict($"`{displayName}` is busy with a {Describe(held)}: one backup or restore per server at a time, try again when it ends.", displayName);

    /// <summary>Takes the lock of a server just looked up (a failed lookup fails the same way) until the returned lock is disposed.</summary>
    public Result<ServerLock> TryAcquire(Result<ServerSummary> found, ServerJob job)
    {
        ArgumentNullException.ThrowIfNull(found);
        if (!found.IsSuccess)
        {
            return Result<ServerLock>.Fail(found.Errors);
        }

        var held = TryAcquire(found.Value.Id, job);
        return held.IsSuccess ? new ServerLock(found.Value, held.Value) : Result<ServerLock>.Fail(held.Errors);
    }

    public ServerJob? Current(ServerId server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return _slots.Current(server.QualifiedName);
    }

    private static string Describe(ServerJob job) => job switch
    {
        ServerJob.Restore => "restore",
        ServerJob.Delete => "backup deletion",
        ServerJob.Scheduled => "scheduled power action or chain",
        ServerJob.Update => "image update or rollback",
        _ => "backup",
    };
}

/// <summary>A server and its job lock, held until disposed.</summary>
public sealed class ServerLock(ServerSummary server, IDisposable release) : IDisposable
{
    public ServerSummary Server => server;

    public void Dispose() => release.Dispose();
}

/// <summary>The exclusive job a server is busy with.</summary>
public enum ServerJob
{
    Backup,
    Restore,
    Delete,

    /// <summary>A scheduled power action or chain, for its whole run.</summary>
    Scheduled,

    /// <summary>An image update or rollback, for its whole run.</summary>
    Update,
}
