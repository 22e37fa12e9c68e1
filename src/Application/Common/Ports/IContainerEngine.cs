using ServerStatus.Application.Servers;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Common.Ports;

/// <summary>
/// The Docker engines the bot manages. Expected conditions (engine down, container gone, not running)
/// come back as results; only surprises throw.
/// </summary>
public interface IContainerEngine
{
    /// <summary>All servers of all engines: one list call per engine, engines asked concurrently.</summary>
    Task<ServerInventory> ListServersAsync(CancellationToken ct);

    /// <summary>Inspect plus a short resource sample when running.</summary>
    Task<Result<ServerDetails>> InspectAsync(ServerId server, CancellationToken ct);

    /// <summary>What an incident says about the container: image id, exit, OOM, memory limit, restart policy, last health output.</summary>
    Task<Result<ContainerFacts>> GetFactsAsync(ServerId server, CancellationToken ct);

    /// <summary>The last <paramref name="lines"/> lines of the server's log (stdout and stderr), oldest first.</summary>
    Task<Result<IReadOnlyList<string>>> GetLogTailAsync(ServerId server, int lines, CancellationToken ct);

    Task<Result<PowerChange>> StartAsync(ServerId server, CancellationToken ct);

    /// <summary>SIGTERM, then SIGKILL after <paramref name="timeout"/>.</summary>
    Task<Result<PowerChange>> StopAsync(ServerId server, TimeSpan timeout, CancellationToken ct);

    Task<Result<PowerChange>> RestartAsync(ServerId server, TimeSpan timeout, CancellationToken ct);

    Task<Result<PowerChange>> KillAsync(ServerId server, CancellationToken ct);

    Task<IReadOnlyList<EngineVersion>> GetVersionsAsync(CancellationToken ct);

    /// <summary>
    /// Writes <paramref name="line"/> and a newline to the container's stdin (its console) and returns the output
    /// lines that followed within <paramref name="echoWindow"/>. Conflict when the container has no open stdin.
    /// </summary>
    Task<Result<IReadOnlyList<string>>> SendConsoleLineAsync(ServerId server, string line, TimeSpan echoWindow, CancellationToken ct);

    /// <summary>Runs a command in the container (no shell unless the command is one), killed after <paramref name="timeout"/>.</summary>
    Task<Result<ExecOutcome>> ExecAsync(ServerId server, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken ct);
}
